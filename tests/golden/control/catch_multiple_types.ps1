# source: about_Try_Catch_Finally
try { $z = 0; 1 / $z }
catch [System.ArgumentException], [System.DivideByZeroException] { 'either type' }
