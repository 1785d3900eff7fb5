# Shared by the README's commands: package installation and quiet, logged steps.
# Sourced, not run.

SA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SA_LOGS="$SA_ROOT/build/logs"
mkdir -p "$SA_LOGS"

# Debian packages to build and run the application.
SA_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
    zlib1g-dev libssl-dev
    libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0 qt6-qpa-plugins qt6-translations-l10n
    nlohmann-json3-dev libsimdjson-dev
)
# Extra packages for the test suite: a real PostgreSQL server (and openssl for the throwaway
# CA of its TLS twin), a headless display and keyring, clang's libFuzzer, and the Debian
# package checks of scripts/package-check.sh (cpack's dpkg-shlibdeps and file, lintian, the
# desktop file and AppStream validators).
SA_TEST_PACKAGES=(
    postgresql-15 openssl xvfb xauth dbus gnome-keyring libsecret-tools
    clang libclang-rt-14-dev
    dpkg-dev file lintian desktop-file-utils appstream
)

# Runs a step with its output in a log file; prints the log only when the step fails.
sa_step() {
    local name=$1
    shift
    local log="$SA_LOGS/$name.log"
    if ! "$@" >"$log" 2>&1; then
        echo "FAILED: $name ($*)" >&2
        tail -n 80 "$log" >&2
        echo "(full log: $log)" >&2
        return 1
    fi
}

# Runs a command as root: directly when we are root, through sudo otherwise.
sa_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    else
        sudo "$@"
    fi
}

# Installs the Debian packages that are missing; a no-op when all are there.
sa_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${#missing[@]} Debian package(s): ${missing[*]}"
    sa_step apt-update sa_as_root apt-get update -q || return 1
    sa_step apt-install sa_as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-upgrade --no-install-recommends "${missing[@]}"
}

# Configures (first time only) and builds a CMake preset.
sa_build_preset() {
    local preset=$1
    local jobs
    jobs=$(nproc)
    if [ ! -f "$SA_ROOT/build/$preset/CMakeCache.txt" ]; then
        sa_step "configure-$preset" cmake --preset "$preset" -S "$SA_ROOT" || return 1
    fi
    sa_step "build-$preset" cmake --build "$SA_ROOT/build/$preset" -j "$jobs"
}
