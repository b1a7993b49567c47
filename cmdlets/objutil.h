/* objutil.h - helpers shared by the object cmdlets (objects.c, session.c):
 * reading properties, evaluating property expressions, PowerShell's
 * ObjectCommandComparer ordering, and writing cmdlet errors. */
#ifndef UCSH_OBJUTIL_H
#define UCSH_OBJUTIL_H

#include "../runtime/command.h"

#define NP(a) ((int)(sizeof a / sizeof a[0]))

/* The object to work on: the pipeline object, else -InputObject. */
bool obj_input(CmdCtx *c, Value in, bool has_input, Value *out);
bool obj_ci_eq(const char *a, const char *b);
/* obj.name, or $null when it has no such member (owned). */
Value obj_prop(Value obj, const char *name);
bool obj_has_prop(Value obj, const char *name);
/* Property names an object lists (PSCustomObject notes, String Length),
 * as an array of strings (owned). */
Value obj_prop_names(Value obj);
/* A property expression: a name (string) or a script block run with $_ =
 * in. *out is owned; nothing or several results follow the pipeline rule. */
Status obj_eval(CmdCtx *c, Value in, Value expr, Value *out);
/* Ordering as Sort-Object does it: $null first, strings by culture
 * (case-insensitive unless cs), else -lt/-gt, else as strings. */
int obj_compare(Value a, Value b, bool cs);
/* A non-terminating error from this command; fqid and the other fields
 * must be static strings. Takes target (pass val_ref(x) to keep x). */
Status obj_fail(CmdCtx *c, const char *exc, const char *fqid, const char *cat, Value target,
                const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* Call fn for each element of v (or v itself when it is not an array). */
typedef Status (*ObjEachFn)(CmdCtx *c, void *ctx, Value item);
Status obj_each(CmdCtx *c, Value v, ObjEachFn fn, void *ctx);
/* The string list of a string-or-array parameter, or NULL (free with
 * obj_strs_free). */
char **obj_strs(Value *v, int *n);
void obj_strs_free(char **s, int n);
/* Does name match any of the wildcard patterns? */
bool obj_match_any(char **pats, int n, const char *name);

/* Get-Date (date.c), listed in session.c's table. */
#define DATE_NPARAMS 11
extern const ParamDef date_params[DATE_NPARAMS];
Status date_process(CmdCtx *c, Value in, bool has_input);
/* A [datetime] object (local time) for seconds since 1970 (ucsh_now). */
Value date_from_unix(double secs);

#endif
