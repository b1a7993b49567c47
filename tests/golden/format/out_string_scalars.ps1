# source: Out-String.md; 5.1 Out-String (rendered text, -Stream lines)
$s = 1, 'two' | Out-String
$s -eq "1`ntwo`n"
