#!/usr/bin/env bash
# Gateway overhead benchmark (issue 5): one single-record GET, GET /api/v1/regions/{code} on
# organization-service, measured directly and through the gateway in the same run, against the same
# data, with the same fixed number of connections. Prints the figures as Markdown and keeps them in
# bench/gateway/target/result.md; docs/benchmarks.md "## Gateway overhead" records them.
#
#   bench/gateway/run.sh                       # defaults: wrk -t1 -c16 -d20s --latency, 2 rounds
#   DURATION=30s CONNECTIONS=32 ROUNDS=3 bench/gateway/run.sh
#   GATEWAY_JAR=/tmp/gateway-before/quarkus-run.jar bench/gateway/run.sh   # an older gateway build
#
# Starts what it needs and stops it again: organization-service (port 38081) and the gateway (38080)
# from their jars (built here if missing or older than the sources), against the MySQL-compatible
# server at DB_HOST:DB_PORT (default 127.0.0.1:3306, root, no password) in its own database
# bench_gateway_organization. It makes a throwaway RS256 key pair and an admin token with openssl, so
# the services verify a real token on every request (and the gateway too, once it checks tokens).
# Needs Java 17, openssl, curl and wrk (`apt-get install -y wrk`; installed here when run as root).
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-1}
ROUNDS=${ROUNDS:-2}
SERVICE_PORT=${SERVICE_PORT:-38081}
GATEWAY_PORT=${GATEWAY_PORT:-38080}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USERNAME=${DB_USERNAME:-root}
DB_PASSWORD=${DB_PASSWORD:-}
DB_NAME=${BENCH_DB_NAME:-bench_gateway_organization}
VILLAGE=620123104201
WORK=bench/gateway/target
mkdir -p "$WORK"

if ! command -v wrk > /dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get > /dev/null; then
    apt-get install -y wrk > "$WORK/apt.log" 2>&1 || { apt-get update > /dev/null && apt-get install -y wrk > "$WORK/apt.log"; }
  else
    echo "wrk is missing: apt-get install -y wrk" >&2
    exit 1
  fi
fi

service_jar=organization-service/target/quarkus-app/quarkus-run.jar
# GATEWAY_JAR=<copy of an older build>/quarkus-run.jar compares that build under the same conditions.
gateway_jar=${GATEWAY_JAR:-gateway/target/quarkus-app/quarkus-run.jar}
stale() {
  [[ ! -f "$1" ]] || [[ -n "$(find pom.xml platform/pom.xml platform/src/main "$2/pom.xml" "$2/src/main" -newer "$1" -type f -print -quit)" ]]
}
if stale "$service_jar" organization-service || { [[ -z "${GATEWAY_JAR:-}" ]] && stale "$gateway_jar" gateway; }; then
  echo "Building organization-service and gateway..."
  ./mvnw -B -q package -DskipTests -pl platform,organization-service,gateway
  touch "$service_jar" gateway/target/quarkus-app/quarkus-run.jar
fi

# --- A throwaway key pair and an admin token (RS256, what the services verify).
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2> /dev/null
public_key=$(openssl pkey -in "$WORK/jwt-private.pem" -pubout -outform DER | base64 -w0)
private_key=$(openssl pkcs8 -topk8 -nocrypt -in "$WORK/jwt-private.pem" -outform DER | base64 -w0)
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"rural-revival","sub":"bench","upn":"bench","groups":["admin"],"iat":%d,"exp":%d}' \
  "$now" $((now + 7200)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/jwt-private.pem" -binary | b64url)
TOKEN="$header.$payload.$signature"
AUTH="Authorization: Bearer $TOKEN"

# --- Start the service and the gateway; stop them whatever happens.
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null || true; done
}
trap cleanup EXIT
for port in "$SERVICE_PORT" "$GATEWAY_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken" >&2; exit 1; fi
done
common=(JWT_PUBLIC_KEY="$public_key" SERVICE_TOKEN_KEY="$private_key"
        PERSONAL_DATA_ENCRYPTION_KEY=$(openssl rand -base64 32) PERSONAL_DATA_HASH_KEY=$(openssl rand -base64 32))
env "${common[@]}" PORT="$SERVICE_PORT" DB_USERNAME="$DB_USERNAME" DB_PASSWORD="$DB_PASSWORD" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?useInformationSchema=false&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&createDatabaseIfNotExist=true" \
  QUARKUS_LOG_LEVEL=WARN java -jar "$service_jar" > "$WORK/organization-service.log" 2>&1 &
pids+=($!)
env "${common[@]}" PORT="$GATEWAY_PORT" ORGANIZATION_SERVICE_URL="http://127.0.0.1:$SERVICE_PORT" \
  QUARKUS_LOG_LEVEL=WARN java -jar "$gateway_jar" > "$WORK/gateway.log" 2>&1 &
pids+=($!)
for url in "http://127.0.0.1:$SERVICE_PORT/q/health/ready" "http://127.0.0.1:$GATEWAY_PORT/q/health/ready"; do
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "$url" && continue 2
    sleep 1
  done
  echo "not ready: $url (logs in $WORK)" >&2
  exit 1
done

