/* session.c - cmdlets about the session rather than the objects in a
 * pipeline: the *-Variable family, Get-Alias, Start-Sleep, Invoke-Command
 * and Get-Random. Get-Date lives in date.c. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../runtime/convert.h"
#include "../parser/xalloc.h"
#include "../runtime/regex.h"
#include "../runtime/strbuf.h"
#include "cmdlets.h"
#include "objutil.h"

/* ==================================================================== */
/* variables                                                             */

/* The class name in a *-Variable error id. */
#define VAR_CMD(verb) "Microsoft.PowerShell.Commands." verb "VariableCommand"

typedef struct VarOpt {
  const char *name;
  unsigned flag;
} VarOpt;

static const VarOpt var_opts[] = {
    {"None", 0}, {"Private", IVAR_PRIVATE}, {"Constant", IVAR_CONSTANT},
    {"ReadOnly", IVAR_READONLY}, {"AllScope", 0}, {"Unspecified", 0},
};

static unsigned var_option(const char *word, size_t len) {
  for (size_t i = 0; i < sizeof var_opts / sizeof var_opts[0]; i++)
    if (val_streq_ci(word, len, var_opts[i].name, strlen(var_opts[i].name)))
      return var_opts[i].flag;
  return 0;
}

/* -Option values ("ReadOnly", "ReadOnly, Private", or an array); -1 when absent. */
static int var_options(CmdCtx *c) {
  Value *v = cmd_arg(c, "Option");
  if (!v) return -1;
  char *s = conv_to_cstr(*v, ",");
  unsigned flags = 0;
  for (char *p = s; *p;) {
    while (*p == ' ' || *p == ',') p++;
    size_t n = strcspn(p, ", ");
    if (n) flags |= var_option(p, n);
    p += n;
  }
  free(s);
  return (int)flags;
}

static const char *var_options_text(unsigned f) {
  if (f & IVAR_CONSTANT) return "Constant";
  if ((f & IVAR_READONLY) && (f & IVAR_PRIVATE)) return "ReadOnly, Private";
  if (f & IVAR_READONLY) return "ReadOnly";
  if (f & IVAR_PRIVATE) return "Private";
  return "None";
}

/* A PSVariable object (owned). */
static Value var_object(const char *name, Value v, unsigned options, const char *desc) {
  Value o = val_obj_new(OBJ_GENERIC, "System.Management.Automation.PSVariable");
  val_obj_set(o, "Name", val_cstr(name));
  val_obj_set(o, "Value", val_ref(v));
  val_obj_set(o, "Description", val_cstr(desc ? desc : ""));
  val_obj_set(o, "Options", val_cstr(var_options_text(options)));
  val_obj_set(o, "Visibility", val_cstr("Public"));
  return o;
}

static const char *scope_of(CmdCtx *c, char **owned) {
  Value *s = cmd_arg(c, "Scope");
  *owned = s ? conv_to_cstr(*s, NULL) : NULL;
  return *owned;
}

static Status bad_scope(CmdCtx *c, const char *scope) {
  return obj_fail(c, "System.ArgumentException", "ArgumentException", "InvalidArgument",
                  val_null(), "The scope number '%s' exceeds the number of active scopes.", scope);
}

static Status var_missing(CmdCtx *c, const char *fqid, const char *name) {
  return obj_fail(c, "System.Management.Automation.ItemNotFoundException", fqid, "ObjectNotFound",
                  val_cstr(name), "Cannot find a variable with the name '%s'.", name);
}

typedef struct VarList {
  Value found; /* array of PSVariable objects */
  char **pats, **excl;
  int npats, nexcl;
} VarList;

static void var_collect(void *ctx, const char *name, Value v, unsigned options) {
  VarList *l = ctx;
  if (!obj_match_any(l->pats, l->npats, name) || obj_match_any(l->excl, l->nexcl, name)) return;
  val_arr_push(l->found, var_object(name, v, options, NULL));
}

