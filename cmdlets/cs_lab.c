/* cs_lab.c - the lab cmdlets of issue 4: what no product cmdlet can do in a
 * simulation (create lab users, sign a client or a mailbox in, add contacts
 * from the client, move the clock, look inside the lab). Their names and
 * properties are fixed by the issue; every rule lives in the engine (ucs.h),
 * so the handlers only resolve identities, batch pipelines (LAB_BATCH), call
 * the engine and turn its rows into objects:
 *
 *   Ucsh.Lab.User     DisplayName SipAddress RegistrarPool PoolVersion
 *                     ExchangeVersion MailboxSignedIn ClientVersion SignedIn
 *                     ContactStore ContactCount DataCondition RelogonRequired
 *                     UserServicesPolicy EffectiveUcsAllowed NextCheck
 *                     MigrationBlockers, then Identity (the SIP address, so
 *                     the object feeds -Identity by property name too)
 *   Ucsh.Lab.Contact  User SipAddress Group Location ReadOnly
 *   Ucsh.Lab.Event    Time User Kind Event
 *
 * Times are text in the en-US form of the lab clock ("2/1/2013 9:00:00 AM"),
 * the way Windows PowerShell 5.1 shows a DateTime inside a table or list. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../runtime/convert.h"
#include "../parser/xalloc.h"
#include "cmdlets.h"
#include "lab.h"
#include "objutil.h"
#include "complete_values.h"

#define CL_USER_TYPE "Ucsh.Lab.User"
#define CL_CONTACT_TYPE "Ucsh.Lab.Contact"
#define CL_EVENT_TYPE "Ucsh.Lab.Event"
#define CL_MAX_BLOCKERS 16
#define CL_DEFAULT_GROUP "Other Contacts" /* the Lync 2013 client's default group */
#define CL_CLOCK_MAX INT64_C(253402300799)  /* DateTime.MaxValue, 12/31/9999 11:59:59 PM */

/* ---------------------------------------------------------------- helpers */

/* A list of objects collected while a store statement runs, emitted after
 * it has finished (downstream commands may use the store). */
typedef struct ClVals {
  Value *v;
  size_t n, cap;
} ClVals;

static void cl_push(ClVals *l, Value v) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->v = xrealloc(l->v, l->cap * sizeof *l->v);
  }
  l->v[l->n++] = v;
}

/* Emits every object (until an error stops the pipeline) and frees the list. */
static Status cl_emit_all(CmdCtx *c, ClVals *l) {
  Status st = ST_OK;
  for (size_t i = 0; i < l->n; i++) {
    if (st == ST_OK) st = cmd_emit(c, l->v[i]);
    val_unref(l->v[i]);
  }
  free(l->v);
  *l = (ClVals){0};
  return st;
}

static Status cl_store_fail(CmdCtx *c, Store *s) {
  return lab_fail(c, "LabStoreFailed", "ReadError", "The lab store failed: %s", store_errmsg(s));
}

/* Reports an engine result and frees it. */
static Status cl_report(CmdCtx *c, Store *s, UcsResult *r) {
  Status st = lab_report(c, s, r);
  ucs_result_free(r);
  return st;
}

/* A bound string argument (malloc'd), or NULL. */
static char *cl_arg_str(CmdCtx *c, const char *name) {
  Value *v = cmd_arg(c, name);
  return v && v->kind != V_NULL ? lab_text(*v) : NULL;
}

static int64_t cl_arg_long(CmdCtx *c, const char *name, int64_t dflt) {
  Value *v = cmd_arg(c, name);
  int64_t n = dflt;
  RtError e = {0};
  if (v && !conv_to_long(*v, &n, &e)) n = dflt;
  rt_error_clear(&e);
  return n;
}

/* The argument of -<param> as written on the command line (5.1 points a
 * validation error at it), else the command. */
static const Node *cl_arg_node(CmdCtx *c, const char *param) {
  const Node *at = c->at;
  if (!at || at->kind != N_COMMAND) return at;
  const NodeList *l = &at->u.cmd.elems;
  for (int i = 1; i < l->n; i++) {
    const Node *e = l->items[i];
    size_t n = e->kind == N_PARAM ? strlen(e->u.par.name) : 0;
    if (!n || n > strlen(param) || strncasecmp(e->u.par.name, param, n) != 0) continue;
    if (e->u.par.arg) return e->u.par.arg;
    return i + 1 < l->n && l->items[i + 1]->kind != N_PARAM ? l->items[i + 1] : at;
  }
  return at;
}

/* PowerShell's ValidateRange error (statement-terminating, as the binder's). */
static Status cl_range_fail(CmdCtx *c, const char *param, int64_t got, int64_t min) {
  RtError e = {0};
  char fqid[128];
  snprintf(fqid, sizeof fqid, "ParameterArgumentValidationError,%s", c->cmd->name);
  rt_fail(&e, "System.Management.Automation.ParameterBindingValidationException", fqid,
          "InvalidData",
          "Cannot validate argument on parameter '%s'. The %lld argument is less than the "
          "minimum allowed range of %lld. Supply an argument that is greater than or equal to "
          "%lld and then try the command again.",
          param, (long long)got, (long long)min, (long long)min);
  Value rec = interp_error_record(c->I, &e, cl_arg_node(c, param), c->cmd->name, val_null());
  rt_error_clear(&e);
  return interp_raise(c->I, rec, false);
}

