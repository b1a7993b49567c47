/* fmt.c - see fmt.h. A port of .NET Framework's number formatting
 * (en-US culture): a number becomes a digit string with a decimal scale
 * (0.d1d2d3... x 10^scale), is rounded half away from zero on those decimal
 * digits, and is laid out by a standard or custom format. Doubles are first
 * reduced to 15 significant digits, as .NET Framework does, so 2.345 shows
 * as 2.35 with "N2". */
#include "fmt.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"

#define NUM_DIGITS 40

typedef struct Num {
  char dig[NUM_DIGITS + 1]; /* significant digits, NUL-terminated, "" for zero */
  int scale;                /* value = 0.dig x 10^scale */
  bool neg;
} Num;

static const char MSG_BADSPEC[] = "Format specifier was invalid.";
static const char MSG_BADFORMAT[] = "Input string was not in a correct format.";
static const char MSG_INDEX[] =
    "Index (zero based) must be greater than or equal to zero and less than the size of the "
    "argument list.";

/* ------------------------------------------------------------------ */
/* Numbers as decimal digit strings                                    */

static void num_from_u64(Num *n, uint64_t v, bool neg) {
  char tmp[24];
  int k = 0;
  while (v) {
    tmp[k++] = (char)('0' + v % 10);
    v /= 10;
  }
  for (int i = 0; i < k; i++) n->dig[i] = tmp[k - 1 - i];
  n->dig[k] = 0;
  n->scale = k;
  n->neg = neg && k > 0;
}

static void num_from_i64(Num *n, int64_t v) {
  uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  num_from_u64(n, u, v < 0);
}

/* A finite double to `prec` significant digits (correctly rounded). */
static void num_from_double(Num *n, double d, int prec) {
  char buf[64];
  n->neg = signbit(d) != 0;
  n->dig[0] = 0;
  n->scale = 0;
  if (d == 0) return;
  snprintf(buf, sizeof buf, "%.*e", prec - 1, fabs(d));
  int k = 0;
  char *p = buf;
  for (; *p && *p != 'e'; p++)
    if (*p >= '0' && *p <= '9' && k < NUM_DIGITS) n->dig[k++] = *p;
  while (k > 0 && n->dig[k - 1] == '0') k--;
  n->dig[k] = 0;
  n->scale = (*p == 'e' ? atoi(p + 1) : 0) + 1;
}

/* Keep `pos` digits, rounding half away from zero (.NET's RoundNumber). */
static void num_round(Num *n, int pos) {
  char *dig = n->dig;
  int i = 0;
  while (i < pos && dig[i]) i++;
  if (i == pos && pos >= 0 && dig[i] >= '5') {
    while (i > 0 && dig[i - 1] == '9') i--;
    if (i > 0) {
      dig[i - 1]++;
    } else {
      n->scale++;
      dig[0] = '1';
      i = 1;
    }
  } else {
    while (i > 0 && dig[i - 1] == '0') i--;
  }
  if (i == 0) {
    n->scale = 0;
    n->neg = false;
  }
  dig[i] = 0;
}

/* ------------------------------------------------------------------ */
/* Standard formats                                                    */

/* Integer part then `ndec` decimals, with "," every three digits if asked. */
static void put_fixed(StrBuf *b, const Num *n, int ndec, bool group) {
  int dp = n->scale;
  const char *d = n->dig;
  if (dp > 0) {
    for (int k = 0; k < dp; k++) {
      sb_putc(b, *d ? *d++ : '0');
      if (group && (dp - 1 - k) % 3 == 0 && k != dp - 1) sb_putc(b, ',');
    }
    dp = 0;
  } else {
    sb_putc(b, '0');
  }
  if (ndec <= 0) return;
  sb_putc(b, '.');
  for (; dp < 0 && ndec > 0; dp++, ndec--) sb_putc(b, '0');
  for (; ndec > 0; ndec--) sb_putc(b, *d ? *d++ : '0');
}

/* "E+003" style: at least `mind` digits. */
static void put_exponent(StrBuf *b, int e, char ech, int mind, bool plus) {
  sb_putc(b, ech);
  if (e < 0) sb_putc(b, '-');
  else if (plus) sb_putc(b, '+');
  sb_printf(b, "%0*d", mind, e < 0 ? -e : e);
}

