/* eval.c - the tree-walking evaluator: expressions and statements.
 *
 * Every function returns a Status; values come back owned through out
 * parameters (value.h's rule). Output of statements goes to a Sink. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "../parser/xalloc.h"
#include "interp_int.h"
#include "member.h"
#include "regex.h"

/* ------------------------------------------------------------------ */
/* small helpers                                                       */

uint32_t ev_hash(const char *s, size_t len) { return ast_name_hash(s, len); }

Value ev_const(const Node *n) {
  const AstLit *l = &n->u.lit;
  switch (l->kind) {
  case LIT_STRING: return val_str(l->s, l->len);
  case LIT_INT: return val_int((int32_t)l->i);
  case LIT_LONG: return val_long(l->i);
  case LIT_DOUBLE:
  case LIT_DECIMAL: return val_double(l->d);
  }
  return val_null();
}

static Status fail_at(Interp *I, const Node *at, const char *exc, const char *fqid,
                      const char *cat, const char *msg) {
  RtError e = {0};
  rt_fail(&e, exc, fqid, cat, "%s", msg);
  Status st = interp_raise_rt(I, &e, at);
  rt_error_clear(&e);
  return st;
}

static Status raise_rt(Interp *I, RtError *e, const Node *at) {
  Status st = interp_raise_rt(I, e, at);
  rt_error_clear(e);
  return st;
}

/* Sink that throws values away. */
static Status null_emit(Interp *I, Sink *s, Value v) {
  (void)I, (void)s, (void)v;
  return ST_OK;
}
static Sink null_sink = {null_emit, NULL};

/* ------------------------------------------------------------------ */
/* collectors                                                          */

static Status collect_emit(Interp *I, Sink *s, Value v) {
  (void)I;
  Collector *c = (Collector *)s;
  val_arr_push(c->arr, val_ref(v));
  return ST_OK;
}

void collector_init(Collector *c) {
  c->sink.emit = collect_emit;
  c->sink.flush = NULL;
  c->arr = val_arr_new(0);
}

Value collector_result(Collector *c) {
  Value r;
  size_t n = val_arr_len(c->arr);
  if (n == 0) r = val_null();
  else if (n == 1) r = val_ref(val_arr_at(c->arr, 0));
  else return collector_array(c);
  val_unref(c->arr);
  c->arr = val_arr_new(0);
  return r;
}

Value collector_array(Collector *c) {
  Value r = c->arr;
  c->arr = val_arr_new(0);
  return r;
}

void collector_free(Collector *c) {
  val_unref(c->arr);
  c->arr = val_null();
}

Status ev_emit_unrolled(Interp *I, Sink *out, Value v) {
  if (v.kind != V_ARR) return out->emit(I, out, v);
  Value keep = val_ref(v);
  Status st = ST_OK;
  for (size_t i = 0; i < val_arr_len(keep) && st == ST_OK; i++) {
    if (I->stop) break;
    st = out->emit(I, out, val_arr_at(keep, i));
  }
  val_unref(keep);
  return st;
}

/* Ctrl+C or a spent budget (interp_step): the running statement stops. */
static Status stopped(Interp *I, const Node *n) {
  return fail_at(I, n, "System.Management.Automation.PipelineStoppedException", "PipelineStopped",
                 "OperationStopped", "The pipeline has been stopped.");
}

/* ------------------------------------------------------------------ */
/* variables                                                           */

static bool is_name(const Node *n, const char *s) {
  size_t len = strlen(s);
  return n->u.var.len == len && val_streq_ci(n->u.var.name, len, s, len);
}

static Scope *scope_for(Interp *I, AstScope sc) {
  switch (sc) {
  case SCOPE_GLOBAL: return I->global;
  case SCOPE_SCRIPT: return I->script_scope ? I->script_scope : I->global;
  default: return I->scope;
  }
}

static Value env_get(const char *name, size_t len) {
  char buf[512];
  if (len >= sizeof buf) return val_null();
  memcpy(buf, name, len);
  buf[len] = 0;
  const char *v = getenv(buf);
  return v ? val_cstr(v) : val_null();
}

static Value special_var(Interp *I, const Node *n, bool *found) {
  *found = false;
  if (n->u.var.len > 5) return val_null();
  *found = true;
  switch (n->u.var.name[0] | 0x20) {
  case 't': if (is_name(n, "true")) return val_bool(true); break;
  case 'f': if (is_name(n, "false")) return val_bool(false); break;
  case 'n': if (is_name(n, "null")) return val_null(); break;
  case '?': if (n->u.var.len == 1) return val_bool(I->last_ok); break;
  default: break;
  }
  *found = false;
  return val_null();
}

static Value var_read(Interp *I, const Node *n) {
  const char *name = n->u.var.name;
  size_t len = n->u.var.len;
  AstScope sc = n->u.var.scope;
  if (sc == SCOPE_ENV) return env_get(name, len);
  if (sc == SCOPE_NONE) {
    bool found;
    Value v = special_var(I, n, &found);
    if (found) return v;
    if (len == 6 && is_name(n, "PSItem")) name = "_", len = 1;
  }
  uint32_t h = name == n->u.var.name ? n->u.var.hash : ev_hash(name, len);
  Var *var;
  if (sc == SCOPE_LOCAL || sc == SCOPE_PRIVATE)
    var = scope_find_local(I->scope, name, len, h);
  else if (sc == SCOPE_GLOBAL || sc == SCOPE_SCRIPT)
    var = scope_lookup(scope_for(I, sc), name, len, h);
  else
    var = scope_lookup(I->scope, name, len, h);
  return var ? val_ref(var->v) : val_null();
}

/* The variable an assignment writes: local unless a scope says otherwise. */
static Var *var_target(Interp *I, const Node *n) {
  const char *name = n->u.var.name;
  size_t len = n->u.var.len;
  if (n->u.var.scope == SCOPE_NONE && len == 6 && is_name(n, "PSItem")) name = "_", len = 1;
  Scope *s = scope_for(I, n->u.var.scope);
  uint32_t h = name == n->u.var.name ? n->u.var.hash : ev_hash(name, len);
  Var *v = scope_local(s, name, len, h);
  if (n->u.var.scope == SCOPE_PRIVATE) v->flags |= VAR_PRIVATE;
  return v;
}

static Status env_set(Interp *I, const Node *n, Value v) {
  char buf[512];
  size_t len = n->u.var.len;
  if (len >= sizeof buf) { val_unref(v); return ST_OK; }
  memcpy(buf, n->u.var.name, len);
  buf[len] = 0;
  if (v.kind == V_NULL || (v.kind == V_STR && val_slen(v) == 0)) {
    unsetenv(buf);
  } else {
    char *s = conv_to_cstr(v, NULL);
    setenv(buf, s, 1);
    free(s);
  }
  (void)I;
  val_unref(v);
  return ST_OK;
}

static Status var_write(Interp *I, const Node *n, Value v, const TypeInfo *constraint) {
  if (n->u.var.scope == SCOPE_ENV) return env_set(I, n, v);
  if (n->u.var.scope == SCOPE_NONE && is_name(n, "null")) { val_unref(v); return ST_OK; }
  if (n->u.var.scope == SCOPE_NONE && (is_name(n, "true") || is_name(n, "false"))) {
    val_unref(v);
    char msg[160];
    snprintf(msg, sizeof msg, "Cannot overwrite variable %.*s because it is read-only or constant.",
             (int)n->u.var.len, n->u.var.name);
    return fail_at(I, n, "System.Management.Automation.SessionStateUnauthorizedAccessException",
                   "VariableNotWritable", "WriteError", msg);
  }
  Var *var = var_target(I, n);
  if (constraint) var->type = constraint;
  if (var->type && var->type->id != T_OBJECT) {
    Value cv;
    RtError e = {0};
    if (!conv_to_type(v, var->type, &cv, &e)) {
      val_unref(v);
      return raise_rt(I, &e, n);
    }
    val_unref(v);
    v = cv;
  }
  val_unref(var->v);
  var->v = v;
  return ST_OK;
}

