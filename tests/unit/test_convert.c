/* test_convert.c - values (refcounts, strings, arrays, hashtables), the
 * type table and PowerShell's conversion rules. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../parser/parser.h"
#include "../../runtime/convert.h"

static int passed, failed;

static void check(bool ok, const char *what, int line) {
  if (ok) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL line %d: %s\n", line, what);
}
#define CHECK(cond) check((cond), #cond, __LINE__)

static void check_str(const char *got, const char *want, const char *what, int line) {
  if (strcmp(got, want) == 0) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL line %d: %s: got \"%s\", want \"%s\"\n", line, what, got, want);
}
#define CHECK_STR(got, want) check_str((got), (want), #got, __LINE__)

/* The string form of v (consumes v). */
static char *str_of(Value v) {
  static char buf[4][512];
  static int next;
  char *s = conv_to_cstr(v, NULL);
  char *out = buf[next++ % 4];
  snprintf(out, sizeof buf[0], "%s", s);
  free(s);
  val_unref(v);
  return out;
}

static char *dbl(double d) {
  static char buf[4][64];
  static int next;
  StrBuf b = SB_INIT;
  conv_double(&b, d);
  char *out = buf[next++ % 4];
  snprintf(out, sizeof buf[0], "%s", sb_cstr(&b));
  sb_free(&b);
  return out;
}

static double now(void) { return (double)clock() / CLOCKS_PER_SEC; }

/* ------------------------------------------------------------------ */

static void test_strings(void) {
  Value s = val_cstr("");
  double t0 = now();
  for (int i = 0; i < 100000; i++) val_str_append(&s, "ab", 2);
  CHECK(now() - t0 < 1.0);
  CHECK(val_slen(s) == 200000);
  CHECK(memcmp(val_sdata(s) + 199998, "ab", 2) == 0 && val_sdata(s)[200000] == 0);
  val_unref(s);

  Value a = val_cstr("xy");
  Value keep = val_ref(a);
  val_str_append(&a, "z", 1);
  CHECK_STR(val_sdata(keep), "xy");
  CHECK_STR(val_sdata(a), "xyz");
  val_unref(keep);
  for (int i = 0; i < 5; i++) val_str_append(&a, val_sdata(a), val_slen(a)); /* $s += $s */
  CHECK(val_slen(a) == 96);
  CHECK(memcmp(val_sdata(a) + 93, "xyz", 3) == 0);
  val_unref(a);

  Value f = val_strf("%d-%s", 42, "x");
  CHECK_STR(val_sdata(f), "42-x");
  val_unref(f);
  Value n = val_str("a\0b", 3);
  CHECK(val_slen(n) == 3 && val_sdata(n)[2] == 'b');
  val_unref(n);
}

static void test_arrays(void) {
  Value a = val_arr_new(0);
  double t0 = now();
  for (int i = 0; i < 100000; i++) val_arr_append_slot(&a, val_int(i));
  CHECK(now() - t0 < 1.0);
  CHECK(val_arr_len(a) == 100000 && val_arr_at(a, 99999).u.i == 99999);

  Value shared = val_ref(a);
  val_arr_append_slot(&a, val_cstr("x"));
  CHECK(a.u.a != shared.u.a);
  CHECK(val_arr_len(shared) == 100000 && val_arr_len(a) == 100001);
  val_unref(shared);

  /* self-append makes a copy; the array then contains the old one */
  Value self = val_ref(a);
  val_arr_append_slot(&a, self);
  CHECK(val_arr_len(a) == 100002 && val_arr_at(a, 100001).kind == V_ARR);
  val_unref(a);

  Value l = val_list_new();
  val_arr_append_slot(&l, val_int(1));
  CHECK((l.u.a->flags & VARR_LIST) != 0);
  Value c = val_arr_copy(l);
  CHECK((c.u.a->flags & VARR_LIST) != 0 && val_arr_len(c) == 1);
  val_arr_set(c, 0, val_cstr("q"));
  CHECK(val_arr_at(l, 0).kind == V_INT && val_arr_at(c, 0).kind == V_STR);
  val_unref(c);
  val_unref(l);

  /* nested containers are freed (ASan checks for leaks) */
  Value outer = val_arr_new(1);
  Value h = val_hash_new(false);
  val_hash_setc(h, "k", val_arr_new(0));
  val_arr_push(outer, h);
  Value o = val_pscustom_new();
  val_obj_set(o, "p", val_ref(h));
  val_arr_push(outer, o);
  val_unref(outer);
}

