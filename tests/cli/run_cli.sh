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

# -Confirm answered at the prompt, for every ShouldProcess cmdlet (golden cases
# run -NonInteractive with no stdin, so they cannot answer). Y and N act on one
# record, A (Yes to All) and L (No to All) on the rest of the pipeline without
# asking again. Shown: the "Performing the operation" line of each prompt that
# appeared and the "R:" observations the script prints.
confirm() { # confirm NAME ANSWERS SCRIPT WANT
  cmd "printf '$2' | '$ucsh' -Store :memory: '$tmp/$3' | grep -E '^(R:|Performing)'"
  check "$1" 0 "$4"
}
ken="CN=Ken Myer,CN=Users,DC=litwareinc,DC=com"
robin="CN=Robin Wood,CN=Users,DC=litwareinc,DC=com"
pilar="CN=Pilar Ackerman,CN=Users,DC=litwareinc,DC=com"
aidan="CN=Aidan Delaney,CN=Users,DC=litwareinc,DC=com"
lisa="CN=Lisa Jacobson,CN=Users,DC=litwareinc,DC=com"
# RB5: Invoke-CsUcsRollback asks once per user by default (ConfirmImpact High).
cat >"$tmp/rb5.ps1" <<'EOF'
Get-CsUser -Identity "Ken Myer", "Robin Wood", "Toni Poe" | Connect-CsLabClient
Skip-CsLabTime -Minutes 10
Get-CsUser -Identity "Ken Myer", "Robin Wood", "Toni Poe" | Invoke-CsUcsRollback -WarningAction SilentlyContinue
Get-CsLabUser -Identity "Ken Myer", "Robin Wood", "Toni Poe" | ForEach-Object { "R: $($_.DisplayName) $($_.ContactStore)" }
EOF
rb="Performing the operation \"Invoke-CsUcsRollback\" on target"
confirm confirm_rollback_y_n_y 'y\nn\ny\n' rb5.ps1 "$rb \"$ken\".
$rb \"$robin\".
$rb \"CN=Toni Poe,CN=Users,DC=litwareinc,DC=com\".
R: Ken Myer RollingBack
R: Robin Wood UnifiedContactStore
R: Toni Poe RollingBack"
confirm confirm_rollback_n_then_yes_to_all 'n\na\n' rb5.ps1 "$rb \"$ken\".
$rb \"$robin\".
R: Ken Myer UnifiedContactStore
R: Robin Wood RollingBack
R: Toni Poe RollingBack"
confirm confirm_rollback_no_to_all 'l\n' rb5.ps1 "$rb \"$ken\".
R: Ken Myer UnifiedContactStore
R: Robin Wood UnifiedContactStore
R: Toni Poe UnifiedContactStore"
# Move-CsUser prompts by default: Y moves Pilar, L keeps the other two.
cat >"$tmp/move.ps1" <<'EOF'
Get-CsUser -Identity "Pilar Ackerman", "Aidan Delaney", "Lisa Jacobson" | Move-CsUser -Target "atl-cs-002.litwareinc.com"
Get-CsUser -Identity "Pilar Ackerman", "Aidan Delaney", "Lisa Jacobson" | ForEach-Object { "R: $($_.DisplayName) $($_.RegistrarPool)" }
EOF
confirm confirm_move_y_then_no_to_all 'y\nl\n' move.ps1 "Performing the operation \"Move-CsUser\" on target \"$pilar\".
Performing the operation \"Move-CsUser\" on target \"$aidan\".
R: Pilar Ackerman atl-cs-002.litwareinc.com
R: Aidan Delaney atl-cs-001.litwareinc.com
R: Lisa Jacobson atl-cs-001.litwareinc.com"
# Grant-CsUserServicesPolicy -Confirm through a pipeline (its batching keeps per-user answers).
cat >"$tmp/grant.ps1" <<'EOF'
Get-CsUser -Identity "Pilar Ackerman", "Aidan Delaney", "Lisa Jacobson" | Grant-CsUserServicesPolicy -PolicyName "UCS Enabled Users" -Confirm
Get-CsUser -Identity "Pilar Ackerman", "Aidan Delaney", "Lisa Jacobson" | ForEach-Object { "R: $($_.DisplayName) [$($_.UserServicesPolicy)]" }
EOF
gr="Performing the operation \"Grant-CsUserServicesPolicy\" on target"
confirm confirm_grant_n_y_n 'n\ny\nn\n' grant.ps1 "$gr \"$pilar\".
$gr \"$aidan\".
$gr \"$lisa\".
R: Pilar Ackerman []
R: Aidan Delaney [UCS Enabled Users]
R: Lisa Jacobson []"
# New/Set/Remove-CsUserServicesPolicy -Confirm.
cat >"$tmp/policy.ps1" <<'EOF'
New-CsUserServicesPolicy -Identity "site:Redmond" -Confirm | Out-Null
"R: $((Get-CsUserServicesPolicy -Filter 'site:*' | Measure-Object).Count)"
New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed $False -Confirm | Out-Null
New-CsUserServicesPolicy -Identity "site:Dallas" -Confirm:$False | Out-Null
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False -Confirm
Set-CsUserServicesPolicy -Identity "site:Redmond" -MigrationDelayInDays 5 -Confirm
Get-CsUserServicesPolicy -Filter "[gs]*" | ForEach-Object { "R: $($_.Identity) $($_.UcsAllowed) $($_.MigrationDelayInDays)" }
Get-CsUserServicesPolicy -Filter "site:*" | Remove-CsUserServicesPolicy -Confirm
"R: $((Get-CsUserServicesPolicy -Filter 'site:*' | Measure-Object).Count)"
EOF
confirm confirm_policy_new_set_remove 'n\ny\ny\nn\na\n' policy.ps1 'Performing the operation "New-CsUserServicesPolicy" on target "Site:Redmond".
R: 0
Performing the operation "New-CsUserServicesPolicy" on target "Site:Redmond".
Performing the operation "Set-CsUserServicesPolicy" on target "Global".
Performing the operation "Set-CsUserServicesPolicy" on target "Site:Redmond".
R: Global False 0
R: Site:Redmond False 0
R: Site:Dallas True 0
Performing the operation "Remove-CsUserServicesPolicy" on target "Site:Redmond".
R: 0'
# Disable-, Set-, Enable-CsUser -Confirm.
cat >"$tmp/user.ps1" <<'EOF'
Disable-CsUser -Identity "Pilar Ackerman" -Confirm
"R: $(@(Get-CsUser -Identity 'Pilar Ackerman').Count)"
Set-CsUser -Identity "Pilar Ackerman" -EnterpriseVoiceEnabled $True -Confirm
"R: $((Get-CsUser -Identity 'Pilar Ackerman').EnterpriseVoiceEnabled)"
Disable-CsUser -Identity "Pilar Ackerman" -Confirm:$False
Enable-CsUser -Identity "Pilar Ackerman" -RegistrarPool "atl-cs-002.litwareinc.com" -SipAddressType UserPrincipalName -Confirm
"R: $((Get-CsUser -Identity 'Pilar Ackerman').RegistrarPool)"
EOF
confirm confirm_user_disable_set_enable 'n\ny\ny\n' user.ps1 "Performing the operation \"Disable-CsUser\" on target \"$pilar\".
R: 1
Performing the operation \"Set-CsUser\" on target \"$pilar\".
R: True
Performing the operation \"Enable-CsUser\" on target \"Pilar Ackerman\".
R: atl-cs-002.litwareinc.com"
# Update-CsUserData, New-MoveRequest and Reset-CsLab -Confirm.
cat >"$tmp/misc.ps1" <<'EOF'
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Backup.zip"
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Update-CsUserData -FileName "C:\Logs\Backup.zip" -UserFilter "kenmyer@litwareinc.com" -Confirm -WarningAction SilentlyContinue
"R: $((Get-CsLabUser -Identity 'Ken Myer').DataCondition)"
New-MoveRequest -Identity "Pilar Ackerman" -TargetDatabase DB2010 -Confirm | Out-Null
"R: $((Get-Mailbox -Identity 'Pilar Ackerman').Database)"
Reset-CsLab -Confirm
"R: $((Get-CsLabUser -Identity 'Ken Myer').ContactStore)"
Reset-CsLab -Confirm
"R: $((Get-CsLabUser -Identity 'Ken Myer').ContactStore)"
EOF
confirm confirm_update_moverequest_reset 'n\ny\nn\ny\n' misc.ps1 'Performing the operation "Update-CsUserData" on target "C:\Logs\Backup.zip".
R: Ok
Performing the operation "New-MoveRequest" on target "litwareinc.com/Users/Pilar Ackerman".
R: DB2010
Performing the operation "Restore the default lab" on target "lab store :memory:".
R: UnifiedContactStore
Performing the operation "Restore the default lab" on target "lab store :memory:".
R: LyncServer'

