#!/usr/bin/env bash
# Builds the Debian package with CPack, inspects it (contents, control fields, lintian with no
# error allowed), installs it on this machine with its dependencies, validates the installed
# desktop file, AppStream metadata and man pages, and runs the installed programs: snapshotctl
# writes and verifies a demo database, snapshot-auditor (offscreen) opens it.
# Quiet on success (logs in build/logs/), one summary line. Needs root or sudo, for apt-get.
# Usage: scripts/package-check.sh [BUILD_DIR]   (default: build/release, built first)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$SA_ROOT"

app_id=io.github.snapshotauditor.SnapshotAuditor
build_dir=${1:-build/release}
gui_timeout=60

sa_install_packages "${SA_BUILD_PACKAGES[@]}" "${SA_TEST_PACKAGES[@]}"
if [ "$build_dir" = build/release ]; then
    sa_build_preset release
else
    sa_step package-build cmake --build "$build_dir" -j "$(nproc)"
fi

fail() {
    echo "package-check: FAILED: $*" >&2
    exit 1
}

tmp=$(mktemp -d /tmp/sa-package-check.XXXXXX)
gui_pid=""
cleanup() {
    if [ -n "$gui_pid" ]; then
        kill "$gui_pid" 2>/dev/null || true
        wait "$gui_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# --- Build the package --------------------------------------------------------------------
packages="$SA_ROOT/$build_dir/packages"
rm -f "$packages"/snapshot-auditor_*.deb
sa_step package-cpack env --chdir="$build_dir" cpack -G DEB
debs=("$packages"/snapshot-auditor_*_"$(dpkg --print-architecture)".deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single .deb in $packages"
deb=${debs[0]}
version=$(dpkg-deb --field "$deb" Version)

# --- What it holds ------------------------------------------------------------------------
sa_step package-contents dpkg-deb --contents "$deb"
contents="$SA_LOGS/package-contents.log"
expected=(
    usr/bin/snapshot-auditor usr/bin/snapshotctl
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/snapshotctl.1.gz usr/share/man/man1/snapshot-auditor.1.gz
    usr/share/doc/snapshot-auditor/copyright usr/share/doc/snapshot-auditor/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qE " \./$path\$" "$contents" || fail "$path is missing from $(basename "$deb")"
done
programs=$(grep -cE ' \./usr/bin/[^/]+$' "$contents" || true)
[ "$programs" -eq 2 ] || fail "usr/bin holds $programs files, expected only snapshot-auditor and snapshotctl"
if grep -E 'snapshot-bench|/tst_|fuzz_' "$contents" >&2; then
    fail "test or benchmark programs are in the package"
fi

sa_step package-info dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
# The run-time loaded ones, listed by hand, and libraries dpkg-shlibdeps found in the programs.
for dependency in qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0 \
    libqt6core6 libqt6widgets6 libqt6sql6 libqt6keychain1 libc6; do
    [[ ", $depends," == *", $dependency"[\ ,]* ]] || fail "Depends lacks $dependency: $depends"
done

# --- lintian: no error allowed ------------------------------------------------------------
lintian_log="$SA_LOGS/package-lintian.log"
lintian --fail-on none --display-info "$deb" >"$lintian_log" 2>&1 || fail "lintian did not run (see $lintian_log)"
if grep -q '^E: ' "$lintian_log"; then
    grep '^E: ' "$lintian_log" >&2
    fail "lintian reports errors (full log: $lintian_log)"
fi
lintian_warnings=$(grep -c '^W: ' "$lintian_log" || true)

# --- Install it, with its dependencies ----------------------------------------------------
sa_step package-install sa_as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --reinstall --no-install-recommends "$deb"
installed=$(dpkg-query -W -f='${Version}' snapshot-auditor)
[ "$installed" = "$version" ] || fail "dpkg reports snapshot-auditor $installed installed, expected $version"

sa_step package-desktop-file desktop-file-validate "/usr/share/applications/$app_id.desktop"
sa_step package-metainfo appstreamcli validate --no-net --strict "/usr/share/metainfo/$app_id.metainfo.xml"
for page in snapshotctl snapshot-auditor; do
    man_warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
    [ -z "$man_warnings" ] || fail "man page $page.1 renders with warnings: $man_warnings"
done

# --- The installed programs at work -------------------------------------------------------
[ "$(/usr/bin/snapshotctl --version)" = "snapshotctl $version" ] \
    || fail "/usr/bin/snapshotctl --version says '$(/usr/bin/snapshotctl --version)', expected $version"
sa_step package-snapshotctl-demo /usr/bin/snapshotctl demo "$tmp/demo.sqlite"
sa_step package-snapshotctl-verify /usr/bin/snapshotctl verify --all --db "sqlite:$tmp/demo.sqlite"
verified=$(tail -n 1 "$SA_LOGS/package-snapshotctl-verify.log")
[[ $verified == *": clean" ]] || fail "snapshotctl verify --all: $verified"

# The GUI, offscreen, with its settings in the temporary folder; it logs the database it
# opened (ui/mainwindow.cpp), then it is stopped.
gui_log="$SA_LOGS/package-gui.log"
mkdir -m 700 "$tmp/runtime"
started=$SECONDS
env QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="sa.ui.mainwindow.info=true" \
    XDG_RUNTIME_DIR="$tmp/runtime" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
    XDG_CACHE_HOME="$tmp/cache" \
    timeout "$gui_timeout" /usr/bin/snapshot-auditor "$tmp/demo.sqlite" >"$gui_log" 2>&1 &
gui_pid=$!
expected_line="database opened: \"sqlite:$tmp/demo.sqlite\""
until grep -qF "$expected_line" "$gui_log"; do
    if ! kill -0 "$gui_pid" 2>/dev/null; then
        grep -qF "$expected_line" "$gui_log" && break
        cat "$gui_log" >&2
        fail "snapshot-auditor did not log '$expected_line' within ${gui_timeout}s (log: $gui_log)"
    fi
    sleep 0.2
done
gui_seconds=$((SECONDS - started))
kill "$gui_pid" 2>/dev/null || true
wait "$gui_pid" 2>/dev/null || true
gui_pid=""

echo "package-check: $(basename "$deb") ($(grep -c . "$contents") entries) installed;" \
    "lintian: 0 errors, $lintian_warnings warnings; desktop file, AppStream and man pages valid;" \
    "snapshotctl verified the demo, snapshot-auditor opened it in ${gui_seconds}s"
