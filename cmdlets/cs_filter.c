/* cs_filter.c - Get-CsUser's -Filter text as a small expression tree (see
 * cs_filter.h): a tokenizer, a recursive-descent parser and an evaluator
 * that compares with PowerShell's own -eq/-like/-lt rules (ops.h). */
#define _POSIX_C_SOURCE 200809L
#include "cs_filter.h"
#include "../parser/xalloc.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../runtime/convert.h"
#include "../runtime/ops.h"

typedef enum { CSF_CMP, CSF_AND, CSF_OR, CSF_NOT } CsfKind;
typedef enum { CSF_EQ, CSF_NE, CSF_LIKE, CSF_NOTLIKE, CSF_GT, CSF_GE, CSF_LT, CSF_LE } CsfOp;

struct CsfNode {
  CsfKind kind;
  CsfOp op;
  char *prop;  /* CSF_CMP */
  int pos;     /* 1-based position of the property in the text */
  Value value; /* CSF_CMP: the literal (owned) */
  CsfNode *a, *b;
};

/* ------------------------------------------------------------ tokens */

typedef enum { TK_END, TK_LP, TK_RP, TK_BANG, TK_DASHWORD, TK_WORD, TK_STR, TK_VAR } TkKind;

typedef struct {
  TkKind kind;
  char *text; /* owned: the word, the string's value, the variable's name */
  int pos;    /* 1-based */
} Tok;

typedef struct {
  Interp *I;
  const char *src;
  size_t i;
  Tok tok;
  char *err;
  size_t nerr;
  bool failed;
} Parser;

/* A dash: '-' or U+2013/U+2014/U+2015 (3 bytes). Returns its length or 0. */
static size_t dash_len(const char *p) {
  if (*p == '-') return 1;
  if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
      ((unsigned char)p[2] >= 0x93 && (unsigned char)p[2] <= 0x95))
    return 3;
  return 0;
}

/* A quote: the closing character it needs (as text), or NULL. Smart quotes
 * U+2018/U+2019 and U+201C/U+201D count as ' and ". */
static const char *quote_at(const char *p, size_t *len, bool *dbl) {
  unsigned char a = (unsigned char)p[0];
  *len = 1;
  if (a == '"' || a == '\'') return *dbl = a == '"', p;
  if (a != 0xE2 || (unsigned char)p[1] != 0x80) return NULL; /* a != NUL: p[1] exists */
  unsigned char c = (unsigned char)p[2];
  if (c >= 0x98 && c <= 0x9D) {
    *len = 3;
    *dbl = c >= 0x9C;
    return p;
  }
  return NULL;
}

static char *dup_n(const char *p, size_t n) {
  char *r = xmalloc(n + 1);
  memcpy(r, p, n);
  r[n] = 0;
  return r;
}

/* A 1-based byte position as a 1-based character position (UTF-8). */
static int char_pos(const char *src, int pos) {
  int n = 1;
  for (int i = 0; i + 1 < pos && src[i]; i++)
    if (((unsigned char)src[i] & 0xC0) != 0x80) n++;
  return n;
}

static void syntax_error(Parser *ps, int pos) {
  if (ps->failed) return;
  ps->failed = true;
  snprintf(ps->err, ps->nerr,
           "Invalid filter syntax. For a description of the filter parameter syntax see the "
           "command help. \"%s\" at position %d.", ps->src, char_pos(ps->src, pos));
}

/* A quoted string from p (at its opening quote); doubled quotes escape. */
static void lex_string(Parser *ps, size_t qlen, bool dbl) {
  const char *s = ps->src;
  size_t i = ps->i + qlen, cap = strlen(s) + 1, k = 0;
  char *out = xmalloc(cap);
  for (;;) {
    size_t l;
    bool d;
    if (!s[i]) {
      free(out);
      syntax_error(ps, (int)ps->i + 1);
      ps->tok.kind = TK_END;
      return;
    }
    if (quote_at(s + i, &l, &d) && d == dbl) {
      size_t l2;
      bool d2;
      if (quote_at(s + i + l, &l2, &d2) && d2 == dbl) { /* doubled: one quote */
        memcpy(out + k, s + i, l), k += l, i += l + l2;
        continue;
      }
      i += l;
      break;
    }
    if (dbl && s[i] == '`' && s[i + 1]) i++;
    out[k++] = s[i++];
  }
  out[k] = 0;
  ps->tok.kind = TK_STR;
  ps->tok.text = out;
  ps->i = i;
}

static bool word_char(char c) {
  return c && !isspace((unsigned char)c) && c != '(' && c != ')' && c != '"' && c != '\'';
}

