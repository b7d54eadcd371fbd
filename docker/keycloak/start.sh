#!/bin/bash
# Starts Keycloak for docker-compose.yml: refuses to start without the clients' secrets (see .env.example), creates
# an admin only when KEYCLOAK_ADMIN_PASSWORD is given, and imports docker/keycloak/peer-mentor-realm.json on the
# first start (its ${...} placeholders are read from the environment; a realm that exists already is kept as it is).
set -euo pipefail

missing=()
for name in INTAKE_DESK_SECRET PROGRAM_MANAGER_SECRET DEMO_RECOVERY_MANAGER_SECRET; do
  [[ -n "${!name:-}" ]] || missing+=("$name")
done
if (( ${#missing[@]} > 0 )); then
  echo "keycloak: ${missing[*]} not set; copy .env.example to .env beside docker-compose.yml and fill in secrets" >&2
  exit 1
fi

if [[ -n "${KEYCLOAK_ADMIN_PASSWORD:-}" ]]; then
  export KC_BOOTSTRAP_ADMIN_USERNAME="${KEYCLOAK_ADMIN_USERNAME:-admin}"
  export KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD"
fi

exec /opt/keycloak/bin/kc.sh start-dev --import-realm
