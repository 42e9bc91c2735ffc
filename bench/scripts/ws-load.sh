#!/bin/sh
# Load test of the live WebSocket endpoint (ARCHITECTURE.md §7) against a running server: logs in with
# curl, then opens CLIENTS sessions subscribed to prices for SECONDS and prints delivery latency
# (p50/p99/max) and prices per session (min/avg/max). See io.alphapulse.bench.load.WebSocketLoad.
#
#   bench/scripts/ws-load.sh [CLIENTS (1000)] [SECONDS (30)]
#
# ALPHAPULSE_URL       the server (default http://localhost:8080)
# ALPHAPULSE_USER      who logs in (default admin)
# ALPHAPULSE_PASSWORD  the password; default: the generated one in ./data/initial-admin-password
# The server allows 20 sessions per user by default: start it with
# ALPHAPULSE_WS_MAXCONNECTIONSPERUSER=1000 (or more) for this test.
# Needs curl and jq (bench/scripts/lib.sh logs in with them) and a JDK.
set -eu
. "$(dirname "$0")/lib.sh"

ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
JAR="$ROOT/bench/target/benchmarks.jar"
URL=${ALPHAPULSE_URL:-http://localhost:8080}
USER_NAME=${ALPHAPULSE_USER:-admin}
CLIENTS=${1:-1000}
SECONDS_TO_RUN=${2:-30}

say() { printf 'ws-load: %s\n' "$*" >&2; }

if [ -n "${ALPHAPULSE_PASSWORD:-}" ]; then
    PASSWORD=$ALPHAPULSE_PASSWORD
elif [ -r ./data/initial-admin-password ]; then
    PASSWORD=$(cat ./data/initial-admin-password)
else
    say "set ALPHAPULSE_PASSWORD (no ./data/initial-admin-password here)"
    exit 2
fi

if [ ! -f "$JAR" ]; then
    say "building $JAR"
    (cd "$ROOT" && ./mvnw -B -q -pl engine,adapters,infra,bench package -DskipTests)
fi

login "$URL" "$USER_NAME" "$PASSWORD" || exit 1
TOKEN=$ACCESS_TOKEN

WS_URL=$(printf '%s' "$URL" | sed 's#^http#ws#')/ws
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
printf '%s\n' "$TOKEN" | "$JAVA" -Xss512k -cp "$JAR" io.alphapulse.bench.load.WebSocketLoad "$WS_URL" - "$CLIENTS" "$SECONDS_TO_RUN"
