# source: sequences.md 5 scenario A7 "unassign with en dashes (raw seed bytes)" and sequences.md 1 (character audit); seed 001 (JJ688083) NOTE; Grant-CsUserServicesPolicy.md example 2; ucs-model.md E2 E3 E4 E5; ucs-decisions.md 4, 9; cmdlets.md 1.3
#
# Runbook (acceptance scenario A7): seed 001's NOTE prints the unassign
# command with two U+2013 EN DASH characters as parameter prefixes:
# "To unassign a per-user policy previously assigned to a user, set the
# PolicyName to a null value ($Null)" (E2). PowerShell takes an en dash as a
# parameter dash, so the line must behave exactly like its ASCII form. The
# documented line is byte for byte from sequences.md 5 (copied with a tool,
# not retyped); each "# [event]" is a lab step and each "# expect:" an
# observation, with a comment saying what to see.
# Run: ucsh -Store :memory: scripts/scenario-a07-unassign-en-dash.ps1
# This file holds en dashes, so it is UTF-8 with a BOM (Windows PowerShell
# 5.1 reads a BOM-less script as ANSI).

# precondition: global UcsAllowed False; Ken has per-user AllowUnifiedContactStore
# Lab: seed 001's first three lines (scenario A3) on the default lab: expect
# the new policy Tag:AllowUnifiedContactStore, UcsAllowed True. Then Ken Myer
# signs in with Lync 2013 and migrates (10 simulated minutes, M3, M4), so
# that "contacts not moved" below is visible: expect UnifiedContactStore, 6
# contacts, policy AllowUnifiedContactStore, effective UcsAllowed True.
Set-CsUserServicesPolicy -Identity global -UcsAllowed $False
New-CsUserServicesPolicy -Identity "AllowUnifiedContactStore" -UcsAllowed $True
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "AllowUnifiedContactStore"
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Documented (the en-dash line, raw seed bytes). Expect the command to bind
# exactly like -Identity/-PolicyName and the WARNING that Ken's contacts stay
# in the unified contact store: his effective policy no longer allows it, but
# unassigning never moves contacts out (E5, decisions 4; ucsh's own text).
Grant-CsUserServicesPolicy –Identity "Ken Myer" –PolicyName $Null

# expect: command accepted exactly like the ASCII form; Ken has no per-user policy; effective = global (False); contacts not moved
# Lab: expect no error ($? True), Get-CsUser's UserServicesPolicy empty (no
# per-user policy, E2), Get-CsEffectivePolicy naming the global policy and
# effective UcsAllowed False ("Ken will automatically be managed by the
# global policy, and thus will no longer have access to the unified contact
# store", E2/E4), and Ken still in UnifiedContactStore with his 6 contacts
# (E5). Test-CsUnifiedContactStore still Result Success (T1).
$?
Get-CsUser -Identity "Ken Myer" | Select-Object DisplayName,UserServicesPolicy | Format-List
Get-CsEffectivePolicy -Identity "Ken Myer" | Select-Object UserServicesPolicy | Format-List
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# --- Lab: the ASCII form, for comparison ---------------------------------------------------
# Ken gets AllowUnifiedContactStore back, then the ASCII line (example 2 of
# Grant-CsUserServicesPolicy.md, verbatim) unassigns it again. Expect the very
# same WARNING and the very same state as after the en-dash line.
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName "AllowUnifiedContactStore"
Grant-CsUserServicesPolicy -Identity "Ken Myer" -PolicyName $Null
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Lab: the event log: each assignment and unassignment, no rollback.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
