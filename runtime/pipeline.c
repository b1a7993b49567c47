/* pipeline.c - running pipelines of commands: every element is a Proc
 * whose Sink the element before it writes to, so objects stream one at a
 * time through begin/process/end (powershell.md §7). Script functions and
 * built-in cmdlets are both Commands bound by the one binder. */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdint.h>
#include <sys/resource.h>

#include "../parser/parser.h"
#include "../parser/xalloc.h"
#include "binder.h"
#include "host.h"
#include "convert.h"
#include "interp_int.h"
#include "member.h"

#define MAX_DEPTH 1000

/* The C stack guard behind the depth count (as .NET's
 * EnsureSufficientExecutionStack is behind PowerShell's): a call that finds
 * less than STACK_RESERVE bytes of stack left fails with CallDepthOverflow,
 * so recursion through paths with big frames (sanitizer builds, pipelines
 * in hashtables in subexpressions) stops before the stack runs out. The
 * top of the stack is the shallowest frame seen here. */
#define STACK_RESERVE ((uintptr_t)1536 * 1024)
static uintptr_t stack_top, stack_size;

static bool stack_low(void) {
  char here;
  uintptr_t at = (uintptr_t)&here;
  if (!stack_size) {
    struct rlimit rl;
    stack_size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
        rl.rlim_cur < ((rlim_t)1 << 30))
      stack_size = (uintptr_t)rl.rlim_cur;
  }
  if (!stack_top || at > stack_top) stack_top = at; /* the stack grows down */
  uintptr_t used = stack_top - at;
  return stack_size <= STACK_RESERVE * 2 ? used > stack_size / 2 : used > stack_size - STACK_RESERVE;
}

typedef struct Proc {
  Sink sink;          /* upstream writes here */
  Interp *I;
  const Node *node;   /* N_COMMAND or N_CMDEXPR */
  Command *cmd;       /* NULL for an expression element */
  Command *owned_cmd; /* made from a script block value: freed with the Proc */
  bool dot;           /* . invocation: no new scope */
  bool bound;         /* ctx is initialised */
  CmdCtx ctx;
  Scope *scope;       /* function scope while running */
  Value input;        /* $input for functions without a process block */
  Sink *out;
  bool got_input;     /* process() was called with pipeline input */
  bool is_script;     /* a script file's body: its scope is a script scope */
  /* -OutVariable / -PipelineVariable: output passes through `tee` */
  Sink tee;
  Sink *tee_next;
  Scope *caller;      /* where -PipelineVariable is set */
} Proc;

void interp_set_script_vars(Interp *I, Scope *s, const Script *sc);
void interp_set_function_vars(Interp *I, Scope *s, const char *name, const Node *at);

/* ------------------------------------------------------------------ */
/* commands from script functions                                      */

static bool attr_is(const Node *a, const char *name) {
  return val_streq_ci(a->u.attr.name, strlen(a->u.attr.name), name, strlen(name));
}

static bool named_truth(Interp *I, const Node *named) {
  if (!named->u.named.value) return true;
  Value v;
  if (ev_expr(I, named->u.named.value, &v) != ST_OK) {
    val_unref(I->pending);
    I->pending = val_null();
    return false;
  }
  bool b = conv_to_bool(v);
  val_unref(v);
  return b;
}

static int named_int(Interp *I, const Node *named) {
  Value v;
  int32_t r = -1;
  if (!named->u.named.value || ev_expr(I, named->u.named.value, &v) != ST_OK) return -1;
  RtError e = {0};
  if (!conv_to_int(v, &r, &e)) r = -1;
  rt_error_clear(&e);
  val_unref(v);
  return r;
}

static char **strings_of(Interp *I, const NodeList *args, int *n) {
  char **out = xcalloc((size_t)args->n + 1, sizeof *out);
  *n = 0;
  for (int i = 0; i < args->n; i++) {
    Value v;
    if (ev_expr(I, args->items[i], &v) != ST_OK) continue;
    Value items = v.kind == V_ARR ? v : val_null();
    if (v.kind == V_ARR) {
      for (size_t k = 0; k < val_arr_len(items); k++) {
        out = xrealloc(out, ((size_t)*n + 2) * sizeof *out);
        out[(*n)++] = conv_to_cstr(val_arr_at(items, k), NULL);
      }
    } else {
      out = xrealloc(out, ((size_t)*n + 2) * sizeof *out);
      out[(*n)++] = conv_to_cstr(v, NULL);
    }
    val_unref(v);
  }
  return out;
}

static bool key_is(const Node *named, const char *name) {
  const char *k = named->u.named.name;
  return val_streq_ci(k, strlen(k), name, strlen(name));
}

/* A string-valued attribute argument (owned), or NULL. */
static char *named_string(Interp *I, const Node *named) {
  Value v;
  if (!named->u.named.value || ev_expr(I, named->u.named.value, &v) != ST_OK) {
    val_unref(I->pending);
    I->pending = val_null();
    return NULL;
  }
  char *s = conv_to_cstr(v, NULL);
  val_unref(v);
  return s;
}

/* One [Parameter(...)]: flags and position, for its ParameterSetName or
 * for every set. */
static void parameter_attr(Interp *I, Command *cmd, Param *p, const Node *a, bool *explicit_pos) {
  static const struct { const char *name; unsigned flag; } flags[] = {
      {"Mandatory", PF_MANDATORY}, {"ValueFromPipeline", PF_PIPELINE},
      {"ValueFromPipelineByPropertyName", PF_PIPELINE_PROP},
      {"ValueFromRemainingArguments", PF_REMAINING},
  };
  unsigned f = 0;
  int pos = -1, set = -1;
  bool has_pos = false;
  for (int i = 0; i < a->u.attr.named.n; i++) {
    const Node *nm = a->u.attr.named.items[i];
    for (size_t k = 0; k < sizeof flags / sizeof flags[0]; k++)
      if (key_is(nm, flags[k].name) && named_truth(I, nm)) f |= flags[k].flag;
    if (key_is(nm, "Position")) pos = named_int(I, nm), has_pos = *explicit_pos = true;
    if (key_is(nm, "ParameterSetName")) {
      char *name = named_string(I, nm);
      if (name && !val_streq_ci(name, strlen(name), "__AllParameterSets", 18))
        set = bind_set_index(cmd, name);
      free(name);
    }
  }
  p->flags |= f;
  if (set < 0) {
    if (has_pos) p->position = pos;
    return;
  }
  p->in_sets = xrealloc(p->in_sets, (size_t)(p->nin_sets + 1) * sizeof *p->in_sets);
  p->in_sets[p->nin_sets++] = (ParamSet){set, pos, f & PF_SET_FLAGS};
  p->set_mask |= 1u << set;
  if (p->nin_sets == 1) p->position = pos;
}

