# source: Parser.Tests.ps1 (continue with a label on a nested loop)
:foo foreach ($a in 1,2) { 1; :bar foreach ($b in 1,2,3) { 2; continue foo; 3 }; 4; continue; 5 }
