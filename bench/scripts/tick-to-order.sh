#!/usr/bin/env bash
# Tick-to-order latency of live paper trading, in process (docs/benchmarks.md, "Live trading latency").
#
# Usage: bench/scripts/tick-to-order.sh [--rate TICKS_PER_SECOND (100000)] [--warmup N (200000)]
#            [--ticks N (1000000)] [--mode both|queued|direct (both)] [--capacity N (65536)]
#            [--session-ticks N (0: one kernel for the whole run)]
#
# Runs io.alphapulse.bench.TickToOrderLatency from the shaded benchmark jar, built with
#   ./mvnw -B -q -pl bench -am package -DskipTests
# JAVA_HOME picks the JDK (default: java on the PATH); JAVA_OPTS adds JVM options (for example -Xlog:gc).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/bench/target/benchmarks.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

case "${1:-}" in
    -h | --help)
        sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
esac
if [[ ! -f $jar ]]; then
    echo "tick-to-order: $jar is missing; build it first: ./mvnw -B -q -pl bench -am package -DskipTests" >&2
    exit 1
fi
command -v "$java" >/dev/null || { echo "tick-to-order: no java at '$java'; set JAVA_HOME" >&2; exit 1; }

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "$java" ${JAVA_OPTS:-} -cp "$jar" io.alphapulse.bench.TickToOrderLatency "$@"
