/* test_ops.c - operators (ops.c) and members (member.c) on runtime values. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "convert.h"
#include "member.h"
#include "ops.h"
#include "types.h"
#include "value.h"

static int passed, failed;

/* ---- building and showing values ---- */

static Value S(const char *s) { return val_cstr(s); }
static Value I(int32_t i) { return val_int(i); }
static Value T(const char *name) { return val_type(type_lookup(name, strlen(name))); }

/* An Object[] of n values (taken). */
static Value A(int n, ...) {
  Value a = val_arr_new((size_t)n);
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) val_arr_push(a, va_arg(ap, Value));
  va_end(ap);
  return a;
}

/* A compact description of v with kinds: i:5 l:5 d:2.5 s:abc b:1 null [..] @{..} */
static void show_to(char *buf, size_t cap, Value v) {
  size_t n = strlen(buf);
  char *p = buf + n;
  size_t left = cap - n;
  switch (v.kind) {
  case V_NULL: snprintf(p, left, "null"); break;
  case V_BOOL: snprintf(p, left, "b:%d", v.u.b); break;
  case V_INT: snprintf(p, left, "i:%d", v.u.i); break;
  case V_LONG: snprintf(p, left, "l:%lld", (long long)v.u.l); break;
  case V_DOUBLE: snprintf(p, left, "d:%.17g", v.u.d); break;
  case V_STR: snprintf(p, left, "s:%s", val_sdata(v)); break;
  case V_ARR:
    snprintf(p, left, "[");
    for (size_t i = 0; i < val_arr_len(v); i++) {
      if (i) strncat(buf, ",", cap - strlen(buf) - 1);
      show_to(buf, cap, val_arr_at(v, i));
    }
    strncat(buf, "]", cap - strlen(buf) - 1);
    break;
  case V_HASH:
    snprintf(p, left, "@{");
    for (size_t i = 0; i < v.u.h->len; i++) {
      if (i) strncat(buf, ";", cap - strlen(buf) - 1);
      show_to(buf, cap, v.u.h->ents[i].key);
      strncat(buf, "=", cap - strlen(buf) - 1);
      show_to(buf, cap, v.u.h->ents[i].val);
    }
    strncat(buf, "}", cap - strlen(buf) - 1);
    break;
  case V_TYPE: snprintf(p, left, "t:%s", v.u.t->full_name); break;
  default: snprintf(p, left, "obj:%s", conv_type_name(v)); break;
  }
}

static const char *show(Value v) {
  static char buf[4096];
  buf[0] = 0;
  show_to(buf, sizeof buf, v);
  return buf;
}

static void check_str(const char *what, const char *got, const char *want, int line) {
  if (strcmp(got, want) == 0) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL line %d: %s\n  got:  %s\n  want: %s\n", line, what, got, want);
}

/* ---- running operators ---- */

static OpEnv env;

/* l op r with flags; consumes l and r; returns show() of the result or "ERR:<msg>". */
static const char *bin(AstOp op, unsigned flags, Value l, Value r) {
  static char buf[4096];
  Value out;
  RtError err = {0};
  if (op_binary(&env, op, flags, l, r, &out, &err)) {
    snprintf(buf, sizeof buf, "%s", show(out));
    val_unref(out);
  } else {
    snprintf(buf, sizeof buf, "ERR:%s", err.msg ? err.msg : "(no message)");
  }
  rt_error_clear(&err);
  val_unref(l), val_unref(r);
  return buf;
}

static const char *un(AstOp op, Value v) {
  static char buf[4096];
  Value out;
  RtError err = {0};
  if (op_unary(&env, op, v, &out, &err)) {
    snprintf(buf, sizeof buf, "%s", show(out));
    val_unref(out);
  } else {
    snprintf(buf, sizeof buf, "ERR:%s", err.msg ? err.msg : "(no message)");
  }
  rt_error_clear(&err);
  val_unref(v);
  return buf;
}

/* obj.name(args...) ; consumes obj and args. */
static const char *call(Value obj, const char *name, int n, ...) {
  static char buf[4096];
  Value args[8];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) args[i] = va_arg(ap, Value);
  va_end(ap);
  Value out;
  RtError err = {0};
  MemResult r = mem_invoke(obj, name, strlen(name), args, n, &out, &err);
  if (r == MEM_OK) snprintf(buf, sizeof buf, "%s", show(out)), val_unref(out);
  else if (r == MEM_NOTFOUND) snprintf(buf, sizeof buf, "NOTFOUND");
  else snprintf(buf, sizeof buf, "ERR:%s", err.msg);
  rt_error_clear(&err);
  for (int i = 0; i < n; i++) val_unref(args[i]);
  val_unref(obj);
  return buf;
}

