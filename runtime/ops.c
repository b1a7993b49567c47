/* ops.c - PowerShell's operators on values; see ops.h and powershell.md §3.
 *
 * The left operand decides how the right one is converted. A collection on
 * the left of a comparison, -like or -match filters it. Arithmetic follows
 * NumericOps.cs: Int32 results that overflow become Double, Int64 results
 * that overflow become Double, and int / int stays an integer only when
 * the division is exact. */
#define _POSIX_C_SOURCE 200809L
#include "ops.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "fmt.h"
#include "regex.h"
#include "strbuf.h"
#include "types.h"

/* The longest array the range operator may build. */
#define RANGE_MAX 50000000
/* The largest array or string that * may build. */
#define REPEAT_MAX ((size_t)1 << 30)

static bool is_cs(unsigned flags) { return (flags & AST_CASE_SENSITIVE) != 0; }
static const char *ofs_of(const OpEnv *env) { return env ? env->ofs : NULL; }

/* A borrowed view of v's string form. *tmp holds a converted copy (or
 * V_NULL); the caller releases it with val_unref. */
static void str_view(Value v, Value *tmp, const char **s, size_t *n) {
  *tmp = val_null();
  if (v.kind != V_STR) {
    *tmp = conv_to_str(v, NULL);
    v = *tmp;
  }
  *s = val_sdata(v);
  *n = val_slen(v);
}

static Value sb_value(StrBuf *b) {
  size_t n;
  char *s = sb_take(b, &n);
  return val_str_take(s, n);
}

static bool no_method(Value l, const char *method, RtError *err) {
  return rt_fail(err, EXC_RUNTIME, "MethodNotFound", "InvalidOperation",
                 "Method invocation failed because [%s] does not contain a method named '%s'.",
                 conv_type_name(l), method);
}

/* ------------------------------------------------------------------ */
/* numbers                                                             */

/* Any value as a number: bools give 0/1, $null gives 0, strings parse. */
static bool to_num(Value v, Value *out, RtError *err) {
  switch (v.kind) {
  case V_INT: case V_LONG: case V_DOUBLE: *out = v; return true;
  case V_BOOL: *out = val_int(v.u.b ? 1 : 0); return true;
  case V_NULL: *out = val_int(0); return true;
  default: return conv_to_number(v, out, err);
  }
}

static double num_d(Value n) {
  if (n.kind == V_DOUBLE) return n.u.d;
  return n.kind == V_LONG ? (double)n.u.l : (double)n.u.i;
}

static int64_t num_l(Value n) { return n.kind == V_LONG ? n.u.l : (int64_t)n.u.i; }

static bool div_zero(RtError *err) {
  return rt_fail(err, EXC_DIVZERO, "RuntimeException", "NotSpecified",
                 "Attempted to divide by zero.");
}

static Value arith_double(AstOp op, double a, double b) {
  switch (op) {
  case OP_ADD: return val_double(a + b);
  case OP_SUB: return val_double(a - b);
  case OP_MUL: return val_double(a * b);
  case OP_DIV: return val_double(a / b);
  default: return val_double(fmod(a, b));
  }
}

/* Integer arithmetic; `narrow` when both operands were Int32. */
static bool arith_int(AstOp op, int64_t a, int64_t b, bool narrow, Value *out, RtError *err) {
  int64_t r = 0;
  bool ovf = false;
  switch (op) {
  case OP_ADD: ovf = __builtin_add_overflow(a, b, &r); break;
  case OP_SUB: ovf = __builtin_sub_overflow(a, b, &r); break;
  case OP_MUL: ovf = __builtin_mul_overflow(a, b, &r); break;
  case OP_DIV:
    if (b == 0) return div_zero(err);
    if ((a == INT64_MIN && b == -1) || a % b != 0) {
      *out = val_double((double)a / (double)b);
      return true;
    }
    r = a / b;
    break;
  default:
    if (b == 0) return div_zero(err);
    r = b == -1 ? 0 : a % b;
    break;
  }
  if (ovf) *out = arith_double(op, (double)a, (double)b);
  else if (!narrow) *out = val_long(r);
  else if (r >= INT32_MIN && r <= INT32_MAX) *out = val_int((int32_t)r);
  else *out = val_double((double)r);
  return true;
}

static bool arith(AstOp op, Value l, Value r, Value *out, RtError *err) {
  Value a, b;
  if (!to_num(l, &a, err) || !to_num(r, &b, err)) return false;
  if (a.kind == V_DOUBLE || b.kind == V_DOUBLE) {
    *out = arith_double(op, num_d(a), num_d(b));
    return true;
  }
  return arith_int(op, num_l(a), num_l(b), a.kind == V_INT && b.kind == V_INT, out, err);
}