/* ---------------------------------------------------------------- lab user objects */

static Value cl_version(int v) { return v ? val_strf("%d", v) : val_cstr("None"); }

static Value cl_text(const char *s) { return val_cstr(s ? s : ""); }

static Value cl_blockers(const StoreUser *u) {
  const char *b[CL_MAX_BLOCKERS];
  int n = ucs_user_blockers(u, b, CL_MAX_BLOCKERS);
  Value a = val_arr_new((size_t)n);
  for (int i = 0; i < n; i++) val_arr_push(a, val_cstr(b[i]));
  return a;
}

static Value cl_time_or_null(int64_t t) {
  char buf[64];
  return t ? val_cstr(ucs_time_text(t, buf, sizeof buf)) : val_null();
}

/* The lab's view of a user (Get-CsLabUser, New-CsLabUser). */
static Value cl_user_value(const StoreUser *u) {
  Value o = val_obj_new(OBJ_PSCUSTOM, CL_USER_TYPE);
  val_obj_set(o, "DisplayName", cl_text(u->display));
  val_obj_set(o, "SipAddress", cl_text(u->sip));
  val_obj_set(o, "RegistrarPool", cl_text(u->pool));
  val_obj_set(o, "PoolVersion", val_cstr(ucs_pool_version_name(u->pool_version)));
  val_obj_set(o, "ExchangeVersion", cl_version(u->ex_version));
  val_obj_set(o, "MailboxSignedIn", val_bool(u->mbx_signed));
  val_obj_set(o, "ClientVersion", cl_version(u->signed_in ? u->client : 0));
  val_obj_set(o, "SignedIn", val_bool(u->signed_in));
  val_obj_set(o, "ContactStore", val_cstr(ucs_state_name(u->state)));
  val_obj_set(o, "ContactCount", val_int((int32_t)u->contacts));
  val_obj_set(o, "DataCondition", val_cstr(ucs_cond_name(u->cond)));
  val_obj_set(o, "RelogonRequired", val_bool(u->relogon));
  val_obj_set(o, "UserServicesPolicy", u->policy && *u->policy ? val_cstr(u->policy) : val_null());
  val_obj_set(o, "EffectiveUcsAllowed", val_bool(u->eff_allowed));
  val_obj_set(o, "NextCheck", cl_time_or_null(u->next_due));
  val_obj_set(o, "MigrationBlockers", cl_blockers(u));
  val_obj_set(o, "Identity", cl_text(u->sip));
  return o;
}


/* Emits the lab user objects of ids, one store read each. */
static Status cl_emit_users(CmdCtx *c, Store *s, const int64_t *ids, size_t n) {
  Status st = ST_OK;
  for (size_t i = 0; i < n && st == ST_OK; i++) {
    StoreUser u;
    StoreRc rc = store_user_get(s, ids[i], &u);
    if (rc == STORE_NOTFOUND) continue; /* removed meanwhile by a downstream command */
    if (rc) return cl_store_fail(c, s);
    Value o = cl_user_value(&u);
    lab_tag_user(s, o, u.id);
    store_user_free(&u);
    st = cmd_emit(c, o);
    val_unref(o);
  }
  return st;
}

/* ---------------------------------------------------------------- Reset-CsLab */

static Status rst_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  bool empty = cmd_switch(c, "Empty");
  char target[1100];
  snprintf(target, sizeof target, "lab store %s", store_path(s));
  if (!cmd_should_process(c, target, empty ? "Empty the lab" : "Restore the default lab", &st))
    return st;
  UcsResult r = {0};
  ucs_reset(s, empty, &r);
  return cl_report(c, s, &r);
}

