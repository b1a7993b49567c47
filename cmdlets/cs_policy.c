/* cs_policy.c - the user services policy cmdlets (cmdlets.md §2-§6):
 * Get-, New-, Set-, Grant- and Remove-CsUserServicesPolicy. The engine
 * (ucs.h) owns every rule: scopes and identities (P3, P5), the default
 * UcsAllowed True (P4), the global default for Set (P6), MigrationDelayInDays
 * 0-180 (P11), the reset of the global policy (P10), the refusal to remove
 * an assigned per-user policy (decisions 9), unassigning with $Null (E2)
 * and the warnings that contacts stay in the unified contact store (E5).
 *
 * -Tenant: Office 365 tenants do not exist on premises; the parameter is
 * accepted (as a GUID, so a malformed one is refused) and ignored: the
 * command applies to the on-premises policy, and a verbose line says so. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../runtime/convert.h"
#include "../parser/xalloc.h"
#include "cmdlets.h"
#include "cs_user.h"
#include "lab.h"
#include "complete_values.h"

#define NP(a) ((int)(sizeof a / sizeof a[0]))
/* -DomainController: accepted everywhere; the lab has one directory. */
#define DC_PARAM                                                                               \
  {"DomainController", NULL, T_STRING, false, -1, 0, NULL, "Accepted; the lab has one directory."}
#define POL_TYPE "Microsoft.Rtc.Management.WritableConfig.Policy.UserServices.UserServicesPolicy"

/* ==================================================================== */
/* Shared                                                                */

static Value policy_object(const StorePolicy *p) {
  char id[300];
  Value o = val_obj_new(OBJ_GENERIC, POL_TYPE);
  val_obj_set(o, "Identity", val_cstr(ucs_policy_identity(p, id, sizeof id)));
  val_obj_set(o, "UcsAllowed", val_bool(p->ucs_allowed));
  val_obj_set(o, "MigrationDelayInDays", val_int(p->delay_days));
  return o;
}

static Status emit_owned(CmdCtx *c, Value v) {
  Status st = cmd_emit(c, v);
  val_unref(v);
  return st;
}

static Status report(CmdCtx *c, Store *s, UcsResult *r) {
  Status st = lab_report(c, s, r);
  ucs_result_free(r);
  return st;
}

/* The text of an identity argument (a string, or an object's Identity). */
static char *identity_text(CmdCtx *c, const char *name) {
  Value *v = cmd_arg(c, name);
  return v && v->kind != V_NULL ? lab_identity_text(*v) : NULL;
}

static void tenant_note(CmdCtx *c) {
  if (cmd_arg(c, "Tenant"))
    interp_write_verbose(c->I, "The Tenant parameter applies to Office 365 tenants; this "
                               "on-premises deployment has none, so it is ignored and the "
                               "command works on the on-premises policy.");
}

/* The canonical Identity (Global, Site:X, Service:UserServer:X, Tag:X) of
 * an identity argument; false with the engine's error in r. */
static bool canonical(Store *s, const char *identity, char *buf, size_t n, UcsResult *r) {
  UcsPolicyRef ref;
  if (!ucs_policy_parse(s, identity, &ref, r)) return false;
  StorePolicy p = {.scope = ref.scope, .name = ref.name};
  ucs_policy_identity(&p, buf, n);
  return true;
}

static bool int_arg(CmdCtx *c, const char *name, int *out) {
  Value *v = cmd_arg(c, name);
  if (!v) return false;
  int64_t n = 0;
  RtError e = {0};
  if (!conv_to_long(*v, &n, &e)) n = 0;
  rt_error_clear(&e);
  *out = n < -1000000 ? -1000000 : n > 1000000 ? 1000000 : (int)n;
  return true;
}

static bool bool_arg(CmdCtx *c, const char *name, bool *out) {
  Value *v = cmd_arg(c, name);
  if (v) *out = conv_to_bool(*v);
  return v != NULL;
}

/* One engine message as an error record (for refusals the cmdlet finds). */
static Status one_error(CmdCtx *c, Store *s, UcsCode code, int64_t user_id, int64_t count,
                        const char *text) {
  UcsMsg m = {code, true, user_id, 0, count, (char *)text};
  UcsResult r = {&m, 1, 1, 1, 0};
  return lab_report(c, s, &r);
}

/* ==================================================================== */
/* Get-CsUserServicesPolicy (P1, P8)                                     */

