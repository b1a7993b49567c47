#!/bin/sh
# run_case.sh UCSH CASE.ps1 - run one golden case and compare.
#   CASE.out  exact expected stdout
#   CASE.err  optional: each line must appear in stderr (else stderr must be empty)
#   CASE.code optional: expected exit code (else 0)
#   CASE.args optional: extra command-line arguments after the script (one line)
# With UCSH_GOLDEN_UPDATE=1 the .out (and .code) files are rewritten from
# what ucsh prints: use it only after a deliberate change, and review the diff.
ucsh=$1
case=$2
base=${case%.ps1}
dir=$(dirname "$case")
name=$(basename "$case")
tmp=${TMPDIR:-/tmp}/ucsh-golden.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
args=""
[ -f "$base.args" ] && args=$(cat "$base.args")
# Every case gets a throwaway lab (never the user's own store) unless the
# case's .args name one with -Store.
export UCSH_STORE="${UCSH_GOLDEN_STORE:-:memory:}"
# shellcheck disable=SC2086
(cd "$dir" && exec "$ucsh" -NonInteractive -File "$name" $args) \
  <"${UCSH_GOLDEN_STDIN:-/dev/null}" >"$tmp/out" 2>"$tmp/err"
code=$?
if [ "${UCSH_GOLDEN_UPDATE:-0}" = 1 ]; then
  cp "$tmp/out" "$base.out"
  if [ "$code" != 0 ]; then echo "$code" >"$base.code"; else rm -f "$base.code"; fi
  exit 0
fi
fail=0
want=0
[ -f "$base.code" ] && want=$(tr -d ' \r\n' <"$base.code")
if [ "$code" != "$want" ]; then
  echo "exit code: got $code, want $want"
  fail=1
fi
if [ -f "$base.out" ]; then
  if ! cmp -s "$base.out" "$tmp/out"; then
    echo "stdout differs (- want, + got):"
    diff -u "$base.out" "$tmp/out" | tail -n +3
    fail=1
  fi
elif [ -s "$tmp/out" ]; then
  echo "unexpected stdout:"; cat "$tmp/out"; fail=1
fi
if [ -f "$base.err" ]; then
  while IFS= read -r needle || [ -n "$needle" ]; do
    [ -z "$needle" ] && continue
    if ! grep -qF -- "$needle" "$tmp/err"; then
      echo "stderr lacks: $needle"
      fail=1
    fi
  done <"$base.err"
  [ "$fail" = 1 ] && { echo "stderr was:"; cat "$tmp/err"; }
elif [ -s "$tmp/err" ]; then
  echo "unexpected stderr:"; cat "$tmp/err"; fail=1
fi
exit $fail
