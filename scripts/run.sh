#!/usr/bin/env bash
# The README's run command: installs what is missing, builds in Release and starts Snapshot
# Auditor on the demo database (created on first run). Usage: scripts/run.sh [DATABASE]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$SA_ROOT"

sa_install_packages "${SA_BUILD_PACKAGES[@]}"
sa_build_preset release

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # No desktop session (e.g. over ssh): show the engine at work on the bundled example.
    echo "No display found; showing what changed between two versions of a parcel report instead:"
    examples="$SA_ROOT/resources/examples"
    status=0
    "$SA_ROOT/build/release/app/snapshotctl/snapshotctl" diff "$examples/parcel-v1.json" "$examples/parcel-v2.json" || status=$?
    # diff(1) convention: 1 means "the documents differ", the expected outcome here.
    [ "$status" -le 1 ]
    exit 0
fi
if [ $# -gt 0 ]; then
    exec "$SA_ROOT/build/release/app/gui/snapshot-auditor" "$@"
fi
exec "$SA_ROOT/build/release/app/gui/snapshot-auditor" --demo
