# source: about_Parsing (argument mode); powershell.md section 2 (Barewords)
Write-Output site:Redmond service:Registrar:atl-cs-001.litwareinc.com global/RedmondHybridVoice tag:RedmondVoicePolicy