static void next(Parser *ps) {
  free(ps->tok.text);
  ps->tok = (Tok){TK_END, NULL, 0};
  const char *s = ps->src;
  while (isspace((unsigned char)s[ps->i])) ps->i++;
  ps->tok.pos = (int)ps->i + 1;
  char c = s[ps->i];
  size_t dl = dash_len(s + ps->i), ql;
  bool dbl;
  if (!c) return;
  if (c == '(' || c == ')' || c == '!') {
    ps->tok.kind = c == '(' ? TK_LP : c == ')' ? TK_RP : TK_BANG;
    ps->i++;
  } else if (quote_at(s + ps->i, &ql, &dbl)) {
    lex_string(ps, ql, dbl);
  } else if (dl && isalpha((unsigned char)s[ps->i + dl])) {
    size_t j = ps->i + dl;
    while (isalpha((unsigned char)s[j])) j++;
    ps->tok.kind = TK_DASHWORD;
    ps->tok.text = dup_n(s + ps->i + dl, j - ps->i - dl);
    ps->i = j;
  } else {
    size_t j = ps->i + (c == '$');
    if (c == '$' && s[j] == '{') {
      size_t e = j + 1;
      while (s[e] && s[e] != '}') e++;
      ps->tok.kind = TK_VAR;
      ps->tok.text = dup_n(s + j + 1, e - j - 1);
      ps->i = s[e] ? e + 1 : e;
      return;
    }
    while (word_char(s[j])) j++;
    ps->tok.kind = c == '$' ? TK_VAR : TK_WORD;
    ps->tok.text = dup_n(s + ps->i + (c == '$'), j - ps->i - (c == '$'));
    ps->i = j;
  }
}

/* ------------------------------------------------------------ parser */

static const struct {
  const char *name;
  CsfOp op;
} OPS[] = {
    {"eq", CSF_EQ},   {"ne", CSF_NE}, {"like", CSF_LIKE}, {"notlike", CSF_NOTLIKE},
    {"gt", CSF_GT},   {"ge", CSF_GE}, {"lt", CSF_LT},     {"le", CSF_LE},
};

/* An operator word (eq, ceq, ieq ...); false when it is none. */
static bool op_of(const char *w, CsfOp *op) {
  if ((*w == 'c' || *w == 'C' || *w == 'i' || *w == 'I') && w[1]) {
    for (size_t k = 0; k < sizeof OPS / sizeof OPS[0]; k++)
      if (strcasecmp(w + 1, OPS[k].name) == 0) return *op = OPS[k].op, true;
  }
  for (size_t k = 0; k < sizeof OPS / sizeof OPS[0]; k++)
    if (strcasecmp(w, OPS[k].name) == 0) return *op = OPS[k].op, true;
  return false;
}

static bool dash_is(const Parser *ps, const char *w) {
  return ps->tok.kind == TK_DASHWORD && strcasecmp(ps->tok.text, w) == 0;
}

static CsfNode *node(CsfKind k, CsfNode *a, CsfNode *b) {
  CsfNode *n = xcalloc(1, sizeof *n);
  n->kind = k;
  n->a = a;
  n->b = b;
  n->value = val_null();
  return n;
}

/* A value: a string, a bare word, a number, or a variable. */
static Value value_of(Parser *ps) {
  Tok *t = &ps->tok;
  if (t->kind == TK_STR) return val_cstr(t->text);
  if (t->kind == TK_WORD) {
    char *end = NULL;
    long long v = strtoll(t->text, &end, 10);
    return *t->text && end && !*end ? val_long(v) : val_cstr(t->text);
  }
  if (strcasecmp(t->text, "true") == 0) return val_bool(true);
  if (strcasecmp(t->text, "false") == 0) return val_bool(false);
  if (strcasecmp(t->text, "null") == 0) return val_null();
  Value *v = ps->I ? interp_var_get(ps->I, t->text) : NULL;
  return v ? val_ref(*v) : val_null();
}

/* Property -op value. */
static CsfNode *parse_cmp(Parser *ps) {
  Tok *t = &ps->tok;
  bool is_prop = t->kind == TK_WORD || (t->kind == TK_VAR && strncmp(t->text, "_.", 2) == 0);
  if (!is_prop) {
    syntax_error(ps, t->pos);
    return NULL;
  }
  CsfNode *n = node(CSF_CMP, NULL, NULL);
  n->prop = xstrdup(t->text + (t->kind == TK_VAR ? 2 : 0));
  n->pos = t->pos;
  next(ps);
  if (t->kind != TK_DASHWORD || !op_of(t->text, &n->op)) {
    syntax_error(ps, t->pos);
    return n;
  }
  next(ps);
  if (t->kind != TK_STR && t->kind != TK_WORD && t->kind != TK_VAR) {
    syntax_error(ps, t->pos);
    return n;
  }
  n->value = value_of(ps);
  next(ps);
  return n;
}

