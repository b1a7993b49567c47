/* member.c - properties, methods, static members and indexing; see
 * member.h and powershell.md §4.
 *
 * Methods are found through tables (name -> handler) per kind of value,
 * then a table of methods every value has (GetType, ToString, Equals).
 * Strings are indexed by characters (code points), with an ASCII fast
 * path. .NET exceptions thrown by a method are reported the way
 * PowerShell wraps them: Exception calling "Name" with "n" argument(s): "...". */
#define _POSIX_C_SOURCE 200809L
#include "member.h"
#include "../parser/xalloc.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "convert.h"
#include "fmt.h"
#include "ops.h"
#include "regex.h"
#include "secure.h"
#include "strbuf.h"

/* .NET puts this between an argument exception's message and its
 * "Parameter name: x" line (Environment.NewLine on Windows). */
#define PARAM_NL "\r\n"
#define EXC_METHODEXC "System.Management.Automation.MethodException"

static bool name_eq(const char *a, size_t alen, const char *b) {
  return val_streq_ci(a, alen, b, strlen(b));
}

static Value sb_value(StrBuf *b) {
  size_t n;
  char *s = sb_take(b, &n);
  return val_str_take(s, n);
}

/* ------------------------------------------------------------------ */
/* UTF-8 characters                                                    */

static bool is_ascii(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0x80) return false;
  return true;
}

/* Decode the code point at s[*i] and advance *i (bad bytes decode as themselves). */
static uint32_t u8_decode(const char *s, size_t n, size_t *i) {
  const unsigned char *p = (const unsigned char *)s + *i;
  size_t left = n - *i;
  uint32_t c = p[0];
  size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (c < 0xC0 || len > left) len = 1;
  if (len == 2) c = ((c & 0x1F) << 6) | (p[1] & 0x3F);
  else if (len == 3) c = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  else if (len == 4)
    c = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  *i += len;
  return c;
}

static size_t u8_count(const char *s, size_t n) {
  if (is_ascii(s, n)) return n;
  size_t i = 0, count = 0;
  while (i < n) u8_decode(s, n, &i), count++;
  return count;
}

/* Byte offset of character `ci` (n when past the end). */
static size_t u8_offset(const char *s, size_t n, size_t ci) {
  size_t i = 0;
  while (ci > 0 && i < n) u8_decode(s, n, &i), ci--;
  return i;
}

/* Character index of byte offset `off`. */
static size_t u8_index(const char *s, size_t off) {
  size_t i = 0, count = 0;
  while (i < off) u8_decode(s, off, &i), count++;
  return count;
}

/* Simple case mapping: ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic. */
static bool latin_a_pair(uint32_t c) {
  return (c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177);
}

static bool latin_a_odd_pair(uint32_t c) {
  return (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
}

static uint32_t cp_upper(uint32_t c) {
  if (c >= 'a' && c <= 'z') return c - 32;
  if (c < 0x80) return c;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c == 0xFF) return 0x178;
  if (latin_a_pair(c)) return c & ~1u;
  if (latin_a_odd_pair(c)) return (c & 1) ? c : c - 1;
  if (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) return c - 32;
  if (c == 0x3C2) return 0x3A3;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  return c;
}

static uint32_t cp_lower(uint32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0x80) return c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x178) return 0xFF;
  if (latin_a_pair(c)) return c | 1u;
  if (latin_a_odd_pair(c)) return (c & 1) ? c + 1 : c;
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

static Value map_case(Value s, uint32_t (*map)(uint32_t)) {
  StrBuf b = SB_INIT;
  const char *p = val_sdata(s);
  size_t n = val_slen(s), i = 0;
  while (i < n) sb_put_utf8(&b, map(u8_decode(p, n, &i)));
  return sb_value(&b);
}

