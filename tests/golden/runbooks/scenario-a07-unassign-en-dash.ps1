# source: scripts/scenario-a07-unassign-en-dash.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/scenario-a07-unassign-en-dash.ps1"