static const char *scall(const char *type, const char *name, int n, ...) {
  static char buf[4096];
  Value args[8];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) args[i] = va_arg(ap, Value);
  va_end(ap);
  Value out;
  RtError err = {0};
  const TypeInfo *t = type_lookup(type, strlen(type));
  MemResult r = mem_static_invoke(t, name, strlen(name), args, n, &out, &err);
  if (r == MEM_OK) snprintf(buf, sizeof buf, "%s", show(out)), val_unref(out);
  else snprintf(buf, sizeof buf, "ERR:%s", err.msg);
  rt_error_clear(&err);
  for (int i = 0; i < n; i++) val_unref(args[i]);
  return buf;
}

static const char *sget(const char *type, const char *name) {
  static char buf[256];
  Value out;
  RtError err = {0};
  const TypeInfo *t = type_lookup(type, strlen(type));
  MemResult r = mem_static_get(t, name, strlen(name), &out, &err);
  snprintf(buf, sizeof buf, "%s", r == MEM_OK ? show(out) : "NOTFOUND");
  if (r == MEM_OK) val_unref(out);
  rt_error_clear(&err);
  return buf;
}

/* obj.name ; does not consume obj. */
static const char *get(Value obj, const char *name) {
  static char buf[4096];
  Value out;
  RtError err = {0};
  MemResult r = mem_get(obj, name, strlen(name), &out, &err);
  if (r == MEM_OK) snprintf(buf, sizeof buf, "%s", show(out)), val_unref(out);
  else if (r == MEM_NOTFOUND) snprintf(buf, sizeof buf, "NOTFOUND");
  else snprintf(buf, sizeof buf, "ERR:%s", err.msg);
  rt_error_clear(&err);
  return buf;
}

/* obj[index] ; consumes index only. */
static const char *idx(Value obj, Value index) {
  static char buf[4096];
  Value out;
  RtError err = {0};
  if (mem_index_get(obj, index, &out, &err))
    snprintf(buf, sizeof buf, "%s", show(out)), val_unref(out);
  else snprintf(buf, sizeof buf, "ERR:%s", err.msg);
  rt_error_clear(&err);
  val_unref(index);
  return buf;
}

#define CHECK(expr, want) check_str(#expr, (expr), (want), __LINE__)

/* ---- the tests ---- */

