/* convert.c - see convert.h: PowerShell's (5.1) string, Boolean, number
 * and cast conversions. */
#include "convert.h"
#include "../parser/xalloc.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/ast.h"

#define FQID_CAST "ConvertToFinalInvalidCastException"
#define FQID_PARSE "InvalidCastParseTargetInvocation"
#define FQID_RANGE "InvalidCastIConvertible"
#define BAD_FORMAT "Input string was not in a correct format."

/* ------------------------------------------------------------------ */
/* to string                                                           */

void conv_double(StrBuf *b, double d) {
  if (isnan(d)) { sb_puts(b, "NaN"); return; }
  if (isinf(d)) { sb_puts(b, d < 0 ? "-Infinity" : "Infinity"); return; }
  if (d == 0) { sb_putc(b, '0'); return; } /* also -0, as .NET Framework prints it */
  char buf[48];
  int n = snprintf(buf, sizeof buf, "%.15G", d);
  for (int i = 0; i < n; i++)
    if (buf[i] == ',') buf[i] = '.'; /* in case a locale was set */
  sb_putn(b, buf, (size_t)n);
}

static void put_value(StrBuf *b, Value v, const char *ofs, bool top);

/* @{a=1; b=2}: values are converted without joining arrays. */
/* Nesting depth of put_pscustom: an object that contains itself stops
 * here (printing "...") instead of recursing until the stack overflows. */
static int pscustom_nest;
enum { PSCUSTOM_MAX_NEST = 100 };

static void put_pscustom(StrBuf *b, const VHash *h) {
  if (!h->len) return;
  if (pscustom_nest >= PSCUSTOM_MAX_NEST) { sb_puts(b, "..."); return; }
  pscustom_nest++;
  sb_puts(b, "@{");
  for (size_t i = 0; i < h->len; i++) {
    if (i) sb_puts(b, "; ");
    put_value(b, h->ents[i].key, NULL, false);
    sb_putc(b, '=');
    put_value(b, h->ents[i].val, NULL, false);
  }
  sb_putc(b, '}');
  pscustom_nest--;
}

static bool put_message_of(StrBuf *b, Value o) {
  Value *m = val_obj_prop(o, "Message");
  if (!m) return false;
  put_value(b, *m, NULL, false);
  return true;
}

static void put_errorrecord(StrBuf *b, Value rec) {
  Value *det = val_obj_prop(rec, "ErrorDetails");
  if (det && det->kind == V_STR && val_slen(*det)) {
    sb_putn(b, val_sdata(*det), val_slen(*det));
    return;
  }
  if (det && det->kind == V_OBJ) {
    Value *m = val_obj_prop(*det, "Message");
    if (m && m->kind == V_STR && val_slen(*m)) { sb_putn(b, val_sdata(*m), val_slen(*m)); return; }
  }
  Value *ex = val_obj_prop(rec, "Exception");
  if (ex && ex->kind == V_OBJ && put_message_of(b, *ex)) return;
  if (ex && ex->kind == V_STR) { sb_putn(b, val_sdata(*ex), val_slen(*ex)); return; }
  sb_putn(b, rec.u.o->type_name->data, rec.u.o->type_name->len);
}

static void put_object(StrBuf *b, Value v) {
  VObj *o = v.u.o;
  Value *ts;
  switch (o->cls) {
  case OBJ_PSCUSTOM: put_pscustom(b, o->props); return;
  case OBJ_ERRORRECORD: put_errorrecord(b, v); return;
  case OBJ_EXCEPTION:
    if (put_message_of(b, v)) return;
    break;
  case OBJ_GENERIC:
    if (o->text) { sb_putn(b, o->text->data, o->text->len); return; }
    ts = val_obj_prop(v, "ToString");
    if (ts && ts->kind == V_STR) { sb_putn(b, val_sdata(*ts), val_slen(*ts)); return; }
    break;
  }
  sb_putn(b, o->type_name->data, o->type_name->len);
}

