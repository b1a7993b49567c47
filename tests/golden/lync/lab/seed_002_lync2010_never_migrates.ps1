# source: seed 002 (M2): "If the user logs in with a Lync 2010 or earlier client ... the user's contacts remain in Lync Server"
Connect-CsLabClient -Identity "Ken Myer" -ClientVersion 2010
Skip-CsLabTime -Days 1
$ken = Get-CsLabUser -Identity "Ken Myer"
$ken.ContactStore
$ken.ClientVersion
$ken.MigrationBlockers
Test-Path -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"
Get-CsLabEvent -Identity "Ken Myer" | ForEach-Object { $_.Kind; $_.Event }