Value *interp_var_get(Interp *I, const char *name) {
  size_t len = strlen(name);
  Var *v = scope_lookup(I->scope, name, len, ev_hash(name, len));
  return v ? &v->v : NULL;
}

void interp_var_set(Interp *I, const char *name, Value v) {
  scope_set(I->scope, name, strlen(name), v);
}

void interp_var_set_global(Interp *I, const char *name, Value v) {
  scope_set(I->global, name, strlen(name), v);
}

/* ------------------------------------------------------------------ */
/* expressions                                                         */

static Status ev_sub_collect(Interp *I, const Node *block, Value *out, bool as_array) {
  Collector c;
  collector_init(&c);
  Status st = ev_block(I, block, &c.sink);
  if (st == ST_OK) *out = as_array ? collector_array(&c) : collector_result(&c);
  collector_free(&c);
  return st;
}

/* "text $x $(...)": each part becomes a string, then the result is allocated
 * once at its final size ("$s" of a 100 MB $s costs one copy, not three). */
static Status ev_expstr(Interp *I, const Node *n, Value *out) {
  int np = n->u.expstr.parts.n;
  Value small[8], *parts = np <= 8 ? small : calloc((size_t)np, sizeof *parts); /* checked: a catchable error */
  if (!parts)
    return fail_at(I, n, "System.OutOfMemoryException", "System.OutOfMemoryException",
                   "OperationStopped", "Exception of type 'System.OutOfMemoryException' was thrown.");
  Value *ofsv = interp_var_get(I, "OFS");
  char *ofs = ofsv && ofsv->kind != V_NULL ? conv_to_cstr(*ofsv, NULL) : NULL;
  Status st = ST_OK;
  size_t total = 0;
  int done = 0;
  for (; done < np && st == ST_OK; done++) {
    const Node *p = n->u.expstr.parts.items[done];
    Value v;
    if (p->kind == N_CONST && p->u.lit.kind == LIT_STRING) {
      parts[done] = val_null();
      total += p->u.lit.len;
      continue;
    }
    st = ev_expr(I, p, &v);
    if (st != ST_OK) break;
    parts[done] = conv_to_str(v, ofs);
    val_unref(v);
    total += val_slen(parts[done]);
  }
  free(ofs);
  Value r = val_null();
  if (st == ST_OK) {
    r = val_str_try_alloc(total);
    if (r.kind == V_NULL)
      st = fail_at(I, n, "System.OutOfMemoryException", "System.OutOfMemoryException",
                   "OperationStopped", "Exception of type 'System.OutOfMemoryException' was thrown.");
  }
  size_t at = 0;
  for (int i = 0; i < done; i++) {
    const Node *p = n->u.expstr.parts.items[i];
    const char *d = parts[i].kind == V_STR ? val_sdata(parts[i]) : p->u.lit.s;
    size_t len = parts[i].kind == V_STR ? val_slen(parts[i]) : p->u.lit.len;
    if (r.kind == V_STR && len) memcpy(r.u.s->data + at, d, len);
    at += len;
    val_unref(parts[i]);
  }
  if (parts != small) free(parts);
  if (st != ST_OK) return st;
  *out = r;
  return ST_OK;
}

static Status ev_hash_lit(Interp *I, const Node *n, bool ordered, Value *out) {
  Value h = val_hash_new(ordered);
  for (int i = 0; i < n->u.hash.keys.n; i++) {
    Value k, v;
    Status st = ev_expr(I, n->u.hash.keys.items[i], &k);
    if (st != ST_OK) { val_unref(h); return st; }
    if (val_hash_get(h, k)) {
      char *ks = conv_to_cstr(k, NULL);
      char msg[300];
      snprintf(msg, sizeof msg, "Duplicate keys '%.200s' are not allowed in hash literals.", ks);
      free(ks);
      val_unref(k);
      val_unref(h);
      return fail_at(I, n->u.hash.keys.items[i], "System.Management.Automation.ParseException",
                     "DuplicateKeyInHashLiteral", "ParserError", msg);
    }
    st = ev_stmt_value(I, n->u.hash.values.items[i], &v);
    if (st != ST_OK) { val_unref(k); val_unref(h); return st; }
    val_hash_set(h, k, v);
  }
  *out = h;
  return ST_OK;
}

static Status unknown_type(Interp *I, const Node *at, const char *name) {
  char msg[300];
  snprintf(msg, sizeof msg, "Unable to find type [%.250s].", name);
  return fail_at(I, at, EXC_RUNTIME, "TypeNotFound", "InvalidOperation", msg);
}

static Status ev_cast(Interp *I, const Node *n, Value *out) {
  const char *tn = n->u.cast.type;
  const Node *e = n->u.cast.expr;
  if (e->kind == N_HASH && val_streq_ci(tn, strlen(tn), "ordered", 7))
    return ev_hash_lit(I, e, true, out);
  if (e->kind == N_HASH && (val_streq_ci(tn, strlen(tn), "pscustomobject", 14) ||
                            val_streq_ci(tn, strlen(tn), "System.Management.Automation.PSCustomObject", 43))) {
    Value h;
    Status st = ev_hash_lit(I, e, true, &h);
    if (st != ST_OK) return st;
    Value o = val_pscustom_new();
    for (size_t i = 0; i < h.u.h->len; i++) {
      char *k = conv_to_cstr(h.u.h->ents[i].key, NULL);
      val_obj_set(o, k, val_ref(h.u.h->ents[i].val));
      free(k);
    }
    val_unref(h);
    *out = o;
    return ST_OK;
  }
  const TypeInfo *t = type_lookup(tn, strlen(tn));
  if (!t) return unknown_type(I, n, tn);
  Value v;
  Status st = ev_expr(I, e, &v);
  if (st != ST_OK) return st;
  if (t->id == T_VOID) { val_unref(v); *out = val_null(); return ST_OK; }
  RtError err = {0};
  bool ok = conv_to_type(v, t, out, &err);
  val_unref(v);
  return ok ? ST_OK : raise_rt(I, &err, n);
}

/* Int32 op Int32 without the general operator machinery: loops spend most
 * of their time here. False when the result needs widening (the general
 * path then applies PowerShell's overflow rules) or op is not covered. */
static bool int_fast(AstOp op, int32_t a, int32_t b, Value *out) {
  int64_t r;
  switch (op) {
  case OP_ADD: r = (int64_t)a + b; break;
  case OP_SUB: r = (int64_t)a - b; break;
  case OP_MUL: r = (int64_t)a * b; break;
  case OP_EQ: *out = val_bool(a == b); return true;
  case OP_NE: *out = val_bool(a != b); return true;
  case OP_LT: *out = val_bool(a < b); return true;
  case OP_LE: *out = val_bool(a <= b); return true;
  case OP_GT: *out = val_bool(a > b); return true;
  case OP_GE: *out = val_bool(a >= b); return true;
  default: return false;
  }
  if (r < INT32_MIN || r > INT32_MAX) return false;
  *out = val_int((int32_t)r);
  return true;
}