static void param_attr(Interp *I, Command *cmd, Param *p, const Node *a, bool *advanced,
                       bool *explicit_pos) {
  if (a->kind == N_TYPECONSTRAINT) {
    const TypeInfo *t = type_lookup(a->u.attr.name, strlen(a->u.attr.name));
    if (t && t->id == T_SWITCH) p->flags |= PF_SWITCH, p->type = type_by_id(T_BOOL);
    else p->type = t;
    return;
  }
  if (attr_is(a, "Parameter")) {
    *advanced = true;
    parameter_attr(I, cmd, p, a, explicit_pos);
  } else if (attr_is(a, "Alias")) {
    p->aliases = strings_of(I, &a->u.attr.args, &p->naliases);
  } else if (attr_is(a, "ValidateSet")) {
    p->vset = strings_of(I, &a->u.attr.args, &p->nvset);
  } else if (attr_is(a, "ValidateNotNullOrEmpty") || attr_is(a, "ValidateNotNull")) {
    p->flags |= PF_NOT_NULL_OR_EMPTY;
  } else if (attr_is(a, "AllowNull") || attr_is(a, "AllowEmptyString") ||
             attr_is(a, "AllowEmptyCollection")) {
    p->flags |= PF_ALLOW_NULL;
  }
}

/* [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High',
 * DefaultParameterSetName='X')] */
static void cmdletbinding_arg(Interp *I, Command *cmd, const Node *nm) {
  static const struct { const char *name; int level; } impacts[] = {
      {"None", CI_NONE}, {"Low", CI_LOW}, {"Medium", CI_MEDIUM}, {"High", CI_HIGH}};
  if (key_is(nm, "SupportsShouldProcess") && named_truth(I, nm)) cmd->flags |= CF_SHOULDPROCESS;
  if (!key_is(nm, "ConfirmImpact") && !key_is(nm, "DefaultParameterSetName")) return;
  char *v = named_string(I, nm);
  if (!v) return;
  if (key_is(nm, "DefaultParameterSetName")) cmd->default_set = bind_set_index(cmd, v);
  for (size_t k = 0; k < sizeof impacts / sizeof impacts[0]; k++)
    if (key_is(nm, "ConfirmImpact") && val_streq_ci(v, strlen(v), impacts[k].name,
                                                    strlen(impacts[k].name)))
      cmd->confirm_impact = impacts[k].level;
  free(v);
}

static void binding_flags(Interp *I, Command *cmd, const Node *sb) {
  const Node *pb = sb ? sb->u.sb.params : NULL;
  if (!pb) return;
  for (int i = 0; i < pb->u.pb.attrs.n; i++) {
    const Node *a = pb->u.pb.attrs.items[i];
    if (!attr_is(a, "CmdletBinding")) continue;
    cmd->flags |= CF_CMDLETBINDING;
    for (int k = 0; k < a->u.attr.named.n; k++) cmdletbinding_arg(I, cmd, a->u.attr.named.items[k]);
  }
}

/* Whether the source text of node n contains `word` (ASCII, any case). */
static bool mentions(const Script *s, const Node *n, const char *word) {
  size_t wl = strlen(word);
  if (!s || n->ext.end > s->len) return false;
  for (uint32_t i = n->ext.off; i + wl <= n->ext.end; i++)
    if (strncasecmp(s->src + i, word, wl) == 0) return true;
  return false;
}

/* No Position anywhere: parameters are positional in declaration order
 * (switches excepted), in every set they belong to. */
static void number_positions(Command *c) {
  int pos = 0;
  for (int i = 0; i < c->nparams; i++) {
    Param *p = &c->params[i];
    if (p->flags & PF_SWITCH) continue;
    for (int k = 0; k < p->nin_sets; k++) p->in_sets[k].position = pos;
    p->position = pos++;
  }
}

Command *cmd_from_function(Interp *I, const char *name, const Node *n, bool is_filter) {
  Command *c = xcalloc(1, sizeof *c);
  c->kind = CMD_FUNCTION;
  c->name = xstrdup(name ? name : "");
  c->script = I->cur_script;
  script_retain(c->script);
  const NodeList *decls;
  if (n->kind == N_FUNCDEF) {
    c->body = n->u.func.body;
    decls = n->u.func.params.n ? &n->u.func.params : NULL;
  } else {
    c->body = n;
    decls = NULL;
  }
  c->is_filter = is_filter;
  if (!decls && c->body->u.sb.params) decls = &c->body->u.sb.params->u.pb.params;
  c->default_set = -1;
  c->confirm_impact = CI_MEDIUM;
  binding_flags(I, c, c->body);
  static const struct { const char *word; unsigned flag; } autos[] = {
      {"myinvocation", CF_MYINVOCATION}, {"psboundparameters", CF_BOUNDPARAMS},
      {"args", CF_ARGS}, {"input", CF_INPUT}, {"pscmdlet", CF_PSCMDLET}};
  for (size_t k = 0; k < sizeof autos / sizeof autos[0]; k++)
    if (mentions(c->script, c->body, autos[k].word)) c->flags |= autos[k].flag;
  int np = decls ? decls->n : 0;
  c->params = np ? xcalloc((size_t)np, sizeof *c->params) : NULL;
  c->nparams = np;
  bool advanced = false, explicit_pos = false;
  for (int i = 0; i < np; i++) {
    const Node *d = decls->items[i];
    Param *p = &c->params[i];
    p->name = xstrndup(d->u.param.name, d->u.param.name_len);
    p->position = -1;
    p->dflt = d->u.param.dflt;
    for (int k = 0; k < d->u.param.attrs.n; k++)
      param_attr(I, c, p, d->u.param.attrs.items[k], &advanced, &explicit_pos);
  }
  if (advanced) c->flags |= CF_CMDLETBINDING;
  if (!explicit_pos) number_positions(c);
  bind_sets_order(c);
  return c;
}

