#!/bin/sh
# determinism.sh UCSH STORE_DUMP - the same runbook (determinism.ps1:
# migrations, temporary and permanent rollbacks, Skip-CsLabTime, the event
# log, Export-Csv, Export-CsUserData) on a fresh lab three times, on a store
# file and on :memory:: stdout, stderr, the exported files and the store
# dump (store_dump: every table's rows in id order) must be byte-identical
# (issue 7 point 7). The runs are over a second apart and the lab's clock
# is simulated, so a wall-clock time stamped into an event, a file or the
# store shows up as a difference; each run has another TZ, so does a
# machine's time zone. Prints "N passed, N failed".
ucsh=$1
dump=$2
case $ucsh in /*) ;; *) ucsh=$PWD/$ucsh ;; esac
case $dump in /*) ;; *) dump=$PWD/$dump ;; esac
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
run() { # run MODE I: one run in $tmp/work (the same path each time), kept in $tmp/MODE.I
  rm -rf "$tmp/work" && mkdir "$tmp/work"
  if [ "$1" = file ]; then store="$tmp/work/lab.db"; else store=:memory:; fi
  # three time zones: the lab's times are its own, not the machine's
  case $2 in 1) tz=UTC ;; 2) tz=Pacific/Auckland ;; *) tz=America/New_York ;; esac
  (cd "$tmp/work" && TZ=$tz UCSH_STORE=:memory: "$ucsh" -NonInteractive -Store "$store" \
    -File "$here/determinism.ps1" "$tmp/work" >"$tmp/work/stdout" 2>"$tmp/work/stderr")
  echo "exit $?" >>"$tmp/work/stdout"
  if [ "$1" = file ]; then
    "$dump" "$store" >"$tmp/work/dump" 2>&1 || echo "store_dump failed" >>"$tmp/work/dump"
    rm -f "$store" "$store-wal" "$store-shm"
  fi
  mv "$tmp/work" "$tmp/$1.$2"
}
for mode in file memory; do
  for i in 1 2 3; do
    run $mode $i
    [ $i = 3 ] || sleep 1.1
  done
  for f in stdout stderr users.csv events.csv users.zip dump; do
    [ $mode = memory ] && [ $f = dump ] && continue
    ok=1
    [ -s "$tmp/$mode.1/$f" ] || { [ $f = stderr ] || { echo "FAIL $mode: $f is empty"; ok=0; }; }
    for i in 2 3; do
      if ! cmp -s "$tmp/$mode.1/$f" "$tmp/$mode.$i/$f"; then
        echo "FAIL $mode: $f differs between run 1 and run $i:"
        diff "$tmp/$mode.1/$f" "$tmp/$mode.$i/$f" | head -20
        ok=0
      fi
    done
    if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
  done
done
# the runbook did its work: users migrated and rolled back, events logged
grep -q '^exit 0$' "$tmp/file.1/stdout" && [ ! -s "$tmp/file.1/stderr" ] &&
  grep -q 'RollbackCompleted' "$tmp/file.1/events.csv" &&
  grep -q "'Det User 40'" "$tmp/file.1/dump" && cmp -s "$tmp/file.1/stdout" "$tmp/memory.1/stdout" &&
  pass=$((pass + 1)) || { echo "FAIL the runbook did not run through:"; cat "$tmp/file.1/stderr";
    tail -3 "$tmp/file.1/stdout"; fail=$((fail + 1)); }
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
