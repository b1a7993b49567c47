# source: about_Automatic_Variables ($input); about_Functions
function Sum-Input { $t = 0; foreach ($i in $input) { $t += $i }; $t }
1,2,3 | Sum-Input
function Count-Input { @($input).Count }
4,5 | Count-Input
