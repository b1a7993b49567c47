/* binder.c - see binder.h. The rules and message texts are PowerShell's
 * (ParameterBinderStrings); each step is one short function. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "binder.h"
#include "../parser/xalloc.h"
#include "convert.h"
#include "interp_int.h"
#include "member.h"

/* ------------------------------------------------------------------ */
/* argument lists                                                      */

void bind_args_push(ArgList *l, Arg a) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 8;
    l->items = xrealloc(l->items, (size_t)l->cap * sizeof *l->items);
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
  const char *name, *alias, *type;
  bool is_switch, shouldprocess_only;
} common_params[CP_COUNT] = {
    [CP_VERBOSE] = {"Verbose", "vb", "System.Management.Automation.SwitchParameter", true, false},
    [CP_DEBUG] = {"Debug", "db", "System.Management.Automation.SwitchParameter", true, false},
    [CP_ERRORACTION] = {"ErrorAction", "ea", "System.Management.Automation.ActionPreference",
                        false, false},
    [CP_WARNINGACTION] = {"WarningAction", "wa", "System.Management.Automation.ActionPreference",
                          false, false},
    [CP_INFORMATIONACTION] = {"InformationAction", "infa",
                              "System.Management.Automation.ActionPreference", false, false},
    [CP_ERRORVARIABLE] = {"ErrorVariable", "ev", "System.String", false, false},
    [CP_WARNINGVARIABLE] = {"WarningVariable", "wv", "System.String", false, false},
    [CP_INFORMATIONVARIABLE] = {"InformationVariable", "iv", "System.String", false, false},
    [CP_OUTVARIABLE] = {"OutVariable", "ov", "System.String", false, false},
    [CP_OUTBUFFER] = {"OutBuffer", "ob", "System.Int32", false, false},
    [CP_PIPELINEVARIABLE] = {"PipelineVariable", "pv", "System.String", false, false},
    [CP_WHATIF] = {"WhatIf", "wi", "System.Management.Automation.SwitchParameter", true, true},
    [CP_CONFIRM] = {"Confirm", "cf", "System.Management.Automation.SwitchParameter", true, true},
};

static bool ci_eq(const char *a, const char *b) {
  /* cheap reject on the first character; letters compare case-blind */
  if (((unsigned char)a[0] | 0x20) != ((unsigned char)b[0] | 0x20)) return false;
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

int bind_common_count(void) { return CP_COUNT; }

const char *bind_common_param(const Command *cmd, int k, const char **type, bool *shouldprocess) {
  if (k < 0 || k >= CP_COUNT || !common_allowed(cmd, k)) return NULL;
  *type = common_params[k].type;
  *shouldprocess = common_params[k].shouldprocess_only;
  return common_params[k].name;
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
  c->bound = xcalloc(1, n * (sizeof *c->bound + 2 * sizeof(bool)));
  c->is_bound = (bool *)(c->bound + n);
  c->from_pipe = c->is_bound + n;
  c->extra = val_null(); /* made by the first leftover argument */
  c->ea = EA_CONTINUE; /* meaningful only with ea_set (-ErrorAction given) */
  c->outlist = val_null();
  c->set = -1;
  c->cand = c->cand_args = cmd->nsets ? (uint32_t)((1ull << cmd->nsets) - 1) : 0;
  c->pipe_pos = 1;
  c->parent = I->cur_ctx;
}

void pscmdlet_detach(CmdCtx *c);

void bind_ctx_free(CmdCtx *c) {
  if (c->cmd)
    for (int i = 0; i < c->cmd->nparams; i++) val_unref(c->bound[i]);
  free(c->bound); /* also holds is_bound and from_pipe */
  free(c->hot);
  c->hot = NULL;
  free(c->errvar);
  free(c->outvar);
  free(c->warnvar);
  free(c->infovar);
  free(c->pipevar);
  c->errvar = c->outvar = c->warnvar = c->infovar = c->pipevar = NULL;
  val_unref(c->extra);
  val_unref(c->outlist);
  c->outlist = val_null();
  if (c->pscmdlet) pscmdlet_detach(c);
  c->bound = NULL;
  c->is_bound = NULL;
  c->from_pipe = NULL;
  c->extra = val_null();
}

/* ------------------------------------------------------------------ */
/* errors                                                              */

/* The .NET exception a binding error id is reported with (the Reason in
 * CategoryInfo), as 5.1 shows them. */
static const char *exception_for(const char *id) {
  static const struct { const char *prefix, *exc; } tab[] = {
      {"ParameterArgumentTransformationError",
       "System.Management.Automation.ParameterBindingArgumentTransformationException"},
      {"ParameterArgumentValidationError",
       "System.Management.Automation.ParameterBindingValidationException"},
  };
  for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
    if (strncmp(id, tab[i].prefix, strlen(tab[i].prefix)) == 0) {
      /* known to the type system as a ParameterBindingException, so
       * catch [System.Management.Automation.ParameterBindingException] works */
      type_intern(tab[i].exc, type_lookup("System.Management.Automation.ParameterBindingException",
                                          54));
      return tab[i].exc;
    }
  return "System.Management.Automation.ParameterBindingException";
}

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
  rt_fail(&e, exception_for(id), fqid, cat, "%s", msg);
  Value rec = interp_error_record(c->I, &e, at ? at : c->at, c->cmd->name, val_null());
  rt_error_clear(&e);
  return interp_raise(c->I, rec, false);
}

static const char *type_full(const Param *p) {
  return p->type ? p->type->full_name : "System.Object";
}

/* ------------------------------------------------------------------ */
/* parameter sets                                                      */

static const char ALL_SETS[] = "__AllParameterSets";

int bind_set_index(Command *cmd, const char *name) {
  for (int i = 0; i < cmd->nsets; i++)
    if (ci_eq(cmd->sets[i], name)) return i;
  if (cmd->nsets >= CMD_MAX_SETS) return -1;
  cmd->sets = xrealloc(cmd->sets, (size_t)(cmd->nsets + 1) * sizeof *cmd->sets);
  cmd->sets[cmd->nsets] = xstrdup(name);
  return cmd->nsets++;
}

bool bind_param_in_set(const Param *p, int s, int *position, unsigned *flags) {
  if (!p->in_sets) {
    if (position) *position = p->position;
    if (flags) *flags = p->flags;
    return true;
  }
  for (int k = 0; k < p->nin_sets; k++)
    if (p->in_sets[k].set == s) {
      if (position) *position = p->in_sets[k].position;
      if (flags) *flags = (p->flags & ~PF_SET_FLAGS) | p->in_sets[k].flags;
      return true;
    }
  return false;
}

/* The sets p belongs to among `all`. */
static uint32_t member_mask(const Param *p, uint32_t all) {
  return p->in_sets ? (p->set_mask & all) : all;
}

