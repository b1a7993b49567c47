# source: cmdlets.md §1.4 (Management object not found for identity "<x>".); Get-CsPool -Filter wildcards
Get-CsPool -Identity "pool01.contoso.net"
Get-CsPool -Filter "atl-*" | ForEach-Object { $_.Fqdn }
"after"
