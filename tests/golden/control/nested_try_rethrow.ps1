# source: about_Try_Catch_Finally; about_Throw (rethrow)
try {
  try { throw 'first' } catch { 'inner caught'; throw }
} catch {
  "outer caught: $_"
}
