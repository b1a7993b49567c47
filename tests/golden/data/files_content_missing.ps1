# source: Get-Content (5.1): a missing file is ItemNotFoundException "Cannot find path '...' because it does not exist." (PathNotFound, ObjectNotFound); a wildcard that matches nothing is silent; a folder is refused
$d = '/tmp/ucsh-golden-files-content_missing'
Remove-Item $d -Recurse -ErrorAction SilentlyContinue
New-Item -ItemType Directory "$d/sub" | Out-Null
Set-Location $d
Get-Content nofile.txt
'after'
@(Get-Content *.nothing).Count
Get-Content sub
Get-Content -Path nofile.txt -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
try { Get-Content C:\NoSuchFolder\x.txt -ErrorAction Stop } catch { $_.Exception.Message }
Set-Location /
Remove-Item $d -Recurse
