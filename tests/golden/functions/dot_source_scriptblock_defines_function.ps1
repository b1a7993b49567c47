# source: about_Scopes (dot-source notation)
. { function Get-Inner { 'inner ran' } }
Get-Inner
