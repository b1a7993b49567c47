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

/* Default views of the cmdlets' output types (views.c); call once. */
void cmdlets_register_views(void);

#endif