# --- The data: the village and the regions above it (409 when a previous run made them).
for region in '{"code":"620000000000","name":"甘肃省"}' '{"code":"620100000000","name":"兰州市"}' \
  '{"code":"620123000000","name":"榆中县"}' '{"code":"620123104000","name":"夏官营镇"}' \
  "{\"code\":\"$VILLAGE\",\"name\":\"高墩营村\",\"category\":\"川区村\",\"keyVillage\":true}"; do
  status=$(curl -s -o "$WORK/seed.json" -w '%{http_code}' -H "$AUTH" -H 'Content-Type: application/json' \
    -d "$region" "http://127.0.0.1:$SERVICE_PORT/api/v1/regions")
  [[ $status == 201 || $status == 409 ]] || { echo "seeding a region answered $status: $(cat "$WORK/seed.json")" >&2; exit 1; }
done
DIRECT="http://127.0.0.1:$SERVICE_PORT/api/v1/regions/$VILLAGE"
GATEWAY="http://127.0.0.1:$GATEWAY_PORT/api/v1/regions/$VILLAGE"
direct_body=$(curl -sf -H "$AUTH" "$DIRECT")
gateway_body=$(curl -sf -H "$AUTH" "$GATEWAY")
[[ "$direct_body" == "$gateway_body" ]] || { echo "the gateway answers differently: $gateway_body" >&2; exit 1; }

# --- Measure. wrk prints latencies as 850.00us / 1.23ms / 1.02s; figures below are in ms.
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 } printf "%.3f", v }'; }
# CPU time a process has used, in clock ticks: divided by the requests served it gives the CPU each
# request cost that process, a figure a busy machine disturbs far less than throughput or latency.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
measure() { # name url duration -> "rps p50 p99 socket-errors service-cpu-us gateway-cpu-us" (CPU per request)
  local out s0 g0 s1 g1
  s0=$(ticks "${pids[0]}"); g0=$(ticks "${pids[1]}")
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout 10s --latency -H "$AUTH" "$2")
  echo "$out" > "$WORK/wrk-$1.txt"
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1=="50%" {print $2}' <<< "$out" | to_ms)
  p99=$(awk '$1=="99%" {print $2}' <<< "$out" | to_ms)
  # A wrong answer spoils the comparison; socket errors (timeouts on a busy machine) are shown with the figures.
  if grep -q 'Non-2xx' <<< "$out"; then echo "$1: answers other than 2xx, see $WORK/wrk-$1.txt" >&2; exit 1; fi
  errors=$(awk '/Socket errors/ {gsub(/,/, ""); print $4 + $6 + $8 + $10}' <<< "$out")
  s1=$(ticks "${pids[0]}"); g1=$(ticks "${pids[1]}")
  local requests hz
  requests=$(awk '/requests in/ {print $1}' <<< "$out")
  hz=$(getconf CLK_TCK)
  echo "$rps $p50 $p99 ${errors:-0} $(awk -v t=$((s1 - s0)) -v n="$requests" -v hz="$hz" 'BEGIN { printf "%.0f", t * 1e6 / hz / n }') \
$(awk -v t=$((g1 - g0)) -v n="$requests" -v hz="$hz" 'BEGIN { printf "%.0f", t * 1e6 / hz / n }')"
}
echo "Warming up ($WARMUP each)..."
measure warmup-direct "$DIRECT" "$WARMUP" > /dev/null
measure warmup-gateway "$GATEWAY" "$WARMUP" > /dev/null

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()
for round in $(seq 1 "$ROUNDS"); do
  measure "direct-$round" "$DIRECT" "$DURATION" > "$WORK/figures"
  read -r d_rps d_p50 d_p99 d_err d_cpu _ < "$WORK/figures"
  measure "gateway-$round" "$GATEWAY" "$DURATION" > "$WORK/figures"
  read -r g_rps g_p50 g_p99 g_err g_service_cpu g_cpu < "$WORK/figures"
  ratio=$(awk -v g="$g_rps" -v d="$d_rps" 'BEGIN { printf "%.2f", g / d }')
  added=$(awk -v g="$g_p50" -v d="$d_p50" 'BEGIN { printf "%.3f", g - d }')
  rows+=("| $round | $d_rps | $d_p50 | $d_p99 | $g_rps | $g_p50 | $g_p99 | ${ratio}× | $added | $d_cpu / $g_service_cpu | $g_cpu | $d_err / $g_err |")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
{
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD 2> /dev/null || echo '?')"
  echo "- machine: $cpu, $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM; $(java -version 2>&1 | head -1)"
  echo "- load average (1/5/15 min) before: $load_before; after: $load_after"
  echo "- command: \`bench/gateway/run.sh\` = \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 10s --latency -H 'Authorization: Bearer …' <url>\`, direct then gateway, $ROUNDS rounds after a $WARMUP warm-up of each"
  echo
  echo "| round | direct req/s | direct p50 ms | direct p99 ms | gateway req/s | gateway p50 ms | gateway p99 ms | gateway/direct | added p50 ms | service CPU µs/req direct / via gateway | gateway CPU µs/req | socket errors direct / gateway |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$WORK/result.md"
