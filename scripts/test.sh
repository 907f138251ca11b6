#!/usr/bin/env bash
# npm test: set up, build everything, run every suite. Fails on the first failing suite.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc 2>/dev/null || echo 2)"
step() { printf '\n== %s\n' "$*"; }

step "set-up"
bash scripts/setup.sh all

step "generated tables are fresh"
for g in core/tools/gen/gen-*.mjs; do node "$g" --check; done

step "native build and tests (debug)"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs"
ctest --preset dev -j "$jobs"

step "native tests under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"

step "libFuzzer: quarry_analyze for ${QUARRY_FUZZ_SECONDS:-60} s"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs"
mkdir -p build/fuzz/corpus
build/fuzz/tests/fuzz/fuzz_analyze -max_total_time="${QUARRY_FUZZ_SECONDS:-60}" -max_len=4096 \
  -rss_limit_mb=2048 -print_final_stats=1 build/fuzz/corpus tests/corpus/segment 2>&1 | tail -n 12

if [ -f scripts/test-web.sh ]; then
  bash scripts/test-web.sh
fi
step "all suites passed"
