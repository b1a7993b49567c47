# source: scripts/test-ucs-access.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/test-ucs-access.ps1"
