# source: .NET String maximum length 0x3FFFFFDF characters: a longer string throws OutOfMemoryException ("Exception of type 'System.OutOfMemoryException' was thrown.")
try { $s = 'a' * 1GB; 'not reached' } catch { 'caught: ' + $_ }
$s = 'a' * 10MB
$s.Length