static void test_hash(void) {
  Value h = val_hash_new(true);
  val_hash_setc(h, "a", val_int(1));
  val_hash_set(h, val_cstr("B"), val_int(2));
  val_hash_setc(h, "c", val_int(3));
  CHECK(val_hash_len(h) == 3);
  Value *p = val_hash_getc(h, "A");
  CHECK(p && p->u.i == 1);
  p = val_hash_getc(h, "b");
  CHECK(p && p->u.i == 2);
  val_hash_setc(h, "A", val_int(10)); /* replaces in place */
  CHECK(val_hash_len(h) == 3 && h.u.h->ents[0].val.u.i == 10);
  CHECK_STR(val_sdata(h.u.h->ents[0].key), "a");

  Value kb = val_cstr("b");
  CHECK(val_hash_remove(h, kb));
  CHECK(!val_hash_remove(h, kb));
  val_unref(kb);
  CHECK(val_hash_len(h) == 2);
  CHECK_STR(val_sdata(h.u.h->ents[1].key), "c");
  CHECK(val_hash_getc(h, "C") && !val_hash_getc(h, "b"));

  /* numeric keys by value: int 1, long 1 and 1.0 are the same key */
  val_hash_set(h, val_int(1), val_cstr("one"));
  p = val_hash_get(h, val_long(1));
  CHECK(p && p->kind == V_STR);
  CHECK(val_hash_get(h, val_double(1.0)) != NULL);
  Value one = val_cstr("1");
  CHECK(val_hash_get(h, one) == NULL);
  val_unref(one);
  /* other keys by identity */
  Value arr = val_arr_new(0);
  val_hash_set(h, val_ref(arr), val_int(7));
  CHECK(val_hash_get(h, arr) != NULL);
  Value arr2 = val_arr_new(0);
  CHECK(val_hash_get(h, arr2) == NULL);
  val_unref(arr2);
  val_unref(arr);

  /* many keys, then removal of half */
  Value big = val_hash_new(false);
  char k[32];
  for (int i = 0; i < 5000; i++) {
    snprintf(k, sizeof k, "Key%d", i);
    val_hash_setc(big, k, val_int(i));
  }
  for (int i = 0; i < 5000; i += 2) {
    snprintf(k, sizeof k, "KEY%d", i);
    Value kv = val_cstr(k);
    val_hash_remove(big, kv);
    val_unref(kv);
  }
  bool ok = val_hash_len(big) == 2500;
  for (int i = 0; i < 5000 && ok; i++) {
    snprintf(k, sizeof k, "key%d", i);
    Value *q = val_hash_getc(big, k);
    ok = (i % 2) ? q && q->u.i == i : q == NULL;
  }
  CHECK(ok);
  CHECK(big.u.h->ents[0].val.u.i == 1 && big.u.h->ents[2499].val.u.i == 4999);
  Value cp = val_hash_copy(h);
  CHECK(val_hash_len(cp) == val_hash_len(h) && (cp.u.h->flags & VHASH_ORDERED));
  CHECK(val_hash_getc(cp, "a") != NULL);
  val_unref(cp);
  val_unref(big);
  val_unref(h);
}

