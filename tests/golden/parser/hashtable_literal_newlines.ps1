# source: about_Hash_Tables
$h = @{
  Name = 'Ken'
  Size = 3; Enabled = $true
}
$h.Count
$h.Name
$h.Size
$h.Enabled
