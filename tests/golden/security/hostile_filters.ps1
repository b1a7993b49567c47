# source: issue 7 point 6 (hostile -Filter values are compared as text; -like keeps PowerShell's wildcards * ? [..], SQL's % and _ mean nothing)
function Snap { '{0} users, {1} policies, {2} events' -f @(Get-CsUser).Count, @(Get-CsUserServicesPolicy).Count, @(Get-CsLabEvent).Count }
Snap
foreach ($h in @("x' OR '1'='1", '%', '_', '[', "Ken`0Myer", ('x' * 10240), "'; DROP TABLE users; --")) {
  '{0,-14} eq {1} like {2} policy {3}' -f $h.Substring(0, [Math]::Min(12, $h.Length)).Replace("`0", '\0'), @(Get-CsUser -Filter {DisplayName -eq $h}).Count, @(Get-CsUser -Filter {DisplayName -like $h}).Count, @(Get-CsUserServicesPolicy -Filter $h).Count
}
'Ken* {0}, * {1}, [a-z]* {2}, K% {3}, K_n* {4}, *UCS* {5}' -f @(Get-CsUser -Filter {DisplayName -like 'Ken*'}).Count, @(Get-CsUser -Filter {DisplayName -like '*'}).Count, @(Get-CsUser -Filter {DisplayName -like '[a-z]*'}).Count, @(Get-CsUser -Filter {DisplayName -like 'K%'}).Count, @(Get-CsUser -Filter {DisplayName -like 'K_n*'}).Count, @(Get-CsUserServicesPolicy -Filter '*UCS*').Count
Snap
