/* csv.c - Import-Csv, Export-Csv, ConvertTo-Csv, ConvertFrom-Csv (issue 6; being written). */
#include "cmdlets.h"

const CmdDef csv_cmdlets[] = {
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
