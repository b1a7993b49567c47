/* member.h - properties and methods of values: $s.Length, $a.Count,
 * $h.Keys, $o.Name, $s.Replace('a','b'), [math]::Round(2.5), [int]::MaxValue.
 *
 * Results are owned by the caller. Member names are case-insensitive.
 * Member enumeration: reading a member an array does not have collects it
 * from each element ($users.Name), and so does calling a method
 * ($names.ToUpper()); elements without it contribute nothing.
 * Script-block based members (.Where{}, .ForEach{}, $sb.Invoke()) are the
 * evaluator's, not this module's. */
#ifndef UCSH_MEMBER_H
#define UCSH_MEMBER_H

#include "regex.h"
#include "rterr.h"
#include "types.h"
#include "value.h"

typedef enum MemResult { MEM_OK, MEM_NOTFOUND, MEM_ERROR } MemResult;

/* Read obj.name. MEM_NOTFOUND when there is no such member (the evaluator
 * then yields $null, as PowerShell does outside strict mode). */
MemResult mem_get(Value obj, const char *name, size_t len, Value *out, RtError *err);

/* obj.name = v (v borrowed). Hashtables add or replace the key; objects
 * set an existing property (PSCustomObject also adds? no: PowerShell
 * errors "The property 'X' cannot be found on this object. Verify that the
 * property exists and can be set."). */
bool mem_set(Value obj, const char *name, size_t len, Value v, RtError *err);

/* obj.name(args) (args borrowed). Error for an unknown method:
 * "Method invocation failed because [System.String] does not contain a
 * method named 'Foo'." (id MethodNotFound); on $null: "You cannot call a
 * method on a null-valued expression." (id InvokeMethodOnNull). */
MemResult mem_invoke(Value obj, const char *name, size_t len, const Value *args, int nargs,
                     Value *out, RtError *err);

/* [type]::name and [type]::name(args). */
MemResult mem_static_get(const TypeInfo *t, const char *name, size_t len, Value *out,
                         RtError *err);
MemResult mem_static_invoke(const TypeInfo *t, const char *name, size_t len, const Value *args,
                            int nargs, Value *out, RtError *err);

/* Index: obj[i] for arrays (negative from the end; out of range -> $null),
 * strings (a [char] as a one-character string), hashtables (key lookup),
 * scalars ((2)[0] -> 2). Arrays as index give an array of results.
 * Assignment: obj[i] = v for arrays (out of range is an error "Index was
 * outside the bounds of the array.") and hashtables. */
bool mem_index_get(Value obj, Value index, Value *out, RtError *err);
/* A System.Text.RegularExpressions.Match for a match of rx in s, with its
 * Groups (named as the pattern names them); Index and Length count
 * characters, ToString() is the matched text. Owned. */
Value mem_regex_match(Rx *rx, const char *s, const RxMatch *m);
bool mem_index_set(Value obj, Value index, Value v, RtError *err);

#endif
