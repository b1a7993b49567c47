# source: about_Switch
switch -Wildcard ('atl-cs-001') {
  'atl*' { 'Atlanta' }
  '*-CS-*' { 'CS' }
  'dal*' { 'Dallas' }
}
