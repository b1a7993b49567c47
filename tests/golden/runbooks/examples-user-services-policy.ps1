# source: scripts/examples-user-services-policy.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/examples-user-services-policy.ps1"