static CsfNode *parse_or(Parser *ps);

static CsfNode *parse_unary(Parser *ps) {
  if (ps->tok.kind == TK_BANG || dash_is(ps, "not")) {
    next(ps);
    return node(CSF_NOT, parse_unary(ps), NULL);
  }
  if (ps->tok.kind != TK_LP) return parse_cmp(ps);
  next(ps);
  CsfNode *n = parse_or(ps);
  if (ps->tok.kind != TK_RP) syntax_error(ps, ps->tok.pos);
  else next(ps);
  return n;
}

static CsfNode *parse_and(Parser *ps) {
  CsfNode *n = parse_unary(ps);
  while (!ps->failed && dash_is(ps, "and")) {
    next(ps);
    n = node(CSF_AND, n, parse_unary(ps));
  }
  return n;
}

static CsfNode *parse_or(Parser *ps) {
  CsfNode *n = parse_and(ps);
  while (!ps->failed && dash_is(ps, "or")) {
    next(ps);
    n = node(CSF_OR, n, parse_and(ps));
  }
  return n;
}

CsfNode *csf_parse(Interp *I, const char *text, char *err, size_t nerr) {
  Parser ps = {I, text, 0, {TK_END, NULL, 0}, err, nerr, false};
  next(&ps);
  CsfNode *n = ps.tok.kind == TK_END ? NULL : parse_or(&ps);
  if (!ps.failed && (ps.tok.kind != TK_END || !n)) syntax_error(&ps, ps.tok.pos);
  free(ps.tok.text);
  if (ps.failed) {
    csf_free(n);
    return NULL;
  }
  return n;
}

void csf_free(CsfNode *n) {
  if (!n) return;
  csf_free(n->a);
  csf_free(n->b);
  free(n->prop);
  val_unref(n->value);
  free(n);
}

/* ------------------------------------------------------------ checks and evaluation */

bool csf_check(const CsfNode *n, const char *text, CsfKnownFn known, void *ctx, char *err,
               size_t nerr) {
  if (!n) return true;
  if (n->kind == CSF_CMP && !known(ctx, n->prop)) {
    snprintf(err, nerr,
             "\"%s\" is not a recognized filterable property. For a description of the "
             "filterable properties see the command help. \"%s\" at position %d.",
             n->prop, text, char_pos(text, n->pos));
    return false;
  }
  return csf_check(n->a, text, known, ctx, err, nerr) &&
         csf_check(n->b, text, known, ctx, err, nerr);
}

static bool empty(Value v) { return v.kind == V_NULL || (v.kind == V_STR && val_slen(v) == 0); }

/* pv op lit with PowerShell's comparison rules (the property converts the literal). */
static bool compare(Value pv, CsfOp op, Value lit) {
  bool negate = op == CSF_NE || op == CSF_NOTLIKE;
  if (lit.kind == V_NULL || pv.kind == V_NULL) {
    bool both = empty(pv) && lit.kind == V_NULL;
    return op <= CSF_NOTLIKE ? both != negate : false;
  }
  if (op == CSF_EQ || op == CSF_NE) return op_equal(pv, lit, false) != negate;
  if (op == CSF_LIKE || op == CSF_NOTLIKE) {
    OpEnv env = {NULL, val_null()};
    Value out = val_null();
    RtError e = {0};
    bool ok = op_binary(&env, OP_LIKE, 0, pv, lit, &out, &e) && conv_to_bool(out);
    val_unref(out);
    rt_error_clear(&e);
    return ok != negate;
  }
  int c = 0;
  RtError e = {0};
  bool ok = op_compare(pv, lit, false, &c, &e);
  rt_error_clear(&e);
  if (!ok) return false;
  return op == CSF_GT ? c > 0 : op == CSF_GE ? c >= 0 : op == CSF_LT ? c < 0 : c <= 0;
}

bool csf_eval(const CsfNode *n, CsfGetFn get, void *ctx) {
  if (!n) return true;
  switch (n->kind) {
  case CSF_AND: return csf_eval(n->a, get, ctx) && csf_eval(n->b, get, ctx);
  case CSF_OR: return csf_eval(n->a, get, ctx) || csf_eval(n->b, get, ctx);
  case CSF_NOT: return !csf_eval(n->a, get, ctx);
  default: break;
  }
  Value pv = get(ctx, n->prop);
  bool r = compare(pv, n->op, n->value);
  val_unref(pv);
  return r;
}

const char *csf_equals(const CsfNode *n, const char *prop) {
  if (!n || n->kind != CSF_CMP || n->op != CSF_EQ || n->value.kind != V_STR) return NULL;
  return strcasecmp(n->prop, prop) == 0 ? val_sdata(n->value) : NULL;
}
