/* cs_user.c - the Lync user cmdlets (cmdlets.md §11-§14): Get-CsUser,
 * Enable-CsUser, Disable-CsUser, Set-CsUser, Get-CsUserPoolInfo,
 * Get-CsEffectivePolicy, and the topology cmdlets Get-CsPool and
 * Get-CsSite. Rules live in the engine (ucs.h); this file binds
 * parameters, builds the product's objects and reports.
 *
 * Get-CsUser's object: the docs list no full property set ("type
 * Get-CsUser | Get-Member"); ucsh shows the Lync Server 2013 per-user
 * policy properties (blank unless a per-user policy is assigned, as
 * Get-CsEffectivePolicy.md explains), UserServicesPolicy, and the account
 * properties the docs name. Only UserServicesPolicy is simulated; the
 * other policies are always blank, and the Set-CsUser attributes
 * (EnterpriseVoiceEnabled, LineURI...) are kept but change nothing else. */
#define _POSIX_C_SOURCE 200809L
#include "cs_user.h"
#include "../parser/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../runtime/convert.h"
#include "../runtime/member.h"
#include "cmdlets.h"
#include "cs_filter.h"
#include "lab.h"
#include "complete_values.h"

#define NP(a) ((int)(sizeof a / sizeof a[0]))
/* -DomainController: accepted everywhere; the lab has one directory. */
#define DC_PARAM                                                                               \
  {"DomainController", NULL, T_STRING, false, -1, 0, NULL, "Accepted; the lab has one directory."}
#define CSU_TYPE_POOLINFO "Microsoft.Rtc.Management.Xds.GetOCsUserPoolInfoCmdlet+UserInformation"
#define CSU_TYPE_EFFECTIVE "Microsoft.Rtc.Management.ADConnect.Schema.OCSADUserEffectivePolicies"
#define CSU_TYPE_POOL "Microsoft.Rtc.Management.Xds.DisplayPool"
#define CSU_TYPE_SITE "Microsoft.Rtc.Management.Xds.DisplaySite"

/* ==================================================================== */
/* Set-CsUser attributes, loaded once per command                        */

typedef struct {
  int64_t user_id;
  char *name, *value;
} CsuAttr;

typedef struct {
  CsuAttr *v;
  size_t n, cap;
} CsuAttrs;

static void attr_add(void *ctx, int64_t user_id, const char *name, const char *value) {
  CsuAttrs *a = ctx;
  if (a->n == a->cap) {
    a->cap = a->cap ? a->cap * 2 : 16;
    a->v = xrealloc(a->v, a->cap * sizeof *a->v);
  }
  a->v[a->n++] = (CsuAttr){user_id, xstrdup(name), value ? xstrdup(value) : NULL};
}

static void attrs_free(CsuAttrs *a) {
  for (size_t i = 0; i < a->n; i++) free(a->v[i].name), free(a->v[i].value);
  free(a->v);
  memset(a, 0, sizeof *a);
}

/* The value of a user's attribute (the list is ordered by user id). */
static const char *attr_of(const CsuAttrs *a, int64_t user_id, const char *name) {
  size_t lo = 0, hi = a ? a->n : 0;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (a->v[mid].user_id < user_id) lo = mid + 1;
    else hi = mid;
  }
  for (; a && lo < a->n && a->v[lo].user_id == user_id; lo++)
    if (strcasecmp(a->v[lo].name, name) == 0) return a->v[lo].value;
  return NULL;
}

/* ==================================================================== */
/* The user object                                                       */

/* What a user object is made of (strings borrowed). */
typedef struct {
  int64_t id, pool_id;
  const char *display, *sip, *upn, *sam, *pool, *policy;
  int pool_version;
  bool enabled, lync; /* lync: enabled for Lync Server (false after Disable-CsUser) */
  int64_t policy_id;
} CsuRow;

typedef struct {
  Store *s;
  const CsuRow *r;
  const CsuAttrs *attrs;
} CsuCtx;

static void row_of(const StoreUser *u, CsuRow *r) {
  *r = (CsuRow){u->id,     u->pool_id,      u->display, u->sip, u->upn,      u->sam,
                u->pool,   u->policy,       u->pool_version, u->enabled, true, u->policy_id};
}

static bool online(const CsuRow *r) { return r->lync && r->pool_version == 0; }

static Value str_or_null(const char *s) { return s && *s ? val_cstr(s) : val_null(); }

static Value g_identity(const CsuCtx *x) {
  char dn[600];
  return val_cstr(ucs_user_dn(x->s, x->r->display, dn, sizeof dn));
}
static Value g_policy(const CsuCtx *x) { return str_or_null(x->r->lync ? x->r->policy : NULL); }
static Value g_hosting(const CsuCtx *x) {
  if (!x->r->lync) return val_null();
  return val_cstr(online(x->r) ? x->r->pool : "SRV:");
}
static Value g_pool(const CsuCtx *x) {
  return x->r->lync && !online(x->r) ? str_or_null(x->r->pool) : val_null();
}
static Value g_enabled(const CsuCtx *x) {
  return x->r->lync ? val_bool(x->r->enabled) : val_null();
}
static Value g_sip(const CsuCtx *x) { return str_or_null(x->r->lync ? x->r->sip : NULL); }
static Value g_false(const CsuCtx *x) { return x->r->lync ? val_bool(false) : val_null(); }
static Value g_display(const CsuCtx *x) { return str_or_null(x->r->display); }
static Value g_sam(const CsuCtx *x) { return str_or_null(x->r->sam); }
static Value g_upn(const CsuCtx *x) { return str_or_null(x->r->upn); }

/* The pool's service in the configuration container (Lync's HomeServer). */
static Value g_home(const CsuCtx *x) {
  if (!x->r->lync || online(x->r)) return val_null();
  char dc[256] = "", *p = dc;
  for (const char *d = store_domain(x->s); *d && p < dc + sizeof dc - 8;) {
    size_t k = strcspn(d, ".");
    p += snprintf(p, (size_t)(dc + sizeof dc - p), ",DC=%.*s", (int)k, d);
    d += k + (d[k] == '.');
  }
  return val_strf("CN=Lc Services,CN=Microsoft,CN=%lld:1,CN=Pools,CN=RTC Service,CN=Services,"
                  "CN=Configuration%s", (long long)x->r->pool_id, dc);
}

typedef enum { PV_NULL, PV_FN, PV_ATTR_BOOL, PV_ATTR_STR } PvKind;

/* Values many users share: made once per pool or per policy. */
typedef enum { SH_NONE, SH_POOL, SH_POLICY } PvShare;

typedef struct {
  const char *name;
  PvKind kind;
  Value (*fn)(const CsuCtx *x);
  const char *dflt; /* attributes: the value when unset (NULL: $null) */
  PvShare share;
} CsuProp;

