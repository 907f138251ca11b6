#!/usr/bin/env bash
# The web half of `npm test` (scripts/test.sh runs it after the native suites): the wasm
# build and its Catch2 suite under node, the module's surface, the types, the package's
# node:test suites, the packed tarball in Node, a page, a worker and a Vite 7 build, and
# the demo in Chromium. Fails on the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }

step "web set-up (Debian packages, utf8proc sources, npm devDependencies)"
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  echo "Node >= 20 is needed (Vite 7, playwright-core); this is $(node --version)" >&2
  exit 1
fi
bash scripts/setup.sh web >/dev/null
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # npm ci needs a lock file that lists every platform's optional packages; with
  # omit-lockfile-registry-resolved (set on some machines) npm 11 writes one without them
  # and then refuses it. npm install accepts it and resolves the same versions.
  npm ci --no-audit --no-fund --loglevel=error 2>/dev/null || npm install --no-audit --no-fund --loglevel=error
fi

step "wasm build (emcmake cmake --preset wasm)"
bash scripts/build-web.sh all

step "Catch2 suite compiled to wasm, under node (ctest --preset wasm)"
ctest --preset wasm -j "${QUARRY_JOBS:-2}" --no-tests=error

step "module surface: exports = wasm/exports.txt, imports provided by the loader"
node --test tests/js/module.test.mjs

step "types: tsc on a consumer file"
node node_modules/typescript/bin/tsc -p tests/js/types/tsconfig.json

step "node:test suites of the package (API, offsets, numbers and dates corpus, worker, memory)"
node --expose-gc --test tests/js/api.test.mjs tests/js/offsets.test.mjs tests/js/numbers.test.mjs tests/js/worker.test.mjs tests/js/memory.test.mjs

step "npm pack installed in a fresh project: Node, plain page, module worker, Vite 7 build"
node --test --test-concurrency=1 tests/e2e/package.e2e.mjs

step "the demo in Chromium (screenshots in tests/e2e/out/)"
node --test --test-concurrency=1 tests/e2e/demo.e2e.mjs
