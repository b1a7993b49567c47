# source: about_Try_Catch_Finally
try { 'body' } finally { 'fin' }
try { throw 'x' } catch { 'caught' } finally { 'fin2' }