void cmd_free(Command *c) {
  if (!c) return;
  if (c->kind == CMD_FUNCTION) {
    for (int i = 0; i < c->nparams; i++) {
      Param *p = &c->params[i];
      free(p->name);
      for (int k = 0; k < p->naliases; k++) free(p->aliases[k]);
      free(p->aliases);
      for (int k = 0; k < p->nvset; k++) free(p->vset[k]);
      free(p->vset);
    }
    bind_sets_free(c);
    free(c->params);
    script_release(c->script);
  }
  free(c->name);
  free(c);
}

/* ------------------------------------------------------------------ */
/* command resolution                                                  */

static char lower_ascii(char ch);

static Command *find_builtin(Interp *I, const char *name) {
  size_t len = strlen(name);
  for (int i = 0; i < I->builtins.n; i++)
    if (lower_ascii(I->builtins.items[i]->name[0]) == lower_ascii(name[0]) && val_streq_ci(I->builtins.items[i]->name, strlen(I->builtins.items[i]->name), name, len))
      return I->builtins.items[i];
  return NULL;
}

static char lower_ascii(char ch) { return ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch; }

Command *pipe_resolve(Interp *I, const char *name) {
  size_t len = strlen(name);
  char first = lower_ascii(name[0]);
  for (int i = 0; i < I->naliases; i++)
    if (lower_ascii(I->aliases[i].name[0]) == first &&
        val_streq_ci(I->aliases[i].name, strlen(I->aliases[i].name), name, len)) {
      name = I->aliases[i].target;
      break;
    }
  Command *c = scope_find_func(I->scope, name);
  return c ? c : find_builtin(I, name);
}

Command *cmd_lookup(Interp *I, const char *name) { return pipe_resolve(I, name); }

static bool seen_func(Scope *from, Scope *upto, const char *name) {
  for (Scope *s = from; s && s != upto; s = s->parent)
    if (scope_find_func(s, name) && s != upto) return true;
  return false;
}

void cmd_each(Interp *I, bool (*visit)(void *ctx, const CmdEntry *e), void *ctx) {
  for (int i = 0; i < I->naliases; i++) {
    CmdEntry e = {I->aliases[i].name, CE_ALIAS, pipe_resolve(I, I->aliases[i].target),
                  I->aliases[i].target};
    if (!visit(ctx, &e)) return;
  }
  for (Scope *s = I->scope; s; s = s->parent)
    for (size_t k = 0; k < s->nfuncs; k++) {
      if (seen_func(I->scope, s, s->funcs[k].name)) continue;
      CmdEntry e = {s->funcs[k].name, CE_FUNCTION, s->funcs[k].cmd, NULL};
      if (!visit(ctx, &e)) return;
    }
  for (int i = 0; i < I->builtins.n; i++) {
    CmdEntry e = {I->builtins.items[i]->name, CE_CMDLET, I->builtins.items[i], NULL};
    if (!visit(ctx, &e)) return;
  }
}

/* ------------------------------------------------------------------ */
/* arguments of a command element                                     */

static Status splat(Interp *I, const Node *n, ArgList *args) {
  Value v;
  Status st = ev_expr(I, n, &v);
  if (st != ST_OK) return st;
  if (v.kind == V_HASH) {
    for (size_t i = 0; i < v.u.h->len; i++) {
      Arg a = {0};
      char *k = conv_to_cstr(v.u.h->ents[i].key, NULL);
      a.pname = k; /* freed below via text */
      a.text = k;
      a.v = val_ref(v.u.h->ents[i].val);
      a.has_value = a.colon = true;
      a.at = n;
      bind_args_push(args, a);
    }
  } else if (v.kind == V_ARR) {
    for (size_t i = 0; i < val_arr_len(v); i++) {
      Arg a = {0};
      a.v = val_ref(val_arr_at(v, i));
      a.has_value = true;
      a.at = n;
      bind_args_push(args, a);
    }
  } else {
    Arg a = {0};
    a.v = val_ref(v);
    a.has_value = true;
    a.at = n;
    bind_args_push(args, a);
  }
  val_unref(v);
  return ST_OK;
}

static void free_splat_names(ArgList *args, const Node *cmd) {
  for (int i = 0; i < args->n; i++)
    if (args->items[i].at && args->items[i].at->kind == N_VAR &&
        (args->items[i].at->flags & AST_SPLAT) && args->items[i].pname)
      free((char *)args->items[i].pname);
  (void)cmd;
}

static Status eval_args(Interp *I, const Node *cmd, ArgList *args) {
  for (int i = 1; i < cmd->u.cmd.elems.n; i++) {
    const Node *e = cmd->u.cmd.elems.items[i];
    Arg a = {0};
    a.at = e;
    if (e->kind == N_PARAM) {
      a.pname = e->u.par.name;
      a.text = e->u.par.text;
      a.colon = e->u.par.colon;
      if (e->u.par.arg) {
        Status st = ev_expr(I, e->u.par.arg, &a.v);
        if (st != ST_OK) return st;
        a.has_value = true;
        a.vat = e->u.par.arg;
      }
      bind_args_push(args, a);
      continue;
    }
    if (e->kind == N_VAR && (e->flags & AST_SPLAT)) {
      Status st = splat(I, e, args);
      if (st != ST_OK) return st;
      continue;
    }
    Status st = ev_expr(I, e, &a.v);
    if (st != ST_OK) return st;
    a.has_value = true;
    bind_args_push(args, a);
  }
  return ST_OK;
}

/* ------------------------------------------------------------------ */
/* running a script function                                           */

/* What running a function's block changes and restores. $? after a call
 * does not see the non-terminating errors its statements wrote (PowerShell
 * reports True after a function whose body called Write-Error). */
typedef struct Saved {
  Scope *scope;
  Script *script;
  const char *cmd;
  CmdCtx *ctx;
  const Node *call;
  bool pipe_ok;
} Saved;

static Saved enter(Proc *p) {
  Interp *I = p->I;
  Saved s = {I->scope, I->cur_script, I->cur_cmd, I->cur_ctx, I->cur_call, I->pipe_ok};
  I->cur_call = p->ctx.at;
  if (p->scope) I->scope = p->scope;
  I->cur_script = p->cmd->script;
  I->cur_cmd = p->cmd->name;
  I->cur_ctx = &p->ctx;
  return s;
}

