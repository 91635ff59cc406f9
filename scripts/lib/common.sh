# Shared by scripts/run, scripts/test and scripts/bench. Sourced, not run.
# Installs what a fresh Debian 12 machine is missing, then configures and builds one CMake preset.

set -euo pipefail

IOTCA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export IOTCA_ROOT

# Everything the build, the app and the tests need, as Debian 12 packages.
IOTCA_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config git lld
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl-dev
    postgresql-15
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev
    libssl-dev openssl
    zlib1g-dev unzip
    python3 python3-cryptography mosquitto mosquitto-clients
    gnome-keyring dbus libsecret-tools
    xvfb xauth strace
    clang-format
    fonts-noto-cjk
    poppler-utils
)

# What scripts/fuzz needs on top: clang 14 with libFuzzer and the sanitizer runtimes, and llvm-symbolizer for
# readable stack traces.
IOTCA_FUZZ_PACKAGES=(clang libclang-rt-14-dev llvm)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        log "Installing packages needs root: run this script as root or install sudo."
        exit 1
    fi
}

install_missing_packages() {
    local missing=()
    local package
    for package in "${IOTCA_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    log "Installing missing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    # Waits for another apt-get's lock instead of failing at once (CI prepares a Debian root in the background).
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
        --no-install-recommends "${missing[@]}"
}

# configure_and_build PRESET [extra cmake -D options...]
configure_and_build() {
    local preset="$1"
    shift
    cd "$IOTCA_ROOT"
    # ccache keys on paths below this folder relative to it, so clean clones in other folders share the cache.
    export CCACHE_BASEDIR="$IOTCA_ROOT"
    export CCACHE_NOHASHDIR=1
    export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
    log "Configuring preset '$preset'"
    cmake --preset "$preset" "$@" >/dev/null
    log "Building preset '$preset' on $(nproc) cores"
    cmake --build --preset "$preset" --parallel "$(nproc)"
}

build_dir() {
    printf '%s/build/%s' "$IOTCA_ROOT" "$1"
}

# built_executable PRESET NAME: the path of executable NAME (iotca-desk, iotca, iotca-emulator, iotca-bench) as the
# build of PRESET wrote it to executables.txt (cmake/IotcaExecutablesList.cmake). Never spell a path into a target's
# folder in a script: the build knows where it put each executable.
built_executable() {
    local list path
    list="$(build_dir "$1")/executables.txt"
    path="$(sed -n "s|^$2=||p" "$list" 2>/dev/null | head -n 1)"
    if [ -z "$path" ]; then
        log "$list names no $2: configure the '$1' preset first"
        return 1
    fi
    printf '%s\n' "$path"
}
