/* json.c - ConvertTo-Json and ConvertFrom-Json as Windows PowerShell 5.1
 * has them (see json.h).
 *
 * 5.1 serializes with .NET's JavaScriptSerializer, then re-indents the
 * compact text itself (ConvertToPrettyJsonString): 4 spaces a level,
 * `"key":  value`, and a nested block indented under its own bracket, so
 * `"Eras":  [` puts its items 4 columns right of the `[`. An empty
 * container keeps an empty line: `[`, ``, `]`. The writer (jw_) produces
 * that layout directly; the reader (jp_) follows JavaScriptSerializer's
 * deserializer: its lenient inputs (single quotes, bare member names, NaN),
 * its number types and its error texts, with a nesting limit instead of
 * unbounded recursion. Newlines are the host's ("\n"), as Out-String's. */
#define _POSIX_C_SOURCE 200809L
#include "json.h"
#include "../parser/xalloc.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/convert.h"
#include "../runtime/fmt.h"
#include "cmdlets.h"
#include "objutil.h"

#define TICKS_PER_MS 10000LL
#define TICKS_1970 621355968000000000LL /* DateTime(1970,1,1).Ticks */

/* ==================================================================== */
/* The writer                                                            */

typedef struct JsonWriter {
  StrBuf *b;
  int max;       /* -Depth */
  bool compress;
  RtError *err;
} JsonWriter;

static bool jw_value(JsonWriter *w, Value v, int depth, size_t pad);

static void jw_spaces(StrBuf *b, size_t n) {
  while (n--) sb_putc(b, ' ');
}

/* One UTF-8 sequence at s (n bytes left): its code point and length, or
 * U+FFFD and 1 for a malformed byte (as .NET's decoder gives). */
static unsigned jw_utf8(const unsigned char *s, size_t n, size_t *len) {
  static const unsigned mins[] = {0, 0, 0x80, 0x800, 0x10000};
  int k = s[0] >= 0xF0 && s[0] < 0xF5 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 && s[0] < 0xE0 ? 2 : 0;
  *len = 1;
  if (s[0] < 0x80) return s[0];
  if (!k || (size_t)k > n) return 0xFFFD;
  unsigned cp = s[0] & (0x7F >> k);
  for (int i = 1; i < k; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0xFFFD;
    cp = cp << 6 | (s[i] & 0x3F);
  }
  if (cp < mins[k] || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) return 0xFFFD;
  *len = (size_t)k;
  return cp;
}

/* What HttpUtility.JavaScriptStringEncode writes for cp, or NULL: the raw
 * character. `buf` holds \uXXXX forms (lower-case hex, as .NET's "x4"). */
static const char *jw_escape(unsigned cp, char buf[8]) {
  static const char *const shorts[0x23] = {
      ['\b'] = "\\b", ['\t'] = "\\t", ['\n'] = "\\n", ['\f'] = "\\f", ['\r'] = "\\r",
      ['"'] = "\\\""};
  if (cp < 0x23 && shorts[cp]) return shorts[cp];
  if (cp == '\\') return "\\\\";
  bool uni = cp < 0x20 || cp == '\'' || cp == '<' || cp == '>' || cp == '&' || cp == 0x85 ||
             cp == 0x2028 || cp == 0x2029;
  if (!uni) return NULL;
  snprintf(buf, 8, "\\u%04x", cp);
  return buf;
}

/* A quoted string; returns the columns written (UTF-16 units, as the
 * 5.1 indentation counts them). */
static size_t jw_string(StrBuf *b, const char *s, size_t n) {
  size_t cols = 2;
  sb_putc(b, '"');
  for (size_t i = 0, len; i < n; i += len) {
    char buf[8];
    unsigned cp = jw_utf8((const unsigned char *)s + i, n - i, &len);
    const char *esc = jw_escape(cp, buf);
    if (esc) sb_puts(b, esc), cols += strlen(esc);
    else if (cp == 0xFFFD && len == 1) sb_puts(b, "\xEF\xBF\xBD"), cols++;
    else sb_putn(b, s + i, len), cols += cp >= 0x10000 ? 2 : 1;
  }
  sb_putc(b, '"');
  return cols;
}

/* ---- layout: { or [, items, } or ] ---- */

