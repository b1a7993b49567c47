# source: scripts/seed002-migrate-users.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/seed002-migrate-users.ps1"
