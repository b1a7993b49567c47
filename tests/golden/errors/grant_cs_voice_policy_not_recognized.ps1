# source: powershell.md section 8 (NormalView); DiscoveryExceptions.resx; CharTraits.cs (en dash parameters); the en-dash line of seed 001 with a Lync cmdlet ucsh does not have (Grant-CsVoicePolicy)
Grant-CsVoicePolicy –Identity "Ken Myer" –PolicyName $Null
'continued'
