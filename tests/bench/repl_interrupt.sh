#!/bin/sh
# tests/bench/repl_interrupt.sh - how soon Ctrl+C gives the prompt back
# (issue 5: within 100 ms), for a running loop, a long pipeline, a sleep and
# a long lab-store operation, typed at a real terminal (tests/pty/ptydrive).
# Each case: start the command, wait 300 ms, press Ctrl+C, time until the
# prompt shows again. Not part of ctest: the machine is shared and noisy.
# Usage: sh tests/bench/repl_interrupt.sh [BUILD_DIR]   (default: build)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
case $build in /*) ;; *) build=$(pwd)/$build ;; esac
drive=$build/tests/ptydrive
ucsh=$build/ucsh
for f in "$drive" "$ucsh"; do
  [ -x "$f" ] || { echo "repl_interrupt: $f not found (build first)" >&2; exit 2; }
done
tmp=$(mktemp -d /tmp/ucsh-interrupt-XXXXXX) || exit 2
trap 'rm -rf "$tmp"' EXIT

# case NAME COMMAND: one scenario (the command prints "go" first)
case_of() {
  cat >"$tmp/$1.pty" <<SCN
env UCSH_STORE=$tmp/lab.db
env UCSH_HISTORY=
env NO_COLOR=1
start
expect PS C:\\>
send "go"; $2\\r
expect \\ngo\\n
sleep 300
send \\x03
timed PS C:\\>
send exit\\r
exit 0
SCN
  out=$("$drive" "$tmp/$1.pty" "$ucsh" 2>&1)
  ms=$(printf '%s\n' "$out" | sed -n 's/^ptydrive: \([0-9]*\) ms until.*/\1/p')
  if [ -z "$ms" ]; then
    echo "repl_interrupt: $1 failed:" >&2; printf '%s\n' "$out" | head -20 >&2; fail=1; return
  fi
  verdict=ok; [ "$ms" -gt 100 ] && verdict="OVER 100 ms" && over=1
  printf '%-34s %6s ms  %s\n' "$1" "$ms" "$verdict"
}

fail=0 over=0
echo "repl_interrupt: Ctrl+C 300 ms into each command, time until the prompt is back"
case_of "while (\$true) {}" 'while ($true) {}'
case_of "pipeline of 10,000,000 objects" '1..10000000 | ForEach-Object { $_ } | Out-Null'
case_of "Start-Sleep -Seconds 30" 'Start-Sleep -Seconds 30'
case_of "New-CsLabUser -Count 300000" 'New-CsLabUser -DisplayName Bench -Count 300000 | Out-Null'
[ $fail = 0 ] || exit 2
exit $over
