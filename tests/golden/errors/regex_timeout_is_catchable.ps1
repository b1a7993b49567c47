# source: .NET RegexMatchTimeoutException (its message) wrapped by the method call as MethodInvocationException; ucsh's backtracking limit stands in for a match timeout (README, Known gaps)
$s = 'a' * 30 + '!'
try { [regex]::IsMatch($s, '^(a+)+$') } catch { $_.ToString() }
try { $s -match '^(a+)+$' } catch { 'operator: ' + $_ }
'aaa' -match '^(a+)+$'
