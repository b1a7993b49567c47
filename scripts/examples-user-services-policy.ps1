# source: cmdlets.md 2-6 (the examples of Get-, New-, Set-, Grant-, Remove-CsUserServicesPolicy.md); sequences.md 4; ucs-model.md P1 P4 P5 P7 P8 P9 P10 P11 E1 E2 E3 E4 E5 M3; ucs-decisions.md 3 4 9
#
# Runbook: every example of the five user services policy pages, in an order
# where each one has something to act on. Documented lines are copied byte
# for byte; every other line is a lab step or an observation.
# Run: ucsh -Store :memory: scripts/examples-user-services-policy.ps1
#
# One documented step fails on purpose (an expected error on stderr): the
# first Remove-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy" while
# users still hold the policy (decisions 9); the runbook then unassigns it and
# runs the line again. The last Remove pipeline also meets "UCS Enabled Users",
# still assigned to Robin Wood: a second expected error.

# --- Starting point ------------------------------------------------------------------
# Documented (Get-CsUserServicesPolicy.md example 1). Expect the default lab's
# two policies: Global, UcsAllowed True (P1), and the per-user
# Tag:UCS Enabled Users, UcsAllowed True (held by Ken Myer and Robin Wood).
Get-CsUserServicesPolicy

# --- A site policy (New-CsUserServicesPolicy.md) ------------------------------------
# Documented. Expect the new policy echoed: Site:Redmond, UcsAllowed False.
# "Users managed by this policy will not have their contacts moved to the
# Unified Contact Store": users of the Redmond pools (atl-cs-001, atl-cs-002)
# with no per-user policy (E3, E4).
New-CsUserServicesPolicy -Identity "site:Redmond" -UcsAllowed $False

# Lab: a second site policy, Dallas, created without -UcsAllowed, so True (P4);
# it gives the site-scope examples below two policies to act on.
New-CsUserServicesPolicy -Identity "site:Dallas" | Out-Null

# Documented (Get- example 2). Expect Site:Redmond only.
Get-CsUserServicesPolicy -Identity "site:Redmond"

# Documented (Get- example 3). Expect Site:Redmond and Site:Dallas, the
# site-scope policies (P8: -Filter is a wildcard over Identity).
Get-CsUserServicesPolicy -Filter "site:*"

# Documented (Get- example 4). Expect Site:Redmond only: the one policy with
# UcsAllowed False.
Get-CsUserServicesPolicy | Where-Object {$_.UcsAllowed -eq $False}

# Lab: the site policy at work. Pilar Ackerman (atl-cs-001, Redmond, no
# per-user policy, Exchange 2013 mailbox) signs in with Lync 2013: she stays in
# Lync Server (E3: site False). Ken Myer signs in too: his per-user policy
# "UCS Enabled Users" (True) wins over the site (E3), so his migration starts
# (M3). Expect Pilar LyncServer / EffectiveUcsAllowed False, Ken Migrating.
Connect-CsLabClient -Identity "Pilar Ackerman"
Connect-CsLabClient -Identity "Ken Myer"
Get-CsLabUser "Pilar Ackerman", "Ken Myer" | Select-Object DisplayName,ContactStore,UserServicesPolicy,EffectiveUcsAllowed | Format-Table -AutoSize
Disconnect-CsLabClient -Identity "Pilar Ackerman"
Disconnect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10

# --- A per-user policy (Set-, Grant-CsUserServicesPolicy.md) --------------------------
# Lab: the pages' per-user policy RedmondUserServicesPolicy does not exist in
# the lab; create it the way the New page's -Identity text shows (a bare name
# is a per-user policy, P5; UcsAllowed True by default, P4).
New-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy" | Out-Null

# Documented (Set- example 1). Expect no output; the per-user policy now has
# UcsAllowed False. No user holds it yet, so no warning (decisions 4).
Set-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy" -UcsAllowed $False
Get-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy"

