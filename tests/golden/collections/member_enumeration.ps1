# source: about_Member-Access_Enumeration
$objs = [pscustomobject]@{ Name = 'a' }, [pscustomobject]@{ Name = 'b' }
$objs.Name
$objs.Name.ToUpper()
$objs.Count
