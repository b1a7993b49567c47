# source: Format-List.md; 5.1 ListWriter.cs
[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-List
