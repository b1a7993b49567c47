# source: cmdlets.md §18 Convert-CsUserData example 1 (a Lync Server 2013 export converted to the Lync Server 2010 format, an .XML file, ucs-model.md BK3); the input is made first with the Export-CsUserData example's pool
Export-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Lync2013Data.Zip"
Convert-CsUserData -InputFile "C:\Logs\Lync2013Data.Zip" -OutputFile "C:\Logs\Lync2010Data.xml" -TargetVersion Lync2010
Test-Path "C:\Logs\Lync2010Data.xml"
Import-CsUserData -PoolFqdn "atl-cs-001.litwareinc.com" -FileName "C:\Logs\Lync2010Data.xml" -LegacyFormat
"imported"
