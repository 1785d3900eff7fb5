#!/usr/bin/env bash
# Runs the JSON engine benchmark: builds snapshot-bench in Release (build/release) if needed,
# installs the pinned Node peers when they are missing, and passes every argument on to
# `snapshot-bench json`. Usage: scripts/bench.sh [--runs N] [--sizes 10k,1m,10m] [--no-peers]
# The report is Markdown on stdout (see docs/benchmarks.md); progress goes to stderr.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$SA_ROOT"

sa_install_packages "${SA_BUILD_PACKAGES[@]}"
if [ ! -f build/release/CMakeCache.txt ]; then
    sa_step configure-release cmake --preset release -S "$SA_ROOT"
fi
sa_step build-bench cmake --build build/release --target snapshot-bench -j "$(nproc)"

peers="$SA_ROOT/bench/peers"
if [ ! -d "$peers/node_modules" ]; then
    if command -v npm >/dev/null; then
        sa_step npm-ci npm ci --prefix "$peers" --no-audit --no-fund
    else
        echo "npm not found: the Node peers will be skipped" >&2
    fi
fi

exec "$SA_ROOT/build/release/app/bench/snapshot-bench" json --peers-dir "$peers" "$@"
