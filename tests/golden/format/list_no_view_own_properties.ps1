# source: powershell.md §9 (List layout); 5.1 ListViewGenerator.GenerateListViewEntryFromProperties ("compute active properties every time": without a view, each list entry shows its own properties)
[pscustomobject]@{a=1; b=2; c=3; d=4; e=5}
[pscustomobject]@{Name='x'; Size=7}
[pscustomobject]@{a=6; b=7; c=8; d=9; e=10}
