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

# The newest JDK at hand (17 or later) runs the launcher, and so the services: on JDK 25 they start from
# an AOT cache, on 17 from an AppCDS archive (docs/benchmarks.md, "Startup"). SUITE_JAVA names one.
pick_java() {
  if [[ -n ${SUITE_JAVA:-} ]]; then echo "$SUITE_JAVA"; return; fi
  local best="" best_version=0 candidate version
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [[ -n $candidate && -x $candidate ]] || continue
    version=$("$candidate" -XshowSettings:properties -version 2>&1 \
      | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1)
    if [[ $version =~ ^[0-9]+$ ]] && (( version >= 17 && version > best_version )); then
      best=$candidate best_version=$version
    fi
  done
  echo "${best:-java}"
}

# exec: the launcher receives Ctrl-C / SIGTERM itself and stops the services, then the database.
exec "$(pick_java)" -jar launcher/target/launcher.jar "$@"
