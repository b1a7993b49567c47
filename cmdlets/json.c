/* json.c - ConvertTo-Json, ConvertFrom-Json (issue 6; being written). */
#include "cmdlets.h"

const CmdDef json_cmdlets[] = {
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
