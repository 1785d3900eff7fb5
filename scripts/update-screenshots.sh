#!/usr/bin/env bash
# Refreshes the pictures of docs/user-guide.md: runs the screenshot test (Xvfb, 1400x900, the
# demo database, English and German), the CCP-04 window of tst_mainwindow and the repair
# dialog of tst_recordrepair in build/release, and copies what they saved to docs/images/.
# Usage: scripts/update-screenshots.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$SA_ROOT"

sa_install_packages "${SA_BUILD_PACKAGES[@]}" xvfb xauth
sa_build_preset release
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/sa-runtime.XXXXXX)}
sa_step screenshots ctest --test-dir build/release -R '^tst_screenshots$' --output-on-failure
# The CCP-04 picture: tst_mainwindow opens the fixture in a throwaway PostgreSQL and saves it.
SA_TEST_SCREENSHOT="$SA_ROOT/build/release/screenshots/ccp04-database.png" \
    sa_step screenshots-ccp04 ctest --test-dir build/release -R '^tst_mainwindow$' --output-on-failure
SA_TEST_SCREENSHOT="$SA_ROOT/build/release/screenshots/repair-dialog.png" \
    sa_step screenshots-repair ctest --test-dir build/release -R '^tst_recordrepair$' --output-on-failure
mkdir -p docs/images
cp build/release/screenshots/*.png docs/images/
echo "docs/images: $(ls build/release/screenshots/*.png | wc -l) pictures from the screenshot test"
