#!/bin/sh
# tests/reliability/crash.sh - crash consistency (issue 7 point 1): ucsh runs
# the migration-and-rollback runbook crash_runbook.ps1 on a file store and is
# killed with SIGKILL at random points; after every kill the store must be
# intact and consistent, and rerunning the runbook must complete the work.
#
#   1. A fresh store (Reset-CsLab -Empty); one uninterrupted run on a copy,
#      timed (T), must complete and pass crash_check with every step done;
#      so must a second run on the completed store (timed: T2).
#   2. Negative control: crash_break writes a half-applied state into copies
#      of that completed store (one per mode); crash_check must flag each.
#   3. Kills: rounds from a fresh copy of the store; in each round up to
#      CHAIN runs of the runbook, each killed with SIGKILL after a random
#      delay in [0, T) for the first, [0, T2) for the reruns (a run that ends
#      first is checked but not counted as a kill), then
#      one run to the end. After every kill:
#        - crash_check (read-only): PRAGMA integrity_check ok, every step the
#          runbook marked done has its full effect, no user half applied
#          (work <-> state, events <-> state changes, contacts, one batch
#          one state);
#        - ucsh opens the store (it refuses a damaged one) and reads it;
#      after the last run of a round: exit 0, no error, all 8 steps done.
#   Prints the figures: kills, where they landed, WAL left behind, times.
#
# Usage: sh tests/reliability/crash.sh BUILD_DIR [USERS [KILLS]]
#   defaults: 2000 users, 10 kills (the quick form ctest runs);
#   crash_long.sh runs 10000 users, 100 kills.
# Environment: CRASH_SEED (default: from the clock; printed), CRASH_CHAIN
#   (kills per round, default 5), CRASH_CONTACTS (K: users getting one more
#   contact one command at a time, default 50), CRASH_KEEP=DIR (on a failure,
#   the store and markers are copied there).
# Exit: 0 all checks passed, 1 a check failed, 2 a setup error.
set -u
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: crash.sh BUILD_DIR [USERS [KILLS]]}
case $build in /*) ;; *) build=$(pwd)/$build ;; esac
n=${2:-2000}
kills=${3:-10}
k=${CRASH_CONTACTS:-50}
chain=${CRASH_CHAIN:-5}
seed=${CRASH_SEED:-$(date +%s)}
ucsh=$build/ucsh
check=$build/tests/crash_check
brk=$build/tests/crash_break
runbook=$here/crash_runbook.ps1

for f in "$ucsh" "$check" "$brk"; do
  [ -x "$f" ] || { echo "crash: $f not found (build first)" >&2; exit 2; }
done
[ "$k" -le "$n" ] || k=$n

tmp=$(mktemp -d /tmp/ucsh-crash-XXXXXX) || exit 2
pid=
cleanup() {
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 2' INT TERM HUP
# never the user's own lab, history or drives
export UCSH_STORE=:memory: UCSH_DRIVES="$tmp/drives" HOME="$tmp"
lab=$tmp/lab.db
marks=$tmp/markers

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

fail() {
  echo "crash: FAIL: $*" >&2
  if [ -n "${CRASH_KEEP:-}" ]; then
    mkdir -p "$CRASH_KEEP" && cp "$tmp"/lab.db* "$marks" "$CRASH_KEEP"/ 2>/dev/null
    echo "crash: store and markers kept in $CRASH_KEEP" >&2
  fi
  echo "crash: seed $seed (CRASH_SEED=$seed reproduces the delays)" >&2
  exit 1
}

# A fresh store with the topology and the global policy only.
"$ucsh" -NonInteractive -Store "$tmp/fresh.db" -Command 'Reset-CsLab -Empty -Confirm:$False' \
  >"$tmp/out" 2>"$tmp/err" && [ ! -s "$tmp/err" ] ||
  { echo "crash: cannot make a fresh store:" >&2; cat "$tmp/err" >&2; exit 2; }

new_lab() {
  rm -f "$lab" "$lab-wal" "$lab-shm" "$lab-journal" "$marks"
  cp "$tmp/fresh.db" "$lab"
}

# run_to_end WHAT: one uninterrupted run; it must complete every step.
run_to_end() {
  "$ucsh" -NonInteractive -Store "$lab" "$runbook" "$n" "$k" "$marks" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  [ $rc = 0 ] && [ ! -s "$tmp/err" ] ||
    fail "$1: the runbook exited $rc: $(head -c 600 "$tmp/err")"
  [ "$(tail -n 1 "$marks")" = "done step 8" ] || fail "$1: the runbook did not reach step 8"
}

# check_lab WHAT: the checker (read-only, before anyone recovers the WAL),
# then ucsh opens the store and reads it.
checks=0
check_lab() {
  "$check" "$lab" "$n" "$k" "$marks" >"$tmp/check" 2>&1 ||
    { cat "$tmp/check" >&2; fail "$1: the store is not consistent"; }
  "$ucsh" -NonInteractive -Store "$lab" -Command 'Get-CsLabClock' >"$tmp/out" 2>"$tmp/err" &&
    [ ! -s "$tmp/err" ] || fail "$1: ucsh cannot open the store: $(head -c 600 "$tmp/err")"
  checks=$((checks + 1))
}

# 1. One run to the end, timed.
new_lab
t0=$(now)
run_to_end "the uninterrupted run"
T=$(elapsed "$t0")
check_lab "the uninterrupted run"
cp "$lab" "$tmp/complete.db"
# A rerun on the completed store changes nothing that matters; timed (T2).
t0=$(now)
run_to_end "a rerun of the completed runbook"
T2=$(elapsed "$t0")
check_lab "a rerun of the completed runbook"

# 2. The negative control: each broken writer must be caught.
caught=0
modes="nowork dropwork ghostevent silent halfgrant lostcontact overdue"
for m in $modes; do
  rm -f "$tmp/neg.db"*
  cp "$tmp/complete.db" "$tmp/neg.db"
  "$brk" "$tmp/neg.db" "$m" || fail "negative control $m: crash_break failed"
  if "$check" "$tmp/neg.db" "$n" "$k" "$marks" >"$tmp/check" 2>&1; then
    cat "$tmp/check" >&2
    fail "negative control: crash_check did not flag the broken writer's $m"
  fi
  caught=$((caught + 1))
done

# 3. The kills. Delays from the seed: in [0, T) for the first run of a round,
# in [0, T2) for the reruns (most of their steps find the work done).
awk -v s="$seed" 'BEGIN { srand(s); for (i = 0; i < 100000; i++) printf "%.6f\n", rand() }' \
  >"$tmp/delays"
killed=0
early=0
rounds=0
wal_left=0
tries=0
t_kills=$(now)
: >"$tmp/landed"
while [ $killed -lt "$kills" ]; do
  rounds=$((rounds + 1))
  new_lab
  j=0
  while [ $j -lt "$chain" ] && [ $killed -lt "$kills" ]; do
    tries=$((tries + 1))
    span=$T
    [ $j -gt 0 ] && span=$T2
    d=$(sed -n "${tries}p" "$tmp/delays" | awk -v t="$span" '{ printf "%.3f", $1 * t }')
    "$ucsh" -NonInteractive -Store "$lab" "$runbook" "$n" "$k" "$marks" >"$tmp/out" 2>"$tmp/err" &
    pid=$!
    sleep "$d"
    if kill -KILL "$pid" 2>/dev/null; then
      wait "$pid" 2>/dev/null
      pid=
      killed=$((killed + 1))
      j=$((j + 1))
      # where it landed: the last whole marker line, if any
      last=$( (tail -n 1 "$marks" 2>/dev/null || true) | sed -n 's/^done //p')
      echo "${last:-start}" | sed 's/^contact .*/contacts/; s/ //g' >>"$tmp/landed"
      [ -s "$lab-wal" ] && wal_left=$((wal_left + 1))
      [ -s "$tmp/err" ] && fail "kill $killed: the runbook wrote an error before the kill: $(head -c 600 "$tmp/err")"
      check_lab "kill $killed (round $rounds, after ${d}s, last marker: ${last:-none})"
    else
      wait "$pid"
      rc=$?
      pid=
      early=$((early + 1))
      [ $rc = 0 ] && [ ! -s "$tmp/err" ] || fail "a run not killed exited $rc: $(head -c 600 "$tmp/err")"
      check_lab "a run that ended before its kill"
    fi
  done
  run_to_end "the rerun after round $rounds"
  check_lab "the rerun after round $rounds"
done
t_total=$(elapsed "$t_kills")

echo "crash: $n users, runbook of 8 steps (K=$k per-user contact commands), seed $seed"
echo "crash: uninterrupted run ${T}s, rerun ${T2}s; negative control: $caught of $(echo $modes | wc -w) broken writes caught"
echo "crash: $killed kills with SIGKILL in $rounds rounds ($early runs ended before their kill);" \
  "$checks consistency checks passed; $wal_left kills left a WAL to recover; ${t_total}s"
printf 'crash: kills after the last marker:'
sort "$tmp/landed" | uniq -c | awk '{ printf " %s=%s", $2, $1 } END { print "" }'
echo "crash: ok"
