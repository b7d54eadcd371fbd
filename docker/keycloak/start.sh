#!/bin/bash
# Starts Keycloak for docker-compose.yml: refuses to start without the clients' secrets and the demo people's
# passwords (see .env.example), creates an admin only when KEYCLOAK_ADMIN_PASSWORD is given, and imports
# docker/keycloak/peer-mentor-realm.json on the first start (its ${...} placeholders are read from the environment;
# a realm that exists already is kept as it is).
set -euo pipefail

missing=()
for name in INTAKE_DESK_SECRET PROGRAM_MANAGER_SECRET DEMO_RECOVERY_MANAGER_SECRET STAFF_CONSOLE_SECRET \
            INTAKE_PASSWORD MANAGER_PASSWORD RECOVERY_MANAGER_PASSWORD; do
  [[ -n "${!name:-}" ]] || missing+=("$name")
done
if (( ${#missing[@]} > 0 )); then
  echo "keycloak: ${missing[*]} not set; copy .env.example to .env beside docker-compose.yml and fill in secrets" >&2
  exit 1
fi

# The realm's password policy is length(12) and notUsername, and a password the import refuses stops Keycloak with
# a stack trace: say so in a line instead. Letters, digits and - _ . ~ only, as the values go into the realm's JSON.
for person in intake:INTAKE_PASSWORD manager:MANAGER_PASSWORD recovery-manager:RECOVERY_MANAGER_PASSWORD; do
  username="${person%%:*}" name="${person#*:}"
  if [[ ! "${!name}" =~ ^[A-Za-z0-9._~-]{12,}$ || "${!name}" == "$username" ]]; then
    echo "keycloak: $name must be at least 12 letters, digits or - _ . ~ and not the username; see .env.example" >&2
    exit 1
  fi
done

# the console's address in the browser, for its redirect and sign-out URIs in the realm
export CONSOLE_PORT="${CONSOLE_PORT:-8080}"

if [[ -n "${KEYCLOAK_ADMIN_PASSWORD:-}" ]]; then
  export KC_BOOTSTRAP_ADMIN_USERNAME="${KEYCLOAK_ADMIN_USERNAME:-admin}"
  export KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD"
fi

exec /opt/keycloak/bin/kc.sh start-dev --import-realm
