# source: about_Arrays
$a = @()
$a.Count
$a.Length
