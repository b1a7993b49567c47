# source: issue 6 point 4 (the checker's findings: RB2, RB4, RB7/EX1, BK1, E5, unknown cmdlets and parameters, parse errors, with line and column); ucs-model.md RB2 RB4 RB7 EX1 BK1 E5
# Every file of tests/checker/bad gets its finding; tests/checker/good gets none.
$bad = 'rb2_rollback_without_policy_change', 'rb4_rollback_force', 'rb7_move_to_2010_without_rollback',
  'ex1_mailbox_to_2010_without_rollback', 'bk1_import_after_rollback',
  'e5_policy_change_expected_to_move_contacts', 'e5_grant_of_a_denying_policy',
  'unknown_command_and_parameter', 'parse_error'
$good = 'permanent_rollback', 'rollback_then_move_to_2010', 'csv_runbook_with_function'
function Show($dir, $name) {
  $f = @(Test-CsLabRunbook "$PSScriptRoot/../../checker/$dir/$name.ps1")
  "{0}/{1}: {2}" -f $dir, $name, (($f | ForEach-Object { "$($_.Severity) $($_.Rule) $($_.Line):$($_.Column)" }) -join ', ')
}
foreach ($n in $bad) { Show bad $n }
foreach ($n in $good) { Show good $n }
$one = Test-CsLabRunbook "$PSScriptRoot/../../checker/bad/unknown_command_and_parameter.ps1"
$one | ForEach-Object { $_.Message }