/* The source text between the braces of a script block. */
static void put_block(StrBuf *b, const VBlock *sb) {
  const Script *s = sb->script;
  const Node *n = sb->node;
  if (!s || !n || !s->src) return;
  size_t off = n->ext.off, end = n->ext.end;
  if (end > s->len) end = s->len;
  if (off > end) off = end;
  if (n != s->root && end - off >= 2 && s->src[off] == '{' && s->src[end - 1] == '}')
    off++, end--;
  sb_putn(b, s->src + off, end - off);
}

static void put_handle(StrBuf *b, const VHandle *h) {
  if (h->type && h->type->to_string) {
    char *s = h->type->to_string(h->data);
    if (s) {
      sb_puts(b, s);
      free(s);
      return;
    }
  }
  sb_puts(b, h->type && h->type->type_name ? h->type->type_name : "System.Object");
}

static void put_array(StrBuf *b, Value v, const char *ofs, bool top) {
  if (!top) {
    sb_puts(b, type_of(v)->full_name);
    return;
  }
  if (!ofs) ofs = " ";
  for (size_t i = 0; i < v.u.a->len; i++) {
    if (i) sb_puts(b, ofs);
    put_value(b, v.u.a->items[i], ofs, false);
  }
}

/* `top`: arrays are joined; nested ones print their type name, as
 * PowerShell's (non-recursive) element conversion does. */
static void put_value(StrBuf *b, Value v, const char *ofs, bool top) {
  switch (v.kind) {
  case V_NULL: break;
  case V_BOOL: sb_puts(b, v.u.b ? "True" : "False"); break;
  case V_INT: sb_printf(b, "%" PRId32, v.u.i); break;
  case V_LONG: sb_printf(b, "%" PRId64, v.u.l); break;
  case V_DOUBLE: conv_double(b, v.u.d); break;
  case V_STR: sb_putn(b, v.u.s->data, v.u.s->len); break;
  case V_ARR: put_array(b, v, ofs, top); break;
  case V_HASH: sb_puts(b, type_of(v)->full_name); break;
  case V_OBJ: put_object(b, v); break;
  case V_BLOCK: put_block(b, v.u.sb); break;
  case V_TYPE: sb_puts(b, v.u.t ? v.u.t->full_name : ""); break;
  case V_HANDLE: put_handle(b, v.u.hd); break;
  }
}

void conv_append_str(StrBuf *b, Value v, const char *ofs) { put_value(b, v, ofs, true); }

Value conv_to_str(Value v, const char *ofs) {
  if (v.kind == V_STR) return val_ref(v);
  StrBuf b = SB_INIT;
  put_value(&b, v, ofs, true);
  size_t len;
  char *s = sb_take(&b, &len);
  return val_str_take(s, len);
}

char *conv_to_cstr(Value v, const char *ofs) {
  StrBuf b = SB_INIT;
  put_value(&b, v, ofs, true);
  return sb_take(&b, NULL);
}

const char *conv_type_name(Value v) {
  const TypeInfo *t = type_of(v);
  return t ? t->full_name : "";
}

/* ------------------------------------------------------------------ */
/* to bool                                                             */

static bool arr_true(const VArr *a) {
  if (a->len == 0) return false;
  if (a->len > 1) return true;
  Value first = a->items[0];
  if (first.kind == V_ARR) return first.u.a->len > 0;
  return conv_to_bool(first);
}

bool conv_to_bool(Value v) {
  switch (v.kind) {
  case V_NULL: return false;
  case V_BOOL: return v.u.b;
  case V_INT: return v.u.i != 0;
  case V_LONG: return v.u.l != 0;
  case V_DOUBLE: return v.u.d != 0;
  case V_STR: return v.u.s->len != 0;
  case V_ARR: return arr_true(v.u.a);
  default: return true;
  }
}

/* ------------------------------------------------------------------ */
/* errors                                                              */

