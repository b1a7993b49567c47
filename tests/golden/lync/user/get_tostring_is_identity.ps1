# source: cmdlets.md §11 (Identity is the distinguished name); a user object converts to its Identity and can be piped back by Identity
$u = Get-CsUser "Pilar Ackerman"
"$u"
$u | Get-CsUser | ForEach-Object { $_.DisplayName }
Get-CsUser -Identity $u.Identity | ForEach-Object { $_.DisplayName }
