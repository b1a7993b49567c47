# source: scripts/scenario-a08-rollback-to-lync2010.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/scenario-a08-rollback-to-lync2010.ps1"