static void leave(Interp *I, Saved s) {
  I->scope = s.scope;
  I->cur_script = s.script;
  I->cur_cmd = s.cmd;
  I->cur_ctx = s.ctx;
  I->cur_call = s.call;
  I->pipe_ok = s.pipe_ok;
}

static Status run_named_block(Proc *p, const Node *block) {
  if (!block) return ST_OK;
  Saved s = enter(p);
  Status st = ev_block(p->I, block, p->out);
  leave(p->I, s);
  if (st == ST_RETURN) st = ST_OK;
  return st;
}

static Value bound_hash(CmdCtx *c) {
  Value h = val_hash_new(false);
  for (int i = 0; i < c->cmd->nparams; i++)
    if (c->is_bound[i]) val_hash_setc(h, c->cmd->params[i].name, val_ref(c->bound[i]));
  bind_common_to_hash(c, h);
  return h;
}

/* -OutVariable / -PipelineVariable: note each object, then pass it on. */
static Status tee_emit(Interp *I, Sink *s, Value v) {
  Proc *p = (Proc *)(void *)((char *)s - offsetof(Proc, tee));
  bind_note_output(&p->ctx, v);
  if (p->ctx.pipevar)
    scope_set(p->caller, p->ctx.pipevar, strlen(p->ctx.pipevar), val_ref(v));
  return p->tee_next->emit(I, p->tee_next, v);
}

static void install_tee(Proc *p) {
  if (!bind_tracks_output(&p->ctx)) return;
  p->caller = p->I->scope;
  p->tee.emit = tee_emit;
  p->tee.flush = NULL;
  p->tee_next = p->out;
  p->out = &p->tee;
  p->ctx.out = &p->tee;
}

static Status set_params(Proc *p) {
  Interp *I = p->I;
  CmdCtx *c = &p->ctx;
  Saved s = enter(p);
  Status st = ST_OK;
  for (int i = 0; i < c->cmd->nparams && st == ST_OK; i++) {
    const Param *pr = &c->cmd->params[i];
    Value v;
    if (c->is_bound[i]) v = val_ref(c->bound[i]);
    else if (pr->flags & PF_SWITCH) v = val_bool(false);
    else if (pr->dflt) {
      st = ev_expr(I, pr->dflt, &v);
      if (st != ST_OK) break;
    } else v = val_null();
    Var *var = scope_local(I->scope, pr->name, strlen(pr->name), ev_hash(pr->name, strlen(pr->name)));
    val_unref(var->v);
    var->v = v;
    var->type = (pr->flags & PF_SWITCH) ? NULL : pr->type;
  }
  if (st == ST_OK) {
    if (c->cmd->flags & CF_BOUNDPARAMS)
      scope_set(I->scope, "PSBoundParameters", 17, bound_hash(c));
    if (c->cmd->flags & CF_ARGS)
      scope_set(I->scope, "args", 4, c->extra.kind == V_NULL ? val_arr_new(0) : val_ref(c->extra));
    if ((c->cmd->flags & CF_MYINVOCATION) && !p->is_script)
      interp_set_function_vars(I, I->scope, c->cmd->name, c->at);
    if ((c->cmd->flags & (CF_PSCMDLET | CF_CMDLETBINDING)) == (CF_PSCMDLET | CF_CMDLETBINDING))
      scope_set(I->scope, "PSCmdlet", 8, pscmdlet_new(c));
    bind_prefs_set_local(c);
  }
  leave(I, s);
  return st;
}

static Status fn_begin(Proc *p, ArgList *args) {
  Interp *I = p->I;
  if (I->depth >= MAX_DEPTH || stack_low()) {
    RtError e = {0};
    rt_fail(&e, "System.Management.Automation.ScriptCallDepthException", "CallDepthOverflow",
            "InvalidOperation", "The script failed due to call depth overflow.");
    Status st = interp_raise_rt(I, &e, p->node);
    rt_error_clear(&e);
    return st;
  }
  p->scope = p->dot ? NULL : scope_new(I->scope);
  p->input = val_null(); /* $input's items, made on first use */
  if (p->is_script) {
    Scope *ss = p->scope ? p->scope : I->scope;
    ss->is_script = true;
    I->script_scope = ss;
    interp_set_script_vars(I, ss, p->cmd->script);
  }
  Status st = bind_args(&p->ctx, args);
  if (st == ST_OK) install_tee(p);
  if (st == ST_OK) st = set_params(p);
  if (st == ST_OK) st = run_named_block(p, p->cmd->body->u.sb.begin);
  return st;
}

static const Node *fn_process_block(const Command *c) {
  const Node *sb = c->body;
  if (c->is_filter) return sb->u.sb.process ? sb->u.sb.process : sb->u.sb.end;
  return sb->u.sb.process;
}

static Status fn_process(Proc *p, Value item, bool has_input) {
  Interp *I = p->I;
  const Node *blk = fn_process_block(p->cmd);
  if (has_input) {
    Status st = bind_pipeline(&p->ctx, item);
    if (st == ST_CONTINUE) return ST_OK; /* the object bound to nothing */
    if (st != ST_OK) return st;
    for (int i = 0; i < p->cmd->nparams; i++)
      if (p->ctx.from_pipe[i]) {
        const char *nm = p->cmd->params[i].name;
        Scope *sc = p->scope ? p->scope : I->scope;
        scope_set(sc, nm, strlen(nm), val_ref(p->ctx.bound[i]));
      }
  }
  Status st = has_input || !p->ctx.args_checked ? bind_check_mandatory(&p->ctx, false) : ST_OK;
  if (st != ST_OK) return st;
  if (!blk) {
    if (has_input && (p->cmd->flags & CF_INPUT)) {
      if (p->input.kind == V_NULL) p->input = val_arr_new(4);
      val_arr_push(p->input, val_ref(item));
    }
    return ST_OK;
  }
  Scope *sc = p->scope ? p->scope : I->scope;
  scope_set(sc, "_", 1, has_input ? val_ref(item) : val_null());
  if (has_input && (p->cmd->flags & CF_INPUT)) {
    Value one = val_arr_new(1);
    val_arr_push(one, val_ref(item));
    scope_set(sc, "input", 5, one);
  }
  return run_named_block(p, blk);
}