static void test_arith(void) {
  /* NumericOps.cs IntOps.Add: an Int32 overflow becomes a Double */
  CHECK(bin(OP_ADD, 0, I(2147483647), I(1)), "d:2147483648");
  CHECK(bin(OP_ADD, 0, val_long(9223372036854775807LL), I(1)), "d:9.2233720368547758e+18");
  CHECK(bin(OP_ADD, 0, I(1), val_long(2)), "l:3");
  CHECK(bin(OP_MUL, 0, I(65536), I(65536)), "d:4294967296");
  CHECK(bin(OP_DIV, 0, I(10), I(4)), "d:2.5");
  CHECK(bin(OP_DIV, 0, I(10), I(5)), "i:2");
  CHECK(bin(OP_DIV, 0, I(1), I(0)), "ERR:Attempted to divide by zero.");
  CHECK(bin(OP_MOD, 0, I(7), I(0)), "ERR:Attempted to divide by zero.");
  CHECK(bin(OP_MOD, 0, I(7), I(3)), "i:1");
  CHECK(bin(OP_DIV, 0, val_double(1), I(0)), "d:inf");
  CHECK(bin(OP_ADD, 0, S("6"), I(3)), "s:63");
  CHECK(bin(OP_ADD, 0, I(6), S("3")), "i:9");
  CHECK(bin(OP_ADD, 0, I(6), S("1.5")), "d:7.5");
  CHECK(bin(OP_ADD, 0, I(16), S("file")),
        "ERR:Cannot convert value \"file\" to type \"System.Int32\". Error: \"Input string was "
        "not in a correct format.\"");
  CHECK(bin(OP_SUB, 0, S("10"), I(4)), "i:6");
  CHECK(bin(OP_ADD, 0, val_null(), I(5)), "i:5");
  CHECK(bin(OP_ADD, 0, val_bool(true), I(1)), "i:2");
  CHECK(bin(OP_MUL, 0, S("ab"), I(3)), "s:ababab");
  CHECK(bin(OP_MUL, 0, A(2, I(1), I(2)), I(2)), "[i:1,i:2,i:1,i:2]");
  CHECK(bin(OP_ADD, 0, A(2, I(1), I(2)), I(3)), "[i:1,i:2,i:3]");
  CHECK(bin(OP_ADD, 0, A(1, I(1)), A(2, I(2), I(3))), "[i:1,i:2,i:3]");
  CHECK(bin(OP_SUB, 0, A(1, I(1)), I(1)),
        "ERR:Method invocation failed because [System.Object[]] does not contain a method "
        "named 'op_Subtraction'.");
  CHECK(un(OP_NEG, I(5)), "i:-5");
  CHECK(un(OP_NEG, S("7")), "i:-7");
  CHECK(un(OP_NEG, I(-2147483647 - 1)), "d:2147483648");
  CHECK(un(OP_NOT, S("")), "b:1");
  CHECK(un(OP_NOT, A(1, I(0))), "b:1");
  CHECK(un(OP_COMMA, I(1)), "[i:1]");
  CHECK(un(OP_BNOT, I(5)), "i:-6");
  CHECK(bin(OP_BAND, 0, I(6), I(3)), "i:2");
  CHECK(bin(OP_BOR, 0, I(6), I(3)), "i:7");
  CHECK(bin(OP_BXOR, 0, I(6), I(3)), "i:5");
  CHECK(bin(OP_SHL, 0, I(1), I(4)), "i:16");
  CHECK(bin(OP_SHR, 0, I(-16), I(2)), "i:-4");
}

static void test_hash_add(void) {
  Value a = val_hash_new(false), b = val_hash_new(false);
  val_hash_setc(a, "a", I(1));
  val_hash_setc(b, "b", I(2));
  CHECK(bin(OP_ADD, 0, val_ref(a), val_ref(b)), "@{s:a=i:1;s:b=i:2}");
  val_hash_setc(b, "A", I(3));
  CHECK(bin(OP_ADD, 0, a, b),
        "ERR:Item has already been added. Key in dictionary: 'A'  Key being added: 'A'");
}

static void test_compare(void) {
  CHECK(bin(OP_EQ, 0, I(1), S("1.0")), "b:1");
  CHECK(bin(OP_EQ, 0, S("1.0"), I(1)), "b:0");
  CHECK(bin(OP_LT, 0, I(10), S("9")), "b:0");
  CHECK(bin(OP_LT, 0, S("10"), I(9)), "b:1");
  CHECK(bin(OP_EQ, 0, val_bool(true), S("False")), "b:1");
  CHECK(bin(OP_EQ, 0, S("ABC"), S("abc")), "b:1");
  CHECK(bin(OP_EQ, AST_CASE_SENSITIVE, S("ABC"), S("abc")), "b:0");
  CHECK(bin(OP_LT, 0, S("a"), S("B")), "b:1");
  CHECK(bin(OP_LT, AST_CASE_SENSITIVE, S("a"), S("A")), "b:1");
  CHECK(bin(OP_EQ, 0, val_null(), val_null()), "b:1");
  CHECK(bin(OP_EQ, 0, val_null(), I(0)), "b:0");
  CHECK(bin(OP_EQ, 0, I(0), val_null()), "b:0");
  CHECK(bin(OP_EQ, 0, I(1), S("abc")), "b:0");
  CHECK(bin(OP_GT, 0, A(3, I(1), I(2), I(3)), I(1)), "[i:2,i:3]");
  CHECK(bin(OP_GT, 0, A(3, I(1), I(2), I(3)), I(2)), "[i:3]");
  CHECK(bin(OP_EQ, 0, A(2, I(1), I(2)), I(3)), "[]");
  CHECK(bin(OP_NE, 0, A(3, I(1), val_null(), I(3)), val_null()), "[i:1,i:3]");
  Value h = val_hash_new(false);
  CHECK(bin(OP_LT, 0, val_ref(h), I(1)),
        "ERR:Cannot compare \"System.Collections.Hashtable\" because it is not IComparable.");
  CHECK(bin(OP_EQ, 0, val_ref(h), val_ref(h)), "b:1");
  val_unref(h);
  CHECK(bin(OP_LIKE, 0, S("Hello"), S("h*O")), "b:1");
  CHECK(bin(OP_LIKE, AST_CASE_SENSITIVE, S("Hello"), S("h*")), "b:0");
  CHECK(bin(OP_NOTLIKE, 0, S("Hello"), S("x*")), "b:1");
  CHECK(bin(OP_LIKE, 0, A(3, S("ab"), S("cd"), S("ax")), S("a*")), "[s:ab,s:ax]");
}

