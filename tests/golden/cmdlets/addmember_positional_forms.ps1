# source: Add-Member.md 5.1 (syntax: [-MemberType] [-Name] [[-Value]]; [-NotePropertyName] [-NotePropertyValue]; [-NotePropertyMembers]; examples use the positional forms)
$o = [pscustomobject]@{Name = 'Ken'}
$o | Add-Member NoteProperty Pool 'atl-cs-001.litwareinc.com'
$o | Add-Member Site 'Redmond'
$o | Add-Member @{Contacts = 6}
$o.psobject.Properties.Name -join ','
"$($o.Pool) $($o.Site) $($o.Contacts)"
