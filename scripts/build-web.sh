#!/usr/bin/env bash
# Builds the WebAssembly module and assembles dist/ (the npm package's files) with the wasm
# preset; quick when nothing changed. Used by start.sh and test-web.sh.
# Usage: scripts/build-web.sh [TARGET]   (default quarry_dist; "all" builds the wasm tests too)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh web >/dev/null
utf8proc="$(bash scripts/setup-web.sh)"
# Debian's emscripten runs its JS tools with /usr/bin/node; a Node that is not Debian's (e.g.
# NodeSource's) does not look in /usr/share/nodejs, where Debian keeps acorn.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
if [ ! -f build/wasm/build.ninja ]; then
  # Without an explicit emulator, emcmake adds "--experimental-wasm-threads", which Node 20
  # rejects: the wasm tests would then silently not be found.
  emcmake cmake --preset wasm -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node \
    -DFETCHCONTENT_SOURCE_DIR_UTF8PROC="$utf8proc" >/dev/null
fi
cmake --build --preset wasm -j "${QUARRY_JOBS:-2}" --target "${1:-quarry_dist}"
