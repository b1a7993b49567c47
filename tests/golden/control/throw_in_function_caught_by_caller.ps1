# source: about_Try_Catch_Finally
function f { throw 'inner failure' }
try { f; 'not reached' } catch { "caught: $($_.Exception.Message)" }
'after'