# Documented (Grant- example 1). Expect a WARNING: Ken's contacts are in the
# unified contact store (migrated above) and stay there: a policy change never
# moves them out (E5, decisions 4); only Invoke-CsUcsRollback does.
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "RedmondUserServicesPolicy"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Documented (Grant- example 2). Ken has no per-user policy and falls back to
# the site policy Site:Redmond (E2, E3), still False: the same WARNING, his
# contacts stay in UCS (E5, decisions 4).
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName $Null
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Documented (Set- example 2). Every site policy is now UcsAllowed False (P7:
# the policies reach -Instance through the pipeline): Dallas changes from True
# to False. Setting Site:Redmond False again repeats the WARNING for Ken, whom
# it governs while he is in UCS (decisions 4).
Get-CsUserServicesPolicy -Filter "site:*" | Set-CsUserServicesPolicy -UcsAllowed $False
Get-CsUserServicesPolicy -Filter "site:*" | Select-Object Identity,UcsAllowed | Format-Table -AutoSize

# Documented (Grant- example 3). Every user homed on atl-cs-001 gets
# RedmondUserServicesPolicy (E1); Ken, in UCS, gets the WARNING again (E5).
# Users of other pools keep theirs: Robin Wood (atl-cs-002) keeps
# "UCS Enabled Users", Kim Akers (Lync Online) has no Registrar pool.
Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Grant-CsUserServicesPolicy -PolicyName "RedmondUserServicesPolicy"
Get-CsUser | Select-Object DisplayName,RegistrarPool,UserServicesPolicy | Format-Table -AutoSize

# --- Removing policies (Remove-CsUserServicesPolicy.md) ------------------------------
# Documented (Remove- example 1). Expected error: the policy is still held by
# the five users of atl-cs-001, and the lab refuses to delete an assigned
# per-user policy (decisions 9; -Force would unassign it first).
Remove-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy"

# Lab: unassign it from them (Grant- example 2's $Null, through the
# pipeline; Ken falls back to Site:Redmond, False: the WARNING once more), then
# the documented line again. Expect no output from it, and the policy gone:
# Global, Site:Redmond, Site:Dallas, Tag:UCS Enabled Users left.
Get-CsUser -Filter {RegistrarPool -eq "atl-cs-001.litwareinc.com"} | Grant-CsUserServicesPolicy -PolicyName $Null
Remove-CsUserServicesPolicy -Identity "RedmondUserServicesPolicy"
Get-CsUserServicesPolicy | Select-Object Identity,UcsAllowed | Format-Table -AutoSize

# Documented (Remove- example 2). Expect no output; both site policies are
# deleted (P9). Pilar and Ken are governed by the global policy again (E4):
# True (Ken's contacts never left UCS).
Get-CsUserServicesPolicy -Filter "site:*" | Remove-CsUserServicesPolicy
Get-CsUserServicesPolicy | Select-Object Identity,UcsAllowed | Format-Table -AutoSize
Get-CsLabUser "Pilar Ackerman" | Select-Object DisplayName,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Lab: a per-user policy nobody holds, AllowUnifiedContactStore (True), and a
# change to the global policy's MigrationDelayInDays (P11), so the last
# example has something to delete and something to reset.
New-CsUserServicesPolicy -Identity "AllowUnifiedContactStore" -UcsAllowed $True | Out-Null
Set-CsUserServicesPolicy -Identity global -MigrationDelayInDays 5
Get-CsUserServicesPolicy | Select-Object Identity,UcsAllowed,MigrationDelayInDays | Format-Table -AutoSize

# Documented (Remove- example 3). Every policy with UcsAllowed True goes down
# the pipeline. Expect: Tag:AllowUnifiedContactStore deleted (P9); the global
# policy is not deleted but reset to its defaults, UcsAllowed True and
# MigrationDelayInDays 0 (P10); Tag:UCS Enabled Users is still held by Robin
# Wood: an expected error, and it stays (decisions 9).
Get-CsUserServicesPolicy | Where-Object {$_.UcsAllowed -eq $True} | Remove-CsUserServicesPolicy
Get-CsUserServicesPolicy | Select-Object Identity,UcsAllowed,MigrationDelayInDays | Format-Table -AutoSize

# Lab: the contacts never moved out through any of this (E5): Ken is still in
# the unified contact store. The event log shows each step and its rule.
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List
Get-CsLabEvent -Identity "Ken Myer" | Format-List
