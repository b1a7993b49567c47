# source: scripts/backup-restore-bk1-bk2.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/backup-restore-bk1-bk2.ps1"
