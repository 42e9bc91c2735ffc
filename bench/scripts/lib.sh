# Shell functions shared by the load scripts in this directory; source it with
#   . "$(dirname "$0")/lib.sh"
# POSIX sh, so the sh and the bash scripts can both use it. Needs curl and jq.

# login URL USER PASSWORD
#
# Logs USER in at URL/api/auth/login and sets ACCESS_TOKEN to the access token and
# ACCESS_TOKEN_EXPIRES_IN to its lifetime in seconds (empty when the server does not say). jq builds the
# request body, so names and passwords with quotes or backslashes are escaped, and reads the response.
# The password reaches jq and curl on standard input (printf is a shell builtin), never on a command line
# that ps would show. On failure prints why on standard error (the server's problem detail when it sent
# one) and returns 1. Call it directly, not in $(...), so the variables reach the caller.
login() {
    _login_url=${1%/}
    for _login_tool in curl jq; do
        command -v "$_login_tool" > /dev/null || {
            printf '%s: login: %s is required (apt-get install -y %s)\n' "${0##*/}" "$_login_tool" "$_login_tool" >&2
            return 1
        }
    done
    _login_response=$(printf '%s' "$3" \
        | jq -Rs --arg username "$2" '{username: $username, password: .}' \
        | curl -sS --max-time 10 -w '\n%{http_code}' -H 'Content-Type: application/json' \
            -H 'Accept: application/json' --data-binary @- "$_login_url/api/auth/login") || {
        printf '%s: login: cannot reach %s (is the server running? ./alphapulse run)\n' "${0##*/}" "$_login_url" >&2
        return 1
    }
    _login_status=$(printf '%s\n' "$_login_response" | tail -n 1)
    _login_body=$(printf '%s\n' "$_login_response" | sed '$d')
    if [ "$_login_status" != 200 ]; then
        _login_detail=$(printf '%s' "$_login_body" | jq -r '.detail // .title // empty' 2> /dev/null || true)
        printf "%s: login as '%s' at %s/api/auth/login answered HTTP %s%s\n" "${0##*/}" "$2" "$_login_url" \
            "$_login_status" "${_login_detail:+: $_login_detail}" >&2
        return 1
    fi
    ACCESS_TOKEN=$(printf '%s' "$_login_body" | jq -r '.accessToken // empty' 2> /dev/null || true)
    ACCESS_TOKEN_EXPIRES_IN=$(printf '%s' "$_login_body" | jq -r '.expiresIn // empty' 2> /dev/null || true)
    if [ -z "$ACCESS_TOKEN" ]; then
        printf '%s: login: HTTP 200 without an accessToken\n' "${0##*/}" >&2
        return 1
    fi
}
