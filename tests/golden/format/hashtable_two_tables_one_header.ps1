# source: powershell.md §9 (Hashtables); about_Hash_Tables; DotNetTypes.format.ps1xml Dictionary view (Name 30)
[ordered]@{a=1}
[ordered]@{b=2}
