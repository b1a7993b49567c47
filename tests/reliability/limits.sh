#!/bin/sh
# Limits (issue 7 point 4): hostile sizes end with a catchable
# PowerShell-style error (or work), never a signal, under 256 MB.
#
#   sh tests/reliability/limits.sh UCSH [SANITIZED]
#
# Each case runs `UCSH -NonInteractive -File case.ps1` under `timeout` and,
# when /usr/bin/time is there, measures the peak RSS. A case passes when
# the exit code is the expected one (never 124 = timeout, never 128+N = a
# signal), stdout/stderr hold the expected texts, and the peak RSS is under
# 256 MB. Times are printed, not asserted (the machine may be shared).
# SANITIZED (ON/1) marks an ASan build: a longer timeout, and no RSS limit
# (ASan's shadow memory and quarantine are not the shell's own memory).
set -u
UCSH=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SAN=${2:-OFF}
case $SAN in ON | on | 1 | TRUE | true) SAN=1 ;; *) SAN=0 ;; esac
TIMEOUT=5
[ "$SAN" = 1 ] && TIMEOUT=60
LIMIT_KB=262144
TIME=/usr/bin/time
[ -x "$TIME" ] || TIME=
PY=$(command -v python3 || true)

T=$(mktemp -d "${TMPDIR:-/tmp}/ucsh-limits.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
fails=0

fail() { echo "FAIL $name: $*"; fails=$((fails + 1)); }

# check NAME RC [TEXT...]: run $name.ps1, expect exit code RC and each TEXT
# in stdout+stderr.
check() {
  name=$1 want=$2
  shift 2
  start=$(date +%s%N)
  if [ -n "$TIME" ]; then
    "$TIME" -f '%M' -o "$name.rss" timeout -s KILL "$TIMEOUT" \
      "$UCSH" -NonInteractive -File "$name.ps1" >"$name.out" 2>"$name.err" </dev/null
    rc=$?
  else
    timeout -s KILL "$TIMEOUT" "$UCSH" -NonInteractive -File "$name.ps1" \
      >"$name.out" 2>"$name.err" </dev/null
    rc=$?
  fi
  end=$(date +%s%N)
  report "$want" "$@"
}

# report WANT TEXT...: judge the run in $rc, $name.out, $name.err, $name.rss.
report() {
  want=$1
  shift
  ms=$(((end - start) / 1000000))
  # /usr/bin/time says "Command terminated by signal N" / "exited with
  # non-zero status" before the figure: the figure is the last line
  kb=$(tail -n 1 "$name.rss" 2>/dev/null)
  case $kb in '' | *[!0-9]*) kb=0 ;; esac
  if grep -q "terminated by signal" "$name.rss" 2>/dev/null; then
    fail "killed by a signal: $(head -n 1 "$name.rss")"
  elif [ "$rc" != "$want" ]; then
    fail "exit code $rc, expected $want"
    head -c 600 "$name.err"
  fi
  for text in "$@"; do
    cat "$name.out" "$name.err" | grep -qF -- "$text" || fail "missing: $text"
  done
  if [ "$SAN" = 0 ] && [ "$kb" -ge "$LIMIT_KB" ]; then
    fail "peak RSS $kb KB (limit $LIMIT_KB KB)"
  fi
  echo "$name: exit $rc, $ms ms, peak $((kb / 1024)) MB"
}

TOO_COMPLEX='Processing was stopped because the script is too complex.'
DEPTH='The script failed due to call depth overflow.'

# ---- deep nesting in the source: a parse error, catchable by the caller ----
if [ -n "$PY" ]; then
  "$PY" - <<'EOF'
