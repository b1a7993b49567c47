# source: seed 002 (M7) key verbatim; Get-ItemProperty returns the key's values then PSPath, PSParentPath, PSChildName, PSDrive, PSProvider
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
(Get-ItemProperty -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS").InUCSMode
(Get-ItemProperty -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS" -Name InUCSMode).InUCSMode
$p = Get-ItemProperty "Registry::HKEY_CURRENT_USER\Software\Microsoft\Office\15.0\Lync\kenmyer@litwareinc.com\UCS"
"$($p.InUCSMode) $($p.PSChildName) $($null -eq $p.PSDrive)"
$p.PSPath
(Get-ItemProperty "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS").InUCSMode.GetType().FullName
Get-ItemProperty "HKCU:\Software\Microsoft\Office\15.0\Lync"
"no values above"
Get-ItemProperty "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS" -Name Missing
