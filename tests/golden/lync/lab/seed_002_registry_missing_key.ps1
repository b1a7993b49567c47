# source: seed 002 (M7) registry key; about_Providers / Get-ItemProperty: a missing key is ItemNotFoundException
Get-ItemProperty -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"
"after"
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.Category
$Error[0].Exception.GetType().FullName