static Status fn_end(Proc *p) {
  const Node *sb = p->cmd->body;
  if (p->cmd->is_filter && !sb->u.sb.process) return ST_OK;
  Scope *sc = p->scope ? p->scope : p->I->scope;
  if (p->cmd->flags & CF_INPUT)
    scope_set(sc, "input", 5, p->input.kind == V_NULL ? val_arr_new(0) : val_ref(p->input));
  return run_named_block(p, sb->u.sb.end);
}

/* ------------------------------------------------------------------ */
/* Proc: the sink protocol                                             */

/* Call a built-in's handler with its common parameters in effect. */
static Status call_builtin(Proc *p, CmdFn fn, CmdProcessFn pfn, Value item, bool has_input) {
  CmdCtx *saved = p->I->cur_ctx;
  p->I->cur_ctx = &p->ctx;
  PrefSave ps = {0};
  bind_prefs_apply(&p->ctx, &ps);
  Status st = fn ? fn(&p->ctx) : pfn(&p->ctx, item, has_input);
  bind_prefs_restore(&p->ctx, &ps);
  p->I->cur_ctx = saved;
  return st;
}

static Status proc_process(Proc *p, Value item, bool has_input) {
  if (!p->cmd) return ST_OK;
  if (has_input) p->got_input = true;
  if (p->cmd->kind == CMD_FUNCTION) return fn_process(p, item, has_input);
  if (has_input) {
    Status st = bind_pipeline(&p->ctx, item);
    if (st == ST_CONTINUE) return ST_OK; /* the object bound to nothing */
    if (st != ST_OK) return st;
  }
  Status st = has_input || !p->ctx.args_checked ? bind_check_mandatory(&p->ctx, false) : ST_OK;
  if (st != ST_OK) return st;
  if (!p->cmd->def->process) return ST_OK;
  return call_builtin(p, NULL, p->cmd->def->process, item, has_input);
}

static Status proc_emit(Interp *I, Sink *s, Value v) {
  (void)I;
  return proc_process((Proc *)s, v, true);
}

static Status not_found(Interp *I, const Node *nm, char *name);

/* A command name that names a script file: a path (either slash) or a
 * name ending in .ps1. */
static bool looks_like_script(const char *name) {
  size_t n = strlen(name);
  return strchr(name, '/') || strchr(name, '\\') ||
         (n > 4 && strcasecmp(name + n - 4, ".ps1") == 0);
}

/* The parse error of a called script, as a terminating error there. */
static Status script_parse_failed(Interp *I, const Node *at, const ParseErrors *errs) {
  RtError e = {0};
  rt_fail(&e, "System.Management.Automation.ParseException", errs->items[0].id, "ParserError",
          "%s", errs->items[0].msg);
  Status st = interp_raise_rt(I, &e, at);
  rt_error_clear(&e);
  return st;
}

/* Loads a script file as a command. *found: the file could be read; on a
 * parse error NULL is returned and errs holds the errors (free them). */
static Command *load_script(Interp *I, const char *name, bool *found, ParseErrors *errs) {
  *found = false;
  if (!looks_like_script(name)) return NULL;
  char *path = xstrdup(name);
  for (char *q = path; *q; q++)
    if (*q == '\\') *q = '/';
  size_t len;
  char *text = host_read_file(path, &len);
  Script *sc = NULL;
  *found = text != NULL;
  bool ok = text && parse_script(text, len, path, &sc, errs);
  free(text);
  Command *cmd = NULL;
  if (ok) {
    Script *saved = I->cur_script;
    I->cur_script = sc;
    cmd = cmd_from_function(I, path, sc->root, false);
    I->cur_script = saved;
    script_release(sc); /* the command keeps it */
  }
  free(path);
  return cmd;
}

/* `& path.ps1`, `. $PSScriptRoot\lib.ps1`, `.\x.ps1`: load, parse and
 * make the script a command. *found is false when there is no such file. */
static Status script_cmd(Interp *I, Proc *p, const Node *at, const char *name, bool *found) {
  ParseErrors errs = {0};
  p->owned_cmd = load_script(I, name, found, &errs);
  if (*found && !p->owned_cmd) {
    Status st = script_parse_failed(I, at, &errs);
    parse_errors_free(&errs);
    return st;
  }
  if (!p->owned_cmd) return ST_OK;
  p->cmd = p->owned_cmd;
  p->is_script = !p->dot; /* dot-sourcing runs in the caller's scope */
  return ST_OK;
}

Command *cmd_from_script_file(Interp *I, const char *name) {
  bool found;
  ParseErrors errs = {0};
  Command *cmd = load_script(I, name, &found, &errs);
  if (found && !cmd) parse_errors_free(&errs);
  return cmd;
}

void cmd_script_free(Command *c) { cmd_free(c); }

/* Takes name: a script file if there is one, else command-not-found. */
static Status resolve_script_or_fail(Interp *I, Proc *p, const Node *nm, char *name) {
  bool found;
  Status st = script_cmd(I, p, nm, name, &found);
  if (found || st != ST_OK) { free(name); return st; }
  return not_found(I, nm, name);
}

static Status resolve_cmd(Interp *I, Proc *p, const Node *n) {
  const Node *nm = n->u.cmd.elems.items[0];
  if (nm->kind == N_CONST && nm->u.lit.kind == LIT_STRING) {
    /* the common case: a bareword name, no allocation */
    p->cmd = pipe_resolve(I, nm->u.lit.s);
    return p->cmd ? ST_OK
                  : resolve_script_or_fail(I, p, nm, xstrndup(nm->u.lit.s, nm->u.lit.len));
  }
  Value v;
  Status st = ev_expr(I, nm, &v);
  if (st != ST_OK) return st;
  if (v.kind == V_BLOCK) {
    Script *saved = I->cur_script;
    I->cur_script = v.u.sb->script;
    p->owned_cmd = cmd_from_function(I, "", v.u.sb->node, false);
    I->cur_script = saved;
    p->cmd = p->owned_cmd;
    val_unref(v);
    return ST_OK;
  }
  char *name = conv_to_cstr(v, NULL);
  val_unref(v);
  p->cmd = pipe_resolve(I, name);
  if (p->cmd) { free(name); return ST_OK; }
  return resolve_script_or_fail(I, p, nm, name);
}

