# source: about_Intrinsic_Members (psobject: BaseObject, Properties, TypeNames)
$o = [pscustomobject]@{Name = 'Ken Myer'; Pool = 'atl-cs-001.litwareinc.com'}
$o.psobject.Properties.Name
$o.psobject.TypeNames[0]
$o.psobject.Properties | ForEach-Object { "$($_.Name) [$($_.MemberType)] = $($_.Value)" }
(5).psobject.TypeNames -join ','
$o.psobject.BaseObject.Name