/* d.dddE+xxx with `ndig` digits in all. */
static void put_scientific(StrBuf *b, const Num *n, int ndig, char ech) {
  const char *d = n->dig;
  sb_putc(b, *d ? *d++ : '0');
  if (ndig != 1) sb_putc(b, '.');
  while (--ndig > 0) sb_putc(b, *d ? *d++ : '0');
  put_exponent(b, n->dig[0] ? n->scale - 1 : 0, ech, 3, true);
}

/* The "G" layout: fixed unless the exponent is out of range. */
static void put_general(StrBuf *b, const Num *n, int ndig, char ech) {
  int dp = n->scale;
  bool sci = false;
  const char *d = n->dig;
  if (dp > ndig || dp < -3) {
    dp = 1;
    sci = true;
  }
  if (dp > 0) {
    do sb_putc(b, *d ? *d++ : '0');
    while (--dp > 0);
  } else {
    sb_putc(b, '0');
  }
  if (*d || dp < 0) {
    sb_putc(b, '.');
    for (; dp < 0; dp++) sb_putc(b, '0');
    while (*d) sb_putc(b, *d++);
  }
  if (sci) put_exponent(b, n->scale - 1, ech, 2, true);
}

/* C F N P E G on a Num; `prec` is -1 when not given, `gdefault` the
 * precision "G" uses then. False for an unknown letter. */
static bool put_standard(StrBuf *b, Num *n, char f, int prec, int gdefault) {
  char up = f & ~0x20;
  switch (up) {
  case 'C':
    if (prec < 0) prec = 2;
    num_round(n, n->scale + prec);
    sb_puts(b, n->neg ? "($" : "$");
    put_fixed(b, n, prec, true);
    if (n->neg) sb_putc(b, ')');
    return true;
  case 'F':
  case 'N':
    if (prec < 0) prec = 2;
    num_round(n, n->scale + prec);
    if (n->neg) sb_putc(b, '-');
    put_fixed(b, n, prec, up == 'N');
    return true;
  case 'P':
    if (prec < 0) prec = 2;
    n->scale += 2;
    num_round(n, n->scale + prec);
    if (n->neg) sb_putc(b, '-');
    put_fixed(b, n, prec, true);
    sb_puts(b, " %");
    return true;
  case 'E':
    if (prec < 0) prec = 6;
    num_round(n, prec + 1);
    if (n->neg) sb_putc(b, '-');
    put_scientific(b, n, prec + 1, f);
    return true;
  case 'G':
    if (prec < 1) prec = gdefault;
    num_round(n, prec);
    if (n->neg) sb_putc(b, '-');
    put_general(b, n, prec, f == 'G' ? 'E' : 'e');
    return true;
  default: return false;
  }
}

/* A standard spec is a letter and at most two digits; *prec gets the
 * digits or -1. Returns the letter, or 0 for a custom format. */
static char parse_standard(const char *spec, size_t len, int *prec) {
  *prec = -1;
  if (len == 0 || len > 3) return 0;
  char c = spec[0];
  if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return 0;
  int p = -1;
  for (size_t i = 1; i < len; i++) {
    if (spec[i] < '0' || spec[i] > '9') return 0;
    p = (p < 0 ? 0 : p * 10) + (spec[i] - '0');
  }
  *prec = p;
  return c;
}

/* ------------------------------------------------------------------ */
/* Custom formats: 0 # . , % ‰ E+0 'lit' "lit" \x and ; sections        */

static bool is_permille(const char *f, size_t n, size_t i) {
  return i + 2 < n && (unsigned char)f[i] == 0xE2 && (unsigned char)f[i + 1] == 0x80 &&
         (unsigned char)f[i + 2] == 0xB0;
}

/* Start of section `section` (0 positive, 1 negative, 2 zero), or 0 when
 * the format has no such section. */
static size_t find_section(const char *f, size_t n, int section) {
  if (section == 0) return 0;
  size_t src = 0;
  while (src < n) {
    char ch = f[src++];
    if (ch == '\'' || ch == '"') {
      while (src < n && f[src] && f[src++] != ch) {
      }
    } else if (ch == '\\') {
      if (src < n && f[src]) src++;
    } else if (ch == ';') {
      if (--section != 0) continue;
      if (src < n && f[src] && f[src] != ';') return src;
      return 0;
    } else if (ch == 0) {
      return 0;
    }
  }
  return 0;
}

