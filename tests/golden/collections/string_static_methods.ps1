# source: about_Operators (static member operator); .NET System.String
[string]::IsNullOrEmpty('')
[string]::IsNullOrEmpty($null)
[string]::IsNullOrEmpty('x')
[string]::Join(',', @('a','b','c'))