/* char.IsWhiteSpace */
static bool cp_space(uint32_t c) {
  return c == ' ' || (c >= 9 && c <= 13) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

/* Ordinal search for needle in hay starting at byte `from`; -1 if absent. */
static long find_bytes(const char *hay, size_t hn, const char *nd, size_t nn, size_t from) {
  if (nn == 0) return from <= hn ? (long)from : -1;
  for (size_t i = from; i + nn <= hn; i++)
    if (hay[i] == nd[0] && memcmp(hay + i, nd, nn) == 0) return (long)i;
  return -1;
}

/* ------------------------------------------------------------------ */
/* method calls                                                        */

typedef struct Call {
  const char *name; /* canonical method name, for messages */
  const Value *args;
  int n;
  RtError *err;
} Call;

typedef bool (*MethodFn)(Value self, Call *c, Value *out);

typedef struct Method {
  const char *name;
  int min, max;
  MethodFn fn;
} Method;

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Fail with a .NET exception thrown inside the method, wrapped as
 * PowerShell does. `exc` is the .NET exception's short name. */
static bool call_fail(Call *c, const char *exc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static bool call_fail(Call *c, const char *exc, const char *fmt, ...) {
  StrBuf b = SB_INIT;
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&b, fmt, ap);
  va_end(ap);
  rt_fail(c->err, EXC_METHOD, exc, "NotSpecified",
          "Exception calling \"%s\" with \"%d\" argument(s): \"%s\"", c->name, c->n, sb_cstr(&b));
  sb_free(&b);
  return false;
}

static bool arg_range_fail(Call *c, const char *msg, const char *param) {
  return call_fail(c, "ArgumentOutOfRangeException", "%s" PARAM_NL "Parameter name: %s", msg,
                   param);
}

static bool arg_conv_fail(Call *c, int i, const char *param, const char *type, RtError *e) {
  char *v = conv_to_cstr(c->args[i], NULL);
  rt_fail(c->err, EXC_METHODEXC, "MethodArgumentConversionInvalidCastArgument", "NotSpecified",
          "Cannot convert argument \"%s\", with value: \"%s\", for \"%s\" to type \"%s\": \"%s\"",
          param, v, c->name, type, e->msg ? e->msg : "");
  free(v);
  rt_error_clear(e);
  return false;
}

static bool arg_int(Call *c, int i, const char *param, int32_t *out) {
  RtError e = {0};
  if (conv_to_int(c->args[i], out, &e)) return true;
  return arg_conv_fail(c, i, param, "System.Int32", &e);
}

static bool arg_double(Call *c, int i, const char *param, double *out) {
  RtError e = {0};
  if (conv_to_double(c->args[i], out, &e)) return true;
  return arg_conv_fail(c, i, param, "System.Double", &e);
}

/* Argument i as a string (owned; $null gives ""). */
static Value arg_str(Call *c, int i) { return conv_to_str(c->args[i], NULL); }

/* A StringComparison / ignoreCase argument: does it ask to ignore case? */
static bool arg_ignore_case(Value v) {
  if (v.kind == V_BOOL) return v.u.b;
  if (v.kind != V_STR) return false;
  const char *s = val_sdata(v);
  size_t n = val_slen(v);
  return n >= 10 && val_streq_ci(s + n - 10, 10, "IgnoreCase", 10);
}

static const Method *find_method(const Method *tab, size_t n, const char *name, size_t len) {
  for (size_t i = 0; i < n; i++)
    if (name_eq(name, len, tab[i].name)) return &tab[i];
  return NULL;
}

static MemResult run_method(const Method *m, Value self, const Value *args, int nargs, Value *out,
                            RtError *err) {
  Call c = {m->name, args, nargs, err};
  if (nargs < m->min || nargs > m->max) {
    rt_fail(err, EXC_METHODEXC, "MethodCountCouldNotFindBest", "NotSpecified",
            "Cannot find an overload for \"%s\" and the argument count: \"%d\".", m->name, nargs);
    return MEM_ERROR;
  }
  *out = val_null();
  return m->fn(self, &c, out) ? MEM_OK : MEM_ERROR;
}

/* ------------------------------------------------------------------ */
/* string methods                                                      */

static bool s_upper(Value s, Call *c, Value *out) {
  (void)c;
  *out = map_case(s, cp_upper);
  return true;
}

static bool s_lower(Value s, Call *c, Value *out) {
  (void)c;
  *out = map_case(s, cp_lower);
  return true;
}

static bool s_self(Value s, Call *c, Value *out) {
  (void)c;
  *out = val_ref(s);
  return true;
}

/* A set of code points, from Trim's arguments (strings and char arrays). */
typedef struct CpSet {
  uint32_t *cp;
  size_t n, cap;
} CpSet;

static void cps_add_str(CpSet *set, Value v) {
  Value s = conv_to_str(v, NULL);
  size_t i = 0, n = val_slen(s);
  while (i < n) {
    uint32_t cp = u8_decode(val_sdata(s), n, &i);
    if (set->n == set->cap) {
      set->cap = set->cap ? set->cap * 2 : 8;
      set->cp = xrealloc(set->cp, set->cap * sizeof *set->cp);
    }
    set->cp[set->n++] = cp;
  }
  val_unref(s);
}

static void cps_add_args(CpSet *set, const Call *c) {
  for (int i = 0; i < c->n; i++) {
    Value a = c->args[i];
    if (a.kind != V_ARR) cps_add_str(set, a);
    else
      for (size_t j = 0; j < val_arr_len(a); j++) cps_add_str(set, val_arr_at(a, j));
  }
}

static bool cps_has(const CpSet *set, uint32_t cp) {
  if (set->n == 0) return cp_space(cp);
  for (size_t i = 0; i < set->n; i++)
    if (set->cp[i] == cp) return true;
  return false;
}

static bool trim(Value s, Call *c, Value *out, bool start, bool end) {
  CpSet set = {0};
  cps_add_args(&set, c);
  const char *p = val_sdata(s);
  size_t n = val_slen(s), lo = 0, hi = n;
  while (start && lo < hi) {
    size_t i = lo;
    if (!cps_has(&set, u8_decode(p, n, &i))) break;
    lo = i;
  }
  while (end && hi > lo) {
    size_t b = hi - 1;
    while (b > lo && ((unsigned char)p[b] & 0xC0) == 0x80) b--;
    size_t i = b;
    if (!cps_has(&set, u8_decode(p, n, &i))) break;
    hi = b;
  }
  free(set.cp);
  *out = val_str(p + lo, hi - lo);
  return true;
}

static bool s_trim(Value s, Call *c, Value *out) { return trim(s, c, out, true, true); }
static bool s_trim_start(Value s, Call *c, Value *out) { return trim(s, c, out, true, false); }
static bool s_trim_end(Value s, Call *c, Value *out) { return trim(s, c, out, false, true); }

/* String.Split: separators are characters unless a string[] overload with
 * options was meant; options RemoveEmptyEntries; an optional count. */
typedef struct SplitSpec {
  Value seps;        /* Object[] of separator strings (owned) */
  bool remove_empty;
  int32_t count;     /* -1: no limit */
} SplitSpec;

static bool split_option(Value v, SplitSpec *sp) {
  if (v.kind != V_STR) return false;
  const char *s = val_sdata(v);
  size_t n = val_slen(v);
  if (name_eq(s, n, "RemoveEmptyEntries")) return sp->remove_empty = true;
  return name_eq(s, n, "None");
}

static void add_char_seps(Value seps, Value v) {
  Value s = conv_to_str(v, NULL);
  size_t i = 0, n = val_slen(s);
  while (i < n) {
    size_t st = i;
    u8_decode(val_sdata(s), n, &i);
    val_arr_push(seps, val_str(val_sdata(s) + st, i - st));
  }
  val_unref(s);
}

static bool split_spec(Call *c, SplitSpec *sp) {
  sp->seps = val_arr_new(4);
  sp->remove_empty = false;
  sp->count = -1;
  bool has_opt = false;
  int nsep = c->n;
  for (int i = c->n - 1; i >= 1; i--) {
    Value a = c->args[i];
    if (split_option(a, sp)) has_opt = true, nsep = i;
    else if (a.kind == V_INT || a.kind == V_LONG || a.kind == V_DOUBLE) {
      if (!arg_int(c, i, "count", &sp->count)) return false;
      if (sp->count < 0) return arg_range_fail(c, "Count cannot be less than zero.", "count");
      nsep = i;
    } else break;
  }
  for (int i = 0; i < nsep; i++) {
    Value a = c->args[i];
    bool strings = has_opt && a.kind == V_ARR;
    size_t n = a.kind == V_ARR ? val_arr_len(a) : 1;
    for (size_t j = 0; j < n; j++) {
      Value e = a.kind == V_ARR ? val_arr_at(a, j) : a;
      if (strings) val_arr_push(sp->seps, conv_to_str(e, NULL));
      else add_char_seps(sp->seps, e);
    }
  }
  return true;
}

/* Length of the separator that matches at byte i, or 0. */
static size_t sep_at(const SplitSpec *sp, const char *s, size_t n, size_t i) {
  size_t ns = val_arr_len(sp->seps);
  if (ns == 0) {
    size_t j = i;
    return cp_space(u8_decode(s, n, &j)) ? j - i : 0;
  }
  for (size_t k = 0; k < ns; k++) {
    Value sep = val_arr_at(sp->seps, k);
    size_t l = val_slen(sep);
    if (l && l <= n - i && memcmp(s + i, val_sdata(sep), l) == 0) return l;
  }
  return 0;
}

static void split_push(Value arr, const SplitSpec *sp, const char *p, size_t len) {
  if (len || !sp->remove_empty) val_arr_push(arr, val_str(p, len));
}

static bool s_split(Value s, Call *c, Value *out) {
  SplitSpec sp;
  if (!split_spec(c, &sp)) {
    val_unref(sp.seps);
    return false;
  }
  const char *p = val_sdata(s);
  size_t n = val_slen(s), start = 0, i = 0;
  Value arr = val_arr_new(4);
  while (sp.count != 0 && i < n) {
    if (sp.count > 0 && (int32_t)val_arr_len(arr) >= sp.count - 1) break;
    size_t l = sep_at(&sp, p, n, i);
    if (l == 0) {
      u8_decode(p, n, &i);
      continue;
    }
    split_push(arr, &sp, p + start, i - start);
    i += l;
    start = i;
  }
  if (sp.count != 0) split_push(arr, &sp, p + start, n - start);
  val_unref(sp.seps);
  *out = arr;
  return true;
}

static bool s_replace(Value s, Call *c, Value *out) {
  Value from = arg_str(c, 0), to = arg_str(c, 1);
  bool ok = val_slen(from) > 0;
  if (!ok) {
    call_fail(c, "ArgumentException", "String cannot be of zero length." PARAM_NL
              "Parameter name: oldValue");
  } else {
    StrBuf b = SB_INIT;
    const char *p = val_sdata(s);
    size_t n = val_slen(s), i = 0;
    long at;
    while ((at = find_bytes(p, n, val_sdata(from), val_slen(from), i)) >= 0) {
      sb_putn(&b, p + i, (size_t)at - i);
      sb_putn(&b, val_sdata(to), val_slen(to));
      i = (size_t)at + val_slen(from);
    }
    sb_putn(&b, p + i, n - i);
    *out = sb_value(&b);
  }
  val_unref(from), val_unref(to);
  return ok;
}

static bool s_contains(Value s, Call *c, Value *out) {
  Value v = arg_str(c, 0);
  *out = val_bool(find_bytes(val_sdata(s), val_slen(s), val_sdata(v), val_slen(v), 0) >= 0);
  val_unref(v);
  return true;
}

static bool affix(Value s, Call *c, Value *out, bool at_end) {
  Value v = arg_str(c, 0);
  bool ci = c->n >= 2 && arg_ignore_case(c->args[1]);
  size_t n = val_slen(s), vn = val_slen(v);
  bool hit = false;
  if (vn <= n) {
    const char *p = val_sdata(s) + (at_end ? n - vn : 0);
    hit = ci ? val_streq_ci(p, vn, val_sdata(v), vn) : memcmp(p, val_sdata(v), vn) == 0;
  }
  *out = val_bool(hit);
  val_unref(v);
  return true;
}

static bool s_starts(Value s, Call *c, Value *out) { return affix(s, c, out, false); }
static bool s_ends(Value s, Call *c, Value *out) { return affix(s, c, out, true); }

static bool s_indexof(Value s, Call *c, Value *out) {
  const char *p = val_sdata(s);
  size_t n = val_slen(s), chars = u8_count(p, n);
  int32_t from = 0;
  if (c->n >= 2 && !arg_int(c, 1, "startIndex", &from)) return false;
  if (from < 0 || (size_t)from > chars)
    return arg_range_fail(c, "Index was out of range. Must be non-negative and less than the "
                          "size of the collection.", "startIndex");
  Value v = arg_str(c, 0);
  long at = find_bytes(p, n, val_sdata(v), val_slen(v), u8_offset(p, n, (size_t)from));
  val_unref(v);
  *out = val_int(at < 0 ? -1 : (int32_t)u8_index(p, (size_t)at));
  return true;
}

static bool s_lastindexof(Value s, Call *c, Value *out) {
  const char *p = val_sdata(s);
  size_t n = val_slen(s), limit = n;
  int32_t from = -1;
  if (c->n >= 2 && !arg_int(c, 1, "startIndex", &from)) return false;
  if (c->n >= 2) {
    if (from < 0 || (size_t)from >= u8_count(p, n))
      return arg_range_fail(c, "Index was out of range. Must be non-negative and less than the "
                            "size of the collection.", "startIndex");
    limit = u8_offset(p, n, (size_t)from + 1);
  }
  Value v = arg_str(c, 0);
  long best = -1, at;
  size_t i = 0;
  while ((at = find_bytes(p, limit, val_sdata(v), val_slen(v), i)) >= 0) {
    best = at;
    i = (size_t)at + 1;
    if (val_slen(v) == 0) break;
  }
  if (val_slen(v) == 0) best = (long)(limit ? limit - 1 : 0);
  val_unref(v);
  *out = val_int(best < 0 ? -1 : (int32_t)u8_index(p, (size_t)best));
  return true;
}

static bool s_substring(Value s, Call *c, Value *out) {
  const char *p = val_sdata(s);
  size_t n = val_slen(s), chars = u8_count(p, n);
  int32_t start, len = 0;
  if (!arg_int(c, 0, "startIndex", &start)) return false;
  if (c->n > 1 && !arg_int(c, 1, "length", &len)) return false;
  if (start < 0) return arg_range_fail(c, "StartIndex cannot be less than zero.", "startIndex");
  if ((size_t)start > chars)
    return arg_range_fail(c, "startIndex cannot be larger than length of string.", "startIndex");
  if (c->n == 1) len = (int32_t)(chars - (size_t)start);
  if (len < 0) return arg_range_fail(c, "Length cannot be less than zero.", "length");
  if ((size_t)start + (size_t)len > chars)
    return arg_range_fail(c, "Index and length must refer to a location within the string.",
                          "length");
  size_t b0 = u8_offset(p, n, (size_t)start);
  size_t b1 = b0 + u8_offset(p + b0, n - b0, (size_t)len);
  *out = val_str(p + b0, b1 - b0);
  return true;
}

static bool pad(Value s, Call *c, Value *out, bool left) {
  int32_t width;
  if (!arg_int(c, 0, "totalWidth", &width)) return false;
  if (width < 0) return arg_range_fail(c, "Non-negative number required.", "totalWidth");
  uint32_t ch = ' ';
  if (c->n > 1) {
    Value pc = arg_str(c, 1);
    size_t i = 0;
    if (val_slen(pc)) ch = u8_decode(val_sdata(pc), val_slen(pc), &i);
    val_unref(pc);
  }
  size_t chars = u8_count(val_sdata(s), val_slen(s));
  StrBuf b = SB_INIT;
  if (!left) sb_putn(&b, val_sdata(s), val_slen(s));
  for (size_t i = chars; i < (size_t)width; i++) sb_put_utf8(&b, ch);
  if (left) sb_putn(&b, val_sdata(s), val_slen(s));
  *out = sb_value(&b);
  return true;
}

static bool s_padleft(Value s, Call *c, Value *out) { return pad(s, c, out, true); }
static bool s_padright(Value s, Call *c, Value *out) { return pad(s, c, out, false); }

static bool s_insert(Value s, Call *c, Value *out) {
  const char *p = val_sdata(s);
  size_t n = val_slen(s);
  int32_t at;
  if (!arg_int(c, 0, "startIndex", &at)) return false;
  if (at < 0 || (size_t)at > u8_count(p, n))
    return arg_range_fail(c, "Specified argument was out of the range of valid values.",
                          "startIndex");
  size_t off = u8_offset(p, n, (size_t)at);
  Value v = arg_str(c, 1);
  StrBuf b = SB_INIT;
  sb_putn(&b, p, off);
  sb_putn(&b, val_sdata(v), val_slen(v));
  sb_putn(&b, p + off, n - off);
  val_unref(v);
  *out = sb_value(&b);
  return true;
}

static bool s_remove(Value s, Call *c, Value *out) {
  const char *p = val_sdata(s);
  size_t n = val_slen(s), chars = u8_count(p, n);
  int32_t start, count = 0;
  if (!arg_int(c, 0, "startIndex", &start)) return false;
  if (c->n > 1 && !arg_int(c, 1, "count", &count)) return false;
  if (start < 0) return arg_range_fail(c, "StartIndex cannot be less than zero.", "startIndex");
  if (c->n == 1) {
    if ((size_t)start >= chars)
      return arg_range_fail(c, "startIndex must be less than length of string.", "startIndex");
    count = (int32_t)(chars - (size_t)start);
  }
  if (count < 0) return arg_range_fail(c, "Count cannot be less than zero.", "count");
  if ((size_t)start + (size_t)count > chars)
    return arg_range_fail(c, "Index and count must refer to a location within the string.",
                          "count");
  size_t b0 = u8_offset(p, n, (size_t)start);
  size_t b1 = b0 + u8_offset(p + b0, n - b0, (size_t)count);
  StrBuf b = SB_INIT;
  sb_putn(&b, p, b0);
  sb_putn(&b, p + b1, n - b1);
  *out = sb_value(&b);
  return true;
}

static bool s_chars(Value s, Call *c, Value *out) {
  (void)c;
  const char *p = val_sdata(s);
  size_t n = val_slen(s), i = 0;
  Value a = val_arr_new(n);
  while (i < n) {
    size_t st = i;
    u8_decode(p, n, &i);
    val_arr_push(a, val_str(p + st, i - st));
  }
  *out = a;
  return true;
}

static bool s_compareto(Value s, Call *c, Value *out) {
  int cmp = 1;
  if (c->args[0].kind != V_NULL && !op_compare(s, c->args[0], true, &cmp, c->err)) return false;
  *out = val_int(cmp < 0 ? -1 : cmp > 0);
  return true;
}

static bool s_equals(Value s, Call *c, Value *out) {
  Value v = c->args[0];
  bool eq = false;
  if (v.kind == V_STR) {
    bool ci = c->n > 1 && arg_ignore_case(c->args[1]);
    eq = ci ? val_streq_ci(val_sdata(s), val_slen(s), val_sdata(v), val_slen(v))
            : val_slen(s) == val_slen(v) && memcmp(val_sdata(s), val_sdata(v), val_slen(v)) == 0;
  }
  *out = val_bool(eq);
  return true;
}

static const Method str_methods[] = {
    {"ToUpper", 0, 1, s_upper}, {"ToLower", 0, 1, s_lower},
    {"ToUpperInvariant", 0, 0, s_upper}, {"ToLowerInvariant", 0, 0, s_lower},
    {"Trim", 0, 64, s_trim}, {"TrimStart", 0, 64, s_trim_start},
    {"TrimEnd", 0, 64, s_trim_end}, {"Split", 0, 64, s_split},
    {"Replace", 2, 2, s_replace}, {"Contains", 1, 1, s_contains},
    {"StartsWith", 1, 3, s_starts}, {"EndsWith", 1, 3, s_ends},
    {"IndexOf", 1, 3, s_indexof}, {"LastIndexOf", 1, 3, s_lastindexof},
    {"Substring", 1, 2, s_substring}, {"PadLeft", 1, 2, s_padleft},
    {"PadRight", 1, 2, s_padright}, {"Insert", 2, 2, s_insert},
    {"Remove", 1, 2, s_remove}, {"ToCharArray", 0, 0, s_chars},
    {"CompareTo", 1, 1, s_compareto}, {"Equals", 1, 2, s_equals},
    {"ToString", 0, 1, s_self}, {"Clone", 0, 0, s_self}, {"Normalize", 0, 1, s_self},
};

/* ------------------------------------------------------------------ */
/* array and ArrayList methods                                         */

/* Object.Equals: same type and value (strings ordinal, case-sensitive). */
static bool strict_equal(Value a, Value b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
  case V_NULL: return true;
  case V_BOOL: return a.u.b == b.u.b;
  case V_INT: return a.u.i == b.u.i;
  case V_LONG: return a.u.l == b.u.l;
  case V_DOUBLE: return a.u.d == b.u.d;
  case V_STR:
    return val_slen(a) == val_slen(b) && memcmp(val_sdata(a), val_sdata(b), val_slen(a)) == 0;
  case V_TYPE: return a.u.t == b.u.t;
  default: return op_equal(a, b, true);
  }
}

