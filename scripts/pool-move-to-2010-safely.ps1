# source: issue 6 point 6 (a pool-wide Move-CsUser to Lync Server 2010 done safely); seed 000 (JJ205224, "To roll back user contacts from Lync Server 2013 to Lync Server 2010"); ucs-model.md RB1 RB3 RB7 MV1 MV3 E5
<#
.SYNOPSIS
Moves every user of a Lync Server 2013 pool to a Lync Server 2010 pool, the
way seed 000 says: the contacts rolled back first.
.DESCRIPTION
1. Users whose contacts are in the unified contact store get a policy that
   does not allow it (else they migrate again later, RB2) and are rolled back.
2. The runbook waits until no rollback is in progress (in the lab: the clock
   moves 5 minutes; in production you would check Get-CsLabUser / Test-
   CsUnifiedContactStore before going on).
3. Every user of the pool moves to the 2010 pool (RB7: nothing is lost).
.PARAMETER FromPool
The Lync Server 2013 pool to empty.
.PARAMETER ToPool
The Lync Server 2010 pool.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
  [string]$FromPool = "atl-cs-002.litwareinc.com",
  [string]$ToPool = "dal-cs-001.litwareinc.com"
)
$ConfirmPreference = 'None' # the runbook answers the confirmations

# --- Lab steps: the pool's users sign in with Lync 2013 and migrate ---------
if (-not $WhatIfPreference) {
  Get-CsUser -Filter {RegistrarPool -eq $FromPool} | Connect-CsLabClient
  Skip-CsLabTime -Minutes 10 | Out-Null
}
$users = @(Get-CsUser -Filter {RegistrarPool -eq $FromPool})
"{0} users on {1}" -f $users.Count, $FromPool

# --- 1. Policy, then rollback, for those in the unified contact store -------
if (-not (Get-CsUserServicesPolicy -Filter "Tag:NoUnifiedContactStore")) {
  New-CsUserServicesPolicy -Identity NoUnifiedContactStore -UcsAllowed $False | Out-Null
}
$inUcs = @($users | Where-Object { (Get-CsLabUser -Identity $_.SipAddress).ContactStore -eq 'UnifiedContactStore' })
"{0} of them have their contacts in the unified contact store" -f $inUcs.Count
$inUcs | Grant-CsUserServicesPolicy -PolicyName NoUnifiedContactStore -WarningAction SilentlyContinue
$inUcs | Invoke-CsUcsRollback -WarningAction SilentlyContinue

# --- 2. Wait until the rollbacks complete ------------------------------------
if (-not $WhatIfPreference) { Skip-CsLabTime -Minutes 5 | Out-Null }
$busy = @($users | Where-Object { (Get-CsLabUser -Identity $_.SipAddress).ContactStore -ne 'LyncServer' })
if ($busy.Count -and -not $WhatIfPreference) {
  throw "Not moving: $($busy.Count) users still have contacts outside Lync Server."
}

# --- 3. The move: every contact list comes along (RB7) -----------------------
$users | Move-CsUser -Target $ToPool
Get-CsLabUser | Where-Object { $users.SipAddress -contains $_.SipAddress } |
  Format-Table DisplayName, RegistrarPool, ContactStore, ContactCount -AutoSize
