#!/usr/bin/env bash
# Measures ingest with several instances on Kafka (rantai.cluster.mode=kafka) side by side with one
# instance on its own (single), in one run on this machine: each configuration on a fresh embedded
# PostgreSQL, the kafka ones on one embedded Kafka broker (KRaft) with a topic of their own. The
# OsmAnd load's connections are spread over the instances; what was acknowledged (the load
# generator) and what the instances stored (their rantai_readings_stored_total, summed) are both
# reported, then the receipt-to-alert latency on the live stream of the first instance.
#
#   bench/run-cluster.sh [seconds 60] [connections 64] [seals 400] [warm-up s 20] [latency rate 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; conns=${2:-64}; seals=${3:-400}; warmup=${4:-20}; rate=${5:-2000}

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -Pbench -DskipTests package
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
jar=${RANTAI_JAR:-$(ls target/rantai-*-SNAPSHOT.jar)}
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

java -Xmx768m -cp "$cp" id.rantai.bench.KafkaForBench "$work/kafka.url" > "$work/kafka.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do [ -s "$work/kafka.url" ] && break; sleep 1; done
kafka=$(cat "$work/kafka.url")
echo "Kafka at $kafka; $(nproc) cores"

# run <label> <instances> <mode>
run() {
  local label=$1 n=$2 mode=$3 run_pids=() bases=() ports=()
  local dir="$work/$label"; mkdir -p "$dir"
  java -cp "$cp" id.rantai.bench.PostgresForBench "$dir/pg.url" > "$dir/pg.log" 2>&1 &
  local pg=$!
  for _ in $(seq 60); do [ -s "$dir/pg.url" ] && break; sleep 1; done
  for i in $(seq 0 $((n - 1))); do
    local args=(--rantai.data-dir="$dir/$i" --rantai.identity.admin-password=bench-admin-password
      --server.port=$((18080 + i)) --rantai.monitoring.osmand.port=$((15055 + i))
      --rantai.monitoring.jt701.port=-1 --rantai.monitoring.mqtt.port=$((11883 + i)) --logging.level.root=WARN
      --spring.datasource.url="$(cat "$dir/pg.url")" --spring.datasource.username=postgres
      --spring.datasource.password=postgres --spring.datasource.hikari.maximum-pool-size=20)
    if [ "$mode" = kafka ]; then
      args+=(--rantai.cluster.mode=kafka --spring.kafka.bootstrap-servers="$kafka" --rantai.cluster.instance-id="$label-$i"
        --rantai.cluster.readings.name="readings-$label" --rantai.cluster.broadcast.name="broadcast-$label"
        --rantai.cluster.group="rules-$label")
    fi
    # Memory split between the instances as it would be on one machine.
    java -Xms$((1536 / n))m -Xmx$((1536 / n))m -XX:+UseParallelGC -jar "$jar" "${args[@]}" > "$dir/rantai-$i.log" 2>&1 &
    run_pids+=($!)
    for _ in $(seq 120); do curl -sf localhost:$((18080 + i))/actuator/health >/dev/null && break; sleep 1; done
    bases+=("http://localhost:$((18080 + i))"); ports+=($((15055 + i)))
  done
  local base_list port_list; base_list=$(IFS=,; echo "${bases[*]}"); port_list=$(IFS=,; echo "${ports[*]}")
  echo "== $label: $n instance(s), $mode"
  java -Xmx1g -cp "$cp" id.rantai.bench.IngestLoad --base "${bases[0]}" --osmand-port "$port_list" \
    --stored-from "$base_list" --admin-password bench-admin-password --mode osmand --seals "$seals" \
    --connections "$conns" --seconds "$seconds" --warmup "$warmup" | grep -v "^Setting\|^Set up\|^Running"
  java -Xmx1g -cp "$cp" id.rantai.bench.IngestLoad --base "${bases[0]}" --osmand-port "$port_list" \
    --admin-password bench-admin-password --mode latency --seals "$seals" --connections 16 \
    --seconds 30 --warmup 5 --rate "$rate" | grep -i "latency over\|readings/s"
  for p in "${run_pids[@]}"; do kill "$p"; done
  wait "${run_pids[@]}" 2>/dev/null || true
  kill "$pg"; wait "$pg" 2>/dev/null || true
}

run single 1 single
run kafka-1 1 kafka
run kafka-2 2 kafka
run kafka-3 3 kafka