static void test_text(void) {
  CHECK(val_streq_ci("\xC3\x89", 2, "\xC3\xA9", 2));           /* É é */
  CHECK(val_hash_ci("\xC3\x89", 2) == val_hash_ci("\xC3\xA9", 2));
  CHECK(val_streq_ci("\xCE\xA3", 2, "\xCF\x83", 2));           /* Σ σ */
  CHECK(val_streq_ci("\xD0\x94", 2, "\xD0\xB4", 2));           /* Д д */
  CHECK(val_streq_ci("\xC5\x81", 2, "\xC5\x82", 2));           /* Ł ł */
  CHECK(!val_streq_ci("\xC3\xA9", 2, "e", 1));
  CHECK(val_streq_ci("HeLLo", 5, "hello", 5));
  CHECK(val_hash_ci("HeLLo", 5) == val_hash_ci("hello", 5));
  CHECK(val_strcasecmp("a", 1, "B", 1) < 0);
  CHECK(val_strcasecmp("abc", 3, "ab", 2) > 0);
  CHECK(val_strcasecmp("", 0, "", 0) == 0);
  CHECK(!val_streq_ci("\xFF", 1, "\xC3\xBF", 2)); /* invalid byte vs ÿ */
}

static void test_double(void) {
  CHECK_STR(dbl(0.1), "0.1");
  CHECK_STR(dbl(1.0 / 3), "0.333333333333333");
  CHECK_STR(dbl(1e20), "1E+20");
  CHECK_STR(dbl(2.5), "2.5");
  CHECK_STR(dbl(1e-5), "1E-05");
  CHECK_STR(dbl(0.0001), "0.0001");
  CHECK_STR(dbl(123456789012345.0), "123456789012345");
  CHECK_STR(dbl(1e15), "1E+15");
  CHECK_STR(dbl(3.0), "3");
  CHECK_STR(dbl(-0.0), "0");
  CHECK_STR(dbl(0.1 + 0.2), "0.3");
  CHECK_STR(dbl(-1.5e-7), "-1.5E-07");
  CHECK_STR(dbl((double)NAN), "NaN");
  CHECK_STR(dbl((double)INFINITY), "Infinity");
  CHECK_STR(dbl(-(double)INFINITY), "-Infinity");
}

static Value num(const char *s, bool *ok) {
  Value v = val_cstr(s), out;
  RtError e = {0};
  *ok = conv_to_number(v, &out, &e);
  val_unref(v);
  rt_error_clear(&e);
  return out;
}

static void test_numbers(void) {
  bool ok;
  Value n = num("0x1F", &ok);
  CHECK(ok && n.kind == V_INT && n.u.i == 31);
  n = num(" 42 ", &ok);
  CHECK(ok && n.kind == V_INT && n.u.i == 42);
  n = num("1kb", &ok);
  CHECK(ok && n.kind == V_INT && n.u.i == 1024);
  n = num("1.5", &ok);
  CHECK(ok && n.kind == V_DOUBLE && n.u.d == 1.5);
  n = num("-5", &ok);
  CHECK(ok && n.kind == V_INT && n.u.i == -5);
  n = num("", &ok);
  CHECK(ok && n.kind == V_INT && n.u.i == 0);
  n = num("   ", &ok);
  CHECK(ok && n.kind == V_INT && n.u.i == 0);
  n = num("1e3", &ok);
  CHECK(ok && n.kind == V_DOUBLE && n.u.d == 1000);
  n = num("3000000000", &ok);
  CHECK(ok && n.kind == V_LONG && n.u.l == 3000000000LL);
  n = num("0xFFFFFFFF", &ok);
  CHECK(ok && n.kind == V_INT && n.u.i == -1);
  n = num("2gb", &ok);
  CHECK(ok && n.kind == V_LONG && n.u.l == 2147483648LL);
  n = num("1.5kb", &ok);
  CHECK(ok && n.kind == V_DOUBLE && n.u.d == 1536);
  n = num("12l", &ok);
  CHECK(ok && n.kind == V_LONG && n.u.l == 12);
  n = num("99999999999999999999", &ok);
  CHECK(ok && n.kind == V_DOUBLE);
  n = num("abc", &ok);
  CHECK(!ok);
  n = num("1x", &ok);
  CHECK(!ok);
  n = num(".", &ok);
  CHECK(!ok);

  Value v = val_cstr("abc");
  RtError e = {0};
  CHECK(!conv_to_number(v, &n, &e));
  CHECK_STR(e.msg, "Cannot convert value \"abc\" to type \"System.Int32\". "
                   "Error: \"Input string was not in a correct format.\"");
  CHECK_STR(e.exc, EXC_INVALIDCAST);
  CHECK_STR(e.category, "InvalidArgument");
  val_unref(v);

  int32_t i;
  CHECK(conv_to_int(val_double(2.5), &i, &e) && i == 2);
  CHECK(conv_to_int(val_double(3.5), &i, &e) && i == 4);
  CHECK(conv_to_int(val_double(-2.5), &i, &e) && i == -2);
  CHECK(conv_to_int(val_double(2.6), &i, &e) && i == 3);
  v = val_cstr("2.5");
  CHECK(conv_to_int(v, &i, &e) && i == 2);
  val_unref(v);
  v = val_cstr("3000000000");
  CHECK(!conv_to_int(v, &i, &e));
  CHECK_STR(e.msg, "Cannot convert value \"3000000000\" to type \"System.Int32\". "
                   "Error: \"Value was either too large or too small for an Int32.\"");
  val_unref(v);
  CHECK(!conv_to_int(val_long(3000000000LL), &i, &e));
  CHECK_STR(e.msg, "Cannot convert value \"3000000000\" to type \"System.Int32\". "
                   "Error: \"Value was either too large or too small for an Int32.\"");
  CHECK(conv_to_int(val_null(), &i, &e) && i == 0);
  CHECK(conv_to_int(val_bool(true), &i, &e) && i == 1);
  int64_t l;
  CHECK(conv_to_long(val_int(-7), &l, &e) && l == -7);
  double d;
  v = val_cstr("1e-2");
  CHECK(conv_to_double(v, &d, &e) && d == 0.01);
  val_unref(v);
  v = val_cstr("-Infinity");
  CHECK(conv_to_double(v, &d, &e) && d < -1e308);
  val_unref(v);
  Value h = val_hash_new(false);
  CHECK(!conv_to_int(h, &i, &e));
  CHECK_STR(e.msg, "Cannot convert the \"System.Collections.Hashtable\" value of type "
                   "\"System.Collections.Hashtable\" to type \"System.Int32\".");
  val_unref(h);
  rt_error_clear(&e);
}

