# source: about_Throw; about_PowerShell_exe (-File exit codes)
'a'
throw 'fatal problem'
'b'
