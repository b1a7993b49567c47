# source: ForEach-Object.md (1, 2, $null, 4 example); about_Pipelines
1, 2, $null, 4 | ForEach-Object { 'Hello' }
