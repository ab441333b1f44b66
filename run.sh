#!/usr/bin/env bash
# Runs the whole suite on this machine: builds what changed, then starts the launcher, which starts
# an embedded MariaDB (or uses DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD), every service, and prints
# the URLs and an admin token (also written to .run/token). Ctrl-C stops everything.
# Needs Java 17 and network to Maven Central for the first build. See README.md.
set -euo pipefail
cd "$(dirname "$0")"

jars=(launcher/target/launcher.jar organization-service/target/quarkus-app/quarkus-run.jar
      economy-service/target/quarkus-app/quarkus-run.jar talent-service/target/quarkus-app/quarkus-run.jar
      gateway/target/quarkus-app/quarkus-run.jar)

# Build when a jar is missing or any source or pom is newer than the oldest jar.
needs_build() {
  local oldest="" jar
  for jar in "${jars[@]}"; do
    [[ -f "$jar" ]] || return 0
    if [[ -z "$oldest" || "$jar" -ot "$oldest" ]]; then oldest="$jar"; fi
  done
  [[ -n "$(find pom.xml .mvn ./*/pom.xml ./*/src -newer "$oldest" -print -quit 2>/dev/null)" ]]
}

if needs_build; then
  echo "Building (./mvnw -B -q package -DskipTests)..."
  ./mvnw -B -q package -DskipTests
  # Maven leaves an unchanged jar as it was; mark them all as built from the current sources.
  touch "${jars[@]}"
fi

# exec: the launcher receives Ctrl-C / SIGTERM itself and stops the services, then the database.
exec java -jar launcher/target/launcher.jar "$@"
