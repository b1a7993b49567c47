# A runbook whose rollback is in a function called after the policy change.
function Undo-Ucs([string]$Who) {
  Invoke-CsUcsRollback -Identity $Who -Confirm:$False -ErrorAction Stop
}
Set-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $False
foreach ($u in Get-CsUser -Filter {UserServicesPolicy -eq "UCS Enabled Users"}) { Undo-Ucs $u.SipAddress }