typedef struct Pic {
  int digit_count, decimal_pos, first_digit, last_digit;
  bool scientific;
  int thousand_pos, thousand_count, thousand_seps, scale_adjust;
} Pic;

/* First pass over one section: count placeholders and find the options. */
static void pic_scan(Pic *p, const char *f, size_t n, size_t src) {
  *p = (Pic){0, -1, 0x7FFFFFFF, 0, false, -1, 0, 0, 0};
  char ch;
  while (src < n && (ch = f[src++]) != 0 && ch != ';') {
    switch (ch) {
    case '#': p->digit_count++; break;
    case '0':
      if (p->first_digit == 0x7FFFFFFF) p->first_digit = p->digit_count;
      p->digit_count++;
      p->last_digit = p->digit_count;
      break;
    case '.':
      if (p->decimal_pos < 0) p->decimal_pos = p->digit_count;
      break;
    case ',':
      if (p->digit_count > 0 && p->decimal_pos < 0) {
        if (p->thousand_pos >= 0) {
          if (p->thousand_pos == p->digit_count) {
            p->thousand_count++;
            break;
          }
          p->thousand_seps = 1;
        }
        p->thousand_pos = p->digit_count;
        p->thousand_count = 1;
      }
      break;
    case '%': p->scale_adjust += 2; break;
    case '\'':
    case '"':
      while (src < n && f[src] && f[src++] != ch) {
      }
      break;
    case '\\':
      if (src < n && f[src]) src++;
      break;
    case 'E':
    case 'e':
      if ((src < n && f[src] == '0') ||
          (src + 1 < n && (f[src] == '+' || f[src] == '-') && f[src + 1] == '0')) {
        while (++src < n && f[src] == '0') {
        }
        p->scientific = true;
      }
      break;
    default:
      if (is_permille(f, n, src - 1)) {
        p->scale_adjust += 3;
        src += 2;
      }
      break;
    }
  }
  if (p->decimal_pos < 0) p->decimal_pos = p->digit_count;
  if (p->thousand_pos >= 0) {
    if (p->thousand_pos == p->decimal_pos) p->scale_adjust -= p->thousand_count * 3;
    else p->thousand_seps = 1;
  }
}

/* Choose the section and round the number for it; returns its start. */
static size_t pic_prepare(Pic *p, Num *num, const char *f, size_t n) {
  size_t section = find_section(f, n, !num->dig[0] ? 2 : num->neg ? 1 : 0);
  for (;;) {
    pic_scan(p, f, n, section);
    if (!num->dig[0]) {
      num->neg = false;
      num->scale = 0;
      return section;
    }
    num->scale += p->scale_adjust;
    num_round(num, p->scientific ? p->digit_count
                                 : num->scale + p->digit_count - p->decimal_pos);
    if (num->dig[0]) return section;
    size_t z = find_section(f, n, 2);
    if (z == section) return section;
    section = z;
  }
}

typedef struct Out {
  StrBuf *b;
  const Pic *p;
  int dig_pos;
  int seps[512]; /* digit positions after which a "," goes, innermost last */
  int nseps;
} Out;

static void out_digit(Out *o, char ch) {
  sb_putc(o->b, ch);
  if (o->p->thousand_seps && o->dig_pos > 1 && o->nseps > 0 &&
      o->dig_pos == o->seps[o->nseps - 1] + 1) {
    sb_putc(o->b, ',');
    o->nseps--;
  }
}

/* Where the group separators go: after every third integer digit. */
static void plan_groups(Out *o, int first_digit, int adjust) {
  int total = o->dig_pos + (adjust < 0 ? adjust : 0);
  int ndig = first_digit > total ? first_digit : total;
  /* ascending; out_digit uses them from the end, the leftmost first */
  for (int at = 3; ndig > at && o->nseps < 512; at += 3) o->seps[o->nseps++] = at;
}

