/* regex.c - see regex.h. .NET regular expressions on PCRE2 and PowerShell
 * wildcards.
 *
 * Handles: every Rx ever returned lives in a hash table until
 * rx_cache_clear, so a borrowed Rx never dangles. Only the compiled code is
 * bounded: at most RX_LIVE_MAX patterns hold compiled code at once; the least
 * recently used one is dropped and recompiled on its next use. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "regex.h"
#include "../parser/xalloc.h"

#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

#define RX_LIVE_MAX 64
#define RX_MATCH_LIMIT 2000000u /* about 0.1 s of backtracking */
#define RX_DEPTH_LIMIT 1000000u
#define RX_HEAP_LIMIT_KB 262144u /* 256 MiB of backtracking frames */

struct Rx {
  char *pat;             /* the caller's pattern (the cache key, with flags) */
  size_t len;
  unsigned flags;
  uint32_t hash;
  Rx *next;              /* hash chain */
  char *xlat;            /* the translated PCRE2 pattern */
  size_t xlen;
  uint32_t opts;         /* PCRE2 compile options */
  pcre2_code *code;      /* NULL while evicted */
  pcre2_match_data *md;
  unsigned long stamp;   /* last use, for LRU eviction */
  int ngroups;           /* incl. group 0, at most RX_MAX_GROUPS */
  char *names[RX_MAX_GROUPS]; /* per PCRE2 group; NULL when unnamed */
  int num[RX_MAX_GROUPS];     /* .NET number of PCRE2 group i */
  int idx[RX_MAX_GROUPS];     /* PCRE2 group of .NET number n */
};

static struct {
  Rx **tab;
  size_t cap, count;
  Rx *live[RX_LIVE_MAX];
  int nlive;
  unsigned long clock;
  pcre2_match_context *mctx;
  pcre2_compile_context *cctx;
  bool timed_out;
  unsigned long timeouts; /* limit hits since start (never reset) */
} g;

/* ------------------------------------------------------------------ */
/* UTF-8 helpers                                                       */

/* Length of the UTF-8 sequence starting at s[i] (1 for a stray byte). */
static size_t u8len(const char *s, size_t len, size_t i) {
  unsigned char c = (unsigned char)s[i];
  size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + n > len) return 1;
  for (size_t k = 1; k < n; k++)
    if (((unsigned char)s[i + k] & 0xC0) != 0x80) return 1;
  return n;
}

/* Decode the code point at s[*i] and advance *i. A stray byte decodes to
 * 0x110000 + byte, which no real character equals. */
static unsigned u8dec(const char *s, size_t len, size_t *i) {
  size_t n = u8len(s, len, *i);
  const unsigned char *p = (const unsigned char *)s + *i;
  unsigned c = p[0];
  *i += n;
  if (n == 1) return c < 0x80 ? c : 0x110000 + c;
  c &= 0xFF >> (n + 1);
  for (size_t k = 1; k < n; k++) c = (c << 6) | (p[k] & 0x3F);
  return c;
}

/* ------------------------------------------------------------------ */
/* .NET -> PCRE2 pattern translation                                   */

typedef struct Xl {
  const char *p;
  size_t n, i;
  unsigned flags;
  const int *remap;  /* .NET group number -> PCRE2 number, or NULL */
  int nremap;
  bool backref;      /* saw a numbered back reference */
} Xl;

static char *dup_n(const char *s, size_t n) {
  char *d = xmalloc(n + 1);
  memcpy(d, s, n);
  d[n] = 0;
  return d;
}

static bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Copy the UTF-8 character at x->i. */
static void xl_copy_char(Xl *x, StrBuf *o) {
  size_t k = u8len(x->p, x->n, x->i);
  sb_putn(o, x->p + x->i, k);
  x->i += k;
}

/* \uXXXX (.NET) becomes \x{XXXX}. Returns false when it is not one. */
static bool xl_unicode(Xl *x, StrBuf *o) {
  if (x->i + 5 > x->n) return false;
  for (int k = 1; k <= 4; k++)
    if (!is_hex(x->p[x->i + k])) return false;
  sb_puts(o, "\\x{");
  sb_putn(o, x->p + x->i + 1, 4);
  sb_putc(o, '}');
  x->i += 5;
  return true;
}

