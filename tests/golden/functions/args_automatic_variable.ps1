# source: about_Automatic_Variables ($args)
function f { $args.Count; $args[1] }
f a b c
