# source: powershell.md section 8 (NormalView); DiscoveryExceptions.resx (CommandNotFoundException); about_Try_Catch_Finally (5.1)
'before'
Get-Nothing
'after'
