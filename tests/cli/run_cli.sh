#!/bin/sh
# run_cli.sh UCSH - the command line as pwsh users know it: -Command (and
# -Command -), -File with arguments, a script on stdin, -Version, -Help,
# exit codes, encodings. Prints "N passed, N failed".
ucsh=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

check() { # check NAME WANT_CODE WANT_STDOUT [STDERR_NEEDLE] -- runs "$tmp/cmd"
  name=$1 want_code=$2 want_out=$3 needle=${4:-}
  sh "$tmp/cmd" >"$tmp/out" 2>"$tmp/err" </dev/null
  code=$?
  out=$(cat "$tmp/out")
  ok=1
  [ "$code" = "$want_code" ] || { echo "FAIL $name: exit $code, want $want_code"; ok=0; }
  [ "$out" = "$want_out" ] || { echo "FAIL $name: stdout [$out], want [$want_out]"; ok=0; }
  if [ -n "$needle" ]; then
    grep -qF -- "$needle" "$tmp/err" || { echo "FAIL $name: stderr lacks [$needle]:"; cat "$tmp/err"; ok=0; }
  elif [ -s "$tmp/err" ]; then
    echo "FAIL $name: unexpected stderr:"; cat "$tmp/err"; ok=0
  fi
  if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
}

cmd() { printf '%s\n' "$*" >"$tmp/cmd"; }

cmd "'$ucsh' -Command 'Write-Output (2+2)'"
check command_expr 0 4

cmd "'$ucsh' -c 'Write-Output 2+2'"
check command_prefix_and_argument_mode 0 2+2

cmd "printf 'Write-Output a\nWrite-Output b\n' | '$ucsh' -Command -"
check command_from_stdin 0 "a
b"

cmd "printf '\$x = 5\n\$x * 2\n' | '$ucsh'"
check script_on_stdin 0 10

cmd "'$ucsh' -Command 'exit 7'"
check command_exit_code 7 ""

# -Command: the exit code follows \$? of the last statement (about_Pwsh).
cmd "'$ucsh' -Command '1/0; \"after\"'"
check command_last_ok_exit_0 0 after "Attempted to divide by zero."
cmd "'$ucsh' -Command '\"before\"; 1/0'"
check command_last_failed_exit_1 1 before "Attempted to divide by zero."

# The documented UCS line with en dashes runs verbatim (seed 001): it unassigns
# Ken Myer's per-user policy and prints nothing.
printf '%s\n' "'$ucsh' -Command 'Grant-CsUserServicesPolicy –Identity \"Ken Myer\" –PolicyName \$Null'" >"$tmp/cmd"
check grant_en_dash_runs 0 ""

cmd "'$ucsh' -Command 'if (\$true) {'"
check command_parse_error 1 "" "Missing closing '}' in statement block or type definition."

cmd "'$ucsh' -Version"
check version 0 "ucsh 0.1.0"

cmd "'$ucsh' -Help | head -1"
check help 0 "Usage: ucsh [-File] FILE.ps1 [args...]"

cmd "'$ucsh' -NoSuchOption"
check bad_option 64 "" "unknown option '-NoSuchOption'"

cmd "'$ucsh' -File '$tmp/missing.ps1'"
check missing_file 64 "" "does not exist"

printf 'param($Name, [int]$Count = 1)\n"$Name x $Count"\n$args.Count\n' >"$tmp/p.ps1"
cmd "'$ucsh' '$tmp/p.ps1' -Name Ken -Count 3"
check script_params 0 "Ken x 3
0"

cmd "'$ucsh' -File '$tmp/p.ps1' Ken"
check script_positional 0 "Ken x 1
0"

printf 'throw "boom"\n' >"$tmp/t.ps1"
cmd "'$ucsh' '$tmp/t.ps1'"
check uncaught_throw_exit_1 1 "" "boom"

# UTF-16LE with BOM and CRLF line endings
printf "\377\376'\000c\000a\000f\000\351\000'\000\r\000\n\000" >"$tmp/u16.ps1"
cmd "'$ucsh' '$tmp/u16.ps1'"
check utf16le_bom 0 "café"

printf '\357\273\277"bom ok"\r\n"crlf ok"\r\n' >"$tmp/u8.ps1"
cmd "'$ucsh' '$tmp/u8.ps1'"
check utf8_bom_crlf 0 "bom ok
crlf ok"

# Confirmation prompts read answers from stdin when it is not -NonInteractive
# (a rehearsal can pipe them in); the answers are echoed.
printf '%s\n' 'function Remove-Thing { [CmdletBinding(SupportsShouldProcess, ConfirmImpact="High")] param($Name)' \
  '  if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" } }' 'Remove-Thing a' 'Remove-Thing b' >"$tmp/sp.ps1"
cmd "printf 'n\\ny\\n' | '$ucsh' '$tmp/sp.ps1' | grep -E '^(removed|\\[Y\\])'"
check confirm_answers_from_stdin 0 '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): n
[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): y
removed b'

# A lab store path that is a directory is refused with a clear message.
cmd "'$ucsh' -NonInteractive -Store '$tmp' -Command 'Get-CsLabClock'"
check store_is_directory 1 "" "is a directory, not a file"

# The minimal REPL on a real terminal (util-linux `script` gives it a pty):
# a multi-line foreach typed line by line gets ">> " continuation prompts.
if command -v script >/dev/null 2>&1; then
  printf 'foreach ($i in 1..2) {\n"n=$i"\n}\nexit 3\n' |
    script -qec "'$ucsh'" /dev/null >"$tmp/repl" 2>&1
  code=$?
  tr -d '\r' <"$tmp/repl" >"$tmp/repl2"
  if [ "$code" = 3 ] && grep -q 'PS> >> >> n=1' "$tmp/repl2" && grep -qx 'n=2' "$tmp/repl2"; then
    pass=$((pass + 1))
  else
    echo "FAIL repl_continuation: exit $code, output:"; cat "$tmp/repl2"; fail=$((fail + 1))
  fi
else
  echo "SKIP repl_continuation: no 'script' command"
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
