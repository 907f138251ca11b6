#!/usr/bin/env bash
# npm start: build whatever the demo needs and is missing (the WebAssembly module and the
# package files in dist/), then serve the demo on http://127.0.0.1:8080/demo/ (PORT overrides).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-web.sh
exec node scripts/serve.mjs --port "${PORT:-8080}" --open /demo/
