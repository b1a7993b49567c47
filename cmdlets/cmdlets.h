/* cmdlets.h - the tables of built-in commands the host registers. */
#ifndef UCSH_CMDLETS_H
#define UCSH_CMDLETS_H

#include "../runtime/command.h"

/* Write-*, Out-Null, ForEach-Object, Where-Object (core.c) */
extern const CmdDef core_cmdlets[];

/* Get-Command, Get-Help (help.c) */
extern const CmdDef help_cmdlets[];
/* Select/Sort/Group/Measure-Object, New-Object, Add-Member, Get-Member (objects.c) */
extern const CmdDef object_cmdlets[];
/* *-Variable, Get-Alias, Get-Date, Start-Sleep, Invoke-Command, Get-Random (session.c) */
extern const CmdDef session_cmdlets[];
/* Format-Table, Format-List, Out-String, Out-Default, Out-Host (format.c) */
extern const CmdDef format_cmdlets[];
/* Get-History, Clear-History, Invoke-History (history.c) */
extern const CmdDef history_cmdlets[];
/* Import-Csv, Export-Csv, ConvertTo-Csv, ConvertFrom-Csv (csv.c) */
extern const CmdDef csv_cmdlets[];
/* ConvertTo-Json, ConvertFrom-Json (json.c) */
extern const CmdDef json_cmdlets[];
/* Get-/Set-/Add-Content, Out-File, Join-/Split-/Resolve-Path, Get-ChildItem,
 * Get-/Set-Location, Select-String, Read-Host: the file system (files.c) */
extern const CmdDef files_cmdlets[];
/* Test-CsLabRunbook: the runbook checker (checker.c) */
extern const CmdDef checker_cmdlets[];
/* ConvertTo-SecureString (security.c) */
extern const CmdDef security_cmdlets[];

/* Lab cmdlets: Reset-CsLab, New-CsLabUser, *-CsLabClient, Connect-CsLabMailbox,
 * *-CsLabContact, Skip-CsLabTime, Get-CsLabClock, Get-CsLabUser, Get-CsLabEvent (cs_lab.c) */
extern const CmdDef cs_lab_cmdlets[];
/* Test-Path, Get-ItemProperty: registry (the lab's Lync clients) and file system (provider.c) */
extern const CmdDef provider_cmdlets[];

/* Invoke-CsUcsRollback, Test-CsUnifiedContactStore, Move-CsUser,
 * Debug-CsUnifiedContactStore, Test-CsExStorage*, *-CsUserData, Get-Credential (cs_ucs.c) */
extern const CmdDef cs_ucs_cmdlets[];
/* Get-Mailbox, New-MoveRequest, Get-MoveRequest: the Exchange side (cs_exchange.c) */
extern const CmdDef cs_exchange_cmdlets[];

/* Get-CsAdminRole, Get-/Start-/Stop-CsWindowsService, Get-/New-/Remove-CsPartnerApplication,
 * Get-/Set-CsLabExchangeServer (cs_admin.c) */
extern const CmdDef cs_admin_cmdlets[];
/* Get-, New-, Set-, Grant-, Remove-CsUserServicesPolicy (cs_policy.c) */
extern const CmdDef cs_policy_cmdlets[];
/* Get-CsUser, Enable-/Disable-/Set-CsUser, Get-CsUserPoolInfo, Get-CsEffectivePolicy,
 * Get-CsPool, Get-CsSite (cs_user.c) */
extern const CmdDef cs_user_cmdlets[];

/* Default views of the cmdlets' output types (views.c); call once. */
void cmdlets_register_views(void);

/* Every table above, in the host's order, then the views (register.c):
 * an interpreter with every built-in cmdlet (TabExpansion2 is in
 * help_cmdlets). */
void cmdlets_register_all(Interp *I);

#endif