static long arr_find(Value a, Value x, size_t from) {
  for (size_t i = from; i < val_arr_len(a); i++)
    if (strict_equal(val_arr_at(a, i), x)) return (long)i;
  return -1;
}

static bool is_list(Value a) { return (a.u.a->flags & VARR_LIST) != 0; }

static bool fixed_size(Value a, Call *c, Value *out) {
  (void)a, (void)out;
  return call_fail(c, "NotSupportedException", "Collection was of a fixed size.");
}

static bool a_contains(Value a, Call *c, Value *out) {
  *out = val_bool(arr_find(a, c->args[0], 0) >= 0);
  return true;
}

static bool a_indexof(Value a, Call *c, Value *out) {
  int32_t from = 0;
  if (c->n > 1 && !arg_int(c, 1, "startIndex", &from)) return false;
  if (from < 0 || (size_t)from > val_arr_len(a))
    return arg_range_fail(c, "Index was out of range. Must be non-negative and less than the "
                          "size of the collection.", "startIndex");
  *out = val_int((int32_t)arr_find(a, c->args[0], (size_t)from));
  return true;
}

static bool a_clone(Value a, Call *c, Value *out) {
  (void)c;
  *out = val_arr_copy(a);
  return true;
}

static bool a_toarray(Value a, Call *c, Value *out) {
  (void)c;
  Value r = val_arr_new(val_arr_len(a));
  for (size_t i = 0; i < val_arr_len(a); i++) val_arr_push(r, val_ref(val_arr_at(a, i)));
  *out = r;
  return true;
}

static bool a_getvalue(Value a, Call *c, Value *out) {
  int32_t i;
  if (!arg_int(c, 0, "index", &i)) return false;
  if (i < 0 || (size_t)i >= val_arr_len(a))
    return call_fail(c, "IndexOutOfRangeException", "Index was outside the bounds of the array.");
  *out = val_ref(val_arr_at(a, (size_t)i));
  return true;
}

static const Method arr_methods[] = {
    {"Contains", 1, 1, a_contains}, {"IndexOf", 1, 2, a_indexof},
    {"Clone", 0, 0, a_clone}, {"GetValue", 1, 1, a_getvalue},
    {"Add", 1, 1, fixed_size}, {"AddRange", 1, 1, fixed_size},
    {"Remove", 1, 1, fixed_size}, {"RemoveAt", 1, 1, fixed_size},
    {"Insert", 2, 2, fixed_size}, {"Clear", 0, 0, fixed_size},
};

/* An element for a List[T] is converted to T first. */
static bool list_item(Value a, Call *c, int i, Value *item) {
  const TypeInfo *t = a.u.a->elem;
  if (!t || t->id == T_OBJECT) {
    *item = val_ref(c->args[i]);
    return true;
  }
  RtError e = {0};
  if (conv_to_type(c->args[i], t, item, &e)) return true;
  return arg_conv_fail(c, i, "item", t->full_name, &e);
}

static bool l_add(Value a, Call *c, Value *out) {
  Value item;
  if (!list_item(a, c, 0, &item)) return false;
  size_t at = val_arr_len(a);
  val_arr_push(a, item);
  /* ArrayList.Add returns the index; List[T].Add returns nothing */
  *out = a.u.a->elem ? val_null() : val_int((int32_t)at);
  return true;
}

static bool l_addrange(Value a, Call *c, Value *out) {
  (void)out;
  Value src = val_ref(c->args[0]); /* may be `a` itself */
  if (src.kind != V_ARR) {
    val_unref(src);
    return call_fail(c, "InvalidCastException", "Unable to cast the argument to a collection.");
  }
  size_t n = val_arr_len(src);
  for (size_t i = 0; i < n; i++) val_arr_push(a, val_ref(val_arr_at(src, i)));
  val_unref(src);
  return true;
}

static void list_remove_at(Value a, size_t i) {
  VArr *v = a.u.a;
  Value old = v->items[i];
  memmove(v->items + i, v->items + i + 1, (v->len - i - 1) * sizeof *v->items);
  v->len--;
  val_unref(old);
}

static bool l_remove(Value a, Call *c, Value *out) {
  long i = arr_find(a, c->args[0], 0);
  if (i >= 0) list_remove_at(a, (size_t)i);
  if (a.u.a->elem) *out = val_bool(i >= 0);
  return true;
}

static bool l_removeat(Value a, Call *c, Value *out) {
  (void)out;
  int32_t i;
  if (!arg_int(c, 0, "index", &i)) return false;
  if (i < 0 || (size_t)i >= val_arr_len(a))
    return arg_range_fail(c, "Index was out of range. Must be non-negative and less than the "
                          "size of the collection.", "index");
  list_remove_at(a, (size_t)i);
  return true;
}

static bool l_insert(Value a, Call *c, Value *out) {
  (void)out;
  int32_t i;
  Value item;
  if (!arg_int(c, 0, "index", &i)) return false;
  if (i < 0 || (size_t)i > val_arr_len(a))
    return arg_range_fail(c, "Insertion index was out of range. Must be non-negative and less "
                          "than or equal to size.", "index");
  if (!list_item(a, c, 1, &item)) return false;
  val_arr_push(a, item);
  VArr *v = a.u.a;
  memmove(v->items + i + 1, v->items + i, (v->len - 1 - (size_t)i) * sizeof *v->items);
  v->items[i] = item;
  return true;
}

static bool l_clear(Value a, Call *c, Value *out) {
  (void)c, (void)out;
  VArr *v = a.u.a;
  while (v->len) val_unref(v->items[--v->len]);
  return true;
}

static bool l_reverse(Value a, Call *c, Value *out) {
  (void)c, (void)out;
  VArr *v = a.u.a;
  for (size_t i = 0, j = v->len; i + 1 < j; i++, j--) {
    Value t = v->items[i];
    v->items[i] = v->items[j - 1];
    v->items[j - 1] = t;
  }
  return true;
}

/* Insertion sort with PowerShell's comparison (stable, fine for lists). */
static bool l_sort(Value a, Call *c, Value *out) {
  (void)out;
  VArr *v = a.u.a;
  for (size_t i = 1; i < v->len; i++) {
    Value x = v->items[i];
    size_t j = i;
    while (j > 0) {
      int cmp;
      if (!op_compare(v->items[j - 1], x, false, &cmp, c->err)) {
        v->items[j] = x;
        return call_fail(c, "InvalidOperationException", "Failed to compare two elements in "
                         "the array.");
      }
      if (cmp <= 0) break;
      v->items[j] = v->items[j - 1];
      j--;
    }
    v->items[j] = x;
  }
  return true;
}

static const Method list_methods[] = {
    {"Add", 1, 1, l_add}, {"AddRange", 1, 1, l_addrange},
    {"Remove", 1, 1, l_remove}, {"RemoveAt", 1, 1, l_removeat},
    {"Insert", 2, 2, l_insert}, {"Clear", 0, 0, l_clear},
    {"ToArray", 0, 0, a_toarray}, {"Reverse", 0, 0, l_reverse},
    {"Sort", 0, 0, l_sort},
};

/* ------------------------------------------------------------------ */
/* hashtable methods                                                   */

static bool h_containskey(Value h, Call *c, Value *out) {
  *out = val_bool(c->args[0].kind != V_NULL && val_hash_get(h, c->args[0]) != NULL);
  return true;
}

static bool h_containsvalue(Value h, Call *c, Value *out) {
  bool found = false;
  for (size_t i = 0; i < h.u.h->len && !found; i++)
    found = strict_equal(h.u.h->ents[i].val, c->args[0]);
  *out = val_bool(found);
  return true;
}

static bool null_key(Call *c) {
  return call_fail(c, "ArgumentNullException", "Key cannot be null." PARAM_NL
                   "Parameter name: key");
}

static bool h_add(Value h, Call *c, Value *out) {
  (void)out;
  Value k = c->args[0];
  if (k.kind == V_NULL) return null_key(c);
  if (val_hash_get(h, k)) {
    char *ks = conv_to_cstr(k, NULL);
    call_fail(c, "ArgumentException",
              "Item has already been added. Key in dictionary: '%s'  Key being added: '%s'", ks,
              ks);
    free(ks);
    return false;
  }
  val_hash_set(h, val_ref(k), val_ref(c->args[1]));
  return true;
}

static bool h_remove(Value h, Call *c, Value *out) {
  (void)out;
  if (c->args[0].kind == V_NULL) return null_key(c);
  val_hash_remove(h, c->args[0]);
  return true;
}

static bool h_clear(Value h, Call *c, Value *out) {
  (void)c, (void)out;
  while (h.u.h->len) {
    Value k = val_ref(h.u.h->ents[h.u.h->len - 1].key);
    val_hash_remove(h, k);
    val_unref(k);
  }
  return true;
}

static bool h_clone(Value h, Call *c, Value *out) {
  (void)c;
  *out = val_hash_copy(h);
  return true;
}

static Value dict_entry(Value key, Value val) {
  Value e = val_obj_new(OBJ_GENERIC, "System.Collections.DictionaryEntry");
  val_obj_set(e, "Name", val_ref(key));
  val_obj_set(e, "Key", val_ref(key));
  val_obj_set(e, "Value", val_ref(val));
  return e;
}

static bool h_enumerator(Value h, Call *c, Value *out) {
  (void)c;
  Value a = val_arr_new(h.u.h->len);
  for (size_t i = 0; i < h.u.h->len; i++)
    val_arr_push(a, dict_entry(h.u.h->ents[i].key, h.u.h->ents[i].val));
  *out = a;
  return true;
}

