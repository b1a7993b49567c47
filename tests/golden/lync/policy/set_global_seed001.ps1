# source: seeds/001 (Set-CsUserServicesPolicy -Identity global -UcsAllowed $False); sequences.md §2.1; Set outputs nothing
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False
Get-CsUserServicesPolicy -Identity global
