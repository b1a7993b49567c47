/* json.h - JSON text as Windows PowerShell 5.1 writes and reads it
 * (ConvertTo-Json / ConvertFrom-Json, json.c; 5.1 uses .NET's
 * JavaScriptSerializer plus its own indentation).
 *
 * Ownership follows value.h: arguments borrowed, results owned. RtError
 * messages are malloc'd (rt_error_clear frees them). */
#ifndef UCSH_JSON_H
#define UCSH_JSON_H

#include "../runtime/rterr.h"
#include "../runtime/strbuf.h"
#include "../runtime/value.h"

/* Deepest -Depth ConvertTo-Json accepts (5.1's maxDepthAllowed). */
#define JSON_MAX_DEPTH 100
/* Deepest nesting ConvertFrom-Json reads (JavaScriptSerializer's
 * RecursionLimit): a value deeper than this is an error, never a C stack
 * overflow. */
#define JSON_PARSE_LIMIT 100

/* Append v's JSON to out as ConvertTo-Json -Depth depth [-Compress]:
 * containers deeper than depth become their string form, the 5.1 layout
 * (4-space steps, `"key":  value`, nested blocks under their bracket) unless
 * compress. False with *err for a dictionary key that is not a string. */
bool json_write(StrBuf *out, Value v, int depth, bool compress, RtError *err);

/* Parse text (UTF-8, may hold NUL) as 5.1's ConvertFrom-Json: objects ->
 * PSCustomObject, arrays -> Object[], integers -> Int32/Int64, other
 * numbers -> Double, "\/Date(ms)\/" -> [datetime]; empty or blank text ->
 * $null. False with *err (JavaScriptSerializer's message and exception;
 * fqid NULL: the caller names the command). */
bool json_parse(const char *text, size_t len, Value *out, RtError *err);

#endif
