# source: issue 4 lab cmdlets: New-CsLabUser -Count N creates N numbered users in one go and outputs them
$made = New-CsLabUser -DisplayName "Bench User" -Count 3 -Contacts 2
$made.Count
$made | ForEach-Object { "$($_.DisplayName) $($_.SipAddress) $($_.ContactCount) $($_.ContactStore)" }
$read = Get-CsLabUser -Identity "Bench User*"
foreach ($i in 0..2) { ($made[$i] | Out-String) -eq ($read[$i] | Out-String) }
$made[0].MigrationBlockers.Count
New-CsLabUser -DisplayName "Many" -SipAddress "sip:load@litwareinc.com" -Count 1000 | Select-Object -Last 1 | ForEach-Object { "$($_.DisplayName) $($_.SipAddress)" }
(Get-CsLabUser | Measure-Object).Count
