# source: cmdlets.md 4 (Set: Identity or Instance), 9 (Debug: Identity or PoolFqdn), 15 (Export: PoolFqdn or Identity), 10 (Move: -Target mandatory): PowerShell's binding errors; the commands do not run
Set-CsUserServicesPolicy -Identity global -Instance (Get-CsUserServicesPolicy -Identity global) -UcsAllowed $False
Debug-CsUnifiedContactStore -Identity "Ken Myer" -PoolFqdn "atl-cs-001.litwareinc.com"
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -Identity "UserDatabase:atl-cs-001.litwareinc.com" -FileName "C:\Logs\x.zip"
Move-CsUser -Identity "Ken Myer"
(Get-CsUserServicesPolicy -Identity global).UcsAllowed
(Get-CsUser -Identity "Ken Myer").RegistrarPool
Test-Path "C:\Logs\x.zip"
