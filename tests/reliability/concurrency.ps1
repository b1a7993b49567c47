# concurrency.ps1 - the workloads of tests/reliability/concurrency.sh (issue 7
# point 3), run by several ucsh processes on one store file at once.
#
# Usage: ucsh -Store LAB concurrency.ps1 MODE PREFIX N ROUNDS ON OFF STOP
#   range   users PREFIX 1..N are this process's own: ROUNDS times each is
#           granted ON (one command per user), signs in with Lync 2013, the
#           clock skips 10 minutes, each is granted OFF (UcsAllowed False),
#           rolled back (permanent) and the clock skips 5 minutes. Whatever
#           the others do meanwhile, every user ends in Lync Server with OFF.
#   shared  users PREFIX 1..N are shared by every process: ROUNDS times they
#           are granted ON, sign in, skip 10 minutes, are rolled back, skip
#           5 minutes; each command one transaction over all N users.
#   reader  ROUNDS reads, one Get-CsLabUser -Identity each, of users PREFIX
#           1..N in turn; one line per read for the checker.
#   migrate pool-wide migrations and rollbacks of PREFIX's pool until the
#           file STOP exists (at least one).
param([string]$Mode, [string]$Prefix, [int]$N, [int]$Rounds, [string]$On, [string]$Off,
      [string]$Stop)
$WarningPreference = 'SilentlyContinue'
$pool = 'atl-cs-001.litwareinc.com'
$sip = ($Prefix -replace ' ', '').ToLower()
$users = 1..$N | ForEach-Object { "sip:$sip$_@litwareinc.com" }
switch ($Mode) {
  'range' {
    for ($r = 1; $r -le $Rounds; $r++) {
      foreach ($u in $users) { Grant-CsUserServicesPolicy -Identity $u -PolicyName $On }
      $users | Connect-CsLabClient
      Skip-CsLabTime -Minutes 10
      foreach ($u in $users) { Grant-CsUserServicesPolicy -Identity $u -PolicyName $Off }
      $users | Invoke-CsUcsRollback -Confirm:$False
      Skip-CsLabTime -Minutes 5
    }
  }
  'shared' {
    for ($r = 1; $r -le $Rounds; $r++) {
      $users | Grant-CsUserServicesPolicy -PolicyName $On
      $users | Connect-CsLabClient
      Skip-CsLabTime -Minutes 10
      $users | Invoke-CsUcsRollback -Confirm:$False
      Skip-CsLabTime -Minutes 5
    }
  }
  'reader' {
    for ($r = 0; $r -lt $Rounds; $r++) {
      $u = Get-CsLabUser -Identity $users[$r % $N]
      "$($u.DisplayName)|$($u.ContactStore)|$($u.ContactCount)|$($u.DataCondition)|" +
        "$($u.NextCheck)|$($u.UserServicesPolicy)|$($u.EffectiveUcsAllowed)|$($u.SignedIn)|" +
        "$($u.ClientVersion)"
    }
  }
  'migrate' {
    $cycles = 0
    do {
      Get-CsUser -Filter {RegistrarPool -eq $pool} | Connect-CsLabClient
      Skip-CsLabTime -Minutes 10
      Get-CsUser -Filter {RegistrarPool -eq $pool} | Invoke-CsUcsRollback -Confirm:$False
      Skip-CsLabTime -Minutes 5
      Skip-CsLabTime -Days 8 # the re-migration hold ends: the next cycle migrates again
      $cycles++
    } while (-not (Test-Path $Stop))
    "cycles $cycles"
  }
}
