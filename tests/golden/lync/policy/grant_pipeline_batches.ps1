# source: issue 4 (pipelines of users are granted in batches; 100,000 users must stay fast): 25,000 users piped from Get-CsUser, more than one batch
New-CsLabUser -DisplayName "Batch" -Count 25000 -RegistrarPool "atl-cs-002.litwareinc.com" | Out-Null
New-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy" | Out-Null
Get-CsUser -Filter {RegistrarPool -eq "atl-cs-002.litwareinc.com"} | Grant-CsUserServicesPolicy -PolicyName "RedmondUserServicesPolicy"
(Get-CsUser -Filter {UserServicesPolicy -eq "RedmondUserServicesPolicy"}).Count
(Get-CsUser -Filter {UserServicesPolicy -eq "RedmondUserServicesPolicy" -and DisplayName -like "Batch *"}).Count
(Get-CsUser -Identity "Batch 25000").UserServicesPolicy
