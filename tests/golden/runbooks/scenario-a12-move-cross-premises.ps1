# source: scripts/scenario-a12-move-cross-premises.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/scenario-a12-move-cross-premises.ps1"
