# source: about_Functions
function Get-Greeting {
  param([string]$Name = 'World', [int]$Times = 1)
  for ($i = 0; $i -lt $Times; $i++) { "Hello, $Name" }
}
Get-Greeting
Get-Greeting -Name Ken -Times 2