/* ------------------------------------------------------------------ */
/* + - * / %                                                           */

/* Object[] holding l's elements followed by r (or r's elements). */
static Value arr_concat(Value l, Value r) {
  size_t rn = r.kind == V_ARR ? val_arr_len(r) : 1;
  Value a = val_arr_new(val_arr_len(l) + rn);
  for (size_t i = 0; i < val_arr_len(l); i++) val_arr_push(a, val_ref(val_arr_at(l, i)));
  if (r.kind != V_ARR) val_arr_push(a, val_ref(r));
  else
    for (size_t i = 0; i < rn; i++) val_arr_push(a, val_ref(val_arr_at(r, i)));
  return a;
}

static bool dup_key(Value key, RtError *err) {
  char *k = conv_to_cstr(key, NULL);
  rt_fail(err, EXC_ARGUMENT, NULL, "NotSpecified",
          "Item has already been added. Key in dictionary: '%s'  Key being added: '%s'", k, k);
  free(k);
  return false;
}

static bool hash_merge(Value l, Value r, Value *out, RtError *err) {
  if (r.kind != V_HASH)
    return rt_fail(err, EXC_RUNTIME, "AddHashTableToNonHashTable", "InvalidOperation",
                   "A hash table can only be added to another hash table.");
  Value h = val_hash_copy(l);
  for (size_t i = 0; i < r.u.h->len; i++) {
    VHashEnt *e = &r.u.h->ents[i];
    if (val_hash_get(h, e->key)) {
      val_unref(h);
      return dup_key(e->key, err);
    }
    val_hash_set(h, val_ref(e->key), val_ref(e->val));
  }
  *out = h;
  return true;
}

static bool out_of_memory(RtError *err) {
  return rt_fail(err, "System.OutOfMemoryException", "System.OutOfMemoryException",
                 "OperationStopped", "Exception of type 'System.OutOfMemoryException' was thrown.");
}

/* l + r for a string l: one allocation of the final size, one copy of each
 * side (a 100 MB string is not copied twice on its way out). */
static bool str_concat(OpEnv *env, Value l, Value r, Value *out, RtError *err) {
  Value rs = conv_to_str(r, ofs_of(env));
  size_t ln = val_slen(l), rn = val_slen(rs);
  Value s = rn > SIZE_MAX - ln ? val_null() : val_str_try_alloc(ln + rn);
  if (s.kind == V_NULL) {
    val_unref(rs);
    return out_of_memory(err);
  }
  memcpy(s.u.s->data, val_sdata(l), ln);
  memcpy(s.u.s->data + ln, val_sdata(rs), rn);
  val_unref(rs);
  *out = s;
  return true;
}

static bool op_add(OpEnv *env, Value l, Value r, Value *out, RtError *err) {
  switch (l.kind) {
  case V_NULL: *out = val_ref(r); return true;
  case V_STR: return str_concat(env, l, r, out, err);
  case V_ARR: *out = arr_concat(l, r); return true;
  case V_HASH: return hash_merge(l, r, out, err);
  case V_BOOL: case V_INT: case V_LONG: case V_DOUBLE: return arith(OP_ADD, l, r, out, err);
  default: return no_method(l, "op_Addition", err);
  }
}

static bool repeat_count(Value r, size_t unit, int32_t *n, RtError *err) {
  if (!conv_to_int(r, n, err)) return false;
  if (*n < 0) *n = 0;
  if (unit && (size_t)*n > REPEAT_MAX / unit)
    return rt_fail(err, EXC_OVERFLOW, NULL, "NotSpecified",
                   "Array dimensions exceeded supported range.");
  return true;
}

static bool op_mul(Value l, Value r, Value *out, RtError *err) {
  int32_t n;
  if (l.kind == V_STR) {
    if (!repeat_count(r, val_slen(l), &n, err)) return false;
    size_t unit = val_slen(l), total = unit * (size_t)n, done = unit;
    Value s = val_str_try_alloc(total);
    if (s.kind == V_NULL) return out_of_memory(err);
    if (total) memcpy(s.u.s->data, val_sdata(l), unit);
    while (done < total) { /* doubling copies: fast for 'a' * 100MB */
      size_t k = done < total - done ? done : total - done;
      memcpy(s.u.s->data + done, s.u.s->data, k);
      done += k;
    }
    *out = s;
    return true;
  }
  if (l.kind == V_ARR) {
    if (!repeat_count(r, val_arr_len(l), &n, err)) return false;
    Value a = val_arr_new(val_arr_len(l) * (size_t)n);
    for (int32_t i = 0; i < n; i++)
      for (size_t j = 0; j < val_arr_len(l); j++) val_arr_push(a, val_ref(val_arr_at(l, j)));
    *out = a;
    return true;
  }
  if (l.kind == V_HASH || l.kind >= V_OBJ) return no_method(l, "op_Multiply", err);
  return arith(OP_MUL, l, r, out, err);
}

