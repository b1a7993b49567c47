# source: ConvertTo-Json (5.1) uses JavaScriptSerializer: HttpUtility.JavaScriptStringEncode escapes " \ and control characters, and < > ' & U+0085 U+2028 U+2029 as \u00xx (lower-case hex); / and other characters stay
"a<b>c&d'e" | ConvertTo-Json
"quote`" back\ slash/ tab`t cr`r lf`n bell`a nul`0 esc`e" | ConvertTo-Json
('line' + [char]0x2028 + 'sep' + [char]0x85 + 'x') | ConvertTo-Json
"é ü 日本 😀" | ConvertTo-Json
@{ 'we<ird"key' = 1 } | ConvertTo-Json
