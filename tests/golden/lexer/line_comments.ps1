# source: about_Comments
# a full-line comment
Write-Output 'a' # trailing comment
'b' # another one
