# source: 5.1 format-default InnerFormatShapeCommand (out-of-band objects, IsObjectApplicable)
@{k='v'}
[pscustomobject]@{Id=1}
