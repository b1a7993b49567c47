# source: cmdlets.md 8 (-OutVerboseVariable / -OutLoggerVariable: "Do not prepend a $ character when specifying the variable name"); the log text is ours
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com" -OutVerboseVariable TestOutput -OutLoggerVariable TestLog | Out-Null
$TestOutput
$TestLog -eq $TestOutput
