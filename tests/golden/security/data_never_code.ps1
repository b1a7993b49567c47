# source: about_Quoting_Rules (a value is expanded only where a script writes an expandable string; text read from a file or the store is never parsed) and issue 7 point 6
$d = '/tmp/ucsh-golden-security-data'
Remove-Item $d -Recurse -ErrorAction SilentlyContinue
New-Item -ItemType Directory $d | Out-Null
Set-Content "$d/canary.txt" 'alive'
$csv = @'
Name,Policy
"$(Remove-Item /tmp/ucsh-golden-security-data/canary.txt)","; Reset-CsLab -Confirm:$false"
"`$(Reset-CsLab)","$env:HOME"
"@{a=1}","${function:Get-CsUser}"
'@
Set-Content "$d/hostile.csv" $csv
$rows = Import-Csv "$d/hostile.csv"
$json = '[{"Name":"$(Remove-Item /tmp/ucsh-golden-security-data/canary.txt)","Policy":"\"; Reset-CsLab; \""},{"Name":"$([char]65)","Policy":"`$x"}]' | ConvertFrom-Json
Grant-CsUserServicesPolicy -Identity 'Ken Myer' -PolicyName $null
$i = 0
foreach ($r in @($rows) + @($json)) {
  $i++
  "$i name: $($r.Name)"
  "$i policy: " + $r.Policy
  '{0} -f: {1}' -f $i, $r.Name
  $u = New-CsLabUser -DisplayName $r.Name -SipAddress "sip:data$i@litwareinc.com"
  Grant-CsUserServicesPolicy -Identity "sip:data$i@litwareinc.com" -PolicyName $r.Policy -ErrorAction SilentlyContinue
  "$i stored: $((Get-CsLabUser -Identity "sip:data$i@litwareinc.com").DisplayName -ceq $r.Name)"
}
Get-Content "$d/canary.txt"
'{0} users, {1} events, Ken Myer: [{2}]' -f @(Get-CsUser).Count, @(Get-CsLabEvent).Count, (Get-CsUser 'Ken Myer').UserServicesPolicy
Remove-Item $d -Recurse
