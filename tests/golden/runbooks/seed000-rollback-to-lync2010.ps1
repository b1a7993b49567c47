# source: scripts/seed000-rollback-to-lync2010.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/seed000-rollback-to-lync2010.ps1"
