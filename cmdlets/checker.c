/* checker.c - the runbook checker (issue 6 point 4): reads a script
 * without running it and reports, with line and column, parse errors,
 * unknown commands and parameters, and the unified contact store pitfalls
 * the documentation warns about. Test-CsLabRunbook gives the findings as
 * objects; `ucsh -Check` prints them (checker.h).
 *
 * The pitfalls are found in source order (a call inside a function counts
 * where the function is written):
 *   RB2  Invoke-CsUcsRollback with no user services policy change before it
 *   RB4  Invoke-CsUcsRollback -Force
 *   RB7  Move-CsUser to a Lync Server 2010 pool with no rollback before it
 *   EX1  New-MoveRequest to an Exchange 2010 database with no rollback before
 *   BK1  Import-CsUserData after a step that migrates or rolls back contacts
 *   E5   a policy change that stops UCS with no rollback after it
 * Pools and databases are looked up in the lab's topology. */
#define _POSIX_C_SOURCE 200809L
#include "checker.h"
#include "../parser/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../parser/parser.h"
#include "../runtime/binder.h"
#include "../runtime/host.h"
#include "../runtime/convert.h"
#include "../runtime/strbuf.h"
#include "fspath.h"
#include "lab.h"
#include "objutil.h"
#include "store.h"

/* ---------------------------------------------------------------- findings */

static void add(ChkFindings *f, const Extent *at, bool error, const char *rule, const char *fmt,
                ...) __attribute__((format(printf, 5, 6)));
static void add(ChkFindings *f, const Extent *at, bool error, const char *rule, const char *fmt,
                ...) {
  if (f->n == f->cap) {
    f->cap = f->cap ? f->cap * 2 : 16;
    f->v = xrealloc(f->v, f->cap * sizeof *f->v);
  }
  StrBuf b = SB_INIT;
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&b, fmt, ap);
  va_end(ap);
  f->v[f->n++] = (ChkFinding){(int)at->line, (int)at->col, error, rule, sb_take(&b, NULL)};
  f->errors += error;
}

void chk_findings_free(ChkFindings *f) {
  for (size_t i = 0; i < f->n; i++) free(f->v[i].message);
  free(f->v);
  *f = (ChkFindings){0};
}

static int by_position(const void *a, const void *b) {
  const ChkFinding *x = a, *y = b;
  return x->line != y->line ? x->line - y->line : x->col - y->col;
}

/* ---------------------------------------------------------------- a command's words */

/* The name of a command written as a bareword, or NULL (& $x, & { }). */
static const char *cmd_name(const Node *cmd) {
  const Node *n = cmd->u.cmd.elems.n ? cmd->u.cmd.elems.items[0] : NULL;
  return n && n->kind == N_CONST && n->u.lit.kind == LIT_STRING ? n->u.lit.s : NULL;
}

static bool is_param(const Node *n) { return n && n->kind == N_PARAM; }

/* The value node of -name (the -name:value form, or the next word). */
static const Node *arg_node(const Node *cmd, const char *name) {
  const NodeList *e = &cmd->u.cmd.elems;
  for (int i = 1; i < e->n; i++) {
    const Node *p = e->items[i];
    if (!is_param(p) || strncasecmp(p->u.par.name, name, strlen(p->u.par.name)) != 0 ||
        !*p->u.par.name)
      continue;
    if (p->u.par.arg) return p->u.par.arg;
    return i + 1 < e->n && !is_param(e->items[i + 1]) ? e->items[i + 1] : NULL;
  }
  return NULL;
}

static bool has_switch(const Node *cmd, const char *name) {
  const NodeList *e = &cmd->u.cmd.elems;
  for (int i = 1; i < e->n; i++)
    if (is_param(e->items[i]) && strcasecmp(e->items[i]->u.par.name, name) == 0) return true;
  return false;
}