static void test_bool(void) {
  CHECK(!conv_to_bool(val_null()));
  CHECK(!conv_to_bool(val_int(0)) && conv_to_bool(val_int(-1)));
  CHECK(!conv_to_bool(val_double(0.0)) && conv_to_bool(val_double(0.5)));
  Value s = val_cstr("False");
  CHECK(conv_to_bool(s));
  val_unref(s);
  s = val_cstr("");
  CHECK(!conv_to_bool(s));
  val_unref(s);
  Value a = val_arr_new(0);
  CHECK(!conv_to_bool(a));
  val_arr_push(a, val_int(0));
  CHECK(!conv_to_bool(a)); /* @(0) */
  val_arr_set(a, 0, val_int(5));
  CHECK(conv_to_bool(a));
  val_arr_set(a, 0, val_arr_new(0));
  CHECK(!conv_to_bool(a)); /* @(,@()) */
  val_arr_set(a, 0, val_int(0));
  val_arr_push(a, val_int(0));
  CHECK(conv_to_bool(a)); /* @(0,0) */
  val_unref(a);
  Value h = val_hash_new(false);
  CHECK(conv_to_bool(h));
  val_unref(h);
}

static void test_strings_of_values(void) {
  CHECK_STR(str_of(val_null()), "");
  CHECK_STR(str_of(val_bool(true)), "True");
  CHECK_STR(str_of(val_long(-9000000000LL)), "-9000000000");
  Value a = val_arr_new(3);
  val_arr_push(a, val_int(1));
  val_arr_push(a, val_cstr("b"));
  val_arr_push(a, val_double(2.5));
  Value inner = val_arr_new(0);
  val_arr_push(inner, val_int(9));
  val_arr_push(a, inner);
  char *s = conv_to_cstr(a, "-");
  CHECK_STR(s, "1-b-2.5-System.Object[]");
  free(s);
  CHECK_STR(str_of(a), "1 b 2.5 System.Object[]");
  CHECK_STR(str_of(val_hash_new(false)), "System.Collections.Hashtable");
  CHECK_STR(str_of(val_hash_new(true)), "System.Collections.Specialized.OrderedDictionary");
  CHECK_STR(str_of(val_pscustom_new()), "");
  CHECK_STR(str_of(val_type(type_lookup("int", 3))), "System.Int32");

  Value rec = val_obj_new(OBJ_ERRORRECORD, "System.Management.Automation.ErrorRecord");
  Value ex = val_obj_new(OBJ_EXCEPTION, "System.DivideByZeroException");
  val_obj_set(ex, "Message", val_cstr("Attempted to divide by zero."));
  val_obj_set(rec, "Exception", ex);
  CHECK_STR(str_of(rec), "Attempted to divide by zero.");
  Value g = val_obj_new(OBJ_GENERIC, "Foo.Bar");
  CHECK_STR(str_of(val_ref(g)), "Foo.Bar");
  val_obj_set(g, "ToString", val_cstr("custom"));
  CHECK_STR(str_of(g), "custom");
}