/* Apply binary node n to its already evaluated left operand l (taken). */
static Status bin_apply(Interp *I, const Node *n, Value l, Value *out) {
  AstOp op = n->u.bin.op;
  Value r;
  Status st;
  if (op == OP_AND || op == OP_OR) {
    bool lb = conv_to_bool(l);
    val_unref(l);
    if ((op == OP_AND && !lb) || (op == OP_OR && lb)) { *out = val_bool(lb); return ST_OK; }
    st = ev_expr(I, n->u.bin.right, &r);
    if (st != ST_OK) return st;
    *out = val_bool(conv_to_bool(r));
    val_unref(r);
    return ST_OK;
  }
  st = ev_expr(I, n->u.bin.right, &r);
  if (st != ST_OK) { val_unref(l); return st; }
  if (l.kind == V_INT && r.kind == V_INT && int_fast(op, l.u.i, r.u.i, out)) return ST_OK;
  if (op == OP_XOR) {
    *out = val_bool(conv_to_bool(l) != conv_to_bool(r));
    val_unref(l), val_unref(r);
    return ST_OK;
  }
  RtError err = {0};
  /* $OFS only matters when an array becomes a string; the operator runs no
   * script code, so the variable's string stays alive while it is borrowed. */
  const char *ofs = NULL;
  if (l.kind == V_ARR || r.kind == V_ARR) {
    Value *ov = interp_var_get(I, "OFS");
    if (ov && ov->kind == V_STR) ofs = val_sdata(*ov);
  }
  I->openv.ofs = ofs;
  I->openv.matches = val_null();
  bool ok = op_binary(&I->openv, op, n->flags, l, r, out, &err);
  I->openv.ofs = NULL;
  val_unref(l), val_unref(r);
  if (I->openv.matches.kind != V_NULL) {
    scope_set(I->scope, "Matches", 7, I->openv.matches);
    I->openv.matches = val_null();
  }
  return ok ? ST_OK : raise_rt(I, &err, n);
}

/* A chain like 1+1+...+1 is a left-deep tree as deep as it is long: walk
 * its left spine with a loop, not the C stack, so a 200,000-term
 * expression cannot overflow it. */
static Status ev_binary(Interp *I, const Node *n, Value *out) {
  const Node *small[32], **spine = small;
  size_t k = 0, cap = 32;
  for (const Node *x = n; x->kind == N_BINARY; x = x->u.bin.left) {
    if (k == cap) {
      const Node **g = malloc(2 * cap * sizeof *g); /* checked: a catchable error */
      if (!g) {
        if (spine != small) free(spine);
        return fail_at(I, n, "System.OutOfMemoryException", "System.OutOfMemoryException",
                       "OperationStopped", "Exception of type 'System.OutOfMemoryException' was thrown.");
      }
      memcpy(g, spine, k * sizeof *g);
      if (spine != small) free(spine);
      spine = g, cap *= 2;
    }
    spine[k++] = x;
  }
  Value acc;
  Status st = ev_expr(I, spine[k - 1]->u.bin.left, &acc);
  while (st == ST_OK && k > 0) st = bin_apply(I, spine[--k], acc, &acc);
  if (spine != small) free(spine);
  if (st == ST_OK) *out = acc;
  return st;
}

/* ++ and -- on a variable, member or index. */
static Status ev_lvalue_read(Interp *I, const Node *lv, Value *out);
static Status ev_lvalue_write(Interp *I, const Node *lv, Value v);

static Status ev_incdec(Interp *I, const Node *n, Value *out) {
  AstOp op = n->u.un.op;
  const Node *lv = n->u.un.operand;
  Value old, one = val_int(1), nv;
  Status st = ev_lvalue_read(I, lv, &old);
  if (st != ST_OK) return st;
  RtError err = {0};
  bool inc = op == OP_PREINC || op == OP_POSTINC;
  AstOp aop = inc ? OP_ADD : OP_SUB;
  if (old.kind == V_INT && int_fast(aop, old.u.i, 1, &nv)) {
    /* done: nv holds the new Int32 */
  } else if (!op_binary(&I->openv, aop, 0, old.kind == V_NULL ? val_int(0) : old, one, &nv,
                        &err)) {
    val_unref(old);
    return raise_rt(I, &err, n);
  }
  bool post = op == OP_POSTINC || op == OP_POSTDEC;
  *out = post ? (old.kind == V_NULL ? val_int(0) : val_ref(old)) : val_ref(nv);
  val_unref(old);
  st = ev_lvalue_write(I, lv, nv);
  if (st != ST_OK) { val_unref(*out); *out = val_null(); }
  return st;
}

static Status ev_unary(Interp *I, const Node *n, Value *out) {
  AstOp op = n->u.un.op;
  if (op == OP_PREINC || op == OP_PREDEC || op == OP_POSTINC || op == OP_POSTDEC)
    return ev_incdec(I, n, out);
  Value v;
  Status st = ev_expr(I, n->u.un.operand, &v);
  if (st != ST_OK) return st;
  RtError err = {0};
  bool ok = op_unary(&I->openv, op, v, out, &err);
  val_unref(v);
  return ok ? ST_OK : raise_rt(I, &err, n);
}

static Status ev_arraylit(Interp *I, const Node *n, Value *out) {
  Value a = val_arr_new((size_t)n->u.arr.items.n);
  for (int i = 0; i < n->u.arr.items.n; i++) {
    Value v;
    Status st = ev_expr(I, n->u.arr.items.items[i], &v);
    if (st != ST_OK) { val_unref(a); return st; }
    val_arr_push(a, v);
  }
  *out = a;
  return ST_OK;
}

/* The name of a member node: a constant, or an expression's string form. */
static Status member_name(Interp *I, const Node *m, char **name) {
  if (m->kind == N_CONST && m->u.lit.kind == LIT_STRING) {
    *name = xstrndup(m->u.lit.s, m->u.lit.len);
    return ST_OK;
  }
  Value v;
  Status st = ev_expr(I, m, &v);
  if (st != ST_OK) return st;
  *name = conv_to_cstr(v, NULL);
  val_unref(v);
  return ST_OK;
}

static Status mem_status(Interp *I, MemResult r, RtError *err, const Node *at, Value *out) {
  if (r == MEM_ERROR) return raise_rt(I, err, at);
  if (r == MEM_NOTFOUND) *out = val_null();
  return ST_OK;
}

static Status ev_member(Interp *I, const Node *n, Value *out) {
  Value obj;
  Status st = ev_expr(I, n->u.mem.obj, &obj);
  if (st != ST_OK) return st;
  char *name;
  st = member_name(I, n->u.mem.member, &name);
  if (st != ST_OK) { val_unref(obj); return st; }
  RtError err = {0};
  MemResult r;
  *out = val_null();
  if (n->u.mem.is_static) {
    if (obj.kind != V_TYPE) {
      free(name);
      val_unref(obj);
      return fail_at(I, n, EXC_RUNTIME, "RuntimeException", "InvalidOperation",
                     "Unable to find type for the static member access.");
    }
    r = mem_static_get(obj.u.t, name, strlen(name), out, &err);
  } else {
    r = mem_get(obj, name, strlen(name), out, &err);
  }
  free(name);
  val_unref(obj);
  return mem_status(I, r, &err, n, out);
}

