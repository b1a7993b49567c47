# source: about_Switch
switch ('abc') { 'a*' { 'wild' } default { 'no wildcard by default' } }
switch -Exact ('a*') { 'a*' { 'literal' } }
