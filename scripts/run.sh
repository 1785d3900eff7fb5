#!/usr/bin/env bash
# The README's run command: installs what is missing, builds in Release and starts the
# program on the bundled example data. Usage: scripts/run.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$SA_ROOT"

sa_install_packages "${SA_BUILD_PACKAGES[@]}"
sa_build_preset release

examples="$SA_ROOT/resources/examples"
echo "What changed between two versions of a parcel report (snapshotctl diff):"
set +e
"$SA_ROOT/build/release/app/snapshotctl" diff "$examples/parcel-v1.json" "$examples/parcel-v2.json"
status=$?
set -e
# diff(1) convention: 1 means "the documents differ", which is the expected outcome here.
[ "$status" -le 1 ]
