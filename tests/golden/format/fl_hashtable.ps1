# source: Format-List.md; 5.1 ListWriter.cs
@{k='v'} | Format-List
