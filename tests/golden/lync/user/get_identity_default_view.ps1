# source: cmdlets.md §11 (Get-CsUser -Identity "Pilar Ackerman"; the docs print no full property list: ucsh's list view shows the Lync Server 2013 per-user policy properties, blank unless assigned, and UserServicesPolicy)
Get-CsUser -Identity "Ken Myer"
