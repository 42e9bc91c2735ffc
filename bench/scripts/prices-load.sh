#!/usr/bin/env bash
# HTTP load test of GET /api/market/prices on a running AlphaPulse server (./alphapulse run).
#
# Logs in once (POST /api/auth/login), checks that the token reads the prices, then runs wrk with the
# access token and prints wrk's summary with its latency distribution.
#
# The server limits each user to 100 requests/s by default; start it for this test with
#   ./alphapulse run --alphapulse.security.rate-limit.api-per-second=1000000 \
#                    --alphapulse.security.rate-limit.api-burst=1000000
#
# Usage: bench/scripts/prices-load.sh [-h]
#
# Environment:
#   ALPHAPULSE_URL       server base URL (default http://localhost:8080)
#   ALPHAPULSE_USER      user name to log in with (required; any role reads prices)
#   ALPHAPULSE_PASSWORD  that user's password (required; never printed)
#   WRK_THREADS          wrk threads (default 2)
#   WRK_CONNECTIONS      open connections (default 64)
#   WRK_DURATION         test duration (default 30s)
#
# Needs curl and jq; installs wrk with apt-get when it is missing and this runs as root.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

usage() {
    sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'
}

fail() {
    echo "prices-load: $*" >&2
    exit 1
}

if [[ $# -gt 0 ]]; then
    case "$1" in
        -h | --help)
            usage
            exit 0
            ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
fi

url="${ALPHAPULSE_URL:-http://localhost:8080}"
url="${url%/}"
user="${ALPHAPULSE_USER:-}"
password="${ALPHAPULSE_PASSWORD:-}"
threads="${WRK_THREADS:-2}"
connections="${WRK_CONNECTIONS:-64}"
duration="${WRK_DURATION:-30s}"

[[ -n $user ]] || fail "set ALPHAPULSE_USER (and ALPHAPULSE_PASSWORD) to a user of the server; see --help"
[[ -n $password ]] || fail "set ALPHAPULSE_PASSWORD for user '$user'; see --help"
[[ $url =~ ^https?://[^/]+$ ]] || fail "ALPHAPULSE_URL must be a base URL like http://localhost:8080, was '$url'"
[[ $threads =~ ^[1-9][0-9]*$ ]] || fail "WRK_THREADS must be a positive whole number, was '$threads'"
[[ $connections =~ ^[1-9][0-9]*$ ]] || fail "WRK_CONNECTIONS must be a positive whole number, was '$connections'"
((connections >= threads)) || fail "WRK_CONNECTIONS ($connections) must be at least WRK_THREADS ($threads)"
[[ $duration =~ ^[1-9][0-9]*[smh]?$ ]] || fail "WRK_DURATION must look like 30s, 2m or 1h, was '$duration'"

for tool in curl jq; do
    command -v "$tool" >/dev/null || fail "$tool is required (apt-get install -y $tool)"
done
if ! command -v wrk >/dev/null; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "prices-load: installing wrk" >&2
        apt-get install -y wrk >/dev/null || fail "apt-get install -y wrk failed; run apt-get update first?"
    else
        fail "wrk is required: apt-get install -y wrk (as root)"
    fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

login "$url" "$user" "$password" || exit 1
token="$ACCESS_TOKEN"
expires="$ACCESS_TOKEN_EXPIRES_IN"

# One request first, so a broken endpoint fails here with its status instead of as wrk's non-2xx count.
printf 'header = "Authorization: Bearer %s"\n' "$token" >"$work/auth.curl"
status="$(curl -sS -o "$work/prices.json" -w '%{http_code}' --max-time 10 -K "$work/auth.curl" \
    -H 'Accept: application/json' "$url/api/market/prices")" || fail "GET $url/api/market/prices failed"
if [[ $status != 200 ]]; then
    detail="$(jq -r '.detail // .title // empty' "$work/prices.json" 2>/dev/null || true)"
    fail "GET /api/market/prices answered HTTP $status${detail:+: $detail}"
fi
bytes="$(wc -c <"$work/prices.json")"

seconds="${duration%[smh]}"
case "$duration" in
    *m) seconds=$((seconds * 60)) ;;
    *h) seconds=$((seconds * 3600)) ;;
esac
if [[ $expires =~ ^[0-9]+$ ]] && ((expires < seconds)); then
    echo "prices-load: warning: the access token expires in ${expires}s, before the ${duration} run ends;" \
        "later requests will count as non-2xx" >&2
fi

echo "GET $url/api/market/prices as '$user' (response ${bytes} bytes):" \
    "wrk -t$threads -c$connections -d$duration --latency"
# wrk takes the header on its command line: visible to ps on this machine while it runs, never printed.
wrk -t"$threads" -c"$connections" -d"$duration" --latency \
    -H "Authorization: Bearer $token" "$url/api/market/prices"
