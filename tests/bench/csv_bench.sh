#!/bin/sh
# tests/bench/csv_bench.sh - Import-Csv and Export-Csv at runbook scale
# (issue 6), side by side with python3's csv module doing the same work in
# the same run.
#
# Generates a users.csv of N rows (DisplayName, SipAddress, Pool, Policy,
# Note with a quoted comma), then times, one process each:
#   read    ucsh: Import-Csv users.csv | ForEach-Object { $_.SipAddress } | Out-Null
#           python3: csv.DictReader, touching row['SipAddress']
#   copy    ucsh: Import-Csv users.csv | Export-Csv out.csv -NoTypeInformation
#           python3: DictReader -> DictWriter(quoting=QUOTE_ALL)
# and prints ms, rows/s and the ratio ucsh/python for each. The wall time
# includes starting each process. Checks that out.csv has N+1 lines.
#
# Usage: sh tests/bench/csv_bench.sh [BUILD_DIR]   (default: build)
#   CSV_BENCH_N=50000   rows (default 50000)
# Not part of ctest: the machine is shared and noisy.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
ucsh=$build/ucsh
n=${CSV_BENCH_N:-50000}
[ -x "$ucsh" ] || { echo "no $ucsh (build first)"; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed"; exit 2; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/csv_bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 2
export UCSH_STORE=:memory:

python3 - "$n" <<'PY'
import csv, sys
n = int(sys.argv[1])
with open('users.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL)
    w.writerow(['DisplayName', 'SipAddress', 'Pool', 'Policy', 'Note'])
    for i in range(n):
        w.writerow(['User %d' % i, 'sip:user%d@contoso.com' % i, 'pool01.contoso.com',
                    'NoUcsPolicy', 'batch %d, wave %d' % (i // 1000, i % 7)])
PY

ms() { python3 -c 'import time; print(int(time.time()*1000))'; }
# timeit CMD...: the wall ms of CMD (its output dropped)
timeit() {
  t0=$(ms); "$@" >/dev/null || { echo "failed: $*"; exit 2; }; t1=$(ms)
  echo $((t1 - t0))
}

u_read=$(timeit "$ucsh" -NonInteractive -Command 'Import-Csv users.csv | ForEach-Object { $_.SipAddress } | Out-Null')
p_read=$(timeit python3 -c '
import csv
with open("users.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        row["SipAddress"]')
u_copy=$(timeit "$ucsh" -NonInteractive -Command 'Import-Csv users.csv | Export-Csv out.csv -NoTypeInformation')
lines=$(wc -l <out.csv)
p_copy=$(timeit python3 -c '
import csv
with open("users.csv", newline="", encoding="utf-8") as f, open("py.csv", "w", newline="", encoding="ascii", errors="replace") as g:
    r = csv.DictReader(f)
    w = csv.DictWriter(g, r.fieldnames, quoting=csv.QUOTE_ALL)
    w.writeheader()
    for row in r:
        w.writerow(row)')
[ "$lines" -eq $((n + 1)) ] || { echo "out.csv has $lines lines, want $((n + 1))"; exit 2; }
cmp -s out.csv py.csv || echo "note: out.csv and python's copy differ"

report() {
  python3 -c '
import sys
name, n, u, p = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rate = lambda ms: n / (ms / 1000) if ms else float("inf")
print("%-5s ucsh %6d ms %9.0f rows/s | python3 %6d ms %9.0f rows/s | ratio %.2f" %
      (name, u, rate(u), p, rate(p), u / p if p else float("inf")))' "$@"
}
echo "csv_bench: $n rows"
report read "$n" "$u_read" "$p_read"
report copy "$n" "$u_copy" "$p_copy"
