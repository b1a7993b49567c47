/* cs_admin.c - the administration cmdlets around the unified contact store
 * procedures (cmdlets.md 21, sequences.md 3.5 and 3.7): the RBAC roles
 * (Get-CsAdminRole), the local Lync services (Get-, Start-,
 * Stop-CsWindowsService), the Exchange partner application (Get-, New-,
 * Remove-CsPartnerApplication) and the lab's view of the Exchange servers
 * (Get-, Set-CsLabExchangeServer).
 *
 *   Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role
 *       Identity SID Cmdlets ScriptModules ConfigScopes UserScopes IsStandardRole
 *   Microsoft.Rtc.Management.Deployment.Core.NTService
 *       Status Name ActivityLevel DisplayName
 *   Microsoft.Rtc.Management.WritableConfig.Settings.SSAuth.PartnerApplication
 *       Identity AuthToken Name ApplicationIdentifier Realm ApplicationTrustLevel
 *       AcceptSecurityIdentifierInformation Enabled
 *   Ucsh.Lab.ExchangeServer
 *       Fqdn Version Databases ServerToServerAuthentication Reachable
 *
 * What is modelled: the roles are a static table (the built-in roles of
 * Lync Server 2013; the lab has no custom roles). The services are this
 * shell's simulated local Front End services, kept per interpreter: the
 * lab does not model services being down. The partner application is the
 * lab's server-to-server authentication with its Exchange 2013 servers
 * (the store's per-server s2s flag, which migrations need, M1); only its
 * Identity is kept. */
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

#define ADM_EXC "Microsoft.Rtc.Management.ManagementException"

/* ---------------------------------------------------------------- helpers */

/* A bound argument as text (malloc'd), or NULL. */
static char *adm_arg(CmdCtx *c, const char *name) {
  Value *v = cmd_arg(c, name);
  return v && v->kind != V_NULL ? lab_text(*v) : NULL;
}

/* Does text contain word (lower case), ignoring case? */
static bool adm_contains(const char *text, const char *word) {
  size_t n = strlen(word);
  for (; *text; text++)
    if (strncasecmp(text, word, n) == 0) return true;
  return false;
}

static Value adm_strs(const char *const *names, size_t n) {
  Value a = val_arr_new(n);
  for (size_t i = 0; i < n; i++) val_arr_push(a, val_cstr(names[i]));
  return a;
}

static Status adm_not_found(CmdCtx *c, const char *what, const char *id) {
  Value target = val_cstr(id);
  Status st = cmd_errorf(c, ADM_EXC, NULL, "ObjectNotFound", target,
                         "Cannot find the %s \"%s\" because it does not exist.", what, id);
  val_unref(target);
  return st;
}

static Status adm_store_fail(CmdCtx *c, Store *s) {
  return lab_fail(c, "LabStoreFailed", "WriteError", "The lab store failed: %s",
                  store_errmsg(s));
}

/* ==================================================================== */
/* Get-CsAdminRole                                                       */

/* Which cmdlets a role may run, by area. The areas follow the product
 * pages' "Who can run this cmdlet" groups: cmdlets RTCUniversalReadOnlyAdmins
 * may run (the Get- cmdlets) are in every administrator role; those of
 * RTCUniversalUserAdmins (Enable-/Disable-/Set-/Move-CsUser, granting
 * policies) in CsUserAdministrator; those of RTCUniversalServerAdmins only
 * (the tests, the services, user data, rollback) in CsServerAdministrator;
 * creating and changing policies and partner applications (global
 * configuration) only in CsAdministrator, which has every cmdlet. */
enum { AREA_VIEW = 1, AREA_TOPOLOGY = 2, AREA_USERS = 4, AREA_SERVER = 8, AREA_CONFIG = 16 };

static const struct {
  const char *name;
  unsigned area;
} ADM_CMDLETS[] = {
    {"Get-CsAdminRole", AREA_VIEW},
    {"Get-CsEffectivePolicy", AREA_VIEW},
    {"Get-CsPartnerApplication", AREA_VIEW},
    {"Get-CsPool", AREA_VIEW | AREA_TOPOLOGY},
    {"Get-CsSite", AREA_VIEW | AREA_TOPOLOGY},
    {"Get-CsUser", AREA_VIEW | AREA_TOPOLOGY},
    {"Get-CsUserPoolInfo", AREA_VIEW},
    {"Get-CsUserServicesPolicy", AREA_VIEW},
    {"Get-CsWindowsService", AREA_VIEW},
    {"Disable-CsUser", AREA_USERS},
    {"Enable-CsUser", AREA_USERS},
    {"Grant-CsUserServicesPolicy", AREA_USERS},
    {"Move-CsUser", AREA_USERS},
    {"Set-CsUser", AREA_USERS},
    {"Convert-CsUserData", AREA_SERVER},
    {"Debug-CsUnifiedContactStore", AREA_SERVER},
    {"Export-CsUserData", AREA_SERVER},
    {"Import-CsUserData", AREA_SERVER},
    {"Invoke-CsUcsRollback", AREA_SERVER},
    {"Start-CsWindowsService", AREA_SERVER},
    {"Stop-CsWindowsService", AREA_SERVER},
    {"Test-CsExStorageConnectivity", AREA_SERVER},
    {"Test-CsExStorageNotification", AREA_SERVER},
    {"Test-CsUnifiedContactStore", AREA_SERVER},
    {"Update-CsUserData", AREA_SERVER},
    {"New-CsPartnerApplication", AREA_CONFIG},
    {"New-CsUserServicesPolicy", AREA_CONFIG},
    {"Remove-CsPartnerApplication", AREA_CONFIG},
    {"Remove-CsUserServicesPolicy", AREA_CONFIG},
    {"Set-CsUserServicesPolicy", AREA_CONFIG},
};

