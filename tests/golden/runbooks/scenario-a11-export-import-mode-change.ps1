# source: scripts/scenario-a11-export-import-mode-change.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/scenario-a11-export-import-mode-change.ps1"
