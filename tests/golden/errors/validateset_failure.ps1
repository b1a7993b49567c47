# source: Metadata.resx (ValidateSetFailure); about_Functions_Advanced_Parameters
function f { param([ValidateSet('Low','High')] [string]$Level) $Level }
f -Level Mid
'after'
