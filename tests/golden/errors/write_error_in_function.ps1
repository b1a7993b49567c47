# source: about_Automatic_Variables 5.1 ($?, Test-WriteError example)
function Test-WriteError
{
    Write-Error "Bad"
    "The `$? variable is: $?"
}

Test-WriteError
"Now the `$? variable is: $?"
