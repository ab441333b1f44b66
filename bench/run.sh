#!/usr/bin/env bash
# The province-scale benchmark (issue 6), one command:
#   bench/run.sh [--members 1000000] [--villages 20000] [--report-requests 200] [--seed 20261122]
#                [--db-host 127.0.0.1 --db-port 3306 --db-user root --db-password ''] [--port 18181]
#                [--tune-db false]   (by default the server's buffer pool, redo log and I/O capacity are
#                                     raised for the load where it allows it at run time; see Bench)
# Builds organization-service and the generator, drops and recreates the database
# `bench_organization` (its own: never a test or dev database), starts the service on port 18181
# with fresh keys, generates a province, loads it through the bulk endpoints and measures the
# loads, the organization report and the change feed. Results: bench/target/results.md, figures in
# docs/benchmarks.md (## Province scale). Needs a MySQL-compatible server (MariaDB on 127.0.0.1:3306).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
  # The whole reactor: the runner signs its token with the launcher, whose gateway module merges
  # the three services' OpenAPI documents at build time.
  echo "Building the suite and bench/generator (./mvnw -B -q package -DskipTests)..."
  ./mvnw -B -q ${MAVEN_OFFLINE:+-o} package -DskipTests
fi

exec java -Xmx2g -cp "bench/generator/target/classes:bench/generator/target/lib/*" \
  org.ruralrevival.bench.runner.Bench --root . "$@"
