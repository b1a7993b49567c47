# source: cmdlets.md 9 (Debug-CsUnifiedContactStore -Identity example: whether the contacts were moved, the number of attempts, the last attempt; the property names are ours, T2)
Debug-CsUnifiedContactStore -Identity "kenmyer@litwareinc.com"
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Debug-CsUnifiedContactStore -Identity "sip:kenmyer@litwareinc.com"
