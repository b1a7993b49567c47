# source: cmdlets.md §1.4 ("Management object not found for identity "<x>"." for an unresolvable user Identity), non-terminating
Get-CsUser -Identity "Nobody Here"
Get-CsUser -Identity "sip:nobody@litwareinc.com"
"Ken Myer", "contoso\kenmyer", "Pilar Ackerman" | Get-CsUser | ForEach-Object { $_.DisplayName }
