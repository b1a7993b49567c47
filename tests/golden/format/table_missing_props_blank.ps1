# source: 5.1 format-default InnerFormatShapeCommand (out-of-band objects, IsObjectApplicable)
[pscustomobject]@{Name='ken'; Pool='pool01'}
[pscustomobject]@{Other='x'}
[pscustomobject]@{Name='al'; Pool='pool02'}
