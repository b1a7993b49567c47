# source: issue 4 (Get-CsLabUser [[-Identity] <user>]: the lab's view of every user); the lab reads users a page at a time, so a pipeline sees each of 1,300 users exactly once, in creation order, even when a command downstream changes them
Reset-CsLab -Empty
$null = New-CsLabUser -DisplayName "Page User" -Count 1300
(Get-CsLabUser | Measure-Object).Count
(Get-CsLabUser | Select-Object -First 1).DisplayName
(Get-CsLabUser | Select-Object -Last 1).DisplayName
Get-CsLabUser | ForEach-Object { Connect-CsLabClient -Identity $_.SipAddress }
Get-CsLabUser | Group-Object SignedIn -NoElement | ForEach-Object { "SignedIn $($_.Name)=$($_.Count)" }