/* In display order; the view (views.c) shows the first CSU_VIEW_PROPS. */
static const CsuProp USER_PROPS[] = {
    {"Identity", PV_FN, g_identity, NULL},
    {"VoicePolicy", PV_NULL, NULL, NULL},
    {"VoiceRoutingPolicy", PV_NULL, NULL, NULL},
    {"ConferencingPolicy", PV_NULL, NULL, NULL},
    {"PresencePolicy", PV_NULL, NULL, NULL},
    {"DialPlan", PV_NULL, NULL, NULL},
    {"LocationPolicy", PV_NULL, NULL, NULL},
    {"ClientPolicy", PV_NULL, NULL, NULL},
    {"ClientVersionPolicy", PV_NULL, NULL, NULL},
    {"ArchivingPolicy", PV_NULL, NULL, NULL},
    {"ExchangeArchivingPolicy", PV_ATTR_STR, NULL, "Uninitialized"},
    {"PinPolicy", PV_NULL, NULL, NULL},
    {"ExternalAccessPolicy", PV_NULL, NULL, NULL},
    {"MobilityPolicy", PV_NULL, NULL, NULL},
    {"PersistentChatPolicy", PV_NULL, NULL, NULL},
    {"UserServicesPolicy", PV_FN, g_policy, NULL, SH_POLICY},
    {"HostedVoiceMail", PV_ATTR_BOOL, NULL, NULL},
    {"HostedVoicemailPolicy", PV_NULL, NULL, NULL},
    {"HostingProvider", PV_FN, g_hosting, NULL, SH_POOL},
    {"RegistrarPool", PV_FN, g_pool, NULL, SH_POOL},
    {"Enabled", PV_FN, g_enabled, NULL},
    {"SipAddress", PV_FN, g_sip, NULL},
    {"LineURI", PV_ATTR_STR, NULL, NULL},
    {"EnterpriseVoiceEnabled", PV_ATTR_BOOL, NULL, "False"},
    {"ExUmEnabled", PV_FN, g_false, NULL},
    {"HomeServer", PV_FN, g_home, NULL, SH_POOL},
    {"DisplayName", PV_FN, g_display, NULL},
    {"SamAccountName", PV_FN, g_sam, NULL},
    /* not in the default view */
    {"UserPrincipalName", PV_FN, g_upn, NULL},
    {"AudioVideoDisabled", PV_ATTR_BOOL, NULL, "False"},
    {"RemoteCallControlTelephonyEnabled", PV_ATTR_BOOL, NULL, "False"},
    {"PrivateLine", PV_ATTR_STR, NULL, NULL},
    {"LineServerURI", PV_ATTR_STR, NULL, NULL},
};

static const CsuProp *prop_find(const char *name) {
  for (int i = 0; i < NP(USER_PROPS); i++)
    if (strcasecmp(USER_PROPS[i].name, name) == 0) return &USER_PROPS[i];
  return NULL;
}

static Value prop_value(const CsuCtx *x, const CsuProp *p) {
  if (p->kind == PV_NULL) return val_null();
  if (p->kind == PV_FN) return p->fn(x);
  const char *v = x->r->lync ? attr_of(x->attrs, x->r->id, p->name) : NULL;
  if (!v) v = x->r->lync ? p->dflt : NULL;
  if (!v) return val_null();
  return p->kind == PV_ATTR_BOOL ? val_bool(strcasecmp(v, "True") == 0) : val_cstr(v);
}

/* Makes user objects fast: each starts as a copy of a template that holds
 * every property (so no property name is hashed per user), and the values
 * that depend only on the pool or the policy are made once per pool or
 * policy and shared. */
enum { CSU_NPROPS = sizeof USER_PROPS / sizeof USER_PROPS[0] };

typedef struct {
  Value tmpl; /* an object of the type with every property, all $null */
  Value shared[CSU_NPROPS];
  int64_t shared_key[CSU_NPROPS]; /* what shared[i] was made for; -2: nothing yet */
  char *shared_text[CSU_NPROPS];  /* and the pool's or policy's name then */
} CsuMaker;

static void maker_init(CsuMaker *m, const char *type_name) {
  m->tmpl = val_obj_new(OBJ_GENERIC, type_name);
  for (int i = 0; i < CSU_NPROPS; i++) {
    val_obj_set(m->tmpl, USER_PROPS[i].name, val_null());
    m->shared[i] = val_null();
    m->shared_key[i] = -2;
    m->shared_text[i] = NULL;
  }
}

static void maker_free(CsuMaker *m) {
  val_unref(m->tmpl);
  m->tmpl = val_null();
  for (int i = 0; i < CSU_NPROPS; i++) {
    val_unref(m->shared[i]);
    m->shared[i] = val_null();
    free(m->shared_text[i]);
    m->shared_text[i] = NULL;
  }
}

static bool same_text(const char *a, const char *b) {
  return a == b || (a && b && strcmp(a, b) == 0);
}

static Value maker_value(CsuMaker *m, const CsuCtx *x, int i) {
  const CsuProp *p = &USER_PROPS[i];
  if (p->share == SH_NONE) return prop_value(x, p);
  int64_t key = !x->r->lync ? -1 : p->share == SH_POOL ? x->r->pool_id : x->r->policy_id;
  const char *text = p->share == SH_POOL ? x->r->pool : x->r->policy;
  if (m->shared_key[i] != key || !same_text(m->shared_text[i], text)) {
    val_unref(m->shared[i]);
    free(m->shared_text[i]);
    m->shared[i] = prop_value(x, p);
    m->shared_key[i] = key;
    m->shared_text[i] = text ? xstrdup(text) : NULL;
  }
  return val_ref(m->shared[i]);
}

static Value row_object(CsuMaker *m, const CsuCtx *x) {
  Value o = val_obj_from(m->tmpl);
  VHashEnt *e = o.u.o->props->ents;
  for (int i = 0; i < CSU_NPROPS; i++) {
    val_unref(e[i].val);
    e[i].val = maker_value(m, x, i);
  }
  val_obj_set_text(o, val_ref(e[0].val)); /* ToString: the Identity (DN) */
  if (x->r->lync) lab_tag_user(x->s, o, x->r->id);
  return o;
}

struct CsuObjects {
  Store *s;
  CsuMaker maker;
  CsuAttrs attrs;
  Value made; /* the object the last csu_objects_make built */
};

CsuObjects *csu_objects_new(Store *s, const char *type_name) {
  CsuObjects *o = xcalloc(1, sizeof *o);
  o->s = s;
  maker_init(&o->maker, type_name);
  store_user_attr_list(s, attr_add, &o->attrs);
  return o;
}

static void objects_row(void *ctx, const StoreUser *u) {
  CsuObjects *o = ctx;
  CsuRow r;
  row_of(u, &r);
  CsuCtx x = {o->s, &r, &o->attrs};
  o->made = row_object(&o->maker, &x);
}

Value csu_objects_make(CsuObjects *o, int64_t user_id) {
  o->made = val_null();
  StoreUserQuery q = {.id = user_id};
  store_user_list_accounts(o->s, &q, objects_row, o);
  return o->made;
}

void csu_objects_free(CsuObjects *o) {
  if (!o) return;
  maker_free(&o->maker);
  attrs_free(&o->attrs);
  free(o);
}

