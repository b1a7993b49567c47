# source: about_Switch
switch -Regex ('user=ken') {
  '^user=(\w+)$' { "name: $($Matches[1])" }
  '^admin' { 'admin' }
}
