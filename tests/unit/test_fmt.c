/* test_fmt.c - the -f operator and .NET numeric format strings (en-US). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "fmt.h"

#ifdef UCSH_STANDALONE_TEST
/* Just enough of value.c and convert.c to format numbers and strings. */
Value val_cstr(const char *s) {
  size_t n = strlen(s);
  VStr *p = malloc(sizeof *p + n + 1);
  p->refs = 1;
  p->len = p->cap = n;
  memcpy(p->data, s, n + 1);
  Value v;
  v.kind = V_STR;
  v.u.s = p;
  return v;
}

void val_unref(Value v) {
  if (v.kind == V_STR) free(v.u.s);
}

void conv_append_str(StrBuf *b, Value v, const char *ofs) {
  (void)ofs;
  switch (v.kind) {
  case V_BOOL: sb_puts(b, v.u.b ? "True" : "False"); break;
  case V_INT: sb_printf(b, "%d", v.u.i); break;
  case V_LONG: sb_printf(b, "%lld", (long long)v.u.l); break;
  case V_DOUBLE: sb_printf(b, "%.15g", v.u.d); break;
  case V_STR: sb_putn(b, val_sdata(v), val_slen(v)); break;
  default: break;
  }
}
#endif

static int passed, failed;

static void check_str(const char *got, const char *want, const char *what, int line) {
  if (got && strcmp(got, want) == 0) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL line %d: %s\n  got [%s] want [%s]\n", line, what, got ? got : "(null)", want);
}

/* Format one value with spec; on failure the result is "!" + message. */
static char buf[512];
static const char *fv(Value v, const char *spec) {
  StrBuf b = SB_INIT;
  RtError e = {0};
  if (fmt_value(&b, v, spec, strlen(spec), &e)) snprintf(buf, sizeof buf, "%s", sb_cstr(&b));
  else snprintf(buf, sizeof buf, "!%s", e.msg);
  rt_error_clear(&e);
  sb_free(&b);
  return buf;
}

static const char *fc(const char *fmt, const Value *args, int n) {
  StrBuf b = SB_INIT;
  RtError e = {0};
  if (fmt_composite(&b, fmt, strlen(fmt), args, n, &e)) {
    snprintf(buf, sizeof buf, "%s", sb_cstr(&b));
  } else {
    snprintf(buf, sizeof buf, "!%s|%s|%s|%s", e.msg, e.exc, e.category, e.fqid);
    if (b.len) snprintf(buf, sizeof buf, "!partial output left: %s", b.data);
  }
  rt_error_clear(&e);
  sb_free(&b);
  return buf;
}

#define FV(v, spec, want) check_str(fv((v), (spec)), (want), #v " " spec, __LINE__)
#define FC1(fmt, v, want)                                \
  do {                                                   \
    Value a_[1] = {(v)};                                 \
    check_str(fc((fmt), a_, 1), (want), fmt, __LINE__); \
  } while (0)

static void test_standard(void) {
  FV(val_double(1234.5), "N2", "1,234.50");
  FV(val_double(1234.5), "N", "1,234.50");
  FV(val_int(1234567), "N0", "1,234,567");
  FV(val_double(-1234.5), "N1", "-1,234.5");
  FV(val_double(2.345), "N2", "2.35");
  FV(val_double(2.345), "F2", "2.35");
  FV(val_double(0.125), "P1", "12.5 %");
  FV(val_double(0.5), "P", "50.00 %");
  FV(val_double(-0.5), "P0", "-50 %");
  FV(val_int(255), "X", "FF");
  FV(val_int(255), "x4", "00ff");
  FV(val_int(-1), "X", "FFFFFFFF");
  FV(val_long(-1), "X", "FFFFFFFFFFFFFFFF");
  FV(val_int(42), "D5", "00042");
  FV(val_int(-42), "D5", "-00042");
  FV(val_int(42), "D", "42");
  FV(val_double(1.5), "D", "!Format specifier was invalid.");
  FV(val_double(1.5), "X", "!Format specifier was invalid.");
  FV(val_int(1), "Z", "!Format specifier was invalid.");
  FV(val_double(1234.5678), "C", "$1,234.57");
  FV(val_double(-1), "C", "($1.00)");
  FV(val_int(5), "C0", "$5");
  FV(val_double(1234.5678), "E", "1.234568E+003");
  FV(val_double(1234.5678), "e2", "1.23e+003");
  FV(val_double(0), "E", "0.000000E+000");
  FV(val_double(-0.00012), "E1", "-1.2E-004");
  FV(val_int(12345), "G2", "1.2E+04");
  FV(val_int(100), "G2", "1E+02");
  FV(val_int(12345), "G", "12345");
  FV(val_double(3.14159265358979), "G", "3.14159265358979");
  FV(val_double(0.1), "G", "0.1");
  FV(val_double(1e20), "G", "1E+20");
  FV(val_double(0.00001), "G", "1E-05");
  FV(val_double(0.0001), "G", "0.0001");
  FV(val_double(123.456), "G4", "123.5");
  FV(val_double(0.1 + 0.2), "R", "0.30000000000000004");
  FV(val_double(0.1), "R", "0.1");
  FV(val_int(1), "R", "!Format specifier was invalid.");
  FV(val_double(-0.001), "F2", "0.00");
  FV(val_double(1.0 / 0.0), "N2", "Infinity");
  FV(val_double(-1.0 / 0.0), "N2", "-Infinity");
  FV(val_double(0.0 / 0.0), "F", "NaN");
  FV(val_int(-2147483647 - 1), "N0", "-2,147,483,648");
  FV(val_long(INT64_MIN), "D", "-9223372036854775808");
  FV(val_double(123456789.0), "F0", "123456789");
  FV(val_double(0.5), "F0", "1");
  FV(val_double(1.5), "F0", "2");
  FV(val_double(2.5), "F0", "3");
}

