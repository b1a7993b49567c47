# source: scripts/examples-rollback-and-move.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/examples-rollback-and-move.ps1"
