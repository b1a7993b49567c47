# source: about_Scripts (a script with a param block; also called by call_script_by_path.ps1)
param($Name = 'world')
"hello $Name"
"leaf=$($PSCommandPath -replace '.*/', '')"
