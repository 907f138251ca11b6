#!/usr/bin/env bash
# Web build set-up: the utf8proc sources the WebAssembly build compiles, taken from Debian's
# source package (byte-identical to the upstream v2.8.0 release tarball), so the build needs
# no host but Debian's. Idempotent: once the sources are unpacked it only prints their path.
# Usage: scripts/setup-web.sh          -> prints the directory to pass as
#        -DFETCHCONTENT_SOURCE_DIR_UTF8PROC=<dir>
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD/.cache/utf8proc"
version=2.8.0
sha256=a0a60a79fe6f6d54e7d411facbfcc867a6e198608f2cd992490e46f04b1bcecc
src="$root/utf8proc-$version"

if [ -f "$src/utf8proc.c" ] && [ -f "$src/.quarry-verified" ]; then
  echo "$src"
  exit 0
fi

mkdir -p "$root/apt/lists/partial" "$root/apt/cache/archives/partial" "$root/dl"
tarball="$root/dl/utf8proc_$version.orig.tar.gz"
if ! [ -f "$tarball" ] || ! echo "$sha256  $tarball" | sha256sum -c --status; then
  # A private apt configuration with only a deb-src line: the system's lists stay untouched.
  keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  echo "deb-src [signed-by=$keyring] http://deb.debian.org/debian bookworm main" > "$root/apt/sources.list"
  apt_private=(-o "Dir::Etc::SourceList=$root/apt/sources.list" -o "Dir::Etc::SourceParts=/nonexistent"
               -o "Dir::State::Lists=$root/apt/lists" -o "Dir::Cache=$root/apt/cache"
               -o "APT::Sandbox::User=root" -o "Debug::NoLocking=1")
  echo "quarry setup-web: fetching utf8proc $version sources from Debian" >&2
  apt-get -qq "${apt_private[@]}" update >&2
  (cd "$root/dl" && apt-get -qq "${apt_private[@]}" source --download-only "utf8proc=$version-1" >&2 ||
                    apt-get -qq "${apt_private[@]}" source --download-only utf8proc >&2)
  echo "$sha256  $tarball" | sha256sum -c --status ||
    { echo "quarry setup-web: $tarball does not have the release tarball's sha256" >&2; exit 1; }
fi
rm -rf "$src.tmp" && mkdir -p "$src.tmp"
tar -xzf "$tarball" -C "$src.tmp" --strip-components=1
touch "$src.tmp/.quarry-verified"
rm -rf "$src" && mv "$src.tmp" "$src"
echo "$src"
