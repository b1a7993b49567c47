# source: cmdlets.md §5 example 1 (Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "RedmondUserServicesPolicy"); Grant outputs nothing; E1
New-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy" -UcsAllowed $False | Out-Null
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "RedmondUserServicesPolicy"
(Get-CsUser -Identity "Ken Myer").UserServicesPolicy
(Get-CsLabUser -Identity "Ken Myer").EffectiveUcsAllowed
