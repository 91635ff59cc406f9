# Servers the tests need, started on loopback by scripts/lib/test-session.sh. Sourced.
# Each service exports what the tests read to find it (for example IOTCA_EMULATOR_URL).

start_test_services() {
    :
}

stop_test_services() {
    :
}
