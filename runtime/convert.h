/* convert.h - PowerShell's conversion rules (LanguagePrimitives).
 *
 * Results are owned by the caller (see value.h). Numbers print with the
 * invariant culture; doubles with up to 15 significant digits ("R" style
 * round-trip only when needed, as PowerShell's ToString does). */
#ifndef UCSH_CONVERT_H
#define UCSH_CONVERT_H

#include "rterr.h"
#include "strbuf.h"
#include "types.h"
#include "value.h"

/* String form of a value as PowerShell's string conversion gives it:
 * $null -> "", True/False, numbers invariant, arrays joined by `ofs`
 * (NULL means " "), hashtable -> "System.Collections.Hashtable",
 * PSCustomObject -> "@{a=1; b=2}", ErrorRecord -> its message, script block
 * -> its source text, types -> full name. */
Value conv_to_str(Value v, const char *ofs);
void conv_append_str(StrBuf *b, Value v, const char *ofs);
/* Same as conv_to_str but returns a malloc'd C string (free it). */
char *conv_to_cstr(Value v, const char *ofs);
void conv_double(StrBuf *b, double d); /* 0.333333333333333, 1E+20, NaN, Infinity */

/* Truthiness: $null, $false, 0, "", empty array, one-element array whose
 * element is false are false; everything else is true. */
bool conv_to_bool(Value v);

/* To a number (V_INT, V_LONG or V_DOUBLE). Strings are parsed as
 * PowerShell does ("  42 ", "0x1F", "1e3", "1kb", "-5", "" -> 0);
 * $null -> 0; bools -> 0/1. Fails with PowerShell's message
 * (Cannot convert value "abc" to type "System.Int32"...). `target` names
 * the type for the message (NULL: "System.Int32" ... as appropriate). */
bool conv_to_number(Value v, Value *out, RtError *err);
bool conv_to_int(Value v, int32_t *out, RtError *err);   /* doubles round half to even */
bool conv_to_long(Value v, int64_t *out, RtError *err);
bool conv_to_double(Value v, double *out, RtError *err);

/* A cast [type]v with PowerShell's rules: numbers, strings, bools, chars,
 * arrays ([int[]] converts each element; a scalar becomes a 1-element
 * array), [string[]], [hashtable], [pscustomobject] on a hashtable, [ordered]
 * (only valid on a hashtable literal: the evaluator handles that),
 * [ArrayList], [List[T]], [regex], [type], [scriptblock] from text is NOT
 * supported (error). [void] gives $null. */
bool conv_to_type(Value v, const TypeInfo *t, Value *out, RtError *err);

/* The .NET-ish full type name used in messages: "System.Int32". */
const char *conv_type_name(Value v);

#endif
