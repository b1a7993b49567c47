# source: Out-File (reference/5.1/Microsoft.PowerShell.Utility): the output as the console formats it, -Append, -NoClobber ("The file '...' already exists."), -Encoding Unicode (UTF-16LE with BOM, 5.1's default; ucsh's default is UTF-8 without BOM, README); `>` and `>>` write the same text
$d = '/tmp/ucsh-golden-files-out_file'
Remove-Item $d -Recurse -ErrorAction SilentlyContinue
New-Item -ItemType Directory $d | Out-Null
Set-Location $d
'one', 'two' | Out-File out.txt
'three' | Out-File out.txt -Append
Get-Content out.txt
[pscustomobject]@{Name = 'Ken'; Pool = 'atl-cs-001'} | Out-File obj.txt
Get-Content obj.txt
[pscustomobject]@{Name = 'Ken'; Pool = 'atl-cs-001'} > redir.txt
(Get-Content redir.txt -Raw) -eq (Get-Content obj.txt -Raw)
'x' | Out-File out.txt -NoClobber
'after'
'wide' | Out-File -FilePath u.txt -Encoding Unicode
(Get-Content u.txt -Encoding Byte) -join ' '
Get-Content u.txt
Out-File -FilePath io.txt -InputObject 'given'
Get-Content io.txt
Set-Location /
Remove-Item $d -Recurse
