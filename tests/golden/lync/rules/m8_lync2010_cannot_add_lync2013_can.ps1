# source: ucs-model.md M8 (after migration, Lync 2010 sees contacts and groups but "cannot manage (that is, add, delete, move, tag, untag, or modify) those contacts"); before migration Lync 2010 manages them as usual
Connect-CsLabClient -Identity "David Longmuir" -ClientVersion 2010
Add-CsLabContact -Identity "David Longmuir" -Contact sip:tonipoe@litwareinc.com
Connect-CsLabClient -Identity "Toni Poe"
Skip-CsLabTime -Minutes 10
Connect-CsLabClient -Identity "Toni Poe" -ClientVersion 2010
Add-CsLabContact -Identity "Toni Poe" -Contact sip:lisajacobson@litwareinc.com, sip:pilarackerman@litwareinc.com
Get-CsLabUser -Identity "David Longmuir", "Toni Poe" | ForEach-Object { "$($_.DisplayName): $($_.ContactStore) $($_.ContactCount)" }
Connect-CsLabClient -Identity "Toni Poe" -ClientVersion 2013
Add-CsLabContact -Identity "Toni Poe" -Contact sip:lisajacobson@litwareinc.com
(Get-CsLabUser -Identity "Toni Poe").ContactCount
