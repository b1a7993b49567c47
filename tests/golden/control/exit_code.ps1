# source: about_Language_Keywords (exit); about_PowerShell_exe
'a'
exit 3
'b'
