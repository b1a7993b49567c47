# source: scripts/scenario-a05-permanent-rollback.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/scenario-a05-permanent-rollback.ps1"
