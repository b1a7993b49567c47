# source: PSCredential(string, SecureString): a String is not converted to SecureString (PowerShell's MethodArgumentConversionInvalidCastArgument text); New-Object reports the constructor's error and creates nothing
$c = New-Object System.Management.Automation.PSCredential ("litwareinc\kenmyer", "P@ssW0rD!")
$null -eq $c
try { [pscredential]::new("litwareinc\kenmyer", "P@ssW0rD!") } catch { $_.FullyQualifiedErrorId }
"done"