/* The exponent part of a scientific custom format; src is after 'E'. */
static size_t put_custom_exp(StrBuf *b, const char *f, size_t n, size_t src, char ch,
                             int exp) {
  bool plus = false;
  int mind = 0;
  if (src < n && f[src] == '0') mind++;
  else if (src + 1 < n && f[src] == '+' && f[src + 1] == '0') plus = true;
  while (++src < n && f[src] == '0') mind++;
  if (mind > 10) mind = 10;
  put_exponent(b, exp, ch, mind, plus);
  return src;
}

/* The literal text of 'quoted' or "quoted"; src is after the quote. */
static size_t put_quoted(StrBuf *b, const char *f, size_t n, size_t src, char q) {
  while (src < n && f[src] && f[src] != q) sb_putc(b, f[src++]);
  if (src < n && f[src]) src++;
  return src;
}

static void put_custom(StrBuf *b, Num *num, const char *f, size_t n) {
  Pic p;
  size_t src = pic_prepare(&p, num, f, n);
  bool is_first_section = src == 0;
  int first = p.first_digit < p.decimal_pos ? p.decimal_pos - p.first_digit : 0;
  int last = p.last_digit > p.decimal_pos ? p.decimal_pos - p.last_digit : 0;
  Out o = {.b = b, .p = &p};
  int adjust;
  if (p.scientific) {
    o.dig_pos = p.decimal_pos;
    adjust = 0;
  } else {
    o.dig_pos = num->scale > p.decimal_pos ? num->scale : p.decimal_pos;
    adjust = num->scale - p.decimal_pos;
  }
  if (p.thousand_seps) plan_groups(&o, first, adjust);
  if (num->neg && is_first_section) sb_putc(b, '-');
  bool dec_written = false, sci = p.scientific;
  const char *cur = num->dig;
  char ch;
  while (src < n && (ch = f[src++]) != 0 && ch != ';') {
    if (adjust > 0 && (ch == '#' || ch == '0' || ch == '.')) {
      for (; adjust > 0; adjust--, o.dig_pos--) out_digit(&o, *cur ? *cur++ : '0');
    }
    switch (ch) {
    case '#':
    case '0': {
      char d;
      if (adjust < 0) {
        adjust++;
        d = o.dig_pos <= first ? '0' : 0;
      } else {
        d = *cur ? *cur++ : o.dig_pos > last ? '0' : 0;
      }
      if (d) out_digit(&o, d);
      o.dig_pos--;
      break;
    }
    case '.':
      if (o.dig_pos != 0 || dec_written) break;
      if (last < 0 || (p.decimal_pos < p.digit_count && *cur)) {
        sb_putc(b, '.');
        dec_written = true;
      }
      break;
    case ',': break;
    case '%': sb_putc(b, '%'); break;
    case '\'':
    case '"': src = put_quoted(b, f, n, src, ch); break;
    case '\\':
      if (src < n && f[src]) sb_putc(b, f[src++]);
      break;
    case 'E':
    case 'e':
      if (sci && ((src < n && f[src] == '0') ||
                  (src + 1 < n && (f[src] == '+' || f[src] == '-') && f[src + 1] == '0'))) {
        src = put_custom_exp(b, f, n, src, ch, num->dig[0] ? num->scale - p.decimal_pos : 0);
        sci = false;
      } else {
        sb_putc(b, ch);
        if (src < n && (f[src] == '+' || f[src] == '-')) sb_putc(b, f[src++]);
        while (src < n && f[src] == '0') sb_putc(b, f[src++]);
      }
      break;
    default: sb_putc(b, ch); break;
    }
  }
}

/* ------------------------------------------------------------------ */
/* Integers and doubles                                                */

/* "D" and "X" on an integer; `bits` is 32 or 64. */
static void put_int_d(StrBuf *b, int64_t v, int prec) {
  uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  if (v < 0) sb_putc(b, '-');
  sb_printf(b, "%0*llu", prec > 0 ? prec : 1, (unsigned long long)u);
}

static void put_int_x(StrBuf *b, int64_t v, int bits, int prec, bool upper) {
  uint64_t u = bits == 32 ? (uint64_t)(uint32_t)v : (uint64_t)v;
  sb_printf(b, upper ? "%0*llX" : "%0*llx", prec > 0 ? prec : 1, (unsigned long long)u);
}

static bool fail_spec(RtError *err) {
  return rt_fail(err, EXC_FORMAT, "FormatException", "NotSpecified", "%s", MSG_BADSPEC);
}

