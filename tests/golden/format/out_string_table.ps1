# source: Out-String.md; 5.1 Out-String (rendered text, -Stream lines)
$s = [pscustomobject]@{a=1} | Out-String
$s.Length
$s.StartsWith("`n")