/* The position p has in the candidate sets (the smallest), or -1. */
static int pos_in(const Command *cmd, const Param *p, uint32_t cand) {
  if (!p->in_sets || !cmd->nsets) return p->position;
  int best = -1;
  for (int k = 0; k < p->nin_sets; k++) {
    const ParamSet *ps = &p->in_sets[k];
    if (!(cand & (1u << ps->set)) || ps->position < 0) continue;
    if (best < 0 || ps->position < best) best = ps->position;
  }
  return best;
}

/* The union of p's flags over the candidate sets. */
static unsigned flags_in(const Command *cmd, const Param *p, uint32_t cand) {
  if (!p->in_sets || !cmd->nsets) return p->flags;
  unsigned f = p->flags & ~PF_SET_FLAGS;
  for (int k = 0; k < p->nin_sets; k++)
    if (cand & (1u << p->in_sets[k].set)) f |= p->in_sets[k].flags;
  return f;
}

/* The sets among cand in which p has all of `flag`. */
static uint32_t sets_with_flag(const Command *cmd, const Param *p, uint32_t cand, unsigned flag) {
  if (!p->in_sets) return (p->flags & flag) ? cand : 0;
  uint32_t m = 0;
  (void)cmd;
  for (int k = 0; k < p->nin_sets; k++)
    if ((p->in_sets[k].flags & flag) == flag) m |= 1u << p->in_sets[k].set;
  return m & cand;
}

static int popcount32(uint32_t m) {
  int n = 0;
  for (; m; m &= m - 1) n++;
  return n;
}

static int lowest_bit(uint32_t m) {
  for (int i = 0; i < 32; i++)
    if (m & (1u << i)) return i;
  return -1;
}

static Status ambiguous_set(CmdCtx *c, const Node *at) {
  return bind_fail(c, at, "AmbiguousParameterSet", "InvalidArgument",
                   "Parameter set cannot be resolved using the specified named parameters.");
}

/* A parameter was bound: only the sets it belongs to stay possible. */
static Status narrow(CmdCtx *c, const Param *p, const Node *at) {
  if (!c->cmd->nsets || !p->in_sets) return ST_OK;
  (void)at; /* PowerShell points at the whole command for this one */
  c->cand &= p->set_mask;
  return c->cand ? ST_OK : ambiguous_set(c, NULL);
}

/* The sets among cand whose mandatory parameters are all bound. */
static uint32_t satisfied_sets(CmdCtx *c, uint32_t cand) {
  uint32_t ok = cand;
  for (int i = 0; i < c->cmd->nparams; i++)
    if (!c->is_bound[i]) ok &= ~sets_with_flag(c->cmd, &c->cmd->params[i], cand, PF_MANDATORY);
  return ok;
}

/* Pick the set: the only candidate, else the default one, else the only
 * candidate with every mandatory parameter bound. */
static Status choose_set(CmdCtx *c) {
  Command *cmd = c->cmd;
  if (!cmd->nsets) return ST_OK;
  if (popcount32(c->cand) == 1) {
    c->set = lowest_bit(c->cand);
    return ST_OK;
  }
  if (cmd->default_set >= 0 && (c->cand & (1u << cmd->default_set))) {
    c->set = cmd->default_set;
    return ST_OK;
  }
  uint32_t ok = satisfied_sets(c, c->cand);
  if (popcount32(ok) == 1) {
    c->set = lowest_bit(ok);
    return ST_OK;
  }
  return ambiguous_set(c, NULL);
}

const char *cmd_parameter_set(CmdCtx *c) {
  if (c->set >= 0 && c->set < c->cmd->nsets) return c->cmd->sets[c->set];
  if (c->cmd->nsets && c->cmd->default_set >= 0) return c->cmd->sets[c->cmd->default_set];
  return ALL_SETS;
}

