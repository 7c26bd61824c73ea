#!/usr/bin/env bash
# Runs the human handover function locally on embedded defaults: dynalite as DynamoDB, a WireMock sandbox of the
# HighLevel API, and the packaged function under the AWS Lambda runtime interface client.
#
#   ./run-local.sh              replay samples/*.json through the function, one JSON line per sample
#   ./run-local.sh serve        keep it running and POST your own webhooks to it
#   ./run-local.sh bench        measure start-up, latency, CPU, DynamoDB calls and memory beside a hello-world
#                               Quarkus Lambda; a table, then one JSON line (docs/performance.md)
#   ./run-local.sh classify     classify customer messages, given as arguments or one per line on stdin, as JSON
#                               lines, without Quarkus; --as bot classifies bot replies (lack of information),
#                               --as reply customer replies right after a bot answer (dissatisfied / resolved /
#                               neutral), --as frustration customer messages for a frustration action
#
# HANDOVER_* environment variables (see README) are passed to the function: HANDOVER_DYNAMODB_ENDPOINT and
# HANDOVER_CRM_BASE_URL point it at another DynamoDB or CRM instead of the local ones.
set -euo pipefail
cd "$(dirname "$0")"

command -v java >/dev/null || { echo "run-local: java (JDK 17+) is required" >&2; exit 1; }

# Classify needs only the compiled scenario classes: no node, no dynalite, no packaged function.
if [ "${1:-}" = classify ]; then
  if [ ! -d target/classes/dev/handover/scenario ] \
     || [ ! -d target/classes/models ] || [ -n "$(find src/main src/test/resources/corpus pom.xml -newer target/classes/dev/handover/scenario -print -quit)" ]; then
    echo "[run-local] compiling and training the detector models (./mvnw -q -B process-classes)" >&2
    ./mvnw -q -B process-classes </dev/null >&2 # stdin stays for the messages to classify
    touch target/classes/dev/handover/scenario
  fi
  shift
  exec java -XX:TieredStopAtLevel=1 -Xshare:auto -cp target/classes dev.handover.scenario.ClassifyCommand "$@"
fi

command -v node >/dev/null || { echo "run-local: node (18+) is required" >&2; exit 1; }

if [ ! -d node_modules/dynalite ]; then
  echo "[run-local] installing dynalite (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi

# Build when the packaged function or the local tools are missing or older than the sources.
runner=$(ls target/*-runner.jar 2>/dev/null | head -n 1 || true)
if [ -z "$runner" ] || [ ! -f target/local-tools/wiremock-standalone.jar ] \
   || [ -n "$(find src pom.xml -newer "$runner" -print -quit)" ]; then
  echo "[run-local] building the function (./mvnw package -DskipTests -Plocal-tools)" >&2
  ./mvnw -q -B package -DskipTests -Plocal-tools </dev/null >&2
fi

exec node local/run-local.mjs "$@"
