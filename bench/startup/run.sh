#!/usr/bin/env bash
# Startup benchmark: for each service and each JVM configuration, the time from process start to the
# first request answered 200 (GET /q/health/ready, then one real API read with a token) and the resident
# memory (VmRSS) right after that first API answer. Median of RUNS starts after one untimed training
# start (which migrates the schema and writes the CDS archive or AOT cache the configuration uses).
#
#   bench/startup/run.sh                      # every configuration, 5 starts each
#   RUNS=7 CONFIGS="j17-tuned-cds" SERVICES="organization-service" bench/startup/run.sh
#
# The machine is shared: the benchmark runs at nice -15 (NICE=0 to turn off; negative needs root) so
# other work on it disturbs the wall-clock figures less. Linux schedules session groups (autogroups)
# fairly against each other whatever a process's nice value, so the script starts its own session
# and sets the group's nice, and the CPU time the JVM used up to its first API answer
# (user + system, from /proc/<pid>/stat) is reported too: that figure hardly depends on the load.
#
# Needs the built jars (./mvnw -B -q package -DskipTests), openssl, curl, and a MySQL-compatible server
# (DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD, default 127.0.0.1:3306 root without password). Uses its own
# databases bench_startup_<service> so it never touches test or run databases, and its own ports
# (18080-18083). Results: bench/startup/target/results.tsv (every start) and a Markdown table on stdout.
set -euo pipefail
if [[ -z ${BENCH_SESSION:-} ]] && command -v setsid >/dev/null; then
  BENCH_SESSION=1 exec setsid --wait "$0" "$@"
fi
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=$ROOT/bench/startup/target
mkdir -p "$OUT/keys" "$OUT/archives" "$OUT/logs"

RUNS=${RUNS:-5}
NICE=${NICE:--15}
if [[ -w /proc/$$/autogroup ]]; then echo "$NICE" >/proc/$$/autogroup 2>/dev/null || true; fi
TICKS=$(getconf CLK_TCK)
SERVICES=${SERVICES:-"organization-service economy-service talent-service gateway"}
CONFIGS=${CONFIGS:-"j17-default j17-tuned j17-tuned-cds j25-tuned j25-tuned-aot"}
JAVA17=${JAVA17:-$(ls -d /usr/lib/jvm/java-17-openjdk-* 2>/dev/null | head -1)}
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/temurin-25-jdk-* 2>/dev/null | head -1)}
DB_HOST=${DB_HOST:-127.0.0.1} DB_PORT=${DB_PORT:-3306} DB_USERNAME=${DB_USERNAME:-root} DB_PASSWORD=${DB_PASSWORD:-}
# The options the launcher uses (one file, read by the launcher and documented for the images).
TUNED_OPTS=$(grep -v '^#' "$ROOT/launcher/java-opts" | tr '\n' ' ')
TUNED_OPTS="$TUNED_OPTS ${EXTRA_OPTS:-}"  # for trying one more option without editing the file

port_of() { case $1 in organization-service) echo 18081;; economy-service) echo 18082;;
  talent-service) echo 18083;; gateway) echo 18080;; esac; }
db_of() { case $1 in organization-service) echo bench_startup_organization;; economy-service) echo bench_startup_economy;;
  talent-service) echo bench_startup_talent;; *) echo "";; esac; }
# One real read per service: it runs the security check, JAX-RS, Hibernate and a query.
api_of() { case $1 in organization-service) echo /api/v1/regions;; economy-service) echo /api/v1/incomes;;
  talent-service) echo /api/v1/trainings;; gateway) echo "";; esac; }

# Keys like the launcher's: RS256 pair for the token, two 32-byte secrets for personal data.
if [[ ! -f $OUT/keys/jwt.pem ]]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/keys/jwt.pem" 2>/dev/null
fi
JWT_PUBLIC_KEY=$(openssl pkey -in "$OUT/keys/jwt.pem" -pubout -outform DER | base64 -w0)
SERVICE_TOKEN_KEY=$(openssl pkcs8 -topk8 -nocrypt -in "$OUT/keys/jwt.pem" -outform DER | base64 -w0)
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
now_s=$(date +%s)
signing_input="$(printf '{"alg":"RS256","typ":"JWT"}' | b64url).$(printf '{"iss":"rural-revival","sub":"bench","upn":"bench","groups":["admin"],"iat":%d,"exp":%d}' "$now_s" $((now_s + 43200)) | b64url)"
TOKEN="$signing_input.$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$OUT/keys/jwt.pem" | b64url)"

for service in $SERVICES; do
  db=$(db_of "$service")
  if [[ -n $db ]]; then
    mysql -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USERNAME" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -e \
      "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  fi
done

