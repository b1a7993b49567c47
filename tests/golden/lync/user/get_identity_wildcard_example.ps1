# source: cmdlets.md §11 (Get-CsUser -Identity "Pilar*") and §1.1 ("* Smith" matches display names ending in " Smith")
Get-CsUser -Identity "Pilar*" | ForEach-Object { $_.DisplayName }
Get-CsUser -Identity "* Myer" | ForEach-Object { $_.DisplayName }
Get-CsUser "J*" | ForEach-Object { $_.DisplayName }
