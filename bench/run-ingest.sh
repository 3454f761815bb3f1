#!/usr/bin/env bash
# Measures Rantai's ingest on this machine: builds Rantai, starts it on a fresh database (H2 file or
# an embedded PostgreSQL), drives it with bench/src/java/id/rantai/bench/IngestLoad.java, and stops it.
#
#   bench/run-ingest.sh h2|postgres batch|osmand|latency [--seconds 30 --connections 32 --seals 200 ...]
#   bench/run-ingest.sh h2 osmand --warmup 60 --seconds 600 --connections 64 --seals 400   (sustained: per-minute
#     rate, first against last minute, and the bytes on disk per stored reading)
#   bench/run-ingest.sh h2|postgres jt701-fleet <seals> <interval-ms> <seconds>
#   bench/run-ingest.sh h2|postgres osmand-wrk [seals 400] [warm-up s 60] [seconds 600] [connections 64] [threads 2]
#   bench/run-ingest.sh h2|postgres map <trips> <seconds>   (the live map in Chromium; needs chromium, chromium-driver)
#   bench/run-ingest.sh h2|postgres training-trend <employees> <rounds>
#   RANTAI_JAR=/path/to/other.jar bench/run-ingest.sh ...   (the same load against another build)
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:?h2 or postgres}; mode=${2:?batch, osmand or latency}; shift 2

# SKIP_BUILD=1 reuses the last build (for several runs in a row).
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -Pbench -DskipTests package
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
work=$(mktemp -d)
pids=()
# The databases of a run are gigabytes: removed at the end unless KEEP_WORK=1 (to look at the log).
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

args=(--rantai.data-dir="$work" --rantai.identity.admin-password=bench-admin-password --server.port=18080
      --rantai.monitoring.osmand.port=15055 --rantai.monitoring.jt701.port=15014 --rantai.monitoring.mqtt.port=11883
      --logging.level.root=WARN)
if [ "$db" = postgres ]; then
  java -cp "$cp" id.rantai.bench.PostgresForBench "$work/pg.url" > "$work/pg.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 60); do [ -s "$work/pg.url" ] && break; sleep 1; done
  args+=(--spring.datasource.url="$(cat "$work/pg.url")" --spring.datasource.username=postgres
         --spring.datasource.password=postgres --spring.datasource.hikari.maximum-pool-size=20)
fi
# RANTAI_JAR runs another build (an earlier commit's, say) under the same load generator.
jar=${RANTAI_JAR:-$(ls target/rantai-*-SNAPSHOT.jar)}
java -Xms2g -Xmx2g -XX:+UseParallelGC ${RANTAI_JAVA_OPTS:-} -jar "$jar" "${args[@]}" > "$work/rantai.log" 2>&1 &
pids+=($!)
for _ in $(seq 120); do curl -sf localhost:18080/actuator/health >/dev/null && break; sleep 1; done
echo "Rantai up on $db ($(nproc) cores); log in $work/rantai.log"
if [ "$mode" = training-trend ]; then
  java -Xmx1g -cp "$cp" id.rantai.bench.TrainingTrendLoad http://localhost:18080 bench-admin-password "$@"
elif [ "$mode" = map ]; then
  java -Xmx1g -cp "$cp" id.rantai.bench.MapLoad http://localhost:18080 15055 "$@" bench-admin-password
elif [ "$mode" = osmand-wrk ]; then
  # Sustained OsmAnd load from wrk (apt-get install wrk), the same as used against Traccar: seals set
  # up through the API, a warm-up, then the measured run; the stored readings are read from
  # Rantai's own counter every minute, and the disk use at the end.
  seals=${1:-400}; warmup=${2:-60}; seconds=${3:-600}; conns=${4:-64}; threads=${5:-2}
  java -Xmx1g -cp "$cp" id.rantai.bench.IngestLoad --base http://localhost:18080 --admin-password bench-admin-password \
    --mode setup --seals "$seals" --out "$work/seals.txt"
  stored() { curl -s -u admin:bench-admin-password localhost:18080/actuator/prometheus \
    | awk '/^rantai_readings_stored_total/ {printf "%d", $2}'; }
  export RANTAI_WRK_SEALS="$work/seals.txt" RANTAI_WRK_THREADS="$threads"
  wrk -t"$threads" -c"$conns" -d"${warmup}s" -s bench/osmand.lua http://localhost:15055 > /dev/null
  echo "warm-up of ${warmup} s done; measuring ${seconds} s, $conns connections"
  # CPU time (clock ticks) of Rantai and of the PostgreSQL server processes, for the cost per reading.
  ticks() { local t=0; for p in "$@"; do t=$((t + $(awk '{print $14+$15}' /proc/"$p"/stat 2>/dev/null || echo 0))); done; echo $t; }
  pgpids() { pgrep -f 'bin/postgres|^postgres:' || true; }
  before=$(stored); t0=$(date +%s); rantai0=$(ticks "${pids[-1]}"); pg0=$(ticks $(pgpids))
  ( last=$before; for m in $(seq $((seconds / 60))); do sleep 60; now=$(stored)
      echo "minute $m: $(( (now - last) / 60 )) stored/s"; last=$now; done ) &
  minutes=$!
  wrk -t"$threads" -c"$conns" -d"${seconds}s" --latency -s bench/osmand.lua http://localhost:15055
  wait $minutes
  after=$(stored); rantai1=$(ticks "${pids[-1]}"); pg1=$(ticks $(pgpids)); hz=$(getconf CLK_TCK)
  echo "stored in the measured ${seconds} s: $((after - before)) = $(( (after - before) / seconds )) stored/s"
  echo "CPU per stored reading: Rantai $(( (rantai1 - rantai0) * 1000000 / hz / (after - before + 1) )) µs" \
    "$([ "$db" = postgres ] && echo ", PostgreSQL $(( (pg1 - pg0) * 1000000 / hz / (after - before + 1) )) µs")"
  disk=("$work"); [ "$db" = postgres ] && disk+=("$(cat "$work/pg.url")")
  java -cp "$cp" id.rantai.bench.DiskUse http://localhost:18080 bench-admin-password "${disk[@]}"
  echo "Rantai resident memory: $(ps -o rss= -p "${pids[-1]}") kB"
elif [ "$mode" = jt701-fleet ]; then
  java -Xmx1g -cp "$cp" id.rantai.bench.Jt701FleetLoad http://localhost:18080 15014 "$@" bench-admin-password
else
  disk=(--data-dir "$work")
  [ "$db" = postgres ] && disk+=(--jdbc-url "$(cat "$work/pg.url")")
  java -Xmx1g -cp "$cp" id.rantai.bench.IngestLoad --base http://localhost:18080 --osmand-port 15055 \
    --mqtt-port 11883 --admin-password bench-admin-password --mode "$mode" "${disk[@]}" "$@"
fi