Value csu_user_object_id(Store *s, int64_t user_id, const char *type_name) {
  CsuObjects *o = csu_objects_new(s, type_name);
  Value v = csu_objects_make(o, user_id);
  csu_objects_free(o);
  return v;
}

const char *csu_user_dn(Store *s, int64_t user_id, char *buf, size_t n) {
  StoreUser u;
  *buf = 0;
  if (store_user_get(s, user_id, &u) == STORE_OK) ucs_user_dn(s, u.display, buf, n);
  store_user_free(&u);
  return buf;
}

/* ==================================================================== */
/* Shared steps of the cmdlets that change users                         */

/* The identity argument of this record: the pipeline object or -Identity. */
static Value *identity_arg(CmdCtx *c) { return cmd_arg(c, "Identity"); }

/* The ShouldProcess target of a user: the object's own Identity when the
 * argument is one user object, else the DN from the store. */
static const char *target_of(CmdCtx *c, Store *s, Value arg, size_t nids, int64_t id,
                             char *buf, size_t n) {
  (void)c;
  if (arg.kind == V_OBJ && nids == 1) {
    Value *v = val_obj_prop(arg, "Identity");
    if (v && v->kind == V_STR && n) { /* copied: v may not outlive the next lookup */
      size_t len = strnlen(val_sdata(*v), n - 1);
      memcpy(buf, val_sdata(*v), len);
      buf[len] = 0;
      return buf;
    }
  }
  return csu_user_dn(s, id, buf, n);
}

Status csu_collect(CmdCtx *c, Store *s, Value arg, LabIds *out) {
  LabIds found = {0};
  Status st = lab_resolve_users(c, s, arg, &found);
  char target[600];
  for (size_t i = 0; i < found.n && st == ST_OK; i++) {
    target_of(c, s, arg, found.n, found.v[i], target, sizeof target);
    if (cmd_should_process(c, target, NULL, &st)) lab_ids_push(out, found.v[i]);
  }
  lab_ids_free(&found);
  return st;
}

/* Reports and frees an engine result. */
static Status report(CmdCtx *c, Store *s, UcsResult *r) {
  Status st = lab_report(c, s, r);
  ucs_result_free(r);
  return st;
}

static Status emit_owned(CmdCtx *c, Value v) {
  if (v.kind == V_NULL) return ST_OK;
  Status st = cmd_emit(c, v);
  val_unref(v);
  return st;
}

static char *text_arg(CmdCtx *c, const char *name) {
  Value *v = cmd_arg(c, name);
  return v && v->kind != V_NULL ? lab_text(*v) : NULL;
}

/* ==================================================================== */
/* Get-CsUser                                                            */

typedef struct {
  CsfNode *filter;
  char *filter_text;
  CsuMaker maker;
  CsuAttrs attrs;
  bool attrs_loaded, on_lync, none;
  int64_t limit, emitted; /* limit < 0: Unlimited */
  const char *last_name;   /* the filter's last property name (its own text) */
  const CsuProp *last_prop;
} GuState;

typedef struct {
  Store *s;
  GuState *g;
  const CsuRow *r;
} GuMatch;

static bool gu_known(void *ctx, const char *prop) {
  (void)ctx;
  return prop_find(prop) != NULL;
}

static Value gu_get(void *ctx, const char *prop) {
  GuMatch *m = ctx;
  CsuCtx x = {m->s, m->r, &m->g->attrs};
  if (m->g->last_name != prop) { /* the filter asks by the same names row after row */
    m->g->last_name = prop;
    m->g->last_prop = prop_find(prop);
  }
  return prop_value(&x, m->g->last_prop);
}

static bool gu_matches(Store *s, GuState *g, const CsuRow *r) {
  if (g->on_lync && r->pool_version == 0) return false;
  GuMatch m = {s, g, r};
  return csf_eval(g->filter, gu_get, &m);
}

static Status gu_fail_filter(CmdCtx *c, const char *msg) {
  return lab_fail(c, "ParameterBindingFailed", "InvalidArgument",
                  "Cannot bind parameter 'Filter' to the target. Exception setting \"Filter\": "
                  "\"%s\"", msg);
}

static Status gu_result_size(CmdCtx *c, GuState *g) {
  Value *v = cmd_arg(c, "ResultSize");
  g->limit = -1;
  if (!v || v->kind == V_NULL) return ST_OK;
  char *t = lab_text(*v);
  bool unlimited = strcasecmp(t, "Unlimited") == 0;
  char *end = NULL;
  long long n = strtoll(t, &end, 10);
  bool ok = unlimited || (*t && !*end && n >= 0 && n <= 2147483647LL);
  Status st = ok ? ST_OK
                 : lab_fail(c, "ParameterArgumentTransformationError", "InvalidData",
                            "Cannot process argument transformation on parameter 'ResultSize'. "
                            "Cannot convert value \"%s\" to an integer between 0 and 2147483647 "
                            "or \"Unlimited\".", t);
  if (ok && !unlimited) g->limit = n;
  free(t);
  return st;
}

static Status gu_begin(CmdCtx *c) {
  GuState *g = xcalloc(1, sizeof *g);
  c->state = g;
  maker_init(&g->maker, CSU_TYPE_ADUSER);
  g->on_lync = cmd_switch(c, "OnLyncServer");
  g->none = cmd_switch(c, "UnassignedUser") || cmd_switch(c, "OnOfficeCommunicationServer");
  Status st = gu_result_size(c, g);
  if (st != ST_OK) return st;
  if (cmd_arg(c, "Filter") && cmd_arg(c, "LdapFilter"))
    return lab_fail(c, "FilterAndLdapFilter", "InvalidArgument",
                    "The Filter and LdapFilter parameters cannot be used in the same command.");
  g->filter_text = text_arg(c, "Filter");
  if (!g->filter_text) return ST_OK;
  char err[1024];
  g->filter = csf_parse(c->I, g->filter_text, err, sizeof err);
  if (!g->filter && *g->filter_text) return gu_fail_filter(c, err);
  if (!csf_check(g->filter, g->filter_text, gu_known, NULL, err, sizeof err))
    return gu_fail_filter(c, err);
  return ST_OK;
}

static void gu_cleanup(CmdCtx *c) {
  GuState *g = c->state;
  if (!g) return;
  csf_free(g->filter);
  free(g->filter_text);
  attrs_free(&g->attrs);
  maker_free(&g->maker);
  free(g);
  c->state = NULL;
}

static void gu_load_attrs(Store *s, GuState *g) {
  if (g->attrs_loaded) return;
  g->attrs_loaded = true;
  store_user_attr_list(s, attr_add, &g->attrs);
}

static bool gu_full(const GuState *g) { return g->limit >= 0 && g->emitted >= g->limit; }

static Status gu_emit_row(CmdCtx *c, Store *s, GuState *g, const CsuRow *r) {
  if (gu_full(g) || !gu_matches(s, g, r)) return ST_OK;
  g->emitted++;
  CsuCtx x = {s, r, &g->attrs};
  return emit_owned(c, row_object(&g->maker, &x));
}

