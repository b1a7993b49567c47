# source: about_Switch
switch (5) { 1 { 'one' } default { 'other' } }
