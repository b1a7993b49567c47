#!/bin/sh
# run_replay.sh UCSH - `ucsh -Replay PAGE` (issue 6 point 5): the pages here,
# written for the tests (Markdown with fences, indented code and a <BR> note;
# TechNet text with HTML entities and templates), must print exactly
# PAGE.out; then the three seed pages in ../shared/reference/seeds (beside
# the repository; skipped when absent) are replayed on a fresh lab and the
# lab's resulting state is checked. Prints "N passed, N failed".
ucsh=$1
here=$(cd "$(dirname "$0")" && pwd)
seeds=$(cd "$here/../../.." && pwd)/shared/reference/seeds
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $1"; fail=$((fail + 1)); }

cd "$here" || exit 2
for page in *.md *.txt; do
  UCSH_STORE=:memory: "$ucsh" -Replay "$page" </dev/null >"$tmp/out" 2>&1
  if cmp -s "$tmp/out" "$page.out"; then ok; else bad "$page:"; diff "$page.out" "$tmp/out" | head -20; fi
done

# -WhatIf: every command as with -WhatIf; the lab does not change.
UCSH_STORE=:memory: "$ucsh" -Replay technet_page.txt -WhatIf </dev/null >"$tmp/wi" 2>&1
if grep -q 'What if: Performing the operation "Set-CsUserServicesPolicy" on target "Tag:UCS Enabled Users"' "$tmp/wi" &&
   grep -q 'What if: Performing the operation "Invoke-CsUcsRollback"' "$tmp/wi" &&
   grep -q '^LyncServer  *True$' "$tmp/wi" && ! grep -q 'lab:' "$tmp/wi"; then ok
else bad "replay -WhatIf:"; cat "$tmp/wi"; fi

# seed_state SEED WANT: replay the seed page on a new lab, then read Ken
# Myer's contact store and policy and the user services policies.
seed_state() {
  rm -f "$tmp/lab.db"*
  "$ucsh" -Store "$tmp/lab.db" -Replay "$seeds/$1" </dev/null >/dev/null 2>&1
  got=$("$ucsh" -Store "$tmp/lab.db" -Command 'Get-CsLabUser "Ken Myer" | ForEach-Object {
    "$($_.ContactStore) [$($_.UserServicesPolicy)] $($_.EffectiveUcsAllowed)" }
    Get-CsUserServicesPolicy | ForEach-Object { "$($_.Identity) $($_.UcsAllowed)" }' 2>&1)
  if [ "$got" = "$2" ]; then ok; else bad "seed $1: [$got], want [$2]"; fi
}
if [ -d "$seeds" ]; then
  # 000: "UCS Enabled Users" turned off, Ken rolled back (he never migrated)
  seed_state 000_8afd9458f5d70bcb.txt 'LyncServer [UCS Enabled Users] False
Global True
Tag:UCS Enabled Users False'
  # 001: global off, AllowUnifiedContactStore then NoUnifiedContactStore
  # granted, then unassigned with the en-dash line, then rolled back
  seed_state 001_0650550749618a1a.txt 'LyncServer [] False
Global False
Tag:UCS Enabled Users True
Tag:AllowUnifiedContactStore True
Tag:NoUnifiedContactStore False'
  # 002: only Test-CsUnifiedContactStore: nothing changes
  seed_state 002_fbde63d156c93302.txt 'LyncServer [UCS Enabled Users] True
Global True
Tag:UCS Enabled Users True'
else
  echo "SKIP seeds: $seeds not found"
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
