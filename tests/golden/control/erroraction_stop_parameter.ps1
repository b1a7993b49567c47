# source: about_Preference_Variables ($ErrorActionPreference); about_CommonParameters (-ErrorAction)
try { Write-Error 'bad' -ErrorAction Stop } catch { "caught $_" }
try { Write-Error 'soft'; 'continued' } catch { 'not caught' }
