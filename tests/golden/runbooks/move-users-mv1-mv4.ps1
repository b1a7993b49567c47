# source: scripts/move-users-mv1-mv4.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/move-users-mv1-mv4.ps1"
