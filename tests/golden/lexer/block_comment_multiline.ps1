# source: about_Comments
<# this is
   a block comment
   'not output'
#>
'after'
