# source: ucs-model.md M6, M8: after migration the contacts are in Exchange 2013; Lync 2010 sees them read-only
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabContact -Identity "Ken Myer" | Select-Object -First 2
Add-CsLabContact -Identity "Ken Myer" -Contact sip:lisajacobson@litwareinc.com
(Get-CsLabUser -Identity "Ken Myer").ContactCount
Connect-CsLabClient -Identity "Ken Myer" -ClientVersion 2010
Get-CsLabContact -Identity "Ken Myer" | Select-Object -First 1 | ForEach-Object { "$($_.Location) $($_.ReadOnly)" }
Remove-CsLabContact -Identity "Ken Myer" -Contact sip:lisajacobson@litwareinc.com
(Get-CsLabUser -Identity "Ken Myer").ContactCount
