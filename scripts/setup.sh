#!/usr/bin/env bash
# Installs the Debian packages the build and the tests need. Idempotent and quick when
# everything is there. Usage: scripts/setup.sh [native|web|all]   (default all)
set -euo pipefail
profile="${1:-all}"

native=(cmake ninja-build g++ pkg-config libutf8proc-dev nlohmann-json3-dev catch2 ca-certificates
        clang-14 libclang-rt-14-dev libicu-dev)
web=(emscripten chromium fonts-noto-color-emoji)  # the font: emoji in the e2e screenshots
case "$profile" in
  native) need=("${native[@]}") ;;
  web) need=("${web[@]}") ;;
  all) need=("${native[@]}" "${web[@]}") ;;
  *) echo "usage: $0 [native|web|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "quarry setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "quarry setup: missing Debian packages: ${missing[*]}" >&2
    echo "install them with: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

# Extra set-up steps of the web build live next to it.
if [ "$profile" != native ] && [ -f scripts/setup-web.sh ]; then
  bash scripts/setup-web.sh
fi
