/* core.c - the built-in cmdlets every script needs: the Write-* family,
 * Out-Null, ForEach-Object and Where-Object. Each is a CmdDef row; the
 * binder has done all argument work before a handler runs. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "../runtime/convert.h"
#include "../parser/xalloc.h"
#include "../runtime/member.h"
#include "../runtime/ops.h"
#include "../runtime/strbuf.h"
#include "cmdlets.h"

/* ---- Write-Output ---- */

static Status wo_process(CmdCtx *c, Value in, bool has_input) {
  if (has_input) return cmd_emit(c, in);
  Value *v = cmd_arg(c, "InputObject");
  if (!v) return ST_OK;
  if (cmd_switch(c, "NoEnumerate") || v->kind != V_ARR) return cmd_emit(c, *v);
  for (size_t i = 0; i < val_arr_len(*v); i++) {
    Status st = cmd_emit(c, val_arr_at(*v, i));
    if (st != ST_OK) return st;
  }
  return ST_OK;
}

static const ParamDef wo_params[] = {
    {"InputObject", NULL, T_OBJECT, false, 0, PF_PIPELINE | PF_REMAINING | PF_ALLOW_NULL, NULL,
     "The objects to send down the pipeline."},
    {"NoEnumerate", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Send a collection as one object instead of its elements."},
};

/* ---- Write-Host ---- */

static void host_item(StrBuf *b, Value v, const char *sep, bool *first) {
  if (v.kind == V_ARR) {
    for (size_t i = 0; i < val_arr_len(v); i++) host_item(b, val_arr_at(v, i), sep, first);
    return;
  }
  if (!*first) sb_puts(b, sep);
  *first = false;
  conv_append_str(b, v, NULL);
}

static Status wh_process(CmdCtx *c, Value in, bool has_input) {
  StrBuf b = SB_INIT;
  Value *sepv = cmd_arg(c, "Separator");
  char *sep = sepv ? conv_to_cstr(*sepv, NULL) : xstrdup(" ");
  bool first = true;
  Value *obj = cmd_arg(c, "Object");
  if (has_input) host_item(&b, in, sep, &first);
  else if (obj) host_item(&b, *obj, sep, &first);
  if (!cmd_switch(c, "NoNewline")) sb_putc(&b, '\n');
  interp_host_write(c->I, b.data ? b.data : "", b.len);
  sb_free(&b);
  free(sep);
  return ST_OK;
}

static const ParamDef wh_params[] = {
    {"Object", NULL, T_OBJECT, false, 0, PF_PIPELINE | PF_REMAINING | PF_ALLOW_NULL, NULL,
     "What to display; collections are joined with the separator."},
    {"NoNewline", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Do not end the line."},
    {"Separator", NULL, T_OBJECT, false, -1, 0, NULL, "Text between items (a space)."},
    {"ForegroundColor", NULL, T_STRING, false, -1, 0, NULL, "Accepted; ignored when redirected."},
    {"BackgroundColor", NULL, T_STRING, false, -1, 0, NULL, "Accepted; ignored when redirected."},
};

/* ---- Write-Warning / Write-Verbose / Write-Debug ---- */

static char *message_of(CmdCtx *c, Value in, bool has_input) {
  Value *m = cmd_arg(c, "Message");
  if (m) return conv_to_cstr(*m, NULL);
  return has_input ? conv_to_cstr(in, NULL) : xstrdup("");
}

static Status ww_process(CmdCtx *c, Value in, bool has_input) {
  char *m = message_of(c, in, has_input);
  interp_write_warning(c->I, m);
  free(m);
  return ST_OK;
}

static Status wv_process(CmdCtx *c, Value in, bool has_input) {
  char *m = message_of(c, in, has_input);
  if (c->verbose_set) {
    if (c->verbose) {
      StrBuf b = SB_INIT;
      sb_printf(&b, "VERBOSE: %s\n", m);
      interp_host_write(c->I, b.data, b.len);
      sb_free(&b);
    }
  } else {
    interp_write_verbose(c->I, m);
  }
  free(m);
  return ST_OK;
}

static Status wd_process(CmdCtx *c, Value in, bool has_input) {
  char *m = message_of(c, in, has_input);
  interp_write_debug(c->I, m);
  free(m);
  return ST_OK;
}

static const ParamDef msg_params[] = {
    {"Message", "Msg", T_STRING, false, 0, PF_MANDATORY | PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The message text."},
};

/* ---- Write-Error ---- */

static Status we_process(CmdCtx *c, Value in, bool has_input) {
  char *m = message_of(c, in, has_input);
  Value *cat = cmd_arg(c, "Category"), *id = cmd_arg(c, "ErrorId"), *tgt = cmd_arg(c, "TargetObject");
  char *cats = cat ? conv_to_cstr(*cat, NULL) : xstrdup("NotSpecified");
  char *ids = id ? conv_to_cstr(*id, NULL) : xstrdup("Microsoft.PowerShell.Commands.WriteErrorException");
  const char *who = interp_caller_name(c->I, c->at);
  StrBuf fq = SB_INIT;
  sb_printf(&fq, "%s%s%s", ids, *who ? "," : "", who);
  RtError e = {0};
  rt_fail(&e, "Microsoft.PowerShell.Commands.WriteErrorException", fq.data, cats, "%s", m);
  /* Inside a function the record points at the function's call, as in 5.1. */
  Value rec = interp_error_record(c->I, &e, interp_caller_node(c->I, c->at), who,
                                  tgt ? *tgt : val_null());
  Value *ci = val_obj_prop(rec, "CategoryInfo");
  if (ci) val_obj_set(*ci, "Activity", val_cstr("Write-Error"));
  rt_error_clear(&e);
  sb_free(&fq);
  free(m), free(cats), free(ids);
  return interp_write_error(c->I, rec);
}

static const ParamDef we_params[] = {
    {"Message", "Msg", T_STRING, false, 0, PF_PIPELINE | PF_ALLOW_NULL, NULL, "The error text."},
    {"Category", NULL, T_STRING, false, -1, 0, NULL, "The error category (NotSpecified)."},
    {"ErrorId", NULL, T_STRING, false, -1, 0, NULL, "The FullyQualifiedErrorId to record."},
    {"TargetObject", NULL, T_OBJECT, false, -1, 0, NULL, "The object the error is about."},
};

/* ---- Out-Null ---- */

static Status on_process(CmdCtx *c, Value in, bool has_input) {
  (void)c, (void)in, (void)has_input;
  return ST_OK;
}

static const ParamDef on_params[] = {
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The objects to discard."},
};

/* ---- ForEach-Object ---- */

typedef struct FeState {
  Value begin, end; /* script blocks or $null */
  Value process;    /* array of script blocks */
  char *member;     /* -MemberName form */
  Value member_args;
} FeState;

static Status fe_begin(CmdCtx *c) {
  FeState *s = xcalloc(1, sizeof *s);
  c->state = s;
  s->begin = s->end = s->process = s->member_args = val_null();
  Value *b = cmd_arg(c, "Begin"), *e = cmd_arg(c, "End"), *p = cmd_arg(c, "Process");
  Value *mn = cmd_arg(c, "MemberName");
  if (b) s->begin = val_ref(*b);
  if (e) s->end = val_ref(*e);
  if (mn) s->member = conv_to_cstr(*mn, NULL);
  if (p && p->kind == V_ARR && val_arr_len(*p) && val_arr_at(*p, 0).kind != V_BLOCK && !s->member) {
    s->member = conv_to_cstr(val_arr_at(*p, 0), NULL);
    s->member_args = val_arr_new(0);
    for (size_t i = 1; i < val_arr_len(*p); i++) val_arr_push(s->member_args, val_ref(val_arr_at(*p, i)));
  } else if (p) {
    Value blocks = p->kind == V_ARR ? val_arr_copy(*p) : val_arr_new(1);
    if (p->kind != V_ARR) val_arr_push(blocks, val_ref(*p));
    size_t n = val_arr_len(blocks);
    if (!b && n >= 2) s->begin = val_ref(val_arr_at(blocks, 0));
    if (!e && n >= 3) s->end = val_ref(val_arr_at(blocks, n - 1));
    size_t from = (!b && n >= 2) ? 1 : 0, to = (!e && n >= 3) ? n - 1 : n;
    s->process = val_arr_new(to - from);
    for (size_t i = from; i < to; i++) val_arr_push(s->process, val_ref(val_arr_at(blocks, i)));
    val_unref(blocks);
  }
  if (s->begin.kind == V_BLOCK)
    return interp_invoke_block(c->I, s->begin, false, false, val_null(), NULL, 0, c->out);
  return ST_OK;
}

static Status fe_member(CmdCtx *c, FeState *s, Value in) {
  RtError e = {0};
  Value out;
  MemResult r;
  if (s->member_args.kind == V_ARR && val_arr_len(s->member_args))
    r = mem_invoke(in, s->member, strlen(s->member), s->member_args.u.a->items,
                   (int)val_arr_len(s->member_args), &out, &e);
  else
    r = mem_get(in, s->member, strlen(s->member), &out, &e);
  if (r == MEM_NOTFOUND) {
    /* not a property: a method called with no arguments ('a' | % ToUpper) */
    r = mem_invoke(in, s->member, strlen(s->member), NULL, 0, &out, &e);
    if (r == MEM_ERROR && e.fqid && strcmp(e.fqid, "MethodNotFound") == 0) r = MEM_NOTFOUND;
  }
  if (r == MEM_NOTFOUND) rt_error_clear(&e);
  if (r == MEM_ERROR) {
    Status st = cmd_error(c, &e, in);
    rt_error_clear(&e);
    return st;
  }
  if (r == MEM_NOTFOUND) return ST_OK;
  Status st = out.kind == V_ARR ? ST_OK : cmd_emit(c, out);
  if (out.kind == V_ARR)
    for (size_t i = 0; i < val_arr_len(out) && st == ST_OK; i++) st = cmd_emit(c, val_arr_at(out, i));
  val_unref(out);
  return st;
}

static Status fe_process(CmdCtx *c, Value in, bool has_input) {
  FeState *s = c->state;
  Value *io = cmd_arg(c, "InputObject");
  if (!has_input && io) in = *io, has_input = true;
  if (!has_input) in = val_null();
  if (s->member) return fe_member(c, s, in);
  if (s->process.kind != V_ARR) return ST_OK;
  for (size_t i = 0; i < val_arr_len(s->process); i++) {
    Status st = interp_invoke_block(c->I, val_arr_at(s->process, i), false, true, in, NULL, 0, c->out);
    if (st != ST_OK) return st;
  }
  return ST_OK;
}

static void fe_cleanup(CmdCtx *c) {
  FeState *s = c->state;
  val_unref(s->begin), val_unref(s->end), val_unref(s->process), val_unref(s->member_args);
  free(s->member);
  s->begin = s->end = s->process = s->member_args = val_null();
  s->member = NULL;
}

static Status fe_end(CmdCtx *c) {
  FeState *s = c->state;
  Status st = ST_OK;
  if (s->end.kind == V_BLOCK)
    st = interp_invoke_block(c->I, s->end, false, false, val_null(), NULL, 0, c->out);
  return st;
}

static const ParamDef fe_params[] = {
    {"Process", NULL, T_OBJECT, false, 0, PF_REMAINING, NULL,
     "Script blocks run for each input object ($_ is the object)."},
    {"Begin", NULL, T_SCRIPTBLOCK, false, -1, 0, NULL, "Runs once before the first object."},
    {"End", NULL, T_SCRIPTBLOCK, false, -1, 0, NULL, "Runs once after the last object."},
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The objects to process."},
    {"MemberName", NULL, T_STRING, false, -1, 0, NULL,
     "A property to read or a method to call on each object."},
};

/* ---- Where-Object ---- */

typedef struct WhereOp {
  const char *name;
  AstOp op;
  unsigned flags;
} WhereOp;

static const WhereOp where_ops[] = {
    {"EQ", OP_EQ, 0}, {"NE", OP_NE, 0}, {"GT", OP_GT, 0}, {"GE", OP_GE, 0}, {"LT", OP_LT, 0},
    {"LE", OP_LE, 0}, {"Like", OP_LIKE, 0}, {"NotLike", OP_NOTLIKE, 0}, {"Match", OP_MATCH, 0},
    {"NotMatch", OP_NOTMATCH, 0}, {"Contains", OP_CONTAINS, 0}, {"NotContains", OP_NOTCONTAINS, 0},
    {"In", OP_IN, 0}, {"NotIn", OP_NOTIN, 0}, {"Is", OP_IS, 0}, {"IsNot", OP_ISNOT, 0},
    {"CEQ", OP_EQ, AST_CASE_SENSITIVE}, {"CNE", OP_NE, AST_CASE_SENSITIVE},
    {"CLike", OP_LIKE, AST_CASE_SENSITIVE}, {"CMatch", OP_MATCH, AST_CASE_SENSITIVE},
};

/* What one Where-Object invocation does, worked out on its first object
 * (its arguments do not change between objects). */
typedef struct WherePlan {
  const WhereOp *op; /* NULL: truthiness of the property (or -Not) */
  bool negate;       /* -Not */
  char *prop;        /* simplified syntax: the property name */
} WherePlan;

static void where_cleanup(CmdCtx *c) {
  WherePlan *w = c->state;
  if (w) free(w->prop), w->prop = NULL;
}

static WherePlan *where_plan(CmdCtx *c, Value name) {
  WherePlan *w = c->state;
  if (w) return w;
  w = xcalloc(1, sizeof *w);
  for (size_t i = 0; i < sizeof where_ops / sizeof where_ops[0]; i++)
    if (cmd_switch(c, where_ops[i].name)) w->op = &where_ops[i];
  w->negate = cmd_switch(c, "Not");
  /* `Where-Object Name value` without an operator is -EQ (EqualSet) */
  if (!w->op && !w->negate && cmd_arg(c, "Value")) w->op = &where_ops[0];
  w->prop = conv_to_cstr(name, NULL);
  c->state = w;
  return w;
}

static Status wo_simple(CmdCtx *c, Value in, const WherePlan *w, bool *keep) {
  RtError e = {0};
  Value pv;
  if (mem_get(in, w->prop, strlen(w->prop), &pv, &e) != MEM_OK) pv = val_null();
  rt_error_clear(&e);
  *keep = false;
  if (!w->op) {
    *keep = w->negate ? !conv_to_bool(pv) : conv_to_bool(pv);
    val_unref(pv);
    return ST_OK;
  }
  Value *v = cmd_arg(c, "Value");
  OpEnv env = {NULL, val_null()};
  Value r;
  bool ok = op_binary(&env, w->op->op, w->op->flags, pv, v ? *v : val_null(), &r, &e);
  val_unref(env.matches);
  val_unref(pv);
  if (!ok) {
    Status st = cmd_error(c, &e, in);
    rt_error_clear(&e);
    return st;
  }
  *keep = conv_to_bool(r);
  val_unref(r);
  return ST_OK;
}

static Status wh_filter(CmdCtx *c, Value in, bool has_input) {
  Value *io = cmd_arg(c, "InputObject");
  if (!has_input && io) in = *io, has_input = true;
  if (!has_input) return ST_OK;
  Value *f = cmd_arg(c, "FilterScript");
  Value *prop = cmd_arg(c, "Property");
  bool keep = false;
  Status st = ST_OK;
  if (f && f->kind == V_BLOCK) {
    Collector r;
    collector_init(&r);
    st = interp_invoke_block(c->I, *f, false, true, in, NULL, 0, &r.sink);
    Value res = collector_result(&r);
    collector_free(&r);
    keep = st == ST_OK && conv_to_bool(res);
    val_unref(res);
  } else if (f || prop) {
    st = wo_simple(c, in, where_plan(c, f ? *f : *prop), &keep);
  }
  if (st != ST_OK) return st;
  return keep ? cmd_emit(c, in) : ST_OK;
}

/* Parameter sets as in Windows PowerShell: the script block form, the
 * default EqualSet (-EQ optional) and one set per operator switch. */
#define OPSETS(X) X("EqualSet") X("NotEqualSet") X("GreaterThanSet") \
  X("GreaterOrEqualSet") X("LessThanSet") X("LessOrEqualSet") X("LikeSet") X("NotLikeSet") \
  X("MatchSet") X("NotMatchSet") X("ContainsSet") X("NotContainsSet") X("InSet") X("NotInSet") \
  X("IsSet") X("IsNotSet") X("CaseSensitiveEqualSet") X("CaseSensitiveNotEqualSet") \
  X("CaseSensitiveLikeSet") X("CaseSensitiveMatchSet")
#define PROP_SET(s) s ",0,M;"
#define VALUE_SET(s) s ",1;"
#define WSW(n, set) {n, NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, \
  "Simplified syntax: compare with -" n ".", set}
static const ParamDef where_params[] = {
    {"InputObject", NULL, T_PSOBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The objects to filter."},
    {"FilterScript", NULL, T_SCRIPTBLOCK, false, 0, 0, NULL,
     "A script block that decides which objects pass.", "ScriptBlockSet,0,M"},
    {"Property", NULL, T_STRING, false, 0, 0, NULL,
     "Simplified syntax: the name of the property to compare.", OPSETS(PROP_SET) "Not,0,M"},
    {"Value", NULL, T_OBJECT, false, 1, PF_ALLOW_NULL, NULL,
     "Simplified syntax: the value to compare with.", OPSETS(VALUE_SET)},
    WSW("EQ", "EqualSet"), WSW("NE", "NotEqualSet,M"), WSW("GT", "GreaterThanSet,M"),
    WSW("GE", "GreaterOrEqualSet,M"), WSW("LT", "LessThanSet,M"), WSW("LE", "LessOrEqualSet,M"),
    WSW("Like", "LikeSet,M"), WSW("NotLike", "NotLikeSet,M"), WSW("Match", "MatchSet,M"),
    WSW("NotMatch", "NotMatchSet,M"), WSW("Contains", "ContainsSet,M"),
    WSW("NotContains", "NotContainsSet,M"), WSW("In", "InSet,M"), WSW("NotIn", "NotInSet,M"),
    WSW("Is", "IsSet,M"), WSW("IsNot", "IsNotSet,M"), WSW("CEQ", "CaseSensitiveEqualSet,M"),
    WSW("CNE", "CaseSensitiveNotEqualSet,M"), WSW("CLike", "CaseSensitiveLikeSet,M"),
    WSW("CMatch", "CaseSensitiveMatchSet,M"), WSW("Not", "Not,M"),
};

#define NP(a) ((int)(sizeof a / sizeof a[0]))

const CmdDef core_cmdlets[] = {
    {"Write-Output", "echo,write", wo_params, NP(wo_params), 0, NULL, wo_process, NULL,
     "Sends objects down the pipeline.", NULL},
    {"Write-Host", NULL, wh_params, NP(wh_params), 0, NULL, wh_process, NULL,
     "Writes text to the host.", NULL},
    {"Write-Warning", NULL, msg_params, NP(msg_params), 0, NULL, ww_process, NULL,
     "Writes a WARNING: line.", NULL},
    {"Write-Verbose", NULL, msg_params, NP(msg_params), 0, NULL, wv_process, NULL,
     "Writes a VERBOSE: line when verbose output is on.", NULL},
    {"Write-Debug", NULL, msg_params, NP(msg_params), 0, NULL, wd_process, NULL,
     "Writes a DEBUG: line when debug output is on.", NULL},
    {"Write-Error", NULL, we_params, NP(we_params), 0, NULL, we_process, NULL,
     "Writes a non-terminating error.", NULL},
    {"Out-Null", NULL, on_params, NP(on_params), 0, NULL, on_process, NULL,
     "Discards its input.", NULL},
    {"ForEach-Object", "%,foreach", fe_params, NP(fe_params), 0, fe_begin, fe_process, fe_end,
     "Runs script blocks for each input object.", fe_cleanup},
    {"Where-Object", "?,where", where_params, NP(where_params), 0, NULL, wh_filter, NULL,
     "Keeps the input objects a condition holds for.", where_cleanup, "EqualSet"},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