/* The strings of a page's rows, in blocks freed together. */
typedef struct GuBlock {
  struct GuBlock *next;
  size_t used, cap;
  char data[];
} GuBlock;

static const char *gu_strdup(GuBlock **head, const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s) + 1;
  GuBlock *b = *head;
  if (!b || b->cap - b->used < n) {
    size_t cap = n > 65536 ? n : 65536;
    b = xmalloc(sizeof *b + cap);
    *b = (GuBlock){*head, 0, cap};
    *head = b;
  }
  char *d = memcpy(b->data + b->used, s, n);
  b->used += n;
  return d;
}

static void gu_blocks_free(GuBlock **head) {
  for (GuBlock *b = *head, *next; b; b = next) next = b->next, free(b);
  *head = NULL;
}

/* Rows kept during a scan of one page (the statement must end before
 * anything runs downstream): only the strings an object needs. */
typedef struct {
  CsuRow *v;
  size_t n, cap, seen; /* seen: rows the page held, matching or not */
  int64_t last_id;
  GuBlock *strings;
  Store *s;
  GuState *g;
  bool by_pool; /* the query itself applies the filter (gu_pool_query) */
} GuRows;

static void gu_keep(void *ctx, const StoreUser *u) {
  GuRows *rows = ctx;
  rows->seen++;
  rows->last_id = u->id;
  CsuRow r;
  row_of(u, &r);
  if (gu_full(rows->g) || (!rows->by_pool && !gu_matches(rows->s, rows->g, &r))) return;
  if (rows->n == rows->cap) {
    rows->cap = rows->cap ? rows->cap * 2 : 64;
    rows->v = xrealloc(rows->v, rows->cap * sizeof *rows->v);
  }
  GuBlock **b = &rows->strings;
  r.display = gu_strdup(b, u->display), r.sip = gu_strdup(b, u->sip);
  r.upn = gu_strdup(b, u->upn), r.sam = gu_strdup(b, u->sam);
  r.pool = gu_strdup(b, u->pool), r.policy = gu_strdup(b, u->policy);
  rows->v[rows->n++] = r;
  if (rows->g->limit >= 0) rows->g->emitted++;
}

/* Frees the page's strings and empties it for the next page. */
static void gu_rows_clear(GuRows *rows) {
  gu_blocks_free(&rows->strings);
  rows->n = rows->seen = 0;
}

/* The pool a `RegistrarPool -eq "<fqdn>"` filter names: an index lookup
 * instead of a scan. *none: no user can match. */
static void gu_pool_query(Store *s, GuState *g, StoreUserQuery *q, bool *none) {
  const char *fqdn = csf_equals(g->filter, "RegistrarPool");
  if (!fqdn) return;
  StorePool p;
  StoreRc rc = store_pool_find(s, fqdn, &p);
  if (rc == STORE_OK && p.version != 0) q->pool_id = p.id;
  else *none = rc == STORE_OK || rc == STORE_NOTFOUND;
  store_pool_free(&p);
}

/* Users a scan reads per statement: enough to amortise the statement, few
 * enough that a scan of 100,000 users holds little memory. */
enum { GU_PAGE = 512 };

/* Emits one page's objects downstream. */
static Status gu_emit_page(CmdCtx *c, Store *s, GuState *g, GuRows *rows, int64_t before) {
  g->emitted = before;
  Status st = ST_OK;
  for (size_t i = 0; i < rows->n && st == ST_OK; i++) {
    CsuCtx x = {s, &rows->v[i], &g->attrs};
    g->emitted++;
    st = emit_owned(c, row_object(&g->maker, &x));
  }
  return st;
}

/* Every user (or every user of the filter's pool), a page at a time: users
 * that commands downstream change or move are seen as they are when their
 * page is read, as Get-CsUser reading Active Directory would. */
static Status gu_scan(CmdCtx *c, Store *s, GuState *g) {
  StoreUserQuery q = {.limit = GU_PAGE};
  bool none = g->none;
  if (!none) gu_pool_query(s, g, &q, &none);
  if (none) return ST_OK;
  GuRows rows = {.s = s, .g = g, .by_pool = q.pool_id != 0};
  Status st = ST_OK;
  do {
    gu_rows_clear(&rows);
    int64_t before = g->emitted;
    if (store_user_list_accounts(s, &q, gu_keep, &rows)) {
      st = lab_fail(c, "LabStoreFailed", "ReadError", "The lab store failed: %s",
                    store_errmsg(s));
      break;
    }
    q.after_id = rows.last_id;
    st = gu_emit_page(c, s, g, &rows, before);
  } while (st == ST_OK && rows.seen == GU_PAGE && !gu_full(g));
  gu_rows_clear(&rows);
  free(rows.v);
  return st;
}

static Status gu_by_identity(CmdCtx *c, Store *s, GuState *g, Value id) {
  LabIds ids = {0};
  Status st = lab_resolve_users(c, s, id, &ids);
  for (size_t i = 0; i < ids.n && st == ST_OK && !g->none; i++) {
    StoreUser u;
    if (store_user_get(s, ids.v[i], &u) != STORE_OK) continue;
    CsuRow r;
    row_of(&u, &r);
    st = gu_emit_row(c, s, g, &r);
    store_user_free(&u);
  }
  lab_ids_free(&ids);
  return st;
}

/* -OU and -LdapFilter: the lab's directory has one container and no
 * attributes to filter on (ours). */
static Status gu_directory_args(CmdCtx *c, Store *s, bool *stop) {
  char *ou = text_arg(c, "OU"), *ldap = text_arg(c, "LdapFilter");
  char dn[600];
  const char *users = ucs_user_dn(s, "x", dn, sizeof dn) + 5; /* CN=Users,DC=... */
  Status st = ST_OK;
  *stop = false;
  if (ou && strcasecmp(ou, users) != 0) {
    *stop = true;
    st = lab_fail(c, "OUNotFound", "ObjectNotFound",
                  "The organizational unit \"%s\" was not found. The lab's users all live in "
                  "the container %s.", ou, users);
  } else if (ldap) {
    *stop = true;
    st = lab_fail(c, "LdapFilterNotSupported", "NotImplemented",
                  "The lab's Active Directory keeps no LDAP attributes to filter on (-LdapFilter "
                  "\"%s\"); use -Filter with Get-CsUser's properties instead.", ldap);
  }
  free(ou), free(ldap);
  return st;
}

static Status gu_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  GuState *g = c->state;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  bool stop;
  if ((st = gu_directory_args(c, s, &stop)) != ST_OK || stop) return st;
  gu_load_attrs(s, g);
  Value *id = identity_arg(c);
  return id ? gu_by_identity(c, s, g, *id) : gu_scan(c, s, g);
}

