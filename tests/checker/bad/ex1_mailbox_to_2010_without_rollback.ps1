# Moves the mailbox to Exchange 2010 while the contacts may be in UCS (EX1).
New-MoveRequest -Identity "Ken Myer" -TargetDatabase "DB2010"