/* - / %: numbers only (a string on the left is parsed as a number). */
static bool op_numeric(AstOp op, Value l, Value r, Value *out, RtError *err) {
  static const char *names[] = {[OP_SUB] = "op_Subtraction", [OP_DIV] = "op_Division",
                                [OP_MOD] = "op_Modulus"};
  if (l.kind == V_ARR || l.kind == V_HASH || l.kind >= V_OBJ) return no_method(l, names[op], err);
  return arith(op, l, r, out, err);
}

/* ------------------------------------------------------------------ */
/* comparison                                                          */

/* Case-insensitive order; with cs, equal-ignoring-case strings are ordered
 * lower case first (as culture comparison does). */
static int str_order(const char *a, size_t an, const char *b, size_t bn, bool cs) {
  int c = val_strcasecmp(a, an, b, bn);
  if (c || !cs) return c < 0 ? -1 : c > 0;
  size_t n = an < bn ? an : bn;
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i]) return (unsigned char)a[i] > (unsigned char)b[i] ? -1 : 1;
  return an < bn ? -1 : an > bn;
}

static bool str_equal(const char *a, size_t an, const char *b, size_t bn, bool cs) {
  if (cs) return an == bn && memcmp(a, b, an) == 0;
  return val_streq_ci(a, an, b, bn);
}

static bool compare_fail(Value l, Value r, RtError *inner, RtError *err) {
  char *ls = conv_to_cstr(l, NULL), *rs = conv_to_cstr(r, NULL);
  rt_fail(err, EXC_RUNTIME, "ComparisonFailure", "InvalidOperation",
          "Could not compare \"%s\" to \"%s\". Error: \"%s\"", ls, rs,
          inner->msg ? inner->msg : "");
  free(ls), free(rs);
  rt_error_clear(inner);
  return false;
}

static bool not_comparable(Value l, RtError *err) {
  char *ls = conv_to_cstr(l, NULL);
  rt_fail(err, EXC_RUNTIME, "NotIcomparable", "InvalidOperation",
          "Cannot compare \"%s\" because it is not IComparable.", ls);
  free(ls);
  return false;
}

static bool cmp_num(Value l, Value r, bool eq, int *cmp, RtError *err) {
  Value b = val_int(0);
  if (r.kind == V_NULL && eq) { *cmp = 1; return true; }
  RtError e2 = {0};
  if (r.kind != V_NULL && !to_num(r, &b, &e2)) {
    if (!eq) return compare_fail(l, r, &e2, err);
    rt_error_clear(&e2);
    *cmp = 1;
    return true;
  }
  if (l.kind != V_DOUBLE && b.kind != V_DOUBLE) {
    int64_t x = num_l(l), y = num_l(b);
    *cmp = (x > y) - (x < y);
  } else {
    double x = num_d(l), y = num_d(b);
    *cmp = x < y ? -1 : x > y ? 1 : x == y ? 0 : 1;
  }
  return true;
}

static bool cmp_str(Value l, Value r, bool cs, bool eq, int *cmp) {
  if (r.kind == V_NULL) { *cmp = 1; return true; }
  Value tmp;
  const char *s;
  size_t n;
  str_view(r, &tmp, &s, &n);
  if (eq) *cmp = str_equal(val_sdata(l), val_slen(l), s, n, cs) ? 0 : 1;
  else *cmp = str_order(val_sdata(l), val_slen(l), s, n, cs);
  val_unref(tmp);
  return true;
}

static bool cmp_type(Value l, Value r, bool eq, int *cmp, RtError *err) {
  if (!eq) return not_comparable(l, err);
  const TypeInfo *t = r.kind == V_TYPE ? r.u.t : NULL;
  if (r.kind == V_STR) t = type_lookup(val_sdata(r), val_slen(r));
  *cmp = t == l.u.t ? 0 : 1;
  return true;
}

/* Reference types: equal only when they are the same object. */
static bool same_ref(Value l, Value r) {
  if (l.kind != r.kind) return false;
  switch (l.kind) {
  case V_ARR: return l.u.a == r.u.a;
  case V_HASH: return l.u.h == r.u.h;
  case V_OBJ: return l.u.o == r.u.o;
  case V_BLOCK: return l.u.sb == r.u.sb;
  case V_HANDLE: return l.u.hd == r.u.hd;
  default: return false;
  }
}

/* Compare l with r converted to l's type. With eq, only equality matters
 * and a failed conversion means "not equal" rather than an error. */
