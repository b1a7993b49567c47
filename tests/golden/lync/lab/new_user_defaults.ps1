# source: issue 4 lab cmdlets: New-CsLabUser defaults (sip from the display name, atl-cs-001, Exchange 2013, signed into the mailbox, 0 contacts)
New-CsLabUser -DisplayName "Pilar Ackerman 2"
(Get-CsLabUser -Identity "sip:pilarackerman2@litwareinc.com").DisplayName
