#!/bin/bash
# tests/bench/run.sh - time ucsh against lua5.4, Debian's python3 and bash,
# side by side in one run, on the same small programs (tests/bench/cases).
# Prints seconds per run (best of N) and ucsh's ratio to each. Never part
# of ctest: this machine is shared and noisy, so only ratios from one run
# mean anything.  Usage: tests/bench/run.sh [REPEATS]
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ucsh=${UCSH:-$root/build/ucsh}
reps=${1:-5}

need=""
command -v lua5.4 >/dev/null || need="$need lua5.4"
[ -x /usr/bin/python3 ] || need="$need python3"
command -v bc >/dev/null || need="$need bc"
if [ -n "$need" ]; then
  sudo=""; [ "$(id -u)" != 0 ] && sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq $need >/dev/null
fi

declare -A RUN=([ucsh]="$ucsh -NonInteractive -File" [lua]="lua5.4" [python3]="/usr/bin/python3" [bash]="/bin/bash")
declare -A EXT=([ucsh]=ps1 [lua]=lua [python3]=py [bash]=sh)
langs="ucsh lua python3 bash"

best_time() { # best_time CMD FILE COUNT -> seconds for COUNT runs (best of $reps)
  local best="" t
  for ((r = 0; r < reps; r++)); do
    local s=$(date +%s.%N)
    for ((k = 0; k < $3; k++)); do $1 "$2" >/dev/null 2>&1; done
    local e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

printf '%-10s' case; for l in $langs; do printf '%12s' "$l"; done
printf '%14s%14s%14s\n' ucsh/lua ucsh/python3 ucsh/bash
for c in empty loop calls collect arrappend strcat pipeline; do
  count=1; [ "$c" = empty ] && count=20
  declare -A T=()
  for l in $langs; do
    if [ "$l" = bash ] && [ "$c" = loop ] && [ "${BENCH_SKIP_SLOW:-0}" = 1 ]; then T[$l]=nan; continue; fi
    T[$l]=$(best_time "${RUN[$l]}" "$here/cases/$c.${EXT[$l]}" $count)
  done
  printf '%-10s' "$c"
  for l in $langs; do printf '%12.4f' "${T[$l]}"; done
  for l in lua python3 bash; do printf '%14.2f' "$(echo "${T[ucsh]} / ${T[$l]}" | bc -l)"; done
  echo
done
echo "(seconds; 'empty' is 20 startups; best of $reps; ratios are ucsh time / other time)"