/* A constant value's text ($false -> "False"), or NULL when it is computed. */
static const char *const_text(const Node *n) {
  if (!n) return NULL;
  if (n->kind == N_CONST && n->u.lit.kind == LIT_STRING) return n->u.lit.s;
  if (n->kind == N_EXPSTR && n->u.expstr.parts.n <= 1) {
    const Node *p = n->u.expstr.parts.n ? n->u.expstr.parts.items[0] : NULL;
    return !p ? "" : p->kind == N_CONST ? p->u.lit.s : NULL;
  }
  if (n->kind == N_VAR && n->u.var.scope == SCOPE_NONE) {
    static const char *const NAMES[] = {"true", "false", "null"};
    for (size_t i = 0; i < 3; i++)
      if (n->u.var.len == strlen(NAMES[i]) && !strncasecmp(n->u.var.name, NAMES[i], n->u.var.len))
        return i == 0 ? "True" : i == 1 ? "False" : "";
  }
  if (n->kind == N_CONST && n->u.lit.kind != LIT_STRING) return n->u.lit.i ? "True" : "False";
  return NULL;
}

static bool is_false(const Node *n) {
  const char *t = const_text(n);
  return t && (!strcasecmp(t, "False") || !strcmp(t, "0"));
}

/* ---------------------------------------------------------------- the walk */

typedef struct Chk {
  Interp *I;
  ChkFindings *out;
  char **funcs; /* functions the script defines */
  size_t nfuncs;
  char **denying; /* per-user policies the script makes or sets UcsAllowed $False */
  size_t ndenying;
  const Node *policy_change; /* the last policy change so far, or NULL */
  const Node *stops_ucs;     /* a policy change that stops UCS, not rolled back yet */
  const Node *rollback;      /* the last Invoke-CsUcsRollback so far */
  const Node *contact_move;  /* the last step that migrates or rolls back contacts */
  Store *store;              /* the lab's topology, or NULL */
  /* Calls inside a function body may run at any time: */
  int in_func;               /* > 0 while walking a function's body */
  bool any_policy_change;    /* the script changes a policy somewhere */
  bool func_rollback;        /* a function body rolls back */
  const Node *skip[64];      /* -Filter { } blocks: a filter, not commands */
  size_t nskip;
} Chk;

static void push_name(char ***v, size_t *n, const char *s) {
  *v = xrealloc(*v, (*n + 1) * sizeof **v);
  (*v)[(*n)++] = xstrdup(s);
}

static bool has_name(char **v, size_t n, const char *s) {
  for (size_t i = 0; i < n; i++)
    if (!strcasecmp(v[i], s)) return true;
  return false;
}

static bool is_policy_cmd(const char *name) {
  return name && (!strcasecmp(name, "Grant-CsUserServicesPolicy") ||
                  !strcasecmp(name, "Set-CsUserServicesPolicy") ||
                  !strcasecmp(name, "New-CsUserServicesPolicy"));
}

/* The first pass: functions, and what any function body or the whole
 * script does, since a function may be called at any point. */
static bool survey(void *ctx, const Node *n) {
  Chk *k = ctx;
  if (n->kind == N_FUNCDEF) {
    if (n->u.func.name) push_name(&k->funcs, &k->nfuncs, n->u.func.name);
    k->in_func++;
    ast_walk(n->u.func.body, survey, k);
    k->in_func--;
    return false;
  }
  const char *name = n->kind == N_COMMAND ? cmd_name(n) : NULL;
  if (is_policy_cmd(name)) k->any_policy_change = true;
  if (name && k->in_func && !strcasecmp(name, "Invoke-CsUcsRollback")) k->func_rollback = true;
  return true;
}

static bool looks_like_path(const char *name) {
  size_t n = strlen(name);
  return strchr(name, '/') || strchr(name, '\\') || (n > 4 && !strcasecmp(name + n - 4, ".ps1"));
}

/* Whether a built-in takes a parameter written as `name` (a unique prefix
 * of its name or an alias, or a common parameter). */
