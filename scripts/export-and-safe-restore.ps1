# source: issue 6 point 6 (a pre-change export and a safe restore); lync-server-2013-backing-up-core-data-and-settings.md (Hh202170 step 8); lync-server-2013-restoring-a-standard-edition-server.md (Hh202190 step 6); seed 000 (JJ205224, the import warning); ucs-model.md BK1 BK2 RB1 RB3
<#
.SYNOPSIS
Exports a pool's user data before a change, and restores it only when that is
safe: when no user's contact store changed since the export.
.DESCRIPTION
Seed 000: importing user data exported before the contact store mode changed
corrupts the contacts (BK1). So the export is saved together with each user's
contact store at that time, and the restore compares: if a user's contact
store differs now, the restore is refused, naming the users; after they are
back in the mode of the export, it goes ahead.
.PARAMETER PoolFqdn
The pool.
#>
[CmdletBinding(SupportsShouldProcess)]
param([string]$PoolFqdn = "atl-cs-001.litwareinc.com")
$ConfirmPreference = 'None'
$export = "C:\Logs\ExportedUserData.zip"
$modes = "C:\Logs\ExportedUserData-modes.csv"

function Save-Export {
  Export-CsUserData -PoolFqdn $PoolFqdn -FileName $export
  Get-CsUser -Filter {RegistrarPool -eq $PoolFqdn} | ForEach-Object { Get-CsLabUser -Identity $_.SipAddress } |
    Select-Object SipAddress, ContactStore | Export-Csv -Path $modes -NoTypeInformation
  "Exported $PoolFqdn with $(@(Import-Csv $modes).Count) users' contact stores."
}

function Restore-IfSafe {
  $changed = @(Import-Csv -Path $modes | Where-Object {
    (Get-CsLabUser -Identity $_.SipAddress).ContactStore -ne $_.ContactStore })
  if ($changed.Count) {
    Write-Warning ("Not restoring: the contact store changed since the export for " +
      (($changed | ForEach-Object SipAddress) -join ', ') + " (BK1).")
    return
  }
  Import-CsUserData -PoolFqdn $PoolFqdn -FileName $export
  "Restored $PoolFqdn from $export."
}

# --- Before the change --------------------------------------------------------
Save-Export

# --- The change: Ken signs in with Lync 2013 and migrates (lab steps) --------
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10 | Out-Null

# --- A restore now would be unsafe: refused, naming Ken ----------------------
Restore-IfSafe

# --- Back to the mode of the export: policy, rollback, 5 minutes -------------
if (-not (Get-CsUserServicesPolicy -Filter "Tag:NoUnifiedContactStore")) {
  New-CsUserServicesPolicy -Identity NoUnifiedContactStore -UcsAllowed $False | Out-Null
}
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName NoUnifiedContactStore -WarningAction SilentlyContinue
Invoke-CsUcsRollback -Identity "Ken Myer" -WarningAction SilentlyContinue
Skip-CsLabTime -Minutes 5 | Out-Null

# --- Now it is safe: the restore goes ahead, and Ken's data stays Ok --------
Restore-IfSafe
Get-CsLabUser "Ken Myer" | Format-List DisplayName, ContactStore, ContactCount, DataCondition
