# source: sequences.md §3.8 (template Get-CsUser -Filter {UserProperty -eq "UserPropertyValue"}; cmdlets.md §13 L13 example {$_.PrimaryPoolFqdn -eq ...}): not properties of Get-CsUser's users, a binding error (wording after the product's OPATH filter errors)
Get-CsUser -Filter {UserProperty -eq "UserPropertyValue"}
Get-CsUser -Filter {$_.PrimaryPoolFqdn -eq "redmond-cs-001.litwareinc.com"}
"after"
