#!/usr/bin/env bash
# Real Keycloak for local runs and the conformance tests, without Docker.
#
#   bash identity/scripts/keycloak.sh install   # fetch the pinned distribution into the cache (once)
#   bash identity/scripts/keycloak.sh start     # dev mode on http://localhost:8180 with the registry realm
#   bash identity/scripts/keycloak.sh status
#   bash identity/scripts/keycloak.sh stop
#
# The distribution comes from Maven Central (the only artefact source these machines reach) and is
# cached OUTSIDE the clone so CI and other clones reuse it. Dev mode only: in-memory database,
# bootstrap admin admin/admin, realm re-imported on every start. Production runs `kc.sh start`
# (see docker-compose.yml) with real secrets injected through the realm's ${ENV} placeholders.
set -euo pipefail

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}" # newest 26.x on Maven Central when pinned
CACHE_DIR="${KEYCLOAK_HOME_CACHE:-$HOME/.cache/usr-keycloak}"
KC_HOME="$CACHE_DIR/keycloak-$KEYCLOAK_VERSION"
HTTP_PORT="${KEYCLOAK_PORT:-8180}"
# One run folder per port, so two clones can each run their own Keycloak side by side.
RUN_DIR="$CACHE_DIR/run-$HTTP_PORT"
PID_FILE="$RUN_DIR/keycloak.pid"
LOG_FILE="$RUN_DIR/keycloak.log"
MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
PUBLIC_URL="http://localhost:$HTTP_PORT"
READY_URL="http://127.0.0.1:$MANAGEMENT_PORT/health/ready"
START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-300}"
# KEYCLOAK_REALM_FILE: import another realm file (e.g. the output of production-realm.ts) instead.
REALM_FILE="${KEYCLOAK_REALM_FILE:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/realm/registry-realm.json}"
THEME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/themes/registry"

log() { printf '[keycloak] %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

install() {
  if [[ -x "$KC_HOME/bin/kc.sh" ]]; then
    log "keycloak $KEYCLOAK_VERSION already installed in $KC_HOME"
    return
  fi
  command -v mvn >/dev/null || die "mvn is required to download Keycloak from Maven Central"
  command -v unzip >/dev/null || die "unzip is required"
  mkdir -p "$CACHE_DIR"
  local download="$CACHE_DIR/download"
  rm -rf "$download" "$KC_HOME.partial"
  log "downloading org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip from Maven Central"
  # Maven 3.8's default dependency plugin (2.8) cannot copy a POM-packaged artefact's zip: pin 3.x.
  mvn -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    "-DoutputDirectory=$download"
  # Unpack beside the final folder, then rename: an interrupted install never looks installed.
  mkdir -p "$KC_HOME.partial"
  unzip -q "$download/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$KC_HOME.partial"
  mv "$KC_HOME.partial/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  rm -rf "$KC_HOME.partial" "$download"
  log "installed in $KC_HOME"
}

java_home() {
  if [[ -n "${JAVA_HOME:-}" ]]; then echo "$JAVA_HOME"; return; fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-amd64; do
    if [[ -x "$candidate/bin/java" ]]; then echo "$candidate"; return; fi
  done
}

start() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] || die "not installed: run '$0 install' first"
  [[ -f "$REALM_FILE" ]] || die "realm file missing: $REALM_FILE"
  if pid="$(running_pid)"; then
    log "already running (pid $pid)"
    echo "KEYCLOAK_URL=$PUBLIC_URL"
    return
  fi
  if curl -fsS -o /dev/null "http://127.0.0.1:$HTTP_PORT/" 2>/dev/null; then
    die "port $HTTP_PORT is taken by another process"
  fi
  mkdir -p "$RUN_DIR" "$KC_HOME/data/import"
  rm -f "$KC_HOME"/data/import/*.json
  # Keycloak imports <name>-realm.json files from data/import.
  cp "$REALM_FILE" "$KC_HOME/data/import/registry-realm.json"
  # The registry's login theme (az/ru/en texts), selected by the realm's loginTheme.
  rm -rf "$KC_HOME/themes/registry"
  cp -R "$THEME_DIR" "$KC_HOME/themes/registry"

  local jh
  jh="$(java_home)"
  [[ -n "$jh" ]] && export JAVA_HOME="$jh"
  log "starting keycloak $KEYCLOAK_VERSION (JAVA_HOME=${JAVA_HOME:-system}); log: $LOG_FILE"
  local started=$SECONDS
  # setsid: kc.sh forks the JVM; its own process group lets `stop` end both and nothing else.
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
  JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms128m -Xmx768m}" \
    setsid "$KC_HOME/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 --http-port="$HTTP_PORT" --http-management-port="$MANAGEMENT_PORT" \
      --hostname="$PUBLIC_URL" --db=dev-mem --cache=local --health-enabled=true --import-realm \
      >"$LOG_FILE" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$PID_FILE"

  until curl -fsS -o /dev/null "$READY_URL" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      die "keycloak exited during start-up"
    fi
    if (( SECONDS - started > START_TIMEOUT )); then
      tail -n 40 "$LOG_FILE" >&2 || true
      stop
      die "not ready after ${START_TIMEOUT}s"
    fi
    sleep 1
  done
  # A realm that fails to import is logged, not fatal: check it is really served.
  curl -fsS -o /dev/null "$PUBLIC_URL/realms/registry/.well-known/openid-configuration" \
    || { tail -n 40 "$LOG_FILE" >&2; stop; die "realm 'registry' was not imported"; }
  log "ready in $((SECONDS - started))s (pid $pid)"
  echo "KEYCLOAK_URL=$PUBLIC_URL"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    log "not running"
    return
  fi
  log "stopping (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

status() {
  if pid="$(running_pid)"; then
    if curl -fsS -o /dev/null "$READY_URL" 2>/dev/null; then echo "running (pid $pid), KEYCLOAK_URL=$PUBLIC_URL"
    else echo "starting (pid $pid)"; fi
  else
    echo "stopped"
    return 3
  fi
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 install|start|stop|status" >&2; exit 2 ;;
esac