static bool cmp_values(Value l, Value r, bool cs, bool eq, int *cmp, RtError *err) {
  switch (l.kind) {
  case V_NULL: *cmp = r.kind == V_NULL ? 0 : -1; return true;
  case V_BOOL:
    if (r.kind == V_NULL) { *cmp = 1; return true; }
    *cmp = (int)l.u.b - (int)conv_to_bool(r);
    return true;
  case V_INT: case V_LONG: case V_DOUBLE: return cmp_num(l, r, eq, cmp, err);
  case V_STR: return cmp_str(l, r, cs, eq, cmp);
  case V_TYPE: return cmp_type(l, r, eq, cmp, err);
  default:
    if (!eq) return not_comparable(l, err);
    *cmp = same_ref(l, r) ? 0 : 1;
    return true;
  }
}

bool op_equal(Value l, Value r, bool case_sensitive) {
  int c = 1;
  return cmp_values(l, r, case_sensitive, true, &c, NULL) && c == 0;
}

bool op_compare(Value l, Value r, bool case_sensitive, int *cmp, RtError *err) {
  return cmp_values(l, r, case_sensitive, false, cmp, err);
}

/* ------------------------------------------------------------------ */
/* comparison-like operators that filter collections                   */

typedef struct Test {
  AstOp op;
  bool cs;
  Value r;       /* right operand (borrowed) */
  Value pat;     /* -like pattern as a string (owned) */
  Rx *rx;        /* -match pattern (borrowed from the cache) */
} Test;

static bool test_cmp(const Test *t, Value e, bool *res, RtError *err) {
  bool eq = t->op == OP_EQ || t->op == OP_NE;
  int c;
  if (!cmp_values(e, t->r, t->cs, eq, &c, err)) return false;
  switch (t->op) {
  case OP_EQ: *res = c == 0; break;
  case OP_NE: *res = c != 0; break;
  case OP_GT: *res = c > 0; break;
  case OP_GE: *res = c >= 0; break;
  case OP_LT: *res = c < 0; break;
  default: *res = c <= 0; break;
  }
  return true;
}

static bool test_like(const Test *t, Value e, bool *res) {
  Value tmp;
  const char *s;
  size_t n;
  str_view(e, &tmp, &s, &n);
  bool hit = wc_match(val_sdata(t->pat), val_slen(t->pat), s, n, t->cs);
  val_unref(tmp);
  *res = hit == (t->op == OP_LIKE);
  return true;
}

static bool test_match(const Test *t, Value e, bool *res) {
  Value tmp;
  const char *s;
  size_t n;
  str_view(e, &tmp, &s, &n);
  RxMatch m;
  bool hit = rx_search(t->rx, s, n, 0, &m);
  val_unref(tmp);
  *res = hit == (t->op == OP_MATCH);
  return true;
}

static bool test_elem(const Test *t, Value e, bool *res, RtError *err) {
  switch (t->op) {
  case OP_LIKE: case OP_NOTLIKE: return test_like(t, e, res);
  case OP_MATCH: case OP_NOTMATCH: return test_match(t, e, res);
  default: return test_cmp(t, e, res, err);
  }
}

/* The elements of arr that pass the test, always as an Object[]. */
static bool filter(const Test *t, Value arr, Value *out, RtError *err) {
  Value a = val_arr_new(0);
  for (size_t i = 0; i < val_arr_len(arr); i++) {
    Value e = val_arr_at(arr, i);
    bool keep;
    if (!test_elem(t, e, &keep, err)) {
      val_unref(a);
      return false;
    }
    if (keep) val_arr_push(a, val_ref(e));
  }
  *out = a;
  return true;
}

static bool get_rx(Value pat, unsigned flags, Rx **rx, RtError *err) {
  Value tmp;
  const char *s;
  size_t n;
  str_view(pat, &tmp, &s, &n);
  char *msg = NULL;
  *rx = rx_get(s, n, flags, &msg);
  val_unref(tmp);
  if (*rx) return true;
  rt_fail(err, EXC_ARGUMENT, "InvalidRegularExpression", "InvalidOperation", "%s",
          msg ? msg : "Invalid regular expression.");
  free(msg);
  return false;
}

/* $Matches: named groups, then numbered groups from the highest down to 0
 * (the order a .NET Hashtable enumerates small integer keys in). */
static Value matches_hash(Rx *rx, const char *s, const RxMatch *m) {
  Value h = val_hash_new(false);
  int n = m->ngroups < RX_MAX_GROUPS ? m->ngroups : RX_MAX_GROUPS;
  for (int i = 1; i < n; i++) {
    const char *name = rx_group_name(rx, i);
    if (name && m->start[i] >= 0)
      val_hash_setc(h, name, val_str(s + m->start[i], (size_t)(m->end[i] - m->start[i])));
  }
  for (int i = n - 1; i >= 0; i--) {
    if ((i > 0 && rx_group_name(rx, i)) || m->start[i] < 0) continue;
    Value v = val_str(s + m->start[i], (size_t)(m->end[i] - m->start[i]));
    val_hash_set(h, val_int(i ? rx_group_number(rx, i) : 0), v);
  }
  return h;
}