/* $x.Where({...}) and $x.ForEach({...}): intrinsic methods. */
static Status ev_where_foreach(Interp *I, Value obj, bool is_where, const Value *args, int nargs,
                               Value *out) {
  Collector c;
  collector_init(&c);
  Value items = obj.kind == V_ARR ? val_ref(obj) : val_arr_new(1);
  if (obj.kind != V_ARR && obj.kind != V_NULL) val_arr_push(items, val_ref(obj));
  Status st = ST_OK;
  for (size_t i = 0; i < val_arr_len(items) && st == ST_OK; i++) {
    Value it = val_arr_at(items, i);
    if (nargs < 1 || args[0].kind != V_BLOCK) {
      /* .ForEach('Name'): member enumeration by name */
      if (nargs >= 1 && !is_where) {
        char *nm = conv_to_cstr(args[0], NULL);
        Value mv;
        RtError err = {0};
        if (mem_get(it, nm, strlen(nm), &mv, &err) == MEM_OK) {
          c.sink.emit(I, &c.sink, mv);
          val_unref(mv);
        }
        rt_error_clear(&err);
        free(nm);
      }
      continue;
    }
    if (is_where) {
      Collector r;
      collector_init(&r);
      st = interp_invoke_block(I, args[0], false, true, it, NULL, 0, &r.sink);
      Value res = collector_result(&r);
      collector_free(&r);
      if (st == ST_OK && conv_to_bool(res)) val_arr_push(c.arr, val_ref(it));
      val_unref(res);
    } else {
      st = interp_invoke_block(I, args[0], false, true, it, NULL, 0, &c.sink);
    }
  }
  val_unref(items);
  if (st == ST_OK) *out = collector_array(&c);
  collector_free(&c);
  return st;
}

static Status ev_args(Interp *I, const NodeList *l, Value **args) {
  *args = l->n ? xcalloc((size_t)l->n, sizeof **args) : NULL;
  for (int i = 0; i < l->n; i++) {
    Status st = ev_expr(I, l->items[i], &(*args)[i]);
    if (st != ST_OK) {
      for (int j = 0; j < i; j++) val_unref((*args)[j]);
      free(*args);
      *args = NULL;
      return st;
    }
  }
  return ST_OK;
}

static void free_args(Value *args, int n) {
  for (int i = 0; i < n; i++) val_unref(args[i]);
  free(args);
}

static bool name_is(const char *a, const char *b) {
  return val_streq_ci(a, strlen(a), b, strlen(b));
}

static Status ev_invoke_on(Interp *I, const Node *n, Value obj, const char *name, Value *args,
                           int nargs, Value *out) {
  RtError err = {0};
  *out = val_null();
  if (n->u.mem.is_static) {
    if (obj.kind != V_TYPE)
      return fail_at(I, n, EXC_RUNTIME, "RuntimeException", "InvalidOperation",
                     "Unable to find type for the static method call.");
    MemResult r = mem_static_invoke(obj.u.t, name, strlen(name), args, nargs, out, &err);
    return mem_status(I, r, &err, n, out);
  }
  if (name_is(name, "Where") || name_is(name, "ForEach"))
    if (obj.kind != V_HASH && (nargs == 1 || nargs == 2))
      return ev_where_foreach(I, obj, name_is(name, "Where"), args, nargs, out);
  if (obj.kind == V_BLOCK && (name_is(name, "Invoke") || name_is(name, "InvokeReturnAsIs"))) {
    Collector c;
    collector_init(&c);
    Status st = interp_invoke_block(I, obj, true, false, val_null(), args, nargs, &c.sink);
    if (st == ST_OK) *out = name_is(name, "Invoke") ? collector_array(&c) : collector_result(&c);
    collector_free(&c);
    return st;
  }
  Status hst; /* $PSCmdlet.ShouldProcess(...) and friends (binder.c) */
  if (obj.kind == V_HANDLE && cmd_pscmdlet_invoke(I, obj, name, args, nargs, out, &hst)) return hst;
  MemResult r = mem_invoke(obj, name, strlen(name), args, nargs, out, &err);
  if (r == MEM_NOTFOUND) {
    char *tn = conv_to_cstr(val_type(type_of(obj)), NULL);
    rt_fail(&err, EXC_RUNTIME, "MethodNotFound", "InvalidOperation",
            "Method invocation failed because [%s] does not contain a method named '%s'.", tn,
            name);
    free(tn);
    r = MEM_ERROR;
  }
  return mem_status(I, r, &err, n, out);
}

static Status ev_invoke(Interp *I, const Node *n, Value *out) {
  Value obj;
  Status st = ev_expr(I, n->u.mem.obj, &obj);
  if (st != ST_OK) return st;
  char *name = NULL;
  st = member_name(I, n->u.mem.member, &name);
  Value *args = NULL;
  if (st == ST_OK) st = ev_args(I, &n->u.mem.args, &args);
  if (st == ST_OK) {
    if (obj.kind == V_NULL && !n->u.mem.is_static) {
      st = fail_at(I, n, EXC_RUNTIME, "InvokeMethodOnNull", "InvalidOperation",
                   "You cannot call a method on a null-valued expression.");
    } else {
      st = ev_invoke_on(I, n, obj, name, args, n->u.mem.args.n, out);
    }
    free_args(args, n->u.mem.args.n);
  }
  free(name);
  val_unref(obj);
  return st;
}

static Status ev_index(Interp *I, const Node *n, Value *out) {
  Value obj, idx;
  Status st = ev_expr(I, n->u.idx.obj, &obj);
  if (st != ST_OK) return st;
  st = ev_expr(I, n->u.idx.index, &idx);
  if (st != ST_OK) { val_unref(obj); return st; }
  RtError err = {0};
  bool ok = true;
  if (obj.kind == V_NULL) {
    ok = rt_fail(&err, EXC_RUNTIME, "NullArray", "InvalidOperation", "Cannot index into a null array.");
  } else {
    ok = mem_index_get(obj, idx, out, &err);
  }
  val_unref(obj), val_unref(idx);
  return ok ? ST_OK : raise_rt(I, &err, n);
}

static Status ev_type(Interp *I, const Node *n, Value *out) {
  const TypeInfo *t = type_lookup(n->u.cast.type, strlen(n->u.cast.type));
  if (!t) return unknown_type(I, n, n->u.cast.type);
  *out = val_type(t);
  return ST_OK;
}

Status ev_expr(Interp *I, const Node *n, Value *out) {
  if (interp_step(I)) return stopped(I, n);
  switch (n->kind) {
  case N_CONST: *out = ev_const(n); return ST_OK;
  case N_EXPSTR: return ev_expstr(I, n, out);
  case N_VAR: *out = var_read(I, n); return ST_OK;
  case N_BINARY: return ev_binary(I, n, out);
  case N_UNARY: return ev_unary(I, n, out);
  case N_CAST: return ev_cast(I, n, out);
  case N_TYPE: return ev_type(I, n, out);
  case N_ARRAYLIT: return ev_arraylit(I, n, out);
  case N_ARRAYEXPR: return ev_sub_collect(I, n->u.sub.body, out, true);
  case N_SUBEXPR: return ev_sub_collect(I, n->u.sub.body, out, false);
  case N_PAREN: return ev_stmt_value(I, n->u.sub.body, out);
  case N_HASH: return ev_hash_lit(I, n, false, out);
  case N_SBEXPR: *out = val_block_new(I->cur_script, n->u.sbexpr.body); return ST_OK;
  case N_MEMBER: return ev_member(I, n, out);
  case N_INVOKE: return ev_invoke(I, n, out);
  case N_INDEX: return ev_index(I, n, out);
  default: break;
  }
  /* a statement in expression position (e.g. a pipeline inside parens) */
  return ev_stmt_value(I, n, out);
}

