/* complete.c - tab completion (see complete.h for what it offers).
 *
 * A small scanner (cpl_scan) splits the whole line into tokens: words,
 * quoted words, -parameters, $variables, separators, group openers and
 * closers, commas, comments. The command segment around the cursor (same
 * group depth, between separators) is then read as elements: the command
 * name, parameters, arguments, nested groups as one argument each. What the
 * cursor's word is (command name, parameter name, a parameter's value, a
 * variable) decides where candidates come from. Every loop is bounded by
 * the line's length: arbitrary bytes cannot make it read past the end. */
#define _POSIX_C_SOURCE 200809L
#include "complete.h"
#include "../parser/xalloc.h"

#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../lexer/lexer.h"
#include "binder.h"
#include "command.h"
#include "strbuf.h"

extern char **environ;

/* ------------------------------------------------------------------ */
/* results                                                             */

static const char *const KIND_NAMES[] = {
    [CPL_COMMAND] = "Command",       [CPL_PARAMETER] = "ParameterName",
    [CPL_VALUE] = "ParameterValue",  [CPL_VARIABLE] = "Variable",
    [CPL_FILE] = "ProviderItem",     [CPL_DIRECTORY] = "ProviderContainer",
};

const char *complete_kind_name(CompletionKind k) {
  return k <= CPL_DIRECTORY ? KIND_NAMES[k] : "Text";
}

static void *cpl_grow(void *p, size_t cap, size_t size) {
  void *r = xrealloc(p, cap * size);
  return r;
}

/* Append one candidate; takes item, copies label and tip. */
static void cpl_add(Completion *c, char *item, const char *label, const char *tip,
                    CompletionKind k) {
  if (c->n == c->cap) {
    c->cap = c->cap ? c->cap * 2 : 16;
    c->items = cpl_grow(c->items, c->cap, sizeof *c->items);
    c->labels = cpl_grow(c->labels, c->cap, sizeof *c->labels);
    c->tips = cpl_grow(c->tips, c->cap, sizeof *c->tips);
    c->kinds = cpl_grow(c->kinds, c->cap, sizeof *c->kinds);
  }
  c->items[c->n] = item;
  c->labels[c->n] = xstrdup(label);
  c->tips[c->n] = xstrdup(tip);
  c->kinds[c->n++] = k;
}

void complete_free(Completion *c) {
  for (size_t i = 0; i < c->n; i++) free(c->items[i]), free(c->labels[i]), free(c->tips[i]);
  free(c->items), free(c->labels), free(c->tips), free(c->kinds);
  memset(c, 0, sizeof *c);
}

/* A list of owned names: sorted case-insensitively, each once. */
typedef struct CplList {
  char **v;
  size_t n, cap;
} CplList;

static void list_push(CplList *l, const char *s, size_t len) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 32;
    l->v = cpl_grow(l->v, l->cap, sizeof *l->v);
  }
  l->v[l->n++] = xstrndup(s, len);
}

static int list_cmp(const void *a, const void *b) {
  const char *x = *(char *const *)a, *y = *(char *const *)b;
  int r = val_strcasecmp(x, strlen(x), y, strlen(y));
  return r ? r : strcmp(x, y);
}

static void list_sort_unique(CplList *l) {
  if (l->n > 1) qsort(l->v, l->n, sizeof *l->v, list_cmp);
  size_t k = 0;
  for (size_t i = 0; i < l->n; i++) {
    if (k && val_streq_ci(l->v[k - 1], strlen(l->v[k - 1]), l->v[i], strlen(l->v[i])))
      free(l->v[i]);
    else l->v[k++] = l->v[i];
  }
  l->n = k;
}

static void list_free(CplList *l) {
  for (size_t i = 0; i < l->n; i++) free(l->v[i]);
  free(l->v);
}

/* text starts with prefix[0..plen), case-insensitively. */
static bool cpl_prefix(const char *prefix, size_t plen, const char *text) {
  return strlen(text) >= plen && val_streq_ci(prefix, plen, text, plen);
}

/* ------------------------------------------------------------------ */
/* the scanner                                                         */

typedef enum CplTokKind {
  CT_WORD,    /* a bareword or quoted string */
  CT_PARAM,   /* -Name or -Name: (any dash) */
  CT_VAR,     /* $name */
  CT_EXPR,    /* $name.member, ${...}: an expression, never completed */
  CT_SEP,     /* | ; & = newline */
  CT_OPEN,    /* ( { @( @{ $( */
  CT_CLOSE,   /* ) } */
  CT_COMMA,
  CT_COMMENT, /* # ... or <# ... #> */
} CplTokKind;

typedef struct CplTok {
  size_t start, end; /* bytes [start, end) */
  CplTokKind kind;
  int depth;         /* group depth (an opener and its closer: the outer depth) */
  size_t qlen, clen; /* quoted word: bytes of its opening / closing quote (clen 0: open) */
  bool colon;        /* CT_PARAM written -Name: */
} CplTok;

typedef struct CplScan {
  const char *s;
  size_t len, i;
  CplTok *v;
  size_t n, cap;
  int depth;
} CplScan;