static void jw_open(JsonWriter *w, char c) {
  sb_putc(w->b, c);
  if (!w->compress) sb_putc(w->b, '\n');
}

/* Before item i of a block whose bracket is at column pad. */
static void jw_item(JsonWriter *w, size_t i, size_t pad) {
  if (i) sb_puts(w->b, w->compress ? "," : ",\n");
  if (!w->compress) jw_spaces(w->b, pad + 4);
}

static void jw_close(JsonWriter *w, char c, size_t pad) {
  if (!w->compress) {
    sb_putc(w->b, '\n');
    jw_spaces(w->b, pad);
  }
  sb_putc(w->b, c);
}

/* `"key":  ` ; the column a nested block of this entry starts at. */
static size_t jw_key(JsonWriter *w, Value key, size_t pad) {
  size_t cols = jw_string(w->b, val_sdata(key), val_slen(key)) + 1;
  sb_putc(w->b, ':');
  if (w->compress) return 0;
  sb_puts(w->b, "  ");
  return pad + 4 + cols + 2;
}

/* ---- values ---- */

static bool jw_array(JsonWriter *w, Value a, int depth, size_t pad) {
  Value keep = val_ref(a);
  bool ok = true;
  jw_open(w, '[');
  for (size_t i = 0; ok && i < val_arr_len(keep); i++) {
    jw_item(w, i, pad);
    ok = jw_value(w, val_arr_at(keep, i), depth + 1, pad + 4);
  }
  jw_close(w, ']', pad);
  val_unref(keep);
  return ok;
}

/* Objects that keep their string form in a "ToString" entry do not list it. */
static bool jw_hidden(Value o, Value key) {
  return o.kind == V_OBJ && o.u.o->cls == OBJ_GENERIC && key.kind == V_STR &&
         obj_ci_eq(val_sdata(key), "ToString");
}

static bool jw_bad_key(JsonWriter *w, Value h) {
  return rt_fail(w->err, EXC_INVALIDOP, "NonStringKeyInDictionary", "InvalidOperation",
                 "The type '%s' is not supported for serialization or deserialization of a "
                 "dictionary. Keys must be strings.", conv_type_name(h));
}

/* A hashtable's or an object's properties, in their order. */
static bool jw_bag(JsonWriter *w, Value o, int depth, size_t pad) {
  Value keep = val_ref(o);
  VHash *h = o.kind == V_HASH ? o.u.h : o.u.o->props;
  bool ok = true;
  size_t n = 0;
  jw_open(w, '{');
  for (size_t i = 0; ok && i < h->len; i++) {
    Value key = h->ents[i].key;
    if (jw_hidden(o, key)) continue;
    if (key.kind != V_STR) {
      ok = jw_bad_key(w, o);
      break;
    }
    jw_item(w, n++, pad);
    size_t child = jw_key(w, key, pad);
    ok = jw_value(w, h->ents[i].val, depth + 1, child);
  }
  jw_close(w, '}', pad);
  val_unref(keep);
  return ok;
}

static bool jw_is_date(Value v) {
  return v.kind == V_OBJ && strcmp(v.u.o->type_name->data, "System.DateTime") == 0 &&
         val_obj_prop(v, "Ticks");
}

/* A date as 5.1 writes Get-Date's output: the value as "\/Date(ms)\/"
 * (UTC milliseconds since 1970), then the PSObject's DisplayHint (an enum:
 * a number) and DateTime members. */
static bool jw_date(JsonWriter *w, Value d, int depth, size_t pad) {
  static const char *const hints[] = {"Date", "Time", "DateTime"};
  int off = 0;
  ucsh_now(&off);
  int64_t ticks = 0;
  conv_to_long(*val_obj_prop(d, "Ticks"), &ticks, NULL);
  Value *hint = val_obj_prop(d, "DisplayHint"), *text = val_obj_prop(d, "DateTime");
  int h = 2;
  for (int i = 0; hint && hint->kind == V_STR && i < 3; i++)
    if (obj_ci_eq(val_sdata(*hint), hints[i])) h = i;
  Value key = val_cstr("value");
  jw_open(w, '{');
  jw_item(w, 0, pad);
  jw_key(w, key, pad);
  sb_printf(w->b, "\"\\/Date(%lld)\\/\"",
            (long long)((ticks - TICKS_1970) / TICKS_PER_MS - (int64_t)off * 1000));
  val_unref(key);
  key = val_cstr("DisplayHint");
  jw_item(w, 1, pad);
  jw_key(w, key, pad);
  sb_printf(w->b, "%d", h);
  val_unref(key);
  key = val_cstr("DateTime");
  jw_item(w, 2, pad);
  size_t child = jw_key(w, key, pad);
  bool ok = jw_value(w, text ? *text : val_null(), depth + 1, child);
  val_unref(key);
  jw_close(w, '}', pad);
  return ok;
}