static void test_match(void) {
  val_unref(env.matches);
  env.matches = val_null();
  CHECK(bin(OP_MATCH, 0, S("xABCy"), S("a(b)(?<n>c)")), "b:1");
  CHECK(show(env.matches), "@{s:n=s:C;i:1=s:B;i:0=s:ABC}");
  val_unref(env.matches);
  env.matches = val_null();
  CHECK(bin(OP_MATCH, AST_CASE_SENSITIVE, S("ABC"), S("a")), "b:0");
  CHECK(show(env.matches), "null");
  CHECK(bin(OP_MATCH, 0, A(3, S("a1"), S("b"), S("c2")), S("\\d")), "[s:a1,s:c2]");
  CHECK(show(env.matches), "null");
  CHECK(bin(OP_NOTMATCH, 0, A(3, S("a1"), S("b"), S("c2")), S("\\d")), "[s:b]");
  CHECK(bin(OP_REPLACE, 0, S("hello world"), A(2, S("(\\w+) (\\w+)"), S("$2 $1"))),
        "s:world hello");
  CHECK(bin(OP_REPLACE, 0, S("aAa"), S("A")), "s:");
  CHECK(bin(OP_REPLACE, AST_CASE_SENSITIVE, S("aAa"), A(2, S("A"), S("x"))), "s:axa");
  CHECK(bin(OP_REPLACE, 0, A(2, S("ab"), S("cb")), A(2, S("b"), S("!"))), "[s:a!,s:c!]");
  CHECK(bin(OP_REPLACE, 0, S("a"), A(3, S("a"), S("b"), S("c"))),
        "ERR:The -replace operator allows only two elements to follow it, not 3.");
  CHECK(bin(OP_SPLIT, 0, S("a,b,c"), S(",")), "[s:a,s:b,s:c]");
  CHECK(bin(OP_SPLIT, 0, S("a,b,c"), A(2, S(","), I(2))), "[s:a,s:b,c]");
  CHECK(bin(OP_SPLIT, 0, S("a.b"), A(3, S("."), I(0), S("SimpleMatch"))), "[s:a,s:b]");
  CHECK(bin(OP_SPLIT, 0, S("aXbxc"), S("x")), "[s:a,s:b,s:c]");
  CHECK(bin(OP_SPLIT, AST_CASE_SENSITIVE, S("aXbxc"), S("x")), "[s:aXb,s:c]");
  CHECK(un(OP_USPLIT, S("  a  b\tc ")), "[s:a,s:b,s:c]");
  CHECK(bin(OP_JOIN, 0, A(3, I(1), I(2), I(3)), S("-")), "s:1-2-3");
  CHECK(un(OP_UJOIN, A(2, S("a"), S("b"))), "s:ab");
  CHECK(bin(OP_FORMAT, 0, S("{0}-{1}"), A(2, I(1), S("x"))), "s:1-x");
}

static void test_misc_ops(void) {
  CHECK(bin(OP_CONTAINS, 0, A(3, I(1), I(2), I(3)), S("2")), "b:1");
  CHECK(bin(OP_CONTAINS, 0, A(2, S("Windows"), S("PowerShell")), S("Shell")), "b:0");
  CHECK(bin(OP_NOTCONTAINS, 0, A(1, S("a")), S("A")), "b:0");
  CHECK(bin(OP_CONTAINS, AST_CASE_SENSITIVE, A(1, S("a")), S("A")), "b:0");
  CHECK(bin(OP_IN, 0, I(2), A(2, I(1), I(2))), "b:1");
  CHECK(bin(OP_NOTIN, 0, I(5), A(2, I(1), I(2))), "b:1");
  CHECK(bin(OP_IS, 0, I(5), T("int")), "b:1");
  CHECK(bin(OP_IS, 0, S("x"), S("string")), "b:1");
  CHECK(bin(OP_ISNOT, 0, S("x"), T("int")), "b:1");
  CHECK(bin(OP_IS, 0, I(1), S("nosuchtype")), "ERR:Unable to find type [nosuchtype].");
  CHECK(bin(OP_AS, 0, S("abc"), T("int")), "null");
  CHECK(bin(OP_AS, 0, S("42"), T("int")), "i:42");
  CHECK(bin(OP_RANGE, 0, I(5), I(1)), "[i:5,i:4,i:3,i:2,i:1]");
  CHECK(bin(OP_RANGE, 0, I(1), S("3")), "[i:1,i:2,i:3]");
  const char *big = bin(OP_RANGE, 0, I(0), I(2000000000));
  CHECK(strncmp(big, "ERR:", 4) == 0 ? "err" : big, "err");
}

