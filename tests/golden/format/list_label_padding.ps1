# source: powershell.md §9 (List layout); 5.1 ListWriter.cs, OutCommandInner (GroupStart/End blank lines)
[pscustomobject]@{Identity='Global'; A=1; Description='d'; B=2; SipAddress='sip:x@y'}
