#!/usr/bin/env bash
# End-to-end tests of the quarry CLI: outline, JSON, offsets, errors, batch.
# Usage: cli_test.sh path/to/quarry
set -u
Q="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() {  # check NAME CONDITION-EXIT-CODE
  if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAILED: $1" >&2; fi
}

printf 'Dr. Smith arrived in the U.S. on Friday. He met officials.\n\nSee https://example.org 😀.' > "$tmp/a.txt"
printf 'bad \xff byte' > "$tmp/bad.txt"

out="$("$Q" analyze "$tmp/a.txt")"; rc=$?
check "outline exit code" $rc
echo "$out" | grep -q "2 paragraphs, 3 sentences"; check "outline counts" $?
echo "$out" | grep -q "1. Dr. Smith arrived in the U.S. on Friday."; check "outline numbered sentence" $?
echo "$out" | grep -q "URL .*https://example.org"; check "outline mentions" $?

json="$("$Q" analyze --json --tokens "$tmp/a.txt")"; check "json exit code" $?
echo "$json" | grep -q '"offsets": "byte"'; check "json byte offsets" $?
echo "$json" | grep -q '"kind": "emoji"'; check "json tokens" $?
u16="$("$Q" analyze --json --offsets=utf16 "$tmp/a.txt")"
# The final "." follows the emoji: 4 bytes but 2 UTF-16 units, so the last sentence ends 2 earlier.
bend=$(echo "$json" | grep -o '"end": [0-9]*, "paragraph": 1' | grep -o '[0-9]*' | head -1)
uend=$(echo "$u16" | grep -o '"end": [0-9]*, "paragraph": 1' | grep -o '[0-9]*' | head -1)
[ -n "$bend" ] && [ $((bend - uend)) -eq 2 ]; check "utf16 offsets ($bend vs $uend)" $?

echo "From stdin. Two sentences." | "$Q" analyze | grep -q "1 paragraphs, 2 sentences"; check "stdin" $?

"$Q" analyze "$tmp/missing.txt" "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -ne 0 ]; check "missing file: non-zero exit" $?
grep -q "missing.txt: cannot read" "$tmp/err"; check "missing file: message" $?
grep -q "3 sentences" "$tmp/out"; check "missing file: other files still processed" $?

"$Q" analyze "$tmp/bad.txt" 2>"$tmp/err" >/dev/null; rc=$?
[ $rc -ne 0 ]; check "invalid utf-8: non-zero exit" $?
grep -q "invalid UTF-8 at byte 4" "$tmp/err"; check "invalid utf-8: offset in message" $?
"$Q" analyze --invalid-utf8=replace "$tmp/bad.txt" | grep -q "1 sentences"; check "invalid utf-8: replace" $?
"$Q" analyze --bogus "$tmp/a.txt" 2>/dev/null; [ $? -eq 2 ]; check "unknown option exits 2" $?
"$Q" analyze --reference-date=2023-13-01 "$tmp/a.txt" 2>"$tmp/err" >/dev/null; [ $? -ne 0 ] && grep -q reference_date "$tmp/err"; check "bad option value named" $?

# Batch: order kept, a bad line reported and not dropped, exit 1.
{
  echo '{"id": 1, "text": "First doc. Two sentences."}'
  echo 'not json'
  echo '{"id": "x", "text": "Third."}'
  echo '{"id": 4}'
  for i in $(seq 5 300); do echo "{\"id\": $i, \"text\": \"Doc $i. Mail a$i@example.org now.\"}"; done
} > "$tmp/in.jsonl"
"$Q" batch --threads=3 < "$tmp/in.jsonl" > "$tmp/out.jsonl" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ]; check "batch: exit 1 with errors" $?
[ "$(wc -l < "$tmp/out.jsonl")" -eq 300 ]; check "batch: one output line per input line" $?
head -1 "$tmp/out.jsonl" | grep -q '^{"id": 1, "quarry"'; check "batch: first line first" $?
sed -n 2p "$tmp/out.jsonl" | grep -q '"line":2.*"BAD_JSON"'; check "batch: bad JSON line reported in place" $?
sed -n 4p "$tmp/out.jsonl" | grep -q '"id":4.*missing string field'; check "batch: missing text reported" $?
tail -1 "$tmp/out.jsonl" | grep -q '"id": 300.*"EMAIL"'; check "batch: last line last, analyzed" $?
grep -q "line 2" "$tmp/err"; check "batch: errors on stderr" $?

"$Q" version | grep -q "^quarry [0-9]"; check "version" $?
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