/* ------------------------------------------------------------------ */
/* assignment                                                          */

static Status ev_lvalue_read(Interp *I, const Node *lv, Value *out) {
  if (lv->kind == N_VAR) {
    /* compound assignment reads the local variable only (PowerShell quirk) */
    if (lv->u.var.scope == SCOPE_NONE) {
      const char *name = lv->u.var.name;
      size_t len = lv->u.var.len;
      Var *v = scope_find_local(I->scope, name, len, lv->u.var.hash);
      *out = v ? val_ref(v->v) : val_null();
      return ST_OK;
    }
    *out = var_read(I, lv);
    return ST_OK;
  }
  if (lv->kind == N_CAST && lv->u.cast.expr->kind == N_VAR)
    return ev_lvalue_read(I, lv->u.cast.expr, out);
  return ev_expr(I, lv, out);
}

static Status ev_assign_member(Interp *I, const Node *lv, Value v) {
  Value obj;
  Status st = ev_expr(I, lv->u.mem.obj, &obj);
  if (st != ST_OK) { val_unref(v); return st; }
  char *name;
  st = member_name(I, lv->u.mem.member, &name);
  if (st != ST_OK) { val_unref(obj), val_unref(v); return st; }
  RtError err = {0};
  bool ok;
  if (obj.kind == V_NULL)
    ok = rt_fail(&err, EXC_RUNTIME, "PropertyNotFound", "InvalidOperation",
                 "The property '%s' cannot be found on this object. Verify that the property "
                 "exists and can be set.", name);
  else
    ok = mem_set(obj, name, strlen(name), v, &err);
  free(name);
  val_unref(obj), val_unref(v);
  return ok ? ST_OK : raise_rt(I, &err, lv);
}

static Status ev_assign_index(Interp *I, const Node *lv, Value v) {
  Value obj, idx;
  Status st = ev_expr(I, lv->u.idx.obj, &obj);
  if (st != ST_OK) { val_unref(v); return st; }
  st = ev_expr(I, lv->u.idx.index, &idx);
  if (st != ST_OK) { val_unref(obj), val_unref(v); return st; }
  RtError err = {0};
  bool ok;
  if (obj.kind == V_NULL)
    ok = rt_fail(&err, EXC_RUNTIME, "NullArray", "InvalidOperation", "Cannot index into a null array.");
  else
    ok = mem_index_set(obj, idx, v, &err);
  val_unref(obj), val_unref(idx), val_unref(v);
  return ok ? ST_OK : raise_rt(I, &err, lv);
}

static Status ev_assign_multi(Interp *I, const Node *lv, Value v) {
  const NodeList *items = &lv->u.arr.items;
  Value arr = v.kind == V_ARR ? v : val_arr_new(1);
  if (v.kind != V_ARR) val_arr_push(arr, v);
  size_t n = val_arr_len(arr);
  Status st = ST_OK;
  for (int i = 0; i < items->n && st == ST_OK; i++) {
    Value part;
    if (i == items->n - 1 && n > (size_t)items->n) {
      part = val_arr_new(n - (size_t)i);
      for (size_t j = (size_t)i; j < n; j++) val_arr_push(part, val_ref(val_arr_at(arr, j)));
    } else {
      part = (size_t)i < n ? val_ref(val_arr_at(arr, (size_t)i)) : val_null();
    }
    st = ev_lvalue_write(I, items->items[i], part);
  }
  val_unref(arr);
  return st;
}

/* Store v (taken) into an lvalue. */
static Status ev_lvalue_write(Interp *I, const Node *lv, Value v) {
  switch (lv->kind) {
  case N_VAR: return var_write(I, lv, v, NULL);
  case N_CAST:
    if (lv->u.cast.expr->kind == N_VAR) {
      const TypeInfo *t = type_lookup(lv->u.cast.type, strlen(lv->u.cast.type));
      if (!t) { val_unref(v); return unknown_type(I, lv, lv->u.cast.type); }
      return var_write(I, lv->u.cast.expr, v, t);
    }
    break;
  case N_MEMBER: return ev_assign_member(I, lv, v);
  case N_INDEX: return ev_assign_index(I, lv, v);
  case N_ARRAYLIT: return ev_assign_multi(I, lv, v);
  default: break;
  }
  val_unref(v);
  return fail_at(I, lv, EXC_RUNTIME, "InvalidLeftHandSide", "ParserError",
                 "The assignment expression is not valid. The input to an assignment operator "
                 "must be an object that is able to accept assignments, such as a variable or a "
                 "property.");
}

static AstOp compound_op(AstOp op) {
  static const AstOp map[OP_COUNT] = {
      [OP_ADD_ASSIGN] = OP_ADD, [OP_SUB_ASSIGN] = OP_SUB, [OP_MUL_ASSIGN] = OP_MUL,
      [OP_DIV_ASSIGN] = OP_DIV, [OP_MOD_ASSIGN] = OP_MOD,
  };
  return map[op];
}

/* $x += v fast path: append in place to the local variable's value. */
static Status ev_add_assign_var(Interp *I, const Node *lv, Value r) {
  const char *name = lv->u.var.name;
  size_t len = lv->u.var.len;
  Var *var = scope_local(scope_for(I, lv->u.var.scope), name, len, lv->u.var.hash);
  if (!var->type && var->v.kind == V_INT && r.kind == V_INT &&
      int_fast(OP_ADD, var->v.u.i, r.u.i, &var->v))
    return ST_OK;
  RtError err = {0};
  bool ok = op_add_assign(&I->openv, &var->v, r, &err);
  if (ok && var->type && var->type->id != T_OBJECT) {
    Value cv;
    ok = conv_to_type(var->v, var->type, &cv, &err);
    if (ok) { val_unref(var->v); var->v = cv; }
  }
  return ok ? ST_OK : raise_rt(I, &err, lv);
}

static bool single_expr(const Node *n);

/* `$s = $s + $x` on a local, unconstrained string variable appends in place
 * as `$s += $x` does, so building a 100 MB string this way in a loop stays
 * linear. Only for a right operand without side effects (a variable or a
 * constant) that is a string; false: not applicable, nothing evaluated
 * that matters. */
static bool ev_self_concat(Interp *I, const Node *lv, const Node *rhs) {
  if (lv->kind != N_VAR || lv->u.var.scope != SCOPE_NONE || !single_expr(rhs)) return false;
  const Node *e = rhs->u.pipe.elems.items[0]->u.cmdexpr.expr;
  if (e->kind != N_BINARY || e->u.bin.op != OP_ADD) return false;
  const Node *l = e->u.bin.left, *r = e->u.bin.right;
  if (l->kind != N_VAR || l->u.var.scope != SCOPE_NONE || l->u.var.hash != lv->u.var.hash ||
      !val_streq_ci(l->u.var.name, l->u.var.len, lv->u.var.name, lv->u.var.len))
    return false;
  if (r->kind != N_VAR && r->kind != N_CONST) return false;
  Var *var = scope_find_local(I->scope, lv->u.var.name, lv->u.var.len, lv->u.var.hash);
  if (!var || var->type || (var->flags & (VAR_CONST | VAR_READONLY)) || var->v.kind != V_STR)
    return false;
  Value rv;
  if (ev_expr(I, r, &rv) != ST_OK) return false; /* cannot fail for these kinds */
  bool ok = rv.kind == V_STR;
  if (ok) val_str_append(&var->v, val_sdata(rv), val_slen(rv));
  val_unref(rv);
  return ok;
}