/* A numbered back reference \N: renumber it when group numbers differ. */
static void xl_backref(Xl *x, StrBuf *o) {
  size_t j = x->i;
  int num = 0;
  while (j < x->n && is_digit(x->p[j]) && num < 100000) num = num * 10 + (x->p[j++] - '0');
  x->backref = true;
  if (x->remap && num < x->nremap && x->remap[num] > 0) {
    sb_printf(o, "\\g{%d}", x->remap[num]);
  } else {
    sb_putc(o, '\\');
    sb_putn(o, x->p + x->i, j - x->i);
  }
  x->i = j;
}

/* \p{...} or \P{...}: copied whole. */
static void xl_prop(Xl *x, StrBuf *o) {
  size_t j = x->i + 1;
  if (j < x->n && x->p[j] == '{') {
    while (j < x->n && x->p[j] != '}') j++;
    if (j < x->n) j++;
  }
  sb_putc(o, '\\');
  sb_putn(o, x->p + x->i, j - x->i);
  x->i = j;
}

/* An escape; x->i is just past the backslash. Returns true when it was a
 * class escape (\w \d \s \W \D \S \p \P). */
static bool xl_escape(Xl *x, StrBuf *o, bool in_class) {
  if (x->i >= x->n) {
    sb_putc(o, '\\');
    return false;
  }
  char c = x->p[x->i];
  if (strchr("wWdDsS", c)) {
    sb_putc(o, '\\');
    sb_putc(o, c);
    x->i++;
    return true;
  }
  if (c == 'p' || c == 'P') {
    xl_prop(x, o);
    return true;
  }
  if (c == 'u' && xl_unicode(x, o)) return false;
  if (!in_class && c >= '1' && c <= '9') {
    xl_backref(x, o);
    return false;
  }
  sb_putc(o, '\\');
  xl_copy_char(x, o);
  return false;
}

static bool xl_class(Xl *x, StrBuf *o);

/* .NET class subtraction "[base-[sub]]": PCRE2 has none, so it becomes
 * (?:(?!sub)base). `start` is where the base class begins in o; x->i is at
 * the inner '['. */
static bool xl_subtract(Xl *x, StrBuf *o, size_t start) {
  StrBuf sub = SB_INIT;
  x->i++;
  bool ok = xl_class(x, &sub);
  if (ok && x->i < x->n && x->p[x->i] == ']') {
    x->i++;
    sb_putc(o, ']');
    char *base = dup_n(o->data + start, o->len - start);
    o->len = start;
    o->data[start] = 0;
    sb_puts(o, "(?:(?!");
    sb_puts(o, sb_cstr(&sub));
    sb_putc(o, ')');
    sb_puts(o, base);
    sb_putc(o, ')');
    free(base);
  } else {
    ok = false;
  }
  sb_free(&sub);
  return ok;
}

/* A character class; x->i is just past '['. Emits "[...]" to o and leaves
 * x->i past the closing ']'. Returns false if it is unterminated (the
 * rest is copied so PCRE2 reports the error). */
static bool xl_class(Xl *x, StrBuf *o) {
  size_t start = o->len;
  sb_putc(o, '[');
  if (x->i < x->n && x->p[x->i] == '^') sb_putc(o, x->p[x->i++]);
  bool first = true;
  while (x->i < x->n) {
    char c = x->p[x->i];
    if (c == ']' && !first) {
      x->i++;
      sb_putc(o, ']');
      return true;
    }
    first = false;
    if (c == '\\') {
      x->i++;
      if (xl_escape(x, o, true) && x->i < x->n && x->p[x->i] == '-') {
        sb_puts(o, "\\-"); /* .NET: a hyphen after a class escape is literal */
        x->i++;
      }
    } else if (c == '-' && x->i + 1 < x->n && x->p[x->i + 1] == '[' && o->len > start + 1) {
      x->i++;
      return xl_subtract(x, o, start);
    } else if (c == '[' || c == ']') {
      sb_putc(o, '\\'); /* literal in .NET; keeps PCRE2 from seeing [:alpha:] */
      sb_putc(o, c);
      x->i++;
    } else {
      xl_copy_char(x, o);
    }
  }
  return false;
}

/* A '#' comment under IgnorePatternWhitespace: copied up to the newline. */
static void xl_comment(Xl *x, StrBuf *o) {
  while (x->i < x->n && x->p[x->i] != '\n') sb_putc(o, x->p[x->i++]);
}

