#!/usr/bin/env bash
# The server's benchmark (BENCHMARKS.md): builds a large store from the seeds' real analyses with
# `faultline bench --store-query --store-keep` (replicated, shifted in time), then times the API over it,
# warm, and runs a bounded load; `--upload` times a posted report's first streamed event on the seeds.
#   scripts/serve-bench.sh [EVENTS]    (default 1000000; the store is kept in /tmp/faultline-serve-bench/)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
events=${1:-1000000}
dir=${FAULTLINE_BENCH_DIR:-/tmp/faultline-serve-bench}
mkdir -p "$dir"
store="$dir/events-$events.duckdb"
cd "$root"
./mvnw -q -B -DskipTests package -pl server -am
./mvnw -q -B -DskipTests test-compile -pl server
if [[ ! -f $store ]]; then
  ./faultline bench --store-query --store-events "$events" --runs 3 --store-keep "$store" >"$dir/store-query-$events.md"
fi
cp="$root/server/target/test-classes:$(ls "$root"/server/target/faultline-server-*.jar | grep -v tests | head -n 1):$(cat "$root/server/target/classpath.txt")"
java ${FAULTLINE_JAVA_OPTS:--Xmx8g -XX:+UseG1GC} -cp "$cp" dev.faultline.server.bench.ServeBench "$store"
seeds="$dir/seeds.duckdb"
[[ -f $seeds ]] || ./faultline analyze ../shared/seeds --manifest ../shared/seeds/manifest.csv --db "$seeds" >/dev/null
java ${FAULTLINE_JAVA_OPTS:--Xmx4g -XX:+UseG1GC} -cp "$cp" dev.faultline.server.bench.ServeBench "$seeds" --upload
