# source: ForEach-Object.md
1,2,3 | ForEach-Object -Begin { 'start' } -Process { $_ * 10 } -End { 'done' }