static void xl_run(Xl *x, StrBuf *o) {
  while (x->i < x->n) {
    char c = x->p[x->i];
    if (c == '\\') {
      x->i++;
      xl_escape(x, o, false);
    } else if (c == '[') {
      x->i++;
      if (!xl_class(x, o)) return;
    } else if (c == '#' && (x->flags & RX_IGNOREWS)) {
      xl_comment(x, o);
    } else {
      xl_copy_char(x, o);
    }
  }
}

static char *translate(const char *pat, size_t len, unsigned flags, const int *remap, int nremap,
                       size_t *outlen, bool *backref) {
  Xl x = {pat, len, 0, flags, remap, nremap, false};
  StrBuf o = SB_INIT;
  xl_run(&x, &o);
  if (backref) *backref = x.backref;
  return sb_take(&o, outlen);
}

/* ------------------------------------------------------------------ */
/* Error messages                                                      */

/* The .NET wording for the common PCRE2 compile errors, else PCRE2's. */
static void rx_reason(int code, const char *xp, size_t off, char *buf, size_t bufsz) {
  char prev = off > 0 ? xp[off - 1] : 0, cur = xp[off];
  switch (code) {
  case PCRE2_ERROR_MISSING_CLOSING_PARENTHESIS: snprintf(buf, bufsz, "Not enough )'s"); return;
  case PCRE2_ERROR_UNMATCHED_CLOSING_PARENTHESIS: snprintf(buf, bufsz, "Too many )'s"); return;
  case PCRE2_ERROR_MISSING_SQUARE_BRACKET: snprintf(buf, bufsz, "Unterminated [] set"); return;
  case PCRE2_ERROR_END_BACKSLASH: snprintf(buf, bufsz, "Illegal \\ at end of pattern"); return;
  case PCRE2_ERROR_CLASS_RANGE_ORDER: snprintf(buf, bufsz, "[x-y] range in reverse order"); return;
  case PCRE2_ERROR_QUANTIFIER_OUT_OF_ORDER:
    snprintf(buf, bufsz, "Illegal {x,y} with x > y");
    return;
  case PCRE2_ERROR_UNKNOWN_ESCAPE:
    snprintf(buf, bufsz, "Unrecognized escape sequence \\%c", prev == '\\' ? cur : prev);
    return;
  case PCRE2_ERROR_QUANTIFIER_INVALID:
    if (off > 0 && strchr("*+?}", prev) && strchr("*+?{", cur ? cur : 'x'))
      snprintf(buf, bufsz, "Nested quantifier %c", cur);
    else
      snprintf(buf, bufsz, "Quantifier {x,y} following nothing");
    return;
  default: break;
  }
  PCRE2_UCHAR msg[256];
  if (pcre2_get_error_message(code, msg, sizeof msg) < 0) strcpy((char *)msg, "invalid pattern");
  snprintf(buf, bufsz, "%s", (char *)msg);
}

static char *rx_errmsg(const char *pat, size_t len, const char *reason) {
  StrBuf b = SB_INIT;
  sb_puts(&b, "parsing \"");
  sb_putn(&b, pat, len);
  sb_puts(&b, "\" - ");
  sb_puts(&b, reason);
  sb_putc(&b, '.');
  return sb_take(&b, NULL);
}

/* ------------------------------------------------------------------ */
/* Compiling and the cache                                             */

