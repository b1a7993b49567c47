# source: about_Case-Sensitivity, about_Parameters
Write-Output -INPUTOBJECT 7
Write-Output -inputobject 8
