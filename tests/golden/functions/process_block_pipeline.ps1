# source: about_Functions (Piping objects to functions)
function Show-Item { process { "item $_" } }
'a','b' | Show-Item