static uint32_t rx_hash(const char *s, size_t len, unsigned flags) {
  uint32_t h = 2166136261u ^ flags;
  for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static uint32_t rx_options(unsigned flags) {
  uint32_t o = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
  if (!(flags & RX_CASE)) o |= PCRE2_CASELESS;
  if (flags & RX_LITERAL) return o | PCRE2_LITERAL; /* LITERAL allows few options */
  o |= PCRE2_UCP | PCRE2_DUPNAMES;
  if (flags & RX_MULTILINE) o |= PCRE2_MULTILINE;
  if (flags & RX_SINGLELINE) o |= PCRE2_DOTALL;
  if (flags & RX_EXPLICIT) o |= PCRE2_NO_AUTO_CAPTURE;
  if (flags & RX_IGNOREWS) o |= PCRE2_EXTENDED;
  return o;
}

static void rx_drop_code(Rx *rx) {
  pcre2_match_data_free(rx->md);
  pcre2_code_free(rx->code);
  rx->md = NULL;
  rx->code = NULL;
}

/* Make room in the live set, dropping the least recently used code. */
static void rx_make_room(void) {
  if (g.nlive < RX_LIVE_MAX) return;
  int old = 0;
  for (int i = 1; i < g.nlive; i++)
    if (g.live[i]->stamp < g.live[old]->stamp) old = i;
  rx_drop_code(g.live[old]);
  g.live[old] = g.live[--g.nlive];
}

/* .NET: only \n is a line break for '.', '^' and '$', whatever PCRE2's
 * build default is. */
static pcre2_compile_context *rx_cctx(void) {
  if (!g.cctx) {
    g.cctx = pcre2_compile_context_create(NULL);
    if (!g.cctx) xalloc_die();
    pcre2_set_newline(g.cctx, PCRE2_NEWLINE_LF);
  }
  return g.cctx;
}

static pcre2_code *rx_compile(const char *xp, size_t xlen, uint32_t opts, int *ecode,
                              size_t *eoff) {
  PCRE2_SIZE off = 0;
  pcre2_code *c = pcre2_compile((PCRE2_SPTR)xp, xlen, opts, ecode, &off, rx_cctx());
  *eoff = off;
  return c;
}

/* Give rx the compiled code c (taken) and add it to the live set. */
static bool rx_install(Rx *rx, pcre2_code *c) {
  pcre2_match_data *md = pcre2_match_data_create_from_pattern(c, NULL);
  if (!md) {
    pcre2_code_free(c);
    return false;
  }
  rx_make_room();
  rx->code = c;
  rx->md = md;
  g.live[g.nlive++] = rx;
  return true;
}

/* Ensure rx has compiled code (recompiling an evicted pattern). */
static bool rx_ensure(Rx *rx) {
  rx->stamp = ++g.clock;
  if (rx->code) return true;
  int ec;
  size_t eo;
  pcre2_code *c = rx_compile(rx->xlat, rx->xlen, rx->opts, &ec, &eo);
  return c && rx_install(rx, c);
}

/* Fill names[], num[] and idx[] from the compiled code. .NET numbers the
 * unnamed groups first, then the named ones in order of appearance. */
static void rx_number_groups(Rx *rx, pcre2_code *c) {
  uint32_t cap = 0, count = 0, esz = 0;
  PCRE2_SPTR table = NULL;
  pcre2_pattern_info(c, PCRE2_INFO_CAPTURECOUNT, &cap);
  pcre2_pattern_info(c, PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(c, PCRE2_INFO_NAMEENTRYSIZE, &esz);
  pcre2_pattern_info(c, PCRE2_INFO_NAMETABLE, &table);
  rx->ngroups = cap + 1 < RX_MAX_GROUPS ? (int)cap + 1 : RX_MAX_GROUPS;
  for (uint32_t k = 0; k < count; k++) {
    const unsigned char *e = table + (size_t)k * esz;
    int gi = (e[0] << 8) | e[1];
    const char *name = (const char *)e + 2;
    if (gi < rx->ngroups && !rx->names[gi]) rx->names[gi] = dup_n(name, strlen(name));
  }
  int next = 1;
  for (int i = 1; i < rx->ngroups; i++)
    if (!rx->names[i]) rx->num[i] = next++;
  for (int i = 1; i < rx->ngroups; i++)
    if (rx->names[i]) rx->num[i] = next++;
  for (int i = 0; i < rx->ngroups; i++) rx->idx[rx->num[i]] = i;
}

static bool rx_identity(const Rx *rx) {
  for (int i = 0; i < rx->ngroups; i++)
    if (rx->num[i] != i) return false;
  return true;
}

static void rx_free(Rx *rx) {
  rx_drop_code(rx);
  for (int i = 0; i < RX_MAX_GROUPS; i++) free(rx->names[i]);
  free(rx->pat);
  free(rx->xlat);
  free(rx);
}

/* When the numbering differs from PCRE2's and the pattern uses numbered
 * back references, translate again with the references renumbered. */
static pcre2_code *rx_renumber(Rx *rx, pcre2_code *c) {
  size_t xl, eo;
  int ec;
  free(rx->xlat);
  rx->xlat = translate(rx->pat, rx->len, rx->flags, rx->idx, rx->ngroups, &xl, NULL);
  rx->xlen = xl;
  pcre2_code *c2 = rx_compile(rx->xlat, rx->xlen, rx->opts, &ec, &eo);
  if (!c2) return c; /* keep the first compile: it was valid */
  pcre2_code_free(c);
  return c2;
}

/* Build a new handle; NULL with *errmsg on a bad pattern. */
static Rx *rx_build(const char *pat, size_t len, unsigned flags, char **errmsg) {
  Rx *rx = xcalloc(1, sizeof *rx);
  rx->pat = xmalloc(len + 1);
  memcpy(rx->pat, pat, len);
  rx->pat[len] = 0;
  rx->len = len;
  rx->flags = flags;
  rx->opts = rx_options(flags);
  bool backref = false;
  if (flags & RX_LITERAL) {
    rx->xlat = dup_n(pat, len);
    rx->xlen = len;
  } else {
    rx->xlat = translate(pat, len, flags, NULL, 0, &rx->xlen, &backref);
  }
  int ec;
  size_t eo;
  pcre2_code *c = rx_compile(rx->xlat, rx->xlen, rx->opts, &ec, &eo);
  if (!c) {
    char reason[300];
    rx_reason(ec, rx->xlat, eo < rx->xlen ? eo : rx->xlen, reason, sizeof reason);
    if (errmsg) *errmsg = rx_errmsg(pat, len, reason);
    rx_free(rx);
    return NULL;
  }
  rx_number_groups(rx, c);
  if (backref && !rx_identity(rx)) c = rx_renumber(rx, c);
  rx->stamp = ++g.clock;
  rx_install(rx, c); /* on failure rx_ensure retries later */
  return rx;
}

static void rx_table_grow(void) {
  size_t cap = g.cap ? g.cap * 2 : 64;
  Rx **tab = xcalloc(cap, sizeof *tab);
  for (size_t i = 0; i < g.cap; i++) {
    for (Rx *r = g.tab[i], *nx; r; r = nx) {
      nx = r->next;
      r->next = tab[r->hash & (cap - 1)];
      tab[r->hash & (cap - 1)] = r;
    }
  }
  free(g.tab);
  g.tab = tab;
  g.cap = cap;
}

Rx *rx_get(const char *pat, size_t len, unsigned flags, char **errmsg) {
  if (errmsg) *errmsg = NULL;
  if (!pat) pat = "";
  uint32_t h = rx_hash(pat, len, flags);
  if (g.cap) {
    for (Rx *r = g.tab[h & (g.cap - 1)]; r; r = r->next)
      if (r->hash == h && r->flags == flags && r->len == len && !memcmp(r->pat, pat, len))
        return r;
  }
  Rx *rx = rx_build(pat, len, flags, errmsg);
  if (!rx) return NULL;
  if (g.count + 1 > g.cap / 2) rx_table_grow();
  rx->hash = h;
  rx->next = g.tab[h & (g.cap - 1)];
  g.tab[h & (g.cap - 1)] = rx;
  g.count++;
  return rx;
}

void rx_cache_clear(void) {
  for (size_t i = 0; i < g.cap; i++) {
    for (Rx *r = g.tab[i], *nx; r; r = nx) {
      nx = r->next;
      rx_free(r);
    }
  }
  free(g.tab);
  pcre2_match_context_free(g.mctx);
  pcre2_compile_context_free(g.cctx);
  memset(&g, 0, sizeof g);
}

bool rx_timed_out(void) { return g.timed_out; }
unsigned long rx_timeouts(void) { return g.timeouts; }

/* ------------------------------------------------------------------ */
/* Matching                                                            */

static pcre2_match_context *rx_mctx(void) {
  if (!g.mctx) {
    g.mctx = pcre2_match_context_create(NULL);
    if (!g.mctx) xalloc_die();
    pcre2_set_match_limit(g.mctx, RX_MATCH_LIMIT);
    pcre2_set_depth_limit(g.mctx, RX_DEPTH_LIMIT);
    pcre2_set_heap_limit(g.mctx, RX_HEAP_LIMIT_KB);
  }
  return g.mctx;
}

/* One match attempt at or after `from`; a hit limit counts as no match and
 * sets the timed-out flag. */
static bool rx_exec(Rx *rx, const char *s, size_t len, size_t from, RxMatch *m) {
  if (!rx || from > len || !rx_ensure(rx)) return false;
  if (!s) s = "";
  int rc = pcre2_match(rx->code, (PCRE2_SPTR)s, len, from, 0, rx->md, rx_mctx());
  if (rc < 0) {
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_HEAPLIMIT)
      g.timed_out = true, g.timeouts++;
    return false;
  }
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rx->md);
  uint32_t nov = pcre2_get_ovector_count(rx->md);
  m->ngroups = rx->ngroups;
  for (int i = 0; i < rx->ngroups; i++) {
    bool set = (uint32_t)i < nov && ov[2 * i] != PCRE2_UNSET;
    m->start[i] = set ? (long)ov[2 * i] : -1;
    m->end[i] = set ? (long)ov[2 * i + 1] : -1;
    if (set && m->end[i] < m->start[i]) m->end[i] = m->start[i]; /* \K oddities */
  }
  return true;
}

