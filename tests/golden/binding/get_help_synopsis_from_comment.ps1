# source: about_Comment_Based_Help (help at the top of the function body)
function Get-Widget {
  <#
  .SYNOPSIS
    Gets widgets.
  .DESCRIPTION
    Gets the widgets of the lab.
  #>
  param($Name)
}
$h = Get-Help Get-Widget | Out-String
$h -split "`n" | Where-Object { $_ -match 'Gets' } | ForEach-Object { $_.Trim() }
