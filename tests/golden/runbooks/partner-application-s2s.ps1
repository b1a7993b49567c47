# source: scripts/partner-application-s2s.ps1 (the runbook itself; its output is reviewed against the documentation)
& "$PSScriptRoot/../../../scripts/partner-application-s2s.ps1"
