# source: cmdlets.md §11 (-Filter syntax); an incomplete filter is a binding error (wording after the product's OPATH filter errors)
Get-CsUser -Filter {RegistrarPool -eq }
Get-CsUser -Filter {RegistrarPool "x"}
"after"
