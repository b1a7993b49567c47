# source: Start-Transcript.md and Stop-Transcript.md (5.1: "Transcript started, output file is ...", the "Windows PowerShell transcript start/end" header and footer, -Append, -NoClobber, "The host is not currently transcribing."); issue 6 point 3
$d = '/tmp/ucsh-golden-transcript'
Remove-Item $d -Recurse -Force -ErrorAction SilentlyContinue
New-Item -ItemType Directory $d | Out-Null
$t = "$d/session.txt"
Start-Transcript -Path $t
"hello"
Write-Warning "careful"
Get-CsUserServicesPolicy -Identity Global | Select-Object Identity, UcsAllowed
Stop-Transcript
Start-Transcript -Path $t -Append | Out-Null
"second"
Stop-Transcript | Out-Null
try { Start-Transcript -Path $t -NoClobber } catch { "noclobber: $($_.Exception.Message)" }
try { Stop-Transcript } catch { "not transcribing: $($_.Exception.Message)" }
"--- the file, without its time and machine lines:"
Get-Content $t | Where-Object { $_ -notmatch '^(Start time|End time|Username|RunAs User|Machine|Host Application|Process ID|PSVersion):' }
Remove-Item $d -Recurse -Force
