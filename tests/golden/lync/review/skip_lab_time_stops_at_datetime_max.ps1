# source: .NET DateTime.MaxValue is 12/31/9999 11:59:59 PM and DateTime.AddDays past it throws "The added or subtracted value results in an un-representable DateTime." (ArgumentOutOfRangeException); issue 4: Skip-CsLabTime moves the simulated clock, bad input gives a clear error and changes nothing
Skip-CsLabTime -Days 2147483647
Get-CsLabClock
Skip-CsLabTime -Days 2914400 -Hours 1
Get-CsLabClock
Skip-CsLabTime -Days 3000 -Minutes 5
Get-CsLabClock
