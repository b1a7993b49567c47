# source: issue 7 point 6 (a hostile display name is stored as given, one user each, and found only by itself; New-CsLabUser is a lab cmdlet, DESIGN.md)
function Snap { '{0} users, {1} policies, {2} events' -f @(Get-CsUser).Count, @(Get-CsUserServicesPolicy).Count, @(Get-CsLabEvent).Count }
Snap
$names = @("x' OR '1'='1", '%', '_', '[a-z]*', "Ken`0Myer", ('y' * 10240), "'); DELETE FROM users; --", 'Robert"); DROP TABLE contact;--')
$i = 0
$fffd = "$([char]0xFFFD)"
foreach ($n in $names) {
  $i++
  $u = New-CsLabUser -DisplayName $n -SipAddress "sip:hostile$i@litwareinc.com"
  $back = @(Get-CsLabUser -Identity "sip:hostile$i@litwareinc.com")
  '{0}: length {1} same {2} found {3}' -f $i, $back[0].DisplayName.Length, ($back[0].DisplayName -eq $n.Replace("`0", $fffd)), @(Get-CsUser -Filter {DisplayName -eq $n}).Count
}
Snap
'Ken* {0}, %* {1}, [* {2}' -f @(Get-CsUser -Identity 'Ken*').Count, @(Get-CsUser -Identity '%*').Count, @(Get-CsUser -Identity '[*').Count
