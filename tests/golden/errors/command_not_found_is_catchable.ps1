# source: about_Try_Catch_Finally; powershell.md section 8 (statement-terminating errors are caught)
try { Get-Nothing; 'not reached' } catch { 'caught: ' + $_.FullyQualifiedErrorId }
