# source: cmdlets.md §11 Get-CsUser example -OU "ou=Finance,ou=North America,...": the lab's directory has one container (CN=Users), so the OU is not found (a clear error, the script goes on)
Get-CsUser -OU "ou=Finance,ou=North America,dc=litwareinc,dc=com"
"after: $((Get-CsUser -OU "CN=Users,DC=litwareinc,DC=com").Count) users in CN=Users"
