# source: cmdlets.md §14 example as printed (Get-CsEffectivePolicy - Identity "Ken Myer", sic: a space after the dash): "-" and "Identity" are positional arguments, PowerShell's binding error
Get-CsEffectivePolicy - Identity "Ken Myer"
"after"