/* Cannot convert value "abc" to type "System.Int32". Error: "..." */
static bool fail_value(RtError *err, Value v, const char *target, const char *fqid,
                       const char *reason) {
  char *s = conv_to_cstr(v, NULL);
  rt_fail(err, EXC_INVALIDCAST, fqid, "InvalidArgument",
          "Cannot convert value \"%s\" to type \"%s\". Error: \"%s\"", s, target, reason);
  free(s);
  return false;
}

/* Cannot convert the "x" value of type "T" to type "U". */
static bool fail_cast(RtError *err, Value v, const char *target) {
  if (v.kind == V_NULL)
    return rt_fail(err, EXC_INVALIDCAST, FQID_CAST, "InvalidArgument",
                   "Cannot convert null to type \"%s\".", target);
  char *s = conv_to_cstr(v, NULL);
  rt_fail(err, EXC_INVALIDCAST, FQID_CAST, "InvalidArgument",
          "Cannot convert the \"%s\" value of type \"%s\" to type \"%s\".", s,
          conv_type_name(v), target);
  free(s);
  return false;
}

/* ------------------------------------------------------------------ */
/* parsing numbers                                                     */

static bool is_ws(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static int hex_val(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = (char)(c | 32);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Optional type suffix (l, d) and multiplier (kb mb gb tb pb); must end
 * the text. */
static bool parse_suffix(const char *p, const char *e, char *type, int64_t *mult) {
  *type = 0;
  *mult = 1;
  if (p < e && ((*p | 32) == 'l' || (*p | 32) == 'd')) *type = (char)(*p++ | 32);
  if (e - p == 2 && (p[1] | 32) == 'b') {
    static const char units[] = "kmgtp";
    const char *u = strchr(units, *p | 32);
    if (!u || !*u) return false;
    for (const char *q = units; q <= u; q++) *mult *= 1024;
    p += 2;
  }
  return p == e;
}

/* An integer result: Int32 when it fits (and no 'l'), else Int64. */
static Value int_result(int64_t x, char type) {
  if (type != 'l' && x >= INT32_MIN && x <= INT32_MAX) return val_int((int32_t)x);
  return val_long(x);
}

static bool parse_hex(const char *p, const char *e, bool neg, Value *out) {
  uint64_t x = 0;
  int nd = 0;
  for (; p < e && hex_val(*p) >= 0; p++, nd++) x = (x << 4) | (uint64_t)hex_val(*p);
  char type;
  int64_t mult;
  if (nd == 0 || nd > 16 || !parse_suffix(p, e, &type, &mult)) return false;
  int64_t v = nd <= 8 && type != 'l' ? (int64_t)(int32_t)(uint32_t)x : (int64_t)x;
  if (neg) v = v == INT64_MIN ? v : -v;
  if (type == 'd') { *out = val_double((double)v * (double)mult); return true; }
  if (mult > 1 && (v > INT64_MAX / mult || v < INT64_MIN / mult)) {
    *out = val_double((double)v * (double)mult);
    return true;
  }
  *out = int_result(v * mult, nd > 8 ? 'l' : type);
  return true;
}

/* The span of a decimal number: digits [. digits] [e [+-] digits]. */
static const char *scan_decimal(const char *p, const char *e, bool *real) {
  int digits = 0;
  *real = false;
  while (p < e && is_digit(*p)) p++, digits++;
  if (p < e && *p == '.') {
    *real = true;
    for (p++; p < e && is_digit(*p); p++) digits++;
  }
  if (!digits) return NULL;
  if (p < e && (*p | 32) == 'e') {
    const char *q = p + 1;
    if (q < e && (*q == '+' || *q == '-')) q++;
    if (q >= e || !is_digit(*q)) return p; /* not an exponent: let the suffix fail */
    while (q < e && is_digit(*q)) q++;
    *real = true;
    p = q;
  }
  return p;
}

static double strtod_n(const char *s, size_t n) {
  char buf[128];
  char *tmp = n < sizeof buf ? buf : xmalloc(n + 1);
  memcpy(tmp, s, n);
  tmp[n] = 0;
  double d = strtod(tmp, NULL);
  if (tmp != buf) free(tmp);
  return d;
}

static bool parse_dec(const char *p, const char *e, bool neg, Value *out) {
  bool real;
  const char *end = scan_decimal(p, e, &real);
  char type;
  int64_t mult;
  if (!end || !parse_suffix(end, e, &type, &mult)) return false;
  uint64_t x = 0;
  bool big = false;
  for (const char *q = p; !real && q < end; q++) {
    if (x > (UINT64_MAX - 9) / 10) big = true;
    x = x * 10 + (uint64_t)(*q - '0');
  }
  if (real || big || type == 'd' || x > (uint64_t)INT64_MAX + (neg ? 1 : 0)) {
    double d = strtod_n(p, (size_t)(end - p)) * (double)mult;
    *out = val_double(neg ? -d : d);
    return true;
  }
  int64_t v = neg ? (int64_t)(0 - x) : (int64_t)x;
  if (mult > 1 && (v > INT64_MAX / mult || v < INT64_MIN / mult)) {
    *out = val_double((double)v * (double)mult);
    return true;
  }
  *out = int_result(v * mult, type);
  return true;
}

/* PowerShell's number text: whitespace, sign, 0x hex, decimal with
 * fraction/exponent, type suffix, multiplier; "" means 0. */
static bool parse_number(const char *s, size_t len, Value *out) {
  const char *p = s, *e = s + len;
  while (p < e && is_ws(*p)) p++;
  while (e > p && is_ws(e[-1])) e--;
  if (p == e) { *out = val_int(0); return true; }
  bool neg = false;
  if (*p == '+' || *p == '-') neg = *p++ == '-';
  else if (e - p > 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
           (unsigned char)p[2] >= 0x93 && (unsigned char)p[2] <= 0x95)
    neg = true, p += 3; /* en dash, em dash, horizontal bar */
  if (p == e) return false;
  if (e - p > 2 && p[0] == '0' && (p[1] | 32) == 'x') return parse_hex(p + 2, e, neg, out);
  return parse_dec(p, e, neg, out);
}

/* "NaN", "Infinity", "-Infinity" (Double.Parse accepts them). */
static bool parse_special(const char *s, size_t len, double *d) {
  while (len && is_ws(*s)) s++, len--;
  while (len && is_ws(s[len - 1])) len--;
  if (val_streq_ci(s, len, "NaN", 3)) { *d = NAN; return true; }
  bool neg = len && *s == '-';
  if (len && (*s == '-' || *s == '+')) s++, len--;
  if (!val_streq_ci(s, len, "Infinity", 8)) return false;
  *d = neg ? -INFINITY : INFINITY;
  return true;
}

/* ------------------------------------------------------------------ */
/* to numbers                                                          */

/* Any value to a number, naming `target` in messages. */
static bool to_num(Value v, const char *target, const char *fqid, Value *out, RtError *err) {
  switch (v.kind) {
  case V_NULL: *out = val_int(0); return true;
  case V_BOOL: *out = val_int(v.u.b ? 1 : 0); return true;
  case V_INT:
  case V_LONG:
  case V_DOUBLE: *out = v; return true;
  case V_STR:
    if (parse_number(v.u.s->data, v.u.s->len, out)) return true;
    return fail_value(err, v, target, fqid, BAD_FORMAT);
  default: return fail_cast(err, v, target);
  }
}

bool conv_to_number(Value v, Value *out, RtError *err) {
  *out = val_int(0);
  return to_num(v, "System.Int32", "InvalidCastFromStringToInteger", out, err);
}

static double round_even(double d) {
  double r = floor(d), diff = d - r;
  if (diff > 0.5 || (diff == 0.5 && fmod(r, 2.0) != 0)) r += 1;
  return r;
}

/* Any value to an integer in [lo, hi]; `what` completes "too small for". */
static bool to_integer(Value v, const char *target, int64_t lo, int64_t hi, const char *what,
                       int64_t *out, RtError *err) {
  Value n = val_null();
  if (!to_num(v, target, "InvalidCastFromStringToInteger", &n, err)) return false;
  const char *fqid = v.kind == V_STR ? "InvalidCastFromStringToInteger" : FQID_RANGE;
  char reason[96];
  snprintf(reason, sizeof reason, "Value was either too large or too small for %s.", what);
  if (n.kind == V_DOUBLE) {
    double r = round_even(n.u.d);
    if (!(r >= (double)lo && r <= (double)hi && r < 9223372036854775808.0))
      return fail_value(err, v, target, fqid, reason);
    *out = (int64_t)r;
    return true;
  }
  int64_t x = n.kind == V_INT ? n.u.i : n.u.l;
  if (x < lo || x > hi) return fail_value(err, v, target, fqid, reason);
  *out = x;
  return true;
}

bool conv_to_int(Value v, int32_t *out, RtError *err) {
  int64_t x = 0;
  bool ok = to_integer(v, "System.Int32", INT32_MIN, INT32_MAX, "an Int32", &x, err);
  *out = (int32_t)x;
  return ok;
}

bool conv_to_long(Value v, int64_t *out, RtError *err) {
  *out = 0;
  return to_integer(v, "System.Int64", INT64_MIN, INT64_MAX, "an Int64", out, err);
}

static bool to_dbl(Value v, const char *target, const char *fqid, double *out, RtError *err) {
  Value n;
  *out = 0;
  if (v.kind == V_STR && parse_special(v.u.s->data, v.u.s->len, out)) return true;
  if (!to_num(v, target, fqid, &n, err)) return false;
  *out = n.kind == V_DOUBLE ? n.u.d : n.kind == V_INT ? n.u.i : (double)n.u.l;
  return true;
}

bool conv_to_double(Value v, double *out, RtError *err) {
  return to_dbl(v, "System.Double", "InvalidCastFromStringToDoubleOrSingle", out, err);
}

/* ------------------------------------------------------------------ */
/* casts: scalars                                                      */

static bool cast_integer(Value v, const TypeInfo *t, Value *out, RtError *err) {
  static const struct {
    TypeId id;
    int64_t lo, hi;
    const char *what;
  } ranges[] = {
      {T_INT, INT32_MIN, INT32_MAX, "an Int32"},
      {T_LONG, INT64_MIN, INT64_MAX, "an Int64"},
      {T_BYTE, 0, 255, "an unsigned byte"},
      {T_SBYTE, -128, 127, "a signed byte"},
      {T_INT16, INT16_MIN, INT16_MAX, "an Int16"},
      {T_UINT16, 0, UINT16_MAX, "a UInt16"},
      {T_UINT32, 0, UINT32_MAX, "a UInt32"},
      {T_UINT64, 0, INT64_MAX, "a UInt64"},
  };
  for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
    if (ranges[i].id != t->id) continue;
    int64_t x;
    if (!to_integer(v, t->full_name, ranges[i].lo, ranges[i].hi, ranges[i].what, &x, err))
      return false;
    bool wide = t->id == T_LONG || t->id == T_UINT32 || t->id == T_UINT64;
    *out = wide ? val_long(x) : val_int((int32_t)x);
    return true;
  }
  return fail_cast(err, v, t->full_name);
}

static bool cast_double(Value v, const TypeInfo *t, Value *out, RtError *err) {
  const char *fqid = t->id == T_DECIMAL ? "InvalidCastFromStringToDecimal"
                                        : "InvalidCastFromStringToDoubleOrSingle";
  double d;
  if (!to_dbl(v, t->full_name, fqid, &d, err)) return false;
  *out = val_double(d);
  return true;
}

/* Length in code points of UTF-8 text. */
static size_t utf8_count(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

/* [char]: a one-character string, or a code point from a number. */
static bool cast_char(Value v, Value *out, RtError *err) {
  const char *target = "System.Char";
  if (v.kind == V_NULL) { *out = val_str("", 1); return true; }
  if (v.kind == V_STR) {
    if (utf8_count(v.u.s->data, v.u.s->len) == 1) { *out = val_ref(v); return true; }
    return fail_value(err, v, target, FQID_PARSE, "String must be exactly one character long.");
  }
  if (v.kind == V_INT || v.kind == V_LONG || v.kind == V_DOUBLE || v.kind == V_BOOL) {
    int64_t cp;
    if (!to_integer(v, target, 0, 0xFFFF, "a character", &cp, err)) return false;
    StrBuf b = SB_INIT;
    if (cp == 0) sb_putn(&b, "", 1);
    else sb_put_utf8(&b, (unsigned)cp);
    size_t len;
    char *s = sb_take(&b, &len);
    *out = val_str_take(s, len);
    return true;
  }
  return fail_cast(err, v, target);
}

static bool cast_string(Value v, Value *out) {
  *out = v.kind == V_NULL ? val_str("", 0) : conv_to_str(v, NULL);
  return true;
}

/* [type]"int" */
static bool cast_type(Value v, Value *out, RtError *err) {
  if (v.kind == V_TYPE || v.kind == V_NULL) { *out = v; return true; }
  if (v.kind != V_STR) return fail_cast(err, v, "System.Type");
  const TypeInfo *t = type_lookup(v.u.s->data, v.u.s->len);
  if (!t)
    return rt_fail(err, EXC_RUNTIME, "TypeNotFound", "InvalidOperation",
                   "Unable to find type [%s].", v.u.s->data);
  *out = val_type(t);
  return true;
}

/* ------------------------------------------------------------------ */
/* casts: collections                                                  */

static bool is_object_type(const TypeInfo *t) { return !t || t->id == T_OBJECT; }

/* [char[]]"abc": one string per character. */
static Value split_chars(Value s) {
  Value a = val_arr_new(s.u.s->len);
  const char *p = s.u.s->data, *e = p + s.u.s->len;
  while (p < e) {
    const char *q = p + 1;
    while (q < e && ((unsigned char)*q & 0xC0) == 0x80) q++;
    val_arr_push(a, val_str(p, (size_t)(q - p)));
    p = q;
  }
  return a;
}

/* Convert each item of `src` (an array, or a scalar as one item) into a
 * new array or list with element type `elem`. */
static bool convert_items(Value src, const TypeInfo *elem, bool list, Value *out, RtError *err) {
  size_t n = src.kind == V_ARR ? src.u.a->len : 1;
  Value a = val_arr_new(n);
  a.u.a->flags = list ? VARR_LIST : 0;
  a.u.a->elem = is_object_type(elem) ? NULL : elem;
  for (size_t i = 0; i < n; i++) {
    Value item = src.kind == V_ARR ? src.u.a->items[i] : src, c;
    if (!conv_to_type(item, elem, &c, err)) {
      val_unref(a);
      return false;
    }
    val_arr_push(a, c);
  }
  *out = a;
  return true;
}

static bool cast_array(Value v, const TypeInfo *elem, Value *out, RtError *err) {
  if (is_object_type(elem)) elem = NULL;
  if (v.kind == V_NULL) { *out = v; return true; }
  if (v.kind == V_ARR && !(v.u.a->flags & VARR_LIST) && v.u.a->elem == elem) {
    *out = val_ref(v);
    return true;
  }
  if (v.kind == V_STR && elem && elem->id == T_CHAR) {
    *out = split_chars(v);
    return true;
  }
  return convert_items(v, elem, false, out, err);
}

static bool cast_list(Value v, const TypeInfo *elem, Value *out, RtError *err) {
  if (v.kind == V_NULL) { *out = v; return true; }
  return convert_items(v, elem, true, out, err);
}

static bool cast_hashtable(Value v, const TypeInfo *t, Value *out, RtError *err) {
  bool want_ordered = t->id == T_ORDERED;
  if (v.kind == V_NULL) { *out = v; return true; }
  if (v.kind != V_HASH) return fail_cast(err, v, t->full_name);
  bool ordered = v.u.h->flags & VHASH_ORDERED;
  if (ordered == want_ordered) { *out = val_ref(v); return true; }
  if (want_ordered) return fail_cast(err, v, t->full_name);
  *out = val_hash_copy(v);
  out->u.h->flags &= ~(uint32_t)VHASH_ORDERED;
  return true;
}

/* [pscustomobject]@{...}: properties in the hashtable's order. */
static bool cast_pscustom(Value v, Value *out) {
  if (v.kind != V_HASH) { *out = val_ref(v); return true; }
  Value o = val_pscustom_new();
  for (size_t i = 0; i < v.u.h->len; i++) {
    VHashEnt *e = &v.u.h->ents[i];
    val_hash_set(o, conv_to_str(e->key, NULL), val_ref(e->val));
  }
  *out = o;
  return true;
}

static bool cast_arraylist(Value v, Value *out) {
  if (v.kind == V_NULL) { *out = v; return true; }
  Value l = val_list_new();
  if (v.kind == V_ARR)
    for (size_t i = 0; i < v.u.a->len; i++) val_arr_push(l, val_ref(v.u.a->items[i]));
  else
    val_arr_push(l, val_ref(v));
  *out = l;
  return true;
}

/* ------------------------------------------------------------------ */
/* casts: version and guid                                             */

/* "1.2", "1.2.3", "1.2.3.4". Returns NULL or the reason it fails. */
static const char *parse_version(const char *s, size_t len, int32_t part[4], int *nparts) {
  const char *p = s, *e = s + len;
  while (p < e && is_ws(*p)) p++;
  while (e > p && is_ws(e[-1])) e--;
  int n = 0;
  for (;;) {
    int64_t x = 0;
    const char *d = p;
    for (; p < e && is_digit(*p); p++)
      if ((x = x * 10 + (*p - '0')) > INT32_MAX) return BAD_FORMAT;
    if (p == d || (p < e && *p != '.')) return BAD_FORMAT;
    if (n < 4) part[n] = (int32_t)x;
    n++;
    if (p == e) break;
    p++;
  }
  *nparts = n;
  return n < 2 || n > 4 ? "Version string portion was too short or too long." : NULL;
}

static bool cast_version(Value v, const TypeInfo *t, Value *out, RtError *err) {
  if (v.kind == V_NULL || type_is(v, t)) { *out = val_ref(v); return true; }
  Value sv = conv_to_str(v, NULL);
  int32_t part[4] = {0, 0, -1, -1};
  int n = 0;
  const char *why = parse_version(val_sdata(sv), val_slen(sv), part, &n);
  val_unref(sv);
  if (why) return fail_value(err, v, t->full_name, FQID_PARSE, why);
  StrBuf b = SB_INIT;
  for (int i = 0; i < n; i++) sb_printf(&b, i ? ".%d" : "%d", (int)part[i]);
  Value o = val_obj_new(OBJ_GENERIC, t->full_name);
  static const char *const names[] = {"Major", "Minor", "Build", "Revision"};
  for (int i = 0; i < 4; i++) val_obj_set(o, names[i], val_int(part[i]));
  val_obj_set_text(o, val_cstr(sb_cstr(&b)));
  sb_free(&b);
  *out = o;
  return true;
}

/* 32 hex digits, optionally as 8-4-4-4-12, in braces or parentheses. */
static bool parse_guid(const char *s, size_t len, char hex[33]) {
  while (len && is_ws(*s)) s++, len--;
  while (len && is_ws(s[len - 1])) len--;
  if (len == 38 && ((s[0] == '{' && s[37] == '}') || (s[0] == '(' && s[37] == ')')))
    s++, len -= 2;
  if (len != 32 && len != 36) return false;
  int n = 0;
  for (size_t i = 0; i < len; i++) {
    bool dash_pos = len == 36 && (i == 8 || i == 13 || i == 18 || i == 23);
    if (dash_pos) {
      if (s[i] != '-') return false;
      continue;
    }
    if (hex_val(s[i]) < 0) return false;
    hex[n++] = (char)(s[i] >= 'A' && s[i] <= 'F' ? s[i] + 32 : s[i]);
  }
  hex[n] = 0;
  return n == 32;
}

static bool cast_guid(Value v, const TypeInfo *t, Value *out, RtError *err) {
  if (type_is(v, t)) { *out = val_ref(v); return true; }
  if (v.kind != V_STR) return fail_cast(err, v, t->full_name);
  char h[33];
  if (!parse_guid(v.u.s->data, v.u.s->len, h))
    return fail_value(err, v, t->full_name, FQID_PARSE,
                      "Guid should contain 32 digits with 4 dashes "
                      "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");
  Value o = val_obj_new(OBJ_GENERIC, t->full_name);
  val_obj_set_text(o, val_strf("%.8s-%.4s-%.4s-%.4s-%.12s", h, h + 8, h + 12, h + 16,
                                      h + 20));
  *out = o;
  return true;
}

/* ------------------------------------------------------------------ */
/* casts: dispatch                                                     */

static bool is_value_type(const TypeInfo *t) {
  return type_derives(t, type_by_id(T_VALUETYPE));
}

/* Types ucsh cannot build: only values already of that type pass. */
static bool cast_other(Value v, const TypeInfo *t, Value *out, RtError *err) {
  if (v.kind == V_NULL) {
    if (is_value_type(t)) return fail_cast(err, v, t->full_name);
    *out = v;
    return true;
  }
  if (type_is(v, t)) { *out = val_ref(v); return true; }
  if (v.kind == V_STR && t->id == T_DATETIME)
    return fail_value(err, v, t->full_name, FQID_PARSE,
                      "String was not recognized as a valid DateTime.");
  return fail_cast(err, v, t->full_name);
}

static bool cast_scalar(Value v, const TypeInfo *t, Value *out, RtError *err) {
  switch (t->id) {
  case T_INT: case T_LONG: case T_BYTE: case T_SBYTE: case T_INT16: case T_UINT16:
  case T_UINT32: case T_UINT64:
    return cast_integer(v, t, out, err);
  case T_FLOAT: case T_DOUBLE: case T_DECIMAL: return cast_double(v, t, out, err);
  case T_CHAR: return cast_char(v, out, err);
  case T_STRING: return cast_string(v, out);
  case T_BOOL: case T_SWITCH: *out = val_bool(conv_to_bool(v)); return true;
  default: return cast_other(v, t, out, err);
  }
}

bool conv_to_type(Value v, const TypeInfo *t, Value *out, RtError *err) {
  *out = val_null();
  if (!t) { *out = val_ref(v); return true; }
  if (t->is_array) return cast_array(v, t->elem, out, err);
  switch (t->id) {
  case T_OBJECT: case T_PSOBJECT: *out = val_ref(v); return true;
  case T_VOID: return true;
  case T_ARRAY: return cast_array(v, NULL, out, err);
  case T_HASHTABLE: case T_ORDERED: return cast_hashtable(v, t, out, err);
  case T_PSCUSTOM: return cast_pscustom(v, out);
  case T_ARRAYLIST: return cast_arraylist(v, out);
  case T_LIST: return cast_list(v, t->elem, out, err);
  case T_TYPE: return cast_type(v, out, err);
  case T_VERSION: return cast_version(v, t, out, err);
  case T_GUID: return cast_guid(v, t, out, err);
  case T_REGEX:
    if (v.kind == V_NULL || v.kind == V_OBJ) return cast_other(v, t, out, err);
    return cast_string(v, out);
  case T_SCRIPTBLOCK:
    if (v.kind == V_BLOCK || v.kind == V_NULL) { *out = val_ref(v); return true; }
    return fail_cast(err, v, t->full_name);
  default: return cast_scalar(v, t, out, err);
  }
}