static const ParamDef rst_params[] = {
    {"Empty", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Keep the topology and the global policy, but no users and no other policies."},
};

/* ---------------------------------------------------------------- New-CsLabUser */

static const struct {
  const char *name;
  int version;
} CL_EX_VERSIONS[] = {{"None", 0}, {"2010", 2010}, {"2013", 2013}};

static int cl_ex_version(const char *text) {
  for (size_t i = 0; i < sizeof CL_EX_VERSIONS / sizeof CL_EX_VERSIONS[0]; i++)
    if (obj_ci_eq(text, CL_EX_VERSIONS[i].name)) return CL_EX_VERSIONS[i].version;
  return -1; /* ValidateSet has refused it already */
}

/* A lab user object made from a template: it shares the template's keys
 * and its strings (immutable), and has its own blockers array (mutable). */
static Value nlu_clone(Value tmpl) {
  Value o = val_obj_new(OBJ_PSCUSTOM, CL_USER_TYPE);
  Value bag = val_hash_copy(tmpl);
  Value empty = {.kind = V_HASH, .u.h = o.u.o->props};
  o.u.o->props = bag.u.h;
  val_unref(empty);
  Value *b = val_obj_prop(tmpl, "MigrationBlockers");
  val_obj_set(o, "MigrationBlockers", b ? val_arr_copy(*b) : val_arr_new(0));
  return o;
}

/* Emits the -Count users: the first is read from the store; the others
 * differ from it only in their number (store_user_add_many names them
 * "<display> <i>", sip:<base><i>@<domain>), so they are copies of it, made
 * without a store read each (100,000 of them in a benchmark). */
static Status nlu_emit_many(CmdCtx *c, Store *s, const int64_t *ids, size_t n,
                            const char *display) {
  StoreUser u;
  StoreRc rc = store_user_get(s, ids[0], &u);
  if (rc) return rc == STORE_NOTFOUND ? ST_OK : cl_store_fail(c, s);
  Value tmpl = cl_user_value(&u);
  char name[600], sip[700], base[256];
  /* the first one is sip:<base>1@<domain> */
  const char *at = strchr(u.sip, '@');
  int len = at && at - u.sip > 5 ? (int)(at - u.sip) - 5 : 0;
  snprintf(base, sizeof base, "%.*s", len, u.sip + 4);
  Status st = ST_OK;
  for (size_t i = 0; i < n && st == ST_OK; i++) {
    snprintf(name, sizeof name, "%s %zu", display, i + 1);
    snprintf(sip, sizeof sip, "sip:%s%zu%s", base, i + 1, at ? at : "");
    Value o = nlu_clone(tmpl), vsip = val_cstr(sip);
    val_obj_set(o, "DisplayName", val_cstr(name));
    val_obj_set(o, "SipAddress", val_ref(vsip));
    val_obj_set(o, "Identity", vsip);
    st = cmd_emit(c, o);
    val_unref(o);
  }
  val_unref(tmpl);
  store_user_free(&u);
  return st;
}

static Status nlu_check(CmdCtx *c, UcsLabUserSpec *sp) {
  if (cmd_arg(c, "Count") && sp->count < 1) return cl_range_fail(c, "Count", sp->count, 1);
  if (sp->contacts < 0) return cl_range_fail(c, "Contacts", sp->contacts, 0);
  return ST_OK;
}

static Status nlu_run(CmdCtx *c, Store *s, UcsLabUserSpec *sp) {
  int64_t *ids = NULL;
  size_t n = 0;
  UcsResult r = {0};
  bool ok = ucs_lab_user_new(s, sp, &ids, &n, &r);
  Status st = cl_report(c, s, &r);
  if (ok && st == ST_OK && n > 1) {
    st = nlu_emit_many(c, s, ids, n, sp->display);
  } else if (ok && st == ST_OK) {
    st = cl_emit_users(c, s, ids, n);
  }
  free(ids);
  return st;
}

static Status nlu_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  char *display = cl_arg_str(c, "DisplayName"), *sip = cl_arg_str(c, "SipAddress");
  char *pool = cl_arg_str(c, "RegistrarPool"), *ex = cl_arg_str(c, "ExchangeVersion");
  Value *signed_in = cmd_arg(c, "MailboxSignedIn");
  UcsLabUserSpec sp = {.display = display ? display : "", .sip = sip, .pool = pool};
  sp.has_ex = ex != NULL;
  sp.ex_version = ex ? cl_ex_version(ex) : 2013;
  sp.has_mbx_signed = signed_in != NULL;
  sp.mbx_signed = signed_in ? conv_to_bool(*signed_in) : true;
  sp.contacts = (int)cl_arg_long(c, "Contacts", 0);
  sp.count = cl_arg_long(c, "Count", 1);
  st = nlu_check(c, &sp);
  if (st == ST_OK) st = nlu_run(c, s, &sp);
  free(display), free(sip), free(pool), free(ex);
  return st;
}

static const ParamDef nlu_params[] = {
    {"DisplayName", NULL, T_STRING, false, 0, PF_MANDATORY, NULL,
     "The user's display name; with -Count, the stem of the numbered names."},
    {"SipAddress", NULL, T_STRING, false, -1, 0, NULL,
     "The SIP address (sip: optional). Default: sip:<display name without spaces, lower "
     "case>@litwareinc.com."},
    {"RegistrarPool", NULL, T_STRING, false, -1, 0, NULL,
     "The pool the user is homed on. Default: atl-cs-001.litwareinc.com.",
     .complete = cv_move_targets},
    {"ExchangeVersion", NULL, T_STRING, false, -1, 0, "None,2010,2013",
     "The Exchange version of the user's mailbox, or None for no mailbox. Default: 2013."},
    {"MailboxSignedIn", NULL, T_BOOL, false, -1, 0, NULL,
     "Whether the user has signed into the mailbox at least once (M1). Default: $True."},
    {"Contacts", NULL, T_INT, false, -1, 0, NULL,
     "How many contacts the user starts with (group Lab Contacts). Default: 0."},
    {"Count", NULL, T_INT, false, -1, 0, NULL,
     "Create this many users in one go, named \"<DisplayName> 1\" to \"<DisplayName> N\"."},
};

/* ---------------------------------------------------------------- batched user events */

/* Connect-CsLabClient, Disconnect-CsLabClient, Connect-CsLabMailbox: the
 * users of the pipeline go to the engine LAB_BATCH at a time. */