static Value cast(Value v, const char *type, bool *ok, RtError *e) {
  Value out = val_null();
  const TypeInfo *t = type_lookup(type, strlen(type));
  *ok = t && conv_to_type(v, t, &out, e);
  val_unref(v);
  return out;
}

static void test_casts(void) {
  RtError e = {0};
  bool ok;
  Value a = val_arr_new(2);
  val_arr_push(a, val_cstr("1"));
  val_arr_push(a, val_double(2.5));
  Value r = cast(a, "int[]", &ok, &e);
  CHECK(ok && r.kind == V_ARR && val_arr_len(r) == 2);
  CHECK(ok && val_arr_at(r, 0).kind == V_INT && val_arr_at(r, 1).u.i == 2);
  CHECK(ok && r.u.a->elem == type_lookup("int", 3));
  CHECK_STR(conv_type_name(r), "System.Int32[]");
  val_unref(r);

  r = cast(val_int(5), "string[]", &ok, &e);
  CHECK(ok && r.kind == V_ARR && val_arr_len(r) == 1 && val_arr_at(r, 0).kind == V_STR);
  val_unref(r);
  r = cast(val_null(), "object[]", &ok, &e);
  CHECK(ok && r.kind == V_NULL);

  Value h = val_hash_new(false);
  val_hash_setc(h, "a", val_int(1));
  val_hash_setc(h, "b", val_int(2));
  Value vals = val_arr_new(2);
  val_arr_push(vals, val_int(1));
  val_arr_push(vals, val_int(2));
  val_hash_setc(h, "c", vals);
  val_hash_setc(h, "d", val_null());
  r = cast(h, "pscustomobject", &ok, &e);
  CHECK(ok && r.kind == V_OBJ && r.u.o->cls == OBJ_PSCUSTOM);
  CHECK_STR(conv_type_name(r), "System.Management.Automation.PSCustomObject");
  CHECK(type_is(r, type_lookup("PSCustomObject", 14)));
  CHECK_STR(str_of(r), "@{a=1; b=2; c=System.Object[]; d=}");

  r = cast(val_cstr("False"), "bool", &ok, &e);
  CHECK(ok && r.kind == V_BOOL && r.u.b);
  r = cast(val_arr_new(0), "bool", &ok, &e);
  CHECK(ok && r.kind == V_BOOL && !r.u.b);
  r = cast(val_cstr("0x1F"), "int", &ok, &e);
  CHECK(ok && r.kind == V_INT && r.u.i == 31);
  r = cast(val_cstr("42"), "System.Int64", &ok, &e);
  CHECK(ok && r.kind == V_LONG && r.u.l == 42);
  r = cast(val_int(300), "byte", &ok, &e);
  CHECK(!ok);
  CHECK_STR(e.msg, "Cannot convert value \"300\" to type \"System.Byte\". "
                   "Error: \"Value was either too large or too small for an unsigned byte.\"");
  r = cast(val_int(65), "char", &ok, &e);
  CHECK(ok && r.kind == V_STR);
  CHECK_STR(str_of(r), "A");
  r = cast(val_cstr("ab"), "char", &ok, &e);
  CHECK(!ok);
  r = cast(val_cstr("ab"), "char[]", &ok, &e);
  CHECK(ok && r.kind == V_ARR && val_arr_len(r) == 2);
  val_unref(r);
  r = cast(val_int(42), "string", &ok, &e);
  CHECK(ok && r.kind == V_STR);
  CHECK_STR(str_of(r), "42");
  r = cast(val_null(), "string", &ok, &e);
  CHECK(ok && r.kind == V_STR && val_slen(r) == 0);
  val_unref(r);
  r = cast(val_cstr("x"), "void", &ok, &e);
  CHECK(ok && r.kind == V_NULL);
  r = cast(val_cstr("abc"), "double", &ok, &e);
  CHECK(!ok);
  CHECK_STR(e.msg, "Cannot convert value \"abc\" to type \"System.Double\". "
                   "Error: \"Input string was not in a correct format.\"");
  r = cast(val_cstr("string"), "type", &ok, &e);
  CHECK(ok && r.kind == V_TYPE && r.u.t == type_lookup("System.String", 13));
  r = cast(val_cstr("nosuch"), "type", &ok, &e);
  CHECK(!ok);
  CHECK_STR(e.msg, "Unable to find type [nosuch].");
  r = cast(val_cstr("x"), "scriptblock", &ok, &e);
  CHECK(!ok);
  CHECK_STR(e.msg, "Cannot convert the \"x\" value of type \"System.String\" to type "
                   "\"System.Management.Automation.ScriptBlock\".");
  CHECK_STR(e.fqid, "ConvertToFinalInvalidCastException");

  a = val_arr_new(1);
  val_arr_push(a, val_int(1));
  r = cast(a, "System.Collections.ArrayList", &ok, &e);
  CHECK(ok && r.kind == V_ARR && (r.u.a->flags & VARR_LIST));
  CHECK_STR(conv_type_name(r), "System.Collections.ArrayList");
  val_unref(r);
  a = val_arr_new(1);
  val_arr_push(a, val_int(1));
  r = cast(a, "System.Collections.Generic.List[string]", &ok, &e);
  CHECK(ok && r.kind == V_ARR && (r.u.a->flags & VARR_LIST) && val_arr_at(r, 0).kind == V_STR);
  CHECK(ok && type_is(r, type_lookup("List[string]", 12)));
  val_unref(r);

  r = cast(val_cstr("1.02.3"), "version", &ok, &e);
  CHECK(ok && r.kind == V_OBJ);
  CHECK_STR(str_of(r), "1.2.3");
  r = cast(val_cstr("1"), "version", &ok, &e);
  CHECK(!ok);
  r = cast(val_cstr("{0123ABCD-0000-1111-2222-333344445555}"), "guid", &ok, &e);
  CHECK(ok && r.kind == V_OBJ);
  CHECK_STR(str_of(r), "0123abcd-0000-1111-2222-333344445555");
  r = cast(val_cstr("x"), "guid", &ok, &e);
  CHECK(!ok);
  rt_error_clear(&e);
}

