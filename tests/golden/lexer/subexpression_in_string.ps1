# source: about_Quoting_Rules; about_Operators (subexpression operator)
"sum $(1+2)"
"list: $(1..3)"
"$(2*3)px"