typedef bool (*ClBatchFn)(Store *s, const int64_t *ids, size_t n, int arg, UcsResult *r);

typedef struct ClBatch {
  LabIds ids;
  ClBatchFn fn;
  int arg;
} ClBatch;

static bool cl_sign_in(Store *s, const int64_t *ids, size_t n, int client, UcsResult *r) {
  return ucs_sign_in(s, ids, n, client, r);
}

static bool cl_sign_out(Store *s, const int64_t *ids, size_t n, int arg, UcsResult *r) {
  (void)arg;
  return ucs_sign_out(s, ids, n, r);
}

static bool cl_mailbox(Store *s, const int64_t *ids, size_t n, int arg, UcsResult *r) {
  (void)arg;
  return ucs_mailbox_sign_in(s, ids, n, r);
}

static Status cl_batch_start(CmdCtx *c, ClBatchFn fn, int arg) {
  ClBatch *b = xcalloc(1, sizeof *b);
  b->fn = fn;
  b->arg = arg;
  c->state = b;
  return ST_OK;
}

static Status cin_begin(CmdCtx *c) {
  return cl_batch_start(c, cl_sign_in, (int)cl_arg_long(c, "ClientVersion", 2013));
}
static Status cout_begin(CmdCtx *c) { return cl_batch_start(c, cl_sign_out, 0); }
static Status cmbx_begin(CmdCtx *c) { return cl_batch_start(c, cl_mailbox, 0); }

static Status cl_batch_flush(CmdCtx *c, Store *s, ClBatch *b) {
  if (!b->ids.n) return ST_OK;
  UcsResult r = {0};
  if (!b->fn(s, b->ids.v, b->ids.n, b->arg, &r) && !r.errors) {
    ucs_result_free(&r);
    return cl_store_fail(c, s);
  }
  b->ids.n = 0;
  return cl_report(c, s, &r);
}

static Status cl_batch_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  ClBatch *b = c->state;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  Value *id = cmd_arg(c, "Identity");
  st = id ? lab_resolve_users(c, s, *id, &b->ids) : ST_OK;
  if (st == ST_OK && b->ids.n >= lab_batch_limit(c)) st = cl_batch_flush(c, s, b);
  return st;
}

static Status cl_batch_end(CmdCtx *c) {
  Status st;
  Store *s = lab_store(c, &st);
  return s ? cl_batch_flush(c, s, c->state) : st;
}

static void cl_batch_cleanup(CmdCtx *c) {
  ClBatch *b = c->state;
  if (!b) return;
  lab_ids_free(&b->ids);
  free(b);
  c->state = NULL;
}

#define CL_IDENTITY(help)                                                            \
  {"Identity", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP, \
   NULL, help, .complete = cv_users}

static const ParamDef cin_params[] = {
    CL_IDENTITY("The user who signs in: a SIP address, UPN, domain\\logon, display name or a user "
                "object."),
    {"ClientVersion", NULL, T_INT, false, -1, 0, "2010,2013",
     "The Lync client the user signs in with: 2013 (the default) or 2010 (M2: never starts a "
     "migration)."},
};

static const ParamDef cout_params[] = {
    CL_IDENTITY("The user who signs out (clears a pending sign-in-again prompt, M5)."),
};

static const ParamDef cmbx_params[] = {
    CL_IDENTITY("The user who signs into the Exchange mailbox (M1 needs it once)."),
};

/* ---------------------------------------------------------------- contacts */

typedef bool (*ClContactFn)(Store *s, int64_t user, const char *sip, const char *group,
                            UcsResult *r);

static bool cl_contact_add(Store *s, int64_t user, const char *sip, const char *group,
                           UcsResult *r) {
  return ucs_contact_add(s, user, sip, group, r);
}

static bool cl_contact_remove(Store *s, int64_t user, const char *sip, const char *group,
                              UcsResult *r) {
  (void)group;
  return ucs_contact_remove(s, user, sip, r);
}

/* Each contact of -Contact, for each user of -Identity: one engine call
 * each, so a refused contact (M8, duplicates) leaves the others done. */
static Status cl_contacts_apply(CmdCtx *c, ClContactFn fn) {
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  LabIds ids = {0};
  Value *id = cmd_arg(c, "Identity");
  st = id ? lab_resolve_users(c, s, *id, &ids) : ST_OK;
  int n = 0;
  char **sips = obj_strs(cmd_arg(c, "Contact"), &n);
  char *group = cl_arg_str(c, "Group");
  for (size_t u = 0; u < ids.n && st == ST_OK; u++)
    for (int k = 0; k < n && st == ST_OK; k++) {
      UcsResult r = {0};
      fn(s, ids.v[u], sips[k], group ? group : CL_DEFAULT_GROUP, &r);
      st = cl_report(c, s, &r);
    }
  free(group);
  obj_strs_free(sips, n);
  lab_ids_free(&ids);
  return st;
}

static Status acn_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  return cl_contacts_apply(c, cl_contact_add);
}

static Status rcn_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  return cl_contacts_apply(c, cl_contact_remove);
}

