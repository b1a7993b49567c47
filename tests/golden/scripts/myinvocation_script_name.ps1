# source: about_Automatic_Variables ($MyInvocation)
$MyInvocation.MyCommand.Name
