# source: about_Redirection; about_Automatic_Variables
$r = Write-Error 'oops' 2>&1
"captured: $r"
