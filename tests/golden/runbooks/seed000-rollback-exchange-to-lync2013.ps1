# source: scripts/seed000-rollback-exchange-to-lync2013.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/seed000-rollback-exchange-to-lync2013.ps1"
