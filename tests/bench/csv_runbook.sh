#!/bin/sh
# tests/bench/csv_runbook.sh - issue 6 "Done when": a runbook over a
# 50,000-row users.csv (Import-Csv -> Grant-CsUserServicesPolicy -> a
# results CSV) against the same row updates done in SQLite directly
# (store_bench --csv-baseline), side by side in one run, each on its own copy
# of the same lab store. The ucsh time includes starting ucsh and opening
# (checking) the store. Prints both times and the ratio (budget <= 3).
# Usage: sh tests/bench/csv_runbook.sh [BUILD_DIR]   (LAB_CSV_N=50000)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
case $build in /*) ;; *) build=$(pwd)/$build ;; esac
n=${LAB_CSV_N:-50000}
ucsh=$build/ucsh
bench=$build/store_bench
for f in "$ucsh" "$bench"; do
  [ -x "$f" ] || { echo "csv_runbook: $f not found (build first)" >&2; exit 2; }
done
tmp=$(mktemp -d /tmp/ucsh-csv-runbook-XXXXXX) || exit 2
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }

# The lab (untimed): N users and the per-user policy; two identical copies.
"$ucsh" -NonInteractive -Store "$tmp/a.db" -Command "Reset-CsLab -Empty
New-CsLabUser -DisplayName 'Bench User' -Count $n | Out-Null
New-CsUserServicesPolicy -Identity BenchPolicy -UcsAllowed \$True | Out-Null" >/dev/null || exit 2
cp "$tmp/a.db" "$tmp/b.db"
awk -v n="$n" 'BEGIN { print "Identity,Department"
  for (i = 1; i <= n; i++) printf "sip:benchuser%d@litwareinc.com,Dept%d\n", i, i % 7 }' >"$tmp/users.csv"

# The runbook through ucsh.
cat >"$tmp/runbook.ps1" <<'PS1'
param($CsvPath, $ResultsPath)
Import-Csv -Path $CsvPath |
  Grant-CsUserServicesPolicy -PolicyName BenchPolicy -PassThru |
  Select-Object SipAddress, UserServicesPolicy |
  Export-Csv -Path $ResultsPath -NoTypeInformation
PS1
t0=$(now)
/usr/bin/time -f %M -o "$tmp/kb" "$ucsh" -NonInteractive -Store "$tmp/a.db" "$tmp/runbook.ps1" \
  -CsvPath "$tmp/users.csv" -ResultsPath "$tmp/results.csv" >"$tmp/out" 2>&1 || {
  echo "csv_runbook: the runbook failed:" >&2; head "$tmp/out" >&2; exit 2; }
t1=$(now)
rows=$(($(wc -l <"$tmp/results.csv") - 1))
[ "$rows" = "$n" ] || { echo "csv_runbook: $rows result rows, want $n" >&2; exit 2; }

# The same row updates in SQLite.
base=$("$bench" --csv-baseline "$tmp/b.db" "$tmp/users.csv" "$tmp/base.csv" | awk '{ print $2 }')
awk -v a="$t0" -v b="$t1" -v s="$base" -v n="$n" -v kb="$(tail -n 1 "$tmp/kb")" 'BEGIN {
  u = b - a; r = u / s
  printf "csv_runbook: %d rows: ucsh %.3f s, SQLite %.3f s, ratio %.2f (budget <= 3.00)%s; peak RSS %.1f MB\n",
    n, u, s, r, (r > 3) ? "  OVER" : "", kb / 1024
  exit (r > 3) ? 1 : 0 }'
