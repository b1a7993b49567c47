# source: seeds/001 NOTE line verbatim (two U+2013 dashes), sequences.md §1 and §5 A7: accepted exactly like the ASCII form; contacts not moved (E5)
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Grant-CsUserServicesPolicy –Identity "Ken Myer" –PolicyName $Null
"[$((Get-CsUser -Identity "Ken Myer").UserServicesPolicy)]"
(Get-CsLabUser -Identity "Ken Myer").EffectiveUcsAllowed
(Get-CsLabUser -Identity "Ken Myer").ContactStore
