# A throwaway PostgreSQL 15 cluster for the team-workspace tests (issue 23), started on a free loopback port by
# scripts/lib/test-session.sh. Sourced.
#
# Debian's postgresql-15 (../shared/docs/test-environment.md): initdb refuses to run as root, so as root the server
# runs as the `postgres` user through runuser, in a temporary folder; as any other user it runs as that user.
# Authentication is `trust` for the superuser role `iotca`, on 127.0.0.1 only; a second role, `iotca_secret`, logs
# in with a random password through scram-sha-256 (loopback only; PostgreSQL 15 docs, 21.1 "The pg_hba.conf File":
# the first matching line decides, so its line goes first). The cluster and its folder are removed at exit. Exports:
#   IOTCA_TEST_POSTGRES_URL            postgresql://iotca@127.0.0.1:PORT/postgres (tests CREATE DATABASE a fresh one)
#   IOTCA_TEST_POSTGRES_PASSWORD_URL   postgresql://iotca_secret@127.0.0.1:PORT/postgres (needs a password)
#   IOTCA_TEST_POSTGRES_PASSWORD       that role's password
# When postgresql-15 is missing nothing is exported, and the tests that need it FAIL on the missing variable.

_iotca_pg_bin=/usr/lib/postgresql/15/bin
_iotca_pg_dir=""

_iotca_pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

_iotca_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start_test_postgres() {
    if [ ! -x "$_iotca_pg_bin/initdb" ]; then
        echo "test-services: postgresql-15 is not installed; no PostgreSQL server for the team-workspace tests" >&2
        return 0
    fi
    _iotca_pg_dir="$(mktemp -d -t iotca-postgres.XXXXXX)"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$_iotca_pg_dir"
    fi
    chmod 700 "$_iotca_pg_dir"
    if ! _iotca_pg_as_owner "$_iotca_pg_bin/initdb" -D "$_iotca_pg_dir/data" -A trust -U iotca \
        >"$_iotca_pg_dir/initdb.log" 2>&1; then
        echo "test-services: initdb failed: $(tail -n 5 "$_iotca_pg_dir/initdb.log")" >&2
        return 1
    fi
    # The password role's lines go before initdb's `trust` lines (first match wins).
    local hba="$_iotca_pg_dir/data/pg_hba.conf"
    _iotca_pg_as_owner bash -c "{ printf 'host all iotca_secret 127.0.0.1/32 scram-sha-256\\nhost all iotca_secret ::1/128 scram-sha-256\\n'; cat '$hba'; } > '$hba.new' && mv '$hba.new' '$hba'"
    local password
    password="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
    local port tries=0
    while [ $tries -lt 5 ]; do
        port="$(_iotca_free_port)"
        # fsync off: a test cluster that dies is thrown away anyway (PostgreSQL 15 docs, 20.5.1 "fsync").
        if _iotca_pg_as_owner "$_iotca_pg_bin/pg_ctl" -D "$_iotca_pg_dir/data" -l "$_iotca_pg_dir/log" -w -t 60 \
            -o "-k $_iotca_pg_dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" \
            start >/dev/null 2>&1; then
            export IOTCA_TEST_POSTGRES_URL="postgresql://iotca@127.0.0.1:$port/postgres"
            # CREATEDB so a test can own the database it works in (PostgreSQL 15: only the owner creates tables in
            # the public schema of a new database).
            if ! psql -X -q -h 127.0.0.1 -p "$port" -U iotca -d postgres -v ON_ERROR_STOP=1 \
                -c "CREATE ROLE iotca_secret LOGIN CREATEDB PASSWORD '$password'" >/dev/null 2>&1; then
                echo "test-services: could not create the password role iotca_secret" >&2
                return 1
            fi
            export IOTCA_TEST_POSTGRES_PASSWORD_URL="postgresql://iotca_secret@127.0.0.1:$port/postgres"
            export IOTCA_TEST_POSTGRES_PASSWORD="$password"
            return 0
        fi
        tries=$((tries + 1))
    done
    echo "test-services: PostgreSQL did not start: $(tail -n 5 "$_iotca_pg_dir/log" 2>/dev/null)" >&2
    return 1
}

stop_test_postgres() {
    if [ -n "$_iotca_pg_dir" ]; then
        _iotca_pg_as_owner "$_iotca_pg_bin/pg_ctl" -D "$_iotca_pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$_iotca_pg_dir"
        _iotca_pg_dir=""
    fi
    unset IOTCA_TEST_POSTGRES_URL IOTCA_TEST_POSTGRES_PASSWORD_URL IOTCA_TEST_POSTGRES_PASSWORD
}
