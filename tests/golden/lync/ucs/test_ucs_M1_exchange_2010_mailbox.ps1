# source: seed 002 (M1/M2: a user not connected to an Exchange 2013 server keeps the contacts in Lync Server)
Connect-CsLabClient -Identity "Aidan Delaney"
Skip-CsLabTime -Days 1
$r = Test-CsUnifiedContactStore -UserSipAddress "sip:aidandelaney@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
"$($r.Result): $($r.Diagnosis)"
