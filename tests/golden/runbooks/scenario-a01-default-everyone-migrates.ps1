# source: scripts/scenario-a01-default-everyone-migrates.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/scenario-a01-default-everyone-migrates.ps1"
