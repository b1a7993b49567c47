# source: seed 002 (M2: "If the user logs in with a Lync 2010 or earlier client ... the user's contacts remain in Lync Server")
Connect-CsLabClient -Identity "Ken Myer" -ClientVersion 2010
Skip-CsLabTime -Days 1
$r = Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
$r.Result
$r.Diagnosis
