# source: PSCredential(string userName, SecureString password) constructor; New-Object -ArgumentList; Get-Credential's output type (System.Management.Automation.PSCredential); Dn727309 credential for litwareinc\kenmyer
$ss = ConvertTo-SecureString "P@ssW0rD!" -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential ("litwareinc\kenmyer", $ss)
$credential.UserName
$credential.Password
$credential.Password.Length
$credential -is [pscredential]
$credential.GetType().FullName
$c2 = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList "litwareinc\pilarackerman", $ss
$c2.UserName
$c3 = [pscredential]::new("litwareinc\kenmyer", $ss)
$c3.UserName
$credential | Format-List
