/* binder.c - see binder.h. The rules and message texts are PowerShell's
 * (ParameterBinderStrings); each step is one short function. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "binder.h"
#include "convert.h"
#include "interp_int.h"
#include "member.h"

/* ------------------------------------------------------------------ */
/* argument lists                                                      */

void bind_args_push(ArgList *l, Arg a) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 8;
    l->items = realloc(l->items, (size_t)l->cap * sizeof *l->items);
    if (!l->items) abort();
  }
  l->items[l->n++] = a;
}

void bind_args_free(ArgList *l) {
  for (int i = 0; i < l->n; i++) val_unref(l->items[i].v);
  free(l->items);
  l->items = NULL;
  l->n = l->cap = 0;
}

/* ------------------------------------------------------------------ */
/* the common parameters                                               */

typedef enum CommonId {
  CP_VERBOSE, CP_DEBUG, CP_ERRORACTION, CP_WARNINGACTION, CP_INFORMATIONACTION,
  CP_ERRORVARIABLE, CP_WARNINGVARIABLE, CP_INFORMATIONVARIABLE, CP_OUTVARIABLE,
  CP_OUTBUFFER, CP_PIPELINEVARIABLE, CP_WHATIF, CP_CONFIRM, CP_COUNT
} CommonId;

static const struct {
  const char *name, *alias;
  bool is_switch, shouldprocess_only;
} common_params[CP_COUNT] = {
    [CP_VERBOSE] = {"Verbose", "vb", true, false},
    [CP_DEBUG] = {"Debug", "db", true, false},
    [CP_ERRORACTION] = {"ErrorAction", "ea", false, false},
    [CP_WARNINGACTION] = {"WarningAction", "wa", false, false},
    [CP_INFORMATIONACTION] = {"InformationAction", "infa", false, false},
    [CP_ERRORVARIABLE] = {"ErrorVariable", "ev", false, false},
    [CP_WARNINGVARIABLE] = {"WarningVariable", "wv", false, false},
    [CP_INFORMATIONVARIABLE] = {"InformationVariable", "iv", false, false},
    [CP_OUTVARIABLE] = {"OutVariable", "ov", false, false},
    [CP_OUTBUFFER] = {"OutBuffer", "ob", false, false},
    [CP_PIPELINEVARIABLE] = {"PipelineVariable", "pv", false, false},
    [CP_WHATIF] = {"WhatIf", "wi", true, true},
    [CP_CONFIRM] = {"Confirm", "cf", true, true},
};

static bool ci_eq(const char *a, const char *b) {
  return val_streq_ci(a, strlen(a), b, strlen(b));
}

static bool ci_prefix(const char *prefix, const char *name) {
  size_t pl = strlen(prefix);
  return pl <= strlen(name) && val_streq_ci(prefix, pl, name, pl);
}

static bool has_common(const Command *cmd) {
  return cmd->kind == CMD_BUILTIN || (cmd->flags & CF_CMDLETBINDING);
}

static bool common_allowed(const Command *cmd, int i) {
  return has_common(cmd) && (!common_params[i].shouldprocess_only || (cmd->flags & CF_SHOULDPROCESS));
}

/* ------------------------------------------------------------------ */
/* context                                                             */

void bind_ctx_init(CmdCtx *c, Interp *I, Command *cmd, const Node *at, Sink *out) {
  memset(c, 0, sizeof *c);
  c->I = I;
  c->cmd = cmd;
  c->at = at;
  c->out = out;
  /* one block: bound values, then the is_bound and from_pipe flags */
  size_t n = cmd->nparams ? (size_t)cmd->nparams : 1;
  c->bound = calloc(1, n * (sizeof *c->bound + 2 * sizeof(bool)));
  if (!c->bound) abort();
  c->is_bound = (bool *)(c->bound + n);
  c->from_pipe = c->is_bound + n;
  c->extra = val_arr_new(0);
  c->ea = EA_CONTINUE; /* meaningful only with ea_set (-ErrorAction given) */
}

void bind_ctx_free(CmdCtx *c) {
  if (c->cmd)
    for (int i = 0; i < c->cmd->nparams; i++) val_unref(c->bound[i]);
  free(c->bound); /* also holds is_bound and from_pipe */
  free(c->errvar);
  free(c->outvar);
  c->errvar = c->outvar = NULL;
  val_unref(c->extra);
  c->bound = NULL;
  c->is_bound = NULL;
  c->from_pipe = NULL;
  c->extra = val_null();
}

