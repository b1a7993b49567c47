# source: reference/5.1/Microsoft.PowerShell.Utility/Group-Object.md (Count and Name; order not relied on)
'a','b','a','c','a' | Group-Object | Sort-Object Name | ForEach-Object { "$($_.Name)=$($_.Count)" }
