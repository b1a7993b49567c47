# source: New-MoveRequest -WhatIf / -Confirm (ShouldProcess: -WhatIf changes nothing)
New-MoveRequest -Identity "Pilar Ackerman" -TargetDatabase DB2010 -WhatIf
(Get-Mailbox -Identity "Pilar Ackerman").Database
New-MoveRequest -Identity "Pilar Ackerman" -TargetDatabase DB2010 -Confirm:$False | ForEach-Object { "$($_.DisplayName) $($_.StatusDetail) $($_.PercentComplete)" }
(Get-Mailbox -Identity "Pilar Ackerman").Database
