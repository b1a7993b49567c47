# source: issue 4 default lab (sites Redmond and Dallas); Get-CsSite -Identity "site:Redmond"
Get-CsSite | ForEach-Object { "$($_.Identity) $($_.Pools -join ',')" }
Get-CsSite -Identity "site:Dallas"