/* Where a user's contacts live in each contact-store state (decisions 1):
 * Lync Server, or the Lync Contacts folder of the Exchange 2013 mailbox (M6). */
static const char *cl_location(StoreState st) {
  return st == CS_UCS || st == CS_ROLLING_BACK ? "Exchange 2013" : "Lync Server";
}

typedef struct ClContactCtx {
  ClVals out;
  const StoreUser *u;
} ClContactCtx;

static void cl_collect_contact(void *ctx, const StoreContact *k) {
  ClContactCtx *x = ctx;
  const StoreUser *u = x->u;
  bool in_ucs = u->state == CS_UCS || u->state == CS_ROLLING_BACK;
  Value o = val_obj_new(OBJ_PSCUSTOM, CL_CONTACT_TYPE);
  val_obj_set(o, "User", cl_text(u->sip));
  val_obj_set(o, "SipAddress", cl_text(k->sip));
  val_obj_set(o, "Group", cl_text(k->group));
  val_obj_set(o, "Location", val_cstr(cl_location(u->state)));
  /* M8: the Lync 2010 client shows UCS contacts read-only */
  val_obj_set(o, "ReadOnly", val_bool(in_ucs && u->signed_in && u->client == 2010));
  cl_push(&x->out, o);
}

static Status cl_user_contacts(CmdCtx *c, Store *s, int64_t id) {
  StoreUser u;
  StoreRc rc = store_user_get(s, id, &u);
  if (rc == STORE_NOTFOUND) return ST_OK;
  if (rc) return cl_store_fail(c, s);
  ClContactCtx x = {.u = &u};
  rc = store_contact_list(s, id, cl_collect_contact, &x);
  store_user_free(&u);
  Status st = cl_emit_all(c, &x.out);
  return rc ? cl_store_fail(c, s) : st;
}

static Status gcn_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  LabIds ids = {0};
  Value *id = cmd_arg(c, "Identity");
  st = id ? lab_resolve_users(c, s, *id, &ids) : ST_OK;
  for (size_t i = 0; i < ids.n && st == ST_OK; i++) st = cl_user_contacts(c, s, ids.v[i]);
  lab_ids_free(&ids);
  return st;
}

static const ParamDef acn_params[] = {
    CL_IDENTITY("The user whose client adds the contacts."),
    {"Contact", NULL, T_STRING, true, 1, PF_MANDATORY, NULL,
     "The SIP addresses of the contacts to add (sip: optional)."},
    {"Group", NULL, T_STRING, false, -1, 0, NULL,
     "The contact group. Default: Other Contacts."},
};

static const ParamDef rcn_params[] = {
    CL_IDENTITY("The user whose client removes the contacts."),
    {"Contact", NULL, T_STRING, true, 1, PF_MANDATORY, NULL,
     "The SIP addresses of the contacts to remove (sip: optional)."},
};

static const ParamDef gcn_params[] = {
    CL_IDENTITY("The user whose contacts to list."),
};

/* ---------------------------------------------------------------- the clock */

static Status skip_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  static const struct {
    const char *name;
    int64_t secs;
  } UNITS[] = {{"Minutes", 60}, {"Hours", 3600}, {"Days", 86400}};
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  int64_t secs = 0;
  for (size_t i = 0; i < sizeof UNITS / sizeof UNITS[0]; i++) {
    int64_t n = cl_arg_long(c, UNITS[i].name, 0);
    if (n < 0) return cl_range_fail(c, UNITS[i].name, n, 0); /* the clock never goes back */
    secs += n * UNITS[i].secs;
  }
  if (secs > CL_CLOCK_MAX - store_clock(s)) { /* .NET's DateTime ends with year 9999 */
    char now[64];
    return lab_fail(c, "ClockOutOfRange", "InvalidArgument",
                    "The added or subtracted value results in an un-representable DateTime. The "
                    "lab clock (%s) can move forward to 12/31/9999 11:59:59 PM at most.",
                    ucs_time_text(store_clock(s), now, sizeof now));
  }
  UcsResult r = {0};
  ucs_skip_time(s, secs, &r);
  return cl_report(c, s, &r);
}

static const ParamDef skip_params[] = {
    {"Minutes", NULL, T_INT, false, -1, 0, NULL, "Minutes to move the lab clock forward."},
    {"Hours", NULL, T_INT, false, -1, 0, NULL, "Hours to move the lab clock forward."},
    {"Days", NULL, T_INT, false, -1, 0, NULL, "Days to move the lab clock forward."},
};

static Status clock_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  char buf[64];
  Value t = val_cstr(ucs_time_text(store_clock(s), buf, sizeof buf));
  st = cmd_emit(c, t);
  val_unref(t);
  return st;
}

/* ---------------------------------------------------------------- Get-CsLabUser */

/* A page of every user (the statement ends before the pipeline runs). */
typedef struct {
  ClVals out;
  size_t seen;
  int64_t last_id;
} GluPage;

static void glu_keep(void *ctx, const StoreUser *u) {
  GluPage *p = ctx;
  p->seen++;
  p->last_id = u->id;
  cl_push(&p->out, cl_user_value(u));
}