/* Takes name. */
static Status not_found(Interp *I, const Node *nm, char *name) {
  RtError e = {0};
  /* PowerShell leaves the activity empty: "(Name:String) [], CommandNotFoundException". */
  CmdCtx *saved_ctx = I->cur_ctx;
  I->cur_ctx = NULL;
  rt_fail(&e, "System.Management.Automation.CommandNotFoundException", "CommandNotFoundException",
          "ObjectNotFound",
          "The term '%s' is not recognized as the name of a cmdlet, function, script file, or "
          "operable program. Check the spelling of the name, or if a path was included, verify "
          "that the path is correct and try again.", name);
  Value target = val_cstr(name);
  Value rec = interp_error_record(I, &e, nm, name, target);
  I->cur_ctx = saved_ctx;
  val_unref(target);
  rt_error_clear(&e);
  free(name);
  return interp_raise(I, rec, false);
}

static Status proc_begin(Interp *I, Proc *p, int pos) {
  const Node *n = p->node;
  if (n->kind != N_COMMAND) return ST_OK;
  p->dot = n->u.cmd.invoke == INVOKE_DOT;
  Status st = resolve_cmd(I, p, n);
  if (st != ST_OK) return st;
  ArgList args = {0};
  st = eval_args(I, n, &args);
  bind_ctx_init(&p->ctx, I, p->cmd, n, p->out);
  p->ctx.expect_input = pos > 0;
  p->ctx.pipe_pos = pos + 1;
  p->bound = true;
  if (st == ST_OK) {
    if (p->cmd->kind == CMD_FUNCTION) {
      I->depth++;
      st = fn_begin(p, &args);
    } else {
      st = bind_args(&p->ctx, &args);
      if (st == ST_OK) install_tee(p);
      if (st == ST_OK && p->cmd->def->begin)
        st = call_builtin(p, p->cmd->def->begin, NULL, val_null(), false);
    }
  }
  free_splat_names(&args, n);
  bind_args_free(&args);
  return st;
}

static Status proc_end(Proc *p) {
  if (!p->cmd) return ST_OK;
  if (p->cmd->kind == CMD_FUNCTION) return fn_end(p);
  if (!p->cmd->def->end) return ST_OK;
  return call_builtin(p, p->cmd->def->end, NULL, val_null(), false);
}

static void proc_free(Proc *p) {
  if (p->cmd && p->cmd->kind == CMD_FUNCTION && p->bound) p->I->depth--;
  if (p->scope) scope_free(p->scope);
  val_unref(p->input);
  if (p->bound) {
    if (p->cmd && p->cmd->kind == CMD_BUILTIN && p->ctx.state) {
      if (p->cmd->def->cleanup) p->cmd->def->cleanup(&p->ctx);
      free(p->ctx.state);
    }
    bind_ctx_free(&p->ctx);
  }
  cmd_free(p->owned_cmd);
}

/* The first element runs once without pipeline input. */
static Status proc_first(Interp *I, Proc *p) {
  if (p->node->kind == N_CMDEXPR) {
    Value v;
    Status st = ev_expr(I, p->node->u.cmdexpr.expr, &v);
    if (st != ST_OK) return st;
    st = ev_emit_unrolled(I, p->out, v);
    val_unref(v);
    return st;
  }
  return proc_process(p, val_null(), false);
}

/* ------------------------------------------------------------------ */
/* redirections: only what the foundation needs (>$null, 2>$null, 2>&1,
 * > file, >> file); the file cmdlets issue completes them. */

typedef struct Redir {
  Sink *out;          /* replaced success sink */
  Collector file_out; /* for > file */
  char *file;
  bool append;
  bool errs_null, errs_merge;
} Redir;

static Status null_emit2(Interp *I, Sink *s, Value v) {
  (void)I, (void)s, (void)v;
  return ST_OK;
}
static Sink discard_sink = {null_emit2, NULL};

static bool is_null_target(const Node *t) {
  return t && t->kind == N_VAR && t->u.var.scope == SCOPE_NONE &&
         val_streq_ci(t->u.var.name, t->u.var.len, "null", 4);
}

static Status redir_setup(Interp *I, const NodeList *rl, Redir *r, Sink **out) {
  memset(r, 0, sizeof *r);
  for (int i = 0; i < rl->n; i++) {
    const Node *d = rl->items[i];
    int from = d->u.redir.from_stream;
    if (d->u.redir.to_stream) {
      if (from == 2 && d->u.redir.to_stream == 1) r->errs_merge = true;
      continue;
    }
    if (is_null_target(d->u.redir.target)) {
      if (from == 1 || from == 0) *out = &discard_sink;
      if (from == 2 || from == 0) r->errs_null = true;
      continue;
    }
    if (from == 1 || from == 0) {
      Value t;
      Status st = ev_expr(I, d->u.redir.target, &t);
      if (st != ST_OK) return st;
      free(r->file);
      r->file = conv_to_cstr(t, NULL);
      val_unref(t);
      r->append = d->u.redir.append;
      collector_init(&r->file_out);
      *out = &r->file_out.sink;
    }
    if (from == 2 || from == 0) r->errs_null = true;
  }
  return ST_OK;
}

void out_to_file(Interp *I, Value items, const char *path, bool append);

static void redir_finish(Interp *I, Redir *r) {
  if (r->file) {
    Value a = collector_array(&r->file_out);
    out_to_file(I, a, r->file, r->append);
    val_unref(a);
    collector_free(&r->file_out);
    free(r->file);
  }
}

static const NodeList *elem_redirs(const Node *e) {
  return e->kind == N_COMMAND ? &e->u.cmd.redirs : &e->u.cmdexpr.redirs;
}

/* ------------------------------------------------------------------ */

