# source: ucs-decisions.md 9 (unknown identity: Management object not found) and BK5 (Disable-CsUser removes the user's Lync data); a user object kept in a variable follows the user, not a stale row
$u = Get-CsUser "Pilar Ackerman"
Disable-CsUser -Identity "Pilar Ackerman"
$u | Grant-CsUserServicesPolicy -PolicyName "UCS Enabled Users"
$k = Get-CsUser "Ken Myer"
Reset-CsLab
$k | Grant-CsUserServicesPolicy -PolicyName "UCS Enabled Users"
(Get-CsUser "Ken Myer").UserServicesPolicy
