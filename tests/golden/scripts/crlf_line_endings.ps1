# source: CharTraits.cs / tokenizer (CR, LF and CRLF are newlines)
$a = 1
if ($a) {
  'crlf ok'
}
Write-Output `
  'continued'