static void test_add_assign(void) {
  RtError err = {0};
  Value s = S("");
  clock_t t0 = clock();
  Value x = S("x");
  for (int i = 0; i < 100000; i++) op_add_assign(&env, &s, x, &err);
  val_unref(x);
  Value a = val_arr_new(0);
  for (int i = 0; i < 100000; i++) op_add_assign(&env, &a, I(i), &err);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  char buf[64];
  snprintf(buf, sizeof buf, "%zu %zu", val_slen(s), val_arr_len(a));
  CHECK(buf, "100000 100000");
  CHECK(secs < 0.5 ? "fast" : "slow", "fast");
  /* a shared array is copied, not changed under its other owner */
  Value other = val_ref(a);
  op_add_assign(&env, &a, I(7), &err);
  snprintf(buf, sizeof buf, "%zu %zu", val_arr_len(other), val_arr_len(a));
  CHECK(buf, "100000 100001");
  val_unref(other), val_unref(a), val_unref(s);
  Value n = val_null();
  op_add_assign(&env, &n, I(3), &err);
  CHECK(show(n), "i:3");
  op_add_assign(&env, &n, I(4), &err);
  CHECK(show(n), "i:7");
  Value self = A(2, I(1), I(2));
  op_add_assign(&env, &self, self, &err);
  CHECK(show(self), "[i:1,i:2,i:1,i:2]");
  val_unref(self);
  rt_error_clear(&err);
}

static void test_string_methods(void) {
  CHECK(call(S("abc"), "Substring", 1, I(5)),
        "ERR:Exception calling \"Substring\" with \"1\" argument(s): \"startIndex cannot be "
        "larger than length of string.\r\nParameter name: startIndex\"");
  CHECK(call(S("abcdef"), "substring", 2, I(1), I(3)), "s:bcd");
  CHECK(call(S("héllo"), "Substring", 1, I(1)), "s:éllo");
  CHECK(call(S("abc"), "ToUpper", 0), "s:ABC");
  CHECK(call(S("ÄbC"), "ToLower", 0), "s:äbc");
  CHECK(call(S("  x  "), "Trim", 0), "s:x");
  CHECK(call(S("xxaxx"), "TrimStart", 1, S("x")), "s:axx");
  CHECK(call(S("a,,b"), "Split", 1, S(",")), "[s:a,s:,s:b]");
  CHECK(call(S("a-b_c"), "Split", 1, S("-_")), "[s:a,s:b,s:c]");
  CHECK(call(S("a,b,c"), "Split", 2, S(","), I(2)), "[s:a,s:b,c]");
  CHECK(call(S("a,,b"), "Split", 2, S(","), S("RemoveEmptyEntries")), "[s:a,s:b]");
  CHECK(call(S("aXa"), "Replace", 2, S("a"), S("b")), "s:bXb");
  CHECK(call(S("Hello"), "Contains", 1, S("ell")), "b:1");
  CHECK(call(S("Hello"), "Contains", 1, S("ELL")), "b:0");
  CHECK(call(S("Hello"), "StartsWith", 1, S("He")), "b:1");
  CHECK(call(S("Hello"), "EndsWith", 1, S("LO")), "b:0");
  CHECK(call(S("Hello"), "IndexOf", 1, S("l")), "i:2");
  CHECK(call(S("Hello"), "LastIndexOf", 1, S("l")), "i:3");
  CHECK(call(S("5"), "PadLeft", 2, I(3), S("0")), "s:005");
  CHECK(call(S("ab"), "Insert", 2, I(1), S("X")), "s:aXb");
  CHECK(call(S("abcd"), "Remove", 2, I(1), I(2)), "s:ad");
  CHECK(call(S("ab"), "ToCharArray", 0), "[s:a,s:b]");
  CHECK(call(S("ab"), "GetType", 0), "t:System.String");
  CHECK(call(S("ab"), "Foo", 0),
        "ERR:Method invocation failed because [System.String] does not contain a method "
        "named 'Foo'.");
  CHECK(call(val_null(), "Foo", 0), "ERR:You cannot call a method on a null-valued expression.");
  CHECK(call(I(255), "ToString", 1, S("X")), "s:FF");
  CHECK(call(A(2, S("a"), S("b")), "ToUpper", 0), "[s:A,s:B]");
  Value s = S("héllo");
  CHECK(get(s, "Length"), "i:5");
  CHECK(get(s, "Count"), "i:1");
  CHECK(idx(s, I(1)), "s:é");
  CHECK(idx(s, I(-1)), "s:o");
  CHECK(idx(s, I(10)), "null");
  val_unref(s);
}

