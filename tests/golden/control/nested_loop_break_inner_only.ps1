# source: about_Break; Parser.Tests.ps1 (break inside a loop inside another loop)
foreach ($a in 1,2,3) { 1; foreach ($b in 1,2,3) { 2; break; 3 }; 4; break; 5 }