enum { GLU_PAGE = 512 };

/* Every user, a page at a time, so that 100,000 users never sit in memory
 * at once. */
static Status glu_all(CmdCtx *c, Store *s) {
  StoreUserQuery q = {.limit = GLU_PAGE};
  Status st = ST_OK;
  GluPage p;
  do {
    p = (GluPage){0};
    StoreRc rc = store_user_list(s, &q, glu_keep, &p);
    st = cl_emit_all(c, &p.out);
    if (rc) return cl_store_fail(c, s);
    q.after_id = p.last_id;
  } while (st == ST_OK && p.seen == GLU_PAGE);
  return st;
}

static Status glu_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  Value *id = cmd_arg(c, "Identity");
  if (!id) return glu_all(c, s);
  LabIds ids = {0};
  st = lab_resolve_users(c, s, *id, &ids);
  if (st == ST_OK) st = cl_emit_users(c, s, ids.v, ids.n);
  lab_ids_free(&ids);
  return st;
}

static const ParamDef glu_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The users to show (any identity form; display names take * wildcards). Default: all.",
     .complete = cv_users},
};

/* ---------------------------------------------------------------- Get-CsLabEvent */

/* Short names of the event kinds, for filtering (Where-Object Kind -eq ...). */
static const char *const CL_EVENT_KIND[UCS_EV_COUNT] = {
    [UCS_EV_MIG_STARTED] = "MigrationStarted",
    [UCS_EV_MIG_POLICY] = "MigrationStartedByPolicy",
    [UCS_EV_MIG_RECHECK] = "RemigrationStarted",
    [UCS_EV_MIG_DELAYED] = "MigrationDelayed",
    [UCS_EV_MIG_DONE] = "MigrationCompleted",
    [UCS_EV_RELOGON] = "SignInAgainPrompt",
    [UCS_EV_SIGNIN_BLOCKED] = "SignInNoMigration",
    [UCS_EV_START_BLOCKED] = "DelayedStartBlocked",
    [UCS_EV_RECHECK_BLOCKED] = "RemigrationCheck",
    [UCS_EV_MIG_CANCELLED] = "MigrationCancelled",
    [UCS_EV_RB_STARTED] = "RollbackStarted",
    [UCS_EV_RB_DONE] = "RollbackCompleted",
    [UCS_EV_RECHECK_SET] = "RemigrationScheduled",
    [UCS_EV_RB_PERMANENT] = "RollbackPermanent",
    [UCS_EV_CONTACTS_LOST] = "ContactsLost",
    [UCS_EV_MOVED] = "UserMoved",
    [UCS_EV_MOVE_ROLLBACK] = "MoveRollback",
    [UCS_EV_HIDDEN] = "ContactsHidden",
    [UCS_EV_OUTDATED] = "DataOutdated",
    [UCS_EV_CORRUPTED] = "DataCorrupted",
    [UCS_EV_FIXED] = "DataFixed",
    [UCS_EV_REPAIRED] = "DataRepaired",
    [UCS_EV_MAILBOX_MOVED] = "MailboxMoved",
    [UCS_EV_POLICY_GRANTED] = "PolicyGranted",
};

static const char *cl_event_kind(int kind) {
  const char *k = kind > 0 && kind < UCS_EV_COUNT ? CL_EVENT_KIND[kind] : NULL;
  return k ? k : "Other";
}

static void cl_collect_event(void *ctx, const StoreEvent *e) {
  char text[1024];
  Value o = val_obj_new(OBJ_PSCUSTOM, CL_EVENT_TYPE);
  val_obj_set(o, "Time", cl_time_or_null(e->at));
  val_obj_set(o, "User", cl_text(e->user_sip));
  val_obj_set(o, "Kind", val_cstr(cl_event_kind(e->kind)));
  val_obj_set(o, "Event", val_cstr(ucs_event_text(e, text, sizeof text)));
  cl_push(ctx, o);
}

static Status cl_events(CmdCtx *c, Store *s, int64_t user, int64_t last) {
  ClVals out = {0};
  StoreRc rc = store_event_list(s, user, last, cl_collect_event, &out);
  Status st = cl_emit_all(c, &out);
  return rc ? cl_store_fail(c, s) : st;
}

static Status gle_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  int64_t last = cl_arg_long(c, "Last", 0);
  if (cmd_arg(c, "Last") && last < 1) return cl_range_fail(c, "Last", last, 1);
  Value *id = cmd_arg(c, "Identity");
  if (!id) return cl_events(c, s, 0, last);
  LabIds ids = {0};
  st = lab_resolve_users(c, s, *id, &ids);
  for (size_t i = 0; i < ids.n && st == ST_OK; i++) st = cl_events(c, s, ids.v[i], last);
  lab_ids_free(&ids);
  return st;
}

static const ParamDef gle_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "Only the events of these users. Default: every event.", .complete = cv_users},
    {"Last", NULL, T_INT, false, -1, 0, NULL, "Only the last N events (of each user)."},
};

/* ---------------------------------------------------------------- help */