static Status ev_assign(Interp *I, const Node *n, Value *result) {
  const Node *lv = n->u.assign.lhs, *rhs = n->u.assign.rhs;
  Value r;
  if (n->u.assign.op == OP_ASSIGN && ev_self_concat(I, lv, rhs)) {
    if (result) *result = var_read(I, lv);
    return ST_OK;
  }
  Status st = ev_stmt_value(I, rhs, &r);
  if (st != ST_OK) return st;
  AstOp op = n->u.assign.op;
  if (op == OP_ADD_ASSIGN && lv->kind == N_VAR && lv->u.var.scope != SCOPE_ENV &&
      !(lv->u.var.scope == SCOPE_NONE && (is_name(lv, "null") || is_name(lv, "true") ||
                                          is_name(lv, "false")))) {
    st = ev_add_assign_var(I, lv, r);
    val_unref(r);
    if (st == ST_OK && result) *result = var_read(I, lv);
    return st;
  }
  if (op != OP_ASSIGN) {
    Value cur, nv;
    st = ev_lvalue_read(I, lv, &cur);
    if (st != ST_OK) { val_unref(r); return st; }
    RtError err = {0};
    bool ok = op_binary(&I->openv, compound_op(op), 0, cur, r, &nv, &err);
    val_unref(cur), val_unref(r);
    if (!ok) return raise_rt(I, &err, n);
    r = nv;
  }
  if (result) *result = val_ref(r);
  st = ev_lvalue_write(I, lv, r);
  if (st != ST_OK && result) { val_unref(*result); *result = val_null(); }
  return st;
}

/* ------------------------------------------------------------------ */
/* statements                                                          */

static bool single_expr(const Node *n) {
  return n->kind == N_PIPELINE && n->u.pipe.elems.n == 1 &&
         n->u.pipe.elems.items[0]->kind == N_CMDEXPR &&
         n->u.pipe.elems.items[0]->u.cmdexpr.redirs.n == 0;
}

Status ev_stmt_value(Interp *I, const Node *n, Value *out) {
  if (single_expr(n)) return ev_expr(I, n->u.pipe.elems.items[0]->u.cmdexpr.expr, out);
  if (n->kind == N_ASSIGN) return ev_assign(I, n, out);
  Collector c;
  collector_init(&c);
  Status st = ev_stmt(I, n, &c.sink);
  if (st == ST_OK) *out = collector_result(&c);
  collector_free(&c);
  return st;
}

/* Does a pending break/continue belong to a loop with this label? */
static bool flow_mine(Interp *I, const char *label) {
  if (I->flow_label.kind == V_NULL) return true;
  if (!label) return false;
  char *want = conv_to_cstr(I->flow_label, NULL);
  bool mine = val_streq_ci(want, strlen(want), label, strlen(label));
  free(want);
  return mine;
}

static void flow_clear(Interp *I) {
  val_unref(I->flow_label);
  I->flow_label = val_null();
}

/* After a loop body: 0 = go on, 1 = leave the loop (OK), 2 = propagate. */
static int loop_after(Interp *I, Status st, const char *label) {
  if (st == ST_OK) return 0;
  if ((st == ST_BREAK || st == ST_CONTINUE) && flow_mine(I, label)) {
    flow_clear(I);
    return st == ST_BREAK ? 1 : 0;
  }
  return 2;
}

static Status ev_cond(Interp *I, const Node *cond, bool *b) {
  Value v;
  Status st = ev_stmt_value(I, cond, &v);
  if (st != ST_OK) return st;
  *b = conv_to_bool(v);
  val_unref(v);
  return ST_OK;
}

static Status ev_if(Interp *I, const Node *n, Sink *out) {
  for (int i = 0; i < n->u.if_.conds.n; i++) {
    bool b;
    Status st = ev_cond(I, n->u.if_.conds.items[i], &b);
    if (st != ST_OK) return st;
    if (b) return ev_block(I, n->u.if_.bodies.items[i], out);
  }
  return n->u.if_.else_body ? ev_block(I, n->u.if_.else_body, out) : ST_OK;
}

static Status ev_while(Interp *I, const Node *n, Sink *out) {
  const char *label = n->u.loop.label;
  for (;;) {
    bool b = true;
    Status st;
    if (interp_step(I)) return stopped(I, n); /* `do {} while ($true)`: Ctrl+C ends it */
    if (n->kind == N_WHILE) {
      st = ev_cond(I, n->u.loop.cond, &b);
      if (st != ST_OK) return st;
      if (!b) return ST_OK;
    }
    st = ev_block(I, n->u.loop.body, out);
    int r = loop_after(I, st, label);
    if (r == 1) return ST_OK;
    if (r == 2) return st;
    if (n->kind != N_WHILE) {
      st = ev_cond(I, n->u.loop.cond, &b);
      if (st != ST_OK) return st;
      if (n->kind == N_DOWHILE ? !b : b) return ST_OK;
    }
  }
}

static Status ev_for(Interp *I, const Node *n, Sink *out) {
  Status st;
  if (n->u.loop.init && (st = ev_stmt(I, n->u.loop.init, &null_sink)) != ST_OK) return st;
  for (;;) {
    if (interp_step(I)) return stopped(I, n); /* `for (;;) {}` runs no statement */
    if (n->u.loop.cond) {
      bool b;
      st = ev_cond(I, n->u.loop.cond, &b);
      if (st != ST_OK) return st;
      if (!b) return ST_OK;
    }
    st = ev_block(I, n->u.loop.body, out);
    int r = loop_after(I, st, n->u.loop.label);
    if (r == 1) return ST_OK;
    if (r == 2) return st;
    if (n->u.loop.iter && (st = ev_stmt(I, n->u.loop.iter, &null_sink)) != ST_OK) return st;
  }
}

static Status ev_foreach(Interp *I, const Node *n, Sink *out) {
  Value src;
  Status st = ev_stmt_value(I, n->u.loop.source, &src);
  if (st != ST_OK) return st;
  if (src.kind == V_NULL) return ST_OK;
  Value items = src;
  if (src.kind != V_ARR) {
    items = val_arr_new(1);
    val_arr_push(items, src);
  }
  st = ST_OK;
  for (size_t i = 0; i < val_arr_len(items); i++) {
    st = var_write(I, n->u.loop.var, val_ref(val_arr_at(items, i)), NULL);
    if (st != ST_OK) break;
    st = ev_block(I, n->u.loop.body, out);
    int r = loop_after(I, st, n->u.loop.label);
    if (r == 1) { st = ST_OK; break; }
    if (r == 2) break;
    st = ST_OK;
  }
  val_unref(items);
  return st;
}