# A lab store path that is a directory is refused with a clear message.
cmd "'$ucsh' -NonInteractive -Store '$tmp' -Command 'Get-CsLabClock'"
check store_is_directory 1 "" "is a directory, not a file"

# A bad store file is refused by every Lync command (a statement-terminating
# error, the script goes on), left byte for byte unchanged, and never opened
# by a script without Lync commands. The files: a text file, our store with a
# newer schema version (header bytes 60-63), with another program's
# application id (bytes 68-71), and cut short (damaged).
"$ucsh" -Store "$tmp/lab.db" -Command 'Get-CsLabClock' >/dev/null 2>&1
printf 'notes, not a lab\n' >"$tmp/text.db"
cp "$tmp/lab.db" "$tmp/newer.db"
printf '\000\000\000\143' | dd of="$tmp/newer.db" bs=1 seek=60 conv=notrunc 2>/dev/null
cp "$tmp/lab.db" "$tmp/foreign.db"
printf '\001\002\003\004' | dd of="$tmp/foreign.db" bs=1 seek=68 conv=notrunc 2>/dev/null
head -c 40000 "$tmp/lab.db" >"$tmp/short.db"
refused() { # refused NAME FILE NEEDLE: the last command fails, the file is unchanged
  cp "$tmp/$2" "$tmp/$2.bak"
  cmd "'$ucsh' -NonInteractive -Store '$tmp/$2' -Command 'Get-CsUser; \"goes on\"; Get-CsLabClock'; rc=\$?; cmp -s '$tmp/$2' '$tmp/$2.bak' && echo unchanged; exit \$rc"
  check "$1" 1 "goes on
unchanged" "$3"
}
refused store_text_file_refused text.db "is not a ucsh lab store (not a SQLite database); it was left unchanged."
refused store_newer_schema_refused newer.db "was written by a newer ucsh (schema version 99;"
refused store_foreign_sqlite_refused foreign.db "is a SQLite database but not a ucsh lab store"
refused store_damaged_refused short.db "is damaged"
cmd "UCSH_STORE='$tmp/text.db' '$ucsh' -NonInteractive -Command 'Get-CsLabClock'"
check store_env_path_refused 1 "" "FullyQualifiedErrorId : LabStoreUnavailable"
cmd "'$ucsh' -NonInteractive -Store '$tmp/newer.db' -Command '\"no Lync command\"'"
check store_not_opened_without_lync 0 "no Lync command"