static void collect_policy(void *ctx, const StorePolicy *p) {
  val_arr_push(*(Value *)ctx, policy_object(p));
}

static Status pg_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  tenant_note(c);
  char *identity = identity_text(c, "Identity");
  char *filter = identity_text(c, "Filter");
  UcsResult r = {0};
  char canon[300];
  if (identity) {
    StorePolicy p = {0};
    if (canonical(s, identity, canon, sizeof canon, &r) && ucs_policy_get(s, canon, &p, &r))
      st = emit_owned(c, policy_object(&p));
    store_policy_free(&p);
  } else {
    Value all = val_arr_new(0);
    ucs_policy_list(s, filter, collect_policy, &all, &r);
    for (size_t i = 0; i < val_arr_len(all) && st == ST_OK; i++)
      st = cmd_emit(c, val_arr_at(all, i));
    val_unref(all);
  }
  if (st == ST_OK) st = report(c, s, &r);
  else ucs_result_free(&r);
  free(identity), free(filter);
  return st;
}

#define TENANT_HELP                                                                            \
  "An Office 365 tenant (a GUID). Accepted and ignored: this on-premises deployment has no "  \
  "tenants, so the command works on the on-premises policy."

static const ParamDef pg_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, 0, NULL,
     "The policy: global, site:<site>, UserServer:<pool FQDN>, or a per-user policy name. "
     "Without it, every policy.", "Identity,0", .complete = cv_policy_identities},
    {"Filter", NULL, T_STRING, false, -1, 0, NULL,
     "A wildcard over policy identities, for example \"site:*\" or \"tag:*\".", "Filter"},
    {"LocalStore", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Accepted; the lab has one store."},
    {"Tenant", NULL, T_GUID, false, -1, 0, NULL, TENANT_HELP},
};

static const CmdExample pg_examples[] = {
    {"Get-CsUserServicesPolicy", "Returns every user services policy."},
    {"Get-CsUserServicesPolicy -Identity \"site:Redmond\"", "Returns the Redmond site policy."},
    {"Get-CsUserServicesPolicy -Filter \"site:*\"", "Returns every site policy."},
    {"Get-CsUserServicesPolicy | Where-Object {$_.UcsAllowed -eq $False}",
     "Returns the policies that do not allow the unified contact store."},
    {NULL, NULL},
};

/* ==================================================================== */
/* New-CsUserServicesPolicy (P3, P4, P5, P11)                            */

/* -InMemory: the object only, nothing stored. */
static Status pn_in_memory(CmdCtx *c, Store *s, const char *canon, bool allowed, int delay) {
  if (delay < 0 || delay > UCS_DELAY_MAX) return one_error(c, s, UCS_E_DELAY_RANGE, 0, delay, NULL);
  UcsResult r = {0};
  UcsPolicyRef ref;
  ucs_policy_parse(s, canon, &ref, &r);
  ucs_result_free(&r);
  StorePolicy p = {.scope = ref.scope, .name = ref.name, .ucs_allowed = allowed,
                   .delay_days = delay};
  return emit_owned(c, policy_object(&p));
}

static Status pn_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  tenant_note(c);
  char *identity = identity_text(c, "Identity"), canon[300];
  bool allowed = true; /* P4 */
  int delay = 0;
  bool_arg(c, "UcsAllowed", &allowed);
  int_arg(c, "MigrationDelayInDays", &delay);
  UcsResult r = {0};
  if (!identity || !canonical(s, identity, canon, sizeof canon, &r)) {
    st = report(c, s, &r);
  } else if (cmd_should_process(c, canon, NULL, &st)) {
    if (cmd_switch(c, "InMemory")) {
      st = pn_in_memory(c, s, canon, allowed, delay);
    } else {
      StorePolicy p = {0};
      bool ok = ucs_policy_new(s, canon, allowed, delay, &r) && ucs_policy_get(s, canon, &p, &r);
      st = ok ? emit_owned(c, policy_object(&p)) : ST_OK;
      store_policy_free(&p);
      Status st2 = report(c, s, &r);
      if (st == ST_OK) st = st2;
    }
  }
  ucs_result_free(&r);
  free(identity);
  return st;
}

