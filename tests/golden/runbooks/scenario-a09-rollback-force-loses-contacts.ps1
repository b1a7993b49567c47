# source: scripts/scenario-a09-rollback-force-loses-contacts.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/scenario-a09-rollback-force-loses-contacts.ps1"
