# source: about_Switch
switch ('Ken') { default { "hello $_" } }