static const CmdExample rst_ex[] = {
    {"Reset-CsLab", "Restores the default Litware Inc. lab: users, policies and the clock."},
    {"Reset-CsLab -Empty", "Keeps the topology and the global policy; removes every user and "
                           "every other policy."},
    {NULL, NULL},
};
static const CmdExample nlu_ex[] = {
    {"New-CsLabUser -DisplayName \"Pilar Ackerman 2\" -ExchangeVersion 2010",
     "Creates sip:pilarackerman2@litwareinc.com on atl-cs-001 with an Exchange 2010 mailbox "
     "(never migrates, M1)."},
    {"New-CsLabUser -DisplayName \"Bench\" -Count 100000 -Contacts 5 | Out-Null",
     "Creates Bench 1 ... Bench 100000 (sip:bench1@litwareinc.com ...) in one go, 5 contacts "
     "each."},
    {NULL, NULL},
};
static const CmdExample cin_ex[] = {
    {"Connect-CsLabClient -Identity \"Ken Myer\"",
     "Ken signs in with Lync 2013: when M1 holds, the migration to the unified contact store "
     "starts (M3)."},
    {"Get-CsUser -Filter {RegistrarPool -eq \"atl-cs-001.litwareinc.com\"} | "
     "Connect-CsLabClient -ClientVersion 2010",
     "Every user of the pool signs in with Lync 2010, which never starts a migration (M2)."},
    {NULL, NULL},
};
static const CmdExample cout_ex[] = {
    {"Disconnect-CsLabClient -Identity \"Ken Myer\"", "Ken signs out of his Lync client."},
    {NULL, NULL},
};
static const CmdExample cmbx_ex[] = {
    {"Connect-CsLabMailbox -Identity \"Jeff Hay\"",
     "Jeff signs into his Exchange mailbox, which M1 requires once before a migration."},
    {NULL, NULL},
};
static const CmdExample acn_ex[] = {
    {"Add-CsLabContact -Identity \"Ken Myer\" -Contact sip:lisajacobson@litwareinc.com -Group "
     "Colleagues",
     "Ken's client adds Lisa to the Colleagues group, wherever his contacts live now."},
    {NULL, NULL},
};
static const CmdExample rcn_ex[] = {
    {"Remove-CsLabContact -Identity \"Ken Myer\" -Contact sip:kimakers@litwareinc.com",
     "Ken's client removes Kim from his contact list."},
    {NULL, NULL},
};
static const CmdExample gcn_ex[] = {
    {"Get-CsLabContact -Identity \"Ken Myer\"",
     "Lists Ken's contacts, where they are stored, and whether his client can change them."},
    {NULL, NULL},
};
static const CmdExample skip_ex[] = {
    {"Skip-CsLabTime -Minutes 10", "Lets ten simulated minutes pass: migrations started now "
                                   "complete (M4)."},
    {"Skip-CsLabTime -Days 7", "Reaches the re-migration check after a rollback (RB2)."},
    {NULL, NULL},
};
static const CmdExample clock_ex[] = {
    {"Get-CsLabClock", "Shows the lab's simulated time, for example 2/1/2013 9:00:00 AM."},
    {NULL, NULL},
};
static const CmdExample glu_ex[] = {
    {"Get-CsLabUser -Identity \"Ken Myer\"",
     "Shows where Ken's contacts are, what his client sees, and what blocks a migration."},
    {"Get-CsLabUser | Where-Object {$_.ContactStore -eq \"UnifiedContactStore\"}",
     "Lists the users whose contacts are in the unified contact store."},
    {NULL, NULL},
};
static const CmdExample gle_ex[] = {
    {"Get-CsLabEvent -Identity \"Ken Myer\"", "Shows what happened to Ken and why, with the rule "
                                             "each step follows."},
    {"Get-CsLabEvent -Last 5", "Shows the five latest events of the lab."},
    {NULL, NULL},
};

/* ---------------------------------------------------------------- the table */

#define CL_OUT_USER CL_USER_TYPE
#define CL_ROW(name, params, flags, begin, process, end, cleanup, synopsis, impact, out, desc, ex) \
  {name, NULL, params, NP(params), flags, begin, process, end, synopsis, cleanup, NULL, impact,  \
   out, desc, ex}

