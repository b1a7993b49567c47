# source: Format-List.md; 5.1 ListWriter.cs
[pscustomobject]@{Name='ken'; Count=3} | Format-List