static bool h_getitem(Value h, Call *c, Value *out) {
  Value *v = c->args[0].kind == V_NULL ? NULL : val_hash_get(h, c->args[0]);
  *out = v ? val_ref(*v) : val_null();
  return true;
}

static bool h_setitem(Value h, Call *c, Value *out) {
  (void)out;
  if (c->args[0].kind == V_NULL) return null_key(c);
  val_hash_set(h, val_ref(c->args[0]), val_ref(c->args[1]));
  return true;
}

static const Method hash_methods[] = {
    {"ContainsKey", 1, 1, h_containskey}, {"Contains", 1, 1, h_containskey},
    {"ContainsValue", 1, 1, h_containsvalue}, {"Add", 2, 2, h_add},
    {"Remove", 1, 1, h_remove}, {"Clear", 0, 0, h_clear},
    {"Clone", 0, 0, h_clone}, {"GetEnumerator", 0, 0, h_enumerator},
    {"get_Item", 1, 1, h_getitem}, {"set_Item", 2, 2, h_setitem},
};

/* ------------------------------------------------------------------ */
/* number methods and methods every value has                          */

static bool n_tostring(Value v, Call *c, Value *out) {
  if (c->n == 0 || c->args[0].kind == V_NULL) {
    *out = conv_to_str(v, NULL);
    return true;
  }
  Value spec = arg_str(c, 0);
  StrBuf b = SB_INIT;
  RtError e = {0};
  bool ok = fmt_value(&b, v, val_sdata(spec), val_slen(spec), &e);
  val_unref(spec);
  if (!ok) {
    sb_free(&b);
    call_fail(c, "FormatException", "%s", e.msg ? e.msg : "Format specifier was invalid.");
    rt_error_clear(&e);
    return false;
  }
  *out = sb_value(&b);
  return true;
}

static bool n_compareto(Value v, Call *c, Value *out) {
  int cmp = 1;
  RtError e = {0};
  if (c->args[0].kind != V_NULL && !op_compare(v, c->args[0], false, &cmp, &e)) {
    call_fail(c, "ArgumentException", "%s", e.msg ? e.msg : "");
    rt_error_clear(&e);
    return false;
  }
  *out = val_int(cmp < 0 ? -1 : cmp > 0);
  return true;
}

static bool n_equals(Value v, Call *c, Value *out) {
  *out = val_bool(op_equal(v, c->args[0], false));
  return true;
}

static const Method num_methods[] = {
    {"ToString", 0, 2, n_tostring}, {"CompareTo", 1, 1, n_compareto},
    {"Equals", 1, 1, n_equals},
};

/* The string form of objects whose ToString is one of their properties. */
static const Value *tostring_prop(Value v) {
  if (v.kind != V_OBJ || v.u.o->cls != OBJ_GENERIC) return NULL;
  const char *tn = v.u.o->type_name->data;
  if (strcmp(tn, "System.Guid") == 0) return val_obj_prop(v, "Guid");
  if (strcmp(tn, "System.Text.RegularExpressions.Match") == 0 ||
      strcmp(tn, "System.Text.RegularExpressions.Group") == 0)
    return val_obj_prop(v, "Value");
  return NULL;
}

static bool o_tostring(Value v, Call *c, Value *out) {
  (void)c;
  const Value *p = tostring_prop(v);
  *out = p ? conv_to_str(*p, NULL) : conv_to_str(v, NULL);
  return true;
}

static bool o_gettype(Value v, Call *c, Value *out) {
  (void)c;
  *out = val_type(type_of(v));
  return true;
}

static bool o_equals(Value v, Call *c, Value *out) {
  *out = val_bool(strict_equal(v, c->args[0]));
  return true;
}

static bool o_hashcode(Value v, Call *c, Value *out) {
  (void)c;
  Value s = conv_to_str(v, NULL);
  *out = val_int((int32_t)val_hash_ci(val_sdata(s), val_slen(s)));
  val_unref(s);
  return true;
}

static bool b_getnewclosure(Value v, Call *c, Value *out) { return s_self(v, c, out); }

static const Method block_methods[] = {
    {"GetNewClosure", 0, 0, b_getnewclosure},
};

static const Method any_methods[] = {
    {"GetType", 0, 0, o_gettype}, {"ToString", 0, 1, o_tostring},
    {"Equals", 1, 1, o_equals}, {"GetHashCode", 0, 0, o_hashcode},
};

/* ------------------------------------------------------------------ */
/* properties                                                          */

static MemResult found(Value *out, Value v) {
  *out = v;
  return MEM_OK;
}

/* .Count and .Length that every scalar has (PowerShell 3+). */
static MemResult scalar_count(const char *name, size_t len, Value *out) {
  if (name_eq(name, len, "Count") || name_eq(name, len, "Length")) return found(out, val_int(1));
  return MEM_NOTFOUND;
}

static MemResult str_prop(Value s, const char *name, size_t len, Value *out) {
  if (name_eq(name, len, "Length"))
    return found(out, val_int((int32_t)u8_count(val_sdata(s), val_slen(s))));
  return scalar_count(name, len, out);
}

static Value keys_or_values(Value h, bool keys) {
  Value a = val_arr_new(h.u.h->len);
  for (size_t i = 0; i < h.u.h->len; i++)
    val_arr_push(a, val_ref(keys ? h.u.h->ents[i].key : h.u.h->ents[i].val));
  return a;
}

static MemResult hash_prop(Value h, const char *name, size_t len, Value *out) {
  Value key = val_str(name, len);
  Value *v = val_hash_get(h, key);
  val_unref(key);
  if (v) return found(out, val_ref(*v));
  if (name_eq(name, len, "Count")) return found(out, val_int((int32_t)val_hash_len(h)));
  if (name_eq(name, len, "Keys")) return found(out, keys_or_values(h, true));
  if (name_eq(name, len, "Values")) return found(out, keys_or_values(h, false));
  if (name_eq(name, len, "IsReadOnly") || name_eq(name, len, "IsFixedSize") ||
      name_eq(name, len, "IsSynchronized"))
    return found(out, val_bool(false));
  return MEM_NOTFOUND;
}

static MemResult arr_own_prop(Value a, const char *name, size_t len, Value *out) {
  int32_t n = (int32_t)val_arr_len(a);
  if (name_eq(name, len, "Count") || name_eq(name, len, "Length")) return found(out, val_int(n));
  if (name_eq(name, len, "LongLength")) return found(out, val_long(n));
  if (name_eq(name, len, "Rank")) return found(out, val_int(1));
  if (name_eq(name, len, "IsFixedSize")) return found(out, val_bool(!is_list(a)));
  if (name_eq(name, len, "IsReadOnly") || name_eq(name, len, "IsSynchronized"))
    return found(out, val_bool(false));
  if (is_list(a) && name_eq(name, len, "Capacity"))
    return found(out, val_int((int32_t)a.u.a->cap));
  return MEM_NOTFOUND;
}

/* Collect results into an Object[], flattening arrays one level. */
static void collect(Value acc, Value v) {
  if (v.kind != V_ARR) {
    val_arr_push(acc, v);
    return;
  }
  for (size_t i = 0; i < val_arr_len(v); i++) val_arr_push(acc, val_ref(val_arr_at(v, i)));
  val_unref(v);
}

/* One result is returned as a scalar, several as Object[]. */
static Value enum_result(Value acc) {
  if (val_arr_len(acc) != 1) return acc;
  Value v = val_ref(val_arr_at(acc, 0));
  val_unref(acc);
  return v;
}

/* Member enumeration: $array.Name collects Name from each element. */
static MemResult enum_prop(Value a, const char *name, size_t len, Value *out, RtError *err) {
  Value acc = val_arr_new(0);
  bool any = false;
  for (size_t i = 0; i < val_arr_len(a); i++) {
    Value e = val_arr_at(a, i), v;
    if (e.kind == V_NULL) continue;
    MemResult r = mem_get(e, name, len, &v, err);
    if (r == MEM_ERROR) {
      val_unref(acc);
      return MEM_ERROR;
    }
    if (r == MEM_OK) any = true, collect(acc, v);
  }
  if (!any) {
    val_unref(acc);
    return MEM_NOTFOUND;
  }
  return found(out, enum_result(acc));
}

static MemResult obj_prop(Value o, const char *name, size_t len, Value *out) {
  char *cname = xstrndup(name, len);
  Value *v = val_obj_prop(o, cname);
  free(cname);
  if (v) return found(out, val_ref(*v));
  return scalar_count(name, len, out);
}

static MemResult type_prop(const TypeInfo *t, const char *name, size_t len, Value *out) {
  if (name_eq(name, len, "Name")) return found(out, val_cstr(t->name));
  if (name_eq(name, len, "FullName")) return found(out, val_cstr(t->full_name));
  if (name_eq(name, len, "Namespace")) {
    const char *dot = strrchr(t->full_name, '.');
    return found(out, dot ? val_str(t->full_name, (size_t)(dot - t->full_name)) : val_null());
  }
  if (name_eq(name, len, "BaseType"))
    return found(out, t->base ? val_type(t->base) : val_null());
  if (name_eq(name, len, "IsArray")) return found(out, val_bool(t->is_array));
  if (name_eq(name, len, "UnderlyingSystemType")) return found(out, val_type(t));
  return scalar_count(name, len, out);
}

static MemResult handle_prop(Value h, const char *name, size_t len, Value *out) {
  const VHandleType *ht = h.u.hd->type;
  if (ht->get_prop) {
    char *cname = xstrndup(name, len);
    bool ok = ht->get_prop(h.u.hd->data, cname, out);
    free(cname);
    if (ok) return MEM_OK;
  }
  return scalar_count(name, len, out);
}

/* One PSNoteProperty description of a property-bag entry. */
static Value note_property(Value key, Value val) {
  Value p = val_obj_new(OBJ_GENERIC, "System.Management.Automation.PSNoteProperty");
  val_obj_set(p, "Name", conv_to_str(key, NULL));
  val_obj_set(p, "MemberType", val_cstr("NoteProperty"));
  val_obj_set(p, "Value", val_ref(val));
  val_obj_set(p, "TypeNameOfValue", val_cstr(val.kind == V_NULL ? "System.Object"
                                                                  : conv_type_name(val)));
  val_obj_set(p, "IsSettable", val_bool(true));
  val_obj_set(p, "IsGettable", val_bool(true));
  return p;
}

/* $x.psobject: the wrapper's view of a value -- BaseObject, TypeNames and,
 * for objects with a property bag, Properties (a snapshot: setting a
 * property's Value there does not write back, a documented gap). */
static Value psobject_view(Value obj) {
  Value v = val_obj_new(OBJ_GENERIC, "System.Management.Automation.PSObject");
  val_obj_set(v, "BaseObject", val_ref(obj));
  Value names = val_arr_new(4);
  for (const TypeInfo *t = type_of(obj); t; t = t->base)
    val_arr_push(names, val_cstr(t->full_name));
  if (obj.kind == V_OBJ && obj.u.o->cls == OBJ_PSCUSTOM && val_arr_len(names) == 0)
    val_arr_push(names, val_cstr("System.Management.Automation.PSCustomObject"));
  val_obj_set(v, "TypeNames", names);
  Value props = val_arr_new(0);
  if (obj.kind == V_OBJ) {
    VHash *h = obj.u.o->props;
    for (size_t i = 0; i < h->len; i++)
      val_arr_push(props, note_property(h->ents[i].key, h->ents[i].val));
  }
  val_obj_set(v, "Properties", props);
  return v;
}