bool rx_search(Rx *rx, const char *s, size_t len, size_t from, RxMatch *m) {
  g.timed_out = false;
  return rx_exec(rx, s, len, from, m);
}

int rx_group_count(Rx *rx) { return rx ? rx->ngroups : 0; }

const char *rx_group_name(Rx *rx, int i) {
  return rx && i > 0 && i < rx->ngroups ? rx->names[i] : NULL;
}

int rx_group_number(Rx *rx, int i) {
  return rx && i >= 0 && i < rx->ngroups ? rx->num[i] : i;
}

/* Where to look next after match m: past an empty match by one character. */
static size_t rx_next_from(const char *s, size_t len, const RxMatch *m) {
  size_t e = (size_t)m->end[0];
  if (m->end[0] > m->start[0]) return e;
  return e < len ? e + u8len(s, len, e) : len + 1;
}

/* ------------------------------------------------------------------ */
/* Replacement                                                         */

typedef struct Rep {
  Rx *rx;
  const char *s;
  size_t len;
  const RxMatch *m;
} Rep;

/* Append .NET group `num` (by .NET number) of the match. */
static void rep_group(StrBuf *o, const Rep *r, int num) {
  int gi = r->rx->idx[num];
  if (r->m->start[gi] >= 0)
    sb_putn(o, r->s + r->m->start[gi], (size_t)(r->m->end[gi] - r->m->start[gi]));
}