static void jw_as_string(JsonWriter *w, Value v) {
  Value s = conv_to_str(v, NULL);
  jw_string(w->b, val_sdata(s), val_slen(s));
  val_unref(s);
}

static void jw_double(JsonWriter *w, Value v) {
  RtError e = {0};
  if (!fmt_value(w->b, v, "R", 1, &e)) conv_double(w->b, v.u.d);
  rt_error_clear(&e);
}

/* Containers deeper than -Depth become their string form
 * (LanguagePrimitives.ConvertTo<string>: "System.Collections.Hashtable",
 * "@{a=1}", "1 2 3"); scalars are written at any depth. */
static bool jw_value(JsonWriter *w, Value v, int depth, size_t pad) {
  bool deep = depth > w->max;
  switch (v.kind) {
  case V_NULL: sb_puts(w->b, "null"); return true;
  case V_BOOL: sb_puts(w->b, v.u.b ? "true" : "false"); return true;
  case V_INT: sb_printf(w->b, "%d", (int)v.u.i); return true;
  case V_LONG: sb_printf(w->b, "%lld", (long long)v.u.l); return true;
  case V_DOUBLE: jw_double(w, v); return true;
  case V_STR: jw_string(w->b, val_sdata(v), val_slen(v)); return true;
  case V_ARR: if (deep) break; return jw_array(w, v, depth, pad);
  case V_HASH: if (deep) break; return jw_bag(w, v, depth, pad);
  case V_OBJ:
    if (jw_is_date(v)) return jw_date(w, v, depth, pad);
    if (deep) break;
    return jw_bag(w, v, depth, pad);
  default: break; /* script blocks, types, handles: their string form */
  }
  jw_as_string(w, v);
  return true;
}

bool json_write(StrBuf *out, Value v, int depth, bool compress, RtError *err) {
  JsonWriter w = {out, depth, compress, err};
  return jw_value(&w, v, 0, 0);
}

/* ==================================================================== */
/* The reader                                                            */

typedef struct JsonParser {
  const char *s;
  size_t n, i;   /* i: the index after the last character read */
  RtError *err;
  /* The first property error (names differing only in case, an empty
   * name): 5.1 finds it after the whole text has parsed. */
  RtError prop;
} JsonParser;

static bool jp_value(JsonParser *p, int depth, Value *out);

static bool jp_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* The next character that is not white space (consumed), or -1 at the end. */
static int jp_next(JsonParser *p) {
  while (p->i < p->n && jp_space((unsigned char)p->s[p->i])) p->i++;
  return p->i < p->n ? (unsigned char)p->s[p->i++] : -1;
}

/* JavaScriptSerializer's positioned errors: "<message> (<index>): <input>". */
static bool jp_fail(JsonParser *p, const char *msg) {
  return rt_fail(p->err, EXC_ARGUMENT, NULL, "NotSpecified", "%s (%zu): %.*s", msg, p->i,
                 (int)p->n, p->s);
}

static bool jp_token_char(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         c >= 0x80 || c == '.' || c == '-' || c == '_' || c == '+';
}

/* A run of letters, digits, '.', '-', '_', '+' (may be empty). */
static size_t jp_token(JsonParser *p, const char **tok) {
  *tok = p->s + p->i;
  size_t start = p->i;
  while (p->i < p->n && jp_token_char((unsigned char)p->s[p->i])) p->i++;
  return p->i - start;
}

/* ---- numbers as DeserializePrimitiveObject picks them ---- */

static bool jp_digits(const char *s, size_t n, size_t *i) {
  size_t start = *i;
  while (*i < n && s[*i] >= '0' && s[*i] <= '9') (*i)++;
  return *i > start;
}