MemResult mem_get(Value obj, const char *name, size_t len, Value *out, RtError *err) {
  *out = val_null();
  if (obj.kind != V_NULL && obj.kind != V_ARR && name_eq(name, len, "psobject"))
    return found(out, psobject_view(obj));
  switch (obj.kind) {
  case V_NULL:
    if (name_eq(name, len, "Count") || name_eq(name, len, "Length")) return found(out, val_int(0));
    return MEM_NOTFOUND;
  case V_STR: return str_prop(obj, name, len, out);
  case V_ARR: {
    MemResult r = arr_own_prop(obj, name, len, out);
    return r == MEM_NOTFOUND ? enum_prop(obj, name, len, out, err) : r;
  }
  case V_HASH: return hash_prop(obj, name, len, out);
  case V_OBJ: return obj_prop(obj, name, len, out);
  case V_TYPE: return type_prop(obj.u.t, name, len, out);
  case V_HANDLE: return handle_prop(obj, name, len, out);
  default: return scalar_count(name, len, out);
  }
}

static bool not_settable(const char *name, size_t len, RtError *err) {
  return rt_fail(err, EXC_RUNTIME, "PropertyNotFound", "InvalidOperation",
                 "The property '%.*s' cannot be found on this object. Verify that the property "
                 "exists and can be set.", (int)len, name);
}

bool mem_set(Value obj, const char *name, size_t len, Value v, RtError *err) {
  if (obj.kind == V_HASH) {
    val_hash_set(obj, val_str(name, len), val_ref(v));
    return true;
  }
  if (obj.kind == V_OBJ) {
    char *cname = xstrndup(name, len);
    bool has = val_obj_prop(obj, cname) != NULL;
    if (has) val_obj_set(obj, cname, val_ref(v));
    free(cname);
    return has || not_settable(name, len, err);
  }
  Value cur;
  MemResult r = MEM_NOTFOUND;
  if (obj.kind == V_STR) r = str_prop(obj, name, len, &cur);
  else if (obj.kind == V_ARR) r = arr_own_prop(obj, name, len, &cur);
  if (r != MEM_OK) return not_settable(name, len, err);
  val_unref(cur);
  return rt_fail(err, EXC_RUNTIME, "PropertyAssignmentException", "InvalidOperation",
                 "'%.*s' is a ReadOnly property.", (int)len, name);
}

/* ------------------------------------------------------------------ */
/* instance methods                                                    */

static MemResult method_not_found(Value obj, const char *name, size_t len, RtError *err) {
  rt_fail(err, EXC_RUNTIME, "MethodNotFound", "InvalidOperation",
          "Method invocation failed because [%s] does not contain a method named '%.*s'.",
          conv_type_name(obj), (int)len, name);
  return MEM_ERROR;
}

/* The method table for a value's own kind, or NULL. */
static const Method *own_method(Value obj, const char *name, size_t len) {
  switch (obj.kind) {
  case V_STR: return find_method(str_methods, COUNT(str_methods), name, len);
  case V_ARR: {
    const Method *m = NULL;
    if (is_list(obj)) m = find_method(list_methods, COUNT(list_methods), name, len);
    return m ? m : find_method(arr_methods, COUNT(arr_methods), name, len);
  }
  case V_HASH: return find_method(hash_methods, COUNT(hash_methods), name, len);
  case V_BOOL: case V_INT: case V_LONG: case V_DOUBLE:
    return find_method(num_methods, COUNT(num_methods), name, len);
  case V_BLOCK: return find_method(block_methods, COUNT(block_methods), name, len);
  default: return NULL;
  }
}

/* Method enumeration: $names.ToUpper() calls ToUpper on each element. */
static MemResult enum_invoke(Value a, const char *name, size_t len, const Value *args, int nargs,
                             Value *out, RtError *err) {
  Value items = val_ref(a), acc = val_arr_new(0);
  MemResult r = MEM_OK;
  for (size_t i = 0; i < val_arr_len(items) && r == MEM_OK; i++) {
    Value e = val_arr_at(items, i), v;
    if (e.kind == V_NULL) continue;
    r = mem_invoke(e, name, len, args, nargs, &v, err);
    if (r == MEM_OK && v.kind != V_NULL) collect(acc, v);
  }
  val_unref(items);
  if (r != MEM_OK) {
    val_unref(acc);
    return r;
  }
  *out = val_arr_len(acc) ? enum_result(acc) : (val_unref(acc), val_null());
  return MEM_OK;
}

MemResult mem_invoke(Value obj, const char *name, size_t len, const Value *args, int nargs,
                     Value *out, RtError *err) {
  *out = val_null();
  if (obj.kind == V_NULL) {
    rt_fail(err, EXC_RUNTIME, "InvokeMethodOnNull", "InvalidOperation",
            "You cannot call a method on a null-valued expression.");
    return MEM_ERROR;
  }
  const Method *m = own_method(obj, name, len);
  if (!m) m = find_method(any_methods, COUNT(any_methods), name, len);
  if (m) return run_method(m, obj, args, nargs, out, err);
  if (obj.kind == V_ARR && val_arr_len(obj) > 0)
    return enum_invoke(obj, name, len, args, nargs, out, err);
  return method_not_found(obj, name, len, err);
}

/* ------------------------------------------------------------------ */
/* static properties                                                   */

static Value env_newline(void) { return val_cstr("\n"); }

static Value env_machine(void) {
  char buf[256] = "localhost";
  if (gethostname(buf, sizeof buf - 1) != 0) strcpy(buf, "localhost");
  buf[sizeof buf - 1] = 0;
  char *dot = strchr(buf, '.');
  if (dot) *dot = 0;
  return val_cstr(buf);
}

static Value env_user(void) {
  const char *u = getenv("USER");
  if (!u) u = getenv("USERNAME");
  return val_cstr(u ? u : "");
}

static Value env_cwd(void) {
  char buf[4096];
  return val_cstr(getcwd(buf, sizeof buf) ? buf : "");
}

static Value env_procs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return val_int(n > 0 ? (int32_t)n : 1);
}

