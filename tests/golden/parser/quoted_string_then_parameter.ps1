# source: Parser.cs GetCommandArgument; powershell.md section 2 (Adjacent pieces) (New-CsClsScenario example)
function f { param($Identity, $Provider) "$Identity|$Provider" }
f -Identity "global/RedmondHybridVoice"-Provider p1
