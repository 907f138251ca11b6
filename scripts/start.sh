#!/usr/bin/env bash
# npm start: build what is missing, then show Quarry at work.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh native
cmake --preset release -DQUARRY_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release --target quarry_cli >/dev/null
echo "quarry $(build/release/core/quarry version | cut -d' ' -f2): analysis of demo/samples/briefing.txt"
build/release/core/quarry analyze demo/samples/briefing.txt
