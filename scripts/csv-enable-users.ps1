# source: issue 6 point 6 (bulk enablement from a CSV); seed 001 (JJ688083: per-user policy that allows UCS); ucs-model.md E1 E3 M1 M2 M3 M4; powershell.md 7 (Import-Csv, Export-Csv)
<#
.SYNOPSIS
Enables the unified contact store for the users listed in a CSV file.
.DESCRIPTION
Reads a CSV file with a SipAddress column, grants each user a user services
policy that allows the unified contact store, and writes a results CSV (one
row per user: Granted or the error). Users migrate at their next Lync 2013
sign-in, when the other preconditions hold (M1-M3).
.PARAMETER CsvPath
The users (a SipAddress column). Default: users.csv beside this runbook.
.PARAMETER PolicyName
The per-user policy to grant; created with UcsAllowed $True when missing.
.PARAMETER ResultsPath
Where the results go. Default: C:\Logs\enable-results.csv (a lab file).
.EXAMPLE
ucsh -Store :memory: scripts/csv-enable-users.ps1 -WhatIf
#>
[CmdletBinding(SupportsShouldProcess)]
param(
  [string]$CsvPath = "$PSScriptRoot/users.csv",
  [string]$PolicyName = "AllowUnifiedContactStore",
  [string]$ResultsPath = "C:\Logs\enable-results.csv"
)

# --- The policy --------------------------------------------------------------
# Expect it to be created once (Tag:AllowUnifiedContactStore, UcsAllowed True).
if (-not (Get-CsUserServicesPolicy -Filter "Tag:$PolicyName")) {
  New-CsUserServicesPolicy -Identity $PolicyName -UcsAllowed $True | Out-Null
}

# --- Grant it to each user of the file; record what happened ---------------
# Expect "Granted" for the lab's users and an error row for "Nobody Here",
# whose SIP address is not in the directory; the loop goes on (try/catch with
# -ErrorAction Stop per user).
$results = foreach ($u in Import-Csv -Path $CsvPath) {
  try {
    Grant-CsUserServicesPolicy -Identity $u.SipAddress -PolicyName $PolicyName -ErrorAction Stop
    [pscustomobject]@{ SipAddress = $u.SipAddress; Result = 'Granted'; Error = '' }
  } catch {
    [pscustomobject]@{ SipAddress = $u.SipAddress; Result = 'Failed'; Error = $_.Exception.Message }
  }
}
$results | Export-Csv -Path $ResultsPath -NoTypeInformation
$results | Format-Table SipAddress, Result -AutoSize

# --- Lab steps: the users sign in with Lync 2013, ten minutes pass ----------
# Expect Ken, Pilar and Robin in the unified contact store; Aidan stays in
# Lync Server (his mailbox is on Exchange 2010, M1), Jonathan too (no mailbox).
if (-not $WhatIfPreference) {
  Import-Csv -Path $CsvPath | Where-Object { Get-CsUser -Identity $_.SipAddress -ErrorAction SilentlyContinue } |
    ForEach-Object { Connect-CsLabClient -Identity $_.SipAddress }
  Skip-CsLabTime -Minutes 10 | Out-Null
  Import-Csv -Path $CsvPath | ForEach-Object { Get-CsLabUser -Identity $_.SipAddress -ErrorAction SilentlyContinue } |
    Format-Table DisplayName, ContactStore, UserServicesPolicy -AutoSize
}
"Results written to $ResultsPath ($(@(Import-Csv $ResultsPath).Count) rows)."
