# source: about_Case-Sensitivity, about_Variables
$Abc = 5
$aBC
$ABC + 1
