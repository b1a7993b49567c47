# source: about_Try_Catch_Finally
try { 'body'; throw 'fatal' } finally { 'cleanup' }
'not reached'