static bool takes_param(const Command *cmd, const char *name) {
  if (bind_find_param(cmd, name) >= 0) return true;
  size_t n = strlen(name);
  for (int i = 0; i < cmd->nparams; i++)
    if (!strncasecmp(cmd->params[i].name, name, n)) return true;
  for (int k = 0; k < bind_common_count(); k++) {
    const char *type;
    bool sp;
    const char *c = bind_common_param(cmd, k, &type, &sp);
    if (c && !strncasecmp(c, name, n)) return true;
  }
  return false;
}

static void check_params(Chk *k, const Node *node, const Command *cmd) {
  if (cmd->kind != CMD_BUILTIN) return;
  const NodeList *e = &node->u.cmd.elems;
  for (int i = 1; i < e->n; i++)
    if (is_param(e->items[i]) && *e->items[i]->u.par.name &&
        !takes_param(cmd, e->items[i]->u.par.name))
      add(k->out, &e->items[i]->ext, true, "Parameter",
          "A parameter cannot be found that matches parameter name '%s'.",
          e->items[i]->u.par.name);
}

/* The pool's or database's Lync/Exchange version in the lab, 0 if unknown. */
static int pool_version(Chk *k, const char *fqdn) {
  StorePool p;
  if (!k->store || !fqdn || store_pool_find(k->store, fqdn, &p) != STORE_OK) return 0;
  int v = p.version;
  store_pool_free(&p);
  return v;
}

static int db_version(Chk *k, const char *name) {
  StoreExDb d;
  if (!k->store || !name || store_exdb_find(k->store, name, &d) != STORE_OK) return 0;
  int v = d.version;
  store_exdb_free(&d);
  return v;
}

/* A user services policy change: Grant-, Set-, New-CsUserServicesPolicy. */
static void on_policy(Chk *k, const Node *n, const char *name) {
  bool deny = is_false(arg_node(n, "UcsAllowed"));
  const char *id = const_text(arg_node(n, "Identity"));
  if (strcasecmp(name, "Grant-CsUserServicesPolicy") == 0) {
    const char *pol = const_text(arg_node(n, "PolicyName"));
    deny = pol && has_name(k->denying, k->ndenying, pol);
  } else if (deny && id) {
    push_name(&k->denying, &k->ndenying, strncasecmp(id, "Tag:", 4) ? id : id + 4);
  }
  k->policy_change = n;
  if (deny && strcasecmp(name, "New-CsUserServicesPolicy") != 0) k->stops_ucs = n;
}

static void on_rollback(Chk *k, const Node *n) {
  bool changed = k->in_func ? k->any_policy_change : k->policy_change != NULL;
  if (has_switch(n, "Force"))
    add(k->out, &n->ext, false, "RB4",
        "Invoke-CsUcsRollback -Force discards the contacts held in the unified contact store: "
        "the users lose them (seed 000 advises against -Force).");
  else if (!changed)
    add(k->out, &n->ext, false, "RB2",
        "Invoke-CsUcsRollback with no user services policy change before it: the rollback is "
        "temporary, and 7 days later the contacts move back to the unified contact store (seed "
        "001: to remove them for good, change the policy as well).");
  if (k->in_func) return;
  k->rollback = k->contact_move = n;
  k->stops_ucs = NULL;
}

static void on_move(Chk *k, const Node *n, bool mailbox) {
  const char *to = const_text(arg_node(n, mailbox ? "TargetDatabase" : "Target"));
  bool to_2010 = mailbox ? db_version(k, to) == 2010 : pool_version(k, to) == 2010;
  to_2010 = to_2010 && !k->func_rollback;
  if (to_2010 && !k->rollback && !mailbox)
    add(k->out, &n->ext, false, "RB7",
        "Move-CsUser to the Lync Server 2010 pool %s with no Invoke-CsUcsRollback before it: "
        "seed 000 says to roll the contacts back to Lync Server first when moving users to Lync "
        "Server 2010.", to);
  if (to_2010 && !k->rollback && mailbox)
    add(k->out, &n->ext, false, "EX1",
        "New-MoveRequest to the Exchange 2010 database %s with no Invoke-CsUcsRollback before "
        "it: the mailbox cannot move while the contacts are in the unified contact store (seed "
        "000: roll back the Lync user first, then move the mailbox).", to);
  if (!mailbox) k->contact_move = n;
}

