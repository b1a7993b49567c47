# source: powershell.md section 8 (NormalView); DiscoveryExceptions.resx; CharTraits.cs (en dash parameters); Grant-CsUserServicesPolicy documented line
Grant-CsUserServicesPolicy –Identity "Ken Myer" –PolicyName $Null
'continued'