/* ParamDef.sets: "Name[,position][,letters];..." */
static void parse_set_entry(Command *cmd, Param *p, const char *e, size_t len) {
  char buf[128];
  if (len >= sizeof buf) len = sizeof buf - 1;
  memcpy(buf, e, len);
  buf[len] = 0;
  char *save = NULL, *name = strtok_r(buf, ",", &save);
  if (!name) return;
  ParamSet ps = {0, -1, 0};
  for (char *t = strtok_r(NULL, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
    if ((*t >= '0' && *t <= '9') || *t == '-') {
      ps.position = atoi(t);
      continue;
    }
    for (; *t; t++)
      ps.flags |= *t == 'M' ? PF_MANDATORY : *t == 'V' ? PF_PIPELINE : *t == 'P' ? PF_PIPELINE_PROP : 0;
  }
  if (ci_eq(name, ALL_SETS)) return;
  ps.set = bind_set_index(cmd, name);
  if (ps.set < 0) return;
  p->in_sets = xrealloc(p->in_sets, (size_t)(p->nin_sets + 1) * sizeof *p->in_sets);
  p->in_sets[p->nin_sets++] = ps;
  p->set_mask |= 1u << ps.set;
}

void bind_sets_from_defs(Command *cmd) {
  const CmdDef *d = cmd->def;
  cmd->default_set = -1;
  for (int i = 0; i < cmd->nparams; i++) {
    const char *s = d->params[i].sets;
    Param *p = &cmd->params[i];
    if (!s) continue;
    while (*s) {
      const char *semi = strchr(s, ';');
      size_t len = semi ? (size_t)(semi - s) : strlen(s);
      parse_set_entry(cmd, p, s, len);
      s += len + (semi ? 1 : 0);
    }
    if (p->in_sets) {
      p->flags &= ~PF_SET_FLAGS;
      for (int k = 0; k < p->nin_sets; k++) p->flags |= p->in_sets[k].flags;
      p->position = p->in_sets[0].position;
    }
  }
  if (d->default_set) cmd->default_set = bind_set_index(cmd, d->default_set);
  static const struct { const char *name; int level; } impacts[] = {
      {"None", CI_NONE}, {"Low", CI_LOW}, {"Medium", CI_MEDIUM}, {"High", CI_HIGH}};
  cmd->confirm_impact = CI_MEDIUM;
  for (size_t k = 0; d->confirm_impact && k < sizeof impacts / sizeof impacts[0]; k++)
    if (ci_eq(d->confirm_impact, impacts[k].name)) cmd->confirm_impact = impacts[k].level;
  bind_sets_order(cmd);
}

/* Swap set indexes a and b everywhere. */
static void swap_sets(Command *cmd, int a, int b) {
  char *t = cmd->sets[a];
  cmd->sets[a] = cmd->sets[b];
  cmd->sets[b] = t;
  for (int i = 0; i < cmd->nparams; i++) {
    Param *p = &cmd->params[i];
    p->set_mask = 0;
    for (int k = 0; k < p->nin_sets; k++) {
      int *s = &p->in_sets[k].set;
      *s = *s == a ? b : *s == b ? a : *s;
      p->set_mask |= 1u << *s;
    }
  }
}

void bind_sets_order(Command *cmd) {
  if (cmd->default_set > 0) {
    swap_sets(cmd, 0, cmd->default_set);
    /* keep the others in order of appearance */
    for (int i = cmd->default_set; i > 1; i--) swap_sets(cmd, i, i - 1);
    cmd->default_set = 0;
  }
}

void bind_sets_free(Command *cmd) {
  for (int i = 0; i < cmd->nsets; i++) free(cmd->sets[i]);
  free(cmd->sets);
  cmd->sets = NULL;
  cmd->nsets = 0;
  for (int i = 0; i < cmd->nparams; i++) {
    free(cmd->params[i].in_sets);
    cmd->params[i].in_sets = NULL;
  }
}

/* ------------------------------------------------------------------ */
/* parameter lookup                                                    */

int bind_find_param(const Command *cmd, const char *name) {
  /* handlers ask by the exact declared name: try that first */
  for (int i = 0; i < cmd->nparams; i++)
    if (strcmp(cmd->params[i].name, name) == 0) return i;
  for (int i = 0; i < cmd->nparams; i++) {
    const Param *p = &cmd->params[i];
    if (ci_eq(p->name, name)) return i;
    for (int a = 0; a < p->naliases; a++)
      if (ci_eq(p->aliases[a], name)) return i;
  }
  return -1;
}

static bool own_prefix(const Param *p, const char *pname) {
  if (ci_prefix(pname, p->name)) return true;
  for (int a = 0; a < p->naliases; a++)
    if (ci_prefix(pname, p->aliases[a])) return true;
  return false;
}

static Status ambiguous_param(CmdCtx *c, const Arg *a, int own_count) {
  Command *cmd = c->cmd;
  StrBuf b = SB_INIT;
  for (int i = 0; i < cmd->nparams; i++)
    if (own_prefix(&cmd->params[i], a->pname)) sb_printf(&b, " -%s", cmd->params[i].name);
  if (own_count == 0)
    for (int k = 0; k < CP_COUNT; k++)
      if (common_allowed(cmd, k) && ci_prefix(a->pname, common_params[k].name))
        sb_printf(&b, " -%s", common_params[k].name);
  Status st = bind_fail(c, a->at, "AmbiguousParameter", "InvalidArgument",
                        "Parameter cannot be processed because the parameter name '%s' is "
                        "ambiguous. Possible matches include:%s.", a->pname, sb_cstr(&b));
  sb_free(&b);
  return st;
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
    if (own_prefix(&cmd->params[i], a->pname)) own_hit = i, own_count++;
  for (int k = 0; k < CP_COUNT; k++)
    if (common_allowed(cmd, k) && ci_prefix(a->pname, common_params[k].name))
      common_hit = k, common_count++;
  if (own_count == 1) return own_hit;
  if (own_count == 0 && common_count == 1) return -2 - common_hit;
  if (own_count + common_count == 0) return -1;
  *st = ambiguous_param(c, a, own_count);
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
  if (p->type->id == T_BOOL && v.kind != V_BOOL && v.kind != V_INT && v.kind != V_LONG &&
      v.kind != V_DOUBLE) /* 5.1's ArgumentTypeConverterAttribute: "yes" is no Boolean */
    return bind_fail(c, at, "ParameterArgumentTransformationError", "InvalidData",
                     "Cannot process argument transformation on parameter '%s'. Cannot convert "
                     "value \"%s\" to type \"System.Boolean\". Boolean parameters accept only "
                     "Boolean values and numbers, such as $True, $False, 1 or 0.",
                     p->name, type_of(v)->full_name);
  RtError e = {0};
  if (conv_to_type(v, p->type, out, &e)) return ST_OK;
  Status st = bind_fail(c, at, "ParameterArgumentTransformationError", "InvalidData",
                        "Cannot process argument transformation on parameter '%s'. %s", p->name,
                        e.msg ? e.msg : "");
  rt_error_clear(&e);
  return st;
}

static Status validate_set(CmdCtx *c, const Param *p, Value v, const Node *at) {
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

static bool is_empty(Value v) {
  return v.kind == V_NULL || (v.kind == V_STR && val_slen(v) == 0) ||
         (v.kind == V_ARR && val_arr_len(v) == 0);
}

static Status validate_arg(CmdCtx *c, const Param *p, Value v, const Node *at) {
  bool mandatory = flags_in(c->cmd, p, c->cand) & PF_MANDATORY;
  if (v.kind == V_NULL && mandatory && !(p->flags & PF_ALLOW_NULL))
    return bind_fail(c, at, "ParameterArgumentValidationErrorNullNotAllowed", "InvalidData",
                     "Cannot bind argument to parameter '%s' because it is null.", p->name);
  if (v.kind == V_STR && val_slen(v) == 0 && mandatory && !(p->flags & PF_ALLOW_NULL) &&
      p->type && p->type->id == T_STRING)
    return bind_fail(c, at, "ParameterArgumentValidationErrorEmptyStringNotAllowed",
                     "InvalidData",
                     "Cannot bind argument to parameter '%s' because it is an empty string.",
                     p->name);
  if ((p->flags & PF_NOT_NULL_OR_EMPTY) && is_empty(v))
    return bind_fail(c, at, "ParameterArgumentValidationError", "InvalidData",
                     "Cannot validate argument on parameter '%s'. The argument is null or empty. "
                     "Provide an argument that is not null or empty, and then try the command "
                     "again.", p->name);
  if (!p->nvset || v.kind == V_NULL) return ST_OK;
  return validate_set(c, p, v, at);
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
  return narrow(c, p, at);
}

/* ------------------------------------------------------------------ */
/* common parameters                                                   */

static const struct { const char *name; ErrAction ea; } actions[] = {
    {"SilentlyContinue", EA_SILENT}, {"Stop", EA_STOP}, {"Continue", EA_CONTINUE},
    {"Inquire", EA_INQUIRE},         {"Ignore", EA_IGNORE}, {"Suspend", EA_SUSPEND},
};

static const char *action_name(ErrAction ea) {
  for (size_t i = 0; i < sizeof actions / sizeof actions[0]; i++)
    if (actions[i].ea == ea) return actions[i].name;
  return "Continue";
}

static bool parse_action(Value v, ErrAction *ea) {
  char *s = conv_to_cstr(v, NULL);
  bool ok = false;
  for (size_t i = 0; i < sizeof actions / sizeof actions[0] && !ok; i++)
    if (ci_eq(actions[i].name, s)) *ea = actions[i].ea, ok = true;
  if (!ok && (v.kind == V_INT) && v.u.i >= 0 && v.u.i < 6)
    *ea = actions[v.u.i].ea, ok = true; /* the enum's numbers are in table order */
  free(s);
  return ok;
}

static Status bad_action(CmdCtx *c, int k, Value v, const Node *at) {
  char *s = conv_to_cstr(v, NULL);
  Status st = bind_fail(c, at, "ParameterArgumentTransformationError", "InvalidData",
                        "Cannot bind parameter '%s'. Cannot convert value \"%s\" to type "
                        "\"System.Management.Automation.ActionPreference\". Error: \"Unable to "
                        "match the identifier name %s to a valid enumerator name. Specify one of "
                        "the following enumerator names and try again:\n"
                        "SilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend\"",
                        common_params[k].name, s, s);
  free(s);
  return st;
}

/* -ErrorVariable/-OutVariable v start an empty list in the caller's scope;
 * +v appends to the existing one. */
static Value start_list(CmdCtx *c, const char *spec) {
  Interp *I = c->I;
  bool append = spec[0] == '+';
  const char *name = append ? spec + 1 : spec;
  Value *cur = append ? interp_var_get(I, name) : NULL;
  if (cur && cur->kind == V_ARR && (cur->u.a->flags & VARR_LIST)) return val_ref(*cur);
  Value list = val_list_new();
  if (cur && cur->kind != V_NULL) val_arr_push(list, val_ref(*cur));
  interp_var_set(I, name, val_ref(list));
  return list;
}

static void set_name(char **slot, Value v) {
  free(*slot);
  *slot = conv_to_cstr(v, NULL);
}

static Status bind_common(CmdCtx *c, int k, Value v, const Node *at) {
  ErrAction ea = EA_CONTINUE;
  bool is_action = k == CP_ERRORACTION || k == CP_WARNINGACTION || k == CP_INFORMATIONACTION;
  if (is_action && !parse_action(v, &ea)) return bad_action(c, k, v, at);
  switch ((CommonId)k) {
  case CP_ERRORACTION: c->ea = ea, c->ea_set = true; break;
  case CP_WARNINGACTION: c->wa = ea, c->wa_set = true; break;
  case CP_INFORMATIONACTION: c->ia = ea, c->ia_set = true; break;
  case CP_VERBOSE: c->verbose = conv_to_bool(v), c->verbose_set = true; break;
  case CP_DEBUG: c->debug = conv_to_bool(v), c->debug_set = true; break;
  case CP_WHATIF: c->whatif = conv_to_bool(v), c->whatif_set = true; break;
  case CP_CONFIRM: c->confirm = conv_to_bool(v), c->confirm_set = true; break;
  case CP_ERRORVARIABLE: {
    set_name(&c->errvar, v);
    val_unref(start_list(c, c->errvar));
    break;
  }
  case CP_OUTVARIABLE:
    set_name(&c->outvar, v);
    val_unref(c->outlist);
    c->outlist = start_list(c, c->outvar);
    break;
  case CP_WARNINGVARIABLE:
    set_name(&c->warnvar, v);
    val_unref(start_list(c, c->warnvar));
    break;
  case CP_INFORMATIONVARIABLE:
    set_name(&c->infovar, v);
    val_unref(start_list(c, c->infovar));
    break;
  case CP_PIPELINEVARIABLE: set_name(&c->pipevar, v); break;
  case CP_OUTBUFFER: case CP_COUNT: break;
  }
  return ST_OK;
}

void bind_common_to_hash(CmdCtx *c, Value h) {
  if (c->ea_set) val_hash_setc(h, "ErrorAction", val_cstr(action_name(c->ea)));
  if (c->wa_set) val_hash_setc(h, "WarningAction", val_cstr(action_name(c->wa)));
  if (c->ia_set) val_hash_setc(h, "InformationAction", val_cstr(action_name(c->ia)));
  if (c->verbose_set) val_hash_setc(h, "Verbose", val_bool(c->verbose));
  if (c->debug_set) val_hash_setc(h, "Debug", val_bool(c->debug));
  if (c->whatif_set) val_hash_setc(h, "WhatIf", val_bool(c->whatif));
  if (c->confirm_set) val_hash_setc(h, "Confirm", val_bool(c->confirm));
  if (c->errvar) val_hash_setc(h, "ErrorVariable", val_cstr(c->errvar));
  if (c->outvar) val_hash_setc(h, "OutVariable", val_cstr(c->outvar));
  if (c->warnvar) val_hash_setc(h, "WarningVariable", val_cstr(c->warnvar));
  if (c->infovar) val_hash_setc(h, "InformationVariable", val_cstr(c->infovar));
  if (c->pipevar) val_hash_setc(h, "PipelineVariable", val_cstr(c->pipevar));
}

/* ------------------------------------------------------------------ */
/* preference variables for the common parameters                      */

/* The preference variables a command's common parameters stand for; the
 * values are static strings or booleans. */
static int prefs_of(CmdCtx *c, const char **names, Value *vals) {
  int n = 0;
  if (c->ea_set && c->cmd->kind == CMD_FUNCTION)
    names[n] = "ErrorActionPreference", vals[n++] = val_cstr(action_name(c->ea));
  if (c->wa_set) names[n] = "WarningPreference", vals[n++] = val_cstr(action_name(c->wa));
  if (c->ia_set) names[n] = "InformationPreference", vals[n++] = val_cstr(action_name(c->ia));
  if (c->verbose_set)
    names[n] = "VerbosePreference",
    vals[n++] = val_cstr(c->verbose ? "Continue" : "SilentlyContinue");
  /* 5.1: -Debug makes $DebugPreference Inquire */
  if (c->debug_set)
    names[n] = "DebugPreference", vals[n++] = val_cstr(c->debug ? "Inquire" : "SilentlyContinue");
  return n;
}

void bind_prefs_apply(CmdCtx *c, PrefSave *s) {
  const char *names[6];
  Value vals[6];
  s->n = prefs_of(c, names, vals);
  for (int i = 0; i < s->n; i++) {
    const char *nm = names[i];
    size_t len = strlen(nm);
    Var *v = scope_find_local(c->I->scope, nm, len, ev_hash(nm, len));
    s->items[i].name = nm;
    s->items[i].had = v != NULL;
    s->items[i].old = v ? val_ref(v->v) : val_null();
    scope_set(c->I->scope, nm, len, vals[i]);
  }
}

void bind_prefs_restore(CmdCtx *c, PrefSave *s) {
  for (int i = 0; i < s->n; i++) {
    const char *nm = s->items[i].name;
    if (s->items[i].had) scope_set(c->I->scope, nm, strlen(nm), s->items[i].old);
    else scope_remove(c->I->scope, nm, strlen(nm));
  }
  s->n = 0;
}

void bind_prefs_set_local(CmdCtx *c) {
  const char *names[6];
  Value vals[6];
  int n = prefs_of(c, names, vals);
  for (int i = 0; i < n; i++) scope_set(c->I->scope, names[i], strlen(names[i]), vals[i]);
  if (!(c->cmd->flags & CF_SHOULDPROCESS)) return;
  if (c->whatif_set) scope_set(c->I->scope, "WhatIfPreference", 16, val_bool(c->whatif));
  if (c->confirm_set)
    scope_set(c->I->scope, "ConfirmPreference", 17, val_cstr(c->confirm ? "Low" : "None"));
}

/* ------------------------------------------------------------------ */
/* -OutVariable, -PipelineVariable, -ErrorVariable                     */

bool bind_tracks_output(const CmdCtx *c) { return c->outlist.kind != V_NULL || c->pipevar; }

void bind_note_output(CmdCtx *c, Value v) {
  if (c->outlist.kind != V_NULL) val_arr_push(c->outlist, val_ref(v));
}

/* Append v to the list variable `var` names ("+name" appends too). */
static void note_in(Interp *I, const char *var, Value v) {
  const char *name = var[0] == '+' ? var + 1 : var;
  Value *cur = interp_var_get(I, name);
  if (cur && cur->kind == V_ARR && (cur->u.a->flags & VARR_LIST)) {
    val_arr_push(*cur, val_ref(v));
  } else {
    Value list = val_list_new();
    val_arr_push(list, val_ref(v));
    interp_var_set(I, name, list);
  }
}

void cmd_note_error(Interp *I, Value rec) {
  for (CmdCtx *c = I->cur_ctx; c; c = c->parent)
    if (c->errvar) note_in(I, c->errvar, rec);
}

void cmd_note_warning(Interp *I, const char *msg) {
  Value rec = val_null();
  for (CmdCtx *c = I->cur_ctx; c; c = c->parent) {
    if (!c->warnvar) continue;
    if (rec.kind == V_NULL) {
      rec = val_obj_new(OBJ_GENERIC, "System.Management.Automation.WarningRecord");
      val_obj_set(rec, "Message", val_cstr(msg));
      val_obj_set_text(rec, val_cstr(msg));
    }
    note_in(I, c->warnvar, rec);
  }
  val_unref(rec);
}

/* ------------------------------------------------------------------ */
/* named and positional binding                                        */

static bool takes_args_loosely(const Command *cmd) { return !has_common(cmd); }

static void add_extra(CmdCtx *c, Value v) {
  if (c->extra.kind == V_NULL) c->extra = val_arr_new(4);
  val_arr_push(c->extra, val_ref(v));
}

/* A named argument without a colon value takes the next argument. */
static Status named_value(CmdCtx *c, ArgList *args, int *i, const Arg *a, bool is_switch,
                          const char *pname, const char *ptype, Value *v, const Node **vat) {
  *vat = a->vat ? a->vat : a->at;
  if (a->colon || a->has_value) { *v = val_ref(a->v); return ST_OK; }
  if (is_switch) { *v = val_bool(true); return ST_OK; }
  if (*i + 1 >= args->n || args->items[*i + 1].pname) {
    return bind_fail(c, a->at, "MissingArgument", "InvalidArgument",
                     "Missing an argument for parameter '%s'. Specify a parameter of type '%s' "
                     "and try again.", pname, ptype);
  }
  (*i)++;
  *v = val_ref(args->items[*i].v);
  *vat = args->items[*i].at;
  return ST_OK;
}

/* Roles of the arguments of one call, so leftovers keep their source order. */
enum { ROLE_FREE, ROLE_VALUE, ROLE_UNKNOWN, ROLE_LEFTOVER };

static Status bind_named_common(CmdCtx *c, ArgList *args, int *i, char *role, int k) {
  const Arg *a = &args->items[*i];
  Value v;
  const Node *vat;
  int before = *i;
  Status st = named_value(c, args, i, a, common_params[k].is_switch, common_params[k].name,
                          common_params[k].type, &v, &vat);
  if (st != ST_OK) return st;
  if (*i > before) role[*i] = ROLE_VALUE;
  st = bind_common(c, k, v, vat);
  val_unref(v);
  return st;
}

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
  if (idx <= -2) return bind_named_common(c, args, i, role, -2 - idx);
  const Param *p = &c->cmd->params[idx];
  if (c->is_bound[idx])
    return bind_fail(c, a->at, "ParameterAlreadyBound", "InvalidArgument",
                     "Cannot bind parameter because parameter '%s' is specified more than once. "
                     "To provide multiple values to parameters that can accept multiple values, "
                     "use the array syntax. For example, \"-parameter value1,value2,value3\".",
                     p->name);
  Value v;
  const Node *vat;
  int before = *i;
  st = named_value(c, args, i, a, p->flags & PF_SWITCH, p->name, type_full(p), &v, &vat);
  if (st != ST_OK) return st;
  if (*i > before) role[*i] = ROLE_VALUE;
  st = bind_one(c, idx, v, vat);
  val_unref(v);
  return st;
}

/* How well value v fits parameter p without conversion (higher: better). */
static int type_fit(const Param *p, Value v) {
  if (!p->type || p->type->id == T_OBJECT || p->type->id == T_PSOBJECT) return 1;
  const TypeInfo *t = type_of(v);
  return t && (t == p->type || type_derives(t, p->type)) ? 2 : 0;
}

/* The unbound positional parameter for the next positional argument:
 * the smallest position above after_pos in the candidate sets; among
 * several at that position (different sets) the one whose type fits v,
 * else the one in the default set, else the first declared. */
/* Unbound positional slots set `s` has at positions >= pos. */
static int slots_from(const CmdCtx *c, int s, int pos) {
  int n = 0;
  for (int i = 0; i < c->cmd->nparams; i++) {
    const Param *p = &c->cmd->params[i];
    if (c->is_bound[i] || (p->flags & (PF_SWITCH | PF_REMAINING))) continue;
    int at = pos_in(c->cmd, p, 1u << s);
    if (at >= pos && (!p->in_sets || (p->set_mask & (1u << s)))) n++;
  }
  return n;
}

/* Whether one of p's candidate sets has room for `left` positionals from pos. */
static bool sets_have_room(const CmdCtx *c, const Param *p, int pos, int left) {
  uint32_t m = member_mask(p, c->cand);
  for (int s = 0; s < c->cmd->nsets; s++)
    if ((m & (1u << s)) && slots_from(c, s, pos) >= left) return true;
  return false;
}

/* How well v suits p's ValidateSet: 1 listed, -1 not listed, 0 no set. */
static int vset_fit(const Param *p, Value v) {
  if (!p->nvset || v.kind != V_STR) return 0;
  for (int k = 0; k < p->nvset; k++)
    if (val_streq_ci(p->vset[k], strlen(p->vset[k]), val_sdata(v), val_slen(v))) return 1;
  return -1;
}

/* left: positional arguments still to bind, this one included. Among
 * parameters at the same position, those whose sets can take all of them
 * win (Add-Member NoteProperty C 6 is the MemberSet), then type fit. */
static int next_positional(CmdCtx *c, int after_pos, Value v, int left) {
  const Command *cmd = c->cmd;
  int best = -1, best_pos = -1, best_score = -100;
  for (int i = 0; i < cmd->nparams; i++) {
    const Param *p = &cmd->params[i];
    if (c->is_bound[i] || (p->flags & (PF_SWITCH | PF_REMAINING))) continue;
    if (p->in_sets && !(p->set_mask & c->cand)) continue;
    int pos = pos_in(cmd, p, c->cand);
    if (pos < 0 || pos <= after_pos) continue;
    int score = type_fit(p, v) * 2 + vset_fit(p, v) * 4;
    if (cmd->nsets && p->in_sets && !sets_have_room(c, p, pos, left)) score -= 16;
    if (cmd->default_set >= 0 && (member_mask(p, c->cand) & (1u << cmd->default_set))) score++;
    if (best < 0 || pos < best_pos || (pos == best_pos && score > best_score))
      best = i, best_pos = pos, best_score = score;
  }
  return best;
}

static int remaining_param(const Command *cmd) {
  for (int i = 0; i < cmd->nparams; i++)
    if (cmd->params[i].flags & PF_REMAINING) return i;
  return -1;
}

static Status no_positional(CmdCtx *c, const Arg *a) {
  char *s = conv_to_cstr(a->v, NULL);
  Status st = bind_fail(c, a->at, "PositionalParameterNotFound", "InvalidArgument",
                        "A positional parameter cannot be found that accepts argument '%s'.", s);
  free(s);
  return st;
}

static Status bind_positionals(CmdCtx *c, ArgList *args, char *role) {
  int pos = -1;
  Status st = ST_OK;
  bool loose = remaining_param(c->cmd) >= 0 || takes_args_loosely(c->cmd);
  int left = 0;
  for (int i = 0; i < args->n; i++) left += !args->items[i].pname && role[i] == ROLE_FREE;
  for (int i = 0; i < args->n && st == ST_OK; i++) {
    Arg *a = &args->items[i];
    if (a->pname || role[i] != ROLE_FREE) continue;
    int idx = next_positional(c, pos, a->v, left--);
    if (idx >= 0) {
      pos = pos_in(c->cmd, &c->cmd->params[idx], c->cand);
      st = bind_one(c, idx, a->v, a->at);
    } else if (loose) {
      role[i] = ROLE_LEFTOVER;
    } else {
      st = no_positional(c, a);
    }
  }
  return st;
}

/* Unknown -Names and unbound positionals, in source order, go to the
 * ValueFromRemainingArguments parameter or to $args. */
static Status bind_leftovers(CmdCtx *c, ArgList *args, const char *role) {
  bool any = false;
  for (int i = 0; i < args->n && !any; i++) any = role[i] == ROLE_LEFTOVER || role[i] == ROLE_UNKNOWN;
  if (!any) return ST_OK;
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
  /* a cmdlet given one collection (Write-Output 1,2) binds it as is */
  Value one = val_arr_len(rest) == 1 ? val_arr_at(rest, 0) : val_null();
  if (r >= 0 && c->cmd->kind == CMD_BUILTIN && one.kind == V_ARR) st = bind_one(c, r, one, NULL);
  else if (r >= 0) st = bind_one(c, r, rest, NULL);
  else
    for (size_t k = 0; k < val_arr_len(rest); k++) add_extra(c, val_arr_at(rest, k));
  val_unref(rest);
  return st;
}

Status bind_args(CmdCtx *c, ArgList *args) {
  /* named first: they may consume the argument that follows them */
  char small[32];
  char *role = args->n < (int)sizeof small ? small : xcalloc((size_t)args->n + 1, 1);
  if (role == small) memset(small, 0, sizeof small);
  Status st = ST_OK;
  for (int i = 0; i < args->n && st == ST_OK; i++)
    if (args->items[i].pname && role[i] == ROLE_FREE) st = bind_named(c, args, &i, role);
  if (st == ST_OK) st = bind_positionals(c, args, role);
  if (st == ST_OK) st = bind_leftovers(c, args, role);
  if (role != small) free(role);
  c->cand_args = c->cand;
  if (st == ST_OK && (c->cmd->nsets || c->cmd->flags & CF_CMDLETBINDING || c->cmd->kind == CMD_BUILTIN))
    st = bind_check_mandatory(c, c->expect_input);
  c->args_checked = st == ST_OK && !c->expect_input;
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

/* The hot lists (see CmdCtx.hot): flags in the sets still possible after
 * argument binding only narrow later, so the lists stay valid. */
static void hot_init(CmdCtx *c) {
  if (c->hot) return;
  const Command *cmd = c->cmd;
  c->hot = xmalloc(2 * ((size_t)cmd->nparams + 1) * sizeof *c->hot);
  int *mand = c->hot + cmd->nparams + 1, nm = 0;
  c->nhot_pipe = 0;
  for (int i = 0; i < cmd->nparams; i++) {
    unsigned f = flags_in(cmd, &cmd->params[i], c->cand_args);
    if (f & (PF_PIPELINE | PF_PIPELINE_PROP)) c->hot[c->nhot_pipe++] = i;
    if (f & PF_MANDATORY) mand[nm++] = i;
  }
  memmove(c->hot + c->nhot_pipe, mand, (size_t)nm * sizeof *c->hot);
  c->nhot_mand = nm;
}

static void unbind_piped(CmdCtx *c) {
  hot_init(c);
  for (int k = 0; k < c->nhot_pipe; k++) {
    int i = c->hot[k];
    if (c->from_pipe[i]) {
      val_unref(c->bound[i]);
      c->bound[i] = val_null();
      c->is_bound[i] = false;
      c->from_pipe[i] = false;
    }
  }
  c->cand = c->cand_args;
  c->set = -1;
}

/* Whether v converts to p's type (quietly). */
static bool converts(const Param *p, Value v) {
  if (!p->type || p->type->id == T_OBJECT || v.kind == V_NULL || (p->flags & PF_SWITCH)) return true;
  Value out;
  RtError e = {0};
  bool ok = conv_to_type(v, p->type, &out, &e);
  if (ok) val_unref(out);
  rt_error_clear(&e);
  return ok;
}

/* One pass over the pipeline parameters: mode 0 by value with no
 * conversion, 1 by property name, 2 by value with conversion. */
static Status pipe_pass(CmdCtx *c, Value input, int mode, bool *any) {
  Command *cmd = c->cmd;
  unsigned want = mode == 1 ? PF_PIPELINE_PROP : PF_PIPELINE;
  for (int k = 0; k < c->nhot_pipe; k++) {
    int i = c->hot[k];
    const Param *p = &cmd->params[i];
    if (c->is_bound[i] || !(flags_in(cmd, p, c->cand) & want)) continue;
    Value v;
    if (mode == 1) {
      if (!prop_of(input, p, &v)) continue;
    } else {
      bool fits = type_fit(p, input) > 0;
      if (mode == 0 ? !fits : (fits || !converts(p, input))) continue;
      v = val_ref(input);
    }
    /* the sets where p takes pipeline input this way stay possible */
    if (cmd->nsets && p->in_sets) c->cand = sets_with_flag(cmd, p, c->cand, want);
    Status st = bind_one(c, i, v, NULL);
    val_unref(v);
    if (st != ST_OK) return st;
    c->from_pipe[i] = true;
    *any = true;
  }
  return ST_OK;
}

static Status input_not_bound(CmdCtx *c, Value input) {
  RtError e = {0};
  char fq[256];
  snprintf(fq, sizeof fq, "InputObjectNotBound,%s", c->cmd->name);
  rt_fail(&e, "System.Management.Automation.ParameterBindingException", fq, "InvalidArgument",
          "The input object cannot be bound to any parameters for the command either because "
          "the command does not take pipeline input or the input and its properties do not "
          "match any of the parameters that take pipeline input.");
  Status st = cmd_error(c, &e, input);
  rt_error_clear(&e);
  return st == ST_OK ? ST_CONTINUE : st;
}

Status bind_pipeline(CmdCtx *c, Value input) {
  unbind_piped(c);
  bool any = false;
  Status st = ST_OK;
  for (int mode = 0; mode < 3 && st == ST_OK; mode++) st = pipe_pass(c, input, mode, &any);
  if (st != ST_OK) return st;
  if (!any && has_common(c->cmd)) return input_not_bound(c, input);
  return ST_OK;
}

/* ------------------------------------------------------------------ */
/* mandatory parameters                                                */

/* Whether parameter i is missing: mandatory in the chosen set (or in
 * every candidate set while the set is still open) and unbound. */
static bool is_missing(CmdCtx *c, int i, bool pipeline_pending) {
  const Command *cmd = c->cmd;
  const Param *p = &cmd->params[i];
  if (c->is_bound[i]) return false;
  if (!cmd->nsets) {
    if (!(p->flags & PF_MANDATORY)) return false;
    return !(pipeline_pending && (p->flags & (PF_PIPELINE | PF_PIPELINE_PROP)));
  }
  uint32_t scope = c->set >= 0 ? 1u << c->set : c->cand;
  if (sets_with_flag(cmd, p, scope, PF_MANDATORY) != scope) return false;
  return !(pipeline_pending && (flags_in(cmd, p, scope) & (PF_PIPELINE | PF_PIPELINE_PROP)));
}

static Status missing_error(CmdCtx *c, StrBuf *missing) {
  Status st = bind_fail(c, NULL, "MissingMandatoryParameter", "InvalidArgument",
                        "Cannot process command because of one or more missing mandatory "
                        "parameters: %s.", sb_cstr(missing));
  sb_free(missing);
  return st;
}

static bool can_prompt(Interp *I) { return I->io.interactive && I->io.read_line; }

/* Ask for one parameter at the terminal (arrays: Name[0], Name[1], ...
 * until an empty line). */
static Status prompt_param(CmdCtx *c, int i) {
  Interp *I = c->I;
  const Param *p = &c->cmd->params[i];
  bool many = p->type && p->type->is_array;
  Value got = many ? val_arr_new(0) : val_null();
  for (int k = 0;; k++) {
    char prompt[160];
    if (many) snprintf(prompt, sizeof prompt, "%s[%d]: ", p->name, k);
    else snprintf(prompt, sizeof prompt, "%s: ", p->name);
    char *line = I->io.read_line(I->io.ctx, prompt);
    if (!line) { val_unref(got); return ST_BREAK; }
    bool empty = !*line;
    if (!many) { got = val_cstr(line); free(line); break; }
    if (!empty) val_arr_push(got, val_cstr(line));
    free(line);
    if (empty) break;
  }
  Status st = bind_one(c, i, got, NULL);
  val_unref(got);
  return st;
}

static Status prompt_missing(CmdCtx *c, const int *idx, int n) {
  StrBuf b = SB_INIT;
  sb_printf(&b, "cmdlet %s at command pipeline position %d\nSupply values for the following "
                "parameters:\n", c->cmd->name, c->pipe_pos);
  interp_host_write(c->I, b.data, b.len);
  sb_free(&b);
  for (int k = 0; k < n; k++) {
    Status st = prompt_param(c, idx[k]);
    if (st != ST_OK) return st;
  }
  return ST_OK;
}

Status bind_check_mandatory(CmdCtx *c, bool pipeline_pending) {
  if (c->cmd->nsets && c->set < 0 && !pipeline_pending) {
    Status st = choose_set(c);
    if (st != ST_OK) return st;
  }
  StrBuf missing = SB_INIT;
  int small[16], n = 0;
  hot_init(c);
  for (int k = 0; k < c->nhot_mand; k++) {
    int i = c->hot[c->nhot_pipe + k];
    if (!is_missing(c, i, pipeline_pending)) continue;
    sb_printf(&missing, "%s%s", missing.len ? " " : "", c->cmd->params[i].name);
    if (n < 16) small[n++] = i;
  }
  if (!missing.len) return ST_OK;
  if (!can_prompt(c->I)) return missing_error(c, &missing);
  Status st = prompt_missing(c, small, n);
  if (st == ST_BREAK) return missing_error(c, &missing);
  sb_free(&missing);
  return st;
}

/* ------------------------------------------------------------------ */
/* ShouldProcess                                                       */

static bool var_truthy(Interp *I, const char *name) {
  Value *v = interp_var_get(I, name);
  return v && conv_to_bool(*v);
}

static int confirm_level(Interp *I) {
  static const struct { const char *name; int level; } tab[] = {
      {"None", CI_NONE}, {"Low", CI_LOW}, {"Medium", CI_MEDIUM}, {"High", CI_HIGH}};
  Value *v = interp_var_get(I, "ConfirmPreference");
  if (!v) return CI_HIGH;
  char *s = v->kind == V_STR ? NULL : conv_to_cstr(*v, NULL);
  const char *text = s ? s : val_sdata(*v);
  int level = CI_HIGH;
  for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
    if (ci_eq(tab[i].name, text)) level = tab[i].level;
  free(s);
  return level;
}

static bool whatif_on(CmdCtx *c) {
  return c->whatif_set ? c->whatif : var_truthy(c->I, "WhatIfPreference");
}

static bool confirm_on(CmdCtx *c) {
  if (c->confirm_set) return c->confirm;
  int pref = confirm_level(c->I);
  int impact = c->cmd->confirm_impact ? c->cmd->confirm_impact : CI_MEDIUM;
  return pref != CI_NONE && impact >= pref;
}

static Status not_interactive(CmdCtx *c) {
  RtError e = {0};
  char fq[256];
  snprintf(fq, sizeof fq, "HostException,%s", c->cmd->name);
  rt_fail(&e, "System.Management.Automation.Host.HostException", fq, "ResourceUnavailable",
          "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not "
          "available.");
  Value rec = interp_error_record(c->I, &e, c->at, c->cmd->name, val_null());
  rt_error_clear(&e);
  return interp_raise(c->I, rec, false);
}

static const char CHOICES[] =
    "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"): ";

static const char CHOICE_HELP[] =
    "Y - Continue with only the next step of the operation.\n"
    "A - Continue with all the steps of the operation.\n"
    "N - Skip this operation and proceed with the next operation.\n"
    "L - Skip this operation and all subsequent operations.\n"
    "S - Pause the current pipeline and return to the command prompt. Type \"exit\" to resume "
    "the pipeline.\n";

/* Read answers until one is Y, A, N or L (empty: Y). Returns the letter,
 * or 0 at end of input. */
static char read_choice(Interp *I) {
  for (;;) {
    char *line = I->io.read_line(I->io.ctx, CHOICES);
    if (!line) return 0;
    const char *t = line;
    while (*t == ' ' || *t == '\t') t++;
    char ch = *t >= 'a' && *t <= 'z' ? (char)(*t - 32) : *t;
    bool one = !*t || !t[1] || t[1] == ' ' || t[1] == '\r' || t[1] == '\n';
    free(line);
    if (!ch || ch == '\r' || ch == '\n') return 'Y';
    if (one && strchr("YANL", ch)) return ch;
    if (one && ch == '?') interp_host_write(I, CHOICE_HELP, sizeof CHOICE_HELP - 1);
  }
}

/* The confirmation prompt; *yes gets the answer. */
static Status ask_confirm(CmdCtx *c, const char *caption, const char *query, const char *what,
                          bool *yes) {
  Interp *I = c->I;
  *yes = false;
  if (!can_prompt(I)) return not_interactive(c);
  StrBuf b = SB_INIT;
  sb_printf(&b, "\n%s\n%s\n%s%s", caption, query, what, *what ? "\n" : "");
  interp_host_write(I, b.data, b.len);
  sb_free(&b);
  char ch = read_choice(I);
  if (!ch) return not_interactive(c);
  if (ch == 'A') c->confirm_all = 1;
  if (ch == 'L') c->confirm_all = 2;
  *yes = ch == 'Y' || ch == 'A';
  return ST_OK;
}

static bool should_process_msg(CmdCtx *c, const char *msg, Status *st) {
  *st = ST_OK;
  if (c->confirm_all) return c->confirm_all == 1;
  if (whatif_on(c)) {
    StrBuf b = SB_INIT;
    sb_printf(&b, "What if: %s\n", msg);
    interp_host_write(c->I, b.data, b.len);
    sb_free(&b);
    return false;
  }
  if (!confirm_on(c)) return true;
  bool yes;
  *st = ask_confirm(c, "Confirm", "Are you sure you want to perform this action?", msg, &yes);
  return *st == ST_OK && yes;
}

bool cmd_should_process(CmdCtx *c, const char *target, const char *action, Status *st) {
  *st = ST_OK;
  if (c->confirm_all) return c->confirm_all == 1;
  /* the common case (no -WhatIf, no prompt due): no message to build */
  if (!whatif_on(c) && !confirm_on(c)) return true;
  StrBuf m = SB_INIT;
  sb_printf(&m, "Performing the operation \"%s\" on target \"%s\".", action ? action : c->cmd->name,
            target ? target : "");
  bool r = should_process_msg(c, sb_cstr(&m), st);
  sb_free(&m);
  return r;
}

/* ------------------------------------------------------------------ */
/* $PSCmdlet                                                           */

typedef struct PsCmdlet {
  CmdCtx *c; /* NULL once the command has finished */
} PsCmdlet;

static bool pscmdlet_prop(void *data, const char *name, Value *out) {
  PsCmdlet *p = data;
  if (ci_eq(name, "ParameterSetName")) {
    *out = val_cstr(p->c ? cmd_parameter_set(p->c) : ALL_SETS);
    return true;
  }
  return false;
}

static char *pscmdlet_str(void *data) {
  (void)data;
  return xstrdup("System.Management.Automation.PSScriptCmdlet");
}

/* The handle may die before the command ends (its scope is freed first)
 * or after it (stored in a variable): whichever goes first unlinks. */
static void pscmdlet_free(void *data) {
  PsCmdlet *p = data;
  if (p->c) p->c->pscmdlet = NULL;
  free(p);
}

static const VHandleType pscmdlet_type = {"System.Management.Automation.PSScriptCmdlet",
                                          pscmdlet_free, pscmdlet_prop, pscmdlet_str};

Value pscmdlet_new(CmdCtx *c) {
  PsCmdlet *p = xmalloc(sizeof *p);
  p->c = c;
  c->pscmdlet = p;
  return val_handle_new(&pscmdlet_type, p);
}

void pscmdlet_detach(CmdCtx *c) {
  ((PsCmdlet *)c->pscmdlet)->c = NULL;
  c->pscmdlet = NULL;
}

static char *arg_str(const Value *args, int nargs, int i) {
  return i < nargs ? conv_to_cstr(args[i], NULL) : NULL;
}

/* ShouldProcess(target), (target, action), (description, warning, caption) */
static Status ps_should_process(CmdCtx *c, const Value *args, int nargs, Value *out) {
  Status st;
  bool r;
  char *a0 = arg_str(args, nargs, 0), *a1 = arg_str(args, nargs, 1);
  if (nargs >= 3) r = should_process_msg(c, a0, &st);
  else r = cmd_should_process(c, a0, a1, &st);
  free(a0), free(a1);
  *out = val_bool(r);
  return st;
}

/* ShouldContinue(query, caption): always asks; no terminal is an error. */
static Status ps_should_continue(CmdCtx *c, const Value *args, int nargs, Value *out) {
  char *q = arg_str(args, nargs, 0), *cap = arg_str(args, nargs, 1);
  bool yes = false;
  Status st = ask_confirm(c, cap ? cap : "", q ? q : "", "", &yes);
  free(q), free(cap);
  *out = val_bool(yes);
  return st;
}

static Status ps_throw(CmdCtx *c, const Value *args, int nargs, Value *out) {
  *out = val_null();
  if (nargs < 1 || args[0].kind != V_OBJ) return ST_OK;
  return interp_raise(c->I, val_ref(args[0]), false);
}

bool cmd_pscmdlet_invoke(Interp *I, Value obj, const char *name, const Value *args, int nargs,
                         Value *out, Status *st) {
  static const struct {
    const char *name;
    Status (*fn)(CmdCtx *, const Value *, int, Value *);
  } methods[] = {{"ShouldProcess", ps_should_process},
                 {"ShouldContinue", ps_should_continue},
                 {"ThrowTerminatingError", ps_throw}};
  (void)I;
  if (obj.kind != V_HANDLE || obj.u.hd->type != &pscmdlet_type) return false;
  PsCmdlet *p = obj.u.hd->data;
  *out = val_null();
  *st = ST_OK;
  for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
    if (p->c && ci_eq(methods[i].name, name)) {
      *st = methods[i].fn(p->c, args, nargs, out);
      return true;
    }
  return false;
}