/* The PCRE2 group named name[0..n) that took part, else the first one;
 * returns its .NET number or -1. */
static int rep_named(const Rep *r, const char *name, size_t n) {
  int found = -1;
  for (int i = 1; i < r->rx->ngroups; i++) {
    const char *nm = r->rx->names[i];
    if (!nm || strlen(nm) != n || memcmp(nm, name, n)) continue;
    if (found < 0 || r->m->start[i] >= 0) found = r->rx->num[i];
    if (r->m->start[i] >= 0) break;
  }
  return found;
}

static bool is_word(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         (unsigned char)c >= 0x80;
}

/* ${...}: a group by number or name. t[i] is '{'. Returns the index past
 * it, or 0 when it is not a valid reference. */
static size_t rep_braced(StrBuf *o, const Rep *r, const char *t, size_t tl, size_t i) {
  size_t j = i + 1;
  int num = -1;
  if (j < tl && is_digit(t[j])) {
    long v = 0;
    for (; j < tl && is_digit(t[j]); j++)
      if (v < 100000) v = v * 10 + (t[j] - '0');
    num = v < r->rx->ngroups ? (int)v : -1;
  } else if (j < tl && is_word(t[j])) {
    size_t k = j;
    while (j < tl && is_word(t[j])) j++;
    num = rep_named(r, t + k, j - k);
  }
  if (num < 0 || j >= tl || t[j] != '}') return 0;
  rep_group(o, r, num);
  return j + 1;
}

/* One "$..." token; t[i] is just past the '$'. Returns the next index, or
 * 0 when the '$' is literal. */
static size_t rep_dollar(StrBuf *o, const Rep *r, const char *t, size_t tl, size_t i) {
  if (i >= tl) return 0;
  char c = t[i];
  if (c == '{') return rep_braced(o, r, t, tl, i);
  if (is_digit(c)) {
    long v = 0;
    size_t j = i;
    for (; j < tl && is_digit(t[j]); j++)
      if (v < 100000) v = v * 10 + (t[j] - '0');
    if (v >= r->rx->ngroups) return 0;
    rep_group(o, r, (int)v);
    return j;
  }
  const RxMatch *m = r->m;
  switch (c) {
  case '$': sb_putc(o, '$'); break;
  case '&': rep_group(o, r, 0); break;
  case '`': sb_putn(o, r->s, (size_t)m->start[0]); break;
  case '\'': sb_putn(o, r->s + m->end[0], r->len - (size_t)m->end[0]); break;
  case '+': rep_group(o, r, r->rx->ngroups - 1); break;
  case '_': sb_putn(o, r->s, r->len); break;
  default: return 0;
  }
  return i + 1;
}