# java binary and options of a configuration; $2 = archive file; $3 = "train" for the training start.
java_of() { case $1 in j17*) echo "$JAVA17/bin/java";; j25*) echo "$JAVA25/bin/java";; esac; }
opts_of() {
  local config=$1 archive=$2 mode=$3
  case $config in
    j17-default|j25-default) ;;
    j17-tuned|j25-tuned) echo "$TUNED_OPTS";;
    # JDK 17 has no -XX:+AutoCreateSharedArchive (JDK 19): dump a dynamic archive at the training exit.
    j17-tuned-cds) if [[ $mode == train ]]; then echo "$TUNED_OPTS -XX:ArchiveClassesAtExit=$archive";
                   else echo "$TUNED_OPTS -XX:SharedArchiveFile=$archive"; fi;;
    # JEP 514/515 (JDK 25): one training run writes the AOT cache (classes linked, profiles) at exit.
    j25-tuned-aot) if [[ $mode == train ]]; then echo "$TUNED_OPTS -XX:AOTCacheOutput=$archive";
                   else echo "$TUNED_OPTS -XX:AOTCache=$archive"; fi;;
    # The same with C2 kept (no -XX:TieredStopAtLevel=1): what a long-running pod would rather use.
    j25-tuned-c2-aot) local c2=${TUNED_OPTS/-XX:TieredStopAtLevel=1/}
                   if [[ $mode == train ]]; then echo "$c2 -XX:AOTCacheOutput=$archive";
                   else echo "$c2 -XX:AOTCache=$archive"; fi;;
    j17-tuned-c2-cds) local c2=${TUNED_OPTS/-XX:TieredStopAtLevel=1/}
                   if [[ $mode == train ]]; then echo "$c2 -XX:ArchiveClassesAtExit=$archive";
                   else echo "$c2 -XX:SharedArchiveFile=$archive"; fi;;
  esac
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts once; prints "<ms to ready> <ms to first API answer> <VmRSS kB> <CPU ms>", then stops it (SIGTERM).
start_once() {
  local service=$1 config=$2 mode=$3
  local port db api archive java opts jar pid t0 t_ready t_api rss log
  port=$(port_of "$service"); db=$(db_of "$service"); api=$(api_of "$service")
  archive=$OUT/archives/$service.$config; java=$(java_of "$config"); opts=$(opts_of "$config" "$archive" "$mode")
  jar=$ROOT/$service/target/quarkus-app/quarkus-run.jar
  log=$OUT/logs/$service.$config.$mode.log
  t0=$(now_ms)
  # shellcheck disable=SC2086 # opts are words
  (cd "$(dirname "$jar")" && exec env PORT="$port" DB_HOST="$DB_HOST" DB_PORT="$DB_PORT" DB_USERNAME="$DB_USERNAME" \
      DB_PASSWORD="$DB_PASSWORD" DB_NAME="$db" JWT_PUBLIC_KEY="$JWT_PUBLIC_KEY" SERVICE_TOKEN_KEY="$SERVICE_TOKEN_KEY" \
      PERSONAL_DATA_ENCRYPTION_KEY=YmVuY2gtb25seS1lbmNyeXB0aW9uLWtleS0zMmJ5dGU= \
      PERSONAL_DATA_HASH_KEY=YmVuY2gtb25seS1oYXNoLWtleS0zMi1ieXRlcy0tLS0= \
      ORGANIZATION_SERVICE_URL=http://127.0.0.1:18081 ECONOMY_SERVICE_URL=http://127.0.0.1:18082 \
      TALENT_SERVICE_URL=http://127.0.0.1:18083 \
      nice -n "$NICE" "$java" $opts -jar "$jar") >"$log" 2>&1 &
  pid=$!
  t_ready=""
  for _ in $(seq 1 3000); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready" 2>/dev/null) == 200 ]]; then
      t_ready=$(( $(now_ms) - t0 )); break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  if [[ -z $t_ready ]]; then
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    echo "FAILED: $service $config $mode, see $log" >&2; tail -5 "$log" >&2; return 1
  fi
  t_api=$t_ready
  if [[ -n $api ]]; then
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port$api")
    t_api=$(( $(now_ms) - t0 ))
    [[ $code == 200 ]] || { echo "FAILED: $service $api answered $code" >&2; kill "$pid"; wait "$pid" || true; return 1; }
  fi
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
  # utime + stime are fields 14 and 15 of /proc/<pid>/stat (the name in field 2 has no spaces: "java").
  cpu=$(awk -v t="$TICKS" '{print int(($14 + $15) * 1000 / t)}' "/proc/$pid/stat")
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo "$t_ready $t_api $rss $cpu"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

results=$OUT/results.tsv
printf '# %s  nproc=%s  load=%s\n' "$(date -u +%FT%TZ)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$results"
active=()
for config in $CONFIGS; do
  [[ $config == j25* && -z $JAVA25 ]] && continue
  active+=("$config")
done
echo "| service | configuration | ready ms | first API answer ms | RSS MB after it | CPU ms to it | load (1 min) during |"
echo "|---|---|---|---|---|---|---|"
for service in $SERVICES; do
  # One untimed training start per configuration (writes its archive), then the timed starts in turns,
  # so a change in the machine's load (other work on it) falls on every configuration alike.
  for config in "${active[@]}"; do
    rm -f "$OUT/archives/$service.$config"
    start_once "$service" "$config" train >/dev/null || true
    : >"$OUT/runs.$config"; : >"$OUT/load.$config"
  done
  for run in $(seq 1 "$RUNS"); do
    for config in "${active[@]}"; do
      line=$(start_once "$service" "$config" run) || continue
      load=$(cut -d' ' -f1 /proc/loadavg)
      echo "$line" >>"$OUT/runs.$config"; echo "$load" >>"$OUT/load.$config"
      printf '%s\t%s\t%s\t%s\t%s\n' "$service" "$config" "$run" "$line" "$load" | tr ' ' '\t' >>"$results"
    done
  done
  for config in "${active[@]}"; do
    [[ -s $OUT/runs.$config ]] || continue
    ready=$(cut -d' ' -f1 "$OUT/runs.$config" | median); api=$(cut -d' ' -f2 "$OUT/runs.$config" | median)
    rss=$(cut -d' ' -f3 "$OUT/runs.$config" | median); cpu=$(cut -d' ' -f4 "$OUT/runs.$config" | median)
    load=$(sort -n "$OUT/load.$config" | sed -n '1p;$p' | paste -sd- -)
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$service" "$config" "$ready" "$api" "$((rss / 1024))" "$cpu" "$load"
  done
done
