# source: cmdlets.md 8 (T1: "No contacts were received for the user. Verify that contacts exist for the user." when a migrated user has no contacts)
Connect-CsLabClient -Identity "Lisa Jacobson"
Skip-CsLabTime -Minutes 10
(Get-CsLabUser -Identity "Lisa Jacobson").ContactStore
Test-CsUnifiedContactStore -UserSipAddress "sip:lisajacobson@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"