static Value match_scalar(OpEnv *env, const Test *t, Value l) {
  Value tmp;
  const char *s;
  size_t n;
  str_view(l, &tmp, &s, &n);
  RxMatch m;
  bool hit = rx_search(t->rx, s, n, 0, &m);
  if (hit && env) {
    val_unref(env->matches);
    env->matches = matches_hash(t->rx, s, &m);
  }
  val_unref(tmp);
  return val_bool(hit == (t->op == OP_MATCH));
}

static bool op_test(OpEnv *env, AstOp op, bool cs, Value l, Value r, Value *out, RtError *err) {
  Test t = {op, cs, r, val_null(), NULL};
  if (op == OP_LIKE || op == OP_NOTLIKE) t.pat = conv_to_str(r, NULL);
  if ((op == OP_MATCH || op == OP_NOTMATCH) && !get_rx(r, cs ? RX_CASE : 0, &t.rx, err))
    return false;
  bool ok = true;
  if (l.kind == V_ARR) {
    ok = filter(&t, l, out, err);
  } else if (t.rx) {
    *out = match_scalar(env, &t, l);
  } else {
    bool res = false;
    ok = test_elem(&t, l, &res, err);
    if (ok) *out = val_bool(res);
  }
  val_unref(t.pat);
  return ok;
}

/* -contains / -in: equality as -eq with the collection's element on the left. */
static bool op_contains(AstOp op, bool cs, Value l, Value r, Value *out) {
  bool in = op == OP_IN || op == OP_NOTIN;
  Value coll = in ? r : l, x = in ? l : r;
  bool found = false;
  if (coll.kind == V_ARR) {
    for (size_t i = 0; i < val_arr_len(coll) && !found; i++)
      found = op_equal(val_arr_at(coll, i), x, cs);
  } else {
    found = op_equal(coll, x, cs);
  }
  *out = val_bool(found == (op == OP_CONTAINS || op == OP_IN));
  return true;
}

/* ------------------------------------------------------------------ */
/* -replace -split -join                                               */

static bool replace_args(Value r, Value *pat, Value *rep, RtError *err) {
  *rep = val_null();
  if (r.kind != V_ARR) {
    *pat = r;
    return true;
  }
  size_t n = val_arr_len(r);
  if (n == 0 || n > 2)
    return rt_fail(err, EXC_RUNTIME, "BadReplaceArgument", "InvalidOperation",
                   "The -replace operator allows only two elements to follow it, not %zu.", n);
  *pat = val_arr_at(r, 0);
  if (n == 2) *rep = val_arr_at(r, 1);
  return true;
}

static Value replace_one(Rx *rx, Value subject, Value rep) {
  Value ts, tr;
  const char *s, *rs;
  size_t n, rn;
  str_view(subject, &ts, &s, &n);
  str_view(rep, &tr, &rs, &rn);
  size_t outlen;
  char *res = rx_replace(rx, s, n, rs, rn, &outlen);
  val_unref(ts), val_unref(tr);
  return val_str_take(res, outlen);
}

static bool op_replace(bool cs, Value l, Value r, Value *out, RtError *err) {
  Value pat, rep;
  Rx *rx;
  if (!replace_args(r, &pat, &rep, err) || !get_rx(pat, cs ? RX_CASE : 0, &rx, err)) return false;
  if (l.kind != V_ARR) {
    *out = replace_one(rx, l, rep);
    return true;
  }
  Value a = val_arr_new(val_arr_len(l));
  for (size_t i = 0; i < val_arr_len(l); i++)
    val_arr_push(a, replace_one(rx, val_arr_at(l, i), rep));
  *out = a;
  return true;
}

static const struct {
  const char *name;
  unsigned set, clear;
} split_opts[] = {
    {"SimpleMatch", RX_LITERAL, 0}, {"RegexMatch", 0, 0}, {"CultureInvariant", 0, 0},
    {"IgnorePatternWhitespace", RX_IGNOREWS, 0}, {"Multiline", RX_MULTILINE, 0},
    {"Singleline", RX_SINGLELINE, 0}, {"IgnoreCase", 0, RX_CASE},
    {"ExplicitCapture", RX_EXPLICIT, 0},
};

