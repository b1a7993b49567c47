/* objutil.c - helpers shared by the object cmdlets; see objutil.h. */
#define _POSIX_C_SOURCE 200809L
#include "objutil.h"
#include "../parser/xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/convert.h"
#include "../runtime/member.h"
#include "../runtime/ops.h"
#include "../runtime/regex.h"

bool obj_input(CmdCtx *c, Value in, bool has_input, Value *out) {
  if (has_input) {
    *out = in;
    return true;
  }
  Value *io = cmd_arg(c, "InputObject");
  if (io) *out = *io;
  return io != NULL;
}

bool obj_ci_eq(const char *a, const char *b) { return val_streq_ci(a, strlen(a), b, strlen(b)); }

Value obj_prop(Value obj, const char *name) {
  RtError e = {0};
  Value v;
  if (mem_get(obj, name, strlen(name), &v, &e) != MEM_OK) v = val_null();
  rt_error_clear(&e);
  return v;
}

bool obj_has_prop(Value obj, const char *name) {
  RtError e = {0};
  Value v;
  MemResult r = mem_get(obj, name, strlen(name), &v, &e);
  rt_error_clear(&e);
  if (r == MEM_OK) val_unref(v);
  return r == MEM_OK;
}

/* Objects whose string form is kept in a "ToString" entry (dates,
 * versions) do not list that entry as a property. */
static bool hidden_prop(Value obj, Value key) {
  return obj.u.o->cls == OBJ_GENERIC && key.kind == V_STR &&
         obj_ci_eq(val_sdata(key), "ToString");
}

Value obj_prop_names(Value obj) {
  Value names = val_arr_new(0);
  if (obj.kind == V_STR) val_arr_push(names, val_cstr("Length"));
  if (obj.kind != V_OBJ) return names;
  VHash *h = obj.u.o->props;
  for (size_t i = 0; i < h->len; i++)
    if (!hidden_prop(obj, h->ents[i].key)) val_arr_push(names, conv_to_str(h->ents[i].key, NULL));
  return names;
}

Status obj_eval(CmdCtx *c, Value in, Value expr, Value *out) {
  *out = val_null();
  if (expr.kind == V_BLOCK) {
    Collector r;
    collector_init(&r);
    Status st = interp_invoke_block(c->I, expr, false, true, in, NULL, 0, &r.sink);
    if (st == ST_OK) *out = collector_result(&r);
    collector_free(&r);
    return st;
  }
  if (expr.kind == V_NULL) {
    *out = val_ref(in);
    return ST_OK;
  }
  char *name = conv_to_cstr(expr, NULL);
  *out = obj_prop(in, name);
  free(name);
  return ST_OK;
}

/* Culture-style string order: letters compare without case first; with
 * cs, the first case difference puts lower case before upper case. */
static int str_order(Value a, Value b, bool cs) {
  int r = val_strcasecmp(val_sdata(a), val_slen(a), val_sdata(b), val_slen(b));
  if (r || !cs) return r < 0 ? -1 : r > 0;
  const char *p = val_sdata(a), *q = val_sdata(b);
  for (size_t i = 0; i < val_slen(a) && i < val_slen(b); i++)
    if (p[i] != q[i]) return (p[i] >= 'a' && p[i] <= 'z') ? -1 : 1;
  return 0;
}

int obj_compare(Value a, Value b, bool cs) {
  if (a.kind == V_NULL || b.kind == V_NULL) return (b.kind == V_NULL) - (a.kind == V_NULL);
  if (a.kind == V_STR && b.kind == V_STR) return str_order(a, b, cs);
  RtError e = {0};
  int cmp = 0;
  if (a.kind != V_STR && op_compare(a, b, cs, &cmp, &e)) return cmp < 0 ? -1 : cmp > 0;
  rt_error_clear(&e);
  Value sa = conv_to_str(a, NULL), sb = conv_to_str(b, NULL);
  int r = str_order(sa, sb, cs);
  val_unref(sa), val_unref(sb);
  return r;
}

Status obj_fail(CmdCtx *c, const char *exc, const char *fqid, const char *cat, Value target,
                const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Status st = cmd_verrorf(c, exc, fqid, cat, target, fmt, ap);
  va_end(ap);
  val_unref(target);
  return st;
}

Status obj_each(CmdCtx *c, Value v, ObjEachFn fn, void *ctx) {
  if (v.kind != V_ARR) return fn(c, ctx, v);
  Value keep = val_ref(v);
  Status st = ST_OK;
  for (size_t i = 0; i < val_arr_len(keep) && st == ST_OK; i++)
    st = fn(c, ctx, val_arr_at(keep, i));
  val_unref(keep);
  return st;
}

char **obj_strs(Value *v, int *n) {
  *n = 0;
  if (!v || v->kind == V_NULL) return NULL;
  size_t len = v->kind == V_ARR ? val_arr_len(*v) : 1;
  char **s = xcalloc(len + 1, sizeof *s);
  for (size_t i = 0; i < len; i++)
    s[(*n)++] = conv_to_cstr(v->kind == V_ARR ? val_arr_at(*v, i) : *v, NULL);
  return s;
}

void obj_strs_free(char **s, int n) {
  for (int i = 0; i < n; i++) free(s[i]);
  free(s);
}

bool obj_match_any(char **pats, int n, const char *name) {
  for (int i = 0; i < n; i++)
    if (wc_match(pats[i], strlen(pats[i]), name, strlen(name), false)) return true;
  return false;
}
