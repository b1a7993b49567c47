# source: Out-String.md; 5.1 Out-String (rendered text, -Stream lines)
[pscustomobject]@{Id=1; Text=('x' * 40)} | Out-String -Width 20 -Stream | ForEach-Object { '[' + $_ + ']' }
