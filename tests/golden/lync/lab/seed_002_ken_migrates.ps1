# source: seed 002 (M1, M3, M4, M5, M7) and ucs-decisions.md 1-3: Ken signs in with Lync 2013, migrates in 10 minutes
Get-CsLabUser -Identity "Ken Myer" | Select-Object DisplayName, ContactStore, SignedIn, MigrationBlockers | Format-List
Connect-CsLabClient -Identity "Ken Myer"
Get-CsLabUser -Identity "Ken Myer" | Select-Object ContactStore, NextCheck, RelogonRequired | Format-List
Test-Path -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"
Skip-CsLabTime -Minutes 10
Get-CsLabClock
Get-CsLabUser -Identity "Ken Myer"
Get-ItemProperty -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"
Get-CsLabEvent -Identity "Ken Myer"
