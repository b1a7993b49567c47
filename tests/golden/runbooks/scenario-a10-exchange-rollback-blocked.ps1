# source: scripts/scenario-a10-exchange-rollback-blocked.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/scenario-a10-exchange-rollback-blocked.ps1"
