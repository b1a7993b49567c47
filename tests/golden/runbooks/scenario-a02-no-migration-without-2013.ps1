# source: scripts/scenario-a02-no-migration-without-2013.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/scenario-a02-no-migration-without-2013.ps1"
