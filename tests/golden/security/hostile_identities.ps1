# source: issue 7 point 6 (hostile identities stay literal text, never SQL; only * is a display-name wildcard, cmdlets.md Get-CsUser -Identity; a NUL never shortens a name)
function Snap { '{0} users, {1} policies, {2} events, Ken Myer: {3}' -f @(Get-CsUser).Count, @(Get-CsUserServicesPolicy).Count, @(Get-CsLabEvent).Count, (Get-CsUser 'Ken Myer').UserServicesPolicy }
$hostile = @("x' OR '1'='1", "Ken Myer' --", '%', '_', '[', '[a-z]*', "Ken`0Myer", "sip:kenmyer@litwareinc.com`0x", ('x' * 10240), '%Myer', 'K_n Myer', "'; DROP TABLE users; --")
Snap
foreach ($h in $hostile) {
  $n = @(Get-CsUser -Identity $h -ErrorAction SilentlyContinue).Count
  $p = @(Get-CsUserServicesPolicy -Identity $h -ErrorAction SilentlyContinue).Count
  $l = @(Get-CsLabUser -Identity $h -ErrorAction SilentlyContinue).Count
  Grant-CsUserServicesPolicy -Identity $h -PolicyName $null -ErrorAction SilentlyContinue; $g1 = $?
  Grant-CsUserServicesPolicy -Identity 'Ken Myer' -PolicyName $h -ErrorAction SilentlyContinue; $g2 = $?
  '{0,-14} user {1} policy {2} lab {3} grant {4} {5}' -f $h.Substring(0, [Math]::Min(12, $h.Length)).Replace("`0", '\0'), $n, $p, $l, $g1, $g2
}
Snap
'wildcards: Ken* {0}, * {1}, *Myer {2}, [a-z]* {3}' -f @(Get-CsUser -Identity 'Ken*').Count, @(Get-CsUser -Identity '*').Count, @(Get-CsUser -Identity '*Myer').Count, @(Get-CsUser -Identity '[a-z]*' -ErrorAction SilentlyContinue).Count
