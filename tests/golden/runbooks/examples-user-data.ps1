# source: scripts/examples-user-data.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/examples-user-data.ps1"