static int by_name(const void *a, const void *b) {
  return obj_compare(*val_obj_prop(*(const Value *)a, "Name"),
                     *val_obj_prop(*(const Value *)b, "Name"), false);
}

/* Output the variables (or their values) matching one name pattern. */
static Status gv_pattern(CmdCtx *c, const char *scope, char *pat, VarList *base) {
  VarList l = *base;
  l.found = val_arr_new(0);
  l.pats = &pat, l.npats = 1;
  interp_var_visit(c->I, scope, var_collect, &l);
  if (val_arr_len(l.found) > 1)
    qsort(l.found.u.a->items, val_arr_len(l.found), sizeof(Value), by_name);
  Status st = ST_OK;
  if (!val_arr_len(l.found) && !wc_has_wildcard(pat, strlen(pat)))
    st = var_missing(c, "VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand", pat);
  bool value_only = cmd_switch(c, "ValueOnly");
  for (size_t i = 0; i < val_arr_len(l.found) && st == ST_OK; i++) {
    Value o = val_arr_at(l.found, i);
    st = cmd_emit(c, value_only ? *val_obj_prop(o, "Value") : o);
  }
  val_unref(l.found);
  return st;
}

static Status gv_end(CmdCtx *c) {
  char *scope_s;
  const char *scope = scope_of(c, &scope_s);
  Status st = ST_OK;
  if (!interp_var_scope_ok(c->I, scope)) st = bad_scope(c, scope);
  VarList l = {val_null(), NULL, NULL, 0, 0};
  Value star = val_cstr("*");
  Value *names = cmd_arg(c, "Name");
  int n;
  char **pats = obj_strs(names ? names : &star, &n);
  l.excl = obj_strs(cmd_arg(c, "Exclude"), &l.nexcl);
  for (int i = 0; i < n && st == ST_OK; i++) st = gv_pattern(c, scope, pats[i], &l);
  obj_strs_free(pats, n), obj_strs_free(l.excl, l.nexcl);
  val_unref(star);
  free(scope_s);
  return st;
}

static Status not_writable(CmdCtx *c, const char *fqid, const char *name) {
  return obj_fail(c, "System.Management.Automation.SessionStateUnauthorizedAccessException",
                  fqid, "WriteError", val_cstr(name),
                  "Cannot overwrite variable %s because it is read-only or constant.", name);
}

/* Set-Variable collects pipeline values; they become the value at the end. */
static Status sv_process(CmdCtx *c, Value in, bool has_input) {
  if (!has_input) return ST_OK;
  if (!c->state) {
    c->state = xmalloc(sizeof(Value));
    *(Value *)c->state = val_arr_new(0);
  }
  val_arr_push(*(Value *)c->state, val_ref(in));
  return ST_OK;
}

static void sv_cleanup(CmdCtx *c) {
  if (!c->state) return;
  val_unref(*(Value *)c->state);
  free(c->state);
  c->state = NULL;
}

static Value sv_value(CmdCtx *c) {
  if (c->state) {
    Value a = *(Value *)c->state;
    return val_arr_len(a) == 1 ? val_ref(val_arr_at(a, 0)) : val_ref(a);
  }
  Value *v = cmd_arg(c, "Value");
  return v ? val_ref(*v) : val_null();
}

