# source: about_Scripts (script parameters); about_PowerShell_exe (-File arguments); about_Automatic_Variables ($args)
$args.Count
$args[2]
$args -join '+'
