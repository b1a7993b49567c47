# source: Set-Content/Get-Content -Encoding (reference/5.1, FileSystemCmdletProviderEncoding): UTF8 writes a BOM, Unicode is UTF-16LE with a BOM, BigEndianUnicode and UTF32 likewise, Ascii writes '?' for other characters, Byte reads bytes; reading honours the BOM (StreamReader), which is never part of the text
$d = '/tmp/ucsh-golden-files-encodings'
Remove-Item $d -Recurse -ErrorAction SilentlyContinue
New-Item -ItemType Directory $d | Out-Null
Set-Location $d
foreach ($e in 'UTF8', 'Unicode', 'BigEndianUnicode', 'UTF32', 'BigEndianUTF32', 'Ascii') {
  Set-Content "$e.txt" "h$([char]0xE9)llo" -Encoding $e
  $text = Get-Content "$e.txt"
  $bytes = (Get-Content "$e.txt" -Encoding Byte -TotalCount 4) -join ' '
  "{0}: {1} {2} [{3}]" -f $e, $text, $text.Length, $bytes
}
Add-Content Unicode.txt 'more' -Encoding Unicode
(Get-Content Unicode.txt) -join '|'
(Get-Content Unicode.txt -Encoding Byte).Count
Set-Location /
Remove-Item $d -Recurse