static void test_collections(void) {
  Value l = val_list_new();
  CHECK(call(val_ref(l), "Add", 1, S("a")), "i:0");
  CHECK(call(val_ref(l), "Add", 1, S("b")), "i:1");
  CHECK(call(val_ref(l), "Insert", 2, I(0), S("z")), "null");
  CHECK(show(l), "[s:z,s:a,s:b]");
  CHECK(call(val_ref(l), "Remove", 1, S("a")), "null");
  CHECK(call(val_ref(l), "RemoveAt", 1, I(5)),
        "ERR:Exception calling \"RemoveAt\" with \"1\" argument(s): \"Index was out of range. "
        "Must be non-negative and less than the size of the collection.\r\nParameter name: "
        "index\"");
  CHECK(call(val_ref(l), "Contains", 1, S("b")), "b:1");
  CHECK(get(l, "Count"), "i:2");
  val_unref(l);
  CHECK(call(A(1, I(1)), "Add", 1, I(2)),
        "ERR:Exception calling \"Add\" with \"1\" argument(s): \"Collection was of a fixed "
        "size.\"");
  CHECK(call(A(3, I(1), I(2), I(3)), "IndexOf", 1, I(3)), "i:2");

  Value h = val_hash_new(false);
  val_hash_setc(h, "c", I(1));
  val_hash_setc(h, "a", I(2));
  val_hash_setc(h, "b", I(3));
  CHECK(get(h, "Keys"), "[s:c,s:a,s:b]");
  CHECK(get(h, "Values"), "[i:1,i:2,i:3]");
  CHECK(get(h, "Count"), "i:3");
  CHECK(get(h, "A"), "i:2");
  CHECK(get(h, "zz"), "NOTFOUND");
  CHECK(call(val_ref(h), "ContainsKey", 1, S("B")), "b:1");
  CHECK(call(val_ref(h), "Add", 2, S("a"), I(9)),
        "ERR:Exception calling \"Add\" with \"2\" argument(s): \"Item has already been added. "
        "Key in dictionary: 'a'  Key being added: 'a'\"");
  val_hash_setc(h, "Count", S("key wins"));
  CHECK(get(h, "Count"), "s:key wins");
  CHECK(idx(h, S("c")), "i:1");
  CHECK(idx(h, A(2, S("c"), S("b"))), "[i:1,i:3]");
  CHECK(idx(h, S("missing")), "null");
  val_unref(h);

  Value a = A(3, S("x"), S("y"), S("z"));
  CHECK(idx(a, I(-1)), "s:z");
  CHECK(idx(a, I(7)), "null");
  CHECK(idx(a, A(2, I(0), I(2))), "[s:x,s:z]");
  RtError err = {0};
  Value v = S("q");
  CHECK(mem_index_set(a, I(5), v, &err) ? "ok" : err.msg,
        "Index was outside the bounds of the array.");
  CHECK(mem_index_set(a, I(1), v, &err) ? "ok" : err.msg, "ok");
  CHECK(show(a), "[s:x,s:q,s:z]");
  val_unref(v), val_unref(a);
  rt_error_clear(&err);
  CHECK(idx(val_null(), I(0)), "ERR:Cannot index into a null array.");
  Value five = I(5);
  CHECK(idx(five, I(0)), "i:5");
  CHECK(get(val_null(), "Count"), "i:0");
  CHECK(get(five, "Count"), "i:1");
}