static uint32_t sc_cp(const CplScan *S, size_t i, size_t *next) {
  size_t j = i;
  uint32_t c = i < S->len ? lex_utf8(S->s, S->len, &j) : 0;
  if (next) *next = i < S->len ? j : i;
  return c;
}

static bool sc_blank(uint32_t c) { return c != 0 && c != '\n' && (c == '\r' || lex_is_space(c)); }

/* Ends a bareword (PowerShell's ForceStartNewToken). */
static bool sc_ends_word(uint32_t c) {
  if (c < 128) return c == 0 || strchr(" \t\v\f\r\n&(),;{|}", (int)c) != NULL;
  return lex_is_space(c);
}

static bool sc_name_char(uint32_t c) {
  if (c >= 128) return !lex_is_space(c) && !lex_is_dash(c) && !lex_is_squote(c) &&
                       !lex_is_dquote(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '?' || c == ':';
}

static CplTok *sc_push(CplScan *S, CplTokKind k, size_t start, size_t end) {
  if (S->n == S->cap) {
    S->cap = S->cap ? S->cap * 2 : 32;
    S->v = cpl_grow(S->v, S->cap, sizeof *S->v);
  }
  CplTok *t = &S->v[S->n++];
  *t = (CplTok){start, end, k, S->depth, 0, 0, false};
  S->i = end;
  return t;
}

/* A quoted section starting at i (the opener); returns its end, setting
 * *clen to the closing quote's length (0: unterminated). */
static size_t sc_quoted(CplScan *S, size_t i, size_t *clen) {
  size_t j;
  bool single = lex_is_squote(sc_cp(S, i, &j));
  *clen = 0;
  while (j < S->len) {
    size_t k;
    uint32_t c = sc_cp(S, j, &k);
    if (!single && c == '`') { sc_cp(S, k, &j); continue; }
    bool close = single ? lex_is_squote(c) : lex_is_dquote(c);
    if (!close) { j = k; continue; }
    size_t m;
    uint32_t d = sc_cp(S, k, &m);
    if (k < S->len && (single ? lex_is_squote(d) : lex_is_dquote(d))) { j = m; continue; }
    *clen = k - j;
    return k;
  }
  return S->len;
}

/* A bareword from i; quotes inside it continue it. */
static size_t sc_bare(CplScan *S, size_t i) {
  while (i < S->len) {
    size_t k;
    uint32_t c = sc_cp(S, i, &k);
    if (sc_ends_word(c)) break;
    if (c == '`') sc_cp(S, k, &k);
    else if (lex_is_squote(c) || lex_is_dquote(c)) {
      size_t cl;
      k = sc_quoted(S, i, &cl);
    }
    i = k;
  }
  return i;
}

static void sc_word(CplScan *S, size_t at) {
  size_t next, clen = 0;
  uint32_t c = sc_cp(S, at, &next);
  if (lex_is_squote(c) || lex_is_dquote(c)) {
    size_t end = sc_quoted(S, at, &clen);
    CplTok *t = sc_push(S, CT_WORD, at, end);
    t->qlen = next - at;
    t->clen = clen;
    return;
  }
  sc_push(S, CT_WORD, at, sc_bare(S, at));
}

/* $name, $, ${...}, or $name followed by more (an expression). */
static void sc_var(CplScan *S, size_t at) {
  size_t i = at + 1, k;
  if (i < S->len && S->s[i] == '{') {
    while (i < S->len && S->s[i] != '}') i++;
    sc_push(S, CT_EXPR, at, i < S->len ? i + 1 : i);
    return;
  }
  if (i < S->len && (S->s[i] == '$' || S->s[i] == '^')) i++;
  else
    while (i < S->len && sc_name_char(sc_cp(S, i, &k))) i = k;
  if (i < S->len && !sc_ends_word(sc_cp(S, i, NULL))) {
    sc_push(S, CT_EXPR, at, sc_bare(S, i));
    return;
  }
  sc_push(S, CT_VAR, at, i);
}

/* A dash at a token start: -Name, -Name:, a lone dash, or a word (-5, --x). */
static void sc_dash(CplScan *S, size_t at, size_t next) {
  size_t k, i = next;
  uint32_t c = sc_cp(S, i, &k);
  bool letter = i < S->len && c != ':' && c != '?' && sc_name_char(c) && !(c >= '0' && c <= '9');
  if (i < S->len && !letter && !sc_ends_word(c)) {
    sc_push(S, CT_WORD, at, sc_bare(S, at));
    return;
  }
  while (i < S->len && (c = sc_cp(S, i, &k)) != ':' && !sc_ends_word(c) && !lex_is_squote(c) &&
         !lex_is_dquote(c))
    i = k;
  bool colon = i < S->len && c == ':';
  CplTok *t = sc_push(S, CT_PARAM, at, colon ? i + 1 : i);
  t->colon = colon;
}

static void sc_comment(CplScan *S, size_t at, bool block) {
  size_t i = at + (block ? 2 : 1);
  if (!block)
    while (i < S->len && S->s[i] != '\n') i++;
  else {
    while (i + 1 < S->len && !(S->s[i] == '#' && S->s[i + 1] == '>')) i++;
    i = i + 1 < S->len ? i + 2 : S->len;
  }
  sc_push(S, CT_COMMENT, at, i);
}

static void sc_group(CplScan *S, size_t at, size_t len, bool open) {
  if (!open && S->depth > 0) S->depth--;
  sc_push(S, open ? CT_OPEN : CT_CLOSE, at, at + len);
  if (open) S->depth++;
}

/* One token at S->i (not blank). */
static void sc_token(CplScan *S) {
  size_t at = S->i, next;
  uint32_t c = sc_cp(S, at, &next);
  char c1 = next < S->len ? S->s[next] : 0;
  if (c == '#' || (c == '<' && c1 == '#')) sc_comment(S, at, c == '<');
  else if (c == '\n' || c == '|' || c == ';' || c == '&' || c == '=')
    sc_push(S, CT_SEP, at, next);
  else if (c == '(' || c == '{') sc_group(S, at, 1, true);
  else if ((c == '@' || c == '$') && (c1 == '(' || (c == '@' && c1 == '{')))
    sc_group(S, at, 2, true);
  else if (c == ')' || c == '}') sc_group(S, at, 1, false);
  else if (c == ',') sc_push(S, CT_COMMA, at, next);
  else if (c == '$') sc_var(S, at);
  else if (lex_is_dash(c)) sc_dash(S, at, next);
  else sc_word(S, at);
}

static void cpl_scan(CplScan *S) {
  while (S->i < S->len) {
    size_t next;
    uint32_t c = sc_cp(S, S->i, &next);
    if (sc_blank(c) || c == 0) S->i = next;
    else if (c == '`' && next < S->len && (S->s[next] == '\n' || S->s[next] == '\r'))
      S->i = next + 1; /* line continuation */
    else sc_token(S);
  }
}

/* ------------------------------------------------------------------ */
/* the command segment around the cursor                               */

typedef enum { EL_WORD, EL_PARAM, EL_VAR, EL_GROUP, EL_COMMA, EL_CURSOR } CplElKind;

typedef struct CplEl {
  CplElKind kind;
  size_t tok; /* token index (EL_CURSOR: the word's token, or SIZE_MAX) */
} CplEl;

typedef struct CplCtx {
  Interp *I;
  const char *line;
  size_t len, cursor;
  Completion *out;
  CplScan S;
  size_t w;          /* the cursor's token, or SIZE_MAX: an empty word at the cursor */
  size_t ins;        /* tokens before the cursor's word: [0, ins) */
  int depth;         /* the word's group depth */
  CplEl *el;         /* the segment's elements, the cursor's among them */
  size_t nel, cur;   /* el[cur] is the cursor's */
  Command *cmd;      /* the segment's command, or NULL */
  size_t first;      /* el[first] is the command name */
  char *prefix;      /* the word's text up to the cursor, unquoted (owned) */
  size_t plen;
  size_t qlen;       /* the word's opening quote (bytes), 0: none */
} CplCtx;

static bool tok_is_word(const CplTok *t) {
  return t->kind == CT_WORD || t->kind == CT_PARAM || t->kind == CT_VAR || t->kind == CT_EXPR ||
         t->kind == CT_COMMENT;
}

/* Which token holds the cursor (x->w) and where the word stands (x->ins). */
static void cpl_find_word(CplCtx *x) {
  CplScan *S = &x->S;
  x->w = SIZE_MAX;
  x->ins = S->n;
  for (size_t k = 0; k < S->n; k++) {
    CplTok *t = &S->v[k];
    if (t->start >= x->cursor) { x->ins = k; break; }
    bool after_colon = t->kind == CT_PARAM && t->colon && x->cursor == t->end;
    if (x->cursor <= t->end && tok_is_word(t) && !after_colon) { x->w = x->ins = k; break; }
  }
  if (x->w != SIZE_MAX) x->depth = S->v[x->w].depth;
  else if (x->ins == 0) x->depth = 0;
  else {
    CplTok *p = &S->v[x->ins - 1];
    x->depth = p->kind == CT_OPEN ? p->depth + 1 : p->depth;
  }
}

static bool seg_boundary(const CplTok *t, int d) {
  return t->depth < d || (t->depth == d && t->kind == CT_SEP);
}

static void el_push(CplCtx *x, CplElKind k, size_t tok, size_t *cap) {
  if (x->nel == *cap) {
    *cap = *cap ? *cap * 2 : 16;
    x->el = cpl_grow(x->el, *cap, sizeof *x->el);
  }
  x->el[x->nel++] = (CplEl){k, tok};
}

/* The element of token k (at the segment's depth); advances *k past a group. */
static CplElKind el_of(CplCtx *x, size_t *k, size_t end) {
  CplTok *t = &x->S.v[*k];
  if (t->kind != CT_OPEN) {
    (*k)++;
    return t->kind == CT_PARAM ? EL_PARAM : t->kind == CT_VAR || t->kind == CT_EXPR ? EL_VAR
         : t->kind == CT_COMMA ? EL_COMMA : EL_WORD;
  }
  for ((*k)++; *k < end; (*k)++)
    if (x->S.v[*k].depth == x->depth && x->S.v[*k].kind == CT_CLOSE) { (*k)++; break; }
  return EL_GROUP;
}

/* Elements of the tokens [from, to) at the segment's depth (comments out). */
static void el_range(CplCtx *x, size_t from, size_t to, size_t *cap) {
  for (size_t k = from; k < to;) {
    CplTok *t = &x->S.v[k];
    if (t->kind == CT_COMMENT || t->depth != x->depth || t->kind == CT_CLOSE) { k++; continue; }
    size_t at = k;
    CplElKind kind = el_of(x, &k, to);
    el_push(x, kind, at, cap);
  }
}

/* The command segment: elements before the word, the word, those after. */
static void cpl_segment(CplCtx *x) {
  CplScan *S = &x->S;
  size_t b = x->ins, e = x->w != SIZE_MAX ? x->w + 1 : x->ins, cap = 0;
  while (b > 0 && !seg_boundary(&S->v[b - 1], x->depth)) b--;
  while (e < S->n && !seg_boundary(&S->v[e], x->depth)) e++;
  el_range(x, b, x->ins, &cap);
  x->cur = x->nel;
  el_push(x, EL_CURSOR, x->w, &cap);
  el_range(x, x->w != SIZE_MAX ? x->w + 1 : x->ins, e, &cap);
}

/* The text of token t without quotes or escapes, up to byte `stop` (owned). */
static char *tok_text(const CplCtx *x, const CplTok *t, size_t stop) {
  StrBuf b = SB_INIT;
  size_t end = stop < t->end ? stop : t->end;
  if (t->qlen && t->clen && end == t->end) end -= t->clen;
  bool single = t->qlen && lex_is_squote(sc_cp(&x->S, t->start, NULL));
  for (size_t i = t->start + t->qlen; i < end;) {
    size_t k;
    uint32_t c = sc_cp(&x->S, i, &k);
    if (c == '`' && !single && k < end) {
      i = k; /* an escaped character stands for itself */
      sc_cp(&x->S, i, &k);
    }
    sb_putn(&b, x->line + i, k - i);
    bool quote = t->qlen && (single ? lex_is_squote(c) : lex_is_dquote(c));
    if (quote && k < end) sc_cp(&x->S, k, &k); /* a doubled quote stands for one */
    i = k;
  }
  return sb_take(&b, NULL);
}

/* ------------------------------------------------------------------ */
/* quoting                                                             */

/* Would the text not read back as one bareword argument? (A leading @ # or
 * dash starts something else; the others split a word anywhere.) */
static bool needs_quotes(const char *v) {
  size_t n = strlen(v), i = 0;
  if (!n || strchr("@#", *v) || lex_is_dash(lex_utf8(v, n, &i))) return true;
  for (i = 0; i < n;) {
    uint32_t c = lex_utf8(v, n, &i);
    if (c < 128 ? strchr(" \t\r\n'\"`$;,(){}|&<>", (int)c) != NULL
                : lex_is_space(c) || lex_is_squote(c) || lex_is_dquote(c))
      return true;
  }
  return false;
}

/* value quoted as the user began it (x->qlen), or in single quotes when it
 * needs them. Owned. */
static char *cpl_quote(const CplCtx *x, const char *value) {
  size_t start = x->w != SIZE_MAX ? x->S.v[x->w].start : x->cursor;
  bool user = x->qlen > 0, single = !user || lex_is_squote(sc_cp(&x->S, start, NULL));
  if (!user && !needs_quotes(value)) return xstrdup(value);
  StrBuf b = SB_INIT;
  const char *q = user ? x->line + start : "'";
  size_t ql = user ? x->qlen : 1, n = strlen(value);
  sb_putn(&b, q, ql);
  for (size_t i = 0; i < n;) {
    size_t at = i;
    uint32_t c = lex_utf8(value, n, &i);
    if (single && lex_is_squote(c)) sb_putn(&b, value + at, i - at);
    else if (!single && (lex_is_dquote(c) || c == '`' || c == '$')) sb_putc(&b, '`');
    sb_putn(&b, value + at, i - at);
  }
  sb_putn(&b, q, ql);
  return sb_take(&b, NULL);
}

/* A value candidate (quoted as needed) when it matches the prefix. */
static void add_value(CplCtx *x, const char *value, CompletionKind k) {
  if (x->out->n >= COMPLETE_MAX || !cpl_prefix(x->prefix, x->plen, value)) return;
  cpl_add(x->out, cpl_quote(x, value), value, value, k);
}

static void add_value_cb(void *ctx, const char *text) { add_value(ctx, text, CPL_VALUE); }

/* ------------------------------------------------------------------ */
/* command names, files and scripts                                    */

typedef struct CplGather {
  CplCtx *x;
  CplList l;
} CplGather;

static bool gather_cmd(void *ctx, const CmdEntry *e) {
  CplGather *g = ctx;
  if (cpl_prefix(g->x->prefix, g->x->plen, e->name)) list_push(&g->l, e->name, strlen(e->name));
  return true;
}

/* Cmdlet, function and alias names: sorted, each once. */
static void cpl_commands(CplCtx *x) {
  CplGather g = {x, {0}};
  if (!x->plen) return;
  cmd_each(x->I, gather_cmd, &g);
  list_sort_unique(&g.l);
  for (size_t i = 0; i < g.l.n && x->out->n < COMPLETE_MAX; i++)
    cpl_add(x->out, xstrdup(g.l.v[i]), g.l.v[i], g.l.v[i], CPL_COMMAND);
  list_free(&g.l);
}

static bool ends_ci(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && val_streq_ci(s + n - m, m, suffix, m);
}

/* The entries of dir whose names start with leaf (hidden ones only when
 * leaf starts with '.'), sorted. */
static void read_dir(const char *dir, const char *leaf, size_t llen, CplList *l) {
  DIR *d = opendir(dir);
  struct dirent *e;
  while (d && (e = readdir(d)) != NULL) {
    const char *n = e->d_name;
    if (!strcmp(n, ".") || !strcmp(n, "..") || (n[0] == '.' && (!llen || leaf[0] != '.')))
      continue;
    if (cpl_prefix(leaf, llen, n)) list_push(l, n, strlen(n));
  }
  if (d) closedir(d);
  if (l->n > 1) qsort(l->v, l->n, sizeof *l->v, list_cmp);
}

/* One file or folder: its path as typed (./name when no folder was typed),
 * quoted as needed; a quoted script at command position gets "& ". */
static void add_path(CplCtx *x, const char *typed_dir, const char *dir, const char *name,
                     bool scripts) {
  char *full = xmalloc(strlen(dir) + strlen(name) + 2), *shown;
  sprintf(full, "%s/%s", dir, name);
  struct stat st;
  bool is_dir = stat(full, &st) == 0 && S_ISDIR(st.st_mode);
  free(full);
  if (scripts && !is_dir && !ends_ci(name, ".ps1")) return;
  shown = xmalloc(strlen(typed_dir) + strlen(name) + 3);
  sprintf(shown, "%s%s", *typed_dir ? typed_dir : "./", name);
  char *item = cpl_quote(x, shown);
  if (scripts && item[0] != '.' && item[0] != '/') {
    char *amp = xmalloc(strlen(item) + 3);
    sprintf(amp, "& %s", item);
    free(item), item = amp;
  }
  cpl_add(x->out, item, name, shown, is_dir ? CPL_DIRECTORY : CPL_FILE);
  free(shown);
}

/* Files and folders for the word (scripts: *.ps1 files and folders only). */
static void cpl_files(CplCtx *x, bool scripts) {
  const char *slash = strrchr(x->prefix, '/');
  size_t dlen = slash ? (size_t)(slash - x->prefix) + 1 : 0;
  char *typed = xstrndup(x->prefix, dlen);
  char *dir = dlen ? xstrdup(typed) : xstrdup(".");
  if (dlen > 1) dir[dlen - 1] = 0; /* "sub/" -> "sub"; "/" stays */
  CplList l = {0};
  read_dir(dir, x->prefix + dlen, x->plen - dlen, &l);
  for (size_t i = 0; i < l.n && x->out->n < COMPLETE_MAX; i++)
    add_path(x, typed, dir, l.v[i], scripts);
  list_free(&l);
  free(typed), free(dir);
}

/* The word at command position. */
static void cpl_command_word(CplCtx *x) {
  if (x->qlen) return;
  if (strchr(x->prefix, '/') || x->prefix[0] == '.') cpl_files(x, true);
  else cpl_commands(x);
}

/* ------------------------------------------------------------------ */
/* parameter names                                                     */

/* The name bytes of a -Name token: [*from, *from + *n). */
static void param_name(const CplCtx *x, const CplTok *t, size_t *from, size_t *n) {
  sc_cp(&x->S, t->start, from);
  size_t end = t->colon ? t->end - 1 : t->end;
  *n = end > *from ? end - *from : 0;
}

static int resolve_common(const Command *cmd, const char *name, size_t n, bool exact) {
  int hit = -1, count = 0;
  for (int k = 0; k < bind_common_count(); k++) {
    const char *type, *cn;
    bool sp;
    if (!(cn = bind_common_param(cmd, k, &type, &sp))) continue;
    if (val_streq_ci(name, n, cn, strlen(cn))) return k;
    if (!exact && cpl_prefix(name, n, cn)) hit = k, count++;
  }
  return count == 1 ? hit : -1;
}

static bool param_is(const Param *p, const char *name, size_t n) {
  if (val_streq_ci(name, n, p->name, strlen(p->name))) return true;
  for (int a = 0; a < p->naliases; a++)
    if (val_streq_ci(name, n, p->aliases[a], strlen(p->aliases[a]))) return true;
  return false;
}

/* What -name names, as the binder reads it: an own parameter (index >= 0)
 * by name, alias or unique prefix, a common one (-2 - k), or none (-1). */
static int cpl_resolve(const Command *cmd, const char *name, size_t n) {
  int hit = -1, count = 0, k;
  if (!n) return -1;
  for (int i = 0; i < cmd->nparams; i++) {
    if (param_is(&cmd->params[i], name, n)) return i;
    if (cpl_prefix(name, n, cmd->params[i].name)) hit = i, count++;
  }
  if ((k = resolve_common(cmd, name, n, true)) >= 0) return -2 - k;
  if (count) return count == 1 ? hit : -1;
  return (k = resolve_common(cmd, name, n, false)) >= 0 ? -2 - k : -1;
}

static int resolve_tok(const CplCtx *x, size_t tok) {
  size_t from, n;
  param_name(x, &x->S.v[tok], &from, &n);
  return cpl_resolve(x->cmd, x->line + from, n);
}

/* Whether parameter r takes the next element as its value. */
static bool takes_value(const CplCtx *x, size_t tok, int r) {
  if (x->S.v[tok].colon) return true;
  if (r >= 0) return !(x->cmd->params[r].flags & PF_SWITCH);
  const char *type;
  bool sp;
  return r <= -2 && bind_common_param(x->cmd, -2 - r, &type, &sp) &&
         !strstr(type, "SwitchParameter");
}

/* The parameters already on the line, and the parameter sets still possible. */
typedef struct CplGiven {
  bool *own;
  bool common[64];
  uint32_t sets;
} CplGiven;

static void cpl_given_named(const CplCtx *x, CplGiven *g) {
  g->own = xcalloc((size_t)x->cmd->nparams + 1, sizeof *g->own);
  memset(g->common, 0, sizeof g->common);
  g->sets = UINT32_MAX;
  for (size_t e = x->first + 1; e < x->nel; e++) {
    if (x->el[e].kind != EL_PARAM) continue;
    int r = resolve_tok(x, x->el[e].tok);
    if (r <= -2 && -2 - r < 64) g->common[-2 - r] = true;
    if (r < 0) continue;
    const Param *p = &x->cmd->params[r];
    g->own[r] = true;
    if (p->in_sets && (g->sets & p->set_mask)) g->sets &= p->set_mask;
  }
}

static bool in_sets(const Param *p, uint32_t sets) { return !p->in_sets || (p->set_mask & sets); }

/* The own parameter not yet given that takes position pos. */
static int param_at(const CplCtx *x, int pos, const CplGiven *g) {
  for (int i = 0; i < x->cmd->nparams; i++) {
    const Param *p = &x->cmd->params[i];
    if (g->own[i] || (p->flags & (PF_SWITCH | PF_REMAINING))) continue;
    if (!p->in_sets && p->position == pos) return i;
    for (int s = 0; p->in_sets && s < p->nin_sets; s++)
      if (p->in_sets[s].position == pos && ((g->sets >> p->in_sets[s].set) & 1)) return i;
  }
  return -1;
}

/* How many positional arguments come before element a (the word's own
 * element not counted). */
static int arg_position(const CplCtx *x, size_t a) {
  int pos = 0;
  for (size_t e = x->first + 1; e < a; e++) {
    if (x->el[e].kind == EL_COMMA) e++; /* joins the previous argument */
    else if (x->el[e].kind == EL_PARAM)
      e += takes_value(x, x->el[e].tok, resolve_tok(x, x->el[e].tok));
    else if (x->el[e].kind != EL_CURSOR) pos++;
  }
  return pos;
}

/* The parameter the k-th positional argument binds to: the k-th of the
 * parameters not named on the line, by position (-1: none). */
static int param_nth(const CplCtx *x, int k, const CplGiven *g) {
  for (int pos = 0, seen = 0; pos < 64; pos++) {
    int r = param_at(x, pos, g);
    if (r >= 0 && seen++ == k) return r;
  }
  return -1;
}

/* Parameters named on the line, then those positional arguments bind to. */
static void cpl_given(const CplCtx *x, CplGiven *g) {
  cpl_given_named(x, g);
  int n = arg_position(x, x->nel), *bound = xmalloc(((size_t)n + 1) * sizeof *bound);
  for (int k = 0; k < n; k++) bound[k] = param_nth(x, k, g);
  for (int k = 0; k < n; k++)
    if (bound[k] >= 0) g->own[bound[k]] = true;
  free(bound);
}

/* PowerShell's short type names in tooltips ([string] Name). */
static const struct { const char *full, *shown; } SHORT_TYPES[] = {
    {"System.String", "string"}, {"System.Int32", "int"}, {"System.Int64", "long"},
    {"System.Boolean", "bool"}, {"System.Management.Automation.SwitchParameter", "switch"},
    {"System.Object", "Object"}, {"System.Double", "double"},
    {"System.Collections.Hashtable", "hashtable"},
    {"System.Management.Automation.ScriptBlock", "scriptblock"},
    {"System.Management.Automation.PSObject", "psobject"}, {"System.DateTime", "datetime"},
    {"System.Guid", "guid"},
};

static void type_short(const char *full, StrBuf *b) {
  size_t n = strlen(full);
  bool arr = n > 2 && !strcmp(full + n - 2, "[]");
  if (arr) n -= 2;
  const char *shown = NULL;
  for (size_t i = 0; !shown && i < sizeof SHORT_TYPES / sizeof SHORT_TYPES[0]; i++)
    if (strlen(SHORT_TYPES[i].full) == n && !strncmp(SHORT_TYPES[i].full, full, n))
      shown = SHORT_TYPES[i].shown;
  if (shown) sb_puts(b, shown);
  else {
    size_t dot = n;
    while (dot > 0 && full[dot - 1] != '.') dot--;
    sb_putn(b, full + dot, n - dot);
  }
  if (arr) sb_puts(b, "[]");
}

static void add_param(CplCtx *x, const char *name, const char *type_full) {
  if (x->out->n >= COMPLETE_MAX || !cpl_prefix(x->prefix, x->plen, name)) return;
  StrBuf tip = SB_INIT, item = SB_INIT;
  sb_putc(&tip, '[');
  type_short(type_full, &tip);
  sb_printf(&tip, "] %s", name);
  sb_printf(&item, "-%s", name);
  cpl_add(x->out, sb_take(&item, NULL), name, sb_cstr(&tip), CPL_PARAMETER);
  sb_free(&tip);
}

static const char *param_type(const Param *p) {
  if (p->flags & PF_SWITCH) return "System.Management.Automation.SwitchParameter";
  return p->type ? p->type->full_name : "System.Object";
}

/* Own parameters not yet given (declaration order), then -WhatIf/-Confirm,
 * then the other common parameters (PowerShell lists those last). */
static void cpl_params(CplCtx *x) {
  CplGiven g;
  cpl_given(x, &g);
  for (int i = 0; i < x->cmd->nparams; i++)
    if (!g.own[i] && in_sets(&x->cmd->params[i], g.sets))
      add_param(x, x->cmd->params[i].name, param_type(&x->cmd->params[i]));
  for (int pass = 0; pass < 2; pass++)
    for (int k = 0; k < bind_common_count() && k < 64; k++) {
      const char *type, *name;
      bool sp;
      name = bind_common_param(x->cmd, k, &type, &sp);
      if (name && !g.common[k] && sp == (pass == 0)) add_param(x, name, type);
    }
  free(g.own);
}

/* ------------------------------------------------------------------ */
/* parameter values                                                    */

static const char *const FILE_PARAMS[] = {"FileName",  "Path",       "LiteralPath",
                                          "InputFile", "OutputFile", "FilePath"};

/* The values of System.Management.Automation.ActionPreference. */
static const char *const ACTION_PREFS[] = {"SilentlyContinue", "Stop",   "Continue",
                                           "Inquire",          "Ignore", "Suspend"};

static bool file_param(const char *name) {
  for (size_t i = 0; i < sizeof FILE_PARAMS / sizeof FILE_PARAMS[0]; i++)
    if (val_streq_ci(name, strlen(name), FILE_PARAMS[i], strlen(FILE_PARAMS[i]))) return true;
  return false;
}

static ParamCompleteFn hook_of(const Command *cmd, int i) {
  if (cmd->kind != CMD_BUILTIN || !cmd->def || i >= cmd->def->nparams) return NULL;
  return cmd->def->params[i].complete;
}

/* The parameter whose value the word is: own >= 0, common <= -2, -1 none. */
static int cpl_value_param(CplCtx *x) {
  size_t a = x->cur;
  while (a >= x->first + 3 && x->el[a - 1].kind == EL_COMMA) a -= 2;
  if (a > x->first + 1 && x->el[a - 1].kind == EL_PARAM) {
    size_t tok = x->el[a - 1].tok;
    int r = resolve_tok(x, tok);
    if (r != -1 && takes_value(x, tok, r)) return r;
  }
  CplGiven g;
  cpl_given_named(x, &g);
  int r = param_nth(x, arg_position(x, a), &g);
  free(g.own);
  return r;
}

static void cpl_values(CplCtx *x) {
  int r = cpl_value_param(x);
  const char *type;
  bool sp;
  if (r <= -2 && bind_common_param(x->cmd, -2 - r, &type, &sp) &&
      strstr(type, "ActionPreference"))
    for (size_t i = 0; i < sizeof ACTION_PREFS / sizeof ACTION_PREFS[0]; i++)
      add_value(x, ACTION_PREFS[i], CPL_VALUE);
  if (r < 0) return;
  const Param *p = &x->cmd->params[r];
  ParamCompleteFn fn = hook_of(x->cmd, r);
  if (p->nvset)
    for (int i = 0; i < p->nvset; i++) add_value(x, p->vset[i], CPL_VALUE);
  else if (fn) fn(x->I, x->prefix, COMPLETE_MAX - x->out->n, add_value_cb, x);
  else if (file_param(p->name)) cpl_files(x, false);
}

/* ------------------------------------------------------------------ */
/* variables                                                           */

static const char *const VAR_SCOPES[][2] = {
    {"global:", "Global"}, {"script:", "Script"}, {"local:", "Local"}, {"private:", "Local"},
};

typedef struct CplVars {
  CplList l;
  const char *name; /* the name prefix (after any scope:) */
  size_t n;
} CplVars;

static void gather_var(void *ctx, const char *name, Value v, unsigned options) {
  (void)v, (void)options;
  CplVars *g = ctx;
  if (cpl_prefix(g->name, g->n, name)) list_push(&g->l, name, strlen(name));
}

static void gather_env(CplVars *g) {
  for (char **e = environ; e && *e; e++) {
    const char *eq = strchr(*e, '=');
    size_t n = eq ? (size_t)(eq - *e) : strlen(*e);
    if (n >= g->n && val_streq_ci(g->name, g->n, *e, g->n)) list_push(&g->l, *e, n);
  }
}

static bool plain_var_name(const char *s) {
  for (; *s; s++)
    if (!sc_name_char((unsigned char)*s) || *s == ':') return false;
  return true;
}

static void add_vars(CplCtx *x, CplVars *g, size_t scope_len) {
  list_sort_unique(&g->l);
  for (size_t i = 0; i < g->l.n && x->out->n < COMPLETE_MAX; i++) {
    StrBuf b = SB_INIT;
    bool plain = plain_var_name(g->l.v[i]);
    sb_puts(&b, plain ? "$" : "${");
    sb_putn(&b, x->prefix, scope_len);
    sb_puts(&b, g->l.v[i]);
    if (!plain) sb_putc(&b, '}');
    char *item = sb_take(&b, NULL);
    cpl_add(x->out, item, g->l.v[i], item, CPL_VARIABLE);
  }
}

/* $name: the variables visible from the current scope (automatic ones
 * included); $global:/$script:/$local: keep their scope; $env: the
 * environment. */
static void cpl_variables(CplCtx *x) {
  const char *colon = memchr(x->prefix, ':', x->plen), *scope = NULL;
  size_t sl = colon ? (size_t)(colon - x->prefix) + 1 : 0;
  CplVars g = {{0}, x->prefix + sl, x->plen - sl};
  bool env = sl == 4 && val_streq_ci(x->prefix, 4, "env:", 4);
  for (size_t i = 0; sl && i < sizeof VAR_SCOPES / sizeof VAR_SCOPES[0]; i++)
    if (val_streq_ci(x->prefix, sl, VAR_SCOPES[i][0], strlen(VAR_SCOPES[i][0])))
      scope = VAR_SCOPES[i][1];
  if (env) gather_env(&g);
  else if (!sl || scope) {
    interp_var_visit(x->I, scope, gather_var, &g);
    static const char *const SPECIAL[] = {"true", "false", "null"};
    for (size_t i = 0; !scope && i < 3; i++) gather_var(&g, SPECIAL[i], val_null(), 0);
  }
  add_vars(x, &g, sl);
  list_free(&g.l);
}

/* ------------------------------------------------------------------ */
/* the word                                                            */

/* The word's text up to the cursor (unquoted), and its opening quote. */
static void cpl_prefix_of(CplCtx *x) {
  const CplTok *t = x->w != SIZE_MAX ? &x->S.v[x->w] : NULL;
  size_t from = 0, n = 0;
  if (t && t->kind == CT_PARAM) param_name(x, t, &from, &n);
  else if (t && t->kind == CT_VAR) from = t->start + 1, n = t->end - from;
  if (t && (t->kind == CT_PARAM || t->kind == CT_VAR)) {
    if (from + n > x->cursor) n = x->cursor > from ? x->cursor - from : 0;
    x->prefix = xstrndup(x->line + from, n);
  } else x->prefix = t ? tok_text(x, t, x->cursor) : xstrdup("");
  x->plen = strlen(x->prefix);
  x->qlen = t && t->kind == CT_WORD ? t->qlen : 0;
}

/* The segment's command (el[x->first] names it), or false when the segment
 * is not a command (an expression, an unknown name). */
static bool cpl_command(CplCtx *x) {
  const CplEl *e = &x->el[x->first];
  if (e->kind != EL_WORD) return false;
  char *name = tok_text(x, &x->S.v[e->tok], SIZE_MAX);
  x->cmd = *name ? cmd_lookup(x->I, name) : NULL;
  free(name);
  return x->cmd != NULL;
}

static bool is_dot(const CplCtx *x, const CplEl *e) {
  const CplTok *t = &x->S.v[e->tok];
  return e->kind == EL_WORD && t->end - t->start == 1 && x->line[t->start] == '.';
}

static void cpl_dispatch(CplCtx *x) {
  const CplTok *t = x->w != SIZE_MAX ? &x->S.v[x->w] : NULL;
  if (t && t->kind == CT_VAR) { cpl_variables(x); return; }
  if (t && (t->kind == CT_EXPR || t->kind == CT_COMMENT)) return;
  x->first = x->cur > 0 && is_dot(x, &x->el[0]) ? 1 : 0; /* . script (dot-sourcing) */
  if (x->cur == x->first) {
    if (!t || t->kind != CT_PARAM) cpl_command_word(x);
    return;
  }
  if (!cpl_command(x)) return;
  if (t && t->kind == CT_PARAM) cpl_params(x);
  else cpl_values(x);
}

/* The bytes the candidates replace: the whole word (not a -Name:'s colon). */
static void cpl_span(CplCtx *x) {
  const CplTok *t = x->w != SIZE_MAX ? &x->S.v[x->w] : NULL;
  if (!t || !x->out->n) {
    x->out->start = x->out->end = x->cursor;
    return;
  }
  x->out->start = t->start;
  x->out->end = t->kind == CT_PARAM && t->colon ? t->end - 1 : t->end;
}

void complete_line(Interp *I, const char *line, size_t cursor, Completion *out) {
  memset(out, 0, sizeof *out);
  CplCtx x = {.I = I, .line = line, .len = strlen(line), .out = out};
  x.cursor = cursor < x.len ? cursor : x.len;
  x.S = (CplScan){.s = line, .len = x.len};
  cpl_scan(&x.S);
  cpl_find_word(&x);
  cpl_segment(&x);
  cpl_prefix_of(&x);
  cpl_dispatch(&x);
  cpl_span(&x);
  free(x.prefix), free(x.el), free(x.S.v);
}
