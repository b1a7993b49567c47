# source: using-aliases.md (echo, write)
echo 'e'
write 'w'
Write-Output 1,2
