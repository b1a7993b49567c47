# source: 5.1 format-default InnerFormatShapeCommand (out-of-band objects, IsObjectApplicable)
[pscustomobject]@{Id=1}
'a string'
[pscustomobject]@{Id=2}
