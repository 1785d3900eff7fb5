#!/usr/bin/env bash
# Refreshes the pictures of docs/user-guide.md: runs the screenshot test (Xvfb, 1400x900, the
# demo database, English and German) in build/release and copies what it saved to docs/images/.
# Usage: scripts/update-screenshots.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$SA_ROOT"

sa_install_packages "${SA_BUILD_PACKAGES[@]}" xvfb xauth
sa_build_preset release
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/sa-runtime.XXXXXX)}
sa_step screenshots ctest --test-dir build/release -R '^tst_screenshots$' --output-on-failure
mkdir -p docs/images
cp build/release/screenshots/*.png docs/images/
echo "docs/images: $(ls build/release/screenshots/*.png | wc -l) pictures from the screenshot test"
