#!/bin/sh
# sql_lint_selftest.sh - the SQL lint passes on cmdlets/store.c and reports
# exactly the LINT-EXPECT lines of sql_lint_sample.c (planted violations
# beside the fine forms store.c uses), so it can neither pass vacuously nor
# cry wolf. Prints "N passed, N failed".
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { echo "FAIL $*"; fail=$((fail + 1)); }

if sh "$here/sql_lint.sh" >"$tmp/store.out" 2>&1; then ok; else ko "store.c:"; cat "$tmp/store.out"; fi

sample="$here/sql_lint_sample.c"
sh "$here/sql_lint.sh" "$sample" >"$tmp/sample.out" 2>&1
[ $? = 1 ] && ok || ko "the sample's violations did not fail the lint"
grep -n 'LINT-EXPECT \*/' "$sample" | cut -d: -f1 | sort -n >"$tmp/want"
sed -n 's/^[^:]*:\([0-9]*\): .*/\1/p' "$tmp/sample.out" | sort -nu >"$tmp/got"
if cmp -s "$tmp/want" "$tmp/got"; then ok; else
  ko "sample lines: want (<) vs reported (>)"; diff "$tmp/want" "$tmp/got"; cat "$tmp/sample.out"
fi
[ "$(wc -l <"$tmp/want")" -ge 10 ] && ok || ko "the sample lost its planted violations"

# A planted violation in a copy of store.c itself: a value formatted into a
# statement that reaches sqlite3_exec.
awk '{ print } /^static StoreRc exec\(Store \*s, const char \*sql\) \{/ { f = 1 }
     f && /^}/ && !done { print "StoreRc planted(Store *s, const char *who) {\n  char q[200];\n  snprintf(q, sizeof q, \"DELETE FROM users WHERE display = %s\", who);\n  return exec(s, q);\n}"; done = 1 }' \
  "$here/../../cmdlets/store.c" >"$tmp/store_planted.c"
sh "$here/sql_lint.sh" "$tmp/store_planted.c" >"$tmp/planted.out" 2>&1
n=$(grep -c . "$tmp/planted.out")
[ "$n" -ge 2 ] && grep -q 'exec(): "q" is not fixed SQL text (built by snprintf())' "$tmp/planted.out" \
  && ok || { ko "the violation planted in store.c was missed:"; cat "$tmp/planted.out"; }

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
