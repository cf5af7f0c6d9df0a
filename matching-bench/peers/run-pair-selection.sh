#!/usr/bin/env bash
# Two-by-two pair selection (V2 stage 1) side by side with OR-tools' min-cost flow on the same
# b-matching network (FORMAT.md beside this script).
#
# usage: run-pair-selection.sh [STUDENTS...]        (default: 10000 50000 150000)
# env:   JAVA (java), JAVA_OPTS (-Xmx3g), PEERS_WARMUP (2), PEERS_REPS (3), PAIRS (10), SEED (42),
#        OUT (results directory, default ./results/<timestamp>), NO_BUILD=1 to skip both builds,
#        PROJECT_JAR (default ../target/stagematch.jar)
#
# For each size: the project's tool generates the instance of PairSelectionBenchmark, exports its
# network and selects the meetings (PairSelection.select, warm-up + measured solves in one JVM);
# then the peer reads the exported file and solves it the same number of times. Both print one
# line in the shared harness format; the script checks that they agree on (assigned, cost) and
# prints the load average before each run (the relative figures of one run are what count).
set -u -o pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx3g}
PAIRS=${PAIRS:-10}
SEED=${SEED:-42}
export PEERS_WARMUP=${PEERS_WARMUP:-2} PEERS_REPS=${PEERS_REPS:-3}
OUT=${OUT:-$HERE/results/$(date +%Y%m%d-%H%M%S)}
PROJECT_JAR=${PROJECT_JAR:-$ROOT/matching-bench/target/stagematch.jar}
PEER_JAR="$HERE/target/pair-selection-peers.jar"
[ $# -gt 0 ] || set -- 10000 50000 150000

if [ "${NO_BUILD:-0}" != 1 ]; then
  (cd "$ROOT" && mvn -B -q -pl matching-bench -am package -DskipTests -Dinvoker.skip) >&2 \
    || { echo "project build failed" >&2; exit 1; }
  (cd "$HERE" && mvn -B -q package -DskipTests) >&2 || { echo "peer build failed" >&2; exit 1; }
fi
mkdir -p "$OUT"
status=0
for n in "$@"; do
  net="$OUT/pairs-$n.txt"
  echo "# load: $(uptime | sed 's/.*load average/load average/')"
  # shellcheck disable=SC2086
  ours=$("$JAVA" $JAVA_OPTS -cp "$PROJECT_JAR" nl.stagematch.bench.gen.BMatchingNetwork \
    "$n" "$net" "$PAIRS" "$SEED") || { echo "project tool failed on $n" >&2; exit 1; }
  echo "$ours"
  echo "# load: $(uptime | sed 's/.*load average/load average/')"
  # shellcheck disable=SC2086
  peer=$("$JAVA" $JAVA_OPTS -jar "$PEER_JAR" --warmup "$PEERS_WARMUP" --reps "$PEERS_REPS" "$net") \
    || { echo "peer failed on $n" >&2; exit 1; }
  echo "$peer"
  kc() { sed -n 's/.*assigned=\([0-9]*\) cost=\([0-9]*\).*/\1 \2/p' <<<"$1"; }
  ms() { sed -n 's/.* solve_ms=\([0-9.]*\).*/\1/p' <<<"$1"; }
  if [ "$(kc "$ours")" != "$(kc "$peer")" ]; then
    echo "!!! MISMATCH on $n students: project $(kc "$ours"), OR-tools $(kc "$peer")"; status=1
  else
    awk -v n="$n" -v a="$(ms "$ours")" -v b="$(ms "$peer")" \
      'BEGIN{printf "# %s students: same (assigned, cost); project / OR-tools = %.2fx\n", n, a/b}'
  fi
  rm -f "$net"
done
exit $status
