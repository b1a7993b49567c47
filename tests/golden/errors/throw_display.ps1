# source: powershell.md section 8 (NormalView); about_Throw; about_Classes 5.1 (OperationStopped ... RuntimeException)
throw 'Custom failure'