/* ------------------------------------------------------------------ */
/* errors                                                              */

static Status bind_fail(CmdCtx *c, const Node *at, const char *id, const char *cat,
                        const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static Status bind_fail(CmdCtx *c, const Node *at, const char *id, const char *cat,
                        const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  char fqid[256];
  snprintf(fqid, sizeof fqid, "%s,%s", id, c->cmd->name);
  RtError e = {0};
  rt_fail(&e, "System.Management.Automation.ParameterBindingException", fqid, cat, "%s", msg);
  Value rec = interp_error_record(c->I, &e, at ? at : c->at, c->cmd->name, val_null());
  rt_error_clear(&e);
  return interp_raise(c->I, rec, false);
}

static const char *type_full(const Param *p) {
  return p->type ? p->type->full_name : "System.Object";
}

/* ------------------------------------------------------------------ */
/* parameter lookup                                                    */

int bind_find_param(const Command *cmd, const char *name) {
  for (int i = 0; i < cmd->nparams; i++) {
    const Param *p = &cmd->params[i];
    if (ci_eq(p->name, name)) return i;
    for (int a = 0; a < p->naliases; a++)
      if (ci_eq(p->aliases[a], name)) return i;
  }
  return -1;
}

/* Resolve -name: >= 0 own parameter, -2 - k common parameter k, -1 none,
 * -1000 ambiguous (error already raised). */
static int resolve_param(CmdCtx *c, const Arg *a, Status *st) {
  Command *cmd = c->cmd;
  int own = bind_find_param(cmd, a->pname);
  *st = ST_OK;
  if (own >= 0) return own;
  for (int k = 0; k < CP_COUNT; k++)
    if (common_allowed(cmd, k) && (ci_eq(common_params[k].name, a->pname) ||
                                   ci_eq(common_params[k].alias, a->pname)))
      return -2 - k;
  int own_hit = -1, own_count = 0, common_hit = -1, common_count = 0;
  for (int i = 0; i < cmd->nparams; i++)
    if (ci_prefix(a->pname, cmd->params[i].name)) own_hit = i, own_count++;
  for (int k = 0; k < CP_COUNT; k++)
    if (common_allowed(cmd, k) && ci_prefix(a->pname, common_params[k].name))
      common_hit = k, common_count++;
  if (own_count == 1) return own_hit;
  if (own_count == 0 && common_count == 1) return -2 - common_hit;
  if (own_count + common_count == 0) return -1;
  StrBuf b = SB_INIT;
  for (int i = 0; i < cmd->nparams; i++)
    if (ci_prefix(a->pname, cmd->params[i].name)) sb_printf(&b, " -%s", cmd->params[i].name);
  if (own_count == 0)
    for (int k = 0; k < CP_COUNT; k++)
      if (common_allowed(cmd, k) && ci_prefix(a->pname, common_params[k].name))
        sb_printf(&b, " -%s", common_params[k].name);
  *st = bind_fail(c, a->at, "AmbiguousParameter", "InvalidArgument",
                  "Parameter cannot be processed because the parameter name '%s' is ambiguous. "
                  "Possible matches include:%s.", a->pname, sb_cstr(&b));
  sb_free(&b);
  return -1000;
}

/* ------------------------------------------------------------------ */
/* conversion and validation                                           */

static Status convert_arg(CmdCtx *c, const Param *p, Value v, const Node *at, Value *out) {
  if (p->flags & PF_SWITCH) {
    *out = val_bool(conv_to_bool(v));
    return ST_OK;
  }
  if (!p->type || p->type->id == T_OBJECT || v.kind == V_NULL) {
    *out = val_ref(v);
    return ST_OK;
  }
  RtError e = {0};
  if (conv_to_type(v, p->type, out, &e)) return ST_OK;
  Status st = bind_fail(c, at, "ParameterArgumentTransformationError", "InvalidData",
                        "Cannot process argument transformation on parameter '%s'. %s", p->name,
                        e.msg ? e.msg : "");
  rt_error_clear(&e);
  return st;
}

static Status validate_arg(CmdCtx *c, const Param *p, Value v, const Node *at) {
  if (v.kind == V_NULL && (p->flags & PF_MANDATORY) && !(p->flags & PF_ALLOW_NULL))
    return bind_fail(c, at, "ParameterArgumentValidationErrorNullNotAllowed", "InvalidData",
                     "Cannot bind argument to parameter '%s' because it is null.", p->name);
  if (v.kind == V_STR && val_slen(v) == 0 && (p->flags & PF_MANDATORY) &&
      !(p->flags & PF_ALLOW_NULL) && p->type && p->type->id == T_STRING)
    return bind_fail(c, at, "ParameterArgumentValidationErrorEmptyStringNotAllowed",
                     "InvalidData",
                     "Cannot bind argument to parameter '%s' because it is an empty string.",
                     p->name);
  if (!p->nvset || v.kind == V_NULL) return ST_OK;
  Value items = v.kind == V_ARR ? val_ref(v) : val_arr_new(1);
  if (v.kind != V_ARR) val_arr_push(items, val_ref(v));
  Status st = ST_OK;
  for (size_t i = 0; i < val_arr_len(items) && st == ST_OK; i++) {
    char *s = conv_to_cstr(val_arr_at(items, i), NULL);
    bool ok = false;
    for (int k = 0; k < p->nvset && !ok; k++) ok = ci_eq(p->vset[k], s);
    if (!ok) {
      StrBuf set = SB_INIT;
      for (int k = 0; k < p->nvset; k++) sb_printf(&set, "%s%s", k ? "," : "", p->vset[k]);
      st = bind_fail(c, at, "ParameterArgumentValidationError", "InvalidData",
                     "Cannot validate argument on parameter '%s'. The argument \"%s\" does not "
                     "belong to the set \"%s\" specified by the ValidateSet attribute. Supply an "
                     "argument that is in the set and then try the command again.",
                     p->name, s, sb_cstr(&set));
      sb_free(&set);
    }
    free(s);
  }
  val_unref(items);
  return st;
}

static Status bind_one(CmdCtx *c, int i, Value v, const Node *at) {
  const Param *p = &c->cmd->params[i];
  Value cv;
  Status st = convert_arg(c, p, v, at, &cv);
  if (st != ST_OK) return st;
  st = validate_arg(c, p, cv, at);
  if (st != ST_OK) { val_unref(cv); return st; }
  val_unref(c->bound[i]);
  c->bound[i] = cv;
  c->is_bound[i] = true;
  return ST_OK;
}

/* ------------------------------------------------------------------ */
/* common parameters                                                   */

static bool parse_action(Value v, ErrAction *ea) {
  static const struct { const char *name; ErrAction ea; } tab[] = {
      {"Continue", EA_CONTINUE}, {"SilentlyContinue", EA_SILENT}, {"Stop", EA_STOP},
      {"Inquire", EA_INQUIRE},   {"Ignore", EA_IGNORE},           {"Suspend", EA_SUSPEND},
  };
  char *s = conv_to_cstr(v, NULL);
  bool ok = false;
  for (size_t i = 0; i < sizeof tab / sizeof tab[0] && !ok; i++)
    if (ci_eq(tab[i].name, s)) *ea = tab[i].ea, ok = true;
  if (!ok && (v.kind == V_INT)) {
    static const ErrAction by_num[] = {EA_SILENT, EA_STOP, EA_CONTINUE, EA_INQUIRE, EA_IGNORE, EA_SUSPEND};
    if (v.u.i >= 0 && v.u.i < 6) *ea = by_num[v.u.i], ok = true;
  }
  free(s);
  return ok;
}

static Status bind_common(CmdCtx *c, int k, Value v, const Node *at) {
  if (k == CP_ERRORACTION) {
    ErrAction ea;
    if (!parse_action(v, &ea)) {
      char *s = conv_to_cstr(v, NULL);
      Status st = bind_fail(c, at, "ParameterArgumentTransformationError", "InvalidData",
                            "Cannot bind parameter 'ErrorAction'. Cannot convert value \"%s\" to "
                            "type \"System.Management.Automation.ActionPreference\". Error: "
                            "\"Unable to match the identifier name %s to a valid enumerator "
                            "name. Specify one of the following enumerator names and try again:\n"
                            "SilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend\"",
                            s, s);
      free(s);
      return st;
    }
    c->ea = ea;
    c->ea_set = true;
  } else if (k == CP_VERBOSE) {
    c->verbose = conv_to_bool(v);
    c->verbose_set = true;
  } else if (k == CP_ERRORVARIABLE) {
    free(c->errvar);
    c->errvar = conv_to_cstr(v, NULL);
  } else if (k == CP_OUTVARIABLE) {
    free(c->outvar);
    c->outvar = conv_to_cstr(v, NULL);
  } else if (k == CP_WHATIF) {
    c->whatif = conv_to_bool(v);
  } else if (k == CP_CONFIRM) {
    c->confirm = conv_to_bool(v);
    c->confirm_set = true;
  }
  return ST_OK;
}

/* ------------------------------------------------------------------ */
/* named and positional binding                                        */

static bool takes_args_loosely(const Command *cmd) { return !has_common(cmd); }

static void add_extra(CmdCtx *c, Value v) { val_arr_push(c->extra, val_ref(v)); }

/* A named argument without a colon value takes the next argument. */
static Status named_value(CmdCtx *c, ArgList *args, int *i, const Arg *a, bool is_switch,
                          const char *pname, const char *ptype, Value *v) {
  if (a->colon || a->has_value) { *v = val_ref(a->v); return ST_OK; }
  if (is_switch) { *v = val_bool(true); return ST_OK; }
  if (*i + 1 >= args->n || args->items[*i + 1].pname) {
    return bind_fail(c, a->at, "MissingArgument", "InvalidArgument",
                     "Missing an argument for parameter '%s'. Specify a parameter of type '%s' "
                     "and try again.", pname, ptype);
  }
  (*i)++;
  *v = val_ref(args->items[*i].v);
  return ST_OK;
}

/* Roles of the arguments of one call, so leftovers keep their source order. */
enum { ROLE_FREE, ROLE_VALUE, ROLE_UNKNOWN, ROLE_LEFTOVER };

static Status bind_named(CmdCtx *c, ArgList *args, int *i, char *role) {
  Arg *a = &args->items[*i];
  Status st;
  int idx = resolve_param(c, a, &st);
  if (idx == -1000) return st;
  if (idx == -1) {
    if (takes_args_loosely(c->cmd)) {
      role[*i] = ROLE_UNKNOWN; /* goes to $args in source order */
      return ST_OK;
    }
    return bind_fail(c, a->at, "NamedParameterNotFound", "InvalidArgument",
                     "A parameter cannot be found that matches parameter name '%s'.", a->pname);
  }
  Value v;
  int before = *i;
  if (idx <= -2) {
    int k = -2 - idx;
    st = named_value(c, args, i, a, common_params[k].is_switch, common_params[k].name,
                     common_params[k].is_switch ? "System.Management.Automation.SwitchParameter"
                                                : "System.Object", &v);
    if (st != ST_OK) return st;
    if (*i > before) role[*i] = ROLE_VALUE;
    st = bind_common(c, k, v, a->at);
    val_unref(v);
    return st;
  }
  const Param *p = &c->cmd->params[idx];
  if (c->is_bound[idx])
    return bind_fail(c, a->at, "ParameterAlreadyBound", "InvalidArgument",
                     "Cannot bind parameter because parameter '%s' is specified more than once. "
                     "To provide multiple values to parameters that can accept multiple values, "
                     "use the array syntax. For example, \"-parameter value1,value2,value3\".",
                     p->name);
  st = named_value(c, args, i, a, p->flags & PF_SWITCH, p->name, type_full(p), &v);
  if (st != ST_OK) return st;
  if (*i > before) role[*i] = ROLE_VALUE;
  st = bind_one(c, idx, v, a->at);
  val_unref(v);
  return st;
}

static int next_positional(CmdCtx *c, int after_pos) {
  int best = -1;
  for (int i = 0; i < c->cmd->nparams; i++) {
    const Param *p = &c->cmd->params[i];
    if (c->is_bound[i] || p->position < 0 || p->position <= after_pos) continue;
    if (p->flags & (PF_SWITCH | PF_REMAINING)) continue;
    if (best < 0 || p->position < c->cmd->params[best].position) best = i;
  }
  return best;
}

static int remaining_param(const Command *cmd) {
  for (int i = 0; i < cmd->nparams; i++)
    if (cmd->params[i].flags & PF_REMAINING) return i;
  return -1;
}

static Status bind_positionals(CmdCtx *c, ArgList *args, char *role) {
  int pos = -1;
  Status st = ST_OK;
  bool loose = remaining_param(c->cmd) >= 0 || takes_args_loosely(c->cmd);
  for (int i = 0; i < args->n && st == ST_OK; i++) {
    Arg *a = &args->items[i];
    if (a->pname || role[i] != ROLE_FREE) continue;
    int idx = next_positional(c, pos);
    if (idx >= 0) {
      pos = c->cmd->params[idx].position;
      st = bind_one(c, idx, a->v, a->at);
      continue;
    }
    if (loose) {
      role[i] = ROLE_LEFTOVER;
      continue;
    }
    char *s = conv_to_cstr(a->v, NULL);
    st = bind_fail(c, a->at, "PositionalParameterNotFound", "InvalidArgument",
                   "A positional parameter cannot be found that accepts argument '%s'.", s);
    free(s);
  }
  return st;
}

/* Unknown -Names and unbound positionals, in source order, go to the
 * ValueFromRemainingArguments parameter or to $args. */
static Status bind_leftovers(CmdCtx *c, ArgList *args, const char *role) {
  Value rest = val_arr_new(0);
  for (int i = 0; i < args->n; i++) {
    const Arg *a = &args->items[i];
    if (role[i] == ROLE_LEFTOVER) {
      val_arr_push(rest, val_ref(a->v));
    } else if (role[i] == ROLE_UNKNOWN) {
      val_arr_push(rest, val_cstr(a->text ? a->text : a->pname));
      if (a->colon) val_arr_push(rest, val_ref(a->v));
    }
  }
  Status st = ST_OK;
  int r = remaining_param(c->cmd);
  if (r >= 0 && val_arr_len(rest)) st = bind_one(c, r, rest, NULL);
  else
    for (size_t k = 0; k < val_arr_len(rest); k++) add_extra(c, val_arr_at(rest, k));
  val_unref(rest);
  return st;
}

Status bind_args(CmdCtx *c, ArgList *args) {
  /* named first: they may consume the argument that follows them */
  char *role = calloc((size_t)args->n + 1, 1);
  if (!role) abort();
  Status st = ST_OK;
  for (int i = 0; i < args->n && st == ST_OK; i++)
    if (args->items[i].pname && role[i] == ROLE_FREE) st = bind_named(c, args, &i, role);
  if (st == ST_OK) st = bind_positionals(c, args, role);
  if (st == ST_OK) st = bind_leftovers(c, args, role);
  free(role);
  return st;
}

/* ------------------------------------------------------------------ */
/* pipeline input                                                      */

static bool prop_of(Value input, const Param *p, Value *out) {
  RtError e = {0};
  if (input.kind != V_OBJ && input.kind != V_HASH && input.kind != V_HANDLE) return false;
  if (mem_get(input, p->name, strlen(p->name), out, &e) == MEM_OK) return true;
  rt_error_clear(&e);
  for (int a = 0; a < p->naliases; a++)
    if (mem_get(input, p->aliases[a], strlen(p->aliases[a]), out, &e) == MEM_OK) return true;
  rt_error_clear(&e);
  return false;
}

Status bind_pipeline(CmdCtx *c, Value input) {
  for (int i = 0; i < c->cmd->nparams; i++)
    if (c->from_pipe[i]) {
      val_unref(c->bound[i]);
      c->bound[i] = val_null();
      c->is_bound[i] = false;
      c->from_pipe[i] = false;
    }
  for (int i = 0; i < c->cmd->nparams; i++) {
    const Param *p = &c->cmd->params[i];
    if (c->is_bound[i]) continue;
    Value v;
    bool have = false;
    if (p->flags & PF_PIPELINE_PROP) have = prop_of(input, p, &v);
    if (!have && (p->flags & PF_PIPELINE)) v = val_ref(input), have = true;
    if (!have) continue;
    Status st = bind_one(c, i, v, NULL);
    val_unref(v);
    if (st != ST_OK) return st;
    c->from_pipe[i] = true;
  }
  return ST_OK;
}

Status bind_check_mandatory(CmdCtx *c, bool pipeline_pending) {
  StrBuf missing = SB_INIT;
  for (int i = 0; i < c->cmd->nparams; i++) {
    const Param *p = &c->cmd->params[i];
    if (!(p->flags & PF_MANDATORY) || c->is_bound[i]) continue;
    if (pipeline_pending && (p->flags & (PF_PIPELINE | PF_PIPELINE_PROP))) continue;
    sb_printf(&missing, "%s%s", missing.len ? " " : "", p->name);
  }
  if (!missing.len) return ST_OK;
  Status st = bind_fail(c, NULL, "MissingMandatoryParameter", "InvalidArgument",
                        "Cannot process command because of one or more missing mandatory "
                        "parameters: %s.", sb_cstr(&missing));
  sb_free(&missing);
  return st;
}