static Status sv_one(CmdCtx *c, const char *scope, const char *name, bool is_new) {
  bool force = cmd_switch(c, "Force");
  unsigned flags = 0;
  Value *cur = interp_var_find(c->I, name, is_new ? (scope ? scope : "Local") : scope, &flags);
  if (is_new && cur && !force)
    return obj_fail(c, "System.Management.Automation.SessionStateException",
                    "VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand",
                    "ResourceExists", val_cstr(name), "A variable with name '%s' already exists.",
                    name);
  const char *target = scope;
  if (!scope && !is_new && cur && !interp_var_find(c->I, name, "Local", NULL)) target = "Local";
  int opts = var_options(c);
  if (!interp_var_put(c->I, name, target, sv_value(c), opts, force))
    return not_writable(c,
                        is_new ? "VariableNotWritable," VAR_CMD("New")
                               : "VariableNotWritable," VAR_CMD("Set"),
                        name);
  if (!cmd_switch(c, "PassThru")) return ST_OK;
  Value *v = interp_var_find(c->I, name, target, &flags);
  Value *d = cmd_arg(c, "Description");
  char *desc = d ? conv_to_cstr(*d, NULL) : NULL;
  Value o = var_object(name, v ? *v : val_null(), flags, desc);
  free(desc);
  Status st = cmd_emit(c, o);
  val_unref(o);
  return st;
}

static Status sv_run(CmdCtx *c, bool is_new) {
  char *scope_s;
  const char *scope = scope_of(c, &scope_s);
  Status st = interp_var_scope_ok(c->I, scope) ? ST_OK : bad_scope(c, scope);
  int n;
  char **names = obj_strs(cmd_arg(c, "Name"), &n);
  for (int i = 0; i < n && st == ST_OK; i++) st = sv_one(c, scope, names[i], is_new);
  obj_strs_free(names, n);
  free(scope_s);
  return st;
}

static Status sv_end(CmdCtx *c) { return sv_run(c, false); }
static Status nv_end(CmdCtx *c) { return sv_run(c, true); }

/* Remove-Variable and Clear-Variable: each name may be a wildcard. */
typedef struct RvCtx {
  CmdCtx *c;
  const char *scope;
  bool clear;
  Status st;
  int hits;
} RvCtx;

static Status rv_apply(RvCtx *r, const char *name) {
  CmdCtx *c = r->c;
  bool force = cmd_switch(c, "Force");
  r->hits++;
  if (r->clear) {
    unsigned flags = 0;
    Value *v = interp_var_find(c->I, name, r->scope, &flags);
    if ((flags & IVAR_CONSTANT) || ((flags & IVAR_READONLY) && !force))
      return not_writable(c,
                          "VariableNotWritable,Microsoft.PowerShell.Commands.ClearVariableCommand",
                          name);
    if (v) val_unref(*v), *v = val_null();
    return ST_OK;
  }
  if (interp_var_delete(c->I, name, r->scope, force)) return ST_OK;
  return obj_fail(c, "System.Management.Automation.SessionStateUnauthorizedAccessException",
                  "VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveVariableCommand",
                  "WriteError", val_cstr(name),
                  "Cannot remove variable %s because it is constant or read-only. If the variable "
                  "is read-only, try the operation again specifying the Force option.", name);
}

static Status rv_pattern(RvCtx *r, char *pat) {
  CmdCtx *c = r->c;
  if (!wc_has_wildcard(pat, strlen(pat))) {
    if (interp_var_find(c->I, pat, r->scope, NULL)) return rv_apply(r, pat);
    return var_missing(c,
                       r->clear ? "VariableNotFound," VAR_CMD("Clear")
                                : "VariableNotFound," VAR_CMD("Remove"),
                       pat);
  }
  VarList l = {val_arr_new(0), &pat, NULL, 1, 0};
  interp_var_visit(c->I, r->scope, var_collect, &l);
  Status st = ST_OK;
  for (size_t i = 0; i < val_arr_len(l.found) && st == ST_OK; i++)
    st = rv_apply(r, val_sdata(*val_obj_prop(val_arr_at(l.found, i), "Name")));
  val_unref(l.found);
  return st;
}

static Status rv_run(CmdCtx *c, bool clear) {
  char *scope_s;
  RvCtx r = {c, scope_of(c, &scope_s), clear, ST_OK, 0};
  Status st = interp_var_scope_ok(c->I, r.scope) ? ST_OK : bad_scope(c, r.scope);
  int n;
  char **names = obj_strs(cmd_arg(c, "Name"), &n);
  for (int i = 0; i < n && st == ST_OK; i++) st = rv_pattern(&r, names[i]);
  obj_strs_free(names, n);
  free(scope_s);
  return st;
}

