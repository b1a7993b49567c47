# source: about_Functions
function Get-Thing { 'thing' }
Get-Thing
get-thing
GET-THING
