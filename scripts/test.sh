#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs the whole suite
# (a throwaway PostgreSQL server, GUI tests offscreen, the Debian package built, installed
# and run, short fuzzing runs).
# Exits non-zero on any failure. Usage: scripts/test.sh [ctest arguments...]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$SA_ROOT"

sa_install_packages "${SA_BUILD_PACKAGES[@]}" "${SA_TEST_PACKAGES[@]}"
sa_build_preset release
sa_build_preset fuzz

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/sa-runtime.XXXXXX)}
ctest --test-dir build/release --output-on-failure -j "$(nproc)" "$@"
"$SA_ROOT/scripts/package-check.sh"
"$SA_ROOT/scripts/fuzz.sh" --seconds "${SA_FUZZ_SECONDS:-20}"
