# source: seed 002 and ucs-model.md M7/K (InUCSMode = 2165 is the Lync 2013 client's registry value: written when that client sees the contacts in UCS), M11 (-Setup migrates without a sign-in)
$key = "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com" -Setup | Out-Null
Skip-CsLabTime -Minutes 10
(Get-CsLabUser "Ken Myer").ContactStore
Test-Path $key
Connect-CsLabClient -Identity "Ken Myer"
Test-Path $key
(Get-ItemProperty -Path $key).InUCSMode
