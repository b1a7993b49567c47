# source: about_Functions_Advanced_Parameters (ValidateSet)
function f { param([ValidateSet('Low','High')][string]$Level) $Level }
f -Level high
