# source: sequences.md 3.8 and ucs-model.md MV2 (between two Lync Server 2013 pools the contact store is untouched, decisions 6)
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Move-CsUser -Identity "Ken Myer" -Target "atl-cs-002.litwareinc.com" -Confirm:$False
(Get-CsLabUser -Identity "Ken Myer").ContactStore
(Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-002.litwareinc.com").Result
