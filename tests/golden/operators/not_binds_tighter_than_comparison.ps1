# source: about_Operator_Precedence; Parser.Tests.ps1 (!$a -eq 10)
$a = 10
if (!$a -eq 10) { 'yes' } else { 'no' }
