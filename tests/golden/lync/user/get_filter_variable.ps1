# source: cmdlets.md §11 (-Filter uses Where-Object's syntax): a $variable in the filter takes the session's value
$pool = "dal-cs-001.litwareinc.com"
Get-CsUser -Filter {RegistrarPool -eq $pool} | ForEach-Object { $_.DisplayName }