# ucsh -Check (issue 6 point 4): findings as path:line:col lines; exit 1
# only when there are errors (parse errors, unknown commands/parameters).
printf '# one error, one warning\nGet-CsUserr\nInvoke-CsUcsRollback -Identity x -Force -Confirm:$False\n' \
  >"$tmp/rb.ps1"
cmd "'$ucsh' -Store :memory: -Check '$tmp/rb.ps1'"
check check_errors 1 "$tmp/rb.ps1:2:1: error Command: The term 'Get-CsUserr' is not recognized as the name of a cmdlet, function, script file, or operable program.
$tmp/rb.ps1:3:1: warning RB4: Invoke-CsUcsRollback -Force discards the contacts held in the unified contact store: the users lose them (seed 000 advises against -Force).
$tmp/rb.ps1: 1 error(s), 1 warning(s)"
printf 'Invoke-CsUcsRollback -Identity x -Force\n' >"$tmp/rb2.ps1"
cmd "'$ucsh' -Store :memory: -Check '$tmp/rb2.ps1' >'$tmp/o'; rc=\$?; tail -n 1 '$tmp/o'; exit \$rc"
check check_warnings_only 0 "$tmp/rb2.ps1: 0 error(s), 1 warning(s)"

# ucsh -DryRun (issue 6 point 4): the runbook on a copy of the lab, the clock
# 8 days on, each user's timeline; the real store keeps its users, clock and
# event log.
"$ucsh" -Store "$tmp/dry.db" -Command 'Get-CsLabClock' >/dev/null 2>&1
state='@(Get-CsLabEvent).Count; Get-CsLabClock; (Get-CsLabUser | ForEach-Object ContactStore) -join ","'
before=$("$ucsh" -Store "$tmp/dry.db" -Command "$state" 2>&1)
printf 'param($Who)\nConnect-CsLabClient -Identity $Who\n"signed in $Who"\nexit 3\n' >"$tmp/dry.ps1"
cmd "'$ucsh' -Store '$tmp/dry.db' -DryRun '$tmp/dry.ps1' -Who 'Robin Wood' | head -n 7"
check dry_run_timeline 0 "signed in Robin Wood

