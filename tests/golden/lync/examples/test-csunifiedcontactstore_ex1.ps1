# source: cmdlets.md §8 Test-CsUnifiedContactStore example ("$credential = Get-Credential "litwareinc\kenmyer"" then the ClientPlatform test): the prompt is replaced by the same credential built without one; ucs-model.md T1 (Success once the contacts are migrated), M3, M4
$credential = New-Object System.Management.Automation.PSCredential("litwareinc\kenmyer", (ConvertTo-SecureString "Lab-Password-1" -AsPlainText -Force))
(Test-CsUnifiedContactStore -TargetFqdn "atl-cs-001.litwareinc.com" -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $credential).Result
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Test-CsUnifiedContactStore -TargetFqdn "atl-cs-001.litwareinc.com" -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $credential