#define ALL_AREAS (AREA_VIEW | AREA_TOPOLOGY | AREA_USERS | AREA_SERVER | AREA_CONFIG)

/* The predefined roles of Lync Server 2013 ("Role-based access control",
 * Predefined Administrative Roles), all with a global scope. The roles for
 * one feature (voice, archiving, Response Group, E9-1-1, Persistent Chat)
 * see the topology and users (Get-CsUser, Get-CsPool, Get-CsSite) and none
 * of the unified contact store cmdlets. */
static const struct {
  const char *identity;
  unsigned areas;
  int rid; /* the lab's SIDs: S-1-5-21-<lab domain>-<rid> */
} ADM_ROLES[] = {
    {"CsAdministrator", ALL_AREAS, 1101},
    {"CsUserAdministrator", AREA_VIEW | AREA_TOPOLOGY | AREA_USERS, 1102},
    {"CsVoiceAdministrator", AREA_TOPOLOGY, 1103},
    {"CsServerAdministrator", AREA_VIEW | AREA_TOPOLOGY | AREA_SERVER, 1104},
    {"CsViewOnlyAdministrator", AREA_VIEW | AREA_TOPOLOGY, 1105},
    {"CsHelpDesk", AREA_VIEW | AREA_TOPOLOGY, 1106},
    {"CsArchivingAdministrator", AREA_TOPOLOGY, 1107},
    {"CsResponseGroupAdministrator", AREA_TOPOLOGY, 1108},
    {"CsLocationAdministrator", AREA_TOPOLOGY, 1109},
    {"CsResponseGroupManager", AREA_TOPOLOGY, 1110},
    {"CsPersistentChatAdministrator", AREA_TOPOLOGY, 1111},
};

#define ROLE_TYPE "Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role"
#define ROLE_SID_PREFIX "S-1-5-21-1573807623-1597889489-1765977225-"

/* Cmdlets prints as the product's CmdletType list: "Name=<cmdlet>". */
static Value role_cmdlets(unsigned areas) {
  Value a = val_arr_new(0);
  for (size_t i = 0; i < sizeof ADM_CMDLETS / sizeof ADM_CMDLETS[0]; i++)
    if (ADM_CMDLETS[i].area & areas) val_arr_push(a, val_strf("Name=%s", ADM_CMDLETS[i].name));
  return a;
}

static Value role_object(size_t i) {
  static const char *const global[] = {"Global"};
  Value o = val_obj_new(OBJ_GENERIC, ROLE_TYPE);
  val_obj_set(o, "Identity", val_cstr(ADM_ROLES[i].identity));
  val_obj_set(o, "SID", val_strf(ROLE_SID_PREFIX "%d", ADM_ROLES[i].rid));
  val_obj_set(o, "Cmdlets", role_cmdlets(ADM_ROLES[i].areas));
  val_obj_set(o, "ScriptModules", val_arr_new(0));
  val_obj_set(o, "ConfigScopes", adm_strs(global, 1));
  val_obj_set(o, "UserScopes", adm_strs(global, 1));
  val_obj_set(o, "IsStandardRole", val_bool(true));
  return o;
}

static bool role_matches(size_t i, const char *id, const char *sid, char **pats, int npats) {
  char buf[64];
  snprintf(buf, sizeof buf, ROLE_SID_PREFIX "%d", ADM_ROLES[i].rid);
  if (id) return strcasecmp(id, ADM_ROLES[i].identity) == 0;
  if (sid) return strcasecmp(sid, buf) == 0;
  return !pats || obj_match_any(pats, npats, ADM_ROLES[i].identity);
}

static Status role_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  char *id = adm_arg(c, "Identity"), *sid = adm_arg(c, "Sid");
  Value *fv = cmd_arg(c, "Filter");
  int npats = 0;
  char **pats = fv ? obj_strs(fv, &npats) : NULL;
  Status st = ST_OK;
  bool any = false;
  for (size_t i = 0; i < sizeof ADM_ROLES / sizeof ADM_ROLES[0] && st == ST_OK; i++) {
    if (!role_matches(i, id, sid, pats, npats)) continue;
    any = true;
    Value o = role_object(i);
    st = cmd_emit(c, o);
    val_unref(o);
  }
  if (st == ST_OK && !any && (id || sid)) st = adm_not_found(c, "RBAC role", id ? id : sid);
  obj_strs_free(pats, npats);
  free(id), free(sid);
  return st;
}

