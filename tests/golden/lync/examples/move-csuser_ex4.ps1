# source: cmdlets.md §10 / sequences.md §4 (Move-CsUser.md, current help: "$cred=get-credential" then Move-CsUser -Identity "PilarA@contoso.com" -Target "sipfed.online.lync.com" -Credential $cred); ucs-model.md MV2 (a cross-premises move rolls the contacts back from UCS), ucs-decisions.md §6. The prompt is replaced by a credential built without one; the lab user PilarA@contoso.com is created for the example
$ConfirmPreference = 'None'
New-CsLabUser "Pilar A" -SipAddress "sip:PilarA@contoso.com" -Contacts 3 | Out-Null
Connect-CsLabClient -Identity "sip:PilarA@contoso.com"
Skip-CsLabTime -Minutes 10
$cred = New-Object System.Management.Automation.PSCredential("contoso\admin", (ConvertTo-SecureString "Lab-Password-1" -AsPlainText -Force))
Get-CsLabUser "sip:PilarA@contoso.com" | ForEach-Object { "before: $($_.RegistrarPool) $($_.ContactStore) $($_.ContactCount)" }
Move-CsUser -Identity "PilarA@contoso.com" -Target "sipfed.online.lync.com" -Credential $cred
Get-CsLabUser "sip:PilarA@contoso.com" | ForEach-Object { "after: $($_.RegistrarPool) $($_.ContactStore) $($_.ContactCount)" }
Get-CsUser -Identity "PilarA@contoso.com" | ForEach-Object { "HostingProvider: $($_.HostingProvider)" }