Dry run: what the runbook did, and what follows in the next 8 simulated days
(on a throwaway copy of the lab; the real store is untouched):

sip:robinwood@litwareinc.com
  2/1/2013 9:00:00 AM  Migration to the unified contact store started: signed in with Lync 2013 and every precondition is met (M1, M3)."
"$ucsh" -Store "$tmp/dry.db" -DryRun "$tmp/dry.ps1" -Who 'Robin Wood' >/dev/null 2>&1
code=$?
after=$("$ucsh" -Store "$tmp/dry.db" -Command "$state" 2>&1)
if [ "$code" = 3 ] && [ "$before" = "$after" ] && [ -n "$before" ]; then
  pass=$((pass + 1))
else
  echo "FAIL dry_run_store_untouched: exit $code; before [$before] after [$after]"
  fail=$((fail + 1))
fi

# ucsh -WhatIf FILE (issue 6 point 3): the runbook with $WhatIfPreference on,
# on a copy of the lab: its What if lines and the lab steps' changes; the
# real store is untouched.
printf 'param($Who)\nGrant-CsUserServicesPolicy -Identity $Who -PolicyName "UCS Enabled Users"\nConnect-CsLabClient -Identity $Who\n' >"$tmp/wi.ps1"
cmd "'$ucsh' -Store '$tmp/dry.db' -WhatIf '$tmp/wi.ps1' -Who 'Pilar Ackerman'"
check whatif_preview 0 'What if: Performing the operation "Grant-CsUserServicesPolicy" on target "CN=Pilar Ackerman,CN=Users,DC=litwareinc,DC=com".

What-if preview: the What if lines above are the changes the runbook would make;
changes made anyway (lab steps) went to a throwaway copy of the lab:

sip:pilarackerman@litwareinc.com
  2/1/2013 9:00:00 AM  Migration to the unified contact store started: signed in with Lync 2013 and every precondition is met (M1, M3).'
after=$("$ucsh" -Store "$tmp/dry.db" -Command "$state" 2>&1)
if [ "$before" = "$after" ]; then pass=$((pass + 1)); else
  echo "FAIL whatif_store_untouched: before [$before] after [$after]"; fail=$((fail + 1)); fi

