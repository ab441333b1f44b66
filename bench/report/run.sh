#!/usr/bin/env bash
# The organization report at province scale without the bulk load (issue 6):
#   bench/report/run.sh [requests per region, default 200]
# Drops and recreates the database `bench_report` (its own), starts organization-service on port
# 18182 so Flyway migrates it, stops it, fills the province with bench/report/province.sql
# (1,000,000 members), rebuilds the member tally with the migration's own backfill statements
# (timed), starts the service again and times GET /api/v1/reports/organization for a county, a
# city and the province, one request at a time after 20 warm-up requests. Needs the packaged
# service (./mvnw -B -o -q package -DskipTests -pl platform,organization-service -am), MariaDB on
# 127.0.0.1:3306 (sequence tables), curl and openssl. SKIP_LOAD=1 measures the database as it is;
# SERVICE_JVM adds JVM options (e.g. -Dquarkus.hibernate-orm.log.queries-slower-than-ms=5).
set -euo pipefail
cd "$(dirname "$0")/../.."
REQUESTS=${1:-200}
DB=bench_report
PORT=18182
OUT=bench/target/report
mkdir -p "$OUT"
MYSQL=(mysql -uroot -h127.0.0.1)

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/jwt.pem" 2>/dev/null
PUBLIC=$(openssl rsa -in "$OUT/jwt.pem" -pubout -outform DER 2>/dev/null | base64 -w0)
PRIVATE=$(openssl pkcs8 -topk8 -nocrypt -in "$OUT/jwt.pem" -outform DER | base64 -w0)
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
NOW=$(date +%s)
HEADER=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
PAYLOAD=$(printf '{"iss":"rural-revival","sub":"bench","upn":"bench","groups":["admin"],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$NOW" $((NOW + 43200)) "$(cat /proc/sys/kernel/random/uuid)" | b64url)
SIGNATURE=$(printf '%s.%s' "$HEADER" "$PAYLOAD" | openssl dgst -sha256 -sign "$OUT/jwt.pem" | b64url)
TOKEN="$HEADER.$PAYLOAD.$SIGNATURE"

SERVICE=
start() {
  PORT=$PORT DB_NAME=$DB JWT_PUBLIC_KEY=$PUBLIC SERVICE_TOKEN_KEY=$PRIVATE \
    PERSONAL_DATA_ENCRYPTION_KEY=$(head -c 32 /dev/urandom | base64 -w0) \
    PERSONAL_DATA_HASH_KEY=$(head -c 32 /dev/urandom | base64 -w0) \
    java -Xmx1g ${SERVICE_JVM:-} -jar organization-service/target/quarkus-app/quarkus-run.jar > "$OUT/service.log" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null && return 0
    sleep 0.5
  done
  echo "service not ready; see $OUT/service.log" >&2
  exit 1
}
stop() { [[ -n "$SERVICE" ]] && kill "$SERVICE" && wait "$SERVICE" || true; SERVICE=; }
trap stop EXIT

if [[ "${SKIP_LOAD:-}" != 1 ]]; then
"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
start
stop
echo "load average before loading: $(cut -d' ' -f1-3 /proc/loadavg)"
time "${MYSQL[@]}" "$DB" < bench/report/province.sql
# The backfill exactly as the migration runs it (the tables are empty: the migration ran on no members).
sed '/^--/d' organization-service/src/main/resources/db/migration/V10__member_tally.sql \
  | awk 'BEGIN{RS=";"} /INSERT/ {print $0 ";"}' > "$OUT/backfill.sql"
echo "tally backfill over $("${MYSQL[@]}" -N "$DB" -e 'SELECT COUNT(*) FROM party_member') members:"
time "${MYSQL[@]}" "$DB" < "$OUT/backfill.sql"
"${MYSQL[@]}" "$DB" -e "SELECT 'day rows', COUNT(*) FROM member_tally_day UNION ALL SELECT 'year rows', COUNT(*) FROM member_tally_year; ANALYZE TABLE party_member, member_tally_day, member_tally_year" > /dev/null
"${MYSQL[@]}" "$DB" -e "SELECT 'day rows', COUNT(*) FROM member_tally_day UNION ALL SELECT 'year rows', COUNT(*) FROM member_tally_year"
fi
start

measure() {
  local url="http://127.0.0.1:$PORT/api/v1/reports/organization?$1"
  curl -sf -H "Authorization: Bearer $TOKEN" "$url" > "$OUT/report-$2.json"
  for _ in $(seq 1 20); do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$url"; done
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  for _ in $(seq 1 "$REQUESTS"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$url"
  done | awk -v name="$2" -v ld="$load" '$1 != 200 {bad++} {t[NR] = $2 * 1000} END {
      n = asort(t); printf "%-28s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d requests, %d not 200, load %s at start)\n",
      name, t[int(n * 0.5)], t[int(n * 0.95)], t[int(n * 0.99)], n, bad, ld}'
}
for q in "region=620101&year=2025 county-2025" "region=620101&year=2025&asOf=2025-06-30 county-asof" \
         "region=6201&year=2025 city-2025" "region=62&year=2025 province-2025" \
         "region=62&year=2025&asOf=2025-06-30 province-asof" "region=620101101&year=2025 town-2025"; do
  measure ${q% *} ${q#* }
  echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
