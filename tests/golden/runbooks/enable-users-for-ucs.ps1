# source: scripts/enable-users-for-ucs.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/enable-users-for-ucs.ps1"
