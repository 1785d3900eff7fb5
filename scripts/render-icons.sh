#!/usr/bin/env bash
# Renders the application icon's PNG sizes for the hicolor theme from its SVG sources in
# resources/icons/ into resources/icons/hicolor/SIZExSIZE/apps/. Run it after editing an SVG
# and commit the PNGs: the build installs them and does not need rsvg-convert.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

icons="$SA_ROOT/resources/icons"
name=io.github.snapshotauditor.SnapshotAuditor
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }

sizes=(16 22 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
    # 16 px has its own drawing on a 16-pixel grid; the full one turns to mush that small.
    source_svg="$icons/$name.svg"
    [ "$size" -le 16 ] && source_svg="$icons/$name-16.svg"
    out="$icons/hicolor/${size}x${size}/apps/$name.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --format png --output "$out" "$source_svg"
done
echo "render-icons: ${#sizes[@]} sizes written to ${icons#"$SA_ROOT/"}/hicolor/"
