# source: issue 4 default lab (atl-cs-001/002 Lync Server 2013 in site Redmond, dal-cs-001 Lync Server 2010 in site Dallas; Lync Online is a hosting provider)
Get-CsPool | ForEach-Object { "$($_.Identity) $($_.Site)" }
Get-CsPool -Identity "atl-cs-001.litwareinc.com"
