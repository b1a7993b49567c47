# source: Out-String.md; 5.1 Out-String (rendered text, -Stream lines)
[pscustomobject]@{a=1} | Out-String -Stream | ForEach-Object { '[' + $_ + ']' }
