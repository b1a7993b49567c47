# source: about_Functions_Advanced_Parameters (Alias attribute)
function f { param([Alias('id')] $Identity) "identity=$Identity" }
f -id ken
