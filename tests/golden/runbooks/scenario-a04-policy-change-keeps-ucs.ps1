# source: scripts/scenario-a04-policy-change-keeps-ucs.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/scenario-a04-policy-change-keeps-ucs.ps1"
