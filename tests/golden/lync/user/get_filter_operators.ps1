# source: cmdlets.md §11 (-Filter "uses the same Windows PowerShell filtering syntax that is used by the Where-Object cmdlet"): -like, -notlike, -ne, -and, -or, -not, parentheses, booleans, $_.Property
Get-CsUser -Filter {DisplayName -like "*a*" -and RegistrarPool -ne "atl-cs-001.litwareinc.com"} | ForEach-Object { $_.DisplayName }
"--"
Get-CsUser -Filter {(RegistrarPool -eq "dal-cs-001.litwareinc.com") -or (HostingProvider -eq "sipfed.online.lync.com")} | ForEach-Object { $_.DisplayName }
"--"
Get-CsUser -Filter {-not (SipAddress -notlike "sip:j*")} | ForEach-Object { $_.DisplayName }
"--"
(Get-CsUser -Filter {Enabled -eq $True -and EnterpriseVoiceEnabled -eq $False}).Count
Get-CsUser -Filter {$_.SamAccountName -eq 'kenmyer'} | ForEach-Object { $_.DisplayName }
