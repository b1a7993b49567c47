# source: about_Functions_Advanced_Parameters (ValueFromPipelineByPropertyName with Alias)
function f {
  [CmdletBinding()]
  param([Parameter(ValueFromPipelineByPropertyName)][Alias('SipAddress')]$Identity)
  process { $Identity }
}
[pscustomobject]@{SipAddress='sip:ken@litwareinc.com'} | f
