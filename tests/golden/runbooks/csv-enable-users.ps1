# source: scripts/csv-enable-users.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/csv-enable-users.ps1"
