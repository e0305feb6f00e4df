#!/usr/bin/env bash
# Heap per signed-in session (issue 12), on the production build against the dev services.
#
#   bench/session-heap.sh [N] [--no-build]
#
# 1. builds the production jar (`./mvnw -Pproduction -DskipTests package`: Vaadin's production
#    bundle, no vaadin-dev, so Vaadin runs in production mode);
# 2. unpacks the dev Keycloak into .dev/ if it is not there (the production profile skips that step);
# 3. runs the jar from the repository's root with no Spring profile, so the embedded defaults of
#    application.yml start: PostgreSQL on 15432 (.dev/postgres), Keycloak on 8180 with the demo users,
#    GreenMail on 3025, the app on 8080 (all on loopback; the prod profile is not used, as it expects
#    every endpoint from the environment);
# 4. waits for "Practice Assurance is ready", runs bench/session-heap.mjs for My tasks and Dashboards
#    with N sessions each (default 20), and stops the app (which stops its Keycloak and PostgreSQL).
#
# Needs Node.js 20, Debian's chromium (/usr/bin/chromium) and jcmd (the JDK). Refuses to start when
# something already listens on one of those ports. Output: the table on stdout; the app's log in
# target/session-heap-app.log; the biggest holders per session in target/session-heap-holders.md.
set -euo pipefail
cd "$(dirname "$0")/.."

n=20
build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) n="$arg" ;;
  esac
done

for port in 8080 8180 15432 3025; do
  if ss -ltn "sport = :$port" | grep -q LISTEN; then
    echo "Port $port is taken: stop whatever listens there first (this script starts its own app)." >&2
    exit 1
  fi
done

if $build; then
  ./mvnw -B -q -Pproduction -DskipTests package
fi
if [ ! -x .dev/keycloak-*/bin/kc.sh ]; then
  ./mvnw -B -q dependency:unpack@unpack-keycloak
fi
if [ ! -d bench/node_modules/playwright-core ]; then
  npm install --prefix bench --no-save --no-package-lock playwright-core@1.56.0
fi
jar=$(ls target/practice-assurance-*.jar | grep -v '\.original$' | head -n 1)
unzip -p "$jar" 'META-INF/VAADIN/config/flow-build-info.json' | grep -q '"productionMode" *: *true' \
  || { echo "$jar was not built with -Pproduction (no production bundle)" >&2; exit 1; }

log=target/session-heap-app.log
java -Xmx2g -XX:+ExitOnOutOfMemoryError -jar "$jar" > "$log" 2>&1 &
app=$!
stop() {
  if kill -0 "$app" 2>/dev/null; then
    kill "$app"
    for _ in $(seq 1 60); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
  fi
}
trap stop EXIT

for _ in $(seq 1 600); do
  grep -q 'Practice Assurance is ready' "$log" && break
  kill -0 "$app" 2>/dev/null || { echo "The app stopped; see $log" >&2; exit 1; }
  sleep 1
done
grep -q 'Practice Assurance is ready' "$log" || { echo "The app was not ready within 10 minutes; see $log" >&2; exit 1; }

echo "load before measuring: $(uptime)"
PA_PID=$app node bench/session-heap.mjs both "$n" --histo target/session-heap-holders.md
echo "load after measuring: $(uptime)"