static Status rv_end(CmdCtx *c) { return rv_run(c, false); }
static Status cv_end(CmdCtx *c) { return rv_run(c, true); }

#define SCOPE_P {"Scope", NULL, T_STRING, false, -1, 0, NULL, \
                 "Local, Script, Global, or a number of scopes up."}
#define FORCE_P {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, \
                 "Act on read-only variables too."}
#define PASSTHRU_P {"PassThru", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, \
                    "Output the variable object."}
#define INCEXC_P \
  {"Include", NULL, T_STRING, true, -1, 0, NULL, "Accepted; names to include."}, \
  {"Exclude", NULL, T_STRING, true, -1, 0, NULL, "Names to leave out (wildcards)."}

static const ParamDef gv_params[] = {
    {"Name", NULL, T_STRING, true, 0, PF_PIPELINE_PROP, NULL, "Variable names (wildcards)."},
    {"ValueOnly", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Output only the values."},
    INCEXC_P, SCOPE_P,
};

static const ParamDef sv_params[] = {
    {"Name", NULL, T_STRING, true, 0, PF_MANDATORY | PF_PIPELINE_PROP, NULL, "Variable names."},
    {"Value", NULL, T_OBJECT, false, 1, PF_PIPELINE | PF_PIPELINE_PROP | PF_ALLOW_NULL, NULL,
     "The value."},
    INCEXC_P,
    {"Description", NULL, T_STRING, false, -1, 0, NULL, "A description."},
    {"Option", NULL, T_OBJECT, false, -1, 0, NULL, "None, ReadOnly, Constant, Private, AllScope."},
    FORCE_P,
    {"Visibility", NULL, T_STRING, false, -1, 0, NULL, "Accepted; ignored."},
    PASSTHRU_P, SCOPE_P,
};

static const ParamDef nv_params[] = {
    {"Name", NULL, T_STRING, false, 0, PF_MANDATORY | PF_PIPELINE_PROP, NULL, "The name."},
    {"Value", NULL, T_OBJECT, false, 1, PF_PIPELINE | PF_PIPELINE_PROP | PF_ALLOW_NULL, NULL,
     "The value."},
    {"Description", NULL, T_STRING, false, -1, 0, NULL, "A description."},
    {"Option", NULL, T_OBJECT, false, -1, 0, NULL, "None, ReadOnly, Constant, Private, AllScope."},
    {"Visibility", NULL, T_STRING, false, -1, 0, NULL, "Accepted; ignored."},
    FORCE_P, PASSTHRU_P, SCOPE_P,
};

static const ParamDef rv_params[] = {
    {"Name", NULL, T_STRING, true, 0, PF_MANDATORY | PF_PIPELINE_PROP, NULL,
     "Variable names (wildcards)."},
    INCEXC_P, FORCE_P, SCOPE_P,
};

static const ParamDef cv_params[] = {
    {"Name", NULL, T_STRING, true, 0, PF_MANDATORY | PF_PIPELINE_PROP, NULL,
     "Variable names (wildcards)."},
    INCEXC_P, FORCE_P, PASSTHRU_P, SCOPE_P,
};

/* ==================================================================== */
/* Get-Alias                                                             */

static Value alias_object(const char *name, const char *target) {
  Value o = val_obj_new(OBJ_GENERIC, "System.Management.Automation.AliasInfo");
  val_obj_set(o, "CommandType", val_cstr("Alias"));
  val_obj_set(o, "Name", val_cstr(name));
  val_obj_set(o, "Version", val_cstr(""));
  val_obj_set(o, "Source", val_cstr(""));
  val_obj_set(o, "Definition", val_cstr(target));
  val_obj_set(o, "DisplayName", val_strf("%s -> %s", name, target));
  val_obj_set(o, "ResolvedCommandName", val_cstr(target));
  val_obj_set(o, "Options", val_cstr("None"));
  return o;
}

static Status ga_pattern(CmdCtx *c, char *pat, char **excl, int nexcl, char **defs, int ndefs) {
  Value found = val_arr_new(0);
  for (int i = 0; i < interp_alias_count(c->I); i++) {
    const char *n, *t;
    interp_alias_at(c->I, i, &n, &t);
    if (!wc_match(pat, strlen(pat), n, strlen(n), false) || obj_match_any(excl, nexcl, n)) continue;
    if (ndefs && !obj_match_any(defs, ndefs, t)) continue;
    val_arr_push(found, alias_object(n, t));
  }
  if (val_arr_len(found) > 1)
    qsort(found.u.a->items, val_arr_len(found), sizeof(Value), by_name);
  Status st = ST_OK;
  if (!val_arr_len(found) && !wc_has_wildcard(pat, strlen(pat)))
    st = obj_fail(c, "System.Management.Automation.ItemNotFoundException",
                  "ItemNotFoundException,Microsoft.PowerShell.Commands.GetAliasCommand",
                  "ObjectNotFound", val_cstr(pat),
                  "Cannot find alias because alias '%s' does not exist.", pat);
  for (size_t i = 0; i < val_arr_len(found) && st == ST_OK; i++)
    st = cmd_emit(c, val_arr_at(found, i));
  val_unref(found);
  return st;
}

static Status ga_end(CmdCtx *c) {
  Value star = val_cstr("*");
  Value *names = cmd_arg(c, "Name");
  int n, ne, nd;
  char **pats = obj_strs(names ? names : &star, &n);
  char **excl = obj_strs(cmd_arg(c, "Exclude"), &ne);
  char **defs = obj_strs(cmd_arg(c, "Definition"), &nd);
  Status st = ST_OK;
  for (int i = 0; i < n && st == ST_OK; i++) st = ga_pattern(c, pats[i], excl, ne, defs, nd);
  obj_strs_free(pats, n), obj_strs_free(excl, ne), obj_strs_free(defs, nd);
  val_unref(star);
  return st;
}

static const ParamDef ga_params[] = {
    {"Name", NULL, T_STRING, true, 0, PF_PIPELINE_PROP, NULL, "Alias names (wildcards).",
     "Default,0"},
    {"Exclude", NULL, T_STRING, true, -1, 0, NULL, "Names to leave out (wildcards)."},
    {"Scope", NULL, T_STRING, false, -1, 0, NULL, "Accepted; ucsh aliases are global."},
    {"Definition", NULL, T_STRING, true, -1, 0, NULL, "Only aliases of these commands.",
     "Definition"},
};

/* ==================================================================== */
/* Start-Sleep                                                           */

static Status sleep_end(CmdCtx *c) {
  Value *s = cmd_arg(c, "Seconds"), *ms = cmd_arg(c, "Milliseconds");
  double total = 0, d;
  RtError e = {0};
  if (s && conv_to_double(*s, &d, &e)) total += d * 1000;
  if (ms && conv_to_double(*ms, &d, &e)) total += d;
  rt_error_clear(&e);
  /* sleep in short slices so Ctrl+C (the interpreter's stop flag) ends it */
  while (total > 0 && !interp_stop_requested(c->I)) {
    double slice = total < 50 ? total : 50;
    struct timespec ts = {0, (long)(slice * 1e6)};
    nanosleep(&ts, NULL);
    total -= slice;
  }
  return ST_OK;
}

static const ParamDef sleep_params[] = {
    {"Seconds", "s", T_INT, false, 0, PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "How many seconds to sleep.", "Seconds,0,MVP"},
    {"Milliseconds", "ms", T_INT, false, -1, PF_PIPELINE_PROP, NULL,
     "How many milliseconds to sleep.", "Milliseconds,-1,MP"},
};

/* ==================================================================== */
/* Invoke-Command (local only)                                           */

static Status ic_end(CmdCtx *c) {
  Value *sb = cmd_arg(c, "ScriptBlock"), *al = cmd_arg(c, "ArgumentList");
  if (!sb || sb->kind != V_BLOCK) return ST_OK;
  const Value *args = NULL;
  int nargs = 0;
  if (al && al->kind == V_ARR) args = al->u.a->items, nargs = (int)val_arr_len(*al);
  else if (al) args = al, nargs = 1;
  bool new_scope = !cmd_switch(c, "NoNewScope");
  return interp_invoke_block(c->I, *sb, new_scope, false, val_null(), args, nargs, c->out);
}

static const ParamDef ic_params[] = {
    {"ScriptBlock", "Command", T_SCRIPTBLOCK, false, 0, PF_MANDATORY, NULL,
     "The commands to run."},
    {"ArgumentList", "Args", T_OBJECT, true, -1, 0, NULL, "Values for the block's parameters."},
    {"NoNewScope", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Run in the current scope."},
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "Accepted; ucsh does not pass pipeline input to the block."},
};

/* ==================================================================== */
/* Get-Random                                                            */

static uint64_t rng_state;

static uint64_t rng_next(void) {
  if (!rng_state) rng_state = (uint64_t)time(NULL) * 0x9E3779B97F4A7C15ull | 1;
  uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static double rng_unit(void) { return (double)(rng_next() >> 11) / 9007199254740992.0; }

typedef struct RandState {
  Value items;
} RandState;

static Status rand_process(CmdCtx *c, Value in, bool has_input) {
  if (!has_input) return ST_OK;
  RandState *s = c->state;
  if (!s) {
    s = c->state = xcalloc(1, sizeof *s);
    s->items = val_arr_new(0);
  }
  val_arr_push(s->items, val_ref(in));
  return ST_OK;
}

static void rand_cleanup(CmdCtx *c) {
  RandState *s = c->state;
  if (!s) return;
  val_unref(s->items);
  free(s);
  c->state = NULL;
}

/* Emit -Count distinct random elements of the list (a partial shuffle). */
static Status rand_pick(CmdCtx *c, Value list) {
  Value a = val_arr_copy(list);
  size_t n = val_arr_len(a);
  int64_t want = 1;
  Value *cnt = cmd_arg(c, "Count");
  RtError e = {0};
  if (cnt && !conv_to_long(*cnt, &want, &e)) want = 1;
  rt_error_clear(&e);
  Status st = ST_OK;
  for (size_t i = 0; i < n && (int64_t)i < want && st == ST_OK; i++) {
    size_t j = i + (size_t)(rng_next() % (n - i));
    Value t = a.u.a->items[i];
    a.u.a->items[i] = a.u.a->items[j];
    a.u.a->items[j] = t;
    st = cmd_emit(c, a.u.a->items[i]);
  }
  val_unref(a);
  return st;
}

static Status rand_number(CmdCtx *c, Value *min, Value *max) {
  Value lo = min ? *min : val_int(0), hi = max ? *max : val_int(INT32_MAX);
  bool dbl = lo.kind == V_DOUBLE || hi.kind == V_DOUBLE;
  double dl, dh;
  RtError e = {0};
  if (!conv_to_double(lo, &dl, &e) || !conv_to_double(hi, &dh, &e)) {
    Status st = cmd_error(c, &e, val_null());
    rt_error_clear(&e);
    return st;
  }
  if (dl >= dh) {
    char *a = conv_to_cstr(lo, NULL), *b = conv_to_cstr(hi, NULL);
    Status st = obj_fail(c, "System.ArgumentException",
                         "MinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand",
                         "InvalidArgument", val_null(),
                         "The Minimum value (%s) cannot be greater than or equal to the Maximum "
                         "value (%s).", a, b);
    free(a), free(b);
    return st;
  }
  if (dbl) return cmd_emit(c, val_double(dl + rng_unit() * (dh - dl)));
  int64_t l = (int64_t)dl, span = (int64_t)dh - l;
  int64_t r = l + (int64_t)(rng_next() % (uint64_t)span);
  bool small = lo.kind == V_INT && hi.kind == V_INT;
  return cmd_emit(c, small ? val_int((int32_t)r) : val_long(r));
}

static Status rand_end(CmdCtx *c) {
  Value *seed = cmd_arg(c, "SetSeed"), *max = cmd_arg(c, "Maximum");
  Value *io = cmd_arg(c, "InputObject");
  int64_t sd;
  RtError e = {0};
  if (seed && conv_to_long(*seed, &sd, &e)) rng_state = (uint64_t)sd * 2654435761ull + 1;
  rt_error_clear(&e);
  RandState *s = c->state;
  if (s) return rand_pick(c, s->items);
  if (io) return io->kind == V_ARR ? rand_pick(c, *io) : cmd_emit(c, *io);
  if (max && max->kind == V_ARR) return rand_pick(c, *max);
  return rand_number(c, cmd_arg(c, "Minimum"), max);
}

static const ParamDef rand_params[] = {
    {"Maximum", NULL, T_OBJECT, false, 0, 0, NULL, "The upper bound (exclusive).",
     "RandomNumberParameterSet,0"},
    {"Minimum", NULL, T_OBJECT, false, -1, 0, NULL, "The lower bound (inclusive).",
     "RandomNumberParameterSet"},
    {"InputObject", NULL, T_OBJECT, true, -1, PF_PIPELINE, NULL,
     "A collection to pick from.", "RandomListItemParameterSet,0,MV"},
    {"Count", NULL, T_INT, false, -1, 0, NULL, "How many items to pick.",
     "RandomListItemParameterSet"},
    {"SetSeed", NULL, T_INT, false, -1, 0, NULL, "Seed the generator."},
};

/* ==================================================================== */

const CmdDef session_cmdlets[] = {
    {"Get-Variable", "gv", gv_params, NP(gv_params), 0, NULL, NULL, gv_end,
     "Gets the variables in the current console.", NULL, NULL, NULL,
     "System.Management.Automation.PSVariable"},
    {"Set-Variable", "set,sv", sv_params, NP(sv_params), 0, NULL, sv_process, sv_end,
     "Sets the value of a variable. Creates the variable if one with the requested name does "
     "not exist.", sv_cleanup},
    {"New-Variable", "nv", nv_params, NP(nv_params), 0, NULL, sv_process, nv_end,
     "Creates a new variable.", sv_cleanup},
    {"Remove-Variable", "rv", rv_params, NP(rv_params), 0, NULL, NULL, rv_end,
     "Deletes a variable and its value.", NULL},
    {"Clear-Variable", "clv", cv_params, NP(cv_params), 0, NULL, NULL, cv_end,
     "Deletes the value of a variable.", NULL},
    {"Get-Alias", "gal", ga_params, NP(ga_params), 0, NULL, NULL, ga_end,
     "Gets the aliases for the current session.", NULL, "Default", NULL,
     "System.Management.Automation.AliasInfo"},
    {"Get-Date", NULL, date_params, DATE_NPARAMS, 0, NULL, date_process, NULL,
     "Gets the current date and time.", NULL, "net", NULL, "System.DateTime"},
    {"Start-Sleep", "sleep", sleep_params, NP(sleep_params), 0, NULL, NULL, sleep_end,
     "Suspends the activity in a script or session for the specified period of time.", NULL,
     "Seconds"},
    {"Invoke-Command", "icm", ic_params, NP(ic_params), 0, NULL, NULL, ic_end,
     "Runs commands (on the local computer only, in ucsh).", NULL},
    {"Get-Random", NULL, rand_params, NP(rand_params), 0, NULL, rand_process, rand_end,
     "Gets a random number, or selects objects randomly from a collection.", rand_cleanup,
     "RandomNumberParameterSet"},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
