/* cs_ucs.c - the Lync Server 2013 cmdlets that operate on users' contact
 * stores: Invoke-CsUcsRollback, Test-CsUnifiedContactStore, Move-CsUser,
 * Debug-CsUnifiedContactStore, Test-CsExStorageConnectivity and
 * Test-CsExStorageNotification, the user data cmdlets (Export-, Import-,
 * Update-, Convert-CsUserData), and Get-Credential, which the documented
 * Test-CsUnifiedContactStore and Move-CsUser sequences start with.
 *
 * Every rule lives in the engine (ucs.h); these handlers bind parameters,
 * resolve users, ask ShouldProcess, hand the engine batches of users and
 * turn its results into objects, warnings and error records (lab.h).
 * Pipelines of users are collected in the process block and handed over in
 * batches of LAB_BATCH, the rest in the end block.
 *
 * File names as the documents print them (C:\Logs\ExportedUserData.zip)
 * are real files of the lab (drives.h); messages name them as typed. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../runtime/convert.h"
#include "../parser/xalloc.h"
#include "../runtime/secure.h"
#include "cmdlets.h"
#include "cs_user.h"
#include "drives.h"
#include "fspath.h"
#include "lab.h"
#include "objutil.h"
#include "complete_values.h"

/* Debug-CsUnifiedContactStore's output types (the per-user one is ours). */
#define UOP_POOL_DATA "Microsoft.Rtc.Management.Presence.Cmdlets.GetUcsFrontEndData"
#define UOP_USER_DATA "Microsoft.Rtc.Management.Presence.Cmdlets.GetUcsUserData"

/* ==================================================================== */
/* shared helpers                                                        */

/* The text of a bound parameter (owned), or NULL when absent or $null. */
static char *uop_text(CmdCtx *c, const char *name) {
  Value *v = cmd_arg(c, name);
  return v && v->kind != V_NULL ? lab_text(*v) : NULL;
}

/* Engine messages name the real file; the administrator typed another
 * name for it. Rewrites every message text in place. */
static void uop_retext(UcsResult *r, const char *real, const char *typed) {
  size_t rl = strlen(real), tl = strlen(typed);
  for (size_t i = 0; rl && i < r->n; i++) {
    char *t = r->v[i].text, *hit;
    if (!t || !(hit = strstr(t, real))) continue;
    size_t n = strlen(t) - rl + tl + 1;
    char *out = xmalloc(n);
    snprintf(out, n, "%.*s%s%s", (int)(hit - t), t, typed, hit + rl);
    free(t);
    r->v[i].text = out;
  }
}

/* Report an engine result and release it. */
static Status uop_report(CmdCtx *c, Store *s, UcsResult *r) {
  Status st = lab_report(c, s, r);
  ucs_result_free(r);
  return st;
}

/* A file parameter as a real path (drives.h). NULL with a terminating
 * error raised (*st) when its folder cannot be made. */
static char *uop_path(CmdCtx *c, Store *s, const char *typed, Status *st) {
  char *err = NULL;
  char *p = drives_path(c->I, store_path(s), typed, &err);
  *st = ST_OK;
  if (!p) {
    *st = lab_fail(c, "FileFolderUnavailable", "WriteError", "%s", err ? err : typed);
    free(err);
    return NULL;
  }
  if (strcmp(p, typed) != 0) {
    char msg[8400];
    snprintf(msg, sizeof msg, "%s is the lab file %s.", typed, p);
    interp_write_verbose(c->I, msg);
  }
  return p;
}

/* TimeSpan text as .NET prints it: 00:00:01.2750000, or 00:00:00. */
static Value uop_timespan(int64_t ms) {
  int64_t secs = ms / 1000, ticks = (ms % 1000) * 10000;
  char buf[64];
  int n = snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", (long long)(secs / 3600),
                   (long long)(secs / 60 % 60), (long long)(secs % 60));
  if (ticks) snprintf(buf + n, sizeof buf - (size_t)n, ".%07lld", (long long)ticks);
  return val_cstr(buf);
}

/* The five-property output of the synthetic transactions: TargetFqdn,
 * Result, Latency, Error, Diagnosis (the page: "recorded in the Error and
 * Diagnosis properties"); the view (views.c) labels them as the Lync Server
 * 2013 page prints them (Target Fqdn, ..., Error Message, Diagnosis). */
static Value uop_task_output(const char *type, const UcsTestResult *t) {
  Value o = val_obj_new(OBJ_GENERIC, type);
  val_obj_set(o, "TargetFqdn", val_cstr(t->target));
  val_obj_set(o, "Result", val_cstr(t->success ? "Success" : "Failure"));
  val_obj_set(o, "Latency", uop_timespan(t->success ? t->latency_ms : 0));
  val_obj_set(o, "Error", val_cstr(t->error));
  val_obj_set(o, "Diagnosis", val_cstr(t->diagnosis));
  return o;
}

/* The user a SIP address names (with or without sip:), 0 when none. */
static int64_t uop_user_by_sip(Store *s, const char *sip) {
  char full[512];
  snprintf(full, sizeof full, "%s%s", strncasecmp(sip, "sip:", 4) ? "sip:" : "", sip);
  int64_t *ids = NULL, id = 0;
  size_t n = 0;
  UcsResult r = {0};
  if (ucs_find_users(s, full, &ids, &n, &r) && n == 1) id = ids[0];
  free(ids);
  ucs_result_free(&r);
  return id;
}

/* ==================================================================== */
/* batches of users (Invoke-CsUcsRollback, Move-CsUser)                  */

/* The engine operation a batch goes to. */
typedef bool (*UopBatchFn)(CmdCtx *c, Store *s, const int64_t *ids, size_t n, UcsResult *r);

typedef struct UopBatch {
  Store *s;
  LabIds ids;
  UopBatchFn fn;
} UopBatch;

static void uop_batch_cleanup(CmdCtx *c) {
  UopBatch *b = c->state;
  if (b) lab_ids_free(&b->ids);
}

static UopBatch *uop_batch(CmdCtx *c, UopBatchFn fn, Status *st) {
  UopBatch *b = c->state;
  if (b) return b;
  Store *s = lab_store(c, st);
  if (!s) return NULL;
  b = c->state = xcalloc(1, sizeof *b);
  b->s = s;
  b->fn = fn;
  return b;
}

/* Did the engine refuse this user (an error record names it)? */
static bool uop_refused(const UcsResult *r, int64_t id) {
  for (size_t i = 0; i < r->n; i++)
    if (r->v[i].error && r->v[i].user_id == id) return true;
  return false;
}

/* -PassThru: the users the engine acted on, as Get-CsUser shows them. */
static Status uop_pass_thru(CmdCtx *c, UopBatch *b, const UcsResult *r) {
  Status st = ST_OK;
  CsuObjects *objs = csu_objects_new(b->s, CSU_TYPE_ADUSER);
  for (size_t i = 0; st == ST_OK && i < b->ids.n; i++) {
    if (uop_refused(r, b->ids.v[i])) continue;
    Value o = csu_objects_make(objs, b->ids.v[i]);
    if (o.kind != V_NULL) st = cmd_emit(c, o);
    val_unref(o);
  }
  csu_objects_free(objs);
  return st;
}

