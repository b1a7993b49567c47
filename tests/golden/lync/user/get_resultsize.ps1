# source: cmdlets.md §11 (-ResultSize 0-2147483647, or Unlimited)
(Get-CsUser -ResultSize 3).Count
(Get-CsUser -ResultSize Unlimited).Count
(Get-CsUser -ResultSize 0).Count
Get-CsUser -Filter {RegistrarPool -eq "atl-cs-002.litwareinc.com"} -ResultSize 2 | ForEach-Object { $_.DisplayName }
