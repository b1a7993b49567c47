# source: cmdlets.md §13 Get-CsUserPoolInfo example 4 as printed in the Lync Server 2013 help (-Filter {$_.PrimaryPoolFqdn -eq ...}); the current help replaced it with {RegistrarPool -eq ...}: PrimaryPoolFqdn is a Get-CsUserPoolInfo property, not a filterable user property, so Get-CsUser refuses the filter
Get-CsUser -Filter {$_.PrimaryPoolFqdn -eq "redmond-cs-001.litwareinc.com"} | Get-CsUserPoolInfo
"after"
