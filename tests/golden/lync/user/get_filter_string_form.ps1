# source: cmdlets.md §11 (-Filter <String>): the filter may be given as a string too
Get-CsUser -Filter 'RegistrarPool -eq "dal-cs-001.litwareinc.com"' | ForEach-Object { $_.DisplayName }