static const ParamDef pn_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_MANDATORY, NULL,
     "The new policy: site:<site>, UserServer:<pool FQDN>, or a name for a per-user policy."},
    {"UcsAllowed", NULL, T_BOOL, false, -1, 0, NULL,
     "True (the default): users the policy governs migrate to the unified contact store at "
     "their next Lync 2013 sign-in. False: they do not (contacts already there stay)."},
    {"MigrationDelayInDays", NULL, T_INT, false, -1, 0, NULL,
     "Days to wait before a migration starts, 0-180 (default 0)."},
    {"InMemory", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Return the policy object without storing it; Set-CsUserServicesPolicy -Instance stores it."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
    {"Tenant", NULL, T_GUID, false, -1, 0, NULL, TENANT_HELP},
};

static const CmdExample pn_examples[] = {
    {"New-CsUserServicesPolicy -Identity \"site:Redmond\" -UcsAllowed $False",
     "Creates a Redmond site policy: users of that site without a per-user policy do not "
     "migrate."},
    {"New-CsUserServicesPolicy -Identity \"AllowUnifiedContactStore\" -UcsAllowed $True",
     "Creates a per-user policy that allows the unified contact store."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Set-CsUserServicesPolicy (P6, P7, E5)                                 */

/* The change: the instance's values (when piped), then the parameters. */
static void ps_change(CmdCtx *c, Value *inst, UcsPolicyChange *ch) {
  memset(ch, 0, sizeof *ch);
  if (inst && inst->kind == V_OBJ) {
    Value *a = val_obj_prop(*inst, "UcsAllowed"), *d = val_obj_prop(*inst, "MigrationDelayInDays");
    if (a) ch->set_allowed = true, ch->ucs_allowed = conv_to_bool(*a);
    if (d) {
      int64_t n = 0;
      RtError e = {0};
      ch->set_delay = conv_to_long(*d, &n, &e);
      ch->delay_days = (int)n;
      rt_error_clear(&e);
    }
  }
  if (bool_arg(c, "UcsAllowed", &ch->ucs_allowed)) ch->set_allowed = true;
  if (int_arg(c, "MigrationDelayInDays", &ch->delay_days)) ch->set_delay = true;
}

/* An -Instance whose policy does not exist yet (New -InMemory) is stored. */
static bool ps_apply(Store *s, const char *canon, bool from_instance, const UcsPolicyChange *ch,
                     UcsResult *r) {
  StorePolicy p;
  UcsResult probe = {0};
  bool exists = ucs_policy_get(s, canon, &p, &probe);
  store_policy_free(&p);
  ucs_result_free(&probe);
  if (!exists && from_instance)
    return ucs_policy_new(s, canon, ch->set_allowed ? ch->ucs_allowed : true,
                          ch->set_delay ? ch->delay_days : 0, r);
  return ucs_policy_set(s, canon, ch, r);
}

static Status ps_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  tenant_note(c);
  Value *inst = cmd_arg(c, "Instance");
  char *identity = inst ? lab_identity_text(*inst) : identity_text(c, "Identity"), canon[300];
  UcsPolicyChange ch;
  ps_change(c, inst, &ch);
  UcsResult r = {0};
  if (!canonical(s, identity ? identity : "global", canon, sizeof canon, &r)) {
    st = report(c, s, &r);
  } else if (cmd_should_process(c, canon, NULL, &st)) {
    ps_apply(s, canon, inst != NULL, &ch, &r);
    st = report(c, s, &r);
  }
  ucs_result_free(&r);
  free(identity);
  return st;
}

static const ParamDef ps_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, 0, NULL,
     "The policy to change: global, site:<site>, UserServer:<pool FQDN>, or a per-user "
     "policy name. Without it (and without -Instance), the global policy.", "Identity,0",
     .complete = cv_policy_identities},
    {"Instance", NULL, T_OBJECT, false, -1, 0, NULL,
     "A policy object (from Get-CsUserServicesPolicy, or New-CsUserServicesPolicy -InMemory); "
     "its values are written, then the parameters given.", "Instance,-1,V"},
    {"UcsAllowed", NULL, T_BOOL, false, -1, 0, NULL,
     "Whether users the policy governs migrate to the unified contact store. Setting False "
     "never moves contacts out of it (E5): run Invoke-CsUcsRollback for that."},
    {"MigrationDelayInDays", NULL, T_INT, false, -1, 0, NULL,
     "Days to wait before a migration starts, 0-180."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
    {"Tenant", NULL, T_GUID, false, -1, 0, NULL, TENANT_HELP},
};

