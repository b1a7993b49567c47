#!/bin/sh
# security.sh UCSH STORE_DUMP STORE_SECURITY - the lab store under hostile
# input and hostile files (issue 7 point 6), end to end. Prints "N passed,
# N failed".
#   - store_security: the SQLite hardening from inside (defensive mode,
#     trusted_schema, no extensions, the authorizer, 0600 files, stores with
#     flipped bytes refused);
#   - the hostile golden corpus (tests/golden/security: quotes, %, _, [,
#     NUL, 10 KB strings, wildcards, code-looking CSV/JSON values) run on a
#     store file: the schema (sqlite_schema, user_version, application_id)
#     is byte-identical before and after;
#   - a store made by ucsh under umask 022 is mode 0600;
#   - `>` to a hard link of the store is refused and the store still opens.
ucsh=$1
dump=$2
security=$3
here=$(cd "$(dirname "$0")" && pwd)
golden="$here/../golden/security"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { echo "FAIL $*"; fail=$((fail + 1)); }
umask 022

mkdir "$tmp/sec"
if "$security" "$tmp/sec" >"$tmp/sec.out" 2>&1; then ok; else ko "store_security:"; cat "$tmp/sec.out"; fi

lab="$tmp/lab.db"
"$ucsh" -NonInteractive -Store "$lab" -Command 'Get-CsLabClock' >/dev/null 2>&1
mode=$(stat -c %a "$lab" 2>/dev/null)
[ "$mode" = 600 ] && ok || ko "a new store is mode $mode, want 600"

"$dump" --schema "$lab" >"$tmp/schema.before" || ko "store_dump --schema"
n=0
for case in "$golden"/hostile_*.ps1 "$golden"/data_never_code.ps1; do
  n=$((n + 1))
  # each case on the same store file: what it changes is its business, the
  # schema is not
  (cd "$golden" && UCSH_STORE="$lab" "$ucsh" -NonInteractive -File "$(basename "$case")" \
    >"$tmp/case.out" 2>&1)
  "$ucsh" -NonInteractive -Store "$lab" -Command 'Reset-CsLab -Confirm:$false' >/dev/null 2>&1
done
"$dump" --schema "$lab" >"$tmp/schema.after"
[ "$n" -ge 4 ] && grep -q 'CREATE TABLE users' "$tmp/schema.before" &&
  cmp -s "$tmp/schema.before" "$tmp/schema.after" && ok ||
  { ko "the schema changed under the hostile corpus ($n cases):"; diff "$tmp/schema.before" "$tmp/schema.after"; }
users=$("$ucsh" -NonInteractive -Store "$lab" -Command '@(Get-CsUser).Count' 2>&1)
[ "$users" = 12 ] && ok || ko "after the corpus and a reset the lab has [$users] users, want 12"

ln "$lab" "$tmp/hard.db"
out=$(cd "$tmp" && "$ucsh" -NonInteractive -Store "$lab" -Command '"x" > hard.db; $?' 2>&1)
case "$out" in
*"is the lab store's own"*False) ok ;;
*) ko "\`>\` to a hard link of the store: $out" ;;
esac
users=$("$ucsh" -NonInteractive -Store "$lab" -Command '@(Get-CsUser).Count' 2>&1)
[ "$users" = 12 ] && ok || ko "the store after \`>\` to its hard link: $users"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