static bool fmt_integer(StrBuf *b, int64_t v, int bits, const char *spec, size_t len,
                        RtError *err) {
  int prec;
  char f = parse_standard(spec, len, &prec);
  char up = f & ~0x20;
  if (up == 'D' || (up == 'G' && prec < 1)) {
    put_int_d(b, v, prec);
    return true;
  }
  if (up == 'X') {
    put_int_x(b, v, bits, prec, f == 'X');
    return true;
  }
  Num n;
  num_from_i64(&n, v);
  if (!f) {
    put_custom(b, &n, spec, len);
    return true;
  }
  return put_standard(b, &n, f, prec, 0) || fail_spec(err);
}

/* "R": 15 digits when they read back as the same double, else 17. */
static int roundtrip_digits(double d) {
  char buf[40];
  snprintf(buf, sizeof buf, "%.14e", d);
  return strtod(buf, NULL) == d ? 15 : 17;
}

static bool fmt_double(StrBuf *b, double d, const char *spec, size_t len, RtError *err) {
  int prec;
  char f = parse_standard(spec, len, &prec);
  char up = f & ~0x20;
  if (f && !strchr("CFNPEGR", up)) return fail_spec(err);
  if (isnan(d) || isinf(d)) {
    sb_puts(b, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    return true;
  }
  int digits = 15;
  if (up == 'R') {
    digits = roundtrip_digits(d);
    f = f == 'R' ? 'G' : 'g';
    prec = digits;
  } else if ((up == 'E' && prec > 14) || (up == 'G' && prec > 15)) {
    digits = 17;
  }
  Num n;
  num_from_double(&n, d, digits);
  if (!f) {
    put_custom(b, &n, spec, len);
    return true;
  }
  return put_standard(b, &n, f, prec, 15);
}

/* An array with a format: each element formatted, joined by spaces. */
static bool fmt_array(StrBuf *out, Value v, const char *spec, size_t len, RtError *err) {
  for (size_t i = 0; i < val_arr_len(v); i++) {
    if (i) sb_putc(out, ' ');
    if (!fmt_value(out, val_arr_at(v, i), spec, len, err)) return false;
  }
  return true;
}

bool fmt_value(StrBuf *out, Value v, const char *spec, size_t speclen, RtError *err) {
  if (!spec || speclen == 0) {
    conv_append_str(out, v, NULL);
    return true;
  }
  switch (v.kind) {
  case V_INT: return fmt_integer(out, v.u.i, 32, spec, speclen, err);
  case V_LONG: return fmt_integer(out, v.u.l, 64, spec, speclen, err);
  case V_DOUBLE: return fmt_double(out, v.u.d, spec, speclen, err);
  case V_ARR: return fmt_array(out, v, spec, speclen, err);
  default: conv_append_str(out, v, NULL); return true;
  }
}

/* ------------------------------------------------------------------ */
/* Composite formatting                                                */

/* Length in UTF-16 code units, which is what .NET pads by. */
static size_t utf16_len(const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c & 0xC0) != 0x80) k += c >= 0xF0 ? 2 : 1;
  }
  return k;
}

typedef struct Item {
  int index, width;
  bool left;
  StrBuf spec;
} Item;

static bool fmt_err(RtError *err, const char *msg) {
  return rt_fail(err, EXC_FORMAT, "FormatError", "InvalidOperation",
                 "Error formatting a string: %s.", msg);
}

/* A run of digits (value capped at 1,000,000 as .NET does); false when the
 * text ends inside it. */
static bool scan_number(const char *f, size_t len, size_t *pos, int *val) {
  int v = 0;
  do {
    v = v * 10 + (f[*pos] - '0');
    if (++*pos == len) return false;
  } while (f[*pos] >= '0' && f[*pos] <= '9' && v < 1000000);
  *val = v;
  return true;
}

static void skip_spaces(const char *f, size_t len, size_t *pos) {
  while (*pos < len && f[*pos] == ' ') ++*pos;
}

/* ",[-]width" after an index; f[*pos] is ','. */
static bool scan_alignment(const char *f, size_t len, size_t *pos, Item *it) {
  ++*pos;
  skip_spaces(f, len, pos);
  if (*pos == len) return false;
  if (f[*pos] == '-') {
    it->left = true;
    if (++*pos == len) return false;
  }
  if (f[*pos] < '0' || f[*pos] > '9') return false;
  return scan_number(f, len, pos, &it->width);
}

