# source: scripts/csv-permanent-rollback.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/csv-permanent-rollback.ps1"
