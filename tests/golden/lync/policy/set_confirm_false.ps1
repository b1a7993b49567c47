# source: cmdlets.md §4 (-Confirm); -Confirm:$False changes without asking
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False -Confirm:$False
(Get-CsUserServicesPolicy global).UcsAllowed
