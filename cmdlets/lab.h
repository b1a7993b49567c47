/* lab.h - what the Lync cmdlets share: the shell's lab store (opened on
 * first use, so a script that never touches the lab never opens it), user
 * identities from arguments and pipeline objects, and engine results
 * (ucs.h) turned into PowerShell warnings and error records.
 *
 * Ownership as in runtime/value.h: arguments borrowed, results owned. A
 * LabIds list owns its array (lab_ids_free). The Store belongs to the
 * interpreter (closed when it is freed); never close it yourself.
 *
 * Batching: a cmdlet that takes users from the pipeline collects their ids
 * in its process block and hands them to the engine in batches
 * (LAB_BATCH, and the rest in the end block): each engine call is atomic,
 * so every record is fully applied or not at all. */
#ifndef UCSH_LAB_H
#define UCSH_LAB_H

#include "../runtime/command.h"
#include "store.h"
#include "ucs.h"

#define LAB_BATCH 10000

/* How many users a batching cmdlet collects before the engine call:
 * LAB_BATCH, but 1 when errors stop the pipeline (-ErrorAction or
 * $ErrorActionPreference Stop/Inquire), so a failing record stops it with
 * every earlier record applied and no later one, as record by record. */
size_t lab_batch_limit(CmdCtx *c);

typedef struct LabIds {
  int64_t *v;
  size_t n, cap;
} LabIds;
void lab_ids_push(LabIds *l, int64_t id);
void lab_ids_free(LabIds *l);

/* The lab store of this shell: opened (created with the default lab when
 * missing) on first use from -Store / $env:UCSH_STORE / the per-user data
 * file. NULL when it cannot be opened: a terminating error naming the path
 * has been raised and *st says so. */
Store *lab_store(CmdCtx *c, Status *st);
/* The same without a command: NULL and *err (malloc'd) when it cannot be
 * opened; nothing is printed. */
Store *lab_store_of(Interp *I, char **err);
/* -DryRun: copies the lab store to a throwaway file and makes this shell
 * use the copy from now on (the real store is closed, never written).
 * Returns the copy's folder (malloc'd; the caller removes it), or NULL and
 * *err (malloc'd). */
char *lab_dry_run_copy(Interp *I, char **err);
/* The interactive banner's line about the lab: the store's path and its
 * simulated time, or why it cannot be opened (opens it, as the first Lync
 * command would). malloc'd. */
char *lab_banner(Interp *I);

/* The identity text of an argument: a string as is; an object's Identity,
 * SipAddress or DisplayName property. NULL for $null. malloc'd. */
char *lab_identity_text(Value v);
/* The text of an argument as a C string for the store (owned): PowerShell's
 * string form, with each NUL turned into U+FFFD so that "a`0b" never
 * silently becomes "a" (a NUL-bearing identity then names no object, and a
 * new name keeps its full length). */
char *lab_text(Value v);

/* Remember the lab user id in a user object (Get-CsUser, Get-CsLabUser), so
 * a pipeline of those objects needs no lookup per user. */
void lab_tag_user(Store *s, Value obj, int64_t user_id);

/* Users an identity argument names (a string in any identity form, a user
 * object from Get-CsUser / Get-CsLabUser, or an array of those), appended
 * to out. An identity matching nobody writes PowerShell's non-terminating
 * `Management object not found for identity "<x>".` error. */
Status lab_resolve_users(CmdCtx *c, Store *s, Value identity, LabIds *out);

/* Report an engine result: warnings as WARNING: lines, errors as
 * non-terminating error records of this command, with the user's SIP
 * address (or the message's subject) as target. Frees nothing. */
Status lab_report(CmdCtx *c, Store *s, const UcsResult *r);

/* A terminating error of this command (store failures, bad arguments). */
Status lab_fail(CmdCtx *c, const char *fqid, const char *category, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
