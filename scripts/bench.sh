#!/usr/bin/env bash
# Runs a benchmark of snapshot-bench, built in Release (build/release) if needed:
#   scripts/bench.sh [json] [ARGS]   the JSON engine against its peers; installs the pinned
#                                    Node peers when they are missing
#   scripts/bench.sh store [ARGS]    the snapshot store on SQLite and on a throwaway
#                                    PostgreSQL 15 server (durable settings), removed afterwards
# ARGS go on to `snapshot-bench` (see its --help). The report is Markdown on stdout (see
# docs/benchmarks.md); progress goes to stderr.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$SA_ROOT"

benchmark=json
if [[ $# -gt 0 && ( "$1" == json || "$1" == store ) ]]; then
    benchmark=$1
    shift
fi

sa_install_packages "${SA_BUILD_PACKAGES[@]}"
if [ ! -f build/release/CMakeCache.txt ]; then
    sa_step configure-release cmake --preset release -S "$SA_ROOT"
fi
sa_step build-bench cmake --build build/release --target snapshot-bench -j "$(nproc)"
bench="$SA_ROOT/build/release/app/bench/snapshot-bench"

if [[ $benchmark == store ]]; then
    sa_install_packages postgresql-15
    server_state=$(mktemp -d /tmp/sa-bench-pg.XXXXXX)
    trap '"$SA_ROOT/scripts/pg-test-server.sh" stop "$server_state" >/dev/null' EXIT
    SA_PG_DURABLE=1 "$SA_ROOT/scripts/pg-test-server.sh" start "$server_state" >&2
    PGPASSFILE="$server_state/pgpass" "$bench" store --pg-env "$server_state/pg.env" "$@"
    exit
fi

peers="$SA_ROOT/bench/peers"
if [ ! -d "$peers/node_modules" ]; then
    if command -v npm >/dev/null; then
        sa_step npm-ci npm ci --prefix "$peers" --no-audit --no-fund
    else
        echo "npm not found: the Node peers will be skipped" >&2
    fi
fi

exec "$bench" json --peers-dir "$peers" "$@"
