# source: about_Trap
trap { 'trapped: ' + $_.Exception.Message; continue }
'start'
throw 'oops'
'next'