static void on_import(Chk *k, const Node *n) {
  if (k->contact_move)
    add(k->out, &n->ext, false, "BK1",
        "Import-CsUserData after a step that moves contacts (line %u): data exported before a "
        "change of contact store comes back outdated or corrupted (seed 000).",
        k->contact_move->ext.line);
}

typedef void (*RuleFn)(Chk *k, const Node *n, const char *name);
static void r_policy(Chk *k, const Node *n, const char *name) { on_policy(k, n, name); }
static void r_rollback(Chk *k, const Node *n, const char *name) { (void)name, on_rollback(k, n); }
static void r_move(Chk *k, const Node *n, const char *name) { (void)name, on_move(k, n, false); }
static void r_mbx(Chk *k, const Node *n, const char *name) { (void)name, on_move(k, n, true); }
static void r_import(Chk *k, const Node *n, const char *name) { (void)name, on_import(k, n); }
static void r_migrate(Chk *k, const Node *n, const char *name) {
  (void)name;
  if (has_switch(n, "Setup")) k->contact_move = n; /* Test-CsUnifiedContactStore -Setup (M11) */
}

static const struct {
  const char *name;
  RuleFn fn;
} RULES[] = {
    {"Grant-CsUserServicesPolicy", r_policy},  {"Set-CsUserServicesPolicy", r_policy},
    {"New-CsUserServicesPolicy", r_policy},    {"Invoke-CsUcsRollback", r_rollback},
    {"Move-CsUser", r_move},                   {"New-MoveRequest", r_mbx},
    {"Import-CsUserData", r_import},           {"Test-CsUnifiedContactStore", r_migrate},
};

static void on_command(Chk *k, const Node *n) {
  const char *name = cmd_name(n);
  if (!name || looks_like_path(name)) return;
  Command *cmd = has_name(k->funcs, k->nfuncs, name) ? NULL : cmd_lookup(k->I, name);
  if (!cmd && !has_name(k->funcs, k->nfuncs, name)) {
    add(k->out, &n->u.cmd.elems.items[0]->ext, true, "Command",
        "The term '%s' is not recognized as the name of a cmdlet, function, script file, or "
        "operable program.", name);
    return;
  }
  if (!cmd) return;
  check_params(k, n, cmd);
  for (size_t i = 0; i < sizeof RULES / sizeof RULES[0]; i++)
    if (!strcasecmp(cmd->name, RULES[i].name)) RULES[i].fn(k, n, cmd->name);
}

/* -Filter { Property -op "value" } is a filter, not commands to check. */
static void skip_filters(Chk *k, const Node *cmd) {
  const Node *f = arg_node(cmd, "Filter");
  if (f && f->kind == N_SBEXPR && k->nskip < sizeof k->skip / sizeof k->skip[0])
    k->skip[k->nskip++] = f;
}

static bool visit(void *ctx, const Node *n) {
  Chk *k = ctx;
  for (size_t i = 0; i < k->nskip; i++)
    if (k->skip[i] == n) return false;
  if (n->kind == N_FUNCDEF) { /* its calls may run at any time */
    k->in_func++;
    ast_walk(n->u.func.body, visit, k);
    k->in_func--;
    return false;
  }
  if (n->kind == N_COMMAND) {
    skip_filters(k, n);
    on_command(k, n);
  }
  return true;
}

/* E5: what is still not rolled back at the end. */
static void finish(Chk *k) {
  if (k->stops_ucs && !k->func_rollback)
    add(k->out, &k->stops_ucs->ext, false, "E5",
        "A user services policy change that stops the unified contact store, with no "
        "Invoke-CsUcsRollback after it: the policy alone does not move contacts out; users "
        "already in the unified contact store stay there (seed 001).");
}

/* ---------------------------------------------------------------- entry points */