Status pipe_run(Interp *I, const Node *pl, Sink *out) {
  int n = pl->u.pipe.elems.n;
  enum { SHORT_PIPE = 4 }; /* most pipelines: no heap for their state */
  Proc ps_small[SHORT_PIPE];
  Redir rd_small[SHORT_PIPE];
  Proc *ps = ps_small;
  Redir *rd = rd_small;
  if (n > SHORT_PIPE) {
    ps = xmalloc((size_t)n * sizeof *ps);
    rd = xmalloc((size_t)n * sizeof *rd);
  }
  memset(ps, 0, (size_t)n * sizeof *ps);
  memset(rd, 0, (size_t)n * sizeof *rd);
  Status st = ST_OK;
  int saved_err_mode = I->err_redirect;
  Sink *saved_err_sink = I->err_sink;
  bool outer_ok = I->pipe_ok;
  I->pipe_ok = true;
  for (int i = n - 1; i >= 0; i--) {
    ps[i].sink.emit = proc_emit;
    ps[i].sink.flush = NULL;
    ps[i].I = I;
    ps[i].node = pl->u.pipe.elems.items[i];
    ps[i].input = val_null();
    Sink *o = i == n - 1 ? out : &ps[i + 1].sink;
    if (st == ST_OK) st = redir_setup(I, elem_redirs(ps[i].node), &rd[i], &o);
    ps[i].out = o;
    if (rd[i].errs_null) I->err_redirect = 1;
    else if (rd[i].errs_merge) I->err_redirect = 2, I->err_sink = o;
  }
  for (int i = 0; i < n && st == ST_OK; i++) st = proc_begin(I, &ps[i], i);
  if (st == ST_OK) st = proc_first(I, &ps[0]);
  for (int i = 0; i < n && st == ST_OK; i++) st = proc_end(&ps[i]);
  for (int i = 0; i < n; i++) {
    redir_finish(I, &rd[i]);
    proc_free(&ps[i]);
  }
  I->err_redirect = saved_err_mode;
  I->err_sink = saved_err_sink;
  if (ps != ps_small) free(ps), free(rd);
  bool ok = I->pipe_ok && st == ST_OK;
  I->last_ok = ok;
  I->pipe_ok = outer_ok && ok;
  return st;
}

/* ------------------------------------------------------------------ */
/* script blocks invoked from C (ForEach-Object, Where-Object, .Where, &) */

static bool plain_block(const Node *sb) { return !sb->u.sb.params; }

Status interp_invoke_block(Interp *I, Value block, bool new_scope, bool set_under,
                           Value under, const Value *args, int nargs, Sink *out) {
  static Sink discard = {null_emit2, NULL};
  if (!out) out = &discard;
  if (block.kind != V_BLOCK) return ST_OK;
  const Node *sb = block.u.sb->node;
  Script *saved_script = I->cur_script;
  Scope *saved_scope = I->scope;
  if (I->depth >= MAX_DEPTH || stack_low()) {
    RtError e = {0};
    rt_fail(&e, "System.Management.Automation.ScriptCallDepthException", "CallDepthOverflow",
            "InvalidOperation", "The script failed due to call depth overflow.");
    Status st = interp_raise_rt(I, &e, sb);
    rt_error_clear(&e);
    return st;
  }
  I->depth++;
  I->cur_script = block.u.sb->script;
  Status st;
  if (plain_block(sb) || nargs == 0) {
    Scope *s = new_scope ? scope_new(I->scope) : NULL;
    if (s) I->scope = s;
    Var *uv = NULL;
    Value saved_under = val_null();
    if (set_under) {
      uv = scope_local(I->scope, "_", 1, ev_hash("_", 1));
      saved_under = uv->v;
      uv->v = val_ref(under);
    }
    if (s || nargs) {
      Value a = val_arr_new((size_t)nargs);
      for (int i = 0; i < nargs; i++) val_arr_push(a, val_ref(args[i]));
      scope_set(I->scope, "args", 4, a);
    }
    if (sb->u.sb.params && s) {
      for (int i = 0; i < sb->u.sb.params->u.pb.params.n; i++) {
        const Node *d = sb->u.sb.params->u.pb.params.items[i];
        Value v = val_null();
        if (d->u.param.dflt && ev_expr(I, d->u.param.dflt, &v) != ST_OK) v = val_null();
        scope_set(I->scope, d->u.param.name, d->u.param.name_len, v);
      }
    }
    st = ev_run_scriptblock(I, sb, out);
    if (set_under && !s) {
      /* dot-sourced blocks (ForEach-Object) give the caller its $_ back */
      uv = scope_local(I->scope, "_", 1, ev_hash("_", 1));
      val_unref(uv->v);
      uv->v = saved_under;
    } else {
      val_unref(saved_under);
    }
    I->scope = saved_scope;
    if (s) scope_free(s);
  } else {
    Proc p = {0};
    p.I = I;
    p.node = sb;
    p.input = val_null();
    p.owned_cmd = cmd_from_function(I, "", sb, false);
    p.cmd = p.owned_cmd;
    p.dot = !new_scope;
    p.out = out;
    ArgList al = {0};
    for (int i = 0; i < nargs; i++) {
      Arg a = {0};
      a.v = val_ref(args[i]);
      a.has_value = true;
      a.at = sb;
      bind_args_push(&al, a);
    }
    bind_ctx_init(&p.ctx, I, p.cmd, sb, out);
    p.bound = true;
    I->depth++;
    st = fn_begin(&p, &al);
    if (st == ST_OK && set_under) scope_set(p.scope ? p.scope : I->scope, "_", 1, val_ref(under));
    if (st == ST_OK) st = run_named_block(&p, sb->u.sb.process);
    if (st == ST_OK) st = fn_end(&p);
    bind_args_free(&al);
    proc_free(&p);
  }
  I->depth--;
  I->cur_script = saved_script;
  if (st == ST_RETURN) st = ST_OK;
  return st;
}

/* ------------------------------------------------------------------ */
/* the command interface for built-ins                                 */

Value *cmd_arg(CmdCtx *c, const char *name) {
  int i = bind_find_param(c->cmd, name);
  return i >= 0 && c->is_bound[i] ? &c->bound[i] : NULL;
}

bool cmd_switch(CmdCtx *c, const char *name) {
  Value *v = cmd_arg(c, name);
  return v && conv_to_bool(*v);
}

Status cmd_emit(CmdCtx *c, Value v) { return c->out->emit(c->I, c->out, v); }

Status cmd_error(CmdCtx *c, const RtError *e, Value target) {
  Value rec = interp_error_record(c->I, e, c->at, c->cmd->name, target);
  return interp_write_error(c->I, rec);
}