static const ParamDef gu_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The user: SIP address (with or without sip:), UPN, domain\\logon, display name (* "
     "wildcards allowed) or distinguished name.", .complete = cv_users},
    {"Filter", NULL, T_STRING, false, -1, 0, NULL,
     "A filter such as {RegistrarPool -eq \"atl-cs-001.litwareinc.com\"}: Property -eq/-ne/"
     "-like/-notlike value, joined with -and/-or."},
    {"LdapFilter", NULL, T_STRING, false, -1, 0, NULL,
     "An LDAP filter; the lab's directory keeps no LDAP attributes, so it is refused."},
    {"OU", NULL, T_STRING, false, -1, 0, NULL,
     "Users of one organizational unit; the lab's users all live in CN=Users."},
    {"UnassignedUser", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Users enabled for Lync Server but homed on no Registrar pool (none in the lab)."},
    {"OnLyncServer", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Only users homed on Lync Server pools (not on Lync Online)."},
    {"OnOfficeCommunicationServer", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Only users homed on Office Communications Server pools (none in the lab)."},
    {"ResultSize", NULL, T_OBJECT, false, -1, 0, NULL,
     "The most users to return (0-2147483647), or Unlimited (the default)."},
    {"Credential", NULL, T_OBJECT, false, -1, 0, NULL, "Accepted; the lab needs no credentials."},
    DC_PARAM,
};

static const CmdExample gu_examples[] = {
    {"Get-CsUser", "Returns every user enabled for Lync Server."},
    {"Get-CsUser -Identity \"Ken Myer\"", "Returns one user by display name."},
    {"Get-CsUser -Identity \"Pilar*\"", "Returns the users whose display name starts with Pilar."},
    {"Get-CsUser -Filter {RegistrarPool -eq \"atl-cs-001.litwareinc.com\"}",
     "Returns the users homed on atl-cs-001."},
    {"Get-CsUser -Filter {UserServicesPolicy -eq $Null}",
     "Returns the users with no per-user user services policy."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Grant-style batching for the cmdlets that change users                */

typedef struct {
  LabIds ids;
} BatchState;

static Status batch_begin(CmdCtx *c) {
  c->state = xcalloc(1, sizeof(BatchState));
  return ST_OK;
}

static void batch_cleanup(CmdCtx *c) {
  BatchState *b = c->state;
  if (!b) return;
  lab_ids_free(&b->ids);
  free(b);
  c->state = NULL;
}

/* ==================================================================== */
/* Disable-CsUser (BK5)                                                  */

/* What -PassThru shows for a disabled account: the AD account, no longer
 * enabled for Lync Server. */
static Value disabled_object(Store *s, int64_t id) {
  StoreUser u;
  if (store_user_get(s, id, &u) != STORE_OK) return val_null();
  CsuRow r;
  row_of(&u, &r);
  r.lync = false;
  CsuCtx x = {s, &r, NULL};
  CsuMaker m;
  maker_init(&m, CSU_TYPE_ADUSER);
  Value o = row_object(&m, &x);
  maker_free(&m);
  store_user_free(&u);
  return o;
}

static Status du_flush(CmdCtx *c, Store *s, BatchState *b) {
  if (!b->ids.n) return ST_OK;
  Value objs = val_arr_new(0);
  bool pass = cmd_switch(c, "PassThru");
  for (size_t i = 0; pass && i < b->ids.n; i++) val_arr_push(objs, disabled_object(s, b->ids.v[i]));
  UcsResult r = {0};
  bool ok = ucs_user_disable(s, b->ids.v, b->ids.n, &r);
  Status st = report(c, s, &r);
  for (size_t i = 0; ok && i < val_arr_len(objs) && st == ST_OK; i++)
    st = cmd_emit(c, val_arr_at(objs, i));
  val_unref(objs);
  b->ids.n = 0;
  return st;
}

static Status du_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  Value *id = identity_arg(c);
  if (!s || !id) return st;
  BatchState *b = c->state;
  st = csu_collect(c, s, *id, &b->ids);
  return st == ST_OK && b->ids.n >= lab_batch_limit(c) ? du_flush(c, s, b) : st;
}

static Status du_end(CmdCtx *c) {
  Status st;
  Store *s = lab_store(c, &st);
  return s ? du_flush(c, s, c->state) : st;
}

static const ParamDef du_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The user to disable for Lync Server (any of the four identity formats).",
     .complete = cv_users},
    DC_PARAM,
    {"PassThru", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Output the account, now not enabled for Lync Server."},
};

static const CmdExample du_examples[] = {
    {"Disable-CsUser -Identity \"Ken Myer\"",
     "Removes Ken Myer's Lync Server attributes and data: per-user policies, contacts, and "
     "his place in other users' contact lists (BK5). The AD account stays and can be enabled "
     "again with Enable-CsUser."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Enable-CsUser                                                         */

static const char *const SIP_TYPES[] = {"None", "FirstLastName", "EmailAddress",
                                        "UserPrincipalName", "SamAccountName"};

static UcsSipType sip_type_of(const char *t) {
  for (int i = 0; t && i < NP(SIP_TYPES); i++)
    if (strcasecmp(SIP_TYPES[i], t) == 0) return (UcsSipType)i;
  return UCS_SIP_NONE;
}

static Status eu_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  Value *idv = identity_arg(c);
  if (!s || !idv) return st;
  char *identity = lab_identity_text(*idv), *pool = text_arg(c, "RegistrarPool");
  char *hosting = text_arg(c, "HostingProviderProxyFqdn"), *sip = text_arg(c, "SipAddress");
  char *type = text_arg(c, "SipAddressType"), *dom = text_arg(c, "SipDomain");
  UcsEnableSpec sp = {pool ? pool : hosting, sip, sip_type_of(type), dom};
  if (identity && cmd_should_process(c, identity, NULL, &st)) {
    int64_t *ids = NULL;
    size_t n = 0;
    UcsResult r = {0};
    ucs_user_enable(s, identity, &sp, &ids, &n, &r);
    st = report(c, s, &r);
    for (size_t i = 0; i < n && st == ST_OK && cmd_switch(c, "PassThru"); i++)
      st = emit_owned(c, csu_user_object_id(s, ids[i], CSU_TYPE_ADUSER));
    free(ids);
  }
  free(identity), free(pool), free(hosting), free(sip), free(type), free(dom);
  return st;
}

static const ParamDef eu_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The Active Directory account to enable (UPN, domain\\logon, display name or DN)."},
    {"RegistrarPool", NULL, T_STRING, false, -1, 0, NULL, "The pool that will home the user.",
     .complete = cv_pools},
    {"SipAddressType", NULL, T_STRING, false, -1, 0,
     "FirstLastName,EmailAddress,UserPrincipalName,SamAccountName,None",
     "How to make the SIP address: FirstLastName and SamAccountName need -SipDomain."},
    {"SipDomain", NULL, T_STRING, false, -1, 0, NULL, "The SIP domain for -SipAddressType."},
    {"SipAddress", NULL, T_STRING, false, -1, 0, NULL,
     "The SIP address, with its sip: prefix (one account at a time)."},
    {"HostingProviderProxyFqdn", "HostingProvider", T_STRING, false, -1, 0, NULL,
     "Home the user with a hosting provider (sipfed.online.lync.com) instead of a pool."},
    {"ProxyPool", NULL, T_STRING, false, -1, 0, NULL, "Accepted; used only for Lync Online."},
    DC_PARAM,
    {"PassThru", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Output the enabled user."},
};

static const CmdExample eu_examples[] = {
    {"Enable-CsUser -Identity \"Pilar Ackerman\" -RegistrarPool \"atl-cs-001.litwareinc.com\" "
     "-SipAddressType SamAccountName -SipDomain litwareinc.com",
     "Enables Pilar Ackerman's account, homed on atl-cs-001, with a SIP address made of her "
     "logon name and the SIP domain."},
    {"Enable-CsUser -Identity \"Pilar Ackerman\" -RegistrarPool \"atl-cs-001.litwareinc.com\" "
     "-SipAddress \"sip:pilar@litwareinc.com\"",
     "The same with a SIP address given in full."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Set-CsUser                                                            */

/* The attributes Set-CsUser keeps as they are given. */
static const struct {
  const char *param;
  bool boolean;
} SU_ATTRS[] = {
    {"AudioVideoDisabled", true},
    {"EnterpriseVoiceEnabled", true},
    {"HostedVoiceMail", true},
    {"RemoteCallControlTelephonyEnabled", true},
    {"LineURI", false},
    {"LineServerURI", false},
    {"PrivateLine", false},
    {"ExchangeArchivingPolicy", false},
};

static StoreRc su_attrs(CmdCtx *c, Store *s, int64_t id) {
  StoreRc rc = STORE_OK;
  for (int i = 0; i < NP(SU_ATTRS) && !rc; i++) {
    Value *v = cmd_arg(c, SU_ATTRS[i].param);
    if (!v) continue;
    char *t = v->kind == V_NULL ? NULL
              : SU_ATTRS[i].boolean ? xstrdup(conv_to_bool(*v) ? "True" : "False")
                                    : lab_text(*v);
    rc = store_user_attr_set(s, id, SU_ATTRS[i].param, t && *t ? t : NULL);
    free(t);
  }
  return rc;
}

/* One user's changes, all or nothing. */
static Status su_one(CmdCtx *c, Store *s, int64_t id) {
  UcsResult r = {0};
  Value *en = cmd_arg(c, "Enabled");
  char *sip = text_arg(c, "SipAddress");
  bool ok = store_begin(s) == STORE_OK;
  if (ok && sip) ok = ucs_user_set_sip(s, id, sip, &r);
  if (ok && en) ok = ucs_user_set_enabled(s, &id, 1, conv_to_bool(*en), &r);
  if (ok && su_attrs(c, s, id)) {
    ok = false;
    Status st = lab_fail(c, "LabStoreFailed", "WriteError", "The lab store failed: %s",
                         store_errmsg(s));
    store_rollback(s);
    ucs_result_free(&r);
    free(sip);
    return st;
  }
  if (ok && store_commit(s)) ok = false;
  if (!ok) store_rollback(s);
  free(sip);
  Status st = report(c, s, &r);
  if (ok && st == ST_OK && cmd_switch(c, "PassThru"))
    st = emit_owned(c, csu_user_object_id(s, id, CSU_TYPE_ADUSER));
  return st;
}

static Status su_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  Value *id = identity_arg(c);
  if (!s || !id) return st;
  LabIds ids = {0};
  st = csu_collect(c, s, *id, &ids);
  for (size_t i = 0; i < ids.n && st == ST_OK; i++) st = su_one(c, s, ids.v[i]);
  lab_ids_free(&ids);
  return st;
}

#define KEPT "Kept and shown by Get-CsUser; no effect in the lab."
static const ParamDef su_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The user to change (any of the four identity formats).", .complete = cv_users},
    {"AudioVideoDisabled", NULL, T_BOOL, false, -1, 0, NULL, KEPT},
    {"Enabled", "CsEnabled", T_BOOL, false, -1, 0, NULL,
     "False: the user can no longer sign in (signed out now); data and policies are kept."},
    DC_PARAM,
    {"EnterpriseVoiceEnabled", NULL, T_BOOL, false, -1, 0, NULL, KEPT},
    {"HostedVoiceMail", NULL, T_BOOL, false, -1, PF_ALLOW_NULL, NULL, KEPT},
    {"LineURI", NULL, T_STRING, false, -1, PF_ALLOW_NULL, NULL, KEPT},
    {"LineServerURI", NULL, T_STRING, false, -1, PF_ALLOW_NULL, NULL, KEPT},
    {"PrivateLine", NULL, T_STRING, false, -1, PF_ALLOW_NULL, NULL, KEPT},
    {"RemoteCallControlTelephonyEnabled", NULL, T_BOOL, false, -1, 0, NULL,
     KEPT},
    {"SipAddress", NULL, T_STRING, false, -1, 0, NULL, "A new SIP address (with sip:)."},
    {"ExchangeArchivingPolicy", NULL, T_STRING, false, -1, 0,
     "Uninitialized,UseLyncArchivingPolicy,NoArchiving,ArchivingToExchange",
     KEPT},
    {"AcpInfo", NULL, T_OBJECT, false, -1, PF_ALLOW_NULL, NULL, "Accepted; the lab has no "
     "audio conferencing providers."},
    {"PassThru", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Output the changed user."},
};

static const CmdExample su_examples[] = {
    {"Set-CsUser -Identity \"Pilar Ackerman\" -EnterpriseVoiceEnabled $True",
     "Enables Pilar Ackerman for Enterprise Voice (kept and shown by Get-CsUser; no effect on "
     "the unified contact store)."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Get-CsUserPoolInfo and Get-CsEffectivePolicy                          */

typedef Status (*PerUserFn)(CmdCtx *c, Store *s, const StoreUser *u);

static Status each_user(CmdCtx *c, PerUserFn fn) {
  Status st;
  Store *s = lab_store(c, &st);
  Value *id = identity_arg(c);
  if (!s || !id) return st;
  LabIds ids = {0};
  st = lab_resolve_users(c, s, *id, &ids);
  for (size_t i = 0; i < ids.n && st == ST_OK; i++) {
    StoreUser u;
    if (store_user_get(s, ids.v[i], &u) != STORE_OK) continue;
    st = fn(c, s, &u);
    store_user_free(&u);
  }
  lab_ids_free(&ids);
  return st;
}

static Value one_list(const char *item) {
  Value a = val_arr_new(1);
  if (item) val_arr_push(a, val_cstr(item));
  return a;
}

static Status pool_info(CmdCtx *c, Store *s, const StoreUser *u) {
  (void)s;
  if (u->pool_version == 0) {
    RtError e = {0};
    rt_fail(&e, "Microsoft.Rtc.Management.ManagementException", "UserNotHomedOnPool",
            "ObjectNotFound", "%s is not homed on an on-premises Registrar pool (the user is "
            "homed with the hosting provider %s).", u->sip, u->pool);
    Value t = val_cstr(u->sip);
    Status st = cmd_error(c, &e, t);
    val_unref(t);
    rt_error_clear(&e);
    return st;
  }
  Value o = val_obj_new(OBJ_GENERIC, CSU_TYPE_POOLINFO);
  val_obj_set(o, "Identity", val_cstr(u->sip));
  val_obj_set(o, "PrimaryPoolFqdn", val_cstr(u->pool));
  val_obj_set(o, "BackupPoolFqdn", val_null());
  val_obj_set(o, "UserServicesPoolFqdn", val_cstr(u->pool));
  val_obj_set(o, "PrimaryPoolMachinesInPreferredOrder", one_list(u->pool));
  val_obj_set(o, "BackupPoolMachinesInPreferredOrder", one_list(NULL));
  val_obj_set(o, "PrimaryPoolPrimaryRegistrar", val_cstr(u->pool));
  val_obj_set(o, "BackupPoolPrimaryRegistrar", val_null());
  return emit_owned(c, o);
}

static Status upi_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  return each_user(c, pool_info);
}

static const ParamDef upi_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The user (any of the four identity formats).", .complete = cv_users},
    {"LocalStore", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted; the lab has one store."},
};

static const CmdExample upi_examples[] = {
    {"Get-CsUserPoolInfo \"sip:kenmyer@litwareinc.com\"",
     "Shows the pool that serves Ken Myer (lab pools are Standard Edition: one machine, no "
     "backup pool)."},
    {"Get-CsUser | Get-CsUserPoolInfo", "The same for every user homed on a pool."},
    {NULL, NULL},
};

/* The Identity of the user's effective user services policy: a per-user
 * policy by name, the others as Global / Site:X / Service:UserServer:X. */
static Value effective_usp(Store *s, const StoreUser *u) {
  if (u->policy) return val_cstr(u->policy);
  StorePolicy p;
  if (store_policy_get(s, u->eff_policy_id, &p) != STORE_OK) return val_cstr("Global");
  char id[300];
  Value v = val_cstr(ucs_policy_identity(&p, id, sizeof id));
  store_policy_free(&p);
  return v;
}

/* Policy types with nothing but their global policy in the lab. */
static const char *const EFFECTIVE_GLOBAL[] = {
    "VoicePolicy",         "ConferencingPolicy",   "PresencePolicy", "LocationProfile",
    "LocationPolicy",      "ClientPolicy",         "ClientVersionPolicy", "ArchivingPolicy",
    "PinPolicy",           "ExternalAccessPolicy", "MobilityPolicy", "PersistentChatPolicy",
};

static Status effective(CmdCtx *c, Store *s, const StoreUser *u) {
  Value o = val_obj_new(OBJ_GENERIC, CSU_TYPE_EFFECTIVE);
  char dn[600];
  val_obj_set(o, "Identity", val_cstr(ucs_user_dn(s, u->display, dn, sizeof dn)));
  for (int i = 0; i < NP(EFFECTIVE_GLOBAL); i++)
    val_obj_set(o, EFFECTIVE_GLOBAL[i], val_cstr("Global"));
  val_obj_set(o, "UserServicesPolicy", effective_usp(s, u));
  return emit_owned(c, o);
}

static Status eff_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  return each_user(c, effective);
}

static const ParamDef eff_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The user (any of the four identity formats).", .complete = cv_users},
    {"Credential", NULL, T_OBJECT, false, -1, 0, NULL, "Accepted; the lab needs no credentials."},
    DC_PARAM,
    {"ResultSize", NULL, T_OBJECT, false, -1, 0, NULL, "Accepted."},
};

static const CmdExample eff_examples[] = {
    {"Get-CsEffectivePolicy -Identity \"Ken Myer\"",
     "Shows the policies that govern Ken Myer: a per-user policy by its name, otherwise the "
     "service, site or global policy that applies (E3)."},
    {"\"Ken Myer\",\"Pilar Ackerman\" | Get-CsEffectivePolicy", "The same for two users."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Get-CsPool and Get-CsSite                                             */

typedef struct {
  Value items; /* objects made while listing (emitted after the statement ends) */
  Store *s;
  const char *identity, *filter;
  bool sites;
} TopoCtx;

static Value pool_services(const char *fqdn) {
  static const char *const KINDS[] = {"Registrar", "UserServer", "UserDatabase", "WebServer"};
  Value a = val_arr_new(4);
  for (int i = 0; i < NP(KINDS); i++) val_arr_push(a, val_strf("%s:%s", KINDS[i], fqdn));
  return a;
}

static Value pool_object(const StorePool *p) {
  Value o = val_obj_new(OBJ_GENERIC, CSU_TYPE_POOL);
  val_obj_set(o, "Identity", val_cstr(p->fqdn));
  val_obj_set(o, "Services", pool_services(p->fqdn));
  val_obj_set(o, "Computers", one_list(p->fqdn));
  val_obj_set(o, "Fqdn", val_cstr(p->fqdn));
  val_obj_set(o, "Site", p->site ? val_strf("Site:%s", p->site) : val_null());
  val_obj_set_text(o, val_cstr(p->fqdn));
  return o;
}

/* The identity a wildcard filter or an -Identity is compared with. */
static bool topo_wanted(const TopoCtx *x, const char *identity, const char *plain) {
  if (x->filter) return ucs_wildcard(x->filter, identity);
  if (x->identity) return strcasecmp(x->identity, identity) == 0 ||
                          (plain && strcasecmp(x->identity, plain) == 0);
  return true;
}

static void topo_pool(void *ctx, const StorePool *p) {
  TopoCtx *x = ctx;
  if (p->version == 0 || !topo_wanted(x, p->fqdn, NULL)) return; /* Lync Online: not a pool */
  val_arr_push(x->items, pool_object(p));
}

static Value find_site(Value items, const char *name) {
  for (size_t i = 0; i < val_arr_len(items); i++) {
    Value *n = val_obj_prop(val_arr_at(items, i), "DisplayName");
    if (n && n->kind == V_STR && strcasecmp(val_sdata(*n), name) == 0) return val_arr_at(items, i);
  }
  return val_null();
}

static Value site_object(const StorePool *p) {
  Value o = val_obj_new(OBJ_GENERIC, CSU_TYPE_SITE);
  val_obj_set(o, "Identity", val_strf("Site:%s", p->site));
  val_obj_set(o, "SiteId", val_long(p->site_id));
  val_obj_set(o, "Services", val_arr_new(0));
  val_obj_set(o, "Pools", val_arr_new(0));
  val_obj_set(o, "FederationRoute", val_null());
  val_obj_set(o, "XmppFederationRoute", val_null());
  val_obj_set(o, "DisplayName", val_cstr(p->site));
  val_obj_set(o, "Description", val_null());
  val_obj_set(o, "ParentSite", val_null());
  val_obj_set(o, "Kind", val_cstr("Central"));
  val_obj_set_text(o, val_strf("Site:%s", p->site));
  return o;
}

/* Sites are listed from their pools (every lab site has one). */
static void topo_site(void *ctx, const StorePool *p) {
  TopoCtx *x = ctx;
  char ident[300];
  if (!p->site || p->version == 0) return;
  snprintf(ident, sizeof ident, "Site:%s", p->site);
  if (!topo_wanted(x, ident, p->site)) return;
  Value o = find_site(x->items, p->site);
  if (o.kind == V_NULL) {
    o = site_object(p);
    val_arr_push(x->items, o);
  }
  Value *svc = val_obj_prop(o, "Services"), *pools = val_obj_prop(o, "Pools");
  Value more = pool_services(p->fqdn);
  for (size_t i = 0; i < val_arr_len(more); i++) val_arr_push(*svc, val_ref(val_arr_at(more, i)));
  val_unref(more);
  val_arr_push(*pools, val_cstr(p->fqdn));
}

static Status topo_run(CmdCtx *c, bool sites) {
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  char *identity = text_arg(c, "Identity"), *filter = text_arg(c, "Filter");
  TopoCtx x = {val_arr_new(0), s, identity, filter, sites};
  if (store_pool_list(s, sites ? topo_site : topo_pool, &x))
    st = lab_fail(c, "LabStoreFailed", "ReadError", "The lab store failed: %s", store_errmsg(s));
  for (size_t i = 0; i < val_arr_len(x.items) && st == ST_OK; i++)
    st = cmd_emit(c, val_arr_at(x.items, i));
  if (st == ST_OK && identity && !val_arr_len(x.items)) {
    RtError e = {0};
    rt_fail(&e, "Microsoft.Rtc.Management.ManagementException", "Identity", "ObjectNotFound",
            "Management object not found for identity \"%s\".", identity);
    Value t = val_cstr(identity);
    st = cmd_error(c, &e, t);
    val_unref(t);
    rt_error_clear(&e);
  }
  val_unref(x.items);
  free(identity), free(filter);
  return st;
}

static Status gp_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  return topo_run(c, false);
}

static Status gs_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  return topo_run(c, true);
}

static const ParamDef gp_params[] = {
    {"Identity", NULL, T_STRING, false, 0, 0, NULL, "The pool's FQDN.", "Identity,0",
     .complete = cv_pools},
    {"Filter", NULL, T_STRING, false, -1, 0, NULL, "A wildcard over pool identities.", "Filter"},
    {"LocalStore", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted; the lab has one store."},
};

static const ParamDef gs_params[] = {
    {"Identity", NULL, T_STRING, false, 0, 0, NULL, "The site: Site:Redmond or Redmond.",
     "Identity,0"},
    {"Filter", NULL, T_STRING, false, -1, 0, NULL, "A wildcard over site identities.", "Filter"},
    {"LocalStore", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted; the lab has one store."},
};

static const CmdExample gp_examples[] = {
    {"Get-CsPool", "Lists the lab's pools: atl-cs-001 and atl-cs-002 (Lync Server 2013, site "
                   "Redmond) and dal-cs-001 (Lync Server 2010, site Dallas)."},
    {"Get-CsPool -Identity \"atl-cs-001.litwareinc.com\"", "Shows one pool."},
    {NULL, NULL},
};

static const CmdExample gs_examples[] = {
    {"Get-CsSite", "Lists the lab's sites, Redmond and Dallas, with their pools."},
    {"Get-CsSite -Identity \"site:Redmond\"", "Shows one site."},
    {NULL, NULL},
};

/* ==================================================================== */

#define GU_DESC                                                                                \
  "Returns the users enabled for Lync Server, one object each, with their per-user policies "  \
  "(UserServicesPolicy included), Registrar pool and SIP address. -Identity takes a SIP "      \
  "address (with or without sip:), a UPN, domain\\logon, a display name with * wildcards or "  \
  "a distinguished name; -Filter takes a script block such as {RegistrarPool -eq "            \
  "\"atl-cs-001.litwareinc.com\"}, which can be piped to Grant-CsUserServicesPolicy."

const CmdDef cs_user_cmdlets[] = {
    {"Get-CsUser", NULL, gu_params, NP(gu_params), 0, gu_begin, gu_process, NULL,
     "Returns the users enabled for Lync Server.", gu_cleanup, NULL, NULL, CSU_TYPE_ADUSER,
     GU_DESC, gu_examples},
    {"Enable-CsUser", NULL, eu_params, NP(eu_params), CF_SHOULDPROCESS, NULL, eu_process, NULL,
     "Enables an Active Directory account for Lync Server.", NULL, NULL, NULL, NULL,
     "Enables Active Directory accounts that are not enabled for Lync Server (for example one "
     "Disable-CsUser left): the user is homed on -RegistrarPool with the SIP address given "
     "or made by -SipAddressType; contacts start in Lync Server, with no per-user policy. An "
     "account that is already enabled is left unchanged, with a warning.", eu_examples},
    {"Disable-CsUser", NULL, du_params, NP(du_params), CF_SHOULDPROCESS, batch_begin,
     du_process, du_end, "Disables users for Lync Server and deletes their Lync data.",
     batch_cleanup, NULL, NULL, NULL,
     "Removes the Lync Server attributes of user accounts, per-user policies included, and "
     "deletes their Lync data: their contacts, and their place in other users' contact lists "
     "(BK5). Get-CsUser no longer returns them; the Active Directory accounts remain.",
     du_examples},
    {"Set-CsUser", NULL, su_params, NP(su_params), CF_SHOULDPROCESS, NULL, su_process, NULL,
     "Changes the Lync Server properties of users.", NULL, NULL, NULL, NULL,
     "Changes users' Lync Server properties. -Enabled $False keeps the account and its data "
     "but stops sign-ins; -SipAddress changes the SIP address. The telephony properties are "
     "kept and shown by Get-CsUser; none of them bears on the unified contact store.",
     su_examples},
    {"Get-CsUserPoolInfo", NULL, upi_params, NP(upi_params), 0, NULL, upi_process, NULL,
     "Returns the pool information of users.", NULL, NULL, NULL, CSU_TYPE_POOLINFO,
     "Returns the Registrar pool that serves each user, with its machines in preferred order. "
     "Users homed with a hosting provider (Lync Online) have no pool: each gives an error.",
     upi_examples},
    {"Get-CsEffectivePolicy", NULL, eff_params, NP(eff_params), 0, NULL, eff_process, NULL,
     "Returns the policies in force for users.", NULL, NULL, NULL, CSU_TYPE_EFFECTIVE,
     "Returns, for each user, the policy of each type that governs the user: the per-user "
     "policy by name when one is assigned, else the service, site or global policy (E3). Only "
     "the user services policy is simulated; the other types show their global policy.",
     eff_examples},
    {"Get-CsPool", NULL, gp_params, NP(gp_params), 0, NULL, gp_process, NULL,
     "Returns the Registrar pools of the topology.", NULL, "Identity", NULL, CSU_TYPE_POOL,
     "Returns the lab's pools with their services, machines and site. Lync Online is a "
     "hosting provider, not a pool, and is not listed.", gp_examples},
    {"Get-CsSite", NULL, gs_params, NP(gs_params), 0, NULL, gs_process, NULL,
     "Returns the sites of the topology.", NULL, "Identity", NULL, CSU_TYPE_SITE,
     "Returns the lab's sites with their pools and services.", gs_examples},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