static void test_enumeration(void) {
  Value o1 = val_pscustom_new(), o2 = val_pscustom_new();
  val_obj_set(o1, "Name", S("ken"));
  val_obj_set(o2, "Name", S("pilar"));
  Value two = A(2, val_ref(o1), val_ref(o2));
  Value one = A(1, val_ref(o1));
  CHECK(get(two, "Name"), "[s:ken,s:pilar]");
  CHECK(get(one, "Name"), "s:ken");
  CHECK(get(two, "Nope"), "NOTFOUND");
  CHECK(get(two, "Count"), "i:2");
  RtError err = {0};
  Value v = S("x");
  CHECK(mem_set(o1, "Name", 4, v, &err) ? "ok" : err.msg, "ok");
  CHECK(mem_set(o1, "Other", 5, v, &err) ? "ok" : err.msg,
        "The property 'Other' cannot be found on this object. Verify that the property exists "
        "and can be set.");
  CHECK(get(o1, "name"), "s:x");
  val_unref(v);
  rt_error_clear(&err);
  val_unref(two), val_unref(one), val_unref(o1), val_unref(o2);
}

static void test_statics(void) {
  CHECK(scall("math", "Round", 1, val_double(2.5)), "d:2");
  CHECK(scall("math", "Round", 1, val_double(3.5)), "d:4");
  CHECK(scall("math", "Round", 2, val_double(2.345), I(2)), "d:2.3500000000000001");
  CHECK(scall("math", "Round", 2, val_double(2.5), S("AwayFromZero")), "d:3");
  CHECK(scall("math", "Max", 2, I(3), I(7)), "i:7");
  CHECK(scall("math", "Abs", 1, I(-3)), "i:3");
  CHECK(scall("math", "Pow", 2, I(2), I(10)), "d:1024");
  CHECK(scall("math", "Foo", 0),
        "ERR:Method invocation failed because [System.Math] does not contain a method named "
        "'Foo'.");
  CHECK(sget("int", "MaxValue"), "i:2147483647");
  CHECK(sget("long", "MinValue"), "l:-9223372036854775808");
  CHECK(sget("string", "Empty"), "s:");
  CHECK(sget("math", "Nope"), "NOTFOUND");
  CHECK(scall("string", "IsNullOrEmpty", 1, val_null()), "b:1");
  CHECK(scall("string", "IsNullOrEmpty", 1, S("x")), "b:0");
  CHECK(scall("string", "IsNullOrWhiteSpace", 1, S(" \t")), "b:1");
  CHECK(scall("string", "Join", 2, S(","), A(3, I(1), I(2), I(3))), "s:1,2,3");
  CHECK(scall("string", "Format", 3, S("{1}{0}"), S("a"), S("b")), "s:ba");
  CHECK(scall("regex", "Escape", 1, S("a.b*c")), "s:a\\.b\\*c");
  CHECK(scall("regex", "IsMatch", 2, S("ABC"), S("b")), "b:0");
  CHECK(scall("regex", "Replace", 3, S("a1b2"), S("\\d"), S("#")), "s:a#b#");
  CHECK(scall("convert", "ToInt32", 2, S("ff"), I(16)), "i:255");
  CHECK(scall("convert", "ToString", 2, I(5), I(2)), "s:101");
  CHECK(scall("int", "Parse", 1, S("x")),
        "ERR:Exception calling \"Parse\" with \"1\" argument(s): \"Input string was not in a "
        "correct format.\"");
  Value out;
  RtError err = {0};
  const TypeInfo *g = type_lookup("guid", 4);
  mem_static_invoke(g, "NewGuid", 7, NULL, 0, &out, &err);
  const char *gs = get(out, "Guid"); /* "s:" + 36 characters */
  CHECK(strlen(gs) == 38 && gs[10] == '-' && gs[16] == '4' ? "guid" : gs, "guid");
  val_unref(out);
}

int main(void) {
  env.ofs = NULL;
  env.matches = val_null();
  test_arith();
  test_hash_add();
  test_compare();
  test_match();
  test_misc_ops();
  test_add_assign();
  test_string_methods();
  test_collections();
  test_enumeration();
  test_statics();
  val_unref(env.matches);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
