# Servers the tests need, started on loopback by scripts/lib/test-session.sh. Sourced.
# Each service exports what the tests read to find it (for example IOTCA_EMULATOR_URL).
#
# The platform emulator (iotca-emulator) runs on a free 127.0.0.1 port with a throwaway TLS CA and server
# certificate it makes at start, and accepts one throwaway credential pair. Exports:
#   IOTCA_EMULATOR_URL            https://127.0.0.1:PORT (use as an account's --endpoint)
#   IOTCA_EMULATOR_CA_BUNDLE      PEM of the throwaway CA (use as --ca-bundle)
#   IOTCA_EMULATOR_ACCESS_KEY_ID  the accepted AccessKey ID / SecretId / AWS access key id
#   IOTCA_EMULATOR_SECRET_FILE    file holding the matching secret (use as --secret-file)
# The binary is $IOTCA_EMULATOR_BIN, else the iotca-emulator of the most recently configured build/*/. When there
# is none the emulator is skipped with a note, and tests that need it fail on the missing variables.

_iotca_emulator_dir=""
_iotca_emulator_pid=""

_find_emulator() {
    if [ -n "${IOTCA_EMULATOR_BIN:-}" ]; then
        printf '%s\n' "$IOTCA_EMULATOR_BIN"
        return
    fi
    local root="${IOTCA_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
    # Newest first, so the tree just built wins over a stale one; each build lists its executables' paths in
    # executables.txt (cmake/IotcaExecutablesList.cmake).
    local list
    for list in $(ls -1t "$root"/build/*/executables.txt 2>/dev/null); do
        sed -n 's|^iotca-emulator=||p' "$list" | head -n 1
        return
    done
}

start_platform_emulator() {
    local binary
    binary="$(_find_emulator)"
    if [ -z "$binary" ] || [ ! -x "$binary" ]; then
        echo "test-services: no iotca-emulator built; platform emulator not started" >&2
        return 0
    fi
    _iotca_emulator_dir="$(mktemp -d -t iotca-emulator.XXXXXX)"
    chmod 700 "$_iotca_emulator_dir"
    local key_id secret
    key_id="iotca-test-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
    secret="$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
    (umask 077 && printf '%s:%s\n' "$key_id" "$secret" >"$_iotca_emulator_dir/credentials" \
        && printf '%s' "$secret" >"$_iotca_emulator_dir/secret")

    "$binary" --port 0 --write-ca "$_iotca_emulator_dir/ca.pem" \
        --credentials "@$_iotca_emulator_dir/credentials" >"$_iotca_emulator_dir/stdout" \
        2>"$_iotca_emulator_dir/stderr" &
    _iotca_emulator_pid=$!

    local url="" tries=0
    while [ $tries -lt 200 ]; do
        url="$(sed -n 's/^listening on //p' "$_iotca_emulator_dir/stdout" 2>/dev/null | head -n 1)"
        [ -n "$url" ] && break
        if ! kill -0 "$_iotca_emulator_pid" 2>/dev/null; then
            echo "test-services: iotca-emulator exited: $(cat "$_iotca_emulator_dir/stderr")" >&2
            _iotca_emulator_pid=""
            return 1
        fi
        sleep 0.05
        tries=$((tries + 1))
    done
    if [ -z "$url" ]; then
        echo "test-services: iotca-emulator did not start within 10 s" >&2
        return 1
    fi
    export IOTCA_EMULATOR_URL="$url"
    export IOTCA_EMULATOR_CA_BUNDLE="$_iotca_emulator_dir/ca.pem"
    export IOTCA_EMULATOR_ACCESS_KEY_ID="$key_id"
    export IOTCA_EMULATOR_SECRET_FILE="$_iotca_emulator_dir/secret"
}

stop_platform_emulator() {
    if [ -n "$_iotca_emulator_pid" ]; then
        kill "$_iotca_emulator_pid" 2>/dev/null || true
        wait "$_iotca_emulator_pid" 2>/dev/null || true
        _iotca_emulator_pid=""
    fi
    if [ -n "$_iotca_emulator_dir" ]; then
        rm -rf "$_iotca_emulator_dir"
        _iotca_emulator_dir=""
    fi
}

source "$(dirname "${BASH_SOURCE[0]}")/postgres.sh"

start_test_services() {
    start_platform_emulator
    start_test_postgres
}

stop_test_services() {
    stop_test_postgres
    stop_platform_emulator
}