# The REPL on a real terminal (util-linux `script` gives it a pty): a
# multi-line foreach typed line by line gets ">> " continuation prompts.
# libedit echoes each line after its prompt; the terminal's own echo is off
# (`stty -echo`) so that input written ahead of the prompt is not echoed
# early. No history file, no colour, a throwaway lab. (The full terminal
# tests, keys and Tab included, are tests/pty.)
if command -v script >/dev/null 2>&1; then
  printf 'foreach ($i in 1..2) {\n"n=$i"\n}\nexit 3\n' |
    UCSH_STORE=:memory: UCSH_HISTORY= NO_COLOR=1 \
      script -qec "stty -echo; exec '$ucsh'" /dev/null >"$tmp/repl" 2>&1
  code=$?
  tr -d '\r' <"$tmp/repl" >"$tmp/repl2"
  want='PS C:\> foreach ($i in 1..2) {
>> "n=$i"
>> }
n=1
n=2
PS C:\> exit 3'
  if [ "$code" = 3 ] && [ "$(sed -n '/^PS C:/,$p' "$tmp/repl2")" = "$want" ]; then
    pass=$((pass + 1))
  else
    echo "FAIL repl_continuation: exit $code, output:"; cat "$tmp/repl2"; fail=$((fail + 1))
  fi
else
  echo "SKIP repl_continuation: no 'script' command"
fi

# The history file (issue 5 point 1): created mode 0600 with its folder;
# lines that look like secrets are not written; cut to its last 2,000
# lines when a shell loads it.
if command -v script >/dev/null 2>&1; then
  hist=$tmp/state/ucsh/history
  printf '"kept"\n$p = ConvertTo-SecureString x -AsPlainText -Force\n$apiKey = 1\nexit\n' |
    UCSH_STORE=:memory: XDG_STATE_HOME=$tmp/state NO_COLOR=1 \
      env -u UCSH_HISTORY script -qec "stty -echo; exec '$ucsh'" /dev/null >/dev/null 2>&1
  got=$(cat "$hist" 2>/dev/null | tr '\n' '|')
  mode=$(stat -c %a "$hist" 2>/dev/null)
  seq 1 2500 | sed 's/^/"line /; s/$/"/' >"$tmp/h2500"
  printf 'exit\n' | UCSH_STORE=:memory: UCSH_HISTORY=$tmp/h2500 NO_COLOR=1 \
    script -qec "stty -echo; exec '$ucsh'" /dev/null >/dev/null 2>&1
  lines=$(wc -l <"$tmp/h2500")
  first=$(head -n 1 "$tmp/h2500")
  if [ "$got" = '"kept"|exit|' ] && [ "$mode" = 600 ] && [ "$lines" = 2001 ] &&
     [ "$first" = '"line 501"' ]; then
    pass=$((pass + 1))
  else
    echo "FAIL repl_history_file: [$got] mode $mode, $lines lines, first [$first]"
    fail=$((fail + 1))
  fi
fi

# Colour on a terminal (issue 5 point 5): errors red, warnings yellow, the
# banner dim; none with NO_COLOR, and none through pipes (the golden tests).
if command -v script >/dev/null 2>&1; then
  esc=$(printf '\033')
  printf 'Write-Warning careful\n1/0\nexit\n' |
    UCSH_STORE=:memory: UCSH_HISTORY= script -qec "stty -echo; exec '$ucsh'" /dev/null \
      >"$tmp/color" 2>&1
  printf 'Write-Warning careful\n1/0\nexit\n' |
    NO_COLOR=1 UCSH_STORE=:memory: UCSH_HISTORY= script -qec "stty -echo; exec '$ucsh'" \
      /dev/null >"$tmp/nocolor" 2>&1
  if grep -qF "${esc}[33mWARNING: careful${esc}[0m" "$tmp/color" &&
     grep -qF "${esc}[31mAttempted to divide by zero.${esc}[0m" "$tmp/color" &&
     grep -qF "${esc}[2mucsh " "$tmp/color" &&
     ! grep -q "${esc}\[\(3[13]\|2\)m" "$tmp/nocolor" &&
     grep -qF "WARNING: careful" "$tmp/nocolor"; then
    pass=$((pass + 1))
  else
    echo "FAIL repl_colour:"; cat -v "$tmp/color" "$tmp/nocolor"; fail=$((fail + 1))
  fi
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
