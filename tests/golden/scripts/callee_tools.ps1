# source: about_Scripts (a library that call_script_by_path.ps1 dot-sources; prints nothing itself)
function Get-Libby { 'libby' }
$libvar = 42
