# source: cmdlets.md §18 (the two Convert-CsUserData examples write "C:\Logs\Lync2010Data.xml" and "C:\Logs\Lync2010data.xml": one file on Windows, whose paths are case-insensitive); ucs-decisions.md §8 (an existing file is not overwritten without -Force)
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Lync2013Data.Zip"
Test-Path "c:\LOGS\lync2013data.zip"
Test-Path "C:\Logs\Lync2010Data.xml"
Convert-CsUserData -InputFile "C:\logs\LYNC2013DATA.ZIP" -OutputFile "C:\Logs\Lync2010Data.xml" -TargetVersion Lync2010
Test-Path "C:\Logs\Lync2010data.xml"
Convert-CsUserData -InputFile "C:\Logs\Lync2013Data.Zip" -OutputFile "C:\Logs\Lync2010data.xml" -TargetVersion Lync2010 -UserFilter "kenmyer@litwareinc.com"
Convert-CsUserData -InputFile "C:\Logs\Lync2013Data.Zip" -OutputFile "C:\Logs\Lync2010data.xml" -TargetVersion Lync2010 -UserFilter "kenmyer@litwareinc.com" -Force
"done"
