# source: cmdlets.md 15, 16, 18 and ucs-model.md BK3 (-LegacyFormat = the Lync Server 2010 format; Convert-CsUserData: Lync2010 needs an .XML output file, Current a .ZIP one)
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Lync2013Data.Zip"
Convert-CsUserData -InputFile "C:\Logs\Lync2013Data.Zip" -OutputFile "C:\Logs\Lync2010data.xml" -TargetVersion Lync2010 -UserFilter "kenmyer@litwareinc.com"
Convert-CsUserData -InputFile "C:\Logs\Lync2013Data.Zip" -OutputFile "C:\Logs\Lync2010data.zip" -TargetVersion Lync2010
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Lync2010data.xml"
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Lync2010data.xml" -LegacyFormat
Convert-CsUserData -InputFile "C:\Logs\Lync2010data.xml" -OutputFile "C:\Logs\Again.zip" -TargetVersion Current
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Again.zip"
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Old.xml" -LegacyFormat
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Old.xml" -LegacyFormat
"done"
