# source: ScriptCallDepthException (message "The script failed due to call depth overflow.", FullyQualifiedErrorId CallDepthOverflow, as PowerShell/PowerShell#4268 and user reports quote it); about_Try_Catch_Finally
function Recurse { Recurse }
try { Recurse } catch { $_.ToString(); $_.FullyQualifiedErrorId }
$sb = { & $sb }
try { & $sb } catch { 'block: ' + $_ }
function ViaPipeline { 1 | ForEach-Object { ViaPipeline } }
try { ViaPipeline } catch { 'pipeline: ' + $_ }
'after'
