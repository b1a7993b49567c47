# source: about_Comments; powershell.md section 1 (Comments)
Write-Output 'a' <# c #> 'b'