static bool split_opt(const char *w, size_t n, unsigned *flags, RtError *err) {
  while (n && (*w == ' ' || *w == '\t')) w++, n--;
  while (n && (w[n - 1] == ' ' || w[n - 1] == '\t')) n--;
  if (n == 0) return true;
  for (size_t i = 0; i < sizeof split_opts / sizeof split_opts[0]; i++) {
    if (!val_streq_ci(w, n, split_opts[i].name, strlen(split_opts[i].name))) continue;
    *flags = (*flags | split_opts[i].set) & ~split_opts[i].clear;
    return true;
  }
  return rt_fail(err, EXC_INVALIDCAST, "InvalidCastFromStringToEnum", "InvalidArgument",
                 "Cannot convert value \"%.*s\" to type "
                 "\"System.Management.Automation.SplitOptions\". Error: \"Unable to match the "
                 "identifier name %.*s to a valid enumerator name. Specify one of the following "
                 "enumerator names and try again: SimpleMatch, RegexMatch, CultureInvariant, "
                 "IgnorePatternWhitespace, Multiline, Singleline, IgnoreCase, ExplicitCapture\"",
                 (int)n, w, (int)n, w);
}

static bool split_opts_parse(Value v, unsigned *flags, RtError *err) {
  Value tmp;
  const char *s;
  size_t n;
  str_view(v, &tmp, &s, &n);
  bool ok = true;
  size_t start = 0;
  for (size_t i = 0; i <= n && ok; i++) {
    if (i < n && s[i] != ',') continue;
    ok = split_opt(s + start, i - start, flags, err);
    start = i + 1;
  }
  val_unref(tmp);
  return ok;
}

static bool split_args(Value r, bool cs, Rx **rx, int *max, RtError *err) {
  Value pat = r;
  unsigned flags = cs ? RX_CASE : 0;
  int32_t m = 0;
  if (r.kind == V_ARR && val_arr_len(r) > 0) {
    size_t n = val_arr_len(r);
    pat = val_arr_at(r, 0);
    if (n > 1 && !conv_to_int(val_arr_at(r, 1), &m, err)) return false;
    if (n > 2 && !split_opts_parse(val_arr_at(r, 2), &flags, err)) return false;
  }
  *max = m > 0 ? m : 0;
  return get_rx(pat, flags, rx, err);
}

static void push_piece(const char *piece, size_t plen, void *ctx) {
  val_arr_push(*(Value *)ctx, val_str(piece, plen));
}

static void split_into(Value *acc, Rx *rx, int max, Value subject) {
  Value tmp;
  const char *s;
  size_t n;
  str_view(subject, &tmp, &s, &n);
  rx_split(rx, s, n, max, push_piece, acc);
  val_unref(tmp);
}

static bool op_split(bool cs, Value l, Value r, Value *out, RtError *err) {
  Rx *rx;
  int max;
  if (!split_args(r, cs, &rx, &max, err)) return false;
  Value a = val_arr_new(0);
  if (l.kind != V_ARR) split_into(&a, rx, max, l);
  else
    for (size_t i = 0; i < val_arr_len(l); i++) split_into(&a, rx, max, val_arr_at(l, i));
  *out = a;
  return true;
}

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Unary -split: whitespace separated words, empty ones dropped. */
static void split_ws(Value *acc, Value subject) {
  Value tmp;
  const char *s;
  size_t n;
  str_view(subject, &tmp, &s, &n);
  size_t i = 0;
  while (i < n) {
    while (i < n && is_space((unsigned char)s[i])) i++;
    size_t start = i;
    while (i < n && !is_space((unsigned char)s[i])) i++;
    if (i > start) val_arr_push(*acc, val_str(s + start, i - start));
  }
  val_unref(tmp);
}

static Value join_values(Value l, const char *sep, size_t seplen, const char *ofs) {
  StrBuf b = SB_INIT;
  if (l.kind != V_ARR) {
    conv_append_str(&b, l, ofs);
  } else {
    for (size_t i = 0; i < val_arr_len(l); i++) {
      if (i) sb_putn(&b, sep, seplen);
      conv_append_str(&b, val_arr_at(l, i), ofs);
    }
  }
  return sb_value(&b);
}

static bool op_join(OpEnv *env, Value l, Value r, Value *out) {
  Value sep = conv_to_str(r, ofs_of(env));
  *out = join_values(l, val_sdata(sep), val_slen(sep), ofs_of(env));
  val_unref(sep);
  return true;
}

/* ------------------------------------------------------------------ */
/* -is -isnot -as -f ..                                                */

static bool type_arg(Value r, const TypeInfo **t, RtError *err) {
  if (r.kind == V_TYPE) {
    *t = r.u.t;
    return true;
  }
  Value tmp;
  const char *s;
  size_t n;
  str_view(r, &tmp, &s, &n);
  if (n >= 2 && s[0] == '[' && s[n - 1] == ']') s++, n -= 2;
  *t = type_lookup(s, n);
  if (!*t)
    rt_fail(err, EXC_RUNTIME, "TypeNotFound", "InvalidOperation", "Unable to find type [%.*s].",
            (int)n, s);
  val_unref(tmp);
  return *t != NULL;
}