/* Hands the collected users to the engine and reports the result. */
static Status uop_flush(CmdCtx *c, UopBatch *b) {
  if (!b || !b->ids.n) return ST_OK;
  UcsResult r = {0};
  bool ok = b->fn(c, b->s, b->ids.v, b->ids.n, &r);
  Status st = lab_report(c, b->s, &r);
  if (ok && st == ST_OK && cmd_switch(c, "PassThru")) st = uop_pass_thru(c, b, &r);
  ucs_result_free(&r);
  b->ids.n = 0;
  return st;
}

/* ShouldProcess for each user the identity names (the target is the
 * user's Identity, as the other Lync cmdlets give it); the approved ones
 * join the batch. */
static Status uop_collect(CmdCtx *c, UopBatch *b) {
  Value *idv = cmd_arg(c, "Identity");
  Status st = idv ? csu_collect(c, b->s, *idv, &b->ids) : ST_OK;
  if (st == ST_OK && b->ids.n >= lab_batch_limit(c)) st = uop_flush(c, b);
  return st;
}

static Status uop_batch_end(CmdCtx *c) { return uop_flush(c, c->state); }

/* ==================================================================== */
/* Invoke-CsUcsRollback (RB1-RB5, decisions 5)                           */

static bool rb_engine(CmdCtx *c, Store *s, const int64_t *ids, size_t n, UcsResult *r) {
  return ucs_rollback(s, ids, n, cmd_switch(c, "Force"), r);
}

static Status rb_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  UopBatch *b = uop_batch(c, rb_engine, &st);
  return b ? uop_collect(c, b) : st;
}

static const ParamDef rb_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The user whose contacts leave the unified contact store: SIP address, UPN, "
     "domain\\logon or display name (wildcards allowed), or a user object.",
     .complete = cv_users},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Rolls back at once and discards the contacts held in the unified contact store: the "
     "user's contacts are lost. Also rolls back when Exchange cannot be reached."},
    {"PassThru", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Passes a user object for each user rolled back down the pipeline."},
    {"DomainController", NULL, T_STRING, false, -1, 0, NULL,
     "Accepted; the lab has one directory."},
};

