# source: scripts/seed001-configure-ucs.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/seed001-configure-ucs.ps1"
