# crash_runbook.ps1 - the runbook tests/reliability/crash.sh kills with
# SIGKILL: N users migrate to the unified contact store and are rolled back.
# Idempotent: a rerun after a crash at any point completes the work (each
# step looks at the lab before it changes it, or is harmless when repeated).
# After each command has completed, a line "done step S" (or "done contact
# I") is appended to the marker file; the checker (crash_check) verifies the
# full effect of every step so marked.
#
# Usage: ucsh -Store LAB crash_runbook.ps1 N K MARKERS
#   N        users "Crash User 1" .. "Crash User N" (created if missing)
#   K        users 1..K get one more contact, one Add-CsLabContact each
#   MARKERS  the file the "done" lines are appended to
param([int]$N, [int]$K, [string]$Markers)
$pool = 'atl-cs-001.litwareinc.com'
# Errors do not stop the pipeline ($ErrorActionPreference stays Continue), so
# the cmdlets hand the engine their users in batches of 10,000, one
# transaction each (under Stop each record would be a transaction of its
# own). A command that wrote an error is not marked done: the run stops.
function Mark([string]$What, [bool]$Ok) {
  if (-not $Ok) { Write-Error "not done: $What"; exit 1 }
  Add-Content -Path $Markers -Value "done $What"
}

# 1. the users, 5 contacts each (one transaction: all or none exist)
$ok = $true
if (-not (Get-CsUser -Identity "Crash User $N" -ErrorAction SilentlyContinue)) {
  New-CsLabUser -DisplayName 'Crash User' -Count $N -Contacts 5 | Out-Null
  $ok = $?
}
Mark 'step 1' $ok

# 2. a per-user policy that allows the unified contact store
$ok = $true
if (-not (Get-CsUserServicesPolicy -Identity 'Tag:CrashPolicy' -ErrorAction SilentlyContinue)) {
  New-CsUserServicesPolicy -Identity CrashPolicy -UcsAllowed $True | Out-Null
  $ok = $?
}
Mark 'step 2' $ok

# 3. granted to every user of the pool
Get-CsUser -Filter {RegistrarPool -eq $pool} | Grant-CsUserServicesPolicy -PolicyName CrashPolicy
Mark 'step 3' $?

# 4. everyone signs in with Lync 2013: the migrations start (M3)
Get-CsUser -Filter {RegistrarPool -eq $pool} | Connect-CsLabClient
Mark 'step 4' $?

# 5. ten minutes later the migrations are complete (M4)
Skip-CsLabTime -Minutes 10
Mark 'step 5' $?

# 6. users 1..K add a contact, now held in the unified contact store
for ($i = 1; $i -le $K; $i++) {
  $has = Get-CsLabContact -Identity "Crash User $i" |
    Where-Object { $_.SipAddress -eq 'sip:crashbuddy@litwareinc.com' }
  $ok = $true
  if (-not $has) {
    Add-CsLabContact -Identity "Crash User $i" -Contact sip:crashbuddy@litwareinc.com -Group Crash
    $ok = $?
  }
  Mark "contact $i" $ok
}
Mark 'step 6' $true

# 7. everyone is rolled back (temporary: RB2); users already rolling back or
# back in Lync Server only get a warning
Get-CsUser -Filter {RegistrarPool -eq $pool} |
  Invoke-CsUcsRollback -Confirm:$False -WarningAction SilentlyContinue
Mark 'step 7' $?

# 8. five minutes later the rollbacks are complete
Skip-CsLabTime -Minutes 5
Mark 'step 8' $?
