#!/usr/bin/env bash
# The Spark job on a standalone cluster on loopback: a master and two one-core workers started from Spark's own classes
# (the spark module's classpath), `faultline spark analyze` run against it, then the same input in local[2], and the two
# outputs compared through the store (events, claims, relations as JSON Lines). Exercises what local mode does not:
# executors in other JVMs, serialisation of every closure and state, broadcasts. Prints timings and exits 1 on a
# difference. Usage: scripts/spark-cluster.sh [INPUT... -- MANIFEST]   (default: ../shared/seeds with its manifest)
# Memory: WORKER_MEMORY (default 2g) per executor, the driver 1 GB; the master and workers 256 MB each.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
inputs=(); manifest=""
while (($#)); do
  if [[ $1 == -- ]]; then manifest=$2; shift 2; else inputs+=("$1"); shift; fi
done
if ((${#inputs[@]} == 0)); then inputs=(../shared/seeds); manifest=../shared/seeds/manifest.csv; fi
work=$(mktemp -d /tmp/faultline-cluster.XXXXXX)
./faultline --help >/dev/null   # builds what is missing
cp=$(ls "$root"/spark/target/faultline-spark-*.jar | grep -v -- -tests.jar | head -n 1):$(cat spark/target/classpath.txt)
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens+=" --add-opens=java.base/$p=ALL-UNNAMED"
done
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# A Spark home for the workers: they launch executors with $SPARK_HOME/jars on the class path, so it holds the spark
# module's class path (Spark's jars, Faultline's, its models) as links.
mkdir -p "$work/spark-home/jars"
IFS=: read -r -a jars <<<"$cp"
for j in "${jars[@]}"; do ln -sf "$j" "$work/spark-home/jars/"; done
port=${MASTER_PORT:-17077} ui=${MASTER_UI_PORT:-18080}
export SPARK_HOME="$work/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
# shellcheck disable=SC2086
java -Xmx256m $opens -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port "$ui" \
  >"$work/master.log" 2>&1 & pids+=($!)
for i in 1 2; do
  # shellcheck disable=SC2086
  java -Xmx256m $opens -cp "$cp" org.apache.spark.deploy.worker.Worker "spark://127.0.0.1:$port" --host 127.0.0.1 \
    --cores 1 --memory "${WORKER_MEMORY:-2g}" --webui-port 0 --work-dir "$work/worker$i" >"$work/worker$i.log" 2>&1 & pids+=($!)
done
alive=0   # Spark logs nothing here (SLF4J's no-op binding): ask the master's status page how many workers it has
for _ in $(seq 120); do
  alive=$(curl -s "http://127.0.0.1:$ui/json/" | python3 -c 'import json,sys; print(json.load(sys.stdin)["aliveworkers"])' 2>/dev/null || echo 0)
  ((alive >= 2)) && break
  sleep 1
done
echo "cluster: a master and $alive workers up (executor logs in $work/worker*/)" >&2

run() {   # master, output folder
  local start end
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java -Xmx1g $opens -cp "$cp" \
    -Dspark.executor.memory="${WORKER_MEMORY:-2g}" -Dspark.executor.cores=1 \
    -Dspark.executor.extraJavaOptions="$opens" -Dspark.driver.host=127.0.0.1 \
    dev.faultline.spark.SparkMain analyze "${inputs[@]}" ${manifest:+--manifest "$manifest"} --out "$2" --master "$1" >&2
  end=$(date +%s.%N)
  echo "$1: $(echo "$end - $start" | bc) s" >&2
}
run "spark://127.0.0.1:$port" "$work/cluster"
run 'local[2]' "$work/local"
status=0
for c in events claims relations; do
  ./faultline "$c" --db "$work/cluster" --format jsonl >"$work/cluster-$c.jsonl"
  ./faultline "$c" --db "$work/local" --format jsonl >"$work/local-$c.jsonl"
  if cmp -s "$work/cluster-$c.jsonl" "$work/local-$c.jsonl"; then echo "$c: the same ($(wc -l <"$work/local-$c.jsonl") lines)" >&2
  else echo "$c: DIFFERENT" >&2; status=1; fi
done
exit $status