static const CmdExample rb_examples[] = {
    {"Invoke-CsUcsRollback -Identity \"Ken Myer\"",
     "Moves Ken Myer's contacts from the unified contact store back to Lync Server. The "
     "command asks for confirmation first. Unless Ken's user services policy forbids the "
     "unified contact store, the contacts migrate again 7 days later."},
    {"Get-CsUser -Filter {RegistrarPool -eq \"atl-cs-001.litwareinc.com\"} | "
     "Invoke-CsUcsRollback -Confirm:$False",
     "Rolls back every user homed on atl-cs-001.litwareinc.com without asking for each one."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Move-CsUser (MV1-MV5, decisions 6)                                    */

static bool mv_engine(CmdCtx *c, Store *s, const int64_t *ids, size_t n, UcsResult *r) {
  char *target = uop_text(c, "Target");
  bool ok = ucs_move_user(s, ids, n, target ? target : "", cmd_switch(c, "Force"), r);
  free(target);
  return ok;
}

/* The target must be a pool of the topology (or Lync Online's). */
static Status mv_begin(CmdCtx *c) {
  Status st;
  UopBatch *b = uop_batch(c, mv_engine, &st);
  if (!b) return st;
  char *target = uop_text(c, "Target");
  StorePool p;
  StoreRc rc = store_pool_find(b->s, target ? target : "", &p);
  store_pool_free(&p);
  if (rc == STORE_NOTFOUND)
    st = lab_fail(c, "PoolNotFound", "ObjectNotFound",
                  "The pool \"%s\" was not found in the topology.", target ? target : "");
  else if (rc)
    st = lab_fail(c, "LabStoreFailed", "InvalidOperation", "%s", store_errmsg(b->s));
  free(target);
  return st;
}

static Status mv_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  return c->state ? uop_collect(c, c->state) : ST_OK;
}

static const ParamDef mv_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The user to move: SIP address, UPN, domain\\logon or display name, or a user object.",
     .complete = cv_users},
    {"Target", NULL, T_STRING, false, 1, PF_MANDATORY, NULL,
     "The FQDN of the Registrar pool to move to, or sipfed.online.lync.com for Lync Online.",
     .complete = cv_move_targets},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Moves the account without its user data: contacts held in Lync Server are lost."},
    {"PassThru", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Passes a user object for each user moved down the pipeline."},
    {"Credential", NULL, T_OBJECT, false, -1, 0, NULL, "Accepted (moves to Lync Online)."},
    {"HostedMigrationOverrideUrl", NULL, T_STRING, false, -1, 0, NULL,
     "Accepted (moves to Lync Online)."},
    {"ProxyPool", NULL, T_STRING, false, -1, 0, NULL, "Accepted (Lync Online only)."},
    {"DomainController", NULL, T_STRING, false, -1, 0, NULL,
     "Accepted; the lab has one directory."},
    {"IgnoreBackendStoreException", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Accepted; the lab's back end never fails."},
    {"MoveConferenceData", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Accepted; the lab holds no conference data."},
};

static const CmdExample mv_examples[] = {
    {"Move-CsUser -Identity \"Pilar Ackerman\" -Target \"atl-cs-001.litwareinc.com\"",
     "Moves Pilar Ackerman to the Registrar pool atl-cs-001.litwareinc.com, with her user data."},
    {"Move-CsUser -Identity \"Ken Myer\" -Target \"dal-cs-001.litwareinc.com\"",
     "Moves Ken Myer to the Lync Server 2010 pool: his contacts are rolled back from the "
     "unified contact store first, and his user services policy is not changed."},
    {"Move-CsUser -Identity \"Pilar Ackerman\" -Target \"atl-cs-001.litwareinc.com\" -Force",
     "Moves only the account; user data such as contacts held in Lync Server is discarded."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Test-CsUnifiedContactStore (T1, M11, decisions 1)                     */

/* The warning of the Lync Server 2013 page when the target FQDN is not a
 * pool of the topology and no -RegistrarPort is given. */
static const char TU_PORT_WARNING[] =
    "Failed to read Registrar port number for the given fully qualified domain name (FQDN). "
    "Using default Registrar port number. Exception: System.InvalidOperationException: No "
    "matching cluster found in topology. at "
    "Microsoft.Rtc.Management.SyntheticTransactions.SipSyntheticTransaction."
    "TryRetrieveRegistrarPortFromTopology(Int32& registrarPortNumber)";

/* The user name a -UserCredential value carries (owned). */
static char *tu_credential_user(Value v) {
  if (v.kind != V_OBJ) return lab_text(v);
  Value u = obj_prop(v, "UserName");
  char *s = u.kind == V_NULL ? NULL : lab_text(u);
  val_unref(u);
  return s;
}

/* ClientPlatform: the credential must be the user's own (as for every
 * synthetic transaction that takes one). */
static void tu_check_credential(CmdCtx *c, Store *s, int64_t user, const char *sip,
                                UcsTestResult *t) {
  Value *cred = cmd_arg(c, "UserCredential");
  char *name = cred ? tu_credential_user(*cred) : NULL;
  int64_t *ids = NULL;
  size_t n = 0;
  UcsResult r = {0};
  bool same = name && ucs_find_users(s, name, &ids, &n, &r) && n == 1 && ids[0] == user;
  if (!same && t->success) {
    t->success = false;
    snprintf(t->error, sizeof t->error,
             "Authentication failed for %s: the credentials given (%s) are not that user's.", sip,
             name ? name : "none");
  }
  free(ids);
  ucs_result_free(&r);
  free(name);
}

/* A -RegistrarPort other than the Registrar's (5061): nothing answers. */
static void tu_check_port(CmdCtx *c, UcsTestResult *t) {
  Value *pv = cmd_arg(c, "RegistrarPort");
  int64_t port = 5061;
  RtError e = {0};
  if (pv && !conv_to_long(*pv, &port, &e)) port = 5061;
  rt_error_clear(&e);
  if (port == 5061 || !t->success) return;
  t->success = false;
  snprintf(t->error, sizeof t->error,
           "10060, A connection attempt failed because the connected party did not properly "
           "respond after a period of time, or established connection failed because connected "
           "host has failed to respond %s:%lld",
           t->target, (long long)port);
}

/* -OutLoggerVariable / -OutVerboseVariable: the steps of the test as text. */
static void tu_out_vars(CmdCtx *c, const char *sip, const UcsTestResult *t) {
  static const char *const names[] = {"OutLoggerVariable", "OutVerboseVariable"};
  char log[2048];
  snprintf(log, sizeof log,
           "Test-CsUnifiedContactStore: user %s, target %s.\n"
           "Retrieving the user's contacts from the unified contact store.\n%s%s%s%s",
           sip, t->target, t->success ? "Contacts were retrieved." : "Failure: ", t->error,
           *t->diagnosis ? "\nDiagnosis: " : "", t->diagnosis);
  for (size_t i = 0; i < 2; i++) {
    char *var = uop_text(c, names[i]);
    if (var && *var) interp_var_set(c->I, var[0] == '$' ? var + 1 : var, val_cstr(log));
    free(var);
  }
}

/* -Setup (M11): the user's contacts are moved to the unified contact store. */
static Status tu_setup(CmdCtx *c, Store *s, int64_t user) {
  if (!user || !cmd_switch(c, "Setup")) return ST_OK;
  UcsResult r = {0};
  ucs_setup_migration(s, user, &r);
  return uop_report(c, s, &r);
}

/* The pool a test goes to: -TargetFqdn, else the user's own (ClientPlatform). */
static char *tu_target(CmdCtx *c, Store *s, int64_t user) {
  char *target = uop_text(c, "TargetFqdn");
  if (target || !user) return target;
  StoreUser u;
  if (store_user_get(s, user, &u)) return NULL;
  target = u.pool ? xstrdup(u.pool) : NULL;
  store_user_free(&u);
  return target;
}

static Status tu_run(CmdCtx *c, Store *s, const char *sip, const char *target) {
  int64_t user = uop_user_by_sip(s, sip);
  StorePool p;
  bool known = store_pool_find(s, target, &p) == STORE_OK;
  store_pool_free(&p);
  if (!known && !cmd_arg(c, "RegistrarPort")) interp_write_warning(c->I, TU_PORT_WARNING);
  Status st = tu_setup(c, s, user);
  UcsTestResult t;
  UcsResult r = {0};
  if (st != ST_OK || !ucs_test_contact_store(s, sip, target, &t, &r)) {
    Status rs = uop_report(c, s, &r);
    return st != ST_OK ? st : rs;
  }
  ucs_result_free(&r);
  if (strcmp(cmd_parameter_set(c), "ClientPlatform") == 0)
    tu_check_credential(c, s, user, sip, &t);
  tu_check_port(c, &t);
  tu_out_vars(c, sip, &t);
  Value o = uop_task_output("Microsoft.Rtc.SyntheticTransactions.WebTaskOutput", &t);
  st = cmd_emit(c, o);
  val_unref(o);
  return st;
}

static Status tu_end(CmdCtx *c) {
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  char *sip = uop_text(c, "UserSipAddress");
  if (!sip) {
    char *target = uop_text(c, "TargetFqdn");
    st = lab_fail(c, "NoTestUser", "InvalidOperation",
                  "No test users are configured for \"%s\": the lab does not model the "
                  "CsHealthMonitoringConfiguration test users. Give the user to test with "
                  "-UserSipAddress.", target ? target : "");
    free(target);
    return st;
  }
  char *target = tu_target(c, s, uop_user_by_sip(s, sip));
  st = tu_run(c, s, sip, target ? target : "");
  free(target);
  free(sip);
  return st;
}

static const ParamDef tu_params[] = {
    {"TargetFqdn", "t", T_STRING, false, 0, 0, NULL,
     "The FQDN of the pool to test (the user's Registrar pool).",
     "ServerPlatform,0,M;ClientPlatform,0", .complete = cv_pools},
    {"UserSipAddress", "ua", T_STRING, false, -1, 0, NULL,
     "The SIP address of the user whose contacts are retrieved.",
     "ServerPlatform;ClientPlatform,-1,M", .complete = cv_user_sips},
    {"UserCredential", "uc", T_OBJECT, false, -1, 0, NULL,
     "The user's credentials (from Get-Credential); they must be that user's.",
     "ClientPlatform,-1,M"},
    {"Authentication", "Ath", T_STRING, false, -1, 0,
     "TrustedServer,Negotiate,ClientCertificate,LiveID", "The authentication the test uses."},
    {"RegistrarPort", "rp", T_INT, false, -1, 0, NULL,
     "The Registrar's SIP port; not needed for the default port 5061."},
    {"OutLoggerVariable", "olv", T_STRING, false, -1, 0, NULL,
     "The name (without $) of a variable that receives the test's steps."},
    {"OutVerboseVariable", "ovv", T_STRING, false, -1, 0, NULL,
     "The name (without $) of a variable that receives the test's steps."},
    {"Setup", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Moves the user's contacts to the unified contact store first, if they are not there "
     "(M11)."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
};

static const CmdExample tu_examples[] = {
    {"Test-CsUnifiedContactStore -UserSipAddress \"sip:kenmyer@litwareinc.com\" -TargetFqdn "
     "\"atl-cs-001.litwareinc.com\"",
     "Result is Success when Ken Myer's contacts have been migrated to the unified contact "
     "store and at least one contact can be retrieved."},
    {"$credential = Get-Credential \"litwareinc\\kenmyer\"\n"
     "    Test-CsUnifiedContactStore -TargetFqdn \"atl-cs-001.litwareinc.com\" -UserSipAddress "
     "\"sip:kenmyer@litwareinc.com\" -UserCredential $credential",
     "The same test with Ken Myer's own credentials."},
    {"Test-CsUnifiedContactStore -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress "
     "\"sip:kenmyer@litwareinc.com\" -RegistrarPort 5061 -Authentication TrustedServer -Setup",
     "Moves Ken Myer's contacts to the unified contact store (if they are not there yet), then "
     "tests."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Debug-CsUnifiedContactStore (T2)                                      */

/* The state of one user's contacts (per-user output; not documented). */
static Value dbg_user_object(const StoreUser *u) {
  char when[64];
  Value o = val_obj_new(OBJ_GENERIC, UOP_USER_DATA);
  val_obj_set(o, "UserSipAddress", val_cstr(u->sip));
  val_obj_set(o, "UcsMigrated", val_bool(u->state == CS_UCS));
  val_obj_set(o, "ContactStore", val_cstr(ucs_state_name(u->state)));
  val_obj_set(o, "MigrationAttempts", val_int(u->attempts));
  val_obj_set(o, "LastMigrationAttempt",
              u->attempts ? val_cstr(ucs_time_text(u->last_attempt, when, sizeof when))
                          : val_null());
  val_obj_set(o, "UcsAllowed", val_bool(u->eff_allowed));
  val_obj_set(o, "DataCondition", val_cstr(ucs_cond_name(u->cond)));
  return o;
}

/* XML text: & < > " escaped. */
static void dbg_xml(FILE *f, const char *t) {
  for (; t && *t; t++) {
    switch (*t) {
    case '&': fputs("&amp;", f); break;
    case '<': fputs("&lt;", f); break;
    case '>': fputs("&gt;", f); break;
    case '"': fputs("&quot;", f); break;
    default: fputc(*t, f);
    }
  }
}

static void dbg_contact(void *ctx, const StoreContact *k) {
  FILE *f = ctx;
  fputs("  <Contact Uri=\"", f);
  dbg_xml(f, k->sip);
  fputs("\" Group=\"", f);
  dbg_xml(f, k->group);
  fputs("\" />\n", f);
}

/* -ContactDataExportFileName: the contacts held in the unified contact
 * store, as XML. A user whose contacts are not there ends the command. */
static Status dbg_export(CmdCtx *c, Store *s, const StoreUser *u, const char *typed) {
  if (u->state != CS_UCS)
    return lab_fail(c, "UserNotInUcs", "InvalidOperation",
                    "%s has not been enabled for the unified contact store (the contacts are in "
                    "%s); no contacts were exported.", u->sip, ucs_state_name(u->state));
  Status st;
  char *path = uop_path(c, s, typed, &st);
  if (!path) return st;
  if (fspath_refuse_write(c, path, &st)) {
    free(path);
    return st;
  }
  FILE *f = fopen(path, "w");
  if (!f) {
    free(path);
    return lab_fail(c, "FileWriteFailed", "WriteError", "Cannot write \"%s\".", typed);
  }
  fputs("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<UcsContacts User=\"", f);
  dbg_xml(f, u->sip);
  fputs("\">\n", f);
  StoreRc rc = store_contact_list(s, u->id, dbg_contact, f);
  fputs("</UcsContacts>\n", f);
  bool ok = fclose(f) == 0 && rc == STORE_OK;
  free(path);
  return ok ? ST_OK
            : lab_fail(c, "FileWriteFailed", "WriteError", "Cannot write \"%s\".", typed);
}

static Status dbg_user(CmdCtx *c, Store *s) {
  LabIds ids = {0};
  Status st = lab_resolve_users(c, s, *cmd_arg(c, "Identity"), &ids);
  char *file = uop_text(c, "ContactDataExportFileName");
  for (size_t i = 0; st == ST_OK && i < ids.n; i++) {
    StoreUser u;
    if (store_user_get(s, ids.v[i], &u)) continue;
    Value o = dbg_user_object(&u);
    st = cmd_emit(c, o);
    val_unref(o);
    if (st == ST_OK && file) st = dbg_export(c, s, &u, file);
    store_user_free(&u);
  }
  free(file);
  lab_ids_free(&ids);
  return st;
}

/* The users of a pool whose data failed (contact data Corrupted). */
typedef struct DbgFailed {
  Value list;
} DbgFailed;

static void dbg_failed_user(void *ctx, const StoreUser *u) {
  DbgFailed *d = ctx;
  if (u->cond != COND_CORRUPTED) return;
  if (d->list.kind == V_NULL) d->list = val_arr_new(0);
  val_arr_push(d->list, val_cstr(u->sip));
}

static Value dbg_pool_object(Store *s, const StorePool *p, const StorePoolCounts *k) {
  Value o = val_obj_new(OBJ_GENERIC, UOP_POOL_DATA);
  val_obj_set(o, "FrontEnd", val_cstr(p->fqdn));
  val_obj_set(o, "UcsDisabledCount", val_int((int32_t)k->disabled));
  val_obj_set(o, "UcsAllowedCount", val_int((int32_t)k->allowed));
  val_obj_set(o, "UcsMigratingCount", val_int((int32_t)k->migrating));
  val_obj_set(o, "UcsMigratedCount", val_int((int32_t)k->migrated));
  DbgFailed d = {val_null()};
  StoreUserQuery q = {.pool_id = p->id};
  if (k->failed) store_user_list(s, &q, dbg_failed_user, &d);
  val_obj_set(o, "FailedUserData", d.list);
  return o;
}

static Status dbg_pool(CmdCtx *c, Store *s) {
  char *fqdn = uop_text(c, "PoolFqdn");
  StorePool p = {0};
  StoreRc rc = store_pool_find(s, fqdn ? fqdn : "", &p);
  Status st = ST_OK;
  StorePoolCounts k;
  if (rc == STORE_NOTFOUND)
    st = lab_fail(c, "PoolNotFound", "ObjectNotFound",
                  "The pool \"%s\" was not found in the topology.", fqdn ? fqdn : "");
  else if (rc || store_pool_counts(s, p.id, &k))
    st = lab_fail(c, "LabStoreFailed", "InvalidOperation", "%s", store_errmsg(s));
  else if (p.version != 2013)
    st = lab_fail(c, "NotLync2013Pool", "InvalidOperation",
                  "%s is not a Lync Server 2013 pool: the unified contact store is not available "
                  "to users homed there (MV5).", p.fqdn);
  if (st == ST_OK) {
    Value o = dbg_pool_object(s, &p, &k);
    st = cmd_emit(c, o);
    val_unref(o);
  }
  store_pool_free(&p);
  free(fqdn);
  return st;
}

static Status dbg_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  return cmd_arg(c, "PoolFqdn") ? dbg_pool(c, s) : dbg_user(c, s);
}

static const ParamDef dbg_params[] = {
    {"Identity", NULL, T_OBJECT, false, -1, 0, NULL,
     "The user (SIP address, with or without sip:) whose contact store is checked.",
     "Identity,-1,MVP", .complete = cv_users},
    {"ContactDataExportFileName", NULL, T_STRING, false, -1, 0, NULL,
     "An XML file that receives the user's contacts from the unified contact store.",
     "Identity"},
    {"PoolFqdn", NULL, T_STRING, false, -1, 0, NULL,
     "The Front End pool whose users are counted.", "PoolFqdn,-1,MVP", .complete = cv_pools},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
};

static const CmdExample dbg_examples[] = {
    {"Debug-CsUnifiedContactStore -PoolFqdn \"atl-cs-001.litwareinc.com\"",
     "Counts the users homed on atl-cs-001.litwareinc.com by the state of their contacts."},
    {"Debug-CsUnifiedContactStore -Identity \"kenmyer@litwareinc.com\"",
     "Shows whether Ken Myer's contacts have been moved to the unified contact store, how "
     "many migrations were tried and when the last one started."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Test-CsExStorageConnectivity (T3; M1's server-to-server prerequisite) */

/* Why the Storage Service cannot write to the user's mailbox, or NULL. */
static const char *ex_problem(CmdCtx *c, const StoreUser *u, const StoreExDb *db, char *buf,
                              size_t n) {
  char *folder = uop_text(c, "Folder");
  bool dumpster = folder && strcasecmp(folder, "Dumpster") == 0;
  free(folder);
  if (!u->exdb_id) snprintf(buf, n, "%s has no Exchange mailbox.", u->sip);
  else if (db->version != 2013)
    snprintf(buf, n, "The mailbox of %s is on Exchange Server %d (%s): the Lync Server Storage "
                     "Service needs Exchange 2013.", u->sip, db->version, db->server);
  else if (!db->s2s)
    snprintf(buf, n, "Server-to-server authentication (OAuth) is not configured between Lync "
                     "Server 2013 and %s.", db->server);
  else if (!db->reachable)
    snprintf(buf, n, "10060, A connection attempt failed because the connected party did not "
                     "properly respond after a period of time, or established connection "
                     "failed because connected host has failed to respond %s:443", db->server);
  else if (dumpster)
    snprintf(buf, n, "%s has not been enabled for Exchange archiving: the Dumpster folder "
                     "cannot be used.", u->sip);
  else return NULL;
  return buf;
}

static void ex_test(CmdCtx *c, Store *s, const char *sip, UcsTestResult *t) {
  memset(t, 0, sizeof *t);
  int64_t id = uop_user_by_sip(s, sip);
  StoreUser u = {0};
  StoreExDb db = {0};
  if (!id || store_user_get(s, id, &u)) {
    snprintf(t->error, sizeof t->error, "%s is not a valid user account.", sip);
    return;
  }
  if (u.exdb) store_exdb_find(s, u.exdb, &db);
  snprintf(t->target, sizeof t->target, "%s", db.server ? db.server : "");
  const char *why = ex_problem(c, &u, &db, t->error, sizeof t->error);
  t->success = !why;
  t->latency_ms = why ? 0 : 420; /* simulated */
  store_exdb_free(&db);
  store_user_free(&u);
}

/* Test-CsExStorageNotification "is valid only if you are using the unified
 * contact store" (T3): the user's contacts must be there. */
static void ex_notification(Store *s, const char *sip, UcsTestResult *t) {
  StoreUser u;
  int64_t id = uop_user_by_sip(s, sip);
  if (!t->success || !id || store_user_get(s, id, &u)) return;
  if (u.state != CS_UCS) {
    t->success = false;
    t->latency_ms = 0;
    snprintf(t->error, sizeof t->error,
             "The contacts of %s are not in the unified contact store (%s): Exchange "
             "notifications are used only with the unified contact store.", u.sip,
             ucs_state_name(u.state));
  }
  store_user_free(&u);
}

static Status ex_end(CmdCtx *c) {
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  char *binding = uop_text(c, "Binding"), *host = uop_text(c, "HostNameStorageService");
  bool tcp = binding && strcasecmp(binding, "NetTCP") == 0, has_host = host != NULL;
  free(binding);
  free(host);
  if (tcp && !has_host)
    return lab_fail(c, "HostNameRequired", "InvalidArgument",
                    "-HostNameStorageService is required when -Binding is NetTCP.");
  char *sip = uop_text(c, "SipUri");
  UcsTestResult t;
  ex_test(c, s, sip ? sip : "", &t);
  if (strcmp(c->cmd->name, "Test-CsExStorageNotification") == 0) ex_notification(s, sip, &t);
  free(sip);
  Value o = uop_task_output("Microsoft.Rtc.Management.ResourceData", &t);
  st = cmd_emit(c, o);
  val_unref(o);
  return st;
}

static const ParamDef ex_params[] = {
    {"SipUri", "s", T_STRING, false, 0, PF_MANDATORY, NULL,
     "The SIP address of the user whose Exchange mailbox receives the test item.",
     .complete = cv_user_sips},
    {"Binding", "b", T_STRING, false, -1, 0, "NetNamedPipe,NetTCP",
     "How the Storage Service is reached."},
    {"DeleteItem", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Deletes the test item at the end of the test."},
    {"Folder", NULL, T_STRING, false, -1, 0, "ConversationHistory,Inbox,Dumpster",
     "The mailbox folder that receives the test item (default ConversationHistory)."},
    {"HostNameStorageService", "h", T_STRING, false, -1, 0, NULL,
     "The Storage Service's host; required with -Binding NetTCP."},
    {"UseCache", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
};

/* Test-CsExStorageNotification: -SipUri is named only. */
static const ParamDef exn_params[] = {
    {"SipUri", "s", T_STRING, false, -1, PF_MANDATORY, NULL,
     "The SIP address of the user whose mailbox notifications are tested.",
     .complete = cv_user_sips},
    {"Binding", "b", T_STRING, false, -1, 0, "NetNamedPipe,NetTCP",
     "How the Storage Service is reached."},
    {"DeleteItem", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Deletes the test item at the end of the test."},
    {"HostNameStorageService", "h", T_STRING, false, -1, 0, NULL,
     "The Storage Service's host; required with -Binding NetTCP."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
};

static const CmdExample exn_examples[] = {
    {"Test-CsExStorageNotification -SipUri \"sip:kenmyer@litwareinc.com\" -Binding "
     "\"NetNamedPipe\"",
     "Checks that Lync Server can subscribe to notifications of Ken Myer's Exchange 2013 "
     "mailbox; valid only while his contacts are in the unified contact store."},
    {NULL, NULL},
};

static const CmdExample ex_examples[] = {
    {"Test-CsExStorageConnectivity -SipUri \"sip:kenmyer@litwareinc.com\"",
     "Checks that Lync Server can write to Ken Myer's Exchange 2013 mailbox with "
     "server-to-server authentication, the prerequisite of the unified contact store."},
    {"Test-CsExStorageConnectivity -SipUri \"sip:kenmyer@litwareinc.com\" -Binding "
     "\"NetNamedPipe\" -Folder Dumpster",
     "The same, with the Dumpster folder: this fails for users not enabled for Exchange "
     "archiving."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Export-, Import-, Update-, Convert-CsUserData (BK1-BK4, decisions 8)  */

/* What the lab does not model: a clear refusal instead of a silent
 * partial result. */
static Status ud_unmodelled(CmdCtx *c) {
  static const char *const names[] = {"RoutingGroupFilter", "UserFileFilter"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (cmd_arg(c, names[i]))
      return lab_fail(c, "NotModelled", "NotImplemented",
                      "-%s is not modelled by the lab: its users have no routing groups or "
                      "user files. Use -UserFilter to pick one user.", names[i]);
  return ST_OK;
}

/* The pool whose user data an -Identity (a user database, e.g.
 * "UserDatabase:atl-cs-001.litwareinc.com") or -PoolFqdn names: the lab
 * keeps each pool's user database on the pool itself. Owned. */
static char *ud_pool(CmdCtx *c, Store *s, Status *st) {
  *st = ST_OK;
  char *pool = uop_text(c, "PoolFqdn");
  if (pool) return pool;
  char *id = uop_text(c, "Identity");
  if (!id) return NULL;
  const char *fqdn = strncasecmp(id, "UserDatabase:", 13) == 0 ? id + 13 : id;
  StorePool p;
  if (store_pool_find(s, fqdn, &p) == STORE_OK) pool = xstrdup(p.fqdn);
  else *st = lab_fail(c, "UserDatabaseNotFound", "ObjectNotFound",
                      "The user database \"%s\" was not found in the topology; the lab keeps "
                      "each pool's user database on the pool (use its FQDN).", id);
  store_pool_free(&p);
  free(id);
  return pool;
}

/* Runs op on the real file of the -FileName given, with its messages
 * naming the file as typed. */
typedef bool (*UdFileFn)(CmdCtx *c, Store *s, const char *path, const char *pool,
                         UcsResult *r);

static bool exp_op(CmdCtx *c, Store *s, const char *path, const char *pool, UcsResult *r);

static Status ud_run(CmdCtx *c, const char *file_param, UdFileFn op) {
  Status st = ud_unmodelled(c);
  Store *s = st == ST_OK ? lab_store(c, &st) : NULL;
  if (!s) return st;
  char *pool = ud_pool(c, s, &st), *typed = uop_text(c, file_param);
  char *path = st == ST_OK && typed ? uop_path(c, s, typed, &st) : NULL;
  if (path && op == exp_op && fspath_refuse_write(c, path, &st)) { /* the one writer */
    free(path);
    path = NULL;
  }
  if (path) {
    UcsResult r = {0};
    op(c, s, path, pool, &r);
    uop_retext(&r, path, typed);
    st = uop_report(c, s, &r);
  }
  free(path), free(typed), free(pool);
  return st;
}

static bool exp_op(CmdCtx *c, Store *s, const char *path, const char *pool, UcsResult *r) {
  char *filter = uop_text(c, "UserFilter");
  int64_t users = 0;
  bool force = cmd_switch(c, "Force");
  bool ok = cmd_switch(c, "LegacyFormat")
                ? ucs_export_legacy(s, path, pool, filter, force, &users, r)
                : ucs_export(s, path, pool, filter, force, &users, r);
  if (ok && filter && !users) {
    char msg[600];
    snprintf(msg, sizeof msg, "No user matched -UserFilter \"%s\"; the file holds no user data.",
             filter);
    interp_write_warning(c->I, msg);
  }
  free(filter);
  return ok;
}

static Status exp_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  return ud_run(c, "FileName", exp_op);
}

static bool imp_op(CmdCtx *c, Store *s, const char *path, const char *pool, UcsResult *r) {
  char *filter = uop_text(c, "UserFilter");
  bool ok = ucs_import_format(s, path, pool, filter, cmd_switch(c, "LegacyFormat"), r);
  free(filter);
  return ok;
}

static Status imp_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  return ud_run(c, "FileName", imp_op);
}

/* The parameters Export-CsUserData and Import-CsUserData share. */
#define UD_POOL_PARAMS(verb)                                                                 \
  {"FileName", NULL, T_STRING, false, -1, PF_MANDATORY, NULL,                                \
   "The user data file (for example C:\\Logs\\ExportedUserData.zip)."},                      \
  {"PoolFqdn", NULL, T_STRING, false, -1, 0, NULL,                                           \
   "The Registrar pool whose users' data is " verb ".", "PoolFqdn,-1,M",                     \
   .complete = cv_pools},                                                                    \
  {"Identity", NULL, T_STRING, false, -1, 0, NULL,                                           \
   "The user database (UserDatabase:<FQDN>); the lab keeps it on the pool.",                 \
   "Identity,-1,MV"},                                                                        \
  {"UserFilter", NULL, T_STRING, false, -1, 0, NULL,                                         \
   "One user's SIP address, without sip:."},                                                 \
  {"ConfDirectoryFilter", NULL, T_STRING, false, -1, 0, NULL,                                \
   "Accepted; the lab holds no conference directories."},                                    \
  {"LegacyFormat", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,                               \
   "The Lync Server 2010 format."},                                                          \
  {"DomainController", NULL, T_STRING, false, -1, 0, NULL,                                   \
   "Accepted; the lab has one directory."},                                                  \
  {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Overwrites an existing file."}

static const ParamDef exp_params[] = {UD_POOL_PARAMS("exported")};

static const ParamDef imp_params[] = {
    UD_POOL_PARAMS("imported"),
    {"RoutingGroupFilter", NULL, T_STRING, false, -1, 0, NULL, "Not modelled by the lab."},
};

static const CmdExample exp_examples[] = {
    {"Export-CsUserData -PoolFqdn \"atl-cs-001.litwareinc.com\" -FileName "
     "\"C:\\Logs\\ExportedUserData.zip\"",
     "Exports the user data of the pool atl-cs-001.litwareinc.com, recording where each "
     "user's contacts are (Lync Server or the unified contact store)."},
    {NULL, NULL},
};

static const CmdExample imp_examples[] = {
    {"Import-CsUserData -PoolFqdn \"atl-cs-001.litwareinc.com\" -FileName "
     "\"C:\\Logs\\ExportedUserData.zip\"",
     "Imports the user data in C:\\Logs\\ExportedUserData.zip into the pool. Users whose "
     "contacts moved into or out of the unified contact store since the export get outdated "
     "or corrupted contact data, with a warning naming each (BK1)."},
    {NULL, NULL},
};

/* Update-CsUserData: the same import, for one user or all in the file;
 * -TestMode only checks the file. */
static bool upd_op(CmdCtx *c, Store *s, const char *path, const char *pool, UcsResult *r) {
  (void)pool;
  if (cmd_switch(c, "TestMode")) {
    UcsFileInfo info;
    return ucs_userdata_info(path, &info, r);
  }
  char *filter = uop_text(c, "UserFilter"), *target = uop_text(c, "TargetPoolFqdn");
  bool ok = ucs_import(s, path, target, filter, r);
  free(filter), free(target);
  return ok;
}

static Status upd_end(CmdCtx *c) {
  char *typed = uop_text(c, "FileName");
  Status st = ST_OK;
  bool go = cmd_switch(c, "TestMode") || cmd_should_process(c, typed, NULL, &st);
  free(typed);
  return go ? ud_run(c, "FileName", upd_op) : st;
}

static const ParamDef upd_params[] = {
    {"FileName", NULL, T_STRING, false, 0, PF_MANDATORY, NULL,
     "The user data file (.ZIP or .XML) from Export-CsUserData."},
    {"UserFilter", NULL, T_STRING, false, -1, 0, NULL, "One user's SIP address, without sip:."},
    {"TargetPoolFqdn", NULL, T_STRING, false, -1, 0, NULL, "Only the users of this pool.",
     .complete = cv_pools},
    {"TestMode", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Checks that the data can be updated without updating it."},
    {"RoutingGroupFilter", NULL, T_STRING, false, -1, 0, NULL, "Not modelled by the lab."},
    {"UserFileFilter", NULL, T_STRING, false, -1, 0, NULL, "Not modelled by the lab."},
    {"ThreadCount", NULL, T_INT, false, -1, 0, NULL, "Accepted."},
    {"DomainController", NULL, T_STRING, false, -1, 0, NULL,
     "Accepted; the lab has one directory."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
};

static const CmdExample upd_examples[] = {
    {"Update-CsUserData -Filename \"C:\\Logs\\ExportedUserData.zip\"",
     "Restores the user data in the file for every user it holds."},
    {"Update-CsUserData -Filename \"C:\\Logs\\ExportedUserData.zip\" -UserFilter "
     "\"kenmyer@litwareinc.com\"",
     "Restores Ken Myer's data only."},
    {NULL, NULL},
};

/* Convert-CsUserData: the output file's extension follows the format
 * (.XML for Lync2010, .ZIP for Current). */
static Status conv_check(CmdCtx *c, bool legacy) {
  char *out = uop_text(c, "OutputFile");
  size_t n = out ? strlen(out) : 0;
  const char *want = legacy ? ".xml" : ".zip";
  Status st = ST_OK;
  if (n < 4 || strcasecmp(out + n - 4, want) != 0)
    st = lab_fail(c, "OutputFileExtension", "InvalidArgument",
                  "With -TargetVersion %s the output file must use the %s file extension: "
                  "\"%s\".", legacy ? "Lync2010" : "Current", legacy ? ".XML" : ".ZIP",
                  out ? out : "");
  free(out);
  return st;
}

static Status conv_run(CmdCtx *c, Store *s, const char *in, const char *out, bool legacy) {
  Status st;
  char *real_in = uop_path(c, s, in, &st);
  char *real_out = real_in ? uop_path(c, s, out, &st) : NULL;
  if (real_out && fspath_refuse_write(c, real_out, &st)) {
    free(real_out);
    real_out = NULL;
  }
  if (real_out) {
    char *filter = uop_text(c, "UserFilter");
    UcsResult r = {0};
    ucs_convert(real_in, real_out, legacy, filter, cmd_switch(c, "Force"), NULL, &r);
    uop_retext(&r, real_in, in);
    uop_retext(&r, real_out, out);
    st = uop_report(c, s, &r);
    free(filter);
  }
  free(real_in), free(real_out);
  return st;
}

static Status conv_end(CmdCtx *c) {
  char *version = uop_text(c, "TargetVersion");
  bool legacy = version && strcasecmp(version, "Lync2010") == 0;
  free(version);
  Status st = conv_check(c, legacy);
  Store *s = st == ST_OK ? lab_store(c, &st) : NULL;
  if (!s) return st;
  char *in = uop_text(c, "InputFile"), *out = uop_text(c, "OutputFile");
  st = conv_run(c, s, in ? in : "", out ? out : "", legacy);
  free(in), free(out);
  return st;
}

static const ParamDef conv_params[] = {
    {"InputFile", NULL, T_STRING, false, -1, PF_MANDATORY, NULL,
     "The user data file to convert."},
    {"OutputFile", NULL, T_STRING, false, -1, PF_MANDATORY, NULL,
     "The converted file: .XML for Lync2010, .ZIP for Current."},
    {"TargetVersion", NULL, T_STRING, false, -1, PF_MANDATORY, "Lync2010,Current",
     "The format to convert to."},
    {"UserFilter", NULL, T_STRING, false, -1, 0, NULL,
     "Only this user's data (SIP address without sip:)."},
    {"ConfDirectoryFilter", NULL, T_STRING, false, -1, 0, NULL,
     "Accepted; the lab holds no conference directories."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Overwrites an existing file."},
};

static const CmdExample conv_examples[] = {
    {"Convert-CsUserData -InputFile \"C:\\Logs\\Lync2013Data.Zip\" -OutputFile "
     "\"C:\\Logs\\Lync2010Data.xml\" -TargetVersion Lync2010",
     "Converts exported user data to the Lync Server 2010 format."},
    {"Convert-CsUserData -InputFile \"C:\\Logs\\Lync2013Data.Zip\" -OutputFile "
     "\"C:\\Logs\\Lync2010data.xml\" -TargetVersion Lync2010 -UserFilter "
     "\"kenmyer@litwareinc.com\"",
     "The same for Ken Myer only."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Get-Credential (the documented Test-CsUnifiedContactStore and Move-CsUser
 * sequences start with it)                                              */

/* 5.1's console credential prompt; NULL at the end of input or when the
 * host cannot prompt. */
static char *cred_ask(CmdCtx *c, const char *prompt) {
  return interp_read_line(c->I, prompt);
}

static Status cred_no_prompt(CmdCtx *c) {
  RtError e = {0};
  rt_fail(&e, "System.Management.Automation.Host.HostException",
          "CouldNotPromptForCredential,Microsoft.PowerShell.Commands.GetCredentialCommand",
          "InvalidOperation",
          "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not "
          "available.");
  Status st = cmd_error(c, &e, val_null());
  rt_error_clear(&e);
  return st;
}

/* A PSCredential; the lab keeps no passwords, only their length. */
static Value cred_object(const char *user, const char *password) {
  Value pw = sec_string_new(strlen(password));
  Value o = sec_credential_new(user, pw);
  val_unref(pw);
  return o;
}

static Status cred_end(CmdCtx *c) {
  Value *given = cmd_arg(c, "Credential");
  if (given && given->kind == V_OBJ) return cmd_emit(c, *given);
  char *user = given ? uop_text(c, "Credential") : uop_text(c, "UserName");
  char *msg = uop_text(c, "Message"), prompt[600];
  snprintf(prompt, sizeof prompt, "\nWindows PowerShell credential request\n%s\n",
           msg ? msg : "Enter your credentials.");
  free(msg);
  if (!interp_can_prompt(c->I)) {
    free(user);
    return cred_no_prompt(c);
  }
  interp_host_write(c->I, prompt, strlen(prompt));
  if (!user || !*user) {
    free(user);
    user = cred_ask(c, "User: ");
  }
  char *pw = NULL;
  if (user) {
    snprintf(prompt, sizeof prompt, "Password for user %s: ", user);
    pw = cred_ask(c, prompt);
  }
  Status st = ST_OK;
  if (!pw) st = cred_no_prompt(c);
  else {
    pw[strcspn(pw, "\r\n")] = 0;
    Value o = cred_object(user, pw);
    st = cmd_emit(c, o);
    val_unref(o);
  }
  free(user), free(pw);
  return st;
}

static const ParamDef cred_params[] = {
    {"Credential", NULL, T_OBJECT, false, 0, 0, NULL,
     "A user name (the password is asked for) or a credential object."},
    {"UserName", NULL, T_STRING, false, -1, 0, NULL, "The user name to ask a password for."},
    {"Message", NULL, T_STRING, false, -1, 0, NULL, "The text of the prompt."},
};

static const CmdExample cred_examples[] = {
    {"$credential = Get-Credential \"litwareinc\\kenmyer\"",
     "Asks for Ken Myer's password and keeps the credential in $credential."},
    {NULL, NULL},
};

/* ==================================================================== */

const CmdDef cs_ucs_cmdlets[] = {
    {"Invoke-CsUcsRollback", NULL, rb_params, NP(rb_params), CF_SHOULDPROCESS, NULL, rb_process,
     uop_batch_end,
     "Moves users' contacts out of the unified contact store and back to Lync Server 2013.",
     uop_batch_cleanup, NULL, "High", NULL,
     "Rolls the user's contacts back from the Exchange 2013 mailbox to Lync Server: the user is "
     "RollingBack for 5 minutes of lab time, then in Lync Server. A migration under way is "
     "cancelled. Unless the user's effective user services policy forbids the unified contact "
     "store, the rollback is temporary: the contacts migrate again 7 days later (a warning "
     "says when). Asks for confirmation for each user unless -Confirm:$False. -Force discards "
     "the contacts held in the unified contact store; they are lost.",
     rb_examples},
    {"Test-CsUnifiedContactStore", NULL, tu_params, NP(tu_params), 0, NULL, NULL, tu_end,
     "Verifies whether a user's contacts can be retrieved from the unified contact store.", NULL,
     "ServerPlatform", NULL, "Microsoft.Rtc.SyntheticTransactions.WebTaskOutput",
     "Connects to the user's unified contact store and retrieves the contacts. Result is "
     "Success only when the contacts have been migrated to Exchange 2013 and there is at least "
     "one; otherwise Failure, with the reason in Error Message and Diagnosis. -Setup first "
     "moves the user's contacts to the unified contact store.",
     tu_examples},
    {"Move-CsUser", NULL, mv_params, NP(mv_params), CF_SHOULDPROCESS, mv_begin, mv_process,
     uop_batch_end, "Moves users enabled for Lync Server to another Registrar pool.",
     uop_batch_cleanup, NULL, "High", NULL,
     "Rehomes the user on the target pool and signs the client out. Moving from Lync Server "
     "2013 to Lync Server 2010, or between Lync Online and on-premises, rolls the contacts back "
     "from the unified contact store first, without loss; the user services policy is not "
     "changed, so moving back to Lync Server 2013 migrates them again. With -Force only the "
     "account moves: contacts in Lync Server are lost. Asks for confirmation for each user "
     "unless -Confirm:$False.",
     mv_examples},
    {"Debug-CsUnifiedContactStore", NULL, dbg_params, NP(dbg_params), 0, NULL, dbg_process,
     NULL, "Reports the unified contact store state of a user or of a pool's users.", NULL,
     "Identity", NULL, UOP_POOL_DATA,
     "For a user: whether the contacts are in the unified contact store, how many migrations "
     "were started and when the last one started (-ContactDataExportFileName saves the "
     "contacts as XML). For a pool: how many users are disabled for, allowed, migrating to and "
     "migrated to the unified contact store, and the users whose contact data failed.",
     dbg_examples},
    {"Test-CsExStorageConnectivity", NULL, ex_params, NP(ex_params), 0, NULL, NULL, ex_end,
     "Verifies that the Lync Server Storage Service can write to a user's Exchange mailbox.",
     NULL, NULL, NULL, "Microsoft.Rtc.Management.ResourceData",
     "Writes a test item to the user's mailbox with server-to-server authentication. Fails "
     "when the user has no mailbox, the mailbox is on Exchange 2010, server-to-server "
     "authentication is not configured, or the Exchange server cannot be reached.",
     ex_examples},
    {"Test-CsExStorageNotification", NULL, exn_params, NP(exn_params), 0, NULL, NULL, ex_end,
     "Verifies that the Lync Server Storage Service can subscribe to a user's Exchange 2013 "
     "mailbox notifications.",
     NULL, NULL, NULL, "Microsoft.Rtc.Management.ResourceData",
     "Valid only when the user's contacts are in the unified contact store; fails also for "
     "the reasons Test-CsExStorageConnectivity fails (no Exchange 2013 mailbox, no "
     "server-to-server authentication, Exchange not reachable).",
     exn_examples},
    {"Export-CsUserData", NULL, exp_params, NP(exp_params), 0, NULL, exp_process, NULL,
     "Exports the user data (contact lists) of a pool to a file.", NULL, "PoolFqdn", NULL, NULL,
     "Writes the users' contacts and where they are stored (Lync Server or the unified "
     "contact store) to the file. An existing file is kept unless -Force. Windows paths such "
     "as C:\\Logs\\x.zip are files of the lab (see the README).",
     exp_examples},
    {"Import-CsUserData", NULL, imp_params, NP(imp_params), 0, NULL, imp_process, NULL,
     "Imports user data saved by Export-CsUserData into a pool.", NULL, "PoolFqdn", NULL, NULL,
     "Restores the users' contacts from the file. When a user's contacts moved into or out of "
     "the unified contact store since the export, the contact data is marked outdated or "
     "corrupted and a warning names the user (BK1, BK2).",
     imp_examples},
    {"Update-CsUserData", NULL, upd_params, NP(upd_params), CF_SHOULDPROCESS, NULL, NULL,
     upd_end, "Restores user data saved by Export-CsUserData for a user or set of users.", NULL,
     NULL, NULL, NULL,
     "Restores contacts from the file like Import-CsUserData, for every user in it or only "
     "-UserFilter. -TestMode checks the file without changing anything.",
     upd_examples},
    {"Convert-CsUserData", NULL, conv_params, NP(conv_params), 0, NULL, NULL, conv_end,
     "Converts user data files between the Lync Server 2013 and Lync Server 2010 formats.",
     NULL, NULL, NULL, NULL,
     "Rewrites a user data file in the Lync Server 2010 format (an .XML output file) or the "
     "current format (a .ZIP output file), keeping where each user's contacts were stored.",
     conv_examples},
    {"Get-Credential", NULL, cred_params, NP(cred_params), 0, NULL, NULL, cred_end,
     "Gets a credential object based on a user name and password.", NULL, NULL, NULL,
     "System.Management.Automation.PSCredential",
     "Asks at the console for the password of the user named (and for the user name when none "
     "is given). The lab checks no passwords: the credential names a lab user.",
     cred_examples},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
