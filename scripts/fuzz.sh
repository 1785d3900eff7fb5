#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time (default 20 s each) from the fuzz preset.
# Longer runs: scripts/fuzz.sh --seconds 3600 (the corpus grows in build/fuzz/corpus/).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SA_CONFORMANCE_DIR="$SA_ROOT/../shared/conformance"
seconds=20
[ "${1:-}" = "--seconds" ] && seconds=$2
sa_build_preset fuzz
for target in fuzz_json_parser fuzz_json_diff_patch; do
    corpus="$SA_ROOT/build/fuzz/corpus/$target"
    mkdir -p "$corpus"
    sa_step "$target" "$SA_ROOT/build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" \
        -max_len=65536 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 "$corpus" \
        "$SA_CONFORMANCE_DIR/json-parsing/test_parsing" 
    echo "fuzz: $target ran ${seconds}s: $(grep -E '^stat::number_of_executed_units' "$SA_LOGS/$target.log" | awk '{print $2}') inputs, no crash"
done