static const CmdExample ps_examples[] = {
    {"Set-CsUserServicesPolicy -Identity global -UcsAllowed $False",
     "Stops migrations for every user the global policy governs; contacts already in the "
     "unified contact store stay there (E5)."},
    {"Set-CsUserServicesPolicy -Identity \"RedmondUserServicesPolicy\" -UcsAllowed $False",
     "Changes a per-user policy."},
    {"Get-CsUserServicesPolicy -Filter \"site:*\" | Set-CsUserServicesPolicy -UcsAllowed $False",
     "Changes every site policy."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Remove-CsUserServicesPolicy (P9, P10, decisions 9)                    */

static Status pr_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  tenant_note(c);
  char *identity = identity_text(c, "Identity"), canon[300];
  UcsResult r = {0};
  if (!identity || !canonical(s, identity, canon, sizeof canon, &r)) {
    st = report(c, s, &r);
  } else if (cmd_should_process(c, canon, NULL, &st)) {
    ucs_policy_remove(s, canon, cmd_switch(c, "Force"), &r);
    st = report(c, s, &r);
  }
  ucs_result_free(&r);
  free(identity);
  return st;
}

static const ParamDef pr_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE_PROP, NULL,
     "The policy to remove. The global policy cannot be removed: it is reset (UcsAllowed True).",
     .complete = cv_policy_identities},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Remove a per-user policy that users still hold: it is unassigned from them first."},
    {"Tenant", NULL, T_GUID, false, -1, 0, NULL, TENANT_HELP},
};

static const CmdExample pr_examples[] = {
    {"Remove-CsUserServicesPolicy -Identity \"RedmondUserServicesPolicy\"",
     "Removes a per-user policy (refused while users hold it, unless -Force)."},
    {"Get-CsUserServicesPolicy -Filter \"site:*\" | Remove-CsUserServicesPolicy",
     "Removes every site policy."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Grant-CsUserServicesPolicy (E1, E2, E5)                               */

typedef struct {
  LabIds ids;
  char *policy; /* NULL: unassign (E2) */
  bool not_user_policy;
} GrantState;

static Status gr_begin(CmdCtx *c) {
  GrantState *g = xcalloc(1, sizeof *g);
  c->state = g;
  Value *pn = cmd_arg(c, "PolicyName");
  char *name = pn && pn->kind != V_NULL ? lab_text(*pn) : NULL;
  if (name && !*name) free(name), name = NULL;
  g->policy = name;
  if (!name) return ST_OK;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  char tag[300];
  snprintf(tag, sizeof tag, "tag:%s", strncasecmp(name, "tag:", 4) == 0 ? name + 4 : name);
  StorePolicy p;
  UcsResult r = {0};
  g->not_user_policy = !ucs_policy_get(s, tag, &p, &r);
  store_policy_free(&p);
  ucs_result_free(&r);
  return ST_OK;
}

static void gr_cleanup(CmdCtx *c) {
  GrantState *g = c->state;
  if (!g) return;
  lab_ids_free(&g->ids);
  free(g->policy);
  free(g);
  c->state = NULL;
}

static Status gr_flush(CmdCtx *c, Store *s, GrantState *g) {
  if (!g->ids.n) return ST_OK;
  UcsResult r = {0};
  bool ok = ucs_policy_grant(s, g->ids.v, g->ids.n, g->policy, &r);
  Status st = report(c, s, &r);
  CsuObjects *objs = ok && cmd_switch(c, "PassThru") ? csu_objects_new(s, CSU_TYPE_CONTACT) : NULL;
  for (size_t i = 0; objs && i < g->ids.n && st == ST_OK; i++) {
    Value o = csu_objects_make(objs, g->ids.v[i]);
    if (o.kind != V_NULL) st = emit_owned(c, o);
  }
  csu_objects_free(objs);
  g->ids.n = 0;
  return st;
}

static Status gr_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  Value *id = cmd_arg(c, "Identity");
  GrantState *g = c->state;
  if (!s || !id) return st;
  if (!g->not_user_policy) {
    st = csu_collect(c, s, *id, &g->ids);
    return st == ST_OK && g->ids.n >= lab_batch_limit(c) ? gr_flush(c, s, g) : st;
  }
  LabIds ids = {0}; /* each user gets the refusal, as the product reports per record */
  st = csu_collect(c, s, *id, &ids);
  for (size_t i = 0; i < ids.n && st == ST_OK; i++)
    st = one_error(c, s, UCS_E_NOT_USER_POLICY, ids.v[i], 0, g->policy);
  lab_ids_free(&ids);
  return st;
}

static Status gr_end(CmdCtx *c) {
  Status st;
  Store *s = lab_store(c, &st);
  return s ? gr_flush(c, s, c->state) : st;
}

static const ParamDef gr_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The user: SIP address, UPN, domain\\logon or display name (* wildcards allowed), or "
     "user objects from Get-CsUser.", .complete = cv_users},
    {"PolicyName", NULL, T_STRING, false, 1, PF_MANDATORY | PF_ALLOW_NULL, NULL,
     "The per-user policy's name (its Identity without \"tag:\"). $Null unassigns the per-user "
     "policy: the site or global policy governs the user again (E2).",
     .complete = cv_tag_policies},
    DC_PARAM,
    {"PassThru", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Output each user changed."},
};

