# source: scripts/examples-user-lifecycle.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/examples-user-lifecycle.ps1"
