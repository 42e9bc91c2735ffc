#!/bin/sh
# Startup and memory soak of the server: starts ./alphapulse run on a fresh data directory, reports the
# time from launch to a healthy /actuator/health, keeps it busy for MINUTES (100 WebSocket clients on
# prices, one REST read per second, a busier synthetic market), samples the resident set size every
# 30 s, then stops it with SIGTERM and reports how it shut down.
#
#   bench/scripts/soak.sh [MINUTES (10)] [PORT (18090)]
#
# Run from the repository root after building (./alphapulse --help builds the jar;
# ./mvnw -B -q -pl bench -am package -DskipTests builds bench/target/benchmarks.jar).
# Needs curl and jq (bench/scripts/lib.sh logs in with them).
set -eu
. "$(dirname "$0")/lib.sh"

MINUTES=${1:-10}
PORT=${2:-18090}
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
WORK=$(mktemp -d)
PASSWORD="soak-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
JAVA_BIN=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
URL="http://localhost:$PORT"

cd "$WORK"
START=$(date +%s%N)
ALPHAPULSE_ADMIN_PASSWORD="$PASSWORD" ALPHAPULSE_WS_MAXCONNECTIONSPERUSER=1000 \
    "$ROOT/alphapulse" run --port "$PORT" --alphapulse.trading.feed-activity=5 > "$WORK/server.log" 2>&1 &
LAUNCHER=$!
until curl -sf "$URL/actuator/health" > /dev/null 2>&1; do
    kill -0 "$LAUNCHER" 2> /dev/null || { echo "soak: the server exited; see $WORK/server.log" >&2; exit 1; }
    sleep 0.1
done
READY=$(date +%s%N)
echo "startup to healthy: $(( (READY - START) / 1000000 )) ms"
# ./alphapulse execs the JVM, so the launcher's process is the server's.
PID=$LAUNCHER

login "$URL" admin "$PASSWORD" || { kill -TERM "$PID"; exit 1; }
TOKEN=$ACCESS_TOKEN
printf '%s' "$TOKEN" | "$JAVA_BIN" -cp "$ROOT/bench/target/benchmarks.jar" io.alphapulse.bench.load.WebSocketLoad \
    "ws://localhost:$PORT/ws" - 100 $((MINUTES * 60)) > "$WORK/ws.log" 2>&1 &
WS=$!

echo "minute  rss_mb"
END=$(( $(date +%s) + MINUTES * 60 ))
while [ "$(date +%s)" -lt "$END" ]; do
    for _ in $(seq 1 30); do
        curl -sf -H "Authorization: Bearer $TOKEN" "$URL/api/portfolio/summary" > /dev/null || true
        sleep 1
    done
    RSS=$(ps -o rss= -p "$PID" | tr -d ' ')
    echo "$(( ( $(date +%s) - (END - MINUTES * 60) ) / 60 ))       $(( RSS / 1024 ))"
done
wait "$WS" || true
tail -n 3 "$WORK/ws.log"
kill -TERM "$PID"
wait "$LAUNCHER" || true
grep -E "Paper trading stopped|Graceful shutdown complete" "$WORK/server.log" || true
echo "logs in $WORK"