n = 100000
open('parens.ps1', 'w').write('$x = ' + '(' * n + '1' + ')' * n + '\n')
open('braces.ps1', 'w').write('$x = ' + '{' * n + '}' * n + '\n')
open('blocks.ps1', 'w').write('if ($true) { ' * n + '1' + ' }' * n + '\n')
open('subexpr.ps1', 'w').write('$x = ' + '$(' * n + '1' + ')' * n + '\n')
open('arrays.ps1', 'w').write('$x = ' + '@(' * n + '1' + ')' * n + '\n')
open('hashes.ps1', 'w').write('$x = ' + '@{a=' * n + '1' + '}' * n + '\n')
open('unary.ps1', 'w').write('$x = ' + '-not ' * n + '1\n')
open('members.ps1', 'w').write('$x = "a"' + '.Length' * n + '\n')
open('indexes.ps1', 'w').write('$x = "a"' + '[0]' * n + '\n')
open('strings.ps1', 'w').write('$x = "' + '$("' * n + 'x' + '")' * n + '"\n')
t = '+'.join(['1'] * 200000)
open('terms.ps1', 'w').write('$x = ' + t + '\n$x\nfunction f { ' + t + ' }\nf\n'
                             + '$y = ' + ' -and '.join(['1'] * 200000) + '\n$y\n')
EOF
  for f in parens braces blocks subexpr arrays hashes unary members indexes strings; do
    # strings nested past the lexer's limit read as unterminated: another
    # parse error, as clean
    msg=$TOO_COMPLEX id=ScriptTooComplicated
    [ $f = strings ] && msg='The string is missing the terminator: ".' id=ParserError
    check $f 1 "$msg" "$id"
    cat >"catch_$f.ps1" <<EOF
try { & ./$f.ps1 } catch { "caught: \$_" }
'after'
EOF
    check "catch_$f" 0 "caught: $msg" after
  done
  # a 200,000-term expression parses and evaluates (no recursion per term)
  check terms 0 200000 True
else
  echo "skip: nesting cases need python3 to write the sources"
fi

# ---- unbounded recursion, on every path that calls script code ----
cat >recursion.ps1 <<'EOF'
function f { f }
try { f } catch { "1: $_ $($_.FullyQualifiedErrorId)" }
$sb = { & $sb }
try { & $sb } catch { "2: $_" }
try { $sb2 = { . $sb2 }; & $sb2 } catch { "3: $_" }
function g { 1 | ForEach-Object { g } }
try { g } catch { "4: $_" }
function g2 { 1 | Where-Object { g2 } }
try { g2 } catch { "5: $_" }
function g3 { $x = (g3); "$(g3)" }
try { g3 } catch { "6: $_" }
function g4 { (1..2).ForEach({ g4 }) }
try { g4 } catch { "7: $_" }
function g5 { 1 | Select-Object @{n='a'; e={ g5 }} }
try { g5 } catch { "8: $_" }
function g6 { 1 | Sort-Object { g6 } }
try { g6 } catch { "9: $_" }
function g7 { @{ a = (g7) } }
try { g7 } catch { "10: $_" }
function g8($n) { g8 -n ($n + 1) }
try { g8 0 } catch { "11: $_" }
filter g9 { $_ | g9 }
try { 1 | g9 } catch { "12: $_" }
'after'
EOF
check recursion 0 "1: $DEPTH CallDepthOverflow" "2: $DEPTH" "3: $DEPTH" "4: $DEPTH" \
  "5: $DEPTH" "6: $DEPTH" "7: $DEPTH" "8: $DEPTH" "9: $DEPTH" "10: $DEPTH" "11: $DEPTH" \
  "12: $DEPTH" after

# uncaught: the script stops with the error, the shell exits 1 (no signal)
printf 'function f { f }\nf\n' >recursion_uncaught.ps1
check recursion_uncaught 0 "$DEPTH"

# ---- self-containing collections: printed, converted, compared ----
cat >selfref.ps1 <<'EOF'
$l = New-Object System.Collections.ArrayList
[void]$l.Add($l)
$l
$l | Format-List
$l | Format-Table
"$l"
($l -eq $l).Count
$l -contains $l
$l | ConvertTo-Json -Depth 100 | Measure-Object | ForEach-Object Count
$h = @{}
$h.me = $h
$h
$h | Format-List
$h | ConvertTo-Json -Depth 100 | Measure-Object | ForEach-Object Count
$h -eq $h
$o = [pscustomobject]@{ me = 1 }
$o.me = $o
$o
"$o".Length -gt 0
$o | ConvertTo-Json | Measure-Object | ForEach-Object Count
$a = @(1, 2)
$a[1] = $a
$a
'after'
EOF
# a collection that holds itself is a reference cycle: reference counting
# cannot free it, so LeakSanitizer is told not to count it here
asan_saved=${ASAN_OPTIONS-}
export ASAN_OPTIONS="${asan_saved:+$asan_saved:}detect_leaks=0"
check selfref 0 after
export ASAN_OPTIONS="$asan_saved"

