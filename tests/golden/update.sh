#!/bin/sh
# update.sh [CASE.ps1...] - rewrite golden expectations from what ucsh prints
# now (all cases when none are named). Run after a deliberate change, then
# review `git diff tests/golden` line by line before committing.
root=$(cd "$(dirname "$0")/../.." && pwd)
ucsh=${UCSH:-$root/build/ucsh}
[ $# -eq 0 ] && set -- $(find "$root/tests/golden" -name '*.ps1' | sort)
for c in "$@"; do
  UCSH_GOLDEN_UPDATE=1 sh "$root/tests/golden/run_case.sh" "$ucsh" "$c"
done
