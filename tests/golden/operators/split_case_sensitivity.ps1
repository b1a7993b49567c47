# source: about_Split
'aXbxc' -split 'x'
'aXbxc' -csplit 'x'