# ---- deeply nested data (not cyclic): printed, converted, released ----
cat >deepdata.ps1 <<'EOF'
$a = 1; for ($i = 0; $i -lt 100000; $i++) { $a = ,$a }
$a
"$a".Length
($a | ConvertTo-Json -Depth 100 -Compress).Length -gt 0
$a = $null
$h = @{}; for ($i = 0; $i -lt 100000; $i++) { $h = @{ n = $h } }
$h | Format-List | Out-String | ForEach-Object Length
$h = $null
$o = 1; for ($i = 0; $i -lt 100000; $i++) { $o = [pscustomobject]@{ n = $o } }
"$o".Length -gt 0
$o = $null
'after'
EOF
check deepdata 0 after

# ---- a 100 MB string ----
cat >bigstring.ps1 <<'EOF'
$s = 'a' * 100MB
$s.Length
$s = $null
$s = ('a' * 1MB) * 100
$s.Length
$s = $null
$s = ''
for ($i = 0; $i -lt 100; $i++) { $s += 'a' * 1MB }
$s.Length
$s = $null
$s = ''
$p = 'a' * 1MB
for ($i = 0; $i -lt 100; $i++) { $s = $s + $p }
$s.Length
$s = $null
try { $s = 'a' * 1GB } catch { "caught: $_" }
'after'
EOF
check bigstring 0 104857600 "caught: Exception of type 'System.OutOfMemoryException' was thrown." after

# ---- a catastrophic regex stops with a catchable error ----
cat >regex.ps1 <<'EOF'
$s = 'a' * 30 + '!'
try { $s -match '^(a+)+$' } catch { "1: $_" }
try { $s -replace '^(a+)+$', 'x' } catch { "2: $_" }
try { $s -split '^(a+)+$' } catch { "3: $_" }
try { [regex]::Match($s, '^(a+)+$') } catch { "4: $_" }
try { switch -regex ($s) { '^(a+)+$' { 'm' } } } catch { "5: $_" }
'aaa' -match '^(a+)+$'
'after'
EOF
RX='The RegEx engine has timed out while trying to match a pattern to an input string.'
check regex 0 "1: $RX" "2: $RX" "3: $RX" '4: Exception calling "Match" with "2" argument(s): "The RegEx' \
  "5: $RX" True after

# ---- Ctrl+C stops a running loop; the interrupted script exits 130 ----
# intr NAME DELAY_S: start $name.ps1, SIGINT after DELAY_S, expect 130.
intr() {
  name=$1
  "$UCSH" -NonInteractive -File "$name.ps1" >"$name.out" 2>"$name.err" </dev/null &
  pid=$!
  sleep "$2"
  start=$(date +%s%N)
  kill -INT "$pid"
  i=0
  while kill -0 "$pid" 2>/dev/null && [ $i -lt $((TIMEOUT * 100)) ]; do
    sleep 0.01
    i=$((i + 1))
  done
  end=$(date +%s%N)
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid"
    wait "$pid"
    rc=124
  else
    wait "$pid"
    rc=$?
  fi
  : >"$name.rss"
  shift 2
  report 130 "$@"
}
printf 'while ($true) {}\n' >sigint_loop.ps1
intr sigint_loop 0.5
printf 'for (;;) {}\n' >sigint_for.ps1 # a loop that runs no statement or expression
intr sigint_for 0.5
printf '$i = 0\ntry { while ($true) { $i++ } } finally { "finally ran" }\n"not reached"\n' \
  >sigint_finally.ps1
intr sigint_finally 0.5 "finally ran"
grep -q "not reached" sigint_finally.out && fail "the script went on after Ctrl+C"
printf 'function f { while ($true) { 1 } }\nf | ForEach-Object { $_ } | Out-Null\n' >sigint_pipe.ps1
intr sigint_pipe 0.5
printf 'Start-Sleep -Seconds 30\n' >sigint_sleep.ps1
intr sigint_sleep 0.5

if [ "$fails" -gt 0 ]; then
  echo "$fails failure(s)"
  exit 1
fi
echo "all limits held"
