# source: ucs-decisions.md 3 (trigger points: "a policy change (grant, set, remove) affecting a user who is signed in with Lync 2013 at that moment") with E3/E4 and P9: a grant, and the removal of a per-user policy that said no, start the migration of signed-in users only
New-CsUserServicesPolicy -Identity "UserServer:atl-cs-001.litwareinc.com" -UcsAllowed $False | Out-Null
New-CsUserServicesPolicy -Identity "NoUcs" -UcsAllowed $False | Out-Null
Grant-CsUserServicesPolicy -Identity "Toni Poe" -PolicyName "NoUcs"
Grant-CsUserServicesPolicy -Identity "Jeff Hay" -PolicyName "NoUcs"
Get-CsUser -Identity "Pilar Ackerman", "Toni Poe" | Connect-CsLabClient
function Show { Get-CsLabUser -Identity "Pilar Ackerman", "Lisa Jacobson", "Toni Poe", "Jeff Hay" | ForEach-Object { "$($_.DisplayName): $($_.ContactStore)" } }
Show
"-- grant to Pilar (signed in) and Lisa (signed out)"
Get-CsUser -Identity "Pilar Ackerman", "Lisa Jacobson" | Grant-CsUserServicesPolicy -PolicyName "UCS Enabled Users"
"-- remove NoUcs: Toni (signed in) and Jeff fall back to the global policy"
Remove-CsUserServicesPolicy -Identity "NoUcs" -Force
Show