Status cmd_verrorf(CmdCtx *c, const char *exc, const char *fqid, const char *category,
                   Value target, const char *fmt, va_list ap) {
  char msg[1024];
  vsnprintf(msg, sizeof msg, fmt, ap);
  RtError e = {0};
  rt_fail(&e, exc, fqid, category, "%s", msg);
  Status st = cmd_error(c, &e, target);
  rt_error_clear(&e);
  return st;
}

Status cmd_errorf(CmdCtx *c, const char *exc, const char *fqid, const char *category,
                  Value target, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Status st = cmd_verrorf(c, exc, fqid, category, target, fmt, ap);
  va_end(ap);
  return st;
}

Status cmd_vthrowf(CmdCtx *c, const char *exc, const char *fqid, const char *category,
                   Value target, const char *fmt, va_list ap) {
  StrBuf b = SB_INIT;
  sb_vprintf(&b, fmt, ap);
  RtError e = {0};
  rt_fail(&e, exc, fqid, category, "%s", sb_cstr(&b));
  sb_free(&b);
  Value rec = interp_error_record(c->I, &e, c->at, c->cmd->name, target);
  rt_error_clear(&e);
  return interp_raise(c->I, rec, false);
}

Status cmd_throwf(CmdCtx *c, const char *exc, const char *fqid, const char *category,
                  Value target, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Status st = cmd_vthrowf(c, exc, fqid, category, target, fmt, ap);
  va_end(ap);
  return st;
}

static char **split_aliases(const char *s, int *n) {
  *n = 0;
  if (!s) return NULL;
  char **out = xcalloc(strlen(s) + 1, sizeof *out);
  const char *p = s;
  while (*p) {
    const char *e = strchr(p, ',');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    out[(*n)++] = xstrndup(p, len);
    p += len + (e ? 1 : 0);
  }
  return out;
}

static Command *cmd_from_def(const CmdDef *d) {
  Command *c = xcalloc(1, sizeof *c);
  c->kind = CMD_BUILTIN;
  c->name = xstrdup(d->name);
  c->flags = d->flags;
  c->def = d;
  c->nparams = d->nparams;
  c->params = d->nparams ? xcalloc((size_t)d->nparams, sizeof *c->params) : NULL;
  for (int i = 0; i < d->nparams; i++) {
    const ParamDef *pd = &d->params[i];
    Param *p = &c->params[i];
    p->name = (char *)pd->name;
    p->aliases = split_aliases(pd->aliases, &p->naliases);
    const TypeInfo *t = type_by_id(pd->type);
    p->type = pd->is_array ? type_array_of(t) : t;
    if (pd->flags & PF_SWITCH) p->type = type_by_id(T_BOOL);
    p->position = pd->position;
    p->flags = pd->flags;
    p->vset = split_aliases(pd->vset, &p->nvset);
  }
  bind_sets_from_defs(c);
  return c;
}

void cmd_builtin_free(Command *c) {
  bind_sets_free(c);
  for (int i = 0; i < c->nparams; i++) {
    Param *p = &c->params[i];
    for (int k = 0; k < p->naliases; k++) free(p->aliases[k]);
    free(p->aliases);
    for (int k = 0; k < p->nvset; k++) free(p->vset[k]);
    free(p->vset);
  }
  free(c->params);
  free(c->name);
  free(c);
}

void cmd_register(Interp *I, const CmdDef *defs) {
  for (const CmdDef *d = defs; d->name; d++) {
    if (I->builtins.n == I->builtins.cap) {
      I->builtins.cap = I->builtins.cap ? I->builtins.cap * 2 : 32;
      I->builtins.items = xrealloc(I->builtins.items, (size_t)I->builtins.cap * sizeof(Command *));
    }
    I->builtins.items[I->builtins.n++] = cmd_from_def(d);
    int na;
    char **al = split_aliases(d->aliases, &na);
    for (int k = 0; k < na; k++) {
      if (I->naliases == I->capaliases) {
        I->capaliases = I->capaliases ? I->capaliases * 2 : 32;
        I->aliases = xrealloc(I->aliases, (size_t)I->capaliases * sizeof *I->aliases);
      }
      I->aliases[I->naliases].name = al[k];
      I->aliases[I->naliases++].target = xstrdup(d->name);
    }
    free(al);
  }
}

/* Run a script file's body as a command: script arguments are bound to its
 * param() block the way pwsh -File does (a "-Name" word names a parameter). */
static void script_arg(ArgList *al, Value v, const Node *at) {
  Arg a = {0};
  a.at = at;
  if (v.kind == V_STR && val_slen(v) > 1 && val_sdata(v)[0] == '-' &&
      ((val_sdata(v)[1] >= 'A' && val_sdata(v)[1] <= 'Z') ||
       (val_sdata(v)[1] >= 'a' && val_sdata(v)[1] <= 'z'))) {
    const char *s = val_sdata(v) + 1;
    const char *colon = strchr(s, ':');
    a.pname = xstrndup(s, colon ? (size_t)(colon - s) : strlen(s));
    a.text = val_sdata(v);
    if (colon) {
      a.v = val_cstr(colon + 1);
      a.has_value = a.colon = true;
    }
  } else {
    a.v = val_ref(v);
    a.has_value = true;
  }
  bind_args_push(al, a);
}

Status pipe_call_script(Interp *I, Command *cmd, const Value *args, int nargs, Sink *out,
                        bool dot, Scope **script_scope) {
  (void)script_scope;
  Proc p = {0};
  p.I = I;
  p.node = cmd->body;
  p.cmd = cmd;
  p.dot = dot;
  p.out = out;
  p.input = val_null();
  p.is_script = true;
  ArgList al = {0};
  for (int i = 0; i < nargs; i++) script_arg(&al, args[i], cmd->body);
  bind_ctx_init(&p.ctx, I, cmd, cmd->body, out);
  p.bound = true;
  I->depth++;
  Status st = fn_begin(&p, &al);
  if (st == ST_OK) st = run_named_block(&p, cmd->body->u.sb.process);
  if (st == ST_OK) st = fn_end(&p);
  for (int i = 0; i < al.n; i++) free((char *)al.items[i].pname);
  bind_args_free(&al);
  Scope *keep = p.scope;
  if (dot) keep = NULL;
  p.scope = keep;
  proc_free(&p);
  if (st == ST_BREAK || st == ST_CONTINUE || st == ST_RETURN) st = ST_OK;
  return st;
}