static const ParamDef role_params[] = {
    {"Identity", NULL, T_STRING, false, 0, PF_PIPELINE, NULL,
     "The role, the SamAccountName of its security group (for example CsHelpDesk).",
     "Identity,0,V"},
    {"Filter", NULL, T_STRING, false, -1, 0, NULL,
     "A wildcard over role identities, for example \"*Voice*\".", "Filter"},
    {"Sid", NULL, T_STRING, false, 0, 0, NULL, "The role's security identifier.", "SID,0"},
    {"LocalStore", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Accepted; the lab has one store."},
};

static const CmdExample role_examples[] = {
    {"Get-CsAdminRole", "Returns every RBAC role."},
    {"Get-CsAdminRole -Identity \"CsHelpDesk\"", "Returns the help desk role."},
    {"Get-CsAdminRole -Filter \"*Voice*\"", "Returns the roles with Voice in their Identity."},
    {"Get-CsAdminRole | Where-Object {$_.Cmdlets -match \"Test-CsUnifiedContactStore\"}",
     "Returns the roles that may run Test-CsUnifiedContactStore (the check every Lync Server "
     "2013 cmdlet page prints)."},
    {"Get-CsAdminRole -Identity \"CsServerAdministrator\" | Select-Object -ExpandProperty "
     "Cmdlets",
     "Lists the cmdlets of one role."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Get-, Start-, Stop-CsWindowsService                                   */

#define SVC_TYPE "Microsoft.Rtc.Management.Deployment.Core.NTService"

/* The Lync Server 2013 services of a Standard Edition Front End server. */
static const struct {
  const char *name, *display;
} SVC[] = {
    {"FTA", "Lync Server File Transfer Agent"},
    {"MASTER", "Lync Server Master Replicator Agent"},
    {"REPLICA", "Lync Server Replica Replicator Agent"},
    {"RTCASMCU", "Lync Server Application Sharing"},
    {"RTCATS", "Lync Server Audio Test Service"},
    {"RTCAVMCU", "Lync Server Audio/Video Conferencing"},
    {"RTCCAA", "Lync Server Conferencing Attendant"},
    {"RTCCAS", "Lync Server Conferencing Announcement"},
    {"RTCCLSAGT", "Lync Server Centralized Logging Service Agent"},
    {"RTCCPS", "Lync Server Call Park"},
    {"RTCDATAMCU", "Lync Server Web Conferencing"},
    {"RTCHA", "Lync Server Health Agent"},
    {"RTCIMMCU", "Lync Server IM Conferencing"},
    {"RTCMEDSRV", "Lync Server Mediation"},
    {"RTCRGS", "Lync Server Response Group"},
    {"RTCSRV", "Lync Server Front-End"},
    {"RTCXMPPTGW", "Lync Server XMPP Translating Gateway"},
};
#define NSVC (sizeof SVC / sizeof SVC[0])

/* Per interpreter: which services are stopped (all run at first). */
typedef struct SvcState {
  bool stopped[NSVC];
} SvcState;

static SvcState *svc_state(CmdCtx *c) {
  SvcState *s = interp_ext_get(c->I, INTERP_EXT_SERVICES);
  if (!s) {
    s = xcalloc(1, sizeof *s);
    interp_ext_set(c->I, INTERP_EXT_SERVICES, s, free);
  }
  return s;
}

static int svc_find(const char *name) {
  for (size_t i = 0; i < NSVC; i++)
    if (strcasecmp(name, SVC[i].name) == 0) return (int)i;
  return -1;
}

static Value svc_object(const SvcState *s, size_t i) {
  Value o = val_obj_new(OBJ_GENERIC, SVC_TYPE);
  val_obj_set(o, "Status", val_cstr(s->stopped[i] ? "Stopped" : "Running"));
  val_obj_set(o, "Name", val_cstr(SVC[i].name));
  val_obj_set(o, "ActivityLevel", val_cstr(""));
  val_obj_set(o, "DisplayName", val_cstr(SVC[i].display));
  return o;
}

/* Not a Lync Server service of this computer (not documented; ours). */
static Status svc_unknown(CmdCtx *c, const char *name) {
  Value target = val_cstr(name);
  Status st = cmd_errorf(c, ADM_EXC, NULL, "ObjectNotFound", target,
                         "\"%s\" is not a Lync Server service on this computer. Use "
                         "Get-CsWindowsService to list the Lync Server services.", name);
  val_unref(target);
  return st;
}

static Status svc_get_end(CmdCtx *c) {
  SvcState *s = svc_state(c);
  char *name = adm_arg(c, "Name");
  int only = name ? svc_find(name) : -1;
  Status st = ST_OK;
  if (name && only < 0) st = svc_unknown(c, name);
  for (size_t i = 0; i < NSVC && st == ST_OK && !(name && only < 0); i++) {
    if (name && (int)i != only) continue;
    Value o = svc_object(s, i);
    st = cmd_emit(c, o);
    val_unref(o);
  }
  free(name);
  return st;
}

/* The service names an invocation acts on: -Name, -InputObject (a service
 * object or its name), or every service. */
static char *svc_input_name(Value v) {
  if (v.kind == V_OBJ) {
    Value n = obj_prop(v, "Name");
    char *s = n.kind == V_NULL ? NULL : lab_text(n);
    val_unref(n);
    return s;
  }
  return v.kind == V_NULL ? NULL : lab_text(v);
}

/* Start (stop = false) or stop service i, after ShouldProcess. */
static Status svc_change(CmdCtx *c, SvcState *s, size_t i, bool stop) {
  Status st = ST_OK;
  if (cmd_should_process(c, SVC[i].name, NULL, &st)) s->stopped[i] = stop;
  return st;
}

static Status svc_apply(CmdCtx *c, Value in, bool has_input, bool stop) {
  SvcState *s = svc_state(c);
  Value *iv = cmd_arg(c, "InputObject");
  char *name = has_input ? svc_input_name(in) : iv ? svc_input_name(*iv) : adm_arg(c, "Name");
  Status st = ST_OK;
  if (name) {
    int i = svc_find(name);
    st = i < 0 ? svc_unknown(c, name) : svc_change(c, s, (size_t)i, stop);
    free(name);
    return st;
  }
  bool keep_cls = stop && cmd_switch(c, "LeaveClsAgentRunning");
  for (size_t i = 0; i < NSVC && st == ST_OK; i++) {
    if (keep_cls && strcmp(SVC[i].name, "RTCCLSAGT") == 0) continue;
    st = svc_change(c, s, i, stop);
  }
  return st;
}

static Status svc_stop_process(CmdCtx *c, Value in, bool has_input) {
  return svc_apply(c, in, has_input, true);
}

static Status svc_start_process(CmdCtx *c, Value in, bool has_input) {
  return svc_apply(c, in, has_input, false);
}

#define SVC_NAME_HELP "The service name (for example RTCSRV), not its display name; no wildcards."
#define SVC_COMPUTER_HELP "Accepted; ucsh shows and changes only its own simulated local services."
#define SVC_REPORT_HELP "Accepted; ucsh writes no report."

static const ParamDef svc_get_params[] = {
    {"Name", NULL, T_STRING, false, 0, 0, NULL, SVC_NAME_HELP},
    {"ComputerName", NULL, T_STRING, false, -1, 0, NULL, SVC_COMPUTER_HELP},
    {"ExcludeActivityLevel", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Accepted; activity levels are not modelled (always empty)."},
    {"Report", NULL, T_STRING, false, -1, 0, NULL, SVC_REPORT_HELP},
};

static const ParamDef svc_start_params[] = {
    {"Name", NULL, T_STRING, false, 0, 0, NULL, SVC_NAME_HELP " Without it, every service.",
     "Name,0"},
    {"ComputerName", NULL, T_STRING, false, -1, 0, NULL, SVC_COMPUTER_HELP, "Name"},
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE, NULL,
     "A service object from Get-CsWindowsService (or its name).", "InputObject,-1,V"},
    {"NoWait", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted; changes are immediate."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
    {"Report", NULL, T_STRING, false, -1, 0, NULL, SVC_REPORT_HELP},
};

static const ParamDef svc_stop_params[] = {
    {"Name", NULL, T_STRING, false, 0, 0, NULL, SVC_NAME_HELP " Without it, every service.",
     "Name,0"},
    {"ComputerName", NULL, T_STRING, false, -1, 0, NULL, SVC_COMPUTER_HELP, "Name"},
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE, NULL,
     "A service object from Get-CsWindowsService (or its name).", "InputObject,-1,V"},
    {"Graceful", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Accepted; the simulated services have no requests to finish."},
    {"NoWait", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted; changes are immediate."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
    {"Report", NULL, T_STRING, false, -1, 0, NULL, SVC_REPORT_HELP},
    {"LeaveClsAgentRunning", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Stop every service except the centralized logging agent (RTCCLSAGT)."},
    {"LeaveWebServerRunning", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Accepted; the web server (IIS) is not one of the simulated services."},
};

static const CmdExample svc_get_examples[] = {
    {"Get-CsWindowsService", "Lists the simulated Lync Server services of this shell."},
    {"Get-CsWindowsService -Name \"RTCSrv\"", "Returns the Front-End service."},
    {"Get-CsWindowsService | Where-Object {$_.Status -eq \"Running\"}",
     "Returns the services that are running."},
    {NULL, NULL},
};

static const CmdExample svc_start_examples[] = {
    {"Start-CsWindowsService", "Starts every service (starting a running service is no error)."},
    {"Start-CsWindowsService -Name \"RTCRGS\"", "Starts the Response Group service."},
    {"Get-CsWindowsService | Where-Object {$_.Status -ne \"Running\"} | Start-CsWindowsService",
     "Starts the services that are not running."},
    {NULL, NULL},
};

static const CmdExample svc_stop_examples[] = {
    {"Stop-CsWindowsService", "Stops every service (the restore procedure's first step)."},
    {"Stop-CsWindowsService -Name \"RTCRGS\"", "Stops the Response Group service."},
    {"Stop-CsWindowsService -WhatIf", "Says which services would stop; stops none."},
    {NULL, NULL},
};

#define SVC_MODEL                                                                          \
  " ucsh simulates the services of the local Front End server for this shell session "      \
  "only (they all run when the shell starts); the lab does not model services being down, " \
  "so stopped services change nothing else."

/* ==================================================================== */
/* Get-, New-, Remove-CsPartnerApplication                               */

#define PA_TYPE "Microsoft.Rtc.Management.WritableConfig.Settings.SSAuth.PartnerApplication"
#define PA_SETTING "partner_application" /* its Identity; unset: "Exchange" */
#define PA_EXCHANGE_ID "00000002-0000-0ff1-ce00-000000000000" /* Exchange's OAuth identifier */

typedef struct PaServers {
  int64_t ids[16];
  bool reachable[16];
  int n, with_s2s;
} PaServers;

static void pa_collect(void *ctx, const StoreExServer *x) {
  PaServers *p = ctx;
  if (x->version != 2013 || p->n >= 16) return;
  p->ids[p->n] = x->id;
  p->reachable[p->n++] = x->reachable;
  p->with_s2s += x->s2s;
}

/* The partner application's Identity (owned), or NULL when there is none:
 * it exists while an Exchange 2013 server has server-to-server authentication. */
static char *pa_current(Store *s, PaServers *ex, StoreRc *rc) {
  memset(ex, 0, sizeof *ex);
  *rc = store_exserver_list(s, pa_collect, ex);
  if (*rc || ex->with_s2s == 0) return NULL;
  char *name = NULL;
  if (store_setting_get(s, PA_SETTING, &name) == STORE_OK && name) return name;
  return xstrdup("Exchange");
}

static Value pa_object(Store *s, const char *identity, const char *trust) {
  Value o = val_obj_new(OBJ_GENERIC, PA_TYPE);
  val_obj_set(o, "Identity", val_cstr(identity));
  val_obj_set(o, "AuthToken", val_strf("Value=https://autodiscover.%s/autodiscover/metadata/json/1",
                                       store_domain(s)));
  val_obj_set(o, "Name", val_cstr(identity));
  val_obj_set(o, "ApplicationIdentifier", val_cstr(PA_EXCHANGE_ID));
  val_obj_set(o, "Realm", val_cstr(""));
  val_obj_set(o, "ApplicationTrustLevel", val_cstr(trust ? trust : "Full"));
  val_obj_set(o, "AcceptSecurityIdentifierInformation", val_bool(false));
  val_obj_set(o, "Enabled", val_bool(true));
  return o;
}

/* Server-to-server authentication on (or off) for every Exchange 2013 server. */
static StoreRc pa_set_s2s(Store *s, const PaServers *ex, bool on, const char *identity) {
  StoreRc rc = store_begin(s);
  for (int i = 0; i < ex->n && !rc; i++) rc = store_exserver_set(s, ex->ids[i], on, ex->reachable[i]);
  if (!rc) rc = store_setting_set(s, PA_SETTING, on ? identity : NULL);
  if (!rc) rc = store_commit(s);
  if (rc) store_rollback(s);
  return rc;
}

static Status pa_get_end(CmdCtx *c) {
  Status st = ST_OK;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  PaServers ex;
  StoreRc rc;
  char *cur = pa_current(s, &ex, &rc), *id = adm_arg(c, "Identity");
  if (rc) st = adm_store_fail(c, s);
  Value *fv = cmd_arg(c, "Filter");
  int npats = 0;
  char **pats = fv ? obj_strs(fv, &npats) : NULL;
  bool hit = cur && (id ? strcasecmp(id, cur) == 0 : !pats || obj_match_any(pats, npats, cur));
  if (st == ST_OK && hit) {
    Value o = pa_object(s, cur, NULL);
    st = cmd_emit(c, o);
    val_unref(o);
  } else if (st == ST_OK && id) {
    st = adm_not_found(c, "partner application", id);
  }
  obj_strs_free(pats, npats);
  free(cur), free(id);
  return st;
}

/* The lab models one partner application: Exchange's (its Identity names it). */
static Status pa_not_modelled(CmdCtx *c, const char *id) {
  Value target = val_cstr(id);
  Status st = cmd_errorf(c, ADM_EXC, NULL, "InvalidArgument", target,
                         "The lab models only the partner application for Exchange 2013 (an "
                         "Identity such as \"Exchange\"); \"%s\" is not modelled.", id);
  val_unref(target);
  return st;
}

static Status pa_exists(CmdCtx *c, const char *id) {
  Value target = val_cstr(id);
  Status st = cmd_errorf(c, ADM_EXC, NULL, "ResourceExists", target,
                         "Cannot create the partner application \"%s\" because it already "
                         "exists.", id);
  val_unref(target);
  return st;
}

static Status pa_new_end(CmdCtx *c) {
  char *id = adm_arg(c, "Identity");
  if (!id) id = xstrdup("");
  Status st = ST_OK;
  if (!adm_contains(id, "exchange")) {
    st = pa_not_modelled(c, id);
    free(id);
    return st;
  }
  Store *s = lab_store(c, &st);
  PaServers ex;
  StoreRc rc = STORE_OK;
  char *cur = s ? pa_current(s, &ex, &rc) : NULL;
  char *trust = adm_arg(c, "ApplicationTrustLevel");
  if (!s) {
  } else if (rc) st = adm_store_fail(c, s);
  else if (cur) st = pa_exists(c, cur);
  else if (cmd_switch(c, "InMemory") || cmd_should_process(c, id, NULL, &st)) {
    bool store = !cmd_switch(c, "InMemory");
    if (store && pa_set_s2s(s, &ex, true, id)) st = adm_store_fail(c, s);
    else {
      Value o = pa_object(s, id, trust);
      st = cmd_emit(c, o);
      val_unref(o);
    }
  }
  free(cur), free(id), free(trust);
  return st;
}

static Status pa_remove_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input; /* -Identity is bound from the pipeline object */
  Status st = ST_OK;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  Value *iv = cmd_arg(c, "Identity");
  char *id = iv ? lab_identity_text(*iv) : NULL;
  PaServers ex;
  StoreRc rc;
  char *cur = pa_current(s, &ex, &rc);
  if (rc) st = adm_store_fail(c, s);
  else if (!cur || !id || strcasecmp(cur, id) != 0)
    st = adm_not_found(c, "partner application", id ? id : "");
  else if (cmd_should_process(c, cur, NULL, &st) && pa_set_s2s(s, &ex, false, NULL))
    st = adm_store_fail(c, s);
  free(cur), free(id);
  return st;
}

#define PA_TRUST "Full,Application,User"

static const ParamDef pa_get_params[] = {
    {"Identity", NULL, T_STRING, false, 0, 0, NULL, "The partner application (for example Exchange).",
     "Identity,0"},
    {"Filter", NULL, T_STRING, false, -1, 0, NULL, "A wildcard over partner application identities.",
     "Filter"},
    {"LocalStore", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted; the lab has one store."},
    {"Tenant", NULL, T_GUID, false, -1, 0, NULL, "Accepted; the lab has no tenants."},
};

static const ParamDef pa_new_params[] = {
    {"Identity", NULL, T_STRING, false, 0, 0, NULL,
     "The new partner application. The lab models Exchange's only: the Identity must name it "
     "(Exchange, MicrosoftExchange)."},
    {"ApplicationTrustLevel", NULL, T_STRING, false, -1, PF_MANDATORY, PA_TRUST,
     "Full, Application or User."},
    {"MetadataUrl", NULL, T_STRING, false, -1, 0, NULL,
     "Where the partner's WS-Federation metadata is published (accepted, not kept).",
     "MetadataUrl,-1,M"},
    {"ApplicationIdentifier", NULL, T_STRING, false, -1, 0, NULL, "Accepted, not kept.",
     "UseOAuthServer,-1,M;CertificateFileData,-1,M;CertificateRawData,-1,M"},
    {"UseOAuthServer", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted.",
     "UseOAuthServer,-1,M"},
    {"CertificateFileData", NULL, T_STRING, false, -1, 0, NULL, "Accepted, not kept.",
     "CertificateFileData,-1,M"},
    {"CertificateRawData", NULL, T_STRING, false, -1, 0, NULL, "Accepted, not kept.",
     "CertificateRawData,-1,M"},
    {"Realm", NULL, T_STRING, false, -1, 0, NULL, "Accepted, not kept.",
     "UseOAuthServer;CertificateFileData,-1,M;CertificateRawData,-1,M"},
    {"AcceptSecurityIdentifierInformation", NULL, T_BOOL, false, -1, 0, NULL,
     "Accepted, not kept."},
    {"Enabled", NULL, T_BOOL, false, -1, 0, NULL, "Accepted, not kept."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
    {"InMemory", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Return the object without creating the partner application."},
    {"Tenant", NULL, T_GUID, false, -1, 0, NULL, "Accepted; the lab has no tenants."},
};

static const ParamDef pa_remove_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The partner application to remove (for example Exchange)."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
    {"Tenant", NULL, T_GUID, false, -1, 0, NULL, "Accepted; the lab has no tenants."},
};

static const CmdExample pa_get_examples[] = {
    {"Get-CsPartnerApplication", "Returns the partner application (Exchange), if configured."},
    {"Get-CsPartnerApplication -Identity Exchange", "Returns the Exchange partner application."},
    {NULL, NULL},
};

static const CmdExample pa_new_examples[] = {
    {"New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl "
     "\"https://autodiscover.litwareinc.com/autodiscover/metadata/json/1\"",
     "Configures Exchange 2013 as a partner application: server-to-server authentication "
     "with the Exchange 2013 servers, which the unified contact store needs (JJ688151)."},
    {NULL, NULL},
};

static const CmdExample pa_remove_examples[] = {
    {"Remove-CsPartnerApplication -Identity Exchange",
     "Removes it: no server-to-server authentication, so no migration to the unified contact "
     "store (M1) and Test-CsExStorageConnectivity fails."},
    {NULL, NULL},
};

#define PA_MODEL                                                                             \
  " In the lab the partner application is the server-to-server authentication between Lync " \
  "Server and the Exchange 2013 servers: it exists while an Exchange 2013 server has "        \
  "ServerToServerAuthentication (Get-CsLabExchangeServer). Only its Identity is kept; the "  \
  "other properties shown are the lab's fixed values."

/* ==================================================================== */
/* Get-, Set-CsLabExchangeServer                                         */

#define LX_TYPE "Ucsh.Lab.ExchangeServer"

typedef struct LxList {
  Value objs;   /* array of Ucsh.Lab.ExchangeServer */
  int64_t ids[16];
  bool s2s[16], reachable[16];
  int version[16];
  int n;
} LxList;

static void lx_row(void *ctx, const StoreExServer *x) {
  LxList *l = ctx;
  Value o = val_obj_new(OBJ_GENERIC, LX_TYPE);
  val_obj_set(o, "Fqdn", val_cstr(x->fqdn));
  val_obj_set(o, "Version", val_strf("%d", x->version));
  val_obj_set(o, "Databases", val_cstr(x->databases));
  val_obj_set(o, "ServerToServerAuthentication", val_bool(x->s2s));
  val_obj_set(o, "Reachable", val_bool(x->reachable));
  val_arr_push(l->objs, o);
  if (l->n < 16) {
    l->ids[l->n] = x->id, l->s2s[l->n] = x->s2s, l->reachable[l->n] = x->reachable;
    l->version[l->n++] = x->version;
  }
}

/* Does identity name this server: its FQDN or its host name? */
static bool lx_is(Value o, const char *identity) {
  Value f = obj_prop(o, "Fqdn");
  char *fqdn = lab_text(f);
  val_unref(f);
  size_t host = strcspn(fqdn, ".");
  bool yes = strcasecmp(fqdn, identity) == 0 ||
             (strlen(identity) == host && strncasecmp(fqdn, identity, host) == 0);
  free(fqdn);
  return yes;
}

/* The servers, and the index of the one identity names (-1: none or no identity). */
static Status lx_load(CmdCtx *c, Store **s, LxList *l, const char *identity, int *at) {
  Status st = ST_OK;
  *s = lab_store(c, &st);
  if (!*s) return st;
  memset(l, 0, sizeof *l);
  l->objs = val_arr_new(0);
  if (store_exserver_list(*s, lx_row, l)) return adm_store_fail(c, *s);
  *at = -1;
  for (int i = 0; identity && i < (int)val_arr_len(l->objs); i++)
    if (lx_is(val_arr_at(l->objs, (size_t)i), identity)) *at = i;
  if (identity && *at < 0) return adm_not_found(c, "Exchange server", identity);
  return ST_OK;
}

static Status lx_get_end(CmdCtx *c) {
  char *id = adm_arg(c, "Identity");
  Store *s;
  LxList l = {0};
  int at = -1;
  Status st = lx_load(c, &s, &l, id, &at);
  for (size_t i = 0; st == ST_OK && i < val_arr_len(l.objs); i++)
    if (!id || (int)i == at) st = cmd_emit(c, val_arr_at(l.objs, i));
  val_unref(l.objs);
  free(id);
  return st;
}

static bool lx_bool_arg(CmdCtx *c, const char *name, bool dflt) {
  Value *v = cmd_arg(c, name);
  return v ? conv_to_bool(*v) : dflt;
}

static Status lx_set_end(CmdCtx *c) {
  char *id = adm_arg(c, "Identity");
  Store *s;
  LxList l = {0};
  int at = -1;
  Status st = lx_load(c, &s, &l, id ? id : "", &at);
  if (st == ST_OK && at >= 0) {
    bool s2s = lx_bool_arg(c, "ServerToServerAuthentication", l.s2s[at]);
    bool reach = lx_bool_arg(c, "Reachable", l.reachable[at]);
    if (s2s && l.version[at] != 2013)
      st = lab_fail(c, "ServerToServerAuthenticationNotSupported", "InvalidArgument",
                    "%s runs Exchange %d: server-to-server authentication with Lync Server "
                    "2013 needs Exchange 2013.", id, l.version[at]);
    else if (store_exserver_set(s, l.ids[at], s2s, reach))
      st = adm_store_fail(c, s);
  }
  val_unref(l.objs);
  free(id);
  return st;
}

static const ParamDef lx_get_params[] = {
    {"Identity", "Fqdn", T_STRING, false, 0, 0, NULL,
     "The server's FQDN or host name (for example atl-ex-001). Without it, every server."},
};

static const ParamDef lx_set_params[] = {
    {"Identity", "Fqdn", T_STRING, false, 0, PF_MANDATORY | PF_PIPELINE_PROP, NULL,
     "The server's FQDN or host name (for example atl-ex-001.litwareinc.com)."},
    {"ServerToServerAuthentication", NULL, T_BOOL, false, -1, 0, NULL,
     "Whether Lync Server and this Exchange 2013 server trust each other (OAuth). Without it "
     "users whose mailbox is there do not migrate (M1)."},
    {"Reachable", NULL, T_BOOL, false, -1, 0, NULL,
     "Whether Lync Server can reach the server. Unreachable: rollbacks of its users' contacts "
     "need -Force and lose them (RB4), and the Exchange storage tests fail."},
};

static const CmdExample lx_get_examples[] = {
    {"Get-CsLabExchangeServer", "Lists the lab's Exchange servers."},
    {NULL, NULL},
};

static const CmdExample lx_set_examples[] = {
    {"Set-CsLabExchangeServer -Identity atl-ex-001.litwareinc.com -Reachable $False",
     "Makes the Exchange 2013 server unreachable (an outage)."},
    {"Set-CsLabExchangeServer -Identity atl-ex-001 -ServerToServerAuthentication $False",
     "Removes the Exchange side of server-to-server authentication for that server only."},
    {NULL, NULL},
};

/* ==================================================================== */

const CmdDef cs_admin_cmdlets[] = {
    {"Get-CsAdminRole", NULL, role_params, NP(role_params), 0, NULL, role_process, NULL,
     "Returns information about the role-based access control (RBAC) roles.", NULL, "Identity",
     NULL, ROLE_TYPE,
     "Returns the built-in RBAC roles of Lync Server 2013, with global scopes; the lab has no "
     "custom roles. Cmdlets lists the ucsh cmdlets each role may run (as \"Name=<cmdlet>\"), "
     "following the product pages' local groups: read-only cmdlets for every administrator "
     "role, user management for CsUserAdministrator, the tests, services, user data and "
     "rollback (RTCUniversalServerAdmins) for CsServerAdministrator, and everything for "
     "CsAdministrator. The lab enforces no roles.",
     role_examples},
    {"Get-CsWindowsService", NULL, svc_get_params, NP(svc_get_params), 0, NULL, NULL,
     svc_get_end, "Returns information about the Lync Server services.", NULL, NULL, NULL,
     SVC_TYPE, "Lists the Lync Server services of the local Front End server." SVC_MODEL,
     svc_get_examples},
    {"Start-CsWindowsService", NULL, svc_start_params, NP(svc_start_params), CF_SHOULDPROCESS,
     NULL, svc_start_process, NULL, "Starts a Lync Server service.", NULL, "Name", NULL, NULL,
     "Starts the named service, or every service." SVC_MODEL, svc_start_examples},
    {"Stop-CsWindowsService", NULL, svc_stop_params, NP(svc_stop_params), CF_SHOULDPROCESS,
     NULL, svc_stop_process, NULL, "Stops a Lync Server service.", NULL, "Name", NULL, NULL,
     "Stops the named service, or every service; -WhatIf says which." SVC_MODEL,
     svc_stop_examples},
    {"Get-CsPartnerApplication", NULL, pa_get_params, NP(pa_get_params), 0, NULL, NULL,
     pa_get_end, "Returns the partner applications.", NULL, "Identity", NULL, PA_TYPE,
     "Returns the partner application configured for server-to-server authentication." PA_MODEL,
     pa_get_examples},
    {"New-CsPartnerApplication", NULL, pa_new_params, NP(pa_new_params), CF_SHOULDPROCESS, NULL,
     NULL, pa_new_end, "Creates a new partner application.", NULL, "MetadataUrl", NULL,
     PA_TYPE,
     "Configures Exchange 2013 as a partner application: server-to-server authentication is "
     "turned on for every Exchange 2013 server, so their users can migrate to the unified "
     "contact store. Creating it when it exists is an error." PA_MODEL,
     pa_new_examples},
    {"Remove-CsPartnerApplication", NULL, pa_remove_params, NP(pa_remove_params),
     CF_SHOULDPROCESS, NULL, pa_remove_process, NULL, "Removes a partner application.", NULL,
     NULL, NULL, NULL,
     "Removes the Exchange partner application: server-to-server authentication is turned "
     "off for every Exchange 2013 server; users whose contacts are in Lync Server no longer "
     "migrate (M1) and the Exchange storage tests fail." PA_MODEL,
     pa_remove_examples},
    {"Get-CsLabExchangeServer", NULL, lx_get_params, NP(lx_get_params), 0, NULL, NULL,
     lx_get_end, "Lists the lab's Exchange servers.", NULL, NULL, NULL, LX_TYPE,
     "Shows each Exchange server's FQDN, version, mailbox databases, whether it has "
     "server-to-server authentication with Lync Server and whether it can be reached.",
     lx_get_examples},
    {"Set-CsLabExchangeServer", NULL, lx_set_params, NP(lx_set_params), 0, NULL, NULL,
     lx_set_end, "Changes a lab Exchange server: server-to-server authentication, reachability.",
     NULL, NULL, NULL, NULL,
     "A lab event with no product cmdlet: the Exchange side of server-to-server "
     "authentication (-ServerToServerAuthentication, Exchange 2013 only) or an outage "
     "(-Reachable $False). Changes apply at once.",
     lx_set_examples},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
