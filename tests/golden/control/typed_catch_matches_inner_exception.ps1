# source: about_Try_Catch_Finally; powershell.md section 5
try { $z = 0; 1 / $z }
catch [System.DivideByZeroException] { 'divide by zero' }
catch { 'other' }