/* ":spec" up to the closing brace, with {{ and }} unescaped; f[*pos] is ':'. */
static bool scan_spec(const char *f, size_t len, size_t *pos, Item *it) {
  ++*pos;
  for (;;) {
    if (*pos == len) return false;
    char ch = f[(*pos)++];
    if (ch == '{') {
      if (*pos < len && f[*pos] == '{') ++*pos;
      else return false;
    } else if (ch == '}') {
      if (*pos < len && f[*pos] == '}') {
        ++*pos;
      } else {
        --*pos;
        return true;
      }
    }
    sb_putc(&it->spec, ch);
  }
}

/* Parse one "{index[,alignment][:spec]}" item; f[*pos] is '{'. Returns 0
 * on success, else the error message. */
static const char *scan_item(const char *f, size_t len, size_t *pos, int nargs, Item *it) {
  ++*pos;
  if (*pos == len || f[*pos] < '0' || f[*pos] > '9') return MSG_BADFORMAT;
  if (!scan_number(f, len, pos, &it->index)) return MSG_BADFORMAT;
  if (it->index >= nargs) return MSG_INDEX;
  skip_spaces(f, len, pos);
  if (*pos < len && f[*pos] == ',' && !scan_alignment(f, len, pos, it)) return MSG_BADFORMAT;
  skip_spaces(f, len, pos);
  if (*pos < len && f[*pos] == ':' && !scan_spec(f, len, pos, it)) return MSG_BADFORMAT;
  if (*pos >= len || f[*pos] != '}') return MSG_BADFORMAT;
  ++*pos;
  return NULL;
}

static void pad(StrBuf *out, int n) {
  for (; n > 0; n--) sb_putc(out, ' ');
}

/* Format one item's value and pad it to its alignment. */
static bool put_item(StrBuf *out, const Item *it, const Value *args, RtError *err) {
  StrBuf tmp = SB_INIT;
  RtError e = {0};
  bool ok = fmt_value(&tmp, args[it->index], it->spec.data, it->spec.len, &e);
  if (!ok) {
    fmt_err(err, e.msg ? e.msg : MSG_BADSPEC);
    rt_error_clear(&e);
    sb_free(&tmp);
    return false;
  }
  int padn = it->width - (int)utf16_len(tmp.data ? tmp.data : "", tmp.len);
  if (!it->left) pad(out, padn);
  sb_putn(out, tmp.data ? tmp.data : "", tmp.len);
  if (it->left) pad(out, padn);
  sb_free(&tmp);
  return true;
}

/* Literal text up to the next item, unescaping {{ and }}. Returns false on
 * a lone '}'; leaves *pos at the '{' of an item or at len. */
static bool copy_literal(StrBuf *out, const char *f, size_t len, size_t *pos) {
  while (*pos < len) {
    char ch = f[(*pos)++];
    if (ch == '}') {
      if (*pos < len && f[*pos] == '}') ++*pos;
      else return false;
    } else if (ch == '{') {
      if (*pos < len && f[*pos] == '{') {
        ++*pos;
      } else {
        --*pos;
        return true;
      }
    }
    sb_putc(out, ch);
  }
  return true;
}

static bool composite_fail(StrBuf *out, size_t start, RtError *err, const char *msg) {
  out->len = start;
  if (out->data) out->data[start] = 0;
  if (msg) fmt_err(err, msg);
  return false;
}

bool fmt_composite(StrBuf *out, const char *fmt, size_t len, const Value *args, int nargs,
                   RtError *err) {
  size_t start = out->len, pos = 0;
  if (!fmt) len = 0;
  for (;;) {
    if (!copy_literal(out, fmt, len, &pos)) return composite_fail(out, start, err, MSG_BADFORMAT);
    if (pos >= len) return true;
    Item it = {0, 0, false, SB_INIT};
    const char *msg = scan_item(fmt, len, &pos, nargs, &it);
    bool ok = !msg && put_item(out, &it, args, err);
    sb_free(&it.spec);
    if (!ok) return composite_fail(out, start, err, msg);
  }
}
