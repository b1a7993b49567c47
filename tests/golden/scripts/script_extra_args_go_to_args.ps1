# source: about_Scripts (script parameters); about_PowerShell_exe (-File arguments); about_Automatic_Variables ($args)
param($First)
"first=$First"
$args.Count
$args -join ','
