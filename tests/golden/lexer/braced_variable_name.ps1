# source: about_Variables (variable names with special characters)
${my var} = 3
${my var}
"v=${my var}"
