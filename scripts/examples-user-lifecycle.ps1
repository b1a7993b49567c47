# source: cmdlets.md 12, 13 (the examples of Enable-CsUser.md, Set-CsUser.md, Disable-CsUser.md, Get-CsUserPoolInfo.md); sequences.md 4; ucs-model.md BK5 M10; ucs-decisions.md 9
#
# Runbook: the user lifecycle examples the unified contact store procedures
# rely on: enabling an account for Lync Server (two ways to give it a SIP
# address), changing it, disabling it, and reading its pool. Documented lines
# are copied byte for byte; every other line is a lab step or an observation.
# Run: ucsh -Store :memory: scripts/examples-user-lifecycle.ps1
#
# One documented step fails on purpose (an expected error on stderr): the
# Get-CsUserPoolInfo example run again after Ken Myer's account was disabled
# (Get-CsUser no longer knows him: "Management object not found").
#
# Not run, shown for reference: the Enable-CsUser examples that pipe
# Get-CsAdUser (Active Directory accounts not yet enabled for Lync Server):
#     Get-CsAdUser -LdapFilter "department=Finance" | Enable-CsUser -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType SamAccountName -SipDomain litwareinc.com
#     Get-CsAdUser -Filter {Enabled -ne $True} | Enable-CsUser -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType SamAccountName -SipDomain litwareinc.com
# Get-CsAdUser is not a ucsh cmdlet; the other -LdapFilter / -UnassignedUser
# pipelines of these pages are golden cases (tests/golden/lync/user/).

# --- Get-CsUserPoolInfo.md example 1 -----------------------------------------------------------
# Documented. Expect Ken's pool information: primary pool atl-cs-001, no
# backup pool ("replica information will be shown only if the user's primary
# pool has been assigned a backup pool"; no lab pool has one).
Get-CsUserPoolInfo "sip:kenmyer@litwareinc.com"

# --- Enable-CsUser.md example 1 ------------------------------------------------------------------
# Lab: Pilar Ackerman's account is first disabled for Lync Server (the
# examples enable an account that is not enabled yet); Get-CsUser no longer
# returns her: expect 0.
Disable-CsUser -Identity "Pilar Ackerman"
@(Get-CsUser | Where-Object {$_.DisplayName -eq "Pilar Ackerman"}).Count

# Documented. "1) Select the account ... 2) Select a Registrar pool ... 3)
# Assign the account a SIP address": the SIP address is built from her logon
# name and the SIP domain. Expect no output, then Pilar on atl-cs-001 with
# sip:pilarackerman@litwareinc.com.
Enable-CsUser -Identity "Pilar Ackerman" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddressType SamAccountName -SipDomain litwareinc.com
Get-CsUser -Identity "Pilar Ackerman" | Select-Object DisplayName,SipAddress,RegistrarPool,Enabled | Format-List

# --- Enable-CsUser.md example 2 ------------------------------------------------------------------
# Lab: disabled again, so the second example has an account to enable.
Disable-CsUser -Identity "Pilar Ackerman"

# Documented. The SIP address given outright. Expect no output, then Pilar
# with sip:pilar@litwareinc.com.
Enable-CsUser -Identity "Pilar Ackerman" -RegistrarPool "atl-cs-001.litwareinc.com" -SipAddress "sip:pilar@litwareinc.com"
Get-CsUser -Identity "Pilar Ackerman" | Select-Object DisplayName,SipAddress,RegistrarPool,Enabled | Format-List

# Lab: a re-enabled account starts like a new one: her Lync data went with the
# disable (BK5), so no contacts, and they are in Lync Server (M10).
Get-CsLabUser "Pilar Ackerman" | Select-Object DisplayName,SipAddress,ContactStore,ContactCount | Format-List

# --- Set-CsUser.md ------------------------------------------------------------------------------
# Documented. Expect no output, then EnterpriseVoiceEnabled True (kept and
# shown by Get-CsUser; no Set-CsUser parameter bears on the unified contact
# store, cmdlets.md 12).
Set-CsUser -Identity "Pilar Ackerman" -EnterpriseVoiceEnabled $True
Get-CsUser -Identity "Pilar Ackerman" | Select-Object DisplayName,EnterpriseVoiceEnabled | Format-List

# --- Disable-CsUser.md --------------------------------------------------------------------------
# Lab: Ken Myer is on the contact lists of several users; Toni Poe's
# (atl-cs-002) is one.
Get-CsLabContact -Identity "Toni Poe" | Select-Object SipAddress,Group | Format-Table -AutoSize

# Documented. Expect no output. "After an account has been disabled with
# Disable-CsUser, the affected user will no longer be returned by the
# Get-CsUser cmdlet" and "the user will be removed from Contacts lists in the
# organization" (BK5): Get-CsUser finds 11 users, and Toni's list lacks Ken.
Disable-CsUser -Identity "Ken Myer"
(Get-CsUser).Count
Get-CsLabContact -Identity "Toni Poe" | Select-Object SipAddress,Group | Format-Table -AutoSize

# Documented (Get-CsUserPoolInfo.md example 1, again). Expected error: Ken is
# no longer enabled for Lync Server, so his SIP address names nobody
# (decisions 9: "Management object not found for identity").
Get-CsUserPoolInfo "sip:kenmyer@litwareinc.com"
