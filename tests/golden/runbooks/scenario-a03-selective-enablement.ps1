# source: scripts/scenario-a03-selective-enablement.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/scenario-a03-selective-enablement.ps1"
