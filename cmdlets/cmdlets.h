/* cmdlets.h - the tables of built-in commands the host registers. */
#ifndef UCSH_CMDLETS_H
#define UCSH_CMDLETS_H

#include "../runtime/command.h"

/* Write-*, Out-Null, ForEach-Object, Where-Object (core.c) */
extern const CmdDef core_cmdlets[];

#endif
