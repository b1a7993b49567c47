# source: about_CommonParameters (-ErrorAction on an advanced function)
function f { [CmdletBinding()] param() Write-Error 'bad'; 'after error' }
f -ErrorAction SilentlyContinue
try { f -ea Stop } catch { "caught: $_" }
