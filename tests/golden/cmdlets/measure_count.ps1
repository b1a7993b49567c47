# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md (Count)
(1..7 | Measure-Object).Count
('a','b' | measure).Count
