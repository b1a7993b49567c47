# source: about_Quoting_Rules; about_Automatic_Variables ($null)
"[$notDefinedAnywhere]"
"[$null]"