static bool op_is(AstOp op, Value l, Value r, Value *out, RtError *err) {
  const TypeInfo *t;
  if (!type_arg(r, &t, err)) return false;
  if (op != OP_AS) {
    *out = val_bool(type_is(l, t) == (op == OP_IS));
    return true;
  }
  RtError e2 = {0};
  if (!conv_to_type(l, t, out, &e2)) {
    rt_error_clear(&e2);
    *out = val_null();
  }
  return true;
}

static bool op_format(OpEnv *env, Value l, Value r, Value *out, RtError *err) {
  Value f = conv_to_str(l, ofs_of(env));
  const Value *args = r.kind == V_ARR ? r.u.a->items : &r;
  int nargs = r.kind == V_ARR ? (int)val_arr_len(r) : 1;
  StrBuf b = SB_INIT;
  bool ok = fmt_composite(&b, val_sdata(f), val_slen(f), args, nargs, err);
  val_unref(f);
  if (!ok) {
    sb_free(&b);
    return false;
  }
  *out = sb_value(&b);
  return true;
}

static bool op_range(Value l, Value r, Value *out, RtError *err) {
  int32_t a, b;
  if (!conv_to_int(l, &a, err) || !conv_to_int(r, &b, err)) return false;
  int64_t n = (a > b ? (int64_t)a - b : (int64_t)b - a) + 1;
  if (n > RANGE_MAX)
    return rt_fail(err, EXC_RUNTIME, "RangeTooLarge", "InvalidOperation",
                   "The range %d..%d is too large: it has %lld elements, more than the %d "
                   "allowed.", a, b, (long long)n, RANGE_MAX);
  Value arr = val_arr_new((size_t)n);
  int step = a > b ? -1 : 1;
  for (int64_t i = 0, v = a; i < n; i++, v += step) val_arr_push(arr, val_int((int32_t)v));
  *out = arr;
  return true;
}

/* ------------------------------------------------------------------ */
/* bitwise                                                             */

/* An operand of a bitwise operator: *wide when it does not fit Int32. */
static bool to_bits(Value v, int64_t *x, bool *wide, RtError *err) {
  Value n;
  if (!to_num(v, &n, err)) return false;
  if (n.kind == V_DOUBLE) {
    double d = nearbyint(n.u.d);
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
      return rt_fail(err, EXC_INVALIDCAST, "InvalidCastIConvertible", "InvalidArgument",
                     "Cannot convert value \"%g\" to type \"System.Int64\". Error: \"Value was "
                     "either too large or too small for an Int64.\"", n.u.d);
    *x = (int64_t)d;
    *wide = *x < INT32_MIN || *x > INT32_MAX;
    return true;
  }
  *x = num_l(n);
  *wide = n.kind == V_LONG;
  return true;
}

static Value bits_result(int64_t r, bool wide) {
  return wide ? val_long(r) : val_int((int32_t)r);
}

static bool op_bits(AstOp op, Value l, Value r, Value *out, RtError *err) {
  int64_t a, b;
  bool wa, wb;
  if (!to_bits(l, &a, &wa, err) || !to_bits(r, &b, &wb, err)) return false;
  switch (op) {
  case OP_BAND: *out = bits_result(a & b, wa || wb); break;
  case OP_BOR: *out = bits_result(a | b, wa || wb); break;
  case OP_BXOR: *out = bits_result(a ^ b, wa || wb); break;
  case OP_SHL:
    if (wa) *out = val_long((int64_t)((uint64_t)a << (b & 63)));
    else *out = val_int((int32_t)((uint32_t)a << (b & 31)));
    break;
  default:
    if (wa) *out = val_long(a >> (b & 63));
    else *out = val_int((int32_t)a >> (b & 31));
    break;
  }
  return true;
}

/* ------------------------------------------------------------------ */
/* entry points                                                        */

static bool op_binary_(OpEnv *env, AstOp op, unsigned flags, Value l, Value r, Value *out,
                       RtError *err);

/* A regex operator whose match hit the backtracking limit fails with .NET's
 * RegexMatchTimeoutException (wrapped as 5.1 wraps exceptions from
 * operators) rather than reporting a wrong "no match". */
bool op_binary(OpEnv *env, AstOp op, unsigned flags, Value l, Value r, Value *out,
               RtError *err) {
  if (op != OP_MATCH && op != OP_NOTMATCH && op != OP_REPLACE && op != OP_SPLIT)
    return op_binary_(env, op, flags, l, r, out, err);
  unsigned long before = rx_timeouts();
  bool ok = op_binary_(env, op, flags, l, r, out, err);
  if (ok && rx_timeouts() != before) {
    val_unref(*out);
    *out = val_null();
    return rt_fail(err, "System.Text.RegularExpressions.RegexMatchTimeoutException",
                   "RuntimeException", "NotSpecified", "%s", RX_TIMEOUT_MESSAGE);
  }
  return ok;
}

