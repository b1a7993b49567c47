# source: about_Booleans; Parser.Tests.ps1 (Boolean Tests)
foreach ($v in @(), @(0), @(0,0), 'False', 0, '0', '', ' ', $null) {
  if ($v) { 'T' } else { 'F' }
}
