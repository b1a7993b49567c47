# source: powershell.md / 5.1 ParameterBindingValidationException: a ValidateRange failure ("Cannot validate argument on parameter ... less than the minimum allowed range") is positioned at the offending argument, as the ValidateSet failure of -ClientVersion is
Skip-CsLabTime -Hours 1 -Minutes -5
New-CsLabUser -DisplayName "Range Test" -Contacts:-1
Get-CsLabEvent -Last 0
Connect-CsLabClient -Identity "Ken Myer" -ClientVersion 2007
Get-CsLabClock
