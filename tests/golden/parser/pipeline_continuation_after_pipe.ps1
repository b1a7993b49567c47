# source: about_Pipelines; about_Parsing (line continuation)
1,2,3 |
  ForEach-Object { $_ * 2 } |
  Where-Object { $_ -gt 2 }