static void test_types(void) {
  const TypeInfo *i32 = type_lookup("Int32", 5);
  CHECK(i32 && i32->id == T_INT);
  CHECK(type_lookup("INT", 3) == i32 && type_lookup("system.int32", 12) == i32);
  const TypeInfo *str = type_lookup("System.String", 13);
  CHECK(str && str->id == T_STRING && type_by_id(T_STRING) == str);
  CHECK(type_lookup("nosuchtype", 10) == NULL);
  const TypeInfo *sa = type_lookup("string[]", 8);
  CHECK(sa && sa->is_array && sa->elem == str && type_array_of(str) == sa);
  CHECK(sa && strcmp(sa->full_name, "System.String[]") == 0);
  CHECK(type_lookup("System.String[]", 15) == sa);
  CHECK(strcmp(type_lookup("object[]", 8)->full_name, "System.Object[]") == 0);
  const TypeInfo *ls = type_lookup("List[string]", 12);
  CHECK(ls && ls->id == T_LIST && ls->elem == str);
  CHECK(type_lookup("System.Collections.Generic.List[System.String]", 46) == ls);

  const TypeInfo *dz = type_lookup("DivideByZeroException", 21);
  const TypeInfo *rt = type_lookup("System.Management.Automation.RuntimeException", 45);
  CHECK(dz && rt && type_lookup("Management.Automation.RuntimeException", 38) == rt);
  CHECK(type_lookup("RuntimeException", 16) == rt);
  const TypeInfo *arith = type_lookup("ArithmeticException", 19);
  const TypeInfo *exc = type_lookup("Exception", 9);
  CHECK(type_derives(dz, arith) && type_derives(dz, exc) && !type_derives(dz, rt));
  const TypeInfo *pic = type_lookup(EXC_INVALIDCAST, strlen(EXC_INVALIDCAST));
  CHECK(pic && type_derives(pic, type_lookup("InvalidCastException", 20)));
  CHECK(type_derives(type_lookup("System.IO.FileNotFoundException", 31),
                     type_lookup("IO.IOException", 14)));
  const TypeInfo *mine = type_intern("My.CustomException", exc);
  CHECK(mine->id == T_EXCEPTION && type_derives(mine, exc));
  CHECK(type_intern("My.CustomException", NULL) == mine);

  CHECK(type_of(val_null()) == NULL);
  CHECK(type_of(val_int(1)) == i32);
  CHECK(type_is(val_int(1), type_lookup("object", 6)));
  CHECK(type_is(val_int(1), type_lookup("ValueType", 9)));
  CHECK(!type_is(val_int(1), type_lookup("long", 4)));
  CHECK(!type_is(val_null(), type_lookup("object", 6)));
  CHECK(type_is(val_type(i32), type_lookup("type", 4)));
  Value a = val_arr_new(0);
  CHECK(type_is(a, type_lookup("array", 5)) && type_is(a, type_lookup("object[]", 8)));
  CHECK(type_is(a, type_lookup("System.Collections.IList", 24)));
  CHECK_STR(conv_type_name(a), "System.Object[]");
  val_unref(a);
  Value ex = val_obj_new(OBJ_EXCEPTION, "Some.OtherException");
  CHECK(type_is(ex, exc));
  val_unref(ex);
  Value h = val_hash_new(false);
  CHECK(type_is(h, type_lookup("hashtable", 9)) && !type_is(h, type_lookup("ordered", 7)));
  val_unref(h);
  Value s = val_cstr("x");
  CHECK(type_is(s, type_lookup("string", 6)) && type_is(s, type_lookup("psobject", 8)));
  val_unref(s);
}

