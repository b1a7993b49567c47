# source: seed 000 (BK1 example 2: export after the migration, roll back, import) and ucs-decisions.md 8 (BK2 scenario 2: Corrupted, "Incorrect Exchange Version", repaired by Invoke-CsUcsRollback)
$ConfirmPreference = 'None'
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\AfterMigration.zip" -UserFilter "kenmyer@litwareinc.com"
Invoke-CsUcsRollback -Identity "Ken Myer" -WarningAction SilentlyContinue
Skip-CsLabTime -Minutes 5
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\AfterMigration.zip"
(Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com").Error
(Debug-CsUnifiedContactStore -PoolFqdn "atl-cs-001.litwareinc.com").FailedUserData
Invoke-CsUcsRollback -Identity "Ken Myer"
(Get-CsLabUser -Identity "Ken Myer").DataCondition
