# source: about_Automatic_Variables ($?: True if the last command succeeded); about_Pwsh (-Command exit code follows $?)
1/0
$?
'ok'
$?
$x = 5
$?
