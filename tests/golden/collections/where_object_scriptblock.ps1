# source: Where-Object.md; ForEach-Object.md
1..6 | Where-Object { $_ % 2 }
1..6 | ? { $_ -gt 4 }
