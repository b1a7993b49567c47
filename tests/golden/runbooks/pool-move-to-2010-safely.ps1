# source: scripts/pool-move-to-2010-safely.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/pool-move-to-2010-safely.ps1"