const CmdDef cs_lab_cmdlets[] = {
    CL_ROW("Reset-CsLab", rst_params, CF_SHOULDPROCESS, NULL, rst_process, NULL,
           NULL, "Restores the default lab (lab cmdlet).", "Medium", NULL,
           "Lab cmdlet: restores the default Litware Inc. lab (topology, the global and the "
           "\"UCS Enabled Users\" policies, the dozen users of the README, the clock at 2/1/2013 "
           "9:00:00 AM). With -Empty, keeps the topology and the global policy but no users and "
           "no other policies.",
           rst_ex),
    CL_ROW("New-CsLabUser", nlu_params, 0, NULL, nlu_process, NULL, NULL,
           "Creates lab users enabled for Lync Server (lab cmdlet).", NULL, CL_OUT_USER,
           "Lab cmdlet: creates an Active Directory user enabled for Lync Server, with a "
           "mailbox, as the lab's starting point for a procedure. Defaults: SIP address from "
           "the display name, pool atl-cs-001.litwareinc.com, an Exchange 2013 mailbox signed "
           "into once, no contacts, contacts in Lync Server, not signed in. -Count N creates N "
           "numbered users in one go. Outputs the lab user objects (as Get-CsLabUser).",
           nlu_ex),
    CL_ROW("Connect-CsLabClient", cin_params, 0, cin_begin, cl_batch_process,
           cl_batch_end, cl_batch_cleanup, "Signs users in with a Lync client (lab cmdlet).",
           NULL, NULL,
           "Lab cmdlet: the users sign in with the Lync 2013 (default) or Lync 2010 client. A "
           "Lync 2013 sign-in is the trigger of a migration to the unified contact store when "
           "every precondition of M1 holds (M3); a Lync 2010 sign-in never starts one (M2). "
           "Get-CsLabEvent tells what a sign-in started or what blocked it.",
           cin_ex),
    CL_ROW("Disconnect-CsLabClient", cout_params, 0, cout_begin, cl_batch_process,
           cl_batch_end, cl_batch_cleanup, "Signs users out of their Lync client (lab cmdlet).",
           NULL, NULL,
           "Lab cmdlet: the users sign out of their Lync client. Signing out clears the "
           "sign-in-again prompt of a completed migration (M5).",
           cout_ex),
    CL_ROW("Connect-CsLabMailbox", cmbx_params, 0, cmbx_begin, cl_batch_process,
           cl_batch_end, cl_batch_cleanup,
           "Signs users into their Exchange mailbox (lab cmdlet).", NULL, NULL,
           "Lab cmdlet: the users sign into their Exchange mailbox (Outlook or Outlook Web App). "
           "M1 requires one sign-in to an Exchange 2013 mailbox before contacts can migrate.",
           cmbx_ex),
    CL_ROW("Add-CsLabContact", acn_params, 0, NULL, acn_process, NULL, NULL,
           "Adds contacts from the user's Lync client (lab cmdlet).", NULL, NULL,
           "Lab cmdlet: the user's Lync client adds contacts, to Lync Server or to the unified "
           "contact store, wherever the user's contacts live now. A Lync 2010 client cannot "
           "change contacts that are in the unified contact store (M8).",
           acn_ex),
    CL_ROW("Remove-CsLabContact", rcn_params, 0, NULL, rcn_process, NULL, NULL,
           "Removes contacts from the user's Lync client (lab cmdlet).", NULL, NULL,
           "Lab cmdlet: the user's Lync client removes contacts. A Lync 2010 client cannot change "
           "contacts that are in the unified contact store (M8).",
           rcn_ex),
    CL_ROW("Get-CsLabContact", gcn_params, 0, NULL, gcn_process, NULL, NULL,
           "Gets a user's contacts wherever they live (lab cmdlet).", NULL, CL_CONTACT_TYPE,
           "Lab cmdlet: lists the user's contacts with their group, where they are stored "
           "(Lync Server, or the Lync Contacts folder of the Exchange 2013 mailbox, M6) and "
           "whether the user's client can change them (M8).",
           gcn_ex),
    CL_ROW("Skip-CsLabTime", skip_params, 0, NULL, skip_process, NULL, NULL,
           "Moves the lab clock forward (lab cmdlet).", NULL, NULL,
           "Lab cmdlet: moves the simulated clock forward and runs all the work that falls due, "
           "in time order: migrations complete after 10 minutes (M4), rollbacks after 5, the "
           "re-migration check comes 7 days after a rollback (RB2), the daily migration task "
           "clears outdated data (BK2).",
           skip_ex),
    {"Get-CsLabClock", NULL, NULL, 0, 0, NULL, clock_process, NULL,
     "Gets the lab's simulated time (lab cmdlet).", NULL, NULL, NULL, "System.String",
     "Lab cmdlet: the lab's simulated time, in the en-US form 2/1/2013 9:00:00 AM. Only "
     "Skip-CsLabTime moves it (and Reset-CsLab sets it back).",
     clock_ex},
    CL_ROW("Get-CsLabUser", glu_params, 0, NULL, glu_process, NULL, NULL,
           "Gets the lab's view of users (lab cmdlet).", NULL, CL_OUT_USER,
           "Lab cmdlet: what the lab knows about users: pool and Exchange versions, the client "
           "and its sign-in, where the contacts are (ContactStore), the sign-in-again prompt "
           "(M5), the effective policy, the next scheduled event and the unmet preconditions "
           "that keep the contacts out of the unified contact store (MigrationBlockers). The "
           "objects feed -Identity of the product cmdlets.",
           glu_ex),
    CL_ROW("Get-CsLabEvent", gle_params, 0, NULL, gle_process, NULL, NULL,
           "Gets the lab's event log (lab cmdlet).", NULL, CL_EVENT_TYPE,
           "Lab cmdlet: the lab's event log, oldest first: the simulated time, the user, what "
           "happened and why, naming the rule (migration started, completed or cancelled, the "
           "sign-in-again prompt, rollbacks, re-migration checks, lost contacts, corrupted data, "
           "sign-ins that did not start a migration and what blocked them).",
           gle_ex),
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
