# source: cmdlets.md §11 Get-CsUser example 1 ("Get-CsUser": every user enabled for Lync Server, in ADUser list form; the docs print no property list) on a two-user lab (Reset-CsLab -Empty keeps the topology, not the users)
Reset-CsLab -Empty -Confirm:$False
New-CsLabUser "Pilar Ackerman" | Out-Null
New-CsLabUser "Jonathan Haas" -RegistrarPool "atl-cs-002.litwareinc.com" | Out-Null
Get-CsUser
