# source: sequences.md 3.8 (the -Credentials typo of lync-server-2013-move-users-to-lync-online.md is not a Move-CsUser parameter: PowerShell's binding error)
Move-CsUser -Identity "Ken Myer" -Target sipfed.online.lync.com -Credentials $null -Confirm:$False
(Get-CsLabUser -Identity "Ken Myer").RegistrarPool
