# source: scripts/scenario-a06-temporary-rollback.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/scenario-a06-temporary-rollback.ps1"
