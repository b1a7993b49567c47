# source: scripts/release-note-block-all-workaround.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/release-note-block-all-workaround.ps1"
