# source: scripts/examples-tests-and-debug.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/examples-tests-and-debug.ps1"
