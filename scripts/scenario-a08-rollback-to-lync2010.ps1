# source: sequences.md 5 scenario A8 "seed 000, Lync 2013 -> Lync 2010"; seed 000 (JJ205224) "To roll back user contacts from Lync Server 2013 to Lync Server 2010"; ucs-model.md E5 RB1 RB3 RB7 MV1 MV3 MV5; ucs-decisions.md 4, 5, 6
#
# Runbook (acceptance scenario A8): seed 000's procedure for users going back
# to Lync Server 2010: disable UCS in their policy, roll the contacts back,
# then move them to a Lync Server 2010 pool ("Before moving a user from Lync
# Server 2013 to Lync Server 2010, roll back the Buddy List ... If this step
# is omitted, the Buddy List will be lost.", RB7); then the scenario's variant
# without the rollback, where Move-CsUser rolls back by itself (MV1). The
# documented lines are byte for byte from sequences.md 5; each "# [event]" is
# a lab step and each "# expect:" an observation, with a comment saying what
# to see.
# Run: ucsh -Store :memory: scripts/scenario-a08-rollback-to-lync2010.ps1
# Use it on a throwaway lab: the variant restores the default lab
# (Reset-CsLab), discarding whatever the store held.
#
# Invoke-CsUcsRollback and Move-CsUser ask for confirmation by default
# (ConfirmImpact High, decisions 5 and 6) and the documented lines have no
# -Confirm:$False; a runbook has nobody to answer, so it lowers
# $ConfirmPreference instead of altering the documented lines.
$ConfirmPreference = 'None'

# --- Lab: Ken Myer in the unified contact store --------------------------------------------
# Seed 000 rolls back migrated users. The default lab's Ken Myer (policy "UCS
# Enabled Users", UcsAllowed True) signs in with Lync 2013 and migrates (10
# simulated minutes, M3, M4): expect UnifiedContactStore, 6 contacts.
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Documented. Expect a WARNING naming the users of "UCS Enabled Users" who stay
# in the unified contact store (Ken; E5, decisions 4): the policy change
# alone moves nothing.
Set-CsUserServicesPolicy -Identity "UCS Enabled Users" -UcsAllowed $False
# Documented. Expect no output and no "temporary" warning: the policy is False
# now, so the rollback is permanent (RB3). 5 simulated minutes later the
# contacts are in Lync Server (RB1, decisions 2).
Invoke-CsUcsRollback -Identity "Ken Myer"
Skip-CsLabTime -Minutes 5
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount,NextCheck | Format-List

# then move to a Lync Server 2010 pool (pool name not given in the docs), e.g. Move-CsUser -Identity "Ken Myer" -Target "<Lync Server 2010 pool FQDN>"
# Lab: the template above with the lab's Lync Server 2010 pool, dal-cs-001.
# Expect no output (the contacts are already in Lync Server: nothing to roll
# back).
Move-CsUser -Identity "Ken Myer" -Target "dal-cs-001.litwareinc.com"

# expect: contacts (buddy list) preserved in Lync Server; policy unchanged (still "UCS Enabled Users", now False)
# Lab: expect Ken on dal-cs-001 (PoolVersion 2010) in LyncServer with all 6
# contacts (RB7: the buddy list was rolled back first), his policy still
# "UCS Enabled Users" (MV3), which now has UcsAllowed False; his
# MigrationBlockers name the policy and the 2010 pool (M1, MV5).
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,PoolVersion,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed,MigrationBlockers | Format-List
Get-CsLabContact -Identity "Ken Myer" | Select-Object SipAddress,Group,Location | Format-Table -AutoSize
Get-CsUserServicesPolicy -Identity "UCS Enabled Users" | Format-List
Get-CsLabEvent -Identity "Ken Myer" | Format-List

# === Variant without the Invoke step ===========================================================
# variant without the Invoke step: Move-CsUser performs the rollback automatically (MV1); policy unchanged, so moving Ken
#   back to a Lync 2013 pool re-migrates him if his policy allows (MV3)
# Lab: back to the default lab (Reset-CsLab: "UCS Enabled Users" True again,
# the clock at 2/1/2013 9:00:00 AM), Ken migrates again as above.
Reset-CsLab
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed | Format-List

# Lab: the same move with no policy change and no Invoke-CsUcsRollback. "The
# Move-CsUser cmdlet automatically rolls back the user's contact store from
# Exchange 2013 to Lync Server 2013 ... When users are moved from Lync Server
# 2013 to Lync Server 2010." (seed 000, MV1). Expect Ken on dal-cs-001 in
# LyncServer with all 6 contacts (no loss: decisions 6 reads MV1 over RB7 for
# a move without -Force), his policy unchanged ("UCS Enabled Users",
# UcsAllowed True: "Move-CsUser does not disable unified contact store
# policy", MV3), the 2010 pool now his only MigrationBlocker (MV5), and the
# client's UCS key gone.
Move-CsUser -Identity "Ken Myer" -Target "dal-cs-001.litwareinc.com"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,PoolVersion,ContactStore,ContactCount,UserServicesPolicy,EffectiveUcsAllowed,MigrationBlockers | Format-List
Test-Path "HKCU:\Software\Microsoft\Office\15.0\Lync\sip:kenmyer@litwareinc.com\UCS"

# Lab: "... so the migration to unified contact store will recur if the user
# is moved back to Lync Server 2013." (MV3). Ken is moved back to atl-cs-001
# (Move-CsUser signs the client out) and signs in with Lync 2013: expect
# Migrating, then UnifiedContactStore 10 simulated minutes later (M3, M4),
# and Test-CsUnifiedContactStore Result Success (T1).
Move-CsUser -Identity "Ken Myer" -Target "atl-cs-001.litwareinc.com"
Connect-CsLabClient -Identity "Ken Myer"
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount,NextCheck | Format-List
Skip-CsLabTime -Minutes 10
Get-CsLabUser "Ken Myer" | Select-Object DisplayName,RegistrarPool,ContactStore,ContactCount,NextCheck | Format-List
Test-CsUnifiedContactStore -UserSipAddress "sip:kenmyer@litwareinc.com" -TargetFqdn "atl-cs-001.litwareinc.com"

# Lab: the event log of the variant, with the rule behind each step.
Get-CsLabEvent -Identity "Ken Myer" | Format-List
