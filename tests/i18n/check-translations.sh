#!/usr/bin/env bash
# Fails when a translation catalogue is out of date: lupdate, run on copies of the committed
# .ts files over the same sources as translations/CMakeLists.txt, must leave no unfinished,
# obsolete or vanished entry (a new or changed source text shows up as unfinished, a removed
# one as vanished). The committed files are never modified.
# Usage: check-translations.sh LUPDATE SOURCE_DIR FOLDER...
set -euo pipefail
lupdate=$1
source_dir=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

folders=()
for folder in "$@"; do folders+=("$source_dir/$folder"); done

status=0
for ts in "$source_dir"/translations/*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    options=(-locations none -extensions cpp,h)
    # The English catalogue holds plural forms only (translations/CMakeLists.txt).
    [[ $name == *_en.ts ]] && options+=(-pluralonly)
    if ! "$lupdate" "${options[@]}" "${folders[@]}" -ts "$work/$name" >"$work/$name.log" 2>&1; then
        cat "$work/$name.log" >&2
        echo "FAIL: lupdate failed on $name" >&2
        status=1
        continue
    fi
    stale=0
    for kind in unfinished obsolete vanished; do
        count=$(grep -c "type=\"$kind\"" "$work/$name" || true)
        if [[ $count -ne 0 ]]; then
            echo "FAIL: $name has $count $kind entr$( [[ $count -eq 1 ]] && echo y || echo ies) after lupdate:" >&2
            { grep -B3 "type=\"$kind\"" "$work/$name" | grep '<source>' | head -20 >&2; } || true
            stale=1
        fi
    done
    if [[ $stale -ne 0 ]]; then
        status=1
    else
        echo "$name: $(grep -c '<message' "$work/$name") messages, all translated and current"
    fi
done
if [[ $status -ne 0 ]]; then
    echo "Run: cmake --build build/release --target update_translations, then translate." >&2
fi
exit $status
