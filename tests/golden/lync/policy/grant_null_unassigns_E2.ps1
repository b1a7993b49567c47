# source: cmdlets.md §5 example 2 (Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName $Null); ucs-model.md E2 (the user falls back to the site/global policy)
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False
(Get-CsLabUser -Identity "Ken Myer").EffectiveUcsAllowed
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName $Null
"[$((Get-CsUser -Identity "Ken Myer").UserServicesPolicy)]"
(Get-CsLabUser -Identity "Ken Myer").EffectiveUcsAllowed
(Get-CsEffectivePolicy -Identity "Ken Myer").UserServicesPolicy