/* Does switch clause `cond` match value v? */
static Status sw_match(Interp *I, const Node *sw, const Node *cond, Value v, bool *m) {
  unsigned fl = sw->u.sw.flags;
  bool cs = fl & SW_CASESENSITIVE;
  if (cond->kind == N_SBEXPR) {
    Collector c;
    collector_init(&c);
    Value blk = val_block_new(I->cur_script, cond->u.sbexpr.body);
    Status st = interp_invoke_block(I, blk, false, true, v, NULL, 0, &c.sink);
    val_unref(blk);
    Value r = collector_result(&c);
    collector_free(&c);
    *m = st == ST_OK && conv_to_bool(r);
    val_unref(r);
    return st;
  }
  Value cv;
  Status st = ev_expr(I, cond, &cv);
  if (st != ST_OK) return st;
  char *cs_ = conv_to_cstr(cv, NULL), *vs = conv_to_cstr(v, NULL);
  if (fl & SW_REGEX) {
    char *emsg = NULL;
    Rx *rx = rx_get(cs_, strlen(cs_), cs ? RX_CASE : 0, &emsg);
    RxMatch rm;
    unsigned long before = rx_timeouts();
    *m = rx && rx_search(rx, vs, strlen(vs), 0, &rm);
    if (rx_timeouts() != before) {
      RtError e = {0};
      rt_fail(&e, "System.Text.RegularExpressions.RegexMatchTimeoutException",
              "RuntimeException", "NotSpecified", "%s", RX_TIMEOUT_MESSAGE);
      free(emsg);
      free(cs_), free(vs), val_unref(cv);
      return raise_rt(I, &e, cond);
    }
    if (*m) {
      Value h = val_hash_new(false);
      for (int g = 0; g < rm.ngroups; g++) {
        if (rm.start[g] < 0) continue;
        Value gv = val_str(vs + rm.start[g], (size_t)(rm.end[g] - rm.start[g]));
        const char *gname = rx_group_name(rx, g);
        if (gname) val_hash_set(h, val_cstr(gname), gv);
        else val_hash_set(h, val_int(rx_group_number(rx, g)), gv);
      }
      scope_set(I->scope, "Matches", 7, h);
    }
    if (!rx) {
      RtError e = {0};
      rt_fail(&e, EXC_ARGUMENT, "InvalidRegularExpression", "InvalidOperation", "%s",
              emsg ? emsg : "invalid regular expression");
      free(emsg);
      free(cs_), free(vs), val_unref(cv);
      return raise_rt(I, &e, cond);
    }
  } else if (fl & SW_WILDCARD) {
    *m = wc_match(cs_, strlen(cs_), vs, strlen(vs), cs);
  } else if (cv.kind == V_STR || v.kind == V_STR || (fl & SW_EXACT)) {
    *m = cs ? strcmp(cs_, vs) == 0 : val_streq_ci(cs_, strlen(cs_), vs, strlen(vs));
  } else {
    *m = op_equal(v, cv, cs);
  }
  free(cs_), free(vs);
  val_unref(cv);
  return ST_OK;
}

/* One input value through the clauses: 0 go on, 1 leave switch, 2 propagate. */
static int sw_one(Interp *I, const Node *n, Value v, Sink *out, Status *st) {
  bool any = false;
  scope_set(I->scope, "_", 1, val_ref(v));
  for (int i = 0; i < n->u.sw.clauses.n; i++) {
    const Node *cl = n->u.sw.clauses.items[i];
    bool m = false;
    *st = sw_match(I, n, cl->u.clause.cond, v, &m);
    if (*st != ST_OK) return 2;
    if (!m) continue;
    any = true;
    *st = ev_block(I, cl->u.clause.body, out);
    if (*st == ST_OK) continue;
    if ((*st == ST_BREAK || *st == ST_CONTINUE) && flow_mine(I, n->u.sw.label)) {
      flow_clear(I);
      Status was = *st;
      *st = ST_OK;
      return was == ST_BREAK ? 1 : 0;
    }
    return 2;
  }
  if (!any && n->u.sw.dflt) {
    *st = ev_block(I, n->u.sw.dflt, out);
    if ((*st == ST_BREAK || *st == ST_CONTINUE) && flow_mine(I, n->u.sw.label)) {
      flow_clear(I);
      Status was = *st;
      *st = ST_OK;
      return was == ST_BREAK ? 1 : 0;
    }
    if (*st != ST_OK) return 2;
  }
  return 0;
}

static Status ev_switch(Interp *I, const Node *n, Sink *out) {
  Value src;
  Status st = ev_stmt_value(I, n->u.sw.subject, &src);
  if (st != ST_OK) return st;
  Value items = src;
  if (src.kind != V_ARR) {
    items = val_arr_new(1);
    val_arr_push(items, src);
  }
  st = ST_OK;
  for (size_t i = 0; i < val_arr_len(items); i++) {
    int r = sw_one(I, n, val_arr_at(items, i), out, &st);
    if (r != 0) break;
  }
  val_unref(items);
  return st;
}

static Status ev_jump(Interp *I, const Node *n, Status kind) {
  flow_clear(I);
  if (n->u.jump.label) {
    Value l;
    Status st = ev_expr(I, n->u.jump.label, &l);
    if (st != ST_OK) return st;
    I->flow_label = l;
  }
  return kind;
}

static Status ev_return(Interp *I, const Node *n, Sink *out) {
  if (n->u.jump.value) {
    Status st = ev_stmt(I, n->u.jump.value, out);
    if (st != ST_OK) return st;
  }
  return ST_RETURN;
}

static Status ev_exit(Interp *I, const Node *n) {
  int code = 0;
  if (n->u.jump.value) {
    Value v;
    Status st = ev_stmt_value(I, n->u.jump.value, &v);
    if (st != ST_OK) return st;
    int32_t c = 0;
    RtError e = {0};
    if (conv_to_int(v, &c, &e)) code = c;
    rt_error_clear(&e);
    val_unref(v);
  }
  I->exit_code = code;
  I->exited = true;
  return ST_EXIT;
}

static Status ev_throw(Interp *I, const Node *n) {
  Value v = val_null();
  if (n->u.jump.value) {
    Status st = ev_stmt_value(I, n->u.jump.value, &v);
    if (st != ST_OK) return st;
  } else {
    /* bare throw inside catch rethrows $_ */
    Value *cur = interp_var_get(I, "_");
    if (cur && cur->kind == V_OBJ && cur->u.o->cls == OBJ_ERRORRECORD)
      return interp_raise(I, val_ref(*cur), true);
  }
  Value rec;
  if (v.kind == V_OBJ && v.u.o->cls == OBJ_ERRORRECORD) {
    rec = v;
  } else if (v.kind == V_OBJ && v.u.o->cls == OBJ_EXCEPTION) {
    Value *m = val_obj_prop(v, "Message");
    char *msg = m ? conv_to_cstr(*m, NULL) : xstrdup("");
    rec = err_make(I, msg, val_sdata((Value){.kind = V_STR, .u.s = v.u.o->type_name}), NULL,
                   "OperationStopped", n, NULL, val_null(), val_null());
    free(msg);
    val_unref(v);
  } else {
    char *msg = v.kind == V_NULL ? xstrdup("ScriptHalted") : conv_to_cstr(v, NULL);
    rec = err_make(I, msg, EXC_RUNTIME, msg, "OperationStopped", n, NULL, v, val_null());
    free(msg);
    val_unref(v);
  }
  return interp_raise(I, rec, true);
}

static bool catch_matches(Interp *I, const Node *c, Value rec, Status *st) {
  *st = ST_OK;
  if (c->u.catch_.types.n == 0) return true;
  for (int i = 0; i < c->u.catch_.types.n; i++) {
    const char *tn = c->u.catch_.types.items[i]->u.attr.name;
    const TypeInfo *t = type_lookup(tn, strlen(tn));
    if (!t) { *st = unknown_type(I, c->u.catch_.types.items[i], tn); return false; }
    if (err_matches(rec, t)) return true;
  }
  return false;
}

