# source: about_Throw; powershell.md section 5 (FullyQualifiedErrorId is the message)
try { throw 'boom' } catch {
  $_.Exception.Message
  $_.FullyQualifiedErrorId
  "$_"
  $_ -is [System.Management.Automation.ErrorRecord]
}