static const CmdExample gr_examples[] = {
    {"Grant-CsUserServicesPolicy -Identity \"Ken Myer\" -PolicyName \"RedmondUserServicesPolicy\"",
     "Assigns a per-user policy to Ken Myer."},
    {"Grant-CsUserServicesPolicy -Identity \"Ken Myer\" -PolicyName $Null",
     "Unassigns Ken Myer's per-user policy; the site or global policy governs him again."},
    {"Get-CsUser -Filter {RegistrarPool -eq \"atl-cs-001.litwareinc.com\"} | "
     "Grant-CsUserServicesPolicy -PolicyName \"RedmondUserServicesPolicy\"",
     "Assigns the policy to every user homed on atl-cs-001 (in batches, whatever their number)."},
    {NULL, NULL},
};

/* ==================================================================== */

#define POLICY_NOTE                                                                            \
  " User services policies have one property that matters here, UcsAllowed: when True, the "  \
  "users the policy governs migrate their contacts to the unified contact store at their "     \
  "next Lync 2013 sign-in (with an Exchange 2013 mailbox signed into once). A policy change "  \
  "never moves contacts out of the unified contact store: Invoke-CsUcsRollback does."

const CmdDef cs_policy_cmdlets[] = {
    {"Get-CsUserServicesPolicy", NULL, pg_params, NP(pg_params), 0, NULL, pg_process, NULL,
     "Returns user services policies.", NULL, "Identity", NULL, POL_TYPE,
     "Returns the user services policies: global, site, service (UserServer:) and per-user "
     "(tag:). -Filter takes wildcards over the identities; -Identity and -Filter cannot be "
     "used together." POLICY_NOTE, pg_examples},
    {"New-CsUserServicesPolicy", NULL, pn_params, NP(pn_params), CF_SHOULDPROCESS, NULL,
     pn_process, NULL, "Creates a user services policy.", NULL, NULL, NULL, POL_TYPE,
     "Creates a site, service (UserServer: only) or per-user policy; a bare name makes a "
     "per-user policy. UcsAllowed defaults to True." POLICY_NOTE, pn_examples},
    {"Set-CsUserServicesPolicy", NULL, ps_params, NP(ps_params), CF_SHOULDPROCESS, NULL,
     ps_process, NULL, "Changes a user services policy.", NULL, "Identity", NULL, NULL,
     "Changes a policy named by -Identity, or piped in as -Instance; with neither, the global "
     "policy." POLICY_NOTE, ps_examples},
    {"Grant-CsUserServicesPolicy", NULL, gr_params, NP(gr_params), CF_SHOULDPROCESS, gr_begin,
     gr_process, gr_end, "Assigns a per-user user services policy to users.", gr_cleanup,
     NULL, NULL, NULL,
     "Assigns a per-user policy to users named by -Identity or piped from Get-CsUser, or "
     "unassigns it with -PolicyName $Null. Only per-user policies can be assigned." POLICY_NOTE,
     gr_examples},
    {"Remove-CsUserServicesPolicy", NULL, pr_params, NP(pr_params), CF_SHOULDPROCESS, NULL,
     pr_process, NULL, "Removes a user services policy.", NULL, NULL, NULL, NULL,
     "Removes site, service and per-user policies. The global policy is reset to UcsAllowed "
     "True instead (it cannot be removed). A per-user policy that users hold is kept unless "
     "-Force, which unassigns it from them first." POLICY_NOTE, pr_examples},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