static Status ev_catch(Interp *I, const Node *n, Sink *out) {
  Value rec = I->pending;
  bool fatal = I->pending_fatal;
  I->pending = val_null();
  I->pending_fatal = false;
  for (int i = 0; i < n->u.try_.catches.n; i++) {
    const Node *c = n->u.try_.catches.items[i];
    Status st;
    if (!catch_matches(I, c, rec, &st)) {
      if (st != ST_OK) { val_unref(rec); return st; }
      continue;
    }
    scope_set(I->scope, "_", 1, val_ref(rec));
    val_unref(rec);
    return ev_block(I, c->u.catch_.body, out);
  }
  I->pending = rec; /* no catch matched: keep propagating */
  I->pending_fatal = fatal;
  return ST_ERROR;
}

static Status ev_try(Interp *I, const Node *n, Sink *out) {
  I->handlers++;
  Status st = ev_block(I, n->u.try_.body, out);
  I->handlers--;
  if (st == ST_ERROR && n->u.try_.catches.n) st = ev_catch(I, n, out);
  if (n->u.try_.fin) {
    /* finally runs whatever happened; its own failure wins */
    Value saved = I->pending, label = I->flow_label;
    bool fatal = I->pending_fatal;
    I->pending = val_null();
    I->flow_label = val_null();
    /* after Ctrl+C too (about_Try_Catch_Finally): the stop is lifted for
     * the finally block and comes back after it (a second Ctrl+C stops
     * the finally block itself) */
    int stopped = I->stop;
    I->stop = 0;
    Status fst = ev_block(I, n->u.try_.fin, out);
    if (stopped) I->stop = 1;
    if (fst != ST_OK) {
      val_unref(saved), val_unref(label);
      return fst;
    }
    I->pending = saved;
    I->pending_fatal = fatal;
    I->flow_label = label;
  }
  return st;
}

static Status ev_funcdef(Interp *I, const Node *n) {
  Command *c = cmd_from_function(I, n->u.func.name, n, n->u.func.is_filter);
  if (!c) return ST_ERROR;
  scope_set_func(I->scope, n->u.func.name, c);
  return ST_OK;
}

static Status ev_expr_stmt(Interp *I, const Node *e, Sink *out) {
  if (e->kind == N_UNARY && (e->u.un.op == OP_POSTINC || e->u.un.op == OP_POSTDEC ||
                             e->u.un.op == OP_PREINC || e->u.un.op == OP_PREDEC)) {
    Value v;
    Status st = ev_incdec(I, e, &v);
    val_unref(v);
    return st;
  }
  Value v;
  Status st = ev_expr(I, e, &v);
  if (st != ST_OK) return st;
  st = ev_emit_unrolled(I, out, v);
  val_unref(v);
  return st;
}

/* A statement that ran to completion sets $? to True. */
static Status ok_if(Interp *I, Status st) {
  if (st == ST_OK) I->last_ok = true;
  return st;
}

Status ev_stmt(Interp *I, const Node *n, Sink *out) {
  if (interp_step(I)) return stopped(I, n);
  switch (n->kind) {
  case N_PIPELINE:
    if (single_expr(n)) return ok_if(I, ev_expr_stmt(I, n->u.pipe.elems.items[0]->u.cmdexpr.expr, out));
    return pipe_run(I, n, out);
  case N_ASSIGN: return ok_if(I, ev_assign(I, n, NULL));
  case N_IF: return ev_if(I, n, out);
  case N_WHILE:
  case N_DOWHILE:
  case N_DOUNTIL: return ev_while(I, n, out);
  case N_FOR: return ev_for(I, n, out);
  case N_FOREACH: return ev_foreach(I, n, out);
  case N_SWITCH: return ev_switch(I, n, out);
  case N_BREAK: return ev_jump(I, n, ST_BREAK);
  case N_CONTINUE: return ev_jump(I, n, ST_CONTINUE);
  case N_RETURN: return ev_return(I, n, out);
  case N_EXIT: return ev_exit(I, n);
  case N_THROW: return ev_throw(I, n);
  case N_TRY: return ev_try(I, n, out);
  case N_TRAP: return ST_OK; /* registered with its block */
  case N_FUNCDEF: return ev_funcdef(I, n);
  case N_STMTBLOCK: return ev_block(I, n, out);
  case N_CMDEXPR: return ev_expr_stmt(I, n->u.cmdexpr.expr, out);
  default: return ev_expr_stmt(I, n, out);
  }
}

/* ------------------------------------------------------------------ */
/* blocks, traps and statement-terminating errors                      */

static const Node *find_trap(Interp *I, const Node *block, Value rec) {
  for (int i = 0; i < block->u.block.traps.n; i++) {
    const Node *t = block->u.block.traps.items[i];
    Status st;
    if (catch_matches(I, t, rec, &st)) return t;
  }
  return NULL;
}

/* Run a trap: 0 resume after the statement, 1 propagate (break). */
static Status run_trap(Interp *I, const Node *trap, Sink *out, bool *resume) {
  Value rec = I->pending;
  I->pending = val_null();
  bool was_fatal = I->pending_fatal;
  I->pending_fatal = false;
  Scope *s = scope_new(I->scope);
  I->scope = s;
  scope_set(s, "_", 1, val_ref(rec));
  Status st = ev_block(I, trap->u.catch_.body, out);
  I->scope = s->parent;
  scope_free(s);
  (void)was_fatal;
  if (st == ST_CONTINUE && I->flow_label.kind == V_NULL) {
    *resume = true; /* continue: resume silently */
    val_unref(rec);
    return ST_OK;
  }
  if (st == ST_BREAK && I->flow_label.kind == V_NULL) {
    *resume = false;
    I->pending = rec;
    I->pending_fatal = true;
    return ST_ERROR;
  }
  if (st != ST_OK) { val_unref(rec); return st; }
  /* neither: show the error and go on */
  interp_print_error(I, rec);
  val_unref(rec);
  *resume = true;
  return ST_OK;
}

/* A statement-terminating error nobody handles: report it and go on. */
static bool report_statement_error(Interp *I) {
  if (I->pending_fatal || I->handlers > 0) return false;
  ErrAction ea = interp_error_action(I);
  if (ea == EA_STOP) { I->pending_fatal = true; return false; }
  if (ea != EA_SILENT && ea != EA_IGNORE) interp_print_error(I, I->pending);
  val_unref(I->pending);
  I->pending = val_null();
  I->last_ok = false;
  return true;
}

Status ev_block(Interp *I, const Node *block, Sink *out) {
  if (!block) return ST_OK;
  if (block->kind != N_STMTBLOCK) return ev_stmt(I, block, out);
  bool traps = block->u.block.traps.n > 0;
  if (traps) I->handlers++;
  Status st = ST_OK;
  for (int i = 0; i < block->u.block.stmts.n; i++) {
    st = ev_stmt(I, block->u.block.stmts.items[i], out);
    if (block == I->top_block && out->flush) out->flush(I, out);
    if (st == ST_OK) continue;
    if (st == ST_ERROR && traps) {
      const Node *t = find_trap(I, block, I->pending);
      if (t) {
        bool resume = false;
        I->handlers--;
        st = run_trap(I, t, out, &resume);
        I->handlers++;
        if (st == ST_OK && resume) continue;
        break;
      }
    }
    if (st == ST_ERROR) {
      if (traps) I->handlers--, traps = false;
      if (report_statement_error(I)) { st = ST_OK; continue; }
    }
    break;
  }
  if (traps) I->handlers--;
  return st;
}

Status ev_run_scriptblock(Interp *I, const Node *sb, Sink *out) {
  Status st = ev_block(I, sb->u.sb.begin, out);
  if (st == ST_OK) st = ev_block(I, sb->u.sb.process, out);
  if (st == ST_OK) st = ev_block(I, sb->u.sb.end, out);
  return st;
}
