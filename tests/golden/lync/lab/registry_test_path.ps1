# source: seed 002 (M7) and ucs-decisions.md 3: the UCS key exists while the contacts are in UCS; a rollback removes it
$key = "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"
Test-Path -Path $key
Test-Path -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com"
Test-Path -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:nobody@litwareinc.com"
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Test-Path -Path $key
Test-Path -Path $key -PathType Container
Test-Path -Path $key -PathType Leaf
Test-Path -Path "hkcu:\software\microsoft\office\15.0\lync\SIP:KENMYER@LITWAREINC.COM\ucs"
$null = Invoke-CsUcsRollback -Identity "Ken Myer" -Force -Confirm:$False -WarningAction SilentlyContinue
Test-Path -Path $key
Test-Path -Path "HKLM:\Software"