static void rep_expand(StrBuf *o, const Rep *r, const char *t, size_t tl) {
  size_t i = 0;
  while (i < tl) {
    const char *d = memchr(t + i, '$', tl - i);
    size_t lit = d ? (size_t)(d - (t + i)) : tl - i;
    sb_putn(o, t + i, lit);
    i += lit;
    if (i >= tl) break;
    size_t nx = rep_dollar(o, r, t, tl, i + 1);
    if (nx) {
      i = nx;
    } else {
      sb_putc(o, '$');
      i++;
    }
  }
}

char *rx_replace(Rx *rx, const char *s, size_t len, const char *repl, size_t rlen,
                 size_t *outlen) {
  StrBuf o = SB_INIT;
  RxMatch m;
  size_t last = 0, from = 0;
  g.timed_out = false;
  if (!s) s = "";
  if (!repl) repl = "";
  while (rx_exec(rx, s, len, from, &m)) {
    Rep r = {rx, s, len, &m};
    sb_putn(&o, s + last, (size_t)m.start[0] - last);
    rep_expand(&o, &r, repl, rlen);
    last = (size_t)m.end[0];
    from = rx_next_from(s, len, &m);
  }
  sb_putn(&o, s + last, len - last);
  return sb_take(&o, outlen);
}

/* ------------------------------------------------------------------ */
/* Split                                                               */

void rx_split(Rx *rx, const char *s, size_t len, int max,
              void (*emit)(const char *piece, size_t plen, void *ctx), void *ctx) {
  g.timed_out = false;
  if (!s) s = "";
  if (max == 1) {
    emit(s, len, ctx);
    return;
  }
  int left = max > 0 ? max - 1 : -1; /* matches still allowed */
  RxMatch m;
  size_t last = 0, from = 0;
  while (left != 0 && rx_exec(rx, s, len, from, &m)) {
    emit(s + last, (size_t)m.start[0] - last, ctx);
    last = (size_t)m.end[0];
    for (int n = 1; n < m.ngroups; n++) { /* captures, in .NET number order */
      int gi = rx->idx[n];
      if (m.start[gi] >= 0) emit(s + m.start[gi], (size_t)(m.end[gi] - m.start[gi]), ctx);
    }
    from = rx_next_from(s, len, &m);
    if (left > 0) left--;
  }
  emit(s + last, len - last, ctx);
}

/* ------------------------------------------------------------------ */
/* Wildcards                                                           */

/* Latin Extended-A letters come in pairs; is c the capital of its pair? */
static bool latin_a_upper(unsigned c) {
  if (c >= 0x100 && c <= 0x137 && c != 0x130 && c != 0x131) return c % 2 == 0;
  if (c >= 0x139 && c <= 0x148) return c % 2 == 1;
  if (c >= 0x14A && c <= 0x177) return c % 2 == 0;
  if (c >= 0x179 && c <= 0x17E) return c % 2 == 1;
  return false;
}

static bool latin_a_lower(unsigned c) {
  return c >= 0x101 && c <= 0x17E && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x178 &&
         !latin_a_upper(c) && latin_a_upper(c - 1);
}

/* Cyrillic letters from U+0460 come in pairs, capital first. */
static bool cyr_pair(unsigned c) {
  return (c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF);
}

/* Simple lower-casing: ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic. */
static unsigned uc_lower(unsigned c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x130) return 'i';
  if (c == 0x178) return 0xFF;
  if (latin_a_upper(c)) return c + 1;
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (cyr_pair(c) && c % 2 == 0) return c + 1;
  return c;
}

static unsigned uc_upper(unsigned c) {
  if (c < 0x80) return c >= 'a' && c <= 'z' ? c - 32 : c;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c == 0xFF) return 0x178;
  if (c == 0x131) return 'I';
  if (c == 0x17F) return 'S';
  if (latin_a_lower(c)) return c - 1;
  if (c >= 0x3B1 && c <= 0x3C9) return c == 0x3C2 ? 0x3A3 : c - 32;
  if (c == 0x3AC) return 0x386;
  if (c >= 0x3AD && c <= 0x3AF) return c - 37;
  if (c == 0x3CC) return 0x38C;
  if (c == 0x3CD || c == 0x3CE) return c - 63;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  if (cyr_pair(c) && c % 2 == 1) return c - 1;
  return c;
}

