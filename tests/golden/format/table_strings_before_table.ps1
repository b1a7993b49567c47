# source: 5.1 format-default InnerFormatShapeCommand (out-of-band objects, IsObjectApplicable)
'first'
42
[pscustomobject]@{Id=1}
