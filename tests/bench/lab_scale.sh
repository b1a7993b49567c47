#!/bin/sh
# tests/bench/lab_scale.sh - the lab at scale through the ucsh shell and its
# cmdlets (issue 4, "Done when"), side by side with SQLite in the same run.
#
# On a fresh temporary file store (-Store), one ucsh process per step:
#   create   New-CsLabUser -DisplayName "Bench User" -Count N
#   grant    New-CsUserServicesPolicy BenchPolicy; Get-CsUser -Filter {pool}
#            | Grant-CsUserServicesPolicy
#   signin   Get-CsUser -Filter {pool} | Connect-CsLabClient   (Lync 2013)
#   skip     Skip-CsLabTime -Minutes 10   (N migrations complete)
#   rollback Get-CsUser -Filter {pool} | Invoke-CsUcsRollback -Confirm:$False
#            -WarningAction SilentlyContinue (one "temporary rollback"
#            warning per user otherwise)
# Each step's wall time includes starting ucsh and opening the store. The
# baseline is `store_bench --baseline-only N`: the same row changes as plain
# SQL statements on a store file with the same schema and pragmas. After each
# step (untimed) a Get-CsLabUser | Group-Object count checks that all N users
# reached the expected state. Prints ucsh s, SQLite s, the ratio (budget
# <= 3) and the peak RSS of each ucsh process.
#
# Usage: sh tests/bench/lab_scale.sh [BUILD_DIR]   (default: build)
#   LAB_SCALE_N=10000   fewer users (default 100000; at small N the process
#                       start and the store check on open dominate the ratios)
#   LAB_SCALE_VERIFY=0  skip the untimed counts
# Exit: 0 all steps within 3x, 1 a step over budget, 2 a failure or a wrong
# count. Not part of ctest: the machine is shared and noisy.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
case $build in /*) ;; *) build=$(pwd)/$build ;; esac
n=${LAB_SCALE_N:-100000}
verify=${LAB_SCALE_VERIFY:-1}
ucsh=$build/ucsh
bench=$build/store_bench
pool=atl-cs-001.litwareinc.com

for f in "$ucsh" "$bench"; do
  [ -x "$f" ] || { echo "lab_scale: $f not found (build first: sh .ci/dev bench)" >&2; exit 2; }
done
if [ ! -x /usr/bin/time ]; then
  sudo=""; [ "$(id -u)" != 0 ] && sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time >/dev/null
fi

tmp=$(mktemp -d /tmp/ucsh-lab-scale-XXXXXX) || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP
db=$tmp/lab.db

now() { date +%s.%N; }

# ucsh_run KEY SCRIPT: one ucsh process on the store; records seconds and
# peak RSS (KB) in $tmp/KEY.s and $tmp/KEY.kb.
ucsh_run() {
  t0=$(now)
  /usr/bin/time -f %M -o "$tmp/$1.kb" "$ucsh" -NonInteractive -Store "$db" -Command "$2" \
    >"$tmp/$1.out" 2>"$tmp/$1.err"
  rc=$?
  t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }' >"$tmp/$1.s"
  if [ $rc != 0 ] || [ -s "$tmp/$1.err" ]; then
    echo "lab_scale: step $1 failed (exit $rc):" >&2
    head -5 "$tmp/$1.err" "$tmp/$1.out" >&2
    exit 2
  fi
}

# check KEY PROPERTY VALUE: every user has PROPERTY = VALUE (untimed).
check() {
  [ "$verify" = 1 ] || return 0
  got=$("$ucsh" -NonInteractive -Store "$db" -Command \
    "Get-CsLabUser | Group-Object $2 -NoElement | ForEach-Object { \"\$(\$_.Name)=\$(\$_.Count)\" }")
  if [ "$got" != "$3=$n" ]; then
    echo "lab_scale: after $1 expected $2 $3=$n, got: $(echo "$got" | tr '\n' ' ')" >&2
    exit 2
  fi
  echo "$1 $2 $3=$n" >>"$tmp/checks"
}

# The baseline first, in this run, on its own temporary store.
"$bench" --baseline-only "$n" >"$tmp/baseline" 2>&1 || {
  echo "lab_scale: store_bench --baseline-only failed:" >&2; cat "$tmp/baseline" >&2; exit 2; }

# A fresh store: created with the default lab, then emptied (topology and
# global policy only), as store_bench's stores are. Untimed.
ucsh_run setup 'Reset-CsLab -Empty'

ucsh_run create "New-CsLabUser -DisplayName \"Bench User\" -Count $n | Out-Null"
check create ContactStore LyncServer
ucsh_run grant "New-CsUserServicesPolicy -Identity BenchPolicy -UcsAllowed \$True | Out-Null
Get-CsUser -Filter {RegistrarPool -eq \"$pool\"} | Grant-CsUserServicesPolicy -PolicyName BenchPolicy"
check grant UserServicesPolicy BenchPolicy
ucsh_run signin "Get-CsUser -Filter {RegistrarPool -eq \"$pool\"} | Connect-CsLabClient"
check signin ContactStore Migrating
ucsh_run skip 'Skip-CsLabTime -Minutes 10'
check skip ContactStore UnifiedContactStore
ucsh_run rollback "Get-CsUser -Filter {RegistrarPool -eq \"$pool\"} |
  Invoke-CsUcsRollback -Confirm:\$False -WarningAction SilentlyContinue"
check rollback ContactStore RollingBack

echo "lab_scale: $n users through ucsh cmdlets, one process per step, on a temporary file store"
[ -s "$tmp/checks" ] && echo "counts: all $n users reached each step's state (Get-CsLabUser | Group-Object)"
printf '%-28s %10s %10s %8s %10s\n' step "ucsh s" "sqlite s" ratio "peak MB"
worst=0
peak=0
for key in create grant signin skip rollback; do
  case $key in
    create) name="create $n users" ;;
    grant) name="grant policy to pool" ;;
    signin) name="sign all in (2013)" ;;
    skip) name="skip 10 min (migrate)" ;;
    rollback) name="roll all back" ;;
  esac
  u=$(cat "$tmp/$key.s")
  b=$(awk -v k="$key" '$1 == "baseline" && $2 == k { print $3 }' "$tmp/baseline")
  kb=$(tail -n 1 "$tmp/$key.kb")
  line=$(awk -v u="$u" -v b="$b" -v kb="$kb" -v name="$name" 'BEGIN {
    r = (b > 0) ? u / b : 0
    printf "%-28s %10.3f %10.3f %8.2f %10.1f%s|%.4f\n", name, u, b, r, kb / 1024,
      (r > 3) ? "  OVER 3x" : "", r }')
  echo "${line%|*}"
  r=${line##*|}
  worst=$(awk -v a="$worst" -v b="$r" 'BEGIN { print (b > a) ? b : a }')
  peak=$(awk -v a="$peak" -v b="$kb" 'BEGIN { print (b > a) ? b : a }')
done
bkb=$(awk '$2 == "peak-rss-kb" { print $3 }' "$tmp/baseline")
awk -v w="$worst" -v p="$peak" -v b="$bkb" 'BEGIN {
  printf "worst ratio %.2f (budget <= 3.00); peak RSS of ucsh %.1f MB (store_bench baseline %.1f MB)\n",
    w, p / 1024, b / 1024 }'
awk -v w="$worst" 'BEGIN { exit (w <= 3) ? 0 : 1 }'