/* Case-folded form used for comparisons. */
static unsigned uc_fold(unsigned c) { return uc_lower(uc_upper(c)); }

enum { W_LIT, W_ANY, W_STAR, W_CLASS, W_BAD };

typedef struct WTok {
  int kind;
  unsigned cp;        /* W_LIT */
  size_t cls, clsend; /* W_CLASS: the text between the brackets */
} WTok;

/* The end of a bracket expression starting at p[i] == '[', or 0. */
static size_t wc_class_end(const char *p, size_t n, size_t i) {
  for (size_t j = i + 1; j < n; j++) {
    if (p[j] == '`') j++;
    else if (p[j] == ']') return j;
  }
  return 0;
}

/* Read the token at p[i]; returns the index after it. */
static size_t wc_tok(const char *p, size_t n, size_t i, WTok *t) {
  char c = p[i];
  t->kind = W_LIT;
  if (c == '*' || c == '?') {
    t->kind = c == '*' ? W_STAR : W_ANY;
    return i + 1;
  }
  if (c == '[') {
    size_t e = wc_class_end(p, n, i);
    if (!e) {
      t->kind = W_BAD; /* PowerShell rejects the pattern; it matches nothing */
      return n;
    }
    t->kind = W_CLASS;
    t->cls = i + 1;
    t->clsend = e;
    return e + 1;
  }
  if (c == '`' && i + 1 < n) i++;
  t->cp = u8dec(p, n, &i);
  return i;
}

/* Does c fall in lo..hi, trying both cases unless cs? */
static bool wc_in_range(unsigned c, unsigned lo, unsigned hi, bool cs) {
  if (c >= lo && c <= hi) return true;
  if (cs) return false;
  unsigned l = uc_lower(c), u = uc_upper(c);
  return (l >= lo && l <= hi) || (u >= lo && u <= hi);
}

static bool wc_class_match(const char *p, const WTok *t, unsigned c, bool cs) {
  size_t i = t->cls, e = t->clsend;
  while (i < e) {
    if (p[i] == '`' && i + 1 < e) i++;
    unsigned lo = u8dec(p, e, &i), hi = lo;
    if (i + 1 < e && p[i] == '-') {
      i++;
      if (p[i] == '`' && i + 1 < e) i++;
      hi = u8dec(p, e, &i);
    }
    if (wc_in_range(c, lo, hi, cs)) return true;
  }
  return false;
}

static bool wc_tok_match(const char *p, const WTok *t, unsigned c, bool cs) {
  switch (t->kind) {
  case W_ANY: return true;
  case W_LIT: return t->cp == c || (!cs && uc_fold(t->cp) == uc_fold(c));
  case W_CLASS: return wc_class_match(p, t, c, cs);
  default: return false;
  }
}

/* The classic two-pointer algorithm: on a mismatch go back to just after
 * the last '*' and let it swallow one more character. O(plen * slen). */
bool wc_match(const char *pat, size_t plen, const char *s, size_t slen, bool cs) {
  size_t p = 0, si = 0, star_p = 0, star_s = 0;
  bool have_star = false;
  WTok t;
  while (si < slen) {
    size_t np = p < plen ? wc_tok(pat, plen, p, &t) : p;
    if (p < plen && t.kind == W_STAR) {
      have_star = true;
      star_p = p = np;
      star_s = si;
      continue;
    }
    size_t ns = si;
    unsigned c = u8dec(s, slen, &ns);
    if (p < plen && wc_tok_match(pat, &t, c, cs)) {
      p = np;
      si = ns;
    } else if (have_star) {
      p = star_p;
      star_s += u8len(s, slen, star_s);
      si = star_s;
    } else {
      return false;
    }
  }
  while (p < plen) {
    p = wc_tok(pat, plen, p, &t);
    if (t.kind != W_STAR) return false;
  }
  return true;
}

bool wc_has_wildcard(const char *pat, size_t plen) {
  for (size_t i = 0; i < plen; i++) {
    char c = pat[i];
    if (c == '*' || c == '?' || c == '[' || c == ']') return true;
    if (c == '`') i++;
  }
  return false;
}