/* Int32.TryParse / Int64.TryParse with NumberStyles.Integer. */
static bool jp_integer(const char *s, size_t n, Value *out) {
  size_t i = (n && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  if (!jp_digits(s, n, &i) || i != n) return false;
  char buf[64];
  if (n >= sizeof buf) return false;
  memcpy(buf, s, n), buf[n] = 0;
  errno = 0;
  long long v = strtoll(buf, NULL, 10);
  if (errno == ERANGE) return false;
  *out = v >= INT32_MIN && v <= INT32_MAX ? val_int((int32_t)v) : val_long(v);
  return true;
}

static bool jp_strtod(const char *s, size_t n, double *d) {
  char *buf = xmalloc(n + 1);
  memcpy(buf, s, n), buf[n] = 0;
  *d = strtod(buf, NULL);
  free(buf);
  return !isinf(*d);
}

/* Decimal.TryParse with NumberStyles.Number (one sign, leading or
 * trailing; a point): a Double here ([decimal] is a documented gap). */
static bool jp_decimal(const char *s, size_t n, Value *out) {
  size_t i = 0, end = n;
  bool lead = n && (s[0] == '-' || s[0] == '+'), trail = !lead && n && (s[n - 1] == '-' || s[n - 1] == '+');
  if (lead) i = 1;
  if (trail) end = n - 1;
  size_t int_start = i;
  bool digits = jp_digits(s, end, &i);
  size_t int_len = i - int_start;
  if (i < end && s[i] == '.') i++, digits |= jp_digits(s, end, &i);
  if (!digits || i != end) return false;
  while (int_len > 1 && s[int_start] == '0') int_start++, int_len--;
  if (int_len > 29) return false;
  double d;
  if (!jp_strtod(s + (lead ? 1 : 0), end - (lead ? 1 : 0), &d) || d >= 79228162514264337593543950336.0)
    return false;
  bool neg = (lead && s[0] == '-') || (trail && s[n - 1] == '-');
  *out = val_double(neg && d != 0 ? -d : d);
  return true;
}

/* Double.TryParse with NumberStyles.Float and the invariant symbols. */
static bool jp_double(const char *s, size_t n, Value *out) {
  size_t i = (n && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  static const struct { const char *name; double v; } names[] = {{"NaN", NAN}, {"Infinity", INFINITY}};
  for (size_t k = 0; k < 2; k++)
    if (n - i == strlen(names[k].name) && memcmp(s + i, names[k].name, n - i) == 0) {
      *out = val_double(s[0] == '-' ? -names[k].v : names[k].v);
      return true;
    }
  bool digits = jp_digits(s, n, &i);
  if (i < n && s[i] == '.') i++, digits |= jp_digits(s, n, &i);
  if (digits && i < n && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    if (i < n && (s[i] == '-' || s[i] == '+')) i++;
    digits = jp_digits(s, n, &i);
  }
  double d;
  if (!digits || i != n || !jp_strtod(s, n, &d)) return false;
  *out = val_double(d);
  return true;
}

static bool jp_primitive(JsonParser *p, Value *out) {
  static const struct { const char *word; Value v; } words[] = {
      {"null", {V_NULL, {0}}}, {"true", {V_BOOL, {.b = true}}}, {"false", {V_BOOL, {.b = false}}}};
  const char *t;
  size_t n = jp_token(p, &t);
  for (size_t k = 0; k < 3; k++)
    if (n == strlen(words[k].word) && memcmp(t, words[k].word, n) == 0) return *out = words[k].v, true;
  bool exp = memchr(t, 'e', n) || memchr(t, 'E', n);
  if (!exp && !memchr(t, '.', n) && jp_integer(t, n, out)) return true;
  if (!exp && jp_decimal(t, n, out)) return true;
  if (jp_double(t, n, out)) return true;
  return rt_fail(p->err, EXC_ARGUMENT, NULL, "NotSpecified", "Invalid JSON primitive: %.*s.",
                 (int)n, t);
}

/* ---- strings ---- */

static int jp_hex4(const char *s) {
  int v = 0;
  for (int k = 0; k < 4; k++) {
    char c = s[k];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/* \uXXXX, pairing surrogates; a lone one becomes U+FFFD (5.1's
 * Utf16StringValidator). */
static bool jp_unicode(JsonParser *p, StrBuf *b) {
  int cp = p->i + 4 <= p->n ? jp_hex4(p->s + p->i) : -1;
  if (cp < 0)
    return rt_fail(p->err, EXC_FORMAT, NULL, "NotSpecified",
                   "Input string was not in a correct format.");
  p->i += 4;
  if (cp >= 0xD800 && cp < 0xDC00 && p->i + 6 <= p->n && p->s[p->i] == '\\' &&
      p->s[p->i + 1] == 'u') {
    int lo = jp_hex4(p->s + p->i + 2);
    if (lo >= 0xDC00 && lo < 0xE000) {
      p->i += 6;
      sb_put_utf8(b, 0x10000 + (((unsigned)cp - 0xD800) << 10) + ((unsigned)lo - 0xDC00));
      return true;
    }
  }
  sb_put_utf8(b, cp >= 0xD800 && cp < 0xE000 ? 0xFFFD : (unsigned)cp);
  return true;
}

static bool jp_escape(JsonParser *p, StrBuf *b) {
  static const char map[128] = {['"'] = '"', ['\''] = '\'', ['/'] = '/', ['\\'] = '\\',
                                ['b'] = '\b', ['f'] = '\f', ['n'] = '\n', ['r'] = '\r',
                                ['t'] = '\t'};
  unsigned char c = (unsigned char)p->s[p->i++];
  if (c == 'u') return jp_unicode(p, b);
  if (c < 128 && map[c]) return sb_putc(b, map[c]), true;
  return jp_fail(p, "Unrecognized escape sequence.");
}

/* A string in " or ' quotes (the quote is the next character). */
static bool jp_string_text(JsonParser *p, StrBuf *b) {
  char q = p->s[p->i++];
  while (p->i < p->n) {
    char c = p->s[p->i++];
    if (c == q) return true;
    if (c != '\\') sb_putc(b, c);
    else if (p->i >= p->n) break;
    else if (!jp_escape(p, b)) return false;
  }
  return jp_fail(p, "Unterminated string passed in.");
}

static bool jp_string(JsonParser *p, Value *out) {
  StrBuf b = SB_INIT;
  if (!jp_string_text(p, &b)) return sb_free(&b), false;
  size_t n;
  char *s = sb_take(&b, &n);
  *out = val_str_take(s, n);
  return true;
}

/* "\/Date(ms)\/" (with an optional kind letter or +hhmm offset) is a
 * [datetime]; anything else after the prefix is a plain string. */
static bool jp_date(JsonParser *p, Value *out) {
  const char *s = p->s + p->i + 8, *end = p->s + p->n;
  const char *d = s + (s < end && *s == '-');
  const char *q = d;
  while (q < end && *q >= '0' && *q <= '9') q++;
  if (q == d || q - s > 19) return false;
  if (q < end && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z'))) q++;
  else if (q + 5 <= end && (*q == '+' || *q == '-') && strspn(q + 1, "0123456789") >= 4) q += 5;
  if (end - q < 4 || memcmp(q, ")\\/\"", 4) != 0) return false;
  errno = 0;
  long long ms = strtoll(s, NULL, 10);
  if (errno == ERANGE) return false;
  p->i = (size_t)(q + 4 - p->s);
  *out = date_from_unix((double)ms / 1000.0);
  return true;
}

/* ---- objects and arrays ---- */

/* A member name: a quoted string or a bare token. */
static bool jp_name(JsonParser *p, Value *out) {
  if (jp_next(p) < 0) return jp_fail(p, "Invalid object passed in, member name expected.");
  p->i--;
  if (p->s[p->i] == '"' || p->s[p->i] == '\'') return jp_string(p, out);
  const char *t;
  size_t n = jp_token(p, &t);
  *out = val_str(t, n);
  return true;
}

/* Set name on o: an exact duplicate replaces the value (the serializer's
 * dictionary keeps the last); one differing only in case is 5.1's
 * DuplicateKeysInJsonString, an empty name PSNoteProperty's refusal. */
static void jp_set(JsonParser *p, Value o, Value name, Value v) {
  Value *slot = val_hash_get(o, name);
  VHashEnt *e = slot ? (VHashEnt *)(void *)((char *)slot - offsetof(VHashEnt, val)) : NULL;
  bool other = e && (val_slen(e->key) != val_slen(name) ||
                     memcmp(val_sdata(e->key), val_sdata(name), val_slen(name)) != 0);
  if (p->prop.msg) {
  } else if (!val_slen(name))
    rt_fail(&p->prop, "System.Management.Automation.PSArgumentNullException", NULL,
            "InvalidArgument", "Cannot process argument because the value of argument \"name\" "
            "is not valid. Change the value of the \"name\" argument and run the operation "
            "again.");
  else if (other)
    rt_fail(&p->prop, EXC_INVALIDOP, NULL, "InvalidOperation",
            "Cannot convert the JSON string because a dictionary that was converted from the "
            "string contains the duplicated keys '%s' and '%s'.", val_sdata(e->key),
            val_sdata(name));
  val_hash_set(o, name, v);
}

/* object -> '{' (member ':' value (',' member ':' value)*)? '}' */
static bool jp_object(JsonParser *p, int depth, Value *out) {
  Value o = val_pscustom_new();
  int c;
  p->i++; /* '{' */
  while ((c = jp_next(p)) >= 0) {
    p->i--;
    if (c == ':') return val_unref(o), jp_fail(p, "Invalid object passed in, member name expected.");
    Value name = val_null(), v;
    if (c != '}') {
      if (!jp_name(p, &name)) return val_unref(o), false;
      if (jp_next(p) != ':') {
        val_unref(name), val_unref(o);
        return jp_fail(p, "Invalid object passed in, ':' or '}' expected.");
      }
    } else if (val_hash_len(o) == 0) {
      p->i++;
      break;
    }
    if (!jp_value(p, depth, &v)) return val_unref(name), val_unref(o), false;
    if (name.kind == V_STR) jp_set(p, o, name, v);
    else val_unref(v);
    if ((c = jp_next(p)) == '}') break;
    if (c != ',') return val_unref(o), jp_fail(p, "Invalid object passed in, ':' or '}' expected.");
  }
  if (c != '}') return val_unref(o), jp_fail(p, "Invalid object passed in, ':' or '}' expected.");
  *out = o;
  return true;
}

/* array -> '[' (value (',' value)*)? ']' */
static bool jp_array(JsonParser *p, int depth, Value *out) {
  Value a = val_arr_new(0);
  bool more = false;
  int c;
  p->i++; /* '[' */
  while ((c = jp_next(p)) >= 0 && c != ']') {
    p->i--;
    Value v;
    if (!jp_value(p, depth, &v)) return val_unref(a), false;
    val_arr_push(a, v);
    more = false;
    if ((c = jp_next(p)) == ']') break;
    more = true;
    if (c != ',') return val_unref(a), jp_fail(p, "Invalid array passed in, ',' expected.");
  }
  if (more) return val_unref(a), jp_fail(p, "Invalid array passed in, extra trailing ','.");
  if (c != ']') return val_unref(a), jp_fail(p, "Invalid array passed in, ']' expected.");
  *out = a;
  return true;
}

/* value -> object | array | string | date | primitive; depth counts every
 * value (JavaScriptSerializer's DeserializeInternal), so recursion is
 * bounded by JSON_PARSE_LIMIT. */
static bool jp_value(JsonParser *p, int depth, Value *out) {
  *out = val_null();
  if (++depth > JSON_PARSE_LIMIT) return jp_fail(p, "RecursionLimit exceeded.");
  int c = jp_next(p);
  if (c < 0) return true;
  p->i--;
  if (c == '"' && p->n - p->i > 8 && memcmp(p->s + p->i, "\"\\/Date(", 8) == 0 && jp_date(p, out))
    return true;
  if (c == '{') return jp_object(p, depth, out);
  if (c == '[') return jp_array(p, depth, out);
  if (c == '"' || c == '\'') return jp_string(p, out);
  return jp_primitive(p, out);
}

bool json_parse(const char *text, size_t len, Value *out, RtError *err) {
  JsonParser p = {text, len, 0, err, {0}};
  bool ok = jp_value(&p, 0, out);
  if (ok && jp_next(&p) >= 0) ok = jp_fail(&p, "Invalid JSON primitive: {0}.");
  if (ok && p.prop.msg) {
    ok = false;
    rt_error_clear(err);
    *err = p.prop;
  } else rt_error_clear(&p.prop);
  if (!ok) val_unref(*out), *out = val_null();
  return ok;
}

/* ==================================================================== */
/* ConvertTo-Json                                                        */

#define CTJ_ID(x) x ",Microsoft.PowerShell.Commands.ConvertToJsonCommand"

typedef struct CtjState {
  Value items; /* the non-null inputs */
} CtjState;

static Status ctj_fail(CmdCtx *c, RtError *e) {
  Value rec = interp_error_record(c->I, e, c->at, c->cmd->name, val_null());
  rt_error_clear(e);
  return interp_raise(c->I, rec, false);
}

/* [ValidateRange(1, int.MaxValue)], then 5.1's 100 levels at most. */
static Status ctj_begin(CmdCtx *c) {
  Value *d = cmd_arg(c, "Depth");
  int32_t depth = 2;
  if (d) conv_to_int(*d, &depth, NULL);
  RtError e = {0};
  if (depth < 1)
    rt_fail(&e, "System.Management.Automation.ParameterBindingValidationException",
            "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ConvertToJsonCommand",
            "InvalidData",
            "Cannot validate argument on parameter 'Depth'. The %d argument is less than the "
            "minimum allowed range of 1. Supply an argument that is greater than or equal to 1 "
            "and then try the command again.", (int)depth);
  else if (depth > JSON_MAX_DEPTH)
    rt_fail(&e, EXC_INVALIDOP, CTJ_ID("ReachedMaximumDepthAllowed"), "InvalidOperation",
            "The maximum depth allowed for serialization is %d.", JSON_MAX_DEPTH);
  if (e.msg) return ctj_fail(c, &e);
  CtjState *s = xcalloc(1, sizeof *s);
  s->items = val_arr_new(0);
  c->state = s;
  return ST_OK;
}

static Status ctj_process(CmdCtx *c, Value in, bool has_input) {
  CtjState *s = c->state;
  Value v;
  if (obj_input(c, in, has_input, &v) && v.kind != V_NULL) val_arr_push(s->items, val_ref(v));
  return ST_OK;
}

static Status ctj_end(CmdCtx *c) {
  CtjState *s = c->state;
  size_t n = val_arr_len(s->items);
  if (!n) return ST_OK;
  Value *d = cmd_arg(c, "Depth");
  int32_t depth = 2;
  if (d) conv_to_int(*d, &depth, NULL);
  StrBuf b = SB_INIT;
  RtError e = {0};
  Value top = n > 1 ? s->items : val_arr_at(s->items, 0);
  if (!json_write(&b, top, depth, cmd_switch(c, "Compress"), &e)) {
    sb_free(&b);
    if (e.fqid && !strchr(e.fqid, ',')) e.fqid = CTJ_ID("NonStringKeyInDictionary");
    return ctj_fail(c, &e);
  }
  size_t len;
  char *text = sb_take(&b, &len);
  Value out = val_str_take(text, len);
  Status st = cmd_emit(c, out);
  val_unref(out);
  return st;
}

static void ctj_cleanup(CmdCtx *c) {
  CtjState *s = c->state;
  if (!s) return;
  val_unref(s->items);
  free(s);
  c->state = NULL;
}

static const ParamDef ctj_params[] = {
    {"InputObject", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The objects to convert to JSON."},
    {"Depth", NULL, T_INT, false, -1, 0, NULL,
     "How many levels of contained objects are included (default 2, at most 100)."},
    {"Compress", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Omit white space and indentation."},
};

/* ==================================================================== */
/* ConvertFrom-Json                                                      */

#define CFJ_ID(x) x ",Microsoft.PowerShell.Commands.ConvertFromJsonCommand"

/* The FullyQualifiedErrorId of an exception thrown out of the cmdlet. */
static const char *cfj_fqid(const RtError *e) {
  static const struct { const char *exc, *fqid; } ids[] = {
      {EXC_ARGUMENT, CFJ_ID("System.ArgumentException")},
      {EXC_FORMAT, CFJ_ID("System.FormatException")},
      {EXC_INVALIDOP, CFJ_ID("DuplicateKeysInJsonString")},
      {"System.Management.Automation.PSArgumentNullException",
       CFJ_ID("System.Management.Automation.PSArgumentNullException")},
  };
  for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
    if (strcmp(e->exc, ids[i].exc) == 0) return ids[i].fqid;
  return CFJ_ID("System.ArgumentException");
}

typedef struct CfjState {
  Value texts; /* the input strings */
} CfjState;

static Status cfj_begin(CmdCtx *c) {
  CfjState *s = xcalloc(1, sizeof *s);
  s->texts = val_arr_new(0);
  c->state = s;
  return ST_OK;
}

static Status cfj_process(CmdCtx *c, Value in, bool has_input) {
  CfjState *s = c->state;
  Value v;
  if (!obj_input(c, in, has_input, &v)) return ST_OK;
  if (v.kind == V_NULL)
    return obj_fail(c, "System.Management.Automation.ParameterBindingValidationException",
                    CFJ_ID("ParameterArgumentValidationErrorNullNotAllowed"), "InvalidData",
                    val_null(), "Cannot bind argument to parameter 'InputObject' because it is "
                    "null.");
  val_arr_push(s->texts, conv_to_str(v, NULL));
  return ST_OK;
}

/* Parse one text and write its value (an array as ONE object, as 5.1's
 * WriteObject does). *parsed: it was valid and not $null. */
static Status cfj_one(CmdCtx *c, Value text, bool *parsed, bool *bad_arg) {
  Value v;
  RtError e = {0};
  *parsed = false;
  if (!json_parse(val_sdata(text), val_slen(text), &v, &e)) {
    if (bad_arg && strcmp(e.exc, EXC_ARGUMENT) == 0) {
      *bad_arg = true;
      rt_error_clear(&e);
      return ST_OK;
    }
    e.fqid = cfj_fqid(&e);
    return ctj_fail(c, &e);
  }
  *parsed = v.kind != V_NULL;
  Status st = cmd_emit(c, v);
  val_unref(v);
  return st;
}

/* Several inputs: each is a whole JSON text if the first one is; else
 * they are the lines of one text (Get-Content's output). */
static Status cfj_end(CmdCtx *c) {
  CfjState *s = c->state;
  size_t n = val_arr_len(s->texts);
  bool parsed, bad = false;
  if (!n) return ST_OK;
  Status st = cfj_one(c, val_arr_at(s->texts, 0), &parsed, n > 1 ? &bad : NULL);
  if (st != ST_OK || n == 1) return st;
  if (parsed) {
    for (size_t i = 1; i < n && st == ST_OK; i++)
      st = cfj_one(c, val_arr_at(s->texts, i), &parsed, NULL);
    return st;
  }
  StrBuf b = SB_INIT;
  for (size_t i = 0; i < n; i++) {
    if (i) sb_putc(&b, '\n');
    sb_putn(&b, val_sdata(val_arr_at(s->texts, i)), val_slen(val_arr_at(s->texts, i)));
  }
  size_t len;
  char *t = sb_take(&b, &len);
  Value all = val_str_take(t, len);
  st = cfj_one(c, all, &parsed, NULL);
  val_unref(all);
  return st;
}

static void cfj_cleanup(CmdCtx *c) {
  CfjState *s = c->state;
  if (!s) return;
  val_unref(s->texts);
  free(s);
  c->state = NULL;
}

static const ParamDef cfj_params[] = {
    {"InputObject", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The JSON text to convert (pipeline lines are joined into one text)."},
};

const CmdDef json_cmdlets[] = {
    {"ConvertTo-Json", NULL, ctj_params, NP(ctj_params), 0, ctj_begin, ctj_process, ctj_end,
     "Converts an object to a JSON-formatted string.", ctj_cleanup, NULL, NULL,
     "System.String"},
    {"ConvertFrom-Json", NULL, cfj_params, NP(cfj_params), 0, cfj_begin, cfj_process, cfj_end,
     "Converts a JSON-formatted string to a custom object.", cfj_cleanup, NULL, NULL,
     "System.Management.Automation.PSCustomObject"},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
