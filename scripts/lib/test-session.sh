#!/usr/bin/env bash
# Runs inside `dbus-run-session` (see scripts/test): unlocks a throwaway keyring, starts the servers the tests talk
# to on loopback, runs ctest and stops the servers again whatever happens.
set -euo pipefail
preset="$1"
shift
here="$(cd "$(dirname "$0")" && pwd)"

mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# A non-empty password creates and unlocks the login collection without a prompt (an empty one would ask for a
# display and every write would then fail).
eval "$(printf '%s' "iotca-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true

source "$here/test-services.sh"
trap stop_test_services EXIT
start_test_services

cd "$IOTCA_ROOT"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j "$(nproc)" "$@"
