#!/bin/sh
# tests/reliability/valgrind.sh BUILD_DIR - issue 7 point 8: Valgrind's
# memcheck over a fixed subset of the suite (a few unit tests and golden
# cases from every area, the runbook checker and a replay) must report no
# error and no definite leak. Exit 77 (ctest: skipped) when valgrind is not
# installed. Prints "N passed, N failed".
build=${1:-build}
case $build in /*) ;; *) build=$(pwd)/$build ;; esac
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
command -v valgrind >/dev/null 2>&1 || { echo "SKIP: valgrind is not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
# vg NAME DIR COMMAND...: one run under memcheck, from DIR.
vg() {
  name=$1 dir=$2
  shift 2
  (cd "$dir" && UCSH_STORE=:memory: UCSH_HISTORY= valgrind -q --error-exitcode=99 \
    --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
    "$@" >"$tmp/out" 2>"$tmp/vg")
  code=$?
  if [ "$code" = 99 ] || grep -q "definitely lost: [1-9]\|Invalid \|uninitialised" "$tmp/vg"; then
    echo "FAIL $name:"; head -40 "$tmp/vg"; fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
}
for t in test_lexer test_convert test_store test_ucs test_csv test_json; do
  [ -x "$build/tests/$t" ] && vg "unit/$t" "$build/tests" "$build/tests/$t"
done
g=$root/tests/golden
for c in lexer/en_dash_parameter operators/collection_eq_filters collections/hashtable_basics \
         control/finally_runs format/table_one_prop binding/pipeline_by_property_alias \
         errors/call_depth_overflow_is_catchable lync/ucs/rollback_one_batch_of_every_state \
         lync/policy/grant_pipeline_batches data/csv_roundtrip_hostile data/json_roundtrip_hostile \
         data/files_content_lines cmdlets/history_in_a_script runbooks/seed001-configure-ucs \
         checker/corpus security/hostile_identities; do
  [ -f "$g/$c.ps1" ] || continue
  vg "golden/$c" "$(dirname "$g/$c.ps1")" "$build/ucsh" -NonInteractive -File "$(basename "$c").ps1"
done
vg "replay/technet_page" "$root/tests/replay" "$build/ucsh" -Replay technet_page.txt
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
