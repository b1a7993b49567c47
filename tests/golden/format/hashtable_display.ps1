# source: powershell.md §9 (Hashtables); about_Hash_Tables; DotNetTypes.format.ps1xml Dictionary view (Name 30)
@{Name='ken'}
