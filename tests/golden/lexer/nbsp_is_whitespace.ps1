# source: CharTraits.cs IsWhitespace (NBSP U+00A0)
Write-Output 'nbsp'