static bool op_binary_(OpEnv *env, AstOp op, unsigned flags, Value l, Value r, Value *out,
                       RtError *err) {
  bool cs = is_cs(flags);
  *out = val_null();
  switch (op) {
  case OP_ADD: return op_add(env, l, r, out, err);
  case OP_MUL: return op_mul(l, r, out, err);
  case OP_SUB: case OP_DIV: case OP_MOD: return op_numeric(op, l, r, out, err);
  case OP_EQ: case OP_NE: case OP_GT: case OP_GE: case OP_LT: case OP_LE:
  case OP_LIKE: case OP_NOTLIKE: case OP_MATCH: case OP_NOTMATCH:
    return op_test(env, op, cs, l, r, out, err);
  case OP_CONTAINS: case OP_NOTCONTAINS: case OP_IN: case OP_NOTIN:
    return op_contains(op, cs, l, r, out);
  case OP_REPLACE: return op_replace(cs, l, r, out, err);
  case OP_SPLIT: return op_split(cs, l, r, out, err);
  case OP_IS: case OP_ISNOT: case OP_AS: return op_is(op, l, r, out, err);
  case OP_JOIN: return op_join(env, l, r, out);
  case OP_FORMAT: return op_format(env, l, r, out, err);
  case OP_RANGE: return op_range(l, r, out, err);
  case OP_AND: *out = val_bool(conv_to_bool(l) && conv_to_bool(r)); return true;
  case OP_OR: *out = val_bool(conv_to_bool(l) || conv_to_bool(r)); return true;
  case OP_XOR: *out = val_bool(conv_to_bool(l) != conv_to_bool(r)); return true;
  case OP_BAND: case OP_BOR: case OP_BXOR: case OP_SHL: case OP_SHR:
    return op_bits(op, l, r, out, err);
  default:
    return rt_fail(err, EXC_RUNTIME, "OperatorNotSupported", "InvalidOperation",
                   "The operator '%s' is not supported here.", ast_op_name(op));
  }
}

static bool op_bnot(Value v, Value *out, RtError *err) {
  int64_t x;
  bool wide;
  if (!to_bits(v, &x, &wide, err)) return false;
  *out = bits_result(~x, wide);
  return true;
}

bool op_unary(OpEnv *env, AstOp op, Value v, Value *out, RtError *err) {
  *out = val_null();
  switch (op) {
  case OP_NOT: *out = val_bool(!conv_to_bool(v)); return true;
  case OP_NEG: return arith(OP_SUB, val_int(0), v, out, err);
  case OP_PLUS: return to_num(v, out, err);
  case OP_BNOT: return op_bnot(v, out, err);
  case OP_COMMA:
    *out = val_arr_new(1);
    val_arr_push(*out, val_ref(v));
    return true;
  case OP_USPLIT:
    *out = val_arr_new(0);
    if (v.kind != V_ARR) split_ws(out, v);
    else
      for (size_t i = 0; i < val_arr_len(v); i++) split_ws(out, val_arr_at(v, i));
    return true;
  case OP_UJOIN: *out = join_values(v, "", 0, ofs_of(env)); return true;
  default:
    return rt_fail(err, EXC_RUNTIME, "OperatorNotSupported", "InvalidOperation",
                   "The operator '%s' is not supported here.", ast_op_name(op));
  }
}

bool op_add_assign(OpEnv *env, Value *slot, Value r, RtError *err) {
  if (slot->kind == V_STR) {
    if (r.kind == V_STR) {
      val_str_append(slot, val_sdata(r), val_slen(r));
    } else {
      StrBuf b = SB_INIT;
      conv_append_str(&b, r, ofs_of(env));
      val_str_append(slot, sb_cstr(&b), b.len);
      sb_free(&b);
    }
    return true;
  }
  if (slot->kind == V_ARR && !(slot->u.a->flags & VARR_LIST)) {
    if (r.kind != V_ARR) {
      val_arr_append_slot(slot, val_ref(r));
      return true;
    }
    Value keep = val_ref(r); /* r may be *slot itself ($a += $a) */
    size_t n = val_arr_len(keep);
    for (size_t i = 0; i < n; i++) val_arr_append_slot(slot, val_ref(val_arr_at(keep, i)));
    val_unref(keep);
    return true;
  }
  Value nv;
  if (!op_binary(env, OP_ADD, 0, *slot, r, &nv, err)) return false;
  val_unref(*slot);
  *slot = nv;
  return true;
}
