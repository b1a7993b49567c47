# source: about_Parsing; powershell.md section 2 (Comma lists)
function f { param($Users, $Name) "$($Users.Count) $Name" }
f "sip:a@litwareinc.com", "sip:b@litwareinc.com" last