static void test_custom(void) {
  FV(val_double(2.345), "0.00", "2.35");
  FV(val_int(1234567), "#,##0", "1,234,567");
  FV(val_int(123), "#,##0", "123");
  FV(val_int(0), "#,##0", "0");
  FV(val_int(0), "#,###", "");
  FV(val_double(1234567.891), "#,##0.00", "1,234,567.89");
  FV(val_int(5), "000", "005");
  FV(val_double(1.5), "#.##", "1.5");
  FV(val_double(0.5), "#.##", ".5");
  FV(val_double(0.5), "0.##", "0.5");
  FV(val_int(1234567), "#,#,,", "1");
  FV(val_int(1234567890), "#,##0,,", "1,235");
  FV(val_double(0.1234), "0.0%", "12.3%");
  FV(val_double(0.1234), "0.0\xe2\x80\xb0", "123.4\xe2\x80\xb0");
  FV(val_int(-5), "0;(0)", "(5)");
  FV(val_int(5), "0;(0);zero", "5");
  FV(val_int(0), "0;(0);zero", "zero");
  FV(val_double(-0.001), "0.00;(0.00);zero", "zero");
  FV(val_int(-5), "0", "-5");
  FV(val_int(42), "'#'0", "#42");
  FV(val_int(42), "\"n=\"0", "n=42");
  FV(val_int(42), "\\#0", "#42");
  FV(val_double(1234.5), "0.0E+0", "1.2E+3");
  FV(val_double(1234.5), "0.00e00", "1.23e03");
  FV(val_double(0.00012), "0.0E-0", "1.2E-4");
  FV(val_int(12345), "00-000", "12-345");
  FV(val_int(5551234), "(###) ###-####", "() 555-1234");
  FV(val_double(12.5), "00.00", "12.50");
  FV(val_int(7), "abc", "abc");
}

static void test_composite(void) {
  Value s = val_cstr("ab");
  FC1("{0,-5}|", s, "ab   |");
  FC1("{0,5}|", s, "   ab|");
  FC1("[{0}]", s, "[ab]");
  FC1("{0:N2}", s, "ab"); /* strings ignore the format */
  FC1("{0:N2}", val_double(1234.5), "1,234.50");
  FC1("{0:P1}", val_double(0.125), "12.5 %");
  FC1("{0:X}", val_int(255), "FF");
  FC1("{0:D5}", val_int(42), "00042");
  FC1("{0:0.00}", val_double(2.345), "2.35");
  FC1("{0:#,##0}", val_int(1234567), "1,234,567");
  FC1("{{}}", val_int(1), "{}");
  FC1("{{{0}}}", val_int(1), "{1}");
  FC1("{0 , 4 :D2}|", val_int(7), "  07|");
  FC1("{0,4:D2 }|", val_int(7), " D2 |"); /* "D2 " is a custom format: no placeholders */
  FC1("{0}", val_bool(true), "True");
  FC1("{0:N2}", val_bool(false), "False");
  FC1("{0}", val_null(), "");
  FC1("{0,3}", val_null(), "   ");
  FC1("{0,-4:N1}|", val_int(3), "3.0 |");
  Value e_acute = val_cstr("\xc3\xa9");
  FC1("{0,3}", e_acute, "  \xc3\xa9");
  val_unref(e_acute);
  const char *idx =
      "!Error formatting a string: Index (zero based) must be greater than or equal to zero "
      "and less than the size of the argument list..|System.FormatException|InvalidOperation|"
      "FormatError";
  const char *bad =
      "!Error formatting a string: Input string was not in a correct format..|"
      "System.FormatException|InvalidOperation|FormatError";
  FC1("x{1}", val_int(1), idx);
  FC1("{0", val_int(1), bad);
  FC1("{a}", val_int(1), bad);
  FC1("}", val_int(1), bad);
  FC1("{0,x}", val_int(1), bad);
  FC1("{0:D", val_int(1), bad);
  FC1("{}", val_int(1), bad);
  FC1("{0:D}", val_double(1.5),
      "!Error formatting a string: Format specifier was invalid..|System.FormatException|"
      "InvalidOperation|FormatError");
  check_str(fc("{0}", NULL, 0), idx, "no args", __LINE__);
  Value two[2] = {val_int(1), val_cstr("hello")};
  check_str(fc("{0} {1,-10}|{0:D3}", two, 2), "1 hello     |001", "two args", __LINE__);
  val_unref(two[1]);
  val_unref(s);
}

int main(void) {
  test_standard();
  test_custom();
  test_composite();
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