static Value env_ticks(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return val_int((int32_t)(uint32_t)((int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000));
}

static Value guid_value(const char *text) {
  Value g = val_obj_new(OBJ_GENERIC, "System.Guid");
  val_obj_set(g, "Guid", val_cstr(text));
  return g;
}

static Value guid_empty(void) { return guid_value("00000000-0000-0000-0000-000000000000"); }
static Value str_empty(void) { return val_cstr(""); }
static Value true_string(void) { return val_cstr("True"); }
static Value false_string(void) { return val_cstr("False"); }
static Value math_pi(void) { return val_double(3.14159265358979323846); }
static Value math_e(void) { return val_double(2.71828182845904523536); }
static Value int_max(void) { return val_int(INT32_MAX); }
static Value int_min(void) { return val_int(INT32_MIN); }
static Value long_max(void) { return val_long(INT64_MAX); }
static Value long_min(void) { return val_long(INT64_MIN); }
static Value dbl_max(void) { return val_double(1.7976931348623157e308); }
static Value dbl_min(void) { return val_double(-1.7976931348623157e308); }
static Value dbl_eps(void) { return val_double(4.94065645841247e-324); }
static Value dbl_nan(void) { return val_double(NAN); }
static Value dbl_pinf(void) { return val_double(INFINITY); }
static Value dbl_ninf(void) { return val_double(-INFINITY); }
static Value byte_max(void) { return val_int(255); }
static Value zero(void) { return val_int(0); }
static Value i16_max(void) { return val_int(32767); }
static Value i16_min(void) { return val_int(-32768); }
static Value u16_max(void) { return val_int(65535); }
static Value u32_max(void) { return val_long(4294967295LL); }
static Value sbyte_max(void) { return val_int(127); }
static Value sbyte_min(void) { return val_int(-128); }

typedef struct StaticProp {
  TypeId type;
  const char *name;
  Value (*get)(void);
} StaticProp;

static const StaticProp static_props[] = {
    {T_MATH, "PI", math_pi}, {T_MATH, "E", math_e},
    {T_INT, "MaxValue", int_max}, {T_INT, "MinValue", int_min},
    {T_LONG, "MaxValue", long_max}, {T_LONG, "MinValue", long_min},
    {T_DOUBLE, "MaxValue", dbl_max}, {T_DOUBLE, "MinValue", dbl_min},
    {T_DOUBLE, "Epsilon", dbl_eps}, {T_DOUBLE, "NaN", dbl_nan},
    {T_DOUBLE, "PositiveInfinity", dbl_pinf}, {T_DOUBLE, "NegativeInfinity", dbl_ninf},
    {T_FLOAT, "NaN", dbl_nan},
    {T_BYTE, "MaxValue", byte_max}, {T_BYTE, "MinValue", zero},
    {T_SBYTE, "MaxValue", sbyte_max}, {T_SBYTE, "MinValue", sbyte_min},
    {T_INT16, "MaxValue", i16_max}, {T_INT16, "MinValue", i16_min},
    {T_UINT16, "MaxValue", u16_max}, {T_UINT16, "MinValue", zero},
    {T_UINT32, "MaxValue", u32_max}, {T_UINT32, "MinValue", zero},
    {T_STRING, "Empty", str_empty},
    {T_BOOL, "TrueString", true_string}, {T_BOOL, "FalseString", false_string},
    {T_ENVIRONMENT, "NewLine", env_newline}, {T_ENVIRONMENT, "MachineName", env_machine},
    {T_ENVIRONMENT, "UserName", env_user}, {T_ENVIRONMENT, "CurrentDirectory", env_cwd},
    {T_ENVIRONMENT, "ProcessorCount", env_procs}, {T_ENVIRONMENT, "TickCount", env_ticks},
    {T_GUID, "Empty", guid_empty},
};

MemResult mem_static_get(const TypeInfo *t, const char *name, size_t len, Value *out,
                         RtError *err) {
  (void)err;
  *out = val_null();
  for (size_t i = 0; i < COUNT(static_props); i++)
    if (static_props[i].type == t->id && name_eq(name, len, static_props[i].name))
      return found(out, static_props[i].get());
  return MEM_NOTFOUND;
}

/* ------------------------------------------------------------------ */
/* static methods: [math]                                              */

static bool num_arg(Call *c, int i, Value *n) {
  RtError e = {0};
  Value v = c->args[i];
  if (v.kind == V_INT || v.kind == V_LONG || v.kind == V_DOUBLE) {
    *n = v;
    return true;
  }
  if (conv_to_number(v, n, &e)) return true;
  return arg_conv_fail(c, i, "value", "System.Double", &e);
}

static double as_double(Value n) {
  return n.kind == V_DOUBLE ? n.u.d : n.kind == V_LONG ? (double)n.u.l : (double)n.u.i;
}

static bool away_from_zero(Value v) {
  if (v.kind == V_INT) return v.u.i == 1;
  return v.kind == V_STR && name_eq(val_sdata(v), val_slen(v), "AwayFromZero");
}

/* Math.Round(value[, digits][, mode]): half to even unless AwayFromZero. */
static bool m_round(Value self, Call *c, Value *out) {
  (void)self;
  double x, r;
  int32_t digits = 0;
  bool away = false;
  if (!arg_double(c, 0, "value", &x)) return false;
  if (c->n >= 2 && c->args[1].kind == V_STR) away = away_from_zero(c->args[1]);
  else if (c->n >= 2 && !arg_int(c, 1, "digits", &digits)) return false;
  if (c->n >= 3) away = away_from_zero(c->args[2]);
  if (digits < 0 || digits > 15)
    return arg_range_fail(c, "Rounding digits must be between 0 and 15, inclusive.", "digits");
  double p = pow(10.0, digits);
  if (fabs(x) >= 1e16) r = x;
  else r = (away ? round(x * p) : nearbyint(x * p)) / p;
  *out = val_double(r);
  return true;
}

static bool math1(Call *c, Value *out, double (*fn)(double)) {
  double x;
  if (!arg_double(c, 0, "d", &x)) return false;
  *out = val_double(fn(x));
  return true;
}

static bool m_floor(Value s, Call *c, Value *out) { (void)s; return math1(c, out, floor); }
static bool m_ceiling(Value s, Call *c, Value *out) { (void)s; return math1(c, out, ceil); }
static bool m_truncate(Value s, Call *c, Value *out) { (void)s; return math1(c, out, trunc); }
static bool m_sqrt(Value s, Call *c, Value *out) { (void)s; return math1(c, out, sqrt); }
static bool m_exp(Value s, Call *c, Value *out) { (void)s; return math1(c, out, exp); }
static bool m_log10(Value s, Call *c, Value *out) { (void)s; return math1(c, out, log10); }
static bool m_sin(Value s, Call *c, Value *out) { (void)s; return math1(c, out, sin); }
static bool m_cos(Value s, Call *c, Value *out) { (void)s; return math1(c, out, cos); }
static bool m_tan(Value s, Call *c, Value *out) { (void)s; return math1(c, out, tan); }
static bool m_atan(Value s, Call *c, Value *out) { (void)s; return math1(c, out, atan); }

static bool m_log(Value s, Call *c, Value *out) {
  (void)s;
  double x, b;
  if (!arg_double(c, 0, "a", &x)) return false;
  if (c->n < 2) {
    *out = val_double(log(x));
    return true;
  }
  if (!arg_double(c, 1, "newBase", &b)) return false;
  *out = val_double(log(x) / log(b));
  return true;
}

static bool m_pow(Value s, Call *c, Value *out) {
  (void)s;
  double x, y;
  if (!arg_double(c, 0, "x", &x) || !arg_double(c, 1, "y", &y)) return false;
  *out = val_double(pow(x, y));
  return true;
}

static bool m_atan2(Value s, Call *c, Value *out) {
  (void)s;
  double y, x;
  if (!arg_double(c, 0, "y", &y) || !arg_double(c, 1, "x", &x)) return false;
  *out = val_double(atan2(y, x));
  return true;
}

static bool m_abs(Value s, Call *c, Value *out) {
  (void)s;
  Value n;
  if (!num_arg(c, 0, &n)) return false;
  bool min = (n.kind == V_INT && n.u.i == INT32_MIN) || (n.kind == V_LONG && n.u.l == INT64_MIN);
  if (min)
    return call_fail(c, "OverflowException",
                     "Negating the minimum value of a twos complement number is invalid.");
  if (n.kind == V_INT) *out = val_int(n.u.i < 0 ? -n.u.i : n.u.i);
  else if (n.kind == V_LONG) *out = val_long(n.u.l < 0 ? -n.u.l : n.u.l);
  else *out = val_double(fabs(n.u.d));
  return true;
}

static bool m_sign(Value s, Call *c, Value *out) {
  (void)s;
  Value n;
  if (!num_arg(c, 0, &n)) return false;
  double d = as_double(n);
  if (isnan(d)) return call_fail(c, "ArithmeticException", "Function does not accept floating "
                                 "point Not-a-Number values.");
  *out = val_int(d > 0 ? 1 : d < 0 ? -1 : 0);
  return true;
}

static bool minmax(Call *c, Value *out, bool max) {
  Value a, b;
  if (!num_arg(c, 0, &a) || !num_arg(c, 1, &b)) return false;
  if (a.kind == V_DOUBLE || b.kind == V_DOUBLE) {
    double x = as_double(a), y = as_double(b);
    *out = val_double(isnan(x) || isnan(y) ? NAN : max ? (x > y ? x : y) : (x < y ? x : y));
    return true;
  }
  int64_t x = a.kind == V_LONG ? a.u.l : a.u.i, y = b.kind == V_LONG ? b.u.l : b.u.i;
  int64_t r = max ? (x > y ? x : y) : (x < y ? x : y);
  *out = a.kind == V_INT && b.kind == V_INT ? val_int((int32_t)r) : val_long(r);
  return true;
}

static bool m_max(Value s, Call *c, Value *out) { (void)s; return minmax(c, out, true); }
static bool m_min(Value s, Call *c, Value *out) { (void)s; return minmax(c, out, false); }

/* ------------------------------------------------------------------ */
/* static methods: [string]                                            */

static bool st_isnullorempty(Value s, Call *c, Value *out) {
  (void)s;
  Value v = c->args[0];
  bool empty = v.kind == V_NULL;
  if (!empty) {
    Value str = conv_to_str(v, NULL);
    empty = val_slen(str) == 0;
    val_unref(str);
  }
  *out = val_bool(empty);
  return true;
}

static bool st_isnullorwhitespace(Value s, Call *c, Value *out) {
  (void)s;
  bool blank = true;
  if (c->args[0].kind != V_NULL) {
    Value str = conv_to_str(c->args[0], NULL);
    size_t i = 0, n = val_slen(str);
    while (i < n && blank) blank = cp_space(u8_decode(val_sdata(str), n, &i));
    val_unref(str);
  }
  *out = val_bool(blank);
  return true;
}

/* params-style arguments: (x, array) spreads the array, else args[from..]. */
static void spread_args(const Call *c, int from, const Value **items, size_t *n) {
  if (c->n == from + 1 && c->args[from].kind == V_ARR) {
    *items = c->args[from].u.a->items;
    *n = val_arr_len(c->args[from]);
  } else {
    *items = c->args + from;
    *n = (size_t)(c->n - from);
  }
}

static bool st_join(Value s, Call *c, Value *out) {
  (void)s;
  Value sep = arg_str(c, 0);
  const Value *items;
  size_t n;
  spread_args(c, 1, &items, &n);
  StrBuf b = SB_INIT;
  for (size_t i = 0; i < n; i++) {
    if (i) sb_putn(&b, val_sdata(sep), val_slen(sep));
    conv_append_str(&b, items[i], NULL);
  }
  val_unref(sep);
  *out = sb_value(&b);
  return true;
}

static bool st_concat(Value s, Call *c, Value *out) {
  (void)s;
  const Value *items;
  size_t n;
  spread_args(c, 0, &items, &n);
  StrBuf b = SB_INIT;
  for (size_t i = 0; i < n; i++) conv_append_str(&b, items[i], NULL);
  *out = sb_value(&b);
  return true;
}

static bool st_format(Value s, Call *c, Value *out) {
  (void)s;
  Value f = arg_str(c, 0);
  const Value *items;
  size_t n;
  spread_args(c, 1, &items, &n);
  StrBuf b = SB_INIT;
  RtError e = {0};
  bool ok = fmt_composite(&b, val_sdata(f), val_slen(f), items, (int)n, &e);
  val_unref(f);
  if (ok) {
    *out = sb_value(&b);
    return true;
  }
  sb_free(&b);
  const char *msg = e.msg ? e.msg : "";
  const char *prefix = "Error formatting a string: ";
  if (strncmp(msg, prefix, strlen(prefix)) == 0) msg += strlen(prefix);
  call_fail(c, "FormatException", "%s", msg);
  rt_error_clear(&e);
  return false;
}

static bool st_compare(Value s, Call *c, Value *out) {
  (void)s;
  Value a = c->args[0], b = c->args[1];
  bool ci = c->n > 2 && arg_ignore_case(c->args[2]);
  int cmp = 0;
  if (a.kind == V_NULL || b.kind == V_NULL) {
    cmp = (a.kind != V_NULL) - (b.kind != V_NULL);
  } else {
    Value as = conv_to_str(a, NULL);
    op_compare(as, b, !ci, &cmp, NULL);
    val_unref(as);
  }
  *out = val_int(cmp < 0 ? -1 : cmp > 0);
  return true;
}

static bool st_equals(Value s, Call *c, Value *out) {
  (void)s;
  bool ci = c->n > 2 && arg_ignore_case(c->args[2]);
  Value a = c->args[0], b = c->args[1];
  bool eq = a.kind == V_NULL || b.kind == V_NULL ? a.kind == b.kind
                                                 : op_equal(a, b, !ci) && a.kind == b.kind;
  *out = val_bool(eq);
  return true;
}

/* ------------------------------------------------------------------ */
/* static methods: [Environment] [guid]                                */

static bool env_getvar(Value s, Call *c, Value *out) {
  (void)s;
  char *name = conv_to_cstr(c->args[0], NULL);
  const char *v = getenv(name);
  free(name);
  *out = v ? val_cstr(v) : val_null();
  return true;
}

static bool env_setvar(Value s, Call *c, Value *out) {
  (void)s, (void)out;
  char *name = conv_to_cstr(c->args[0], NULL);
  if (c->args[1].kind == V_NULL || (c->args[1].kind == V_STR && val_slen(c->args[1]) == 0)) {
    unsetenv(name);
  } else {
    char *v = conv_to_cstr(c->args[1], NULL);
    setenv(name, v, 1);
    free(v);
  }
  free(name);
  return true;
}

static void random_bytes(unsigned char *b, size_t n) {
  FILE *f = fopen("/dev/urandom", "rb");
  size_t got = f ? fread(b, 1, n, f) : 0;
  if (f) fclose(f);
  static unsigned seed;
  if (!seed) seed = (unsigned)time(NULL) ^ (unsigned)getpid();
  for (size_t i = got; i < n; i++) b[i] = (unsigned char)(rand_r(&seed) >> 7);
}

static bool g_newguid(Value s, Call *c, Value *out) {
  (void)s, (void)c;
  unsigned char b[16];
  random_bytes(b, sizeof b);
  b[6] = (unsigned char)((b[6] & 0x0F) | 0x40);
  b[8] = (unsigned char)((b[8] & 0x3F) | 0x80);
  char text[37];
  snprintf(text, sizeof text,
           "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
           b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
           b[15]);
  *out = guid_value(text);
  return true;
}

static bool g_parse(Value s, Call *c, Value *out) {
  (void)s;
  Value v = arg_str(c, 0);
  const char *p = val_sdata(v);
  size_t n = val_slen(v);
  if (n == 38 && p[0] == '{' && p[37] == '}') p++, n = 36;
  bool ok = n == 36;
  for (size_t i = 0; i < n && ok; i++)
    ok = (i == 8 || i == 13 || i == 18 || i == 23) ? p[i] == '-'
                                                   : strchr("0123456789abcdefABCDEF", p[i]) && p[i];
  if (ok) {
    Value low = val_str(p, n);
    *out = guid_value(val_sdata(low));
    val_unref(low);
    Value lower = map_case(val_obj_prop(*out, "Guid")[0], cp_lower);
    val_obj_set(*out, "Guid", lower);
  }
  val_unref(v);
  return ok || call_fail(c, "FormatException", "Guid should contain 32 digits with 4 dashes "
                         "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");
}

/* ------------------------------------------------------------------ */
/* static methods: [regex]                                             */

static unsigned regex_options(Value v) {
  unsigned flags = RX_CASE;
  if (v.kind == V_INT) {
    int o = v.u.i;
    return (o & 1 ? 0 : RX_CASE) | (o & 2 ? RX_MULTILINE : 0) | (o & 4 ? RX_EXPLICIT : 0) |
           (o & 16 ? RX_SINGLELINE : 0) | (o & 32 ? RX_IGNOREWS : 0);
  }
  Value s = conv_to_str(v, NULL);
  const char *p = val_sdata(s);
  size_t n = val_slen(s), start = 0;
  static const struct { const char *name; unsigned set, clear; } tab[] = {
      {"IgnoreCase", 0, RX_CASE}, {"Multiline", RX_MULTILINE, 0},
      {"Singleline", RX_SINGLELINE, 0}, {"ExplicitCapture", RX_EXPLICIT, 0},
      {"IgnorePatternWhitespace", RX_IGNOREWS, 0},
  };
  for (size_t i = 0; i <= n; i++) {
    if (i < n && p[i] != ',') continue;
    const char *w = p + start;
    size_t wl = i - start;
    while (wl && *w == ' ') w++, wl--;
    while (wl && w[wl - 1] == ' ') wl--;
    for (size_t k = 0; k < COUNT(tab); k++)
      if (name_eq(w, wl, tab[k].name)) flags = (flags | tab[k].set) & ~tab[k].clear;
    start = i + 1;
  }
  val_unref(s);
  return flags;
}

/* Compile args[pat] with options from args[opt] (if given). */
static Rx *call_rx(Call *c, int pat, int opt) {
  unsigned flags = c->n > opt ? regex_options(c->args[opt]) : RX_CASE;
  Value p = arg_str(c, pat);
  char *msg = NULL;
  Rx *rx = rx_get(val_sdata(p), val_slen(p), flags, &msg);
  val_unref(p);
  if (!rx) call_fail(c, "ArgumentException", "%s", msg ? msg : "Invalid pattern.");
  free(msg);
  return rx;
}

static bool r_escape(Value s, Call *c, Value *out) {
  (void)s;
  Value v = arg_str(c, 0);
  StrBuf b = SB_INIT;
  for (size_t i = 0; i < val_slen(v); i++) {
    char ch = val_sdata(v)[i];
    const char *esc = ch == '\t' ? "\\t" : ch == '\n' ? "\\n" : ch == '\r' ? "\\r"
                      : ch == '\f' ? "\\f" : NULL;
    if (esc) sb_puts(&b, esc);
    else if (ch && strchr("\\*+?|{[()^$.# ", ch)) sb_putc(&b, '\\'), sb_putc(&b, ch);
    else sb_putc(&b, ch);
  }
  val_unref(v);
  *out = sb_value(&b);
  return true;
}

/* Did a match since `before` stop at the backtracking limit? Then the call
 * fails as .NET's Regex methods do on a timeout, and *out is dropped. */
static bool rx_limit_hit(Call *c, unsigned long before, Value *out) {
  if (rx_timeouts() == before) return false;
  val_unref(*out);
  *out = val_null();
  call_fail(c, "RegexMatchTimeoutException", "%s", RX_TIMEOUT_MESSAGE);
  return true;
}

static bool r_ismatch(Value s, Call *c, Value *out) {
  (void)s;
  Rx *rx = call_rx(c, 1, 2);
  if (!rx) return false;
  unsigned long before = rx_timeouts();
  Value in = arg_str(c, 0);
  RxMatch m;
  *out = val_bool(rx_search(rx, val_sdata(in), val_slen(in), 0, &m));
  val_unref(in);
  if (rx_limit_hit(c, before, out)) return false;
  return true;
}

static bool r_replace(Value s, Call *c, Value *out) {
  (void)s;
  Rx *rx = call_rx(c, 1, 3);
  if (!rx) return false;
  unsigned long before = rx_timeouts();
  Value in = arg_str(c, 0), rep = arg_str(c, 2);
  size_t n;
  char *res = rx_replace(rx, val_sdata(in), val_slen(in), val_sdata(rep), val_slen(rep), &n);
  val_unref(in), val_unref(rep);
  *out = val_str_take(res, n);
  if (rx_limit_hit(c, before, out)) return false;
  return true;
}

static void push_piece(const char *piece, size_t plen, void *ctx) {
  val_arr_push(*(Value *)ctx, val_str(piece, plen));
}

static bool r_split(Value s, Call *c, Value *out) {
  (void)s;
  Rx *rx = call_rx(c, 1, 2);
  if (!rx) return false;
  unsigned long before = rx_timeouts();
  Value in = arg_str(c, 0);
  *out = val_arr_new(4);
  rx_split(rx, val_sdata(in), val_slen(in), 0, push_piece, out);
  val_unref(in);
  if (rx_limit_hit(c, before, out)) return false;
  return true;
}

/* A Match (or Group) object for bytes [st, en) of s. */
static Value match_obj(const char *type, const char *s, long st, long en, const char *name) {
  Value m = val_obj_new(OBJ_GENERIC, type);
  bool ok = st >= 0;
  val_obj_set(m, "Success", val_bool(ok));
  val_obj_set(m, "Name", val_cstr(name));
  val_obj_set(m, "Index", val_int(ok ? (int32_t)u8_index(s, (size_t)st) : 0));
  val_obj_set(m, "Length", val_int(ok ? (int32_t)u8_count(s + st, (size_t)(en - st)) : 0));
  val_obj_set(m, "Value", ok ? val_str(s + st, (size_t)(en - st)) : val_cstr(""));
  val_obj_set_text(m, ok ? val_str(s + st, (size_t)(en - st)) : val_cstr("")); /* ToString() */
  return m;
}

Value mem_regex_match(Rx *rx, const char *s, const RxMatch *m) {
  Value obj = match_obj("System.Text.RegularExpressions.Match", s, m->start[0], m->end[0], "0");
  Value groups = val_arr_new((size_t)m->ngroups);
  for (int i = 0; i < m->ngroups && i < RX_MAX_GROUPS; i++) {
    const char *gn = i ? rx_group_name(rx, i) : NULL;
    char num[16];
    snprintf(num, sizeof num, "%d", i ? rx_group_number(rx, i) : 0);
    val_arr_push(groups, match_obj("System.Text.RegularExpressions.Group", s, m->start[i],
                                   m->end[i], gn ? gn : num));
  }
  val_obj_set(obj, "Groups", groups);
  return obj;
}

static bool r_match(Value s, Call *c, Value *out) {
  (void)s;
  Rx *rx = call_rx(c, 1, 2);
  if (!rx) return false;
  unsigned long before = rx_timeouts();
  Value in = arg_str(c, 0);
  RxMatch m;
  if (rx_search(rx, val_sdata(in), val_slen(in), 0, &m)) {
    *out = mem_regex_match(rx, val_sdata(in), &m);
  } else {
    m.ngroups = 1;
    m.start[0] = m.end[0] = -1;
    *out = mem_regex_match(rx, val_sdata(in), &m);
  }
  val_unref(in);
  if (rx_limit_hit(c, before, out)) return false;
  return true;
}

static bool r_matches(Value s, Call *c, Value *out) {
  (void)s;
  Rx *rx = call_rx(c, 1, 2);
  if (!rx) return false;
  unsigned long before = rx_timeouts();
  Value in = arg_str(c, 0);
  const char *p = val_sdata(in);
  size_t n = val_slen(in), from = 0;
  RxMatch m;
  *out = val_arr_new(4);
  while (from <= n && rx_search(rx, p, n, from, &m)) {
    val_arr_push(*out, mem_regex_match(rx, p, &m));
    from = (size_t)m.end[0];
    if (m.end[0] == m.start[0]) {
      if (from >= n) break;
      u8_decode(p, n, &from);
    }
  }
  val_unref(in);
  if (rx_limit_hit(c, before, out)) return false;
  return true;
}

/* ------------------------------------------------------------------ */
/* static methods: [convert] and [int]::Parse                          */

static bool parse_fail(Call *c) {
  return call_fail(c, "FormatException", "Input string was not in a correct format.");
}

/* Parse an integer in base 2, 8, 10 or 16 (two's complement for non-10
 * bases of the given bit width). */
static bool parse_int(Call *c, Value v, int base, int bits, int64_t *out) {
  Value s = conv_to_str(v, NULL);
  char *txt = xstrndup(val_sdata(s), val_slen(s));
  val_unref(s);
  char *p = txt, *end;
  while (*p == ' ' || *p == '\t') p++;
  if (base == 16 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
  errno = 0;
  bool ok = *p != 0;
  if (base == 10) *out = strtoll(p, &end, 10);
  else *out = (int64_t)strtoull(p, &end, base);
  while (*end == ' ' || *end == '\t') end++;
  ok = ok && *end == 0 && errno == 0;
  free(txt);
  if (!ok) return parse_fail(c);
  if (base != 10 && bits == 32) *out = (int32_t)(uint32_t)*out;
  if (bits == 32 && (*out < INT32_MIN || *out > INT32_MAX))
    return call_fail(c, "OverflowException", "Value was either too large or too small for an "
                     "Int32.");
  return true;
}

static bool to_integer(Call *c, int bits, Value *out) {
  int32_t base = 10;
  if (c->n > 1 && !arg_int(c, 1, "fromBase", &base)) return false;
  if (base != 2 && base != 8 && base != 10 && base != 16)
    return call_fail(c, "ArgumentException", "Invalid Base.");
  Value v = c->args[0];
  int64_t r;
  if (v.kind == V_STR || c->n > 1) {
    if (!parse_int(c, v, base, bits, &r)) return false;
  } else {
    RtError e = {0};
    int32_t i;
    bool ok = bits == 32 ? conv_to_int(v, &i, &e) : conv_to_long(v, &r, &e);
    if (!ok) {
      call_fail(c, "InvalidCastException", "%s", e.msg ? e.msg : "");
      rt_error_clear(&e);
      return false;
    }
    if (bits == 32) r = i;
  }
  *out = bits == 32 ? val_int((int32_t)r) : val_long(r);
  return true;
}

static bool cv_toint32(Value s, Call *c, Value *out) { (void)s; return to_integer(c, 32, out); }
static bool cv_toint64(Value s, Call *c, Value *out) { (void)s; return to_integer(c, 64, out); }

static bool cv_todouble(Value s, Call *c, Value *out) {
  (void)s;
  double d;
  RtError e = {0};
  if (!conv_to_double(c->args[0], &d, &e)) {
    rt_error_clear(&e);
    return parse_fail(c);
  }
  *out = val_double(d);
  return true;
}

static bool cv_toboolean(Value s, Call *c, Value *out) {
  (void)s;
  Value v = c->args[0];
  if (v.kind != V_STR) {
    *out = val_bool(conv_to_bool(v));
    return true;
  }
  Value t = conv_to_str(v, NULL);
  const char *p = val_sdata(t);
  size_t n = val_slen(t);
  bool yes = name_eq(p, n, "True"), no = name_eq(p, n, "False");
  val_unref(t);
  if (!yes && !no)
    return call_fail(c, "FormatException", "String was not recognized as a valid Boolean.");
  *out = val_bool(yes);
  return true;
}

static bool cv_tostring(Value s, Call *c, Value *out) {
  (void)s;
  if (c->n < 2) {
    *out = conv_to_str(c->args[0], NULL);
    return true;
  }
  int32_t base;
  int64_t x;
  RtError e = {0};
  if (!arg_int(c, 1, "toBase", &base)) return false;
  if (!conv_to_long(c->args[0], &x, &e)) {
    rt_error_clear(&e);
    return parse_fail(c);
  }
  if (base != 2 && base != 8 && base != 10 && base != 16)
    return call_fail(c, "ArgumentException", "Invalid Base.");
  if (base == 10) {
    *out = val_strf("%lld", (long long)x);
    return true;
  }
  uint64_t u = c->args[0].kind == V_LONG ? (uint64_t)x : (uint64_t)(uint32_t)(int32_t)x;
  char buf[72];
  size_t i = sizeof buf;
  buf[--i] = 0;
  do buf[--i] = "0123456789abcdef"[u % (uint64_t)base], u /= (uint64_t)base; while (u);
  *out = val_cstr(buf + i);
  return true;
}

static bool int_parse(Value s, Call *c, Value *out) {
  (void)s;
  int64_t r;
  if (!parse_int(c, c->args[0], 10, 32, &r)) return false;
  *out = val_int((int32_t)r);
  return true;
}

static bool long_parse(Value s, Call *c, Value *out) {
  (void)s;
  int64_t r;
  if (!parse_int(c, c->args[0], 10, 64, &r)) return false;
  *out = val_long(r);
  return true;
}

/* ------------------------------------------------------------------ */
/* static method table                                                 */

typedef struct StaticMethod {
  TypeId type;
  Method m;
} StaticMethod;

static const StaticMethod static_methods[] = {
    {T_MATH, {"Round", 1, 3, m_round}}, {T_MATH, {"Floor", 1, 1, m_floor}},
    {T_MATH, {"Ceiling", 1, 1, m_ceiling}}, {T_MATH, {"Truncate", 1, 1, m_truncate}},
    {T_MATH, {"Abs", 1, 1, m_abs}}, {T_MATH, {"Sign", 1, 1, m_sign}},
    {T_MATH, {"Max", 2, 2, m_max}}, {T_MATH, {"Min", 2, 2, m_min}},
    {T_MATH, {"Pow", 2, 2, m_pow}}, {T_MATH, {"Sqrt", 1, 1, m_sqrt}},
    {T_MATH, {"Exp", 1, 1, m_exp}}, {T_MATH, {"Log", 1, 2, m_log}},
    {T_MATH, {"Log10", 1, 1, m_log10}}, {T_MATH, {"Sin", 1, 1, m_sin}},
    {T_MATH, {"Cos", 1, 1, m_cos}}, {T_MATH, {"Tan", 1, 1, m_tan}},
    {T_MATH, {"Atan", 1, 1, m_atan}}, {T_MATH, {"Atan2", 2, 2, m_atan2}},
    {T_STRING, {"IsNullOrEmpty", 1, 1, st_isnullorempty}},
    {T_STRING, {"IsNullOrWhiteSpace", 1, 1, st_isnullorwhitespace}},
    {T_STRING, {"Join", 2, 64, st_join}}, {T_STRING, {"Concat", 0, 64, st_concat}},
    {T_STRING, {"Format", 1, 64, st_format}}, {T_STRING, {"Compare", 2, 3, st_compare}},
    {T_STRING, {"Equals", 2, 3, st_equals}},
    {T_ENVIRONMENT, {"GetEnvironmentVariable", 1, 2, env_getvar}},
    {T_ENVIRONMENT, {"SetEnvironmentVariable", 2, 3, env_setvar}},
    {T_GUID, {"NewGuid", 0, 0, g_newguid}}, {T_GUID, {"Parse", 1, 1, g_parse}},
    {T_REGEX, {"Escape", 1, 1, r_escape}}, {T_REGEX, {"IsMatch", 2, 3, r_ismatch}},
    {T_REGEX, {"Replace", 3, 4, r_replace}}, {T_REGEX, {"Split", 2, 3, r_split}},
    {T_REGEX, {"Match", 2, 3, r_match}}, {T_REGEX, {"Matches", 2, 3, r_matches}},
    {T_CONVERT, {"ToInt32", 1, 2, cv_toint32}}, {T_CONVERT, {"ToInt64", 1, 2, cv_toint64}},
    {T_CONVERT, {"ToDouble", 1, 1, cv_todouble}},
    {T_CONVERT, {"ToBoolean", 1, 1, cv_toboolean}},
    {T_CONVERT, {"ToString", 1, 2, cv_tostring}},
    {T_INT, {"Parse", 1, 1, int_parse}}, {T_LONG, {"Parse", 1, 1, long_parse}},
    {T_DOUBLE, {"Parse", 1, 1, cv_todouble}},
};

/* [Exception]::new(message[, inner]): an exception object the evaluator can throw. */
static Value new_exception(const TypeInfo *t, const Value *args, int nargs) {
  Value ex = val_obj_new(OBJ_EXCEPTION, t->full_name);
  Value msg = nargs > 0 ? conv_to_str(args[0], NULL)
                        : val_strf("Exception of type '%s' was thrown.", t->full_name);
  val_obj_set(ex, "Message", msg);
  val_obj_set(ex, "InnerException", nargs > 1 ? val_ref(args[1]) : val_null());
  return ex;
}

/* [T]::new(...) for the constructible types ucsh models. False: no constructor. */
static bool construct(const TypeInfo *t, const Value *args, int nargs, Value *out,
                      RtError *err, MemResult *res) {
  *res = MEM_OK;
  const TypeInfo *exc = type_by_id(T_EXCEPTION);
  if (type_derives(t, exc) && nargs <= 2) {
    *out = new_exception(t, args, nargs);
    return true;
  }
  switch (t->id) {
  case T_ARRAYLIST:
  case T_LIST:
    if (nargs == 1 && args[0].kind == V_ARR) {
      if (!conv_to_type(args[0], t, out, err)) *res = MEM_ERROR;
    } else {
      *out = val_list_new();
      out->u.a->elem = t->id == T_LIST ? t->elem : NULL;
    }
    return nargs <= 1;
  case T_HASHTABLE: *out = val_hash_new(false); return nargs == 0;
  case T_ORDERED: *out = val_hash_new(true); return nargs == 0;
  case T_OBJECT:
  case T_PSOBJECT: *out = val_obj_new(OBJ_GENERIC, "System.Object"); return nargs == 0;
  default: {
    bool failed;
    if (!sec_construct(t, args, nargs, out, err, &failed)) return false;
    if (failed) *res = MEM_ERROR;
    return true;
  }
  }
}

MemResult mem_static_invoke(const TypeInfo *t, const char *name, size_t len, const Value *args,
                            int nargs, Value *out, RtError *err) {
  *out = val_null();
  if (name_eq(name, len, "new")) {
    MemResult r;
    if (construct(t, args, nargs, out, err, &r)) return r;
    val_unref(*out);
    *out = val_null();
  }
  for (size_t i = 0; i < COUNT(static_methods); i++) {
    const StaticMethod *sm = &static_methods[i];
    if (sm->type == t->id && name_eq(name, len, sm->m.name))
      return run_method(&sm->m, val_null(), args, nargs, out, err);
  }
  rt_fail(err, EXC_RUNTIME, "MethodNotFound", "InvalidOperation",
          "Method invocation failed because [%s] does not contain a method named '%.*s'.",
          t->full_name, (int)len, name);
  return MEM_ERROR;
}

/* ------------------------------------------------------------------ */
/* indexing                                                            */

static bool index_int(Value index, int32_t *i, RtError *err) { return conv_to_int(index, i, err); }

/* One element of an array; false when out of range. */
static bool arr_item(Value a, Value index, Value *out, RtError *err, bool *ok) {
  int32_t i;
  *ok = index_int(index, &i, err);
  if (!*ok) return false;
  int64_t k = i < 0 ? (int64_t)val_arr_len(a) + i : i;
  if (k < 0 || k >= (int64_t)val_arr_len(a)) return false;
  *out = val_ref(val_arr_at(a, (size_t)k));
  return true;
}

static bool str_item(Value s, Value index, Value *out, RtError *err, bool *ok) {
  int32_t i;
  *ok = index_int(index, &i, err);
  if (!*ok) return false;
  const char *p = val_sdata(s);
  size_t n = val_slen(s);
  bool ascii = is_ascii(p, n);
  int64_t count = ascii ? (int64_t)n : (int64_t)u8_count(p, n);
  int64_t k = i < 0 ? count + i : i;
  if (k < 0 || k >= count) return false;
  if (ascii) {
    *out = val_str(p + k, 1);
    return true;
  }
  size_t b0 = u8_offset(p, n, (size_t)k), b1 = b0;
  u8_decode(p, n, &b1);
  *out = val_str(p + b0, b1 - b0);
  return true;
}

static bool cannot_index(Value obj, RtError *err) {
  return rt_fail(err, EXC_RUNTIME, "CannotIndex", "InvalidOperation",
                 "Unable to index into an object of type %s.", conv_type_name(obj));
}

/* Scalars index like one-element arrays: [0] and [-1] give the value. */
static bool scalar_item(Value obj, Value index, Value *out, RtError *err, bool *ok) {
  int32_t i;
  RtError e = {0};
  if (!conv_to_int(index, &i, &e)) {
    rt_error_clear(&e);
    *ok = cannot_index(obj, err);
    return false;
  }
  *ok = true;
  if (i != 0 && i != -1) return false;
  *out = val_ref(obj);
  return true;
}

/* obj[index] for one index; *ok false on error; returns whether a value was found. */
static bool index_one(Value obj, Value index, Value *out, RtError *err, bool *ok) {
  *ok = true;
  switch (obj.kind) {
  case V_ARR: return arr_item(obj, index, out, err, ok);
  case V_STR: return str_item(obj, index, out, err, ok);
  case V_HASH: {
    Value *v = index.kind == V_NULL ? NULL : val_hash_get(obj, index);
    if (v) *out = val_ref(*v);
    return v != NULL;
  }
  case V_NULL:
    *ok = rt_fail(err, EXC_RUNTIME, "NullArray", "InvalidOperation",
                  "Cannot index into a null array.");
    return false;
  default: return scalar_item(obj, index, out, err, ok);
  }
}

bool mem_index_get(Value obj, Value index, Value *out, RtError *err) {
  *out = val_null();
  bool ok;
  if (index.kind != V_ARR) {
    index_one(obj, index, out, err, &ok);
    return ok;
  }
  Value acc = val_arr_new(val_arr_len(index));
  for (size_t i = 0; i < val_arr_len(index); i++) {
    Value v;
    if (index_one(obj, val_arr_at(index, i), &v, err, &ok)) val_arr_push(acc, v);
    if (!ok) {
      val_unref(acc);
      return false;
    }
  }
  *out = acc;
  return true;
}

static bool arr_set(Value a, Value index, Value v, RtError *err) {
  int32_t i;
  if (!index_int(index, &i, err)) return false;
  int64_t k = i < 0 ? (int64_t)val_arr_len(a) + i : i;
  if (k < 0 || k >= (int64_t)val_arr_len(a)) {
    if (is_list(a))
      return rt_fail(err, "System.ArgumentOutOfRangeException", NULL, "OperationStopped",
                     "Index was out of range. Must be non-negative and less than the size of "
                     "the collection." PARAM_NL "Parameter name: index");
    return rt_fail(err, EXC_INDEX, "System.IndexOutOfRangeException", "OperationStopped",
                   "Index was outside the bounds of the array.");
  }
  Value item;
  const TypeInfo *t = a.u.a->elem;
  if (t && t->id != T_OBJECT) {
    if (!conv_to_type(v, t, &item, err)) return false;
  } else {
    item = val_ref(v);
  }
  val_arr_set(a, (size_t)k, item);
  return true;
}

bool mem_index_set(Value obj, Value index, Value v, RtError *err) {
  switch (obj.kind) {
  case V_ARR: return arr_set(obj, index, v, err);
  case V_HASH:
    if (index.kind == V_NULL)
      return rt_fail(err, EXC_RUNTIME, "NullArrayIndex", "InvalidOperation",
                     "Index operation failed; the array index evaluated to null.");
    val_hash_set(obj, val_ref(index), val_ref(v));
    return true;
  case V_NULL:
    return rt_fail(err, EXC_RUNTIME, "NullArray", "InvalidOperation",
                   "Cannot index into a null array.");
  default: return cannot_index(obj, err);
  }
}
