/* files.c - Get-Content, Set-Content, Add-Content, Out-File, Join-Path, Split-Path, Resolve-Path, Get-ChildItem, Get-Location, Set-Location, Select-String, Read-Host (issue 6; being written). */
#include "cmdlets.h"

const CmdDef files_cmdlets[] = {
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
