/* cs_filter.h - the -Filter of Get-CsUser: the text of a script block such
 * as {RegistrarPool -eq "atl-cs-001.litwareinc.com"} read as an OPATH-like
 * filter (Get-CsUser.md: "uses the same Windows PowerShell filtering syntax
 * that is used by the Where-Object cmdlet").
 *
 * What it reads: Property -op value, with -eq -ne -like -notlike -gt -ge
 * -lt -le (c/i-prefixed forms too; comparisons ignore case), -and, -or,
 * -not / !, parentheses; values "double" or 'single' quoted (smart quotes
 * too), $True $False $Null, $variables (read from the session), numbers
 * and bare words; `$_.Property` names the property too; a dash may be an
 * en dash, em dash or horizontal bar, as PowerShell accepts.
 *
 * Ownership: a CsfNode tree is owned by the caller (csf_free). Values the
 * lookup function returns are owned by the evaluator. */
#ifndef UCSH_CS_FILTER_H
#define UCSH_CS_FILTER_H

#include <stdbool.h>
#include <stddef.h>

#include "../runtime/interp.h"
#include "../runtime/value.h"

typedef struct CsfNode CsfNode;

/* Parses text; NULL with a message in err (the product's wording, without
 * the "Cannot bind parameter" frame) on a syntax error. */
CsfNode *csf_parse(Interp *I, const char *text, char *err, size_t nerr);
void csf_free(CsfNode *n);

/* Every property the filter names must be known; else false, with the
 * "is not a recognized filterable property" message in err. */
typedef bool (*CsfKnownFn)(void *ctx, const char *prop);
bool csf_check(const CsfNode *n, const char *text, CsfKnownFn known, void *ctx, char *err,
               size_t nerr);

/* Does the filter hold for a record? get returns a property's value (owned). */
typedef Value (*CsfGetFn)(void *ctx, const char *prop);
bool csf_eval(const CsfNode *n, CsfGetFn get, void *ctx);

/* When the whole filter is `prop -eq <text>`, that text (borrowed), else
 * NULL: lets a caller answer it with an index instead of a scan. */
const char *csf_equals(const CsfNode *n, const char *prop);

#endif
