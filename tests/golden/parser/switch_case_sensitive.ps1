# source: about_Switch
switch ('ABC') { 'abc' { 'insensitive match' } }
switch -CaseSensitive ('ABC') { 'abc' { 'lower' } 'ABC' { 'upper' } }
