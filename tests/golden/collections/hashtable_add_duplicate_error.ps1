# source: about_Hash_Tables; .NET Hashtable.Add (Argument_AddingDuplicate)
$h = @{ a = 1 }
$h.Add('a', 2)
'after'
$h.a
