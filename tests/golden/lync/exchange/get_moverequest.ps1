# source: Get-MoveRequest (DisplayName, Status, TargetDatabase; -Identity, -TargetDatabase) after two completed moves of the lab
New-MoveRequest -Identity "Pilar Ackerman" -TargetDatabase DB2010 | Out-Null
New-MoveRequest -Identity "Marco Tanaka" -TargetDatabase DB2013 | Out-Null
Get-MoveRequest
(Get-MoveRequest -Identity "Pilar Ackerman").TargetDatabase
(Get-MoveRequest -TargetDatabase DB2013).DisplayName
Get-MoveRequest -Identity "Ken Myer"
