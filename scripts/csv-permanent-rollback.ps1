# source: issue 6 point 6 (a permanent rollback of a CSV list with error handling); seed 001 (JJ688083, "Rolling Back the Unified Contact Store"); seed 000 (JJ205224); ucs-model.md RB1 RB2 RB3 RB4 E5
<#
.SYNOPSIS
Rolls the users of a CSV file back from the unified contact store, for good.
.DESCRIPTION
For each user of the file: grant a policy that does not allow the unified
contact store (without it the rollback is temporary, RB2), then run
Invoke-CsUcsRollback (never with -Force: the contacts would be lost, RB4).
Errors are caught per user; a results CSV says what happened to each.
.PARAMETER CsvPath
The users (a SipAddress column). Default: users.csv beside this runbook.
.PARAMETER ResultsPath
Where the results go. Default: C:\Logs\rollback-results.csv (a lab file).
#>
[CmdletBinding(SupportsShouldProcess)]
param(
  [string]$CsvPath = "$PSScriptRoot/users.csv",
  [string]$ResultsPath = "C:\Logs\rollback-results.csv"
)
# Invoke-CsUcsRollback asks for each user by default; this runbook answers
# for the operator (remove this line to be asked).
$ConfirmPreference = 'None'

# --- Lab steps: the users first migrate (so that there is something to roll back)
if (-not $WhatIfPreference) {
  foreach ($u in Import-Csv -Path $CsvPath) {
    Connect-CsLabClient -Identity $u.SipAddress -ErrorAction SilentlyContinue
  }
  Skip-CsLabTime -Minutes 10 | Out-Null
}

# --- The policy that stops UCS (created once) ------------------------------
if (-not (Get-CsUserServicesPolicy -Filter "Tag:NoUnifiedContactStore")) {
  New-CsUserServicesPolicy -Identity NoUnifiedContactStore -UcsAllowed $False | Out-Null
}

# --- Policy first, then the rollback, user by user --------------------------
# Expect RolledBack for the users in the unified contact store, NothingToDo
# for those whose contacts are in Lync Server already (a warning, RB8), and
# Failed for "Nobody Here" (not in the directory); the loop goes on.
$results = foreach ($u in Import-Csv -Path $CsvPath) {
  $row = [ordered]@{ SipAddress = $u.SipAddress; Result = ''; Error = '' }
  try {
    Grant-CsUserServicesPolicy -Identity $u.SipAddress -PolicyName NoUnifiedContactStore -ErrorAction Stop
    Invoke-CsUcsRollback -Identity $u.SipAddress -ErrorAction Stop -WarningVariable w -WarningAction SilentlyContinue
    $row.Result = if ($w.Count -and $w[0] -like '*nothing to roll back*') { 'NothingToDo' } else { 'RolledBack' }
  } catch {
    $row.Result = 'Failed'
    $row.Error = $_.Exception.Message
  }
  [pscustomobject]$row
}
$results | Export-Csv -Path $ResultsPath -NoTypeInformation
$results | Format-Table SipAddress, Result -AutoSize

# --- Lab steps: five minutes later the rollbacks are complete, and after the
# 7-day check nobody migrates again (the policy stops it: permanent, RB3).
if (-not $WhatIfPreference) {
  Skip-CsLabTime -Days 8 | Out-Null
  Import-Csv -Path $CsvPath | ForEach-Object { Get-CsLabUser -Identity $_.SipAddress -ErrorAction SilentlyContinue } |
    Format-Table DisplayName, ContactStore, UserServicesPolicy -AutoSize
}
