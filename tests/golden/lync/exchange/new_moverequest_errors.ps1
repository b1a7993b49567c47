# source: Exchange's texts for an unknown database and a recipient without a mailbox; moving to the database that holds the mailbox is refused (ours)
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2099
New-MoveRequest -Identity "Jonathan Haas" -TargetDatabase DB2010
New-MoveRequest -Identity "Ken Myer" -TargetDatabase DB2013
New-MoveRequest -Identity "Ken Myer"
"done"
