# source: scripts/export-and-safe-restore.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/export-and-safe-restore.ps1"
