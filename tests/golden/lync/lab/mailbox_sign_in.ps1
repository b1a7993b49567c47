# source: seed 002 (M1): "has signed into the mailbox at least once"; Connect-CsLabMailbox is the lab's mailbox sign-in
(Get-CsLabUser -Identity "Jeff Hay").MigrationBlockers
Connect-CsLabClient -Identity "Jeff Hay"
(Get-CsLabUser -Identity "Jeff Hay").ContactStore
Disconnect-CsLabClient -Identity "Jeff Hay"
Connect-CsLabMailbox -Identity "Jeff Hay"
(Get-CsLabUser -Identity "Jeff Hay").MailboxSignedIn
Connect-CsLabClient -Identity "Jeff Hay"
(Get-CsLabUser -Identity "Jeff Hay").ContactStore
Connect-CsLabMailbox -Identity "Kim Akers"
