# source: seed 001 (P6, E3, E4, M3-M5, M7, E5, RB1, RB3) observed through the lab: only Ken migrates; a policy change leaves him in UCS
$null = Set-CsUserServicesPolicy -Identity global -UcsAllowed $False -WarningAction SilentlyContinue
$null = New-CsUserServicesPolicy -Identity "AllowUnifiedContactStore" -UcsAllowed $True
$null = Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "AllowUnifiedContactStore"
Connect-CsLabClient -Identity "Ken Myer", "Pilar Ackerman"
Skip-CsLabTime -Minutes 10
Get-CsLabUser -Identity "Ken Myer", "Pilar Ackerman" | Format-Table DisplayName, UserServicesPolicy, EffectiveUcsAllowed, ContactStore
(Get-CsLabUser -Identity "Pilar Ackerman").MigrationBlockers
$null = New-CsUserServicesPolicy -Identity NoUnifiedContactStore -UcsAllowed $False
$null = Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName NoUnifiedContactStore -WarningAction SilentlyContinue
$ken = Get-CsLabUser -Identity "Ken Myer"
"$($ken.UserServicesPolicy) $($ken.EffectiveUcsAllowed) $($ken.ContactStore)"
(Get-ItemProperty -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS").InUCSMode
$null = Invoke-CsUcsRollback -Identity "Ken Myer" -Confirm:$False
(Get-CsLabUser -Identity "Ken Myer").ContactStore
Skip-CsLabTime -Minutes 5
$ken = Get-CsLabUser -Identity "Ken Myer"
"$($ken.ContactStore) $($ken.NextCheck -eq $null) $($ken.ContactCount)"
Test-Path -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"
Get-CsLabEvent -Identity "Ken Myer" -Last 3 | ForEach-Object { $_.Event }
