# source: cmdlets.md §12 (Get-CsUser returns every user; -ResultSize caps the count), §2 Grant-CsUserServicesPolicy (E1); decisions §9 (the event log names each grant). Get-CsUser reads the directory in pages: 1,300 users span three pages, and users changed downstream are seen as they are when their page is read.
Reset-CsLab -Empty
$null = New-CsLabUser -DisplayName "Page User" -Count 1300
(Get-CsUser).Count
(Get-CsUser -ResultSize 600).Count
(Get-CsUser -ResultSize 600 | Select-Object -Last 1).DisplayName
(Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Select-Object -Last 1).DisplayName
$null = New-CsUserServicesPolicy -Identity BulkPolicy -UcsAllowed $True
# every one of 1,300 users granted through the pipeline gets the policy and an event
Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Grant-CsUserServicesPolicy -PolicyName BulkPolicy
Get-CsLabUser | Group-Object UserServicesPolicy -NoElement | ForEach-Object { "$($_.Name)=$($_.Count)" }
(Get-CsLabEvent | Where-Object { $_.Kind -eq "PolicyGranted" }).Count
Get-CsLabEvent -Identity "Page User 1300" | Select-Object -Last 1 | ForEach-Object { $_.Event }
# a pool-wide move while Get-CsUser is still reading: each user is moved once
$ConfirmPreference = 'None'
Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Move-CsUser -Target atl-cs-002.litwareinc.com
Get-CsUser | Group-Object RegistrarPool -NoElement | ForEach-Object { "$($_.Name)=$($_.Count)" }
