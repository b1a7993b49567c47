# source: about_CommonParameters (-WhatIf and -Confirm only with SupportsShouldProcess)
function f { [CmdletBinding()] param() "ran" }
f -WhatIf
"after"