static void parse_findings(const ParseErrors *errs, ChkFindings *out) {
  for (int i = 0; i < errs->n; i++)
    add(out, &errs->items[i].ext, true, "Parse", "%s", errs->items[i].msg);
}

bool chk_run(Interp *I, const char *path, ChkFindings *out) {
  *out = (ChkFindings){0};
  size_t len;
  char *text = host_read_file(path, &len);
  if (!text) return false;
  Script *s = NULL;
  ParseErrors errs = {0};
  if (!parse_script(text, len, path, &s, &errs)) {
    parse_findings(&errs, out);
    parse_errors_free(&errs);
  } else {
    char *err = NULL;
    Chk k = {.I = I, .out = out, .store = lab_store_of(I, &err)};
    free(err);
    ast_walk(s->root, survey, &k);
    ast_walk(s->root, visit, &k);
    finish(&k);
    for (size_t i = 0; i < k.nfuncs; i++) free(k.funcs[i]);
    for (size_t i = 0; i < k.ndenying; i++) free(k.denying[i]);
    free(k.funcs), free(k.denying);
    script_release(s);
  }
  free(text);
  if (out->n) qsort(out->v, out->n, sizeof *out->v, by_position);
  return true;
}

int chk_print(Interp *I, const char *path, FILE *f) {
  ChkFindings out;
  if (!chk_run(I, path, &out)) {
    fprintf(f, "%s: cannot read the file.\n", path);
    return -1;
  }
  for (size_t i = 0; i < out.n; i++)
    fprintf(f, "%s:%d:%d: %s %s: %s\n", path, out.v[i].line, out.v[i].col,
            out.v[i].error ? "error" : "warning", out.v[i].rule, out.v[i].message);
  fprintf(f, "%s: %d error(s), %zu warning(s)\n", path, out.errors,
          out.n - (size_t)out.errors);
  int errors = out.errors;
  chk_findings_free(&out);
  return errors;
}

/* ---------------------------------------------------------------- Test-CsLabRunbook */

#define FINDING_TYPE "Ucsh.Lab.RunbookFinding"

static Status trb_end(CmdCtx *c) {
  Value *pv = cmd_arg(c, "Path");
  char *typed = pv ? conv_to_cstr(*pv, NULL) : xstrdup("");
  Status st = ST_OK;
  char *path = fspath_resolve(c, typed, &st);
  ChkFindings out;
  if (path && !chk_run(c->I, path, &out)) {
    st = lab_fail(c, "PathNotFound", "ObjectNotFound",
                  "Cannot find path '%s' because it does not exist.", typed);
    free(path);
    path = NULL;
  }
  free(typed);
  if (!path) return st;
  for (size_t i = 0; i < out.n && st == ST_OK; i++) {
    Value o = val_obj_new(OBJ_GENERIC, FINDING_TYPE);
    val_obj_set(o, "Line", val_int(out.v[i].line));
    val_obj_set(o, "Column", val_int(out.v[i].col));
    val_obj_set(o, "Severity", val_cstr(out.v[i].error ? "Error" : "Warning"));
    val_obj_set(o, "Rule", val_cstr(out.v[i].rule));
    val_obj_set(o, "Message", val_cstr(out.v[i].message));
    val_obj_set(o, "Path", val_cstr(path));
    st = cmd_emit(c, o);
    val_unref(o);
  }
  chk_findings_free(&out);
  free(path);
  return st;
}

static const ParamDef trb_params[] = {
    {"Path", NULL, T_STRING, false, 0, PF_MANDATORY, NULL, "The runbook (.ps1) to check."},
};

const CmdDef checker_cmdlets[] = {
    {"Test-CsLabRunbook", NULL, trb_params, NP(trb_params), 0, NULL, NULL, trb_end,
     "Checks a runbook without running it: parse errors, unknown commands and parameters, and "
     "the unified contact store pitfalls the documentation warns about (RB2, RB4, RB7, EX1, "
     "BK1, E5).",
     NULL, NULL, NULL, FINDING_TYPE},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
