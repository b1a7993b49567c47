# source: about_Try_Catch_Finally
try { throw 'plain' }
catch [System.DivideByZeroException] { 'divide by zero' }
catch { 'generic: ' + $_ }
