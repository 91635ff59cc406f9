#!/usr/bin/env bash
# Runs inside `dbus-run-session` (see scripts/with-test-session): unlocks a throwaway keyring, starts the servers
# the tests talk to on loopback, runs the given command and stops the servers again whatever happens.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

# A non-empty password creates and unlocks the login collection without a prompt (an empty one would ask for a
# display and every write would then fail).
eval "$(printf '%s' "iotca-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"

source "$here/test-services.sh"
trap stop_test_services EXIT
start_test_services

export QT_QPA_PLATFORM=offscreen
"$@"
