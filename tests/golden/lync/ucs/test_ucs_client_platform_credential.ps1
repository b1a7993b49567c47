# source: sequences.md 3.3 (the ClientPlatform set; Get-Credential prompts, so under -NonInteractive it fails and -UserCredential gets $null: PowerShell's binding error)
$credential = Get-Credential "litwareinc\kenmyer"

Test-CsUnifiedContactStore -TargetFqdn "atl-cs-001.litwareinc.com" -UserSipAddress "sip:kenmyer@litwareinc.com" -UserCredential $credential
"done"
