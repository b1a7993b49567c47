/* lexer.c - mode-aware PowerShell tokenizer (see lexer.h).
 *
 * One entry point, lex_next(), dispatches on the first character of the
 * token and on the mode the parser asked for. Positions are tracked as the
 * cursor moves: line and column (in code points, 1-based). */
#include "lexer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* character classes                                                   */

uint32_t lex_utf8(const char *s, size_t n, size_t *i) {
  const unsigned char *p = (const unsigned char *)s + *i;
  size_t rem = n - *i;
  uint32_t c = p[0];
  if (c < 0x80 || rem < 2) { (*i)++; return c; }
  if ((c & 0xE0) == 0xC0 && (p[1] & 0xC0) == 0x80) {
    *i += 2;
    return (c & 0x1F) << 6 | (p[1] & 0x3F);
  }
  if ((c & 0xF0) == 0xE0 && rem >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    *i += 3;
    return (c & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
  }
  if ((c & 0xF8) == 0xF0 && rem >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
      (p[3] & 0xC0) == 0x80) {
    *i += 4;
    return (c & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 | (uint32_t)(p[2] & 0x3F) << 6 |
           (p[3] & 0x3F);
  }
  (*i)++;
  return c;
}

bool lex_is_dash(uint32_t c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2015; }
bool lex_is_squote(uint32_t c) {
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B;
}
bool lex_is_dquote(uint32_t c) { return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E; }
bool lex_is_space(uint32_t c) {
  /* NUL counts as blank space so a stray NUL byte can never make an empty token. */
  if (c < 128) return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == 0;
  return c == 0xA0 || c == 0x85 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}
static bool is_nl(uint32_t c) { return c == '\n' || c == '\r'; }
/* Ends any token (CharTraits.ForceStartNewToken). */
static bool force_new(uint32_t c) {
  if (c < 128) return c == 0 || strchr(" \t\v\f\r\n&(),;{|}", (int)c) != NULL;
  return lex_is_space(c);
}
/* Ends a number (ForceStartNewTokenAfterNumber). */
static bool after_num(uint32_t c) {
  if (c < 128) return c != 0 && strchr("!#%*+-./<=>]", (int)c) != NULL;
  return lex_is_dash(c);
}
static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_hex(uint32_t c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static bool is_letter(uint32_t c) {
  if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return !lex_is_space(c) && !lex_is_dash(c) && !lex_is_squote(c) && !lex_is_dquote(c) &&
         c != 0x85;
}
static bool ident_follow(uint32_t c) { return is_letter(c) || is_digit(c); }
static bool var_char(uint32_t c) { return ident_follow(c) || c == '?'; }

uint32_t lex_escape(uint32_t c) {
  switch (c) {
  case '0': return 0;
  case 'a': return 7;
  case 'b': return 8;
  case 'e': return 27;
  case 'f': return 12;
  case 'n': return 10;
  case 'r': return 13;
  case 't': return 9;
  case 'v': return 11;
  default: return c;
  }
}

/* ------------------------------------------------------------------ */
/* cursor                                                              */

void lex_init(Lexer *L, const char *src, size_t len, Arena *arena, LexErrorFn fn,
              void *ctx) {
  L->src = src;
  L->len = (uint32_t)len;
  L->pos.off = 0;
  L->pos.line = 1;
  L->pos.col = 1;
  L->arena = arena;
  L->on_error = fn;
  L->err_ctx = ctx;
}

static uint32_t cp_at(const Lexer *L, uint32_t off, uint32_t *next) {
  if (off >= L->len) {
    if (next) *next = off;
    return 0;
  }
  size_t i = off;
  uint32_t c = lex_utf8(L->src, L->len, &i);
  if (next) *next = (uint32_t)i;
  return c;
}
static uint32_t cur(const Lexer *L) { return cp_at(L, L->pos.off, NULL); }
static uint32_t peek1(const Lexer *L) {
  uint32_t n;
  cp_at(L, L->pos.off, &n);
  return cp_at(L, n, NULL);
}
static bool at_end(const Lexer *L) { return L->pos.off >= L->len; }

static void step_pos(const Lexer *L, LexPos *p) {
  if (p->off >= L->len) return;
  uint32_t n;
  uint32_t c = cp_at(L, p->off, &n);
  if (c == '\n' || (c == '\r' && !(n < L->len && L->src[n] == '\n'))) {
    p->line++;
    p->col = 1;
  } else {
    p->col++;
  }
  p->off = n;
}
static void adv(Lexer *L) { step_pos(L, &L->pos); }

LexPos lex_pos_at(const Lexer *L, LexPos from, uint32_t off) {
  while (from.off < off && from.off < L->len) step_pos(L, &from);
  return from;
}

static Extent ext_from(const Lexer *L, LexPos s) {
  Extent e = {s.off, L->pos.off, s.line, s.col};
  return e;
}

static void lerr(Lexer *L, const char *id, const char *msg, Extent e, bool incomplete) {
  if (L->on_error) L->on_error(L->err_ctx, id, msg, e, incomplete);
}

/* ------------------------------------------------------------------ */
/* skipping: whitespace, comments, quoted text                         */

/* Skips whitespace, comments and line continuations. Returns true if any. */
static bool skip_trivia(Lexer *L) {
  bool any = false;
  for (;;) {
    uint32_t c = cur(L);
    if (at_end(L)) return any;
    if (lex_is_space(c)) {
      adv(L);
    } else if (c == '#') {
      while (!at_end(L) && !is_nl(cur(L))) adv(L);
    } else if (c == '<' && peek1(L) == '#') {
      LexPos s = L->pos;
      adv(L);
      adv(L);
      for (;;) {
        if (at_end(L)) {
          lerr(L, "MissingTerminatorMultiLineComment",
               "The terminator '#>' is missing from the multiline comment.", ext_from(L, s), true);
          break;
        }
        if (cur(L) == '#' && peek1(L) == '>') {
          adv(L);
          adv(L);
          break;
        }
        adv(L);
      }
    } else if (c == '`') {
      uint32_t n = peek1(L);
      if (L->pos.off + 1 >= L->len) {
        LexPos s = L->pos;
        adv(L);
        lerr(L, "IncompleteString", "Incomplete string token.", ext_from(L, s), true);
        return true;
      }
      if (is_nl(n)) {
        adv(L);
        if (cur(L) == '\r' && peek1(L) == '\n') adv(L);
        adv(L);
      } else if (lex_is_space(n)) {
        adv(L);
        adv(L);
      } else {
        return any;
      }
    } else {
      return any;
    }
    any = true;
  }
}

static size_t skip_dq_body(const Lexer *L, size_t i, size_t end, int depth);

/* Skip a single-quoted body from i (after the quote); returns the offset of
 * the closing quote or end. */
static size_t skip_sq_body(const Lexer *L, size_t i, size_t end) {
  while (i < end) {
    size_t j = i;
    uint32_t c = lex_utf8(L->src, end, &j);
    if (lex_is_squote(c)) {
      size_t k = j;
      if (k < end && lex_is_squote(lex_utf8(L->src, end, &k))) {
        i = k;
        continue;
      }
      return i;
    }
    i = j;
  }
  return end;
}

static size_t skip_sub(const Lexer *L, size_t i, size_t end, int depth) {
  int parens = 1;
  bool tokstart = true;
  if (depth > 200) return end;
  while (i < end) {
    size_t j = i;
    uint32_t c = lex_utf8(L->src, end, &j);
    if (c == '(') parens++;
    else if (c == ')') {
      if (--parens == 0) return i;
    } else if (lex_is_squote(c)) {
      j = skip_sq_body(L, j, end);
      if (j < end) lex_utf8(L->src, end, &j);
    } else if (lex_is_dquote(c)) {
      j = skip_dq_body(L, j, end, depth + 1);
      if (j < end) lex_utf8(L->src, end, &j);
    } else if (c == '`') {
      if (j < end) lex_utf8(L->src, end, &j);
    } else if (c == '#' && tokstart) {
      while (j < end && L->src[j] != '\n' && L->src[j] != '\r') j++;
    } else if (c == '<' && j < end && L->src[j] == '#') {
      j++;
      while (j + 1 < end && !(L->src[j] == '#' && L->src[j + 1] == '>')) j++;
      j = j + 2 < end ? j + 2 : end;
    }
    tokstart = force_new(c) || c == '(';
    i = j;
  }
  return end;
}

size_t lex_skip_subexpr(const Lexer *L, size_t i, size_t end) { return skip_sub(L, i, end, 0); }

/* Skip a double-quoted body from i (after the quote): returns the offset of
 * the closing quote or end. */
static size_t skip_dq_body(const Lexer *L, size_t i, size_t end, int depth) {
  if (depth > 200) return end;
  while (i < end) {
    size_t j = i;
    uint32_t c = lex_utf8(L->src, end, &j);
    if (c == '`') {
      if (j < end) lex_utf8(L->src, end, &j);
    } else if (lex_is_dquote(c)) {
      size_t k = j;
      if (k < end && lex_is_dquote(lex_utf8(L->src, end, &k))) {
        i = k;
        continue;
      }
      return i;
    } else if (c == '$' && j < end && L->src[j] == '(') {
      j = skip_sub(L, j + 1, end, depth + 1);
      if (j < end) j++;
    }
    i = j;
  }
  return end;
}

/* ------------------------------------------------------------------ */
/* variables                                                           */

static AstScope scope_of(const char *s, size_t n) {
  static const struct { const char *name; AstScope sc; } tab[] = {
      {"global", SCOPE_GLOBAL}, {"script", SCOPE_SCRIPT},     {"local", SCOPE_LOCAL},
      {"private", SCOPE_PRIVATE}, {"env", SCOPE_ENV},         {"using", SCOPE_USING},
      {"variable", SCOPE_VARIABLE}, {"function", SCOPE_FUNCTION},
  };
  for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++) {
    size_t l = strlen(tab[i].name);
    if (l != n) continue;
    size_t k = 0;
    while (k < n && (s[k] | 0x20) == tab[i].name[k]) k++;
    if (k == n) return tab[i].sc;
  }
  return SCOPE_OTHER;
}

size_t lex_scan_var(Lexer *L, size_t i, size_t end, AstScope *scope, const char **name,
                    size_t *name_len, bool *braced, bool *bad_drive) {
  const char *s = L->src;
  *scope = SCOPE_NONE;
  *braced = false;
  *bad_drive = false;
  if (i >= end) return i;
  if (s[i] == '{') {
    /* ${any text}, backtick escapes inside */
    size_t j = i + 1;
    char *buf = arena_alloc(L->arena, end - j + 1);
    size_t n = 0;
    while (j < end && s[j] != '}') {
      if (s[j] == '`' && j + 1 < end) {
        j++;
        size_t k = j;
        lex_utf8(s, end, &k);
        memcpy(buf + n, s + j, k - j);
        n += k - j;
        j = k;
        continue;
      }
      buf[n++] = s[j++];
    }
    if (j >= end) return i;
    buf[n] = 0;
    *braced = true;
    /* a scope prefix inside braces: ${env:x} */
    const char *colon = memchr(buf, ':', n);
    if (colon && colon > buf) {
      AstScope sc = scope_of(buf, (size_t)(colon - buf));
      if (sc != SCOPE_OTHER) {
        *scope = sc;
        *name = colon + 1;
        *name_len = n - (size_t)(colon + 1 - buf);
        return j + 1;
      }
    }
    *name = buf;
    *name_len = n;
    return j + 1;
  }
  size_t j = i;
  uint32_t c = lex_utf8(s, end, &j);
  if (c == '$' || c == '^' || (c == '?' )) {
    *name = arena_strndup(L->arena, s + i, j - i);
    *name_len = j - i;
    /* $? may continue as a name ($?foo is unusual); keep PowerShell's rule of
     * one char for $$ and $^ and a name of ? chars for $? */
    if (c != '?') return j;
  } else if (!var_char(c)) {
    return i;
  }
  /* ordinary name, possibly scope:name */
  j = i;
  size_t colon_at = 0;
  while (j < end) {
    size_t k = j;
    uint32_t d = lex_utf8(s, end, &k);
    if (var_char(d)) {
      j = k;
      continue;
    }
    if (d == ':' && !colon_at && j > i) {
      if (k < end && s[k] == ':') break;       /* $x::Member */
      size_t m = k;
      uint32_t e = k < end ? lex_utf8(s, end, &m) : 0;
      if (k < end && (var_char(e) || e == '{')) {
        colon_at = j;
        j = k;
        continue;
      }
      *bad_drive = true;
      break;
    }
    break;
  }
  if (colon_at) {
    AstScope sc = scope_of(s + i, colon_at - i);
    *scope = sc;
    if (sc == SCOPE_OTHER) {
      *name = arena_strndup(L->arena, s + i, j - i);
      *name_len = j - i;
    } else {
      *name = arena_strndup(L->arena, s + colon_at + 1, j - colon_at - 1);
      *name_len = j - colon_at - 1;
    }
  } else {
    *name = arena_strndup(L->arena, s + i, j - i);
    *name_len = j - i;
  }
  return j;
}

/* ------------------------------------------------------------------ */
/* numbers                                                             */

/* Scan a number at the cursor (the cursor may be on a dash when negative).
 * Returns false (cursor unchanged) when there is no number here. */
static bool scan_number(Lexer *L, Token *t, bool negative) {
  LexPos save = L->pos;
  if (negative) adv(L);
  const char *s = L->src;
  uint32_t i = L->pos.off, n = L->len;
  bool real = false, hex = false;
  uint32_t ds = i;
  if (i + 1 < n && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X') && i + 2 < n &&
      is_hex((unsigned char)s[i + 2])) {
    hex = true;
    i += 2;
    ds = i;
    while (i < n && is_hex((unsigned char)s[i])) i++;
  } else {
    while (i < n && is_digit((unsigned char)s[i])) i++;
    if (i < n && s[i] == '.' && i + 1 < n && is_digit((unsigned char)s[i + 1])) {
      real = true;
      i++;
      while (i < n && is_digit((unsigned char)s[i])) i++;
    } else if (i < n && s[i] == '.' && !(i + 1 < n && s[i + 1] == '.') && i > ds) {
      /* "1." is a real in PowerShell */
      uint32_t c2 = i + 1 < n ? (unsigned char)s[i + 1] : 0;
      if (c2 == 0 || force_new(c2) || after_num(c2)) {
        real = true;
        i++;
      }
    }
    if (i == ds) {
      L->pos = save;
      return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
      uint32_t k = i + 1;
      if (k < n && (s[k] == '+' || s[k] == '-')) k++;
      if (k < n && is_digit((unsigned char)s[k])) {
        real = true;
        i = k;
        while (i < n && is_digit((unsigned char)s[i])) i++;
      }
    }
  }
  uint32_t de = i;
  char suffix = 0;
  if (i < n && (s[i] == 'l' || s[i] == 'L' || ((s[i] == 'd' || s[i] == 'D') && !hex))) {
    suffix = (char)(s[i] | 0x20);
    i++;
  }
  double mult = 1;
  if (i + 1 < n && (s[i + 1] == 'b' || s[i + 1] == 'B')) {
    switch (s[i] | 0x20) {
    case 'k': mult = 1024.0; break;
    case 'm': mult = 1024.0 * 1024; break;
    case 'g': mult = 1024.0 * 1024 * 1024; break;
    case 't': mult = 1024.0 * 1024 * 1024 * 1024; break;
    case 'p': mult = 1024.0 * 1024 * 1024 * 1024 * 1024; break;
    default: break;
    }
    if (mult != 1) i += 2;
  }
  /* advance the cursor (all ASCII) */
  L->pos.col += i - L->pos.off;
  L->pos.off = i;
  t->kind = TK_NUMBER;
  AstLit *lit = &t->lit;
  memset(lit, 0, sizeof *lit);
  lit->s = arena_strndup(L->arena, s + save.off, i - save.off);
  lit->len = i - save.off;
  if (hex) {
    uint64_t v = 0;
    bool over = false;
    for (uint32_t k = ds; k < de; k++) {
      uint32_t c = (unsigned char)s[k];
      uint32_t d = is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
      if (v >> 60) over = true;
      v = v << 4 | d;
    }
    if (over) {
      lit->kind = LIT_DOUBLE;
      lit->d = (double)v;
    } else if (v <= 0xFFFFFFFFu && suffix != 'l') {
      lit->kind = LIT_INT;
      lit->i = (int32_t)(uint32_t)v;
    } else {
      lit->kind = LIT_LONG;
      lit->i = (int64_t)v;
    }
  } else if (real || suffix == 'd') {
    char buf[64];
    size_t dl = de - ds < sizeof buf - 1 ? de - ds : sizeof buf - 1;
    memcpy(buf, s + ds, dl);
    buf[dl] = 0;
    double d = strtod(buf, NULL);
    lit->kind = suffix == 'd' ? LIT_DECIMAL : LIT_DOUBLE;
    lit->d = d;
    if (suffix == 'l' && d > -9.2e18 && d < 9.2e18 && d == (double)(int64_t)d) {
      lit->kind = LIT_LONG;
      lit->i = (int64_t)d;
    }
  } else {
    uint64_t v = 0;
    bool over = false;
    double dv = 0;
    for (uint32_t k = ds; k < de; k++) {
      uint32_t d = (unsigned char)s[k] - '0';
      if (v > (UINT64_MAX - d) / 10) over = true;
      if (!over) v = v * 10 + d;
      dv = dv * 10 + d;
    }
    if (over || v > (uint64_t)INT64_MAX) {
      lit->kind = LIT_DOUBLE;
      lit->d = dv;
    } else if (suffix == 'l' || v > (uint64_t)INT32_MAX + (negative ? 1u : 0u)) {
      lit->kind = LIT_LONG;
      lit->i = (int64_t)v;
    } else {
      lit->kind = LIT_INT;
      lit->i = (int64_t)v;
    }
  }
  if (mult != 1) {
    if (lit->kind == LIT_INT || lit->kind == LIT_LONG) {
      double r = (double)lit->i * mult;
      /* hex literals may be negative: 0xFFFFFFFFkb is -1024 */
      if (lit->kind == LIT_INT && r >= (double)INT32_MIN && r <= (double)INT32_MAX) lit->i = (int64_t)r;
      else if (r >= -9.2e18 && r <= 9.2e18) {
        lit->kind = LIT_LONG;
        lit->i = (int64_t)r;
      } else {
        lit->kind = LIT_DOUBLE;
        lit->d = r;
      }
    } else {
      lit->d *= mult;
    }
  }
  if (negative) {
    if (lit->kind == LIT_INT || lit->kind == LIT_LONG) lit->i = -lit->i;
    else lit->d = -lit->d;
  }
  return true;
}

/* ------------------------------------------------------------------ */
/* strings                                                             */

static void unterminated(Lexer *L, LexPos s, const char *term) {
  char msg[64];
  snprintf(msg, sizeof msg, "The string is missing the terminator: %s.", term);
  lerr(L, "TerminatorExpectedAtEndOfString", msg, ext_from(L, s), true);
}

static void quote_text(const Lexer *L, LexPos s, char *buf) {
  uint32_t n;
  cp_at(L, s.off, &n);
  size_t k = n - s.off;
  memcpy(buf, L->src + s.off, k);
  buf[k] = 0;
}

static void move_to(Lexer *L, uint32_t off) {
  while (L->pos.off < off && !at_end(L)) adv(L);
}

static void scan_sq(Lexer *L, Token *t, LexPos s) {
  char q[8];
  quote_text(L, s, q);
  adv(L);
  size_t body = L->pos.off;
  size_t close = skip_sq_body(L, body, L->len);
  char *buf = arena_alloc(L->arena, close - body + 1);
  size_t n = 0;
  for (size_t i = body; i < close;) {
    size_t j = i;
    uint32_t c = lex_utf8(L->src, close, &j);
    if (lex_is_squote(c)) {
      i = j; /* the first of a doubled pair is the escape; keep the second */
      j = i;
      lex_utf8(L->src, close, &j);
    }
    memcpy(buf + n, L->src + i, j - i);
    n += j - i;
    i = j;
  }
  buf[n] = 0;
  t->kind = TK_SQSTRING;
  t->text = buf;
  t->len = n;
  t->raw = L->src + body;
  t->raw_len = close - body;
  t->raw_off = (uint32_t)body;
  move_to(L, (uint32_t)close);
  if (close >= L->len) {
    unterminated(L, s, q);
    return;
  }
  adv(L);
}

static void scan_dq(Lexer *L, Token *t, LexPos s) {
  char q[8];
  quote_text(L, s, q);
  adv(L);
  size_t body = L->pos.off;
  size_t close = skip_dq_body(L, body, L->len, 0);
  t->kind = TK_DQSTRING;
  t->raw = L->src + body;
  t->raw_len = close - body;
  t->raw_off = (uint32_t)body;
  move_to(L, (uint32_t)close);
  if (close >= L->len) {
    unterminated(L, s, q);
    return;
  }
  adv(L);
}

/* @" or @' at the cursor: a here-string. */
static void scan_here(Lexer *L, Token *t, LexPos s) {
  adv(L); /* @ */
  uint32_t qc = cur(L);
  bool dq = lex_is_dquote(qc);
  adv(L);
  while (!at_end(L) && lex_is_space(cur(L))) adv(L);
  if (!at_end(L) && !is_nl(cur(L))) {
    lerr(L, "UnexpectedCharactersAfterHereStringHeader",
         "No characters are allowed after a here-string header but before the end of the line.",
         ext_from(L, s), false);
  }
  while (!at_end(L) && !is_nl(cur(L))) adv(L);
  if (cur(L) == '\r' && peek1(L) == '\n') adv(L);
  if (!at_end(L)) adv(L);
  size_t body = L->pos.off;
  const char *src = L->src;
  size_t n = L->len;
  size_t close = n, content_end = n;
  size_t ws_footer = 0;
  bool bol = true;
  for (size_t i = body; i < n;) {
    if (bol) {
      size_t j = i;
      uint32_t c = lex_utf8(src, n, &j);
      if ((dq ? lex_is_dquote(c) : lex_is_squote(c)) && j < n && src[j] == '@') {
        close = i;
        break;
      }
      if (!ws_footer && lex_is_space(c)) {
        size_t k = i;
        uint32_t d = c;
        while (k < n && lex_is_space(d)) {
          i = k;
          d = lex_utf8(src, n, &k);
        }
        (void)i;
        if ((dq ? lex_is_dquote(d) : lex_is_squote(d)) && k < n && src[k] == '@') ws_footer = k;
      }
    }
    char ch = src[i];
    bol = ch == '\n' || (ch == '\r' && !(i + 1 < n && src[i + 1] == '\n'));
    i++;
  }
  if (close < n) {
    content_end = close;
    if (content_end > body && src[content_end - 1] == '\n') content_end--;
    if (content_end > body && src[content_end - 1] == '\r') content_end--;
    if (content_end < body) content_end = body;
  } else {
    content_end = n;
  }
  if (close == n && body > n) body = n;
  t->raw = src + body;
  t->raw_len = content_end > body ? content_end - body : 0;
  t->raw_off = (uint32_t)body;
  t->flags |= AST_HERESTRING;
  if (dq) {
    t->kind = TK_DQSTRING;
  } else {
    t->kind = TK_SQSTRING;
    t->text = arena_strndup(L->arena, t->raw, t->raw_len);
    t->len = t->raw_len;
  }
  move_to(L, (uint32_t)close);
  if (close >= n) {
    if (ws_footer) {
      LexPos p = lex_pos_at(L, s, (uint32_t)ws_footer);
      Extent e = {p.off, p.off + 1, p.line, p.col};
      lerr(L, "WhitespaceBeforeHereStringFooter",
           "White space is not allowed before the string terminator.", e, false);
    }
    unterminated(L, s, dq ? "\"@" : "'@");
    return;
  }
  adv(L);
  adv(L);
}

/* ------------------------------------------------------------------ */
/* generic tokens (command-mode barewords)                             */

static void scan_generic(Lexer *L, Token *t, LexPos s) {
  bool plain = true;
  for (;;) {
    if (at_end(L)) break;
    uint32_t c = cur(L);
    if (force_new(c) || is_nl(c)) break;
    if (c == '`') {
      uint32_t n = peek1(L);
      if (L->pos.off + 1 >= L->len || is_nl(n)) break;
      plain = false;
      adv(L);
      adv(L);
      continue;
    }
    if (lex_is_squote(c)) {
      plain = false;
      LexPos qs = L->pos;
      char q[8];
      quote_text(L, qs, q);
      adv(L);
      size_t close = skip_sq_body(L, L->pos.off, L->len);
      move_to(L, (uint32_t)close);
      if (at_end(L)) {
        unterminated(L, qs, q);
        break;
      }
      adv(L);
      continue;
    }
    if (lex_is_dquote(c)) {
      plain = false;
      LexPos qs = L->pos;
      char q[8];
      quote_text(L, qs, q);
      adv(L);
      size_t close = skip_dq_body(L, L->pos.off, L->len, 0);
      move_to(L, (uint32_t)close);
      if (at_end(L)) {
        unterminated(L, qs, q);
        break;
      }
      adv(L);
      continue;
    }
    if (c == '$') {
      plain = false;
      uint32_t n = peek1(L);
      if (n == '(') {
        LexPos ss = L->pos;
        adv(L);
        adv(L);
        size_t close = lex_skip_subexpr(L, L->pos.off, L->len);
        move_to(L, (uint32_t)close);
        if (at_end(L)) {
          lerr(L, "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.",
               ext_from(L, ss), true);
          break;
        }
        adv(L);
        continue;
      }
      if (n == '{') {
        adv(L);
        while (!at_end(L) && cur(L) != '}') adv(L);
        if (!at_end(L)) adv(L);
        continue;
      }
    }
    adv(L);
  }
  t->kind = TK_GENERIC;
  t->raw = L->src + s.off;
  t->raw_len = L->pos.off - s.off;
  t->raw_off = s.off;
  t->plain = plain;
  if (plain) {
    t->text = t->raw;
    t->len = t->raw_len;
  }
}

/* ------------------------------------------------------------------ */
/* operators                                                           */

typedef struct OpDef {
  const char *name;
  AstOp op;
} OpDef;

static const OpDef dash_ops[] = {
    {"eq", OP_EQ},           {"ne", OP_NE},         {"gt", OP_GT},
    {"ge", OP_GE},           {"lt", OP_LT},         {"le", OP_LE},
    {"like", OP_LIKE},       {"notlike", OP_NOTLIKE}, {"match", OP_MATCH},
    {"notmatch", OP_NOTMATCH}, {"contains", OP_CONTAINS}, {"notcontains", OP_NOTCONTAINS},
    {"in", OP_IN},           {"notin", OP_NOTIN},   {"replace", OP_REPLACE},
    {"split", OP_SPLIT},
    /* no case variants below this line */
    {"is", OP_IS},           {"isnot", OP_ISNOT},   {"as", OP_AS},
    {"join", OP_JOIN},       {"f", OP_FORMAT},      {"and", OP_AND},
    {"or", OP_OR},           {"xor", OP_XOR},       {"band", OP_BAND},
    {"bor", OP_BOR},         {"bxor", OP_BXOR},     {"shl", OP_SHL},
    {"shr", OP_SHR},         {"not", OP_NOT},       {"bnot", OP_BNOT},
};

static bool ci_eq(const char *a, size_t n, const char *b) {
  size_t k = 0;
  for (; k < n && b[k]; k++) {
    char c = a[k];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != b[k]) return false;
  }
  return k == n && b[k] == 0;
}

/* Look up "-word" (word without the dash). */
static AstOp op_lookup(const char *w, size_t n, uint32_t *flags) {
  *flags = 0;
  for (size_t i = 0; i < sizeof dash_ops / sizeof dash_ops[0]; i++)
    if (ci_eq(w, n, dash_ops[i].name)) return dash_ops[i].op;
  if (n > 1 && ((w[0] | 0x20) == 'c' || (w[0] | 0x20) == 'i')) {
    for (size_t i = 0; i < 16; i++) {
      if (ci_eq(w + 1, n - 1, dash_ops[i].name)) {
        *flags = (w[0] | 0x20) == 'c' ? AST_CASE_SENSITIVE : AST_CASE_EXPLICIT_I;
        return dash_ops[i].op;
      }
    }
  }
  return OP_NONE;
}

/* After a dash at the cursor: the letters of a possible operator word. */
static size_t dash_word(const Lexer *L, uint32_t after_dash) {
  size_t i = after_dash;
  while (i < L->len && ((L->src[i] | 0x20) >= 'a' && (L->src[i] | 0x20) <= 'z')) i++;
  return i - after_dash;
}

static bool unary_dash_op(AstOp op) {
  return op == OP_NOT || op == OP_BNOT || op == OP_SPLIT || op == OP_JOIN;
}

/* Redirection at the cursor ("2>", ">>", "*>&1", ...)? */
static bool scan_redir(Lexer *L, Token *t) {
  const char *s = L->src + L->pos.off;
  size_t n = L->len - L->pos.off;
  size_t i = 0;
  int from = 1;
  if (n >= 2 && ((s[0] >= '1' && s[0] <= '6') || s[0] == '*') && s[1] == '>') {
    from = s[0] == '*' ? 0 : s[0] - '0';
    i = 1;
  } else if (n < 1 || s[0] != '>') {
    return false;
  }
  i++; /* '>' */
  bool append = false;
  int to = 0;
  if (i < n && s[i] == '>') {
    append = true;
    i++;
  } else if (i + 1 < n && s[i] == '&' && s[i + 1] >= '1' && s[i + 1] <= '6') {
    to = s[i + 1] - '0';
    i += 2;
  }
  t->kind = TK_REDIR;
  t->redir_from = from;
  t->redir_to = to;
  t->redir_append = append;
  L->pos.off += (uint32_t)i;
  L->pos.col += (uint32_t)i;
  return true;
}

/* ------------------------------------------------------------------ */
/* the dispatcher                                                      */

static void finish(Lexer *L, Token *t, LexPos s) { t->ext = ext_from(L, s); }

static void simple(Lexer *L, Token *t, TokKind k, int nchars) {
  t->kind = k;
  while (nchars-- > 0) adv(L);
}

/* a dash at the cursor in command mode */
static void cmd_dash(Lexer *L, Token *t, LexPos s, LexMode mode) {
  uint32_t n1;
  cp_at(L, L->pos.off, &n1);
  uint32_t c1 = cp_at(L, n1, NULL);
  if (is_digit(c1) || (c1 == '.' && n1 + 1 < L->len && is_digit((unsigned char)L->src[n1 + 1]))) {
    if (mode == LEX_STMT) {
      t->kind = TK_OP;
      t->op = OP_SUB;
      adv(L);
      return;
    }
    if (scan_number(L, t, true)) {
      uint32_t c = cur(L);
      if (at_end(L) || force_new(c) || is_nl(c)) return;
      L->pos = s;
    }
    scan_generic(L, t, s);
    return;
  }
  if (lex_is_dash(c1)) {
    uint32_t n2;
    cp_at(L, n1, &n2);
    uint32_t c2 = cp_at(L, n2, NULL);
    if (mode == LEX_STMT && (c2 == '$' || c2 == '(')) {
      adv(L);
      adv(L);
      t->kind = TK_DEC;
      return;
    }
    if (n2 >= L->len || force_new(c2) || is_nl(c2)) {
      adv(L);
      adv(L);
      t->kind = TK_DEC; /* "--": end of parameters */
      return;
    }
    scan_generic(L, t, s);
    return;
  }
  if (mode == LEX_STMT && (c1 == '$' || c1 == '(' || c1 == '@' || c1 == '[' ||
                           lex_is_squote(c1) || lex_is_dquote(c1))) {
    adv(L);
    t->kind = TK_OP;
    t->op = OP_SUB;
    return;
  }
  if (is_letter(c1) || c1 == '?') {
    if (mode == LEX_STMT) {
      size_t wl = dash_word(L, n1);
      uint32_t fl;
      AstOp op = wl ? op_lookup(L->src + n1, wl, &fl) : OP_NONE;
      uint32_t after = (uint32_t)(n1 + wl);
      uint32_t ca = cp_at(L, after, NULL);
      if (unary_dash_op(op) && (after >= L->len || !var_char(ca))) {
        L->pos.off = after;
        L->pos.col += (uint32_t)(after - s.off) - (n1 - s.off) + 1;
        t->kind = TK_OP;
        t->op = op;
        t->flags = fl;
        return;
      }
    }
    /* a parameter: up to a token end or ':'; quotes make it generic */
    adv(L);
    LexPos ns = L->pos;
    for (;;) {
      uint32_t c = cur(L);
      if (at_end(L) || force_new(c) || is_nl(c)) break;
      if (lex_is_squote(c) || lex_is_dquote(c)) {
        L->pos = s;
        scan_generic(L, t, s);
        return;
      }
      if (c == ':') break;
      adv(L);
    }
    t->kind = TK_PARAM;
    t->text = arena_strndup(L->arena, L->src + ns.off, L->pos.off - ns.off);
    t->len = L->pos.off - ns.off;
    if (cur(L) == ':' && !at_end(L)) {
      adv(L);
      t->colon = true;
    }
    t->raw = L->src + s.off;
    t->raw_len = L->pos.off - s.off;
    t->raw_off = s.off;
    return;
  }
  scan_generic(L, t, s);
}

static void expr_dash(Lexer *L, Token *t) {
  uint32_t n1;
  cp_at(L, L->pos.off, &n1);
  uint32_t c1 = cp_at(L, n1, NULL);
  if (lex_is_dash(c1)) {
    adv(L);
    adv(L);
    t->kind = TK_DEC;
    return;
  }
  if (c1 == '=') {
    adv(L);
    adv(L);
    t->kind = TK_ASSIGN;
    t->op = OP_SUB_ASSIGN;
    return;
  }
  size_t wl = dash_word(L, n1);
  if (wl) {
    uint32_t fl;
    AstOp op = op_lookup(L->src + n1, wl, &fl);
    adv(L);
    for (size_t k = 0; k < wl; k++) adv(L);
    t->kind = TK_OP;
    t->op = op;
    t->flags = fl;
    if (op == OP_NONE) {
      /* not an operator: keep going to the end of the word for messages */
      while (!at_end(L) && var_char(cur(L))) adv(L);
    }
    return;
  }
  adv(L);
  t->kind = TK_OP;
  t->op = OP_SUB;
}

void lex_next(Lexer *L, LexMode mode, Token *t) {
  memset(t, 0, sizeof *t);
  t->space_before = skip_trivia(L);
  LexPos s = L->pos;
  if (at_end(L)) {
    t->kind = TK_EOF;
    finish(L, t, s);
    return;
  }
  uint32_t c = cur(L);
  uint32_t c1 = peek1(L);
  bool expr = mode == LEX_EXPR || mode == LEX_MEMBER;
  bool cmd = mode == LEX_CMD;

  if (mode == LEX_MEMBER && is_letter(c)) {
    while (!at_end(L) && ident_follow(cur(L))) adv(L);
    t->kind = TK_IDENT;
    t->text = arena_strndup(L->arena, L->src + s.off, L->pos.off - s.off);
    t->len = L->pos.off - s.off;
    finish(L, t, s);
    return;
  }
  if (((c >= '1' && c <= '6') || c == '*' || c == '>') && mode != LEX_MEMBER) {
    if ((c == '>' || c1 == '>') && scan_redir(L, t)) {
      finish(L, t, s);
      return;
    }
  }
  switch (c) {
  case '\n':
    simple(L, t, TK_NEWLINE, 1);
    break;
  case '\r':
    simple(L, t, TK_NEWLINE, c1 == '\n' ? 2 : 1);
    break;
  case ';': simple(L, t, TK_SEMI, 1); break;
  case ',': simple(L, t, TK_COMMA, 1); break;
  case '(': simple(L, t, TK_LPAREN, 1); break;
  case ')': simple(L, t, TK_RPAREN, 1); break;
  case '{': simple(L, t, TK_LBRACE, 1); break;
  case '}': simple(L, t, TK_RBRACE, 1); break;
  case '|':
    if (c1 == '|') {
      simple(L, t, TK_ERROR, 2);
      finish(L, t, s);
      lerr(L, "InvalidEndOfLine", "The token '||' is not a valid statement separator in this version.",
           t->ext, false);
      return;
    }
    simple(L, t, TK_PIPE, 1);
    break;
  case '&':
    if (c1 == '&') {
      simple(L, t, TK_ERROR, 2);
      finish(L, t, s);
      lerr(L, "InvalidEndOfLine", "The token '&&' is not a valid statement separator in this version.",
           t->ext, false);
      return;
    }
    simple(L, t, TK_AMP, 1);
    break;
  case '[':
    if (cmd) scan_generic(L, t, s);
    else simple(L, t, TK_LBRACKET, 1);
    break;
  case ']':
    if (cmd) scan_generic(L, t, s);
    else simple(L, t, TK_RBRACKET, 1);
    break;
  case '$': {
    if (c1 == '(') {
      simple(L, t, TK_DOLLAR_PAREN, 2);
      break;
    }
    AstScope sc;
    const char *name;
    size_t nl;
    bool braced, bad;
    size_t e = lex_scan_var(L, s.off + 1, L->len, &sc, &name, &nl, &braced, &bad);
    if (e == s.off + 1) {
      if (c1 == '{') {
        /* ${ without a closing brace */
        move_to(L, L->len);
        finish(L, t, s);
        lerr(L, "IncompleteDollarVariableReference",
             "${variable} reference starting is missing the closing '}'.", t->ext, true);
        t->kind = TK_ERROR;
        return;
      }
      scan_generic(L, t, s);
      break;
    }
    if (braced && nl == 0) {
      move_to(L, (uint32_t)e);
      finish(L, t, s);
      lerr(L, "EmptyVariableReference",
           "An empty ${} variable reference was found. A name is required inside the braces.",
           t->ext, false);
      t->kind = TK_ERROR;
      return;
    }
    move_to(L, (uint32_t)e);
    if (cmd) {
      /* $a+2 in command mode is one expandable bareword */
      uint32_t d = cur(L);
      if (!at_end(L) && !force_new(d) && !is_nl(d) && d != '.' && d != '[' &&
          !(d == ':' && peek1(L) == ':')) {
        L->pos = s;
        scan_generic(L, t, s);
        break;
      }
    }
    t->kind = TK_VAR;
    t->scope = sc;
    t->text = name;
    t->len = nl;
    t->braced = braced;
    break;
  }
  case '@':
    if (c1 == '(') simple(L, t, TK_AT_PAREN, 2);
    else if (c1 == '{') simple(L, t, TK_AT_BRACE, 2);
    else if (lex_is_squote(c1) || lex_is_dquote(c1)) scan_here(L, t, s);
    else if (var_char(c1)) {
      AstScope sc;
      const char *name;
      size_t nl;
      bool braced, bad;
      size_t e = lex_scan_var(L, s.off + 1, L->len, &sc, &name, &nl, &braced, &bad);
      move_to(L, (uint32_t)e);
      t->kind = TK_SPLAT;
      t->scope = sc;
      t->text = name;
      t->len = nl;
    } else if (cmd || mode == LEX_STMT) {
      scan_generic(L, t, s);
    } else {
      simple(L, t, TK_ERROR, 1);
      finish(L, t, s);
      lerr(L, "UnrecognizedToken", "Unrecognized token in source text.", t->ext, false);
      return;
    }
    break;
  case '.':
    if (c1 == '.' && !cmd) {
      simple(L, t, TK_DOTDOT, 2);
    } else if (is_digit(c1) && mode != LEX_MEMBER) {
      if (scan_number(L, t, false)) {
        uint32_t d = cur(L);
        bool ended = at_end(L) || force_new(d) || is_nl(d);
        if (cmd && !ended) {
          L->pos = s;
          scan_generic(L, t, s);
        } else if (mode == LEX_STMT && !ended && !after_num(d)) {
          L->pos = s;
          scan_generic(L, t, s);
        }
      }
    } else if (cmd || mode == LEX_STMT) {
      if (L->pos.off + 1 >= L->len || force_new(c1) || is_nl(c1) || c1 == '{') simple(L, t, TK_DOT, 1);
      else scan_generic(L, t, s);
    } else {
      simple(L, t, TK_DOT, 1);
    }
    break;
  case ':':
    if (c1 == ':' && !cmd) {
      simple(L, t, TK_DCOLON, 2);
    } else if (mode == LEX_STMT && is_letter(c1)) {
      adv(L);
      LexPos ns = L->pos;
      while (!at_end(L) && ident_follow(cur(L))) adv(L);
      t->kind = TK_LABEL;
      t->text = arena_strndup(L->arena, L->src + ns.off, L->pos.off - ns.off);
      t->len = L->pos.off - ns.off;
    } else if (expr) {
      simple(L, t, TK_ERROR, 1);
    } else {
      scan_generic(L, t, s);
    }
    break;
  case '=':
    if (expr) {
      simple(L, t, TK_ASSIGN, 1);
      t->op = OP_ASSIGN;
    } else {
      scan_generic(L, t, s);
    }
    break;
  case '!':
    if (cmd) scan_generic(L, t, s);
    else simple(L, t, TK_NOT, 1);
    break;
  case '+':
    if (expr) {
      if (c1 == '+') simple(L, t, TK_INC, 2);
      else if (c1 == '=') {
        simple(L, t, TK_ASSIGN, 2);
        t->op = OP_ADD_ASSIGN;
      } else {
        simple(L, t, TK_OP, 1);
        t->op = OP_ADD;
      }
    } else if (mode == LEX_STMT && c1 == '+') {
      simple(L, t, TK_INC, 2);
    } else if (mode == LEX_STMT && (is_digit(c1) || c1 == '$' || c1 == '(' || c1 == '.' ||
                                    c1 == '@' || c1 == '[' || lex_is_squote(c1) ||
                                    lex_is_dquote(c1))) {
      simple(L, t, TK_OP, 1);
      t->op = OP_ADD;
    } else {
      scan_generic(L, t, s);
    }
    break;
  case '*':
  case '/':
  case '%':
    if (expr) {
      AstOp op = c == '*' ? OP_MUL : c == '/' ? OP_DIV : OP_MOD;
      if (c1 == '=') {
        simple(L, t, TK_ASSIGN, 2);
        t->op = c == '*' ? OP_MUL_ASSIGN : c == '/' ? OP_DIV_ASSIGN : OP_MOD_ASSIGN;
      } else {
        simple(L, t, TK_OP, 1);
        t->op = op;
      }
    } else {
      scan_generic(L, t, s);
    }
    break;
  case '<':
    simple(L, t, TK_ERROR, 1);
    finish(L, t, s);
    lerr(L, "RedirectionNotSupported", "The '<' operator is reserved for future use.", t->ext,
         false);
    return;
  default:
    if (lex_is_dash(c)) {
      if (expr) expr_dash(L, t);
      else cmd_dash(L, t, s, mode);
    } else if (lex_is_squote(c)) {
      scan_sq(L, t, s);
    } else if (lex_is_dquote(c)) {
      scan_dq(L, t, s);
    } else if (is_digit(c)) {
      scan_number(L, t, false);
      uint32_t d = cur(L);
      bool ended = at_end(L) || force_new(d) || is_nl(d);
      if ((cmd && !ended) || (mode == LEX_STMT && !ended && !after_num(d))) {
        L->pos = s;
        memset(t, 0, sizeof *t);
        scan_generic(L, t, s);
      }
    } else if (expr && is_letter(c)) {
      while (!at_end(L) && ident_follow(cur(L))) adv(L);
      t->kind = TK_IDENT;
      t->text = arena_strndup(L->arena, L->src + s.off, L->pos.off - s.off);
      t->len = L->pos.off - s.off;
    } else if (expr) {
      adv(L);
      t->kind = TK_ERROR;
    } else {
      scan_generic(L, t, s);
    }
    break;
  }
  t->space_before = t->space_before || s.off == 0;
  finish(L, t, s);
}
