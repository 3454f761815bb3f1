#!/usr/bin/env bash
# Builds Rantai for a server: the jar unpacked into a directory (Spring Boot's own extract layout,
# where the JVM reads classes straight from plain jars instead of jars nested in one jar) plus a
# class-data sharing archive, rantai.jsa, made by one training start.
#
#   bin/build-app.sh [DIRECTORY]     (default target/app; give the directory the server will run it from)
#   java -XX:SharedArchiveFile=DIRECTORY/rantai.jsa -jar DIRECTORY/rantai.jar
#
# Why: on a 2-core machine this takes a start on the embedded defaults from some 11 s to some 8 s
# (BENCHMARKS.md, "Start-up"). The archive only serves the Java build that made it and these exact
# jars at the same absolute path (Java 17 compares the class path as it was written at the training
# start); otherwise the JVM starts without it, just slower.
# Spring AOT would save more but freezes at build time every property that switches a bean on or
# off (SMTP, the external MQTT broker, exposed endpoints), which a deployment must be free to set.
set -euo pipefail
cd "$(dirname "$0")/.."

app=$(realpath -m "${1:-target/app}")
./mvnw -q -B -DskipTests package
jar=$(ls target/rantai-*.jar | grep -v -- '-plain' | head -1)
rm -rf "$app"
java -Djarmode=tools -jar "$jar" extract --destination "$app"
mv "$app/$(basename "$jar")" "$app/rantai.jar"

# The training start: everything up to the end of the context refresh is loaded (configuration,
# every bean, the database schema), then the JVM exits and writes the loaded classes to the archive.
# It runs on a throw-away data directory and ports, so it touches no real database and no port in use.
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
java -XX:ArchiveClassesAtExit="$app/rantai.jsa" -Dspring.context.exit=onRefresh \
  -jar "$app/rantai.jar" --rantai.data-dir="$training" --rantai.identity.admin-password=training-start-only \
  --server.port=0 --rantai.monitoring.osmand.port=0 --rantai.monitoring.jt701.port=0 --rantai.monitoring.mqtt.port=0 \
  --logging.level.root=WARN > "$training/log" 2>&1 || { cat "$training/log"; exit 1; }

echo "Built $app. Run it with:"
echo "  java -XX:SharedArchiveFile=$app/rantai.jsa -jar $app/rantai.jar"