static void test_block(void) {
  const char *src = "{ 1 + 1 }";
  Script *sc = NULL;
  ParseErrors errs = {0};
  if (!parse_script(src, strlen(src), NULL, &sc, &errs)) {
    parse_errors_free(&errs);
    CHECK(!"parse failed");
    return;
  }
  parse_errors_free(&errs);
  const Node *n = sc->root->u.sb.end;
  n = n && n->u.block.stmts.n ? n->u.block.stmts.items[0] : NULL;
  if (n && n->kind == N_PIPELINE) n = n->u.pipe.elems.items[0];
  if (n && n->kind == N_CMDEXPR) n = n->u.cmdexpr.expr;
  CHECK(n && n->kind == N_SBEXPR);
  if (n && n->kind == N_SBEXPR) {
    Value b = val_block_new(sc, n->u.sbexpr.body);
    CHECK_STR(str_of(val_ref(b)), " 1 + 1 ");
    CHECK_STR(conv_type_name(b), "System.Management.Automation.ScriptBlock");
    RtError e = {0};
    Value out;
    CHECK(conv_to_type(b, type_lookup("scriptblock", 11), &out, &e) && out.u.sb == b.u.sb);
    val_unref(out);
    val_unref(b);
  }
  script_release(sc);
}

int main(void) {
  test_strings();
  test_arrays();
  test_hash();
  test_text();
  test_double();
  test_numbers();
  test_bool();
  test_strings_of_values();
  test_casts();
  test_types();
  test_block();
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
