/* parser.c - tokens to the syntax tree of ast.h (recursive descent).
 *
 * The parser drives the lexer with the mode each position needs: a
 * statement starts in LEX_STMT, command arguments are read in LEX_CMD and
 * everything inside an expression in LEX_EXPR. peek() re-reads the current
 * token when a different mode is asked for.
 *
 * Errors: perr() records PowerShell's message and id. An error caused by
 * the end of input (something still open) is "incomplete" and parsing
 * unwinds normally so enclosing constructs report too; any other error is
 * fatal and every loop stops. */
#include "parser_int.h"
#include "xalloc.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* errors                                                              */


static void add_error(ParseErrors *E, const char *id, const char *msg, Extent e, bool inc,
                      bool *fatal) {
  if (inc) E->incomplete = true;
  else *fatal = true;
  for (int i = 0; i < E->n; i++)
    if (E->items[i].ext.off == e.off && strcmp(E->items[i].id, id) == 0) return;
  if (E->n >= PARSE_MAX_ERRORS) {
    *fatal = true;
    return;
  }
  ParseError *pe = &E->items[E->n++];
  pe->id = xstrdup(id);
  pe->msg = xstrdup(msg);
  pe->ext = e;
}

static void perr(Parser *P, const char *id, Extent e, bool inc, const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  add_error(P->errs, id, buf, e, inc, P->fatal);
}

static void lex_err_cb(void *ctx, const char *id, const char *msg, Extent e, bool inc) {
  Parser *P = ctx;
  add_error(P->errs, id, msg, e, inc, P->fatal);
}

void parse_errors_free(ParseErrors *errs) {
  if (!errs) return;
  for (int i = 0; i < errs->n; i++) {
    free(errs->items[i].msg);
    free(errs->items[i].id);
  }
  errs->n = 0;
}

/* ------------------------------------------------------------------ */
/* tokens                                                              */

static Token *peek(Parser *P, LexMode m) {
  if (P->have && P->tmode == m) return &P->tok;
  if (P->have) lex_restore(&P->L, P->tstart);
  P->tstart = lex_save(&P->L);
  lex_next(&P->L, m, &P->tok);
  P->have = true;
  P->tmode = m;
  return &P->tok;
}

/* the current token in whatever mode it was read (EXPR if none) */
static Token *cur_tok(Parser *P) { return P->have ? &P->tok : peek(P, LEX_EXPR); }

static void consume(Parser *P) {
  P->last = P->tok.ext;
  P->have = false;
}

static LexPos mark(Parser *P) { return P->have ? P->tstart : lex_save(&P->L); }
static void reset(Parser *P, LexPos m) {
  lex_restore(&P->L, m);
  P->have = false;
}

static void skip_nl(Parser *P) {
  while (!*P->fatal && peek(P, LEX_EXPR)->kind == TK_NEWLINE) consume(P);
}
static void skip_nl_semi(Parser *P) {
  for (;;) {
    Token *t = peek(P, LEX_STMT);
    if (*P->fatal || (t->kind != TK_NEWLINE && t->kind != TK_SEMI)) return;
    consume(P);
  }
}

/* A zero-width extent just after `e` (where PowerShell puts "missing" marks). */
static Extent after(Parser *P, Extent e) {
  LexPos s = {e.off, e.line, e.col};
  LexPos p = lex_pos_at(&P->L, s, e.end);
  Extent r = {p.off, p.off, p.line, p.col};
  return r;
}
static Extent after_last(Parser *P) { return after(P, P->last); }

static Extent span(Extent a, Extent b) {
  Extent r = a;
  if (b.end > r.end) r.end = b.end;
  return r;
}

static bool at_eof(Parser *P) { return cur_tok(P)->kind == TK_EOF; }

static const char *tok_text(Parser *P, const Token *t, char *buf, size_t cap) {
  size_t n = t->ext.end - t->ext.off;
  if (n >= cap) n = cap - 1;
  memcpy(buf, P->L.src + t->ext.off, n);
  buf[n] = 0;
  return buf;
}

static void unexpected(Parser *P, Token *t) {
  char buf[256];
  if (t->kind == TK_EOF) return;
  perr(P, "UnexpectedToken", t->ext, false, "Unexpected token '%s' in expression or statement.",
       tok_text(P, t, buf, sizeof buf));
}

/* Is t the plain bareword `kw` (case-insensitive)? */
static bool is_kw(const Token *t, const char *kw) {
  if (t->kind != TK_GENERIC && t->kind != TK_IDENT) return false;
  if (t->kind == TK_GENERIC && !t->plain) return false;
  size_t n = strlen(kw);
  if (t->len != n) return false;
  for (size_t i = 0; i < n; i++) {
    char c = t->text[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != kw[i]) return false;
  }
  return true;
}

static bool depth_enter(Parser *P) {
  if (++*P->depth > PARSE_MAX_DEPTH) {
    if (!*P->fatal)
      perr(P, "ScriptTooComplicated", cur_tok(P)->ext, false,
           "Processing was stopped because the script is too complex.");
    return false;
  }
  return true;
}
static void depth_leave(Parser *P) { --*P->depth; }

/* ------------------------------------------------------------------ */
/* nodes and lists                                                     */

typedef struct Vec {
  Node **items;
  int n, cap;
} Vec;

static void vpush(Parser *P, Vec *v, Node *x) {
  if (!x) return;
  if (v->n == v->cap) {
    int cap = v->cap ? v->cap * 2 : 4;
    Node **it = arena_alloc(P->A, sizeof(Node *) * (size_t)cap);
    if (v->n) memcpy(it, v->items, sizeof(Node *) * (size_t)v->n);
    v->items = it;
    v->cap = cap;
  }
  v->items[v->n++] = x;
}
static NodeList vlist(Vec *v) {
  NodeList l = {v->items, v->n};
  return l;
}

static Node *mk(Parser *P, NodeKind k, Extent e) {
  Node *n = arena_alloc(P->A, sizeof *n);
  n->kind = k;
  n->ext = e;
  return n;
}

static Node *mk_str(Parser *P, Extent e, const char *s, size_t len, uint32_t flags) {
  Node *n = mk(P, N_CONST, e);
  n->flags = flags;
  n->u.lit.kind = LIT_STRING;
  n->u.lit.s = s;
  n->u.lit.len = len;
  return n;
}

static Node *mk_block(Parser *P, Extent e, Vec *stmts, Vec *traps) {
  Node *b = mk(P, N_STMTBLOCK, e);
  b->u.block.stmts = vlist(stmts);
  b->u.block.traps = vlist(traps);
  return b;
}

static char *adup(Parser *P, const char *s, size_t n) { return arena_strndup(P->A, s, n); }

/* ------------------------------------------------------------------ */
/* forward declarations                                                */

static Node *parse_statement(Parser *P);
static Node *parse_pipeline(Parser *P);
static Node *parse_expr(Parser *P);
static Node *parse_expr_nocomma(Parser *P);
static Node *parse_unary(Parser *P);
static Node *parse_postfix(Parser *P, Node *n, bool in_expr);
static Node *parse_cmd_primary(Parser *P, bool forced);
static Node *parse_stmt_block(Parser *P, bool *missing);
static Node *parse_sb_expr(Parser *P);
static Node *parse_sb_body(Parser *P, Extent open, TokKind closer, bool is_filter);
static void parse_statements(Parser *P, Vec *stmts, Vec *traps, TokKind closer);
static Node *parse_param_list(Parser *P, TokKind closer, Vec *out);

/* ------------------------------------------------------------------ */
/* string expansion                                                    */

typedef enum { EXP_DQ, EXP_HERE, EXP_BARE } ExpMode;

typedef struct Expander {
  Parser *P;
  Vec parts;
  char *buf; /* literal text being collected */
  size_t n;
  uint32_t lit_off; /* source offset where the current literal began */
  LexPos pos;       /* running position for extents */
  bool any_expand;
} Expander;

static Extent ex_ext(Expander *X, uint32_t off, uint32_t end) {
  X->pos = lex_pos_at(&X->P->L, X->pos, off);
  Extent e = {off, end, X->pos.line, X->pos.col};
  return e;
}

static void ex_flush(Expander *X, uint32_t at) {
  if (X->n == 0) return;
  char *s = adup(X->P, X->buf, X->n);
  vpush(X->P, &X->parts, mk_str(X->P, ex_ext(X, X->lit_off, at), s, X->n, 0));
  X->n = 0;
}

static void ex_putc(Expander *X, uint32_t off, uint32_t c) {
  if (X->n == 0) X->lit_off = off;
  if (c < 0x80) X->buf[X->n++] = (char)c;
  else if (c < 0x800) {
    X->buf[X->n++] = (char)(0xC0 | c >> 6);
    X->buf[X->n++] = (char)(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    X->buf[X->n++] = (char)(0xE0 | c >> 12);
    X->buf[X->n++] = (char)(0x80 | ((c >> 6) & 0x3F));
    X->buf[X->n++] = (char)(0x80 | (c & 0x3F));
  } else {
    X->buf[X->n++] = (char)(0xF0 | c >> 18);
    X->buf[X->n++] = (char)(0x80 | ((c >> 12) & 0x3F));
    X->buf[X->n++] = (char)(0x80 | ((c >> 6) & 0x3F));
    X->buf[X->n++] = (char)(0x80 | (c & 0x3F));
  }
}
static void ex_putraw(Expander *X, uint32_t off, const char *s, size_t k) {
  if (X->n == 0) X->lit_off = off;
  memcpy(X->buf + X->n, s, k);
  X->n += k;
}

/* Parse the statements of $( ... ) spanning [from, to) as a sub-parser. */
static Node *sub_statements(Parser *P, LexPos from, uint32_t to, Extent whole) {
  Parser S;
  memset(&S, 0, sizeof S);
  S.L = P->L;
  S.L.len = to;
  S.L.pos = from;
  S.L.err_ctx = &S;
  S.A = P->A;
  S.errs = P->errs;
  S.depth = P->depth;
  S.fatal = P->fatal;
  Vec stmts = {0}, traps = {0};
  if (depth_enter(P)) {
    parse_statements(&S, &stmts, &traps, TK_EOF);
    Token *t = cur_tok(&S);
    if (!*P->fatal && t->kind != TK_EOF) unexpected(&S, t);
  }
  depth_leave(P);
  Node *sub = mk(P, N_SUBEXPR, whole);
  sub->u.sub.body = mk_block(P, whole, &stmts, &traps);
  return sub;
}

/* Handle a '$' at src[i] (i < end). Returns the offset after what it used. */
static size_t ex_dollar(Expander *X, size_t i, size_t end) {
  Parser *P = X->P;
  const char *src = P->L.src;
  if (i + 1 < end && src[i + 1] == '(') {
    size_t close = lex_skip_subexpr(&P->L, i + 2, end);
    ex_flush(X, (uint32_t)i);
    Extent whole = ex_ext(X, (uint32_t)i, (uint32_t)(close < end ? close + 1 : end));
    LexPos from = lex_pos_at(&P->L, X->pos, (uint32_t)(i + 2));
    if (close >= end) {
      perr(P, "MissingEndParenthesisInSubexpression", whole, true,
           "Missing closing ')' in subexpression.");
      return end;
    }
    vpush(P, &X->parts, sub_statements(P, from, (uint32_t)close, whole));
    X->any_expand = true;
    return close + 1;
  }
  AstScope sc;
  const char *name;
  size_t nl;
  bool braced, bad;
  size_t e = lex_scan_var(&P->L, i + 1, end, &sc, &name, &nl, &braced, &bad);
  if (bad) {
    Extent ex = ex_ext(X, (uint32_t)i, (uint32_t)(e + 1));
    perr(P, "InvalidVariableReferenceWithDrive", ex, false,
         "Variable reference is not valid. ':' was not followed by a valid variable name "
         "character. Consider using ${} to delimit the name.");
    return end;
  }
  if (e == i + 1 || (braced && nl == 0)) {
    ex_putc(X, (uint32_t)i, '$');
    return i + 1;
  }
  ex_flush(X, (uint32_t)i);
  Node *v = mk(P, N_VAR, ex_ext(X, (uint32_t)i, (uint32_t)e));
  v->u.var.scope = sc;
  v->u.var.name = name;
  v->u.var.len = nl;
  v->u.var.hash = ast_name_hash(name, nl);
  vpush(P, &X->parts, v);
  X->any_expand = true;
  return e;
}

/* Expand src[i..end) in mode m into X. For EXP_BARE, quoted sections are
 * handled; for EXP_DQ the body between the quotes. */
static void ex_run(Expander *X, size_t i, size_t end, ExpMode m, int depth) {
  Parser *P = X->P;
  const char *src = P->L.src;
  while (i < end && !*P->fatal) {
    size_t j = i;
    uint32_t c = lex_utf8(src, end, &j);
    if (c == '`' && j < end) {
      size_t k = j;
      uint32_t d = lex_utf8(src, end, &k);
      if (d == 'u' && k < end && src[k] == '{') {
        size_t h = k + 1;
        uint32_t v = 0;
        int nd = 0;
        while (h < end && nd < 7) {
          char ch = src[h];
          int dv = ch >= '0' && ch <= '9' ? ch - '0'
                   : (ch | 0x20) >= 'a' && (ch | 0x20) <= 'f' ? (ch | 0x20) - 'a' + 10
                                                               : -1;
          if (dv < 0) break;
          v = v * 16 + (uint32_t)dv;
          nd++;
          h++;
        }
        if (nd >= 1 && nd <= 6 && h < end && src[h] == '}' && v <= 0x10FFFF) {
          ex_putc(X, (uint32_t)i, v);
          i = h + 1;
          continue;
        }
        perr(P, "InvalidUnicodeEscapeSequence", ex_ext(X, (uint32_t)i, (uint32_t)h), false,
             "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one "
             "to six hex digits and a closing '}'.");
        return;
      }
      if (m == EXP_BARE && (d == '\n' || d == '\r')) {
        i = k;
        continue;
      }
      if (d < 128) ex_putc(X, (uint32_t)i, lex_escape(d));
      else ex_putraw(X, (uint32_t)i, src + j, k - j);
      i = k;
      continue;
    }
    if (c == '$') {
      i = ex_dollar(X, i, end);
      continue;
    }
    if (m == EXP_DQ && lex_is_dquote(c) && j < end) {
      /* a doubled quote inside "...": keep the second */
      size_t k = j;
      lex_utf8(src, end, &k);
      ex_putraw(X, (uint32_t)i, src + j, k - j);
      i = k;
      continue;
    }
    if (m == EXP_BARE && lex_is_squote(c)) {
      size_t k = j;
      for (;;) {
        if (k >= end) break;
        size_t q = k;
        uint32_t d = lex_utf8(src, end, &q);
        if (lex_is_squote(d)) {
          size_t r = q;
          if (q < end && lex_is_squote(lex_utf8(src, end, &r))) {
            ex_putraw(X, (uint32_t)k, src + q, r - q);
            k = r;
            continue;
          }
          k = q;
          break;
        }
        ex_putraw(X, (uint32_t)k, src + k, q - k);
        k = q;
      }
      i = k;
      continue;
    }
    if (m == EXP_BARE && lex_is_dquote(c)) {
      /* find the closing quote, expand the body as a "..." string */
      size_t k = j, close = end;
      while (k < end) {
        size_t q = k;
        uint32_t d = lex_utf8(src, end, &q);
        if (d == '`') {
          if (q < end) lex_utf8(src, end, &q);
        } else if (lex_is_dquote(d)) {
          size_t r = q;
          if (q < end && lex_is_dquote(lex_utf8(src, end, &r))) {
            k = r;
            continue;
          }
          close = k;
          break;
        } else if (d == '$' && q < end && src[q] == '(') {
          q = lex_skip_subexpr(&P->L, q + 1, end);
          if (q < end) q++;
        }
        k = q;
      }
      if (depth < 50) ex_run(X, j, close, EXP_DQ, depth + 1);
      i = close < end ? close + 1 : end;
      if (close < end) lex_utf8(src, end, &close), i = close;
      continue;
    }
    ex_putraw(X, (uint32_t)i, src + i, j - i);
    i = j;
  }
}

/* Build the node for an expandable text: N_CONST when nothing expands. */
static Node *expand(Parser *P, const Token *t, ExpMode m, uint32_t flags) {
  Expander X;
  memset(&X, 0, sizeof X);
  X.P = P;
  X.buf = arena_alloc(P->A, t->raw_len + 8);
  X.pos.off = t->ext.off;
  X.pos.line = t->ext.line;
  X.pos.col = t->ext.col;
  size_t i = t->raw_off, end = t->raw_off + t->raw_len;
  if (!depth_enter(P)) {
    depth_leave(P);
    return mk_str(P, t->ext, "", 0, flags);
  }
  ex_run(&X, i, end, m, 0);
  depth_leave(P);
  if (!X.any_expand) {
    char *s = adup(P, X.buf, X.n);
    return mk_str(P, t->ext, s, X.n, flags);
  }
  ex_flush(&X, (uint32_t)end);
  Node *n = mk(P, N_EXPSTR, t->ext);
  n->flags = flags;
  n->u.expstr.parts = vlist(&X.parts);
  n->u.expstr.raw = adup(P, t->raw, t->raw_len);
  n->u.expstr.raw_len = t->raw_len;
  return n;
}

static Node *string_node(Parser *P, Token *t) {
  uint32_t here = t->flags & AST_HERESTRING;
  if (t->kind == TK_SQSTRING) return mk_str(P, t->ext, t->text, t->len, AST_SINGLE_QUOTED | here);
  return expand(P, t, here ? EXP_HERE : EXP_DQ, AST_DOUBLE_QUOTED | here);
}

static Node *bareword_node(Parser *P, Token *t) {
  if (t->plain) return mk_str(P, t->ext, adup(P, t->raw, t->raw_len), t->raw_len, AST_BAREWORD);
  return expand(P, t, EXP_BARE, AST_BAREWORD);
}

static Node *var_node(Parser *P, Token *t, bool splat) {
  Node *v = mk(P, N_VAR, t->ext);
  v->u.var.scope = t->scope;
  v->u.var.name = t->text;
  v->u.var.len = t->len;
  v->u.var.hash = ast_name_hash(t->text, t->len);
  if (splat) v->flags |= AST_SPLAT;
  return v;
}

static Node *number_node(Parser *P, Token *t) {
  Node *n = mk(P, N_CONST, t->ext);
  n->u.lit = t->lit;
  return n;
}

/* ------------------------------------------------------------------ */
/* types and attributes                                                */

/* After '[' was consumed: scan a type name up to ']' or '(' at depth 0.
 * Leaves the cursor on that character. Returns NULL (error reported) on
 * failure. */
static const char *scan_type_name(Parser *P, Extent open) {
  Lexer *L = &P->L;
  LexPos p = lex_save(L);
  size_t i = p.off, n = L->len;
  const char *s = L->src;
  int depth = 0;
  while (i < n) {
    char c = s[i];
    if (c == '[') depth++;
    else if (c == ']') {
      if (depth == 0) break;
      depth--;
    } else if (c == '(' && depth == 0) break;
    else if (c == '\n' || c == '\r' || c == ')' || c == '{' || c == '}' || c == ';' ||
             c == '|' || c == '=' || c == '$' || c == '\'' || c == '"') break;
    i++;
  }
  size_t a = p.off, b = i;
  while (a < b && (s[a] == ' ' || s[a] == '\t')) a++;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t')) b--;
  lex_restore(L, lex_pos_at(L, p, (uint32_t)i));
  P->have = false;
  if (a == b) {
    if (i >= n) perr(P, "MissingTypename", after(P, open), true, "Missing type name after '['.");
    else perr(P, "MissingTypename", after(P, open), false, "Missing type name after '['.");
    return NULL;
  }
  if (i >= n || (s[i] != ']' && s[i] != '(')) {
    Extent e = after(P, open);
    perr(P, "EndSquareBracketExpectedAtEndOfType", e, i >= n, "Missing ] at end of type token.");
    return NULL;
  }
  return adup(P, s + a, b - a);
}

/* attribute arguments after '(' until ')' */
static void parse_attr_args(Parser *P, Node *a) {
  Vec args = {0}, named = {0};
  skip_nl(P);
  if (peek(P, LEX_EXPR)->kind != TK_RPAREN) {
    for (;;) {
      if (*P->fatal) break;
      skip_nl(P);
      Token *t = peek(P, LEX_EXPR);
      if (t->kind == TK_IDENT) {
        Token id = *t;
        LexPos m = mark(P);
        consume(P);
        skip_nl(P);
        Token *u = peek(P, LEX_EXPR);
        if (u->kind == TK_ASSIGN && u->op == OP_ASSIGN) {
          consume(P);
          skip_nl(P);
          Node *na = mk(P, N_NAMEDARG, id.ext);
          na->u.named.name = id.text;
          na->u.named.value = parse_expr_nocomma(P);
          if (!na->u.named.value && !*P->fatal) {
            perr(P, "MissingExpressionInNamedArgument", after_last(P), at_eof(P),
                 "Missing statement after '=' in named argument.");
          }
          if (na->u.named.value) na->ext = span(na->ext, na->u.named.value->ext);
          vpush(P, &named, na);
        } else if (u->kind == TK_COMMA || u->kind == TK_RPAREN) {
          Node *na = mk(P, N_NAMEDARG, id.ext);
          na->u.named.name = id.text;
          vpush(P, &named, na);
        } else {
          reset(P, m);
          vpush(P, &args, parse_expr_nocomma(P));
        }
      } else {
        Node *x = parse_expr_nocomma(P);
        if (!x) {
          if (!*P->fatal) {
            if (t->kind == TK_EOF)
              perr(P, "MissingEndParenthesisInExpression", after_last(P), true,
                   "Missing closing ')' in expression.");
            else unexpected(P, t);
          }
          break;
        }
        vpush(P, &args, x);
      }
      skip_nl(P);
      t = peek(P, LEX_EXPR);
      if (t->kind == TK_COMMA) {
        consume(P);
        continue;
      }
      break;
    }
  }
  a->u.attr.args = vlist(&args);
  a->u.attr.named = vlist(&named);
  if (*P->fatal) return;
  Token *t = peek(P, LEX_EXPR);
  if (t->kind != TK_RPAREN) {
    if (t->kind == TK_EOF)
      perr(P, "MissingEndParenthesisInExpression", after_last(P), true,
           "Missing closing ')' in expression.");
    else unexpected(P, t);
    return;
  }
  consume(P);
}

/* '[' at the cursor: an attribute [Name(...)] or a type constraint [T]. */
static Node *parse_attribute(Parser *P) {
  Token *t = peek(P, LEX_EXPR);
  Extent open = t->ext;
  consume(P);
  const char *name = scan_type_name(P, open);
  if (!name) return NULL;
  Node *a;
  if (P->L.src[P->L.pos.off] == '(') {
    a = mk(P, N_ATTRIBUTE, open);
    a->u.attr.name = name;
    peek(P, LEX_EXPR);
    consume(P);
    parse_attr_args(P, a);
    if (*P->fatal) return a;
  } else {
    a = mk(P, N_TYPECONSTRAINT, open);
    a->u.attr.name = name;
  }
  t = peek(P, LEX_EXPR);
  if (t->kind != TK_RBRACKET) {
    perr(P, "EndSquareBracketExpectedAtEndOfAttribute", after_last(P), t->kind == TK_EOF,
         "Missing ] at end of attribute or type literal.");
    return a;
  }
  consume(P);
  a->ext = span(open, P->last);
  return a;
}

/* ------------------------------------------------------------------ */
/* expressions                                                         */

static int binprec(const Token *t) {
  if (t->kind == TK_DOTDOT) return 7;
  if (t->kind != TK_OP) return 0;
  switch (t->op) {
  case OP_AND: case OP_OR: case OP_XOR: return 1;
  case OP_BAND: case OP_BOR: case OP_BXOR: return 2;
  case OP_EQ: case OP_NE: case OP_GT: case OP_GE: case OP_LT: case OP_LE:
  case OP_LIKE: case OP_NOTLIKE: case OP_MATCH: case OP_NOTMATCH:
  case OP_CONTAINS: case OP_NOTCONTAINS: case OP_IN: case OP_NOTIN:
  case OP_REPLACE: case OP_SPLIT: case OP_JOIN: case OP_IS: case OP_ISNOT: case OP_AS:
  case OP_SHL: case OP_SHR:
    return 3;
  case OP_ADD: case OP_SUB: return 4;
  case OP_MUL: case OP_DIV: case OP_MOD: return 5;
  case OP_FORMAT: return 6;
  default: return 0;
  }
}

static Node *parse_binary(Parser *P, int minp, bool nocomma);

static Node *parse_expr(Parser *P) { return parse_binary(P, 1, false); }
static Node *parse_expr_nocomma(Parser *P) { return parse_binary(P, 1, true); }

static Node *parse_array(Parser *P) {
  Node *first = parse_unary(P);
  if (!first || *P->fatal) return first;
  Token *t = peek(P, LEX_EXPR);
  if (t->kind != TK_COMMA) return first;
  Vec items = {0};
  vpush(P, &items, first);
  Extent e = first->ext;
  while (!*P->fatal && peek(P, LEX_EXPR)->kind == TK_COMMA) {
    consume(P);
    Extent comma = P->last;
    skip_nl(P);
    Node *x = parse_unary(P);
    if (!x) {
      if (!*P->fatal)
        perr(P, "MissingExpressionAfterToken", after(P, comma), at_eof(P),
             "Missing expression after ','.");
      break;
    }
    vpush(P, &items, x);
    e = span(e, x->ext);
  }
  Node *a = mk(P, N_ARRAYLIT, e);
  a->u.arr.items = vlist(&items);
  return a;
}

static Node *parse_binary(Parser *P, int minp, bool nocomma) {
  Node *left = nocomma ? parse_unary(P) : parse_array(P);
  while (left && !*P->fatal) {
    Token *t = peek(P, LEX_EXPR);
    int p = binprec(t);
    if (p == 0 || p < minp) break;
    Token op = *t;
    consume(P);
    skip_nl(P);
    Node *right = parse_binary(P, p + 1, nocomma);
    if (!right) {
      if (!*P->fatal) {
        char buf[64];
        perr(P, "ExpectedValueExpression", after(P, op.ext), at_eof(P),
             "You must provide a value expression following the '%s' operator.",
             tok_text(P, &op, buf, sizeof buf));
      }
      return left;
    }
    Node *b = mk(P, N_BINARY, span(left->ext, right->ext));
    b->u.bin.op = op.kind == TK_DOTDOT ? OP_RANGE : op.op;
    b->flags = op.flags;
    b->u.bin.left = left;
    b->u.bin.right = right;
    left = b;
  }
  return left;
}

/* Can token t start a unary expression (used after a [type])? */
static bool starts_operand(const Token *t) {
  switch (t->kind) {
  case TK_NUMBER: case TK_SQSTRING: case TK_DQSTRING: case TK_VAR: case TK_LPAREN:
  case TK_DOLLAR_PAREN: case TK_AT_PAREN: case TK_AT_BRACE: case TK_LBRACKET: case TK_NOT:
  case TK_INC: case TK_DEC: case TK_LBRACE:
    return true;
  case TK_OP:
    return t->op == OP_NOT || t->op == OP_BNOT || ((t->op == OP_SUB || t->op == OP_ADD) && 0);
  default:
    return false;
  }
}

static Node *parse_unary_inner(Parser *P) {
  Token *t = peek(P, LEX_EXPR);
  AstOp uop = OP_NONE;
  if (t->kind == TK_NOT) uop = OP_NOT;
  else if (t->kind == TK_OP) {
    switch (t->op) {
    case OP_NOT: uop = OP_NOT; break;
    case OP_BNOT: uop = OP_BNOT; break;
    case OP_SUB: uop = OP_NEG; break;
    case OP_ADD: uop = OP_PLUS; break;
    case OP_SPLIT: uop = OP_USPLIT; break;
    case OP_JOIN: uop = OP_UJOIN; break;
    default: break;
    }
  } else if (t->kind == TK_COMMA) uop = OP_COMMA;
  else if (t->kind == TK_INC) uop = OP_PREINC;
  else if (t->kind == TK_DEC) uop = OP_PREDEC;
  if (uop != OP_NONE) {
    Token op = *t;
    consume(P);
    if (uop != OP_NEG && uop != OP_PLUS) skip_nl(P);
    Token *nt = peek(P, LEX_EXPR);
    /* -5 is a negative number */
    if (uop == OP_NEG && nt->kind == TK_NUMBER && nt->ext.off == op.ext.end) {
      Node *c = number_node(P, nt);
      consume(P);
      c->ext = span(op.ext, nt->ext);
      AstLit *l = &c->u.lit;
      if (l->kind == LIT_INT || l->kind == LIT_LONG) {
        l->i = -l->i;
        if (l->kind == LIT_LONG && l->i == INT32_MIN && l->s[l->len - 1] != 'l' &&
            l->s[l->len - 1] != 'L')
          l->kind = LIT_INT;
      } else {
        l->d = -l->d;
      }
      l->s = adup(P, P->L.src + c->ext.off, c->ext.end - c->ext.off);
      l->len = c->ext.end - c->ext.off;
      return parse_postfix(P, c, true);
    }
    Node *x = parse_unary(P);
    if (!x) {
      if (!*P->fatal) {
        char buf[64];
        if (uop == OP_COMMA)
          perr(P, "MissingExpressionAfterToken", after(P, op.ext), at_eof(P),
               "Missing expression after ','.");
        else
          perr(P, "MissingExpressionAfterOperator", after(P, op.ext), at_eof(P),
               "Missing expression after unary operator '%s'.", tok_text(P, &op, buf, sizeof buf));
      }
      return NULL;
    }
    Node *u = mk(P, N_UNARY, span(op.ext, x->ext));
    u->u.un.op = uop;
    u->flags = op.flags;
    u->u.un.operand = x;
    return u;
  }
  if (t->kind == TK_LBRACKET) {
    Extent open = t->ext;
    consume(P);
    const char *name = scan_type_name(P, open);
    if (!name) return NULL;
    Token *c = peek(P, LEX_EXPR);
    if (c->kind != TK_RBRACKET) {
      perr(P, "EndSquareBracketExpectedAtEndOfType", after_last(P), c->kind == TK_EOF,
           "Missing ] at end of type token.");
      return NULL;
    }
    consume(P);
    Extent te = span(open, P->last);
    Token *n = peek(P, LEX_EXPR);
    if (n->kind == TK_DCOLON || (n->kind == TK_DOT && !n->space_before) ||
        (n->kind == TK_LBRACKET && !n->space_before) || !starts_operand(n)) {
      Node *ty = mk(P, N_TYPE, te);
      ty->u.cast.type = name;
      return parse_postfix(P, ty, true);
    }
    Node *x = parse_unary(P);
    if (!x) return NULL;
    Node *c2 = mk(P, N_CAST, span(te, x->ext));
    c2->u.cast.type = name;
    c2->u.cast.expr = x;
    return c2;
  }
  return NULL; /* primary handled by caller */
}

static Node *parse_hash(Parser *P);

static Node *parse_group(Parser *P, NodeKind kind, Extent open) {
  /* $( statements ) / @( statements ) */
  Vec stmts = {0}, traps = {0};
  parse_statements(P, &stmts, &traps, TK_RPAREN);
  Node *n = mk(P, kind, open);
  Token *t = cur_tok(P);
  if (!*P->fatal) {
    if (t->kind == TK_RPAREN) {
      consume(P);
      n->ext = span(open, P->last);
    } else {
      perr(P, kind == N_SUBEXPR ? "MissingEndParenthesisInSubexpression"
                                : "MissingEndParenthesisInExpression",
           after_last(P), t->kind == TK_EOF,
           kind == N_SUBEXPR ? "Missing closing ')' in subexpression."
                             : "Missing closing ')' in expression.");
    }
  }
  n->u.sub.body = mk_block(P, n->ext, &stmts, &traps);
  return n;
}

static Node *parse_paren(Parser *P, Extent open) {
  skip_nl(P);
  Token *t = peek(P, LEX_STMT);
  Node *n = mk(P, N_PAREN, open);
  if (t->kind == TK_RPAREN) {
    perr(P, "ExpectedExpression", after(P, open), false, "An expression was expected after '('.");
    return n;
  }
  n->u.sub.body = parse_statement(P);
  if (*P->fatal) return n;
  skip_nl(P);
  t = peek(P, LEX_EXPR);
  if (t->kind != TK_RPAREN) {
    if (t->kind == TK_EOF || !n->u.sub.body)
      perr(P, "MissingEndParenthesisInExpression", after_last(P), t->kind == TK_EOF,
           "Missing closing ')' in expression.");
    else unexpected(P, t);
    return n;
  }
  consume(P);
  n->ext = span(open, P->last);
  return n;
}

/* A primary expression in expression mode, or NULL if none starts here. */
static Node *parse_primary(Parser *P) {
  Token *t = peek(P, LEX_EXPR);
  Token tk = *t;
  switch (t->kind) {
  case TK_NUMBER: consume(P); return number_node(P, &tk);
  case TK_SQSTRING:
  case TK_DQSTRING: consume(P); return string_node(P, &tk);
  case TK_VAR: consume(P); return var_node(P, &tk, false);
  case TK_SPLAT: {
    char buf[128];
    snprintf(buf, sizeof buf, "%.*s", (int)(tk.len < 100 ? tk.len : 100), tk.text);
    perr(P, "SplattingNotPermitted", tk.ext, false,
         "The splatting operator '@' cannot be used to reference variables in an expression. "
         "'@%s' can be used only as an argument to a command. To reference variables in an "
         "expression use '$%s'.", buf, buf);
    return NULL;
  }
  case TK_LPAREN: consume(P); return parse_paren(P, tk.ext);
  case TK_DOLLAR_PAREN: consume(P); return parse_group(P, N_SUBEXPR, tk.ext);
  case TK_AT_PAREN: consume(P); return parse_group(P, N_ARRAYEXPR, tk.ext);
  case TK_AT_BRACE: return parse_hash(P);
  case TK_LBRACE: return parse_sb_expr(P);
  default: return NULL;
  }
}

static Node *parse_unary(Parser *P) {
  if (*P->fatal) return NULL;
  if (!depth_enter(P)) {
    depth_leave(P);
    return NULL;
  }
  Node *n = parse_unary_inner(P);
  if (!n && !*P->fatal) {
    Token *t = peek(P, LEX_EXPR);
    bool is_prefix = t->kind == TK_NOT || t->kind == TK_COMMA || t->kind == TK_INC ||
                     t->kind == TK_DEC || t->kind == TK_LBRACKET ||
                     (t->kind == TK_OP && (t->op == OP_NOT || t->op == OP_BNOT ||
                                           t->op == OP_SUB || t->op == OP_ADD ||
                                           t->op == OP_SPLIT || t->op == OP_JOIN));
    if (!is_prefix) {
      n = parse_primary(P);
      if (n) n = parse_postfix(P, n, true);
    }
  }
  depth_leave(P);
  return n;
}

/* member name after '.' or '::' */
static Node *parse_member_name(Parser *P, Extent dot) {
  Token *t = peek(P, LEX_MEMBER);
  Token tk = *t;
  if (t->space_before) goto missing;
  switch (t->kind) {
  case TK_IDENT: consume(P); return mk_str(P, tk.ext, tk.text, tk.len, 0);
  case TK_VAR: consume(P); return var_node(P, &tk, false);
  case TK_SQSTRING:
  case TK_DQSTRING: consume(P); return string_node(P, &tk);
  case TK_NUMBER: consume(P); return mk_str(P, tk.ext, tk.lit.s, tk.lit.len, 0);
  case TK_LPAREN: consume(P); return parse_paren(P, tk.ext);
  case TK_DOLLAR_PAREN: consume(P); return parse_group(P, N_SUBEXPR, tk.ext);
  default: break;
  }
missing:
  perr(P, "MissingPropertyName", after(P, dot), t->kind == TK_EOF,
       "Missing property name after reference operator.");
  return NULL;
}

static void parse_call_args(Parser *P, Vec *args) {
  skip_nl(P);
  if (peek(P, LEX_EXPR)->kind == TK_RPAREN) {
    consume(P);
    return;
  }
  for (;;) {
    if (*P->fatal) return;
    skip_nl(P);
    Node *x = parse_expr_nocomma(P);
    if (!x) {
      if (*P->fatal) return;
      Token *t = peek(P, LEX_EXPR);
      if (t->kind == TK_EOF)
        perr(P, "MissingEndParenthesisInMethodCall", after_last(P), true, "Missing ')' in method call.");
      else
        perr(P, "MissingExpression", after_last(P), false, "Missing expression after ','.");
      return;
    }
    vpush(P, args, x);
    skip_nl(P);
    Token *t = peek(P, LEX_EXPR);
    if (t->kind == TK_COMMA) {
      consume(P);
      continue;
    }
    if (t->kind == TK_RPAREN) {
      consume(P);
      return;
    }
    perr(P, "MissingEndParenthesisInMethodCall", after_last(P), t->kind == TK_EOF,
         "Missing ')' in method call.");
    return;
  }
}

/* .member, ::member, [index], (args) and postfix ++/-- after n. */
static Node *parse_postfix(Parser *P, Node *n, bool in_expr) {
  int links = 0; /* the evaluator walks a chain recursively: bound it */
  while (n && !*P->fatal) {
    Token *t = peek(P, LEX_EXPR);
    if (t->space_before) break;
    if (t->kind == TK_DOT || t->kind == TK_DCOLON) {
      bool st = t->kind == TK_DCOLON;
      consume(P);
      Extent dot = P->last;
      Node *m = parse_member_name(P, dot);
      if (!m) return n;
      Token *a = peek(P, LEX_EXPR);
      if (a->kind == TK_LPAREN && !a->space_before) {
        consume(P);
        Vec args = {0};
        Node *inv = mk(P, N_INVOKE, n->ext);
        inv->u.mem.obj = n;
        inv->u.mem.member = m;
        inv->u.mem.is_static = st;
        parse_call_args(P, &args);
        inv->u.mem.args = vlist(&args);
        inv->ext = span(n->ext, P->last);
        n = inv;
      } else if (a->kind == TK_LBRACE && !a->space_before) {
        /* .Where{ } / .ForEach{ } */
        Vec args = {0};
        vpush(P, &args, parse_sb_expr(P));
        Node *inv = mk(P, N_INVOKE, span(n->ext, P->last));
        inv->u.mem.obj = n;
        inv->u.mem.member = m;
        inv->u.mem.is_static = st;
        inv->u.mem.args = vlist(&args);
        n = inv;
      } else {
        Node *mm = mk(P, N_MEMBER, span(n->ext, m->ext));
        mm->u.mem.obj = n;
        mm->u.mem.member = m;
        mm->u.mem.is_static = st;
        n = mm;
      }
    } else if (t->kind == TK_LBRACKET) {
      consume(P);
      Extent open = P->last;
      skip_nl(P);
      Node *ix = parse_expr(P);
      if (*P->fatal) return n;
      if (!ix) {
        perr(P, "MissingArrayIndexExpression", after(P, open), at_eof(P),
             "Array index expression is missing or not valid.");
        return n;
      }
      skip_nl(P);
      Token *c = peek(P, LEX_EXPR);
      if (c->kind != TK_RBRACKET) {
        perr(P, "MissingEndSquareBracket", after_last(P), c->kind == TK_EOF,
             "Missing ']' after array index expression.");
        return n;
      }
      consume(P);
      Node *x = mk(P, N_INDEX, span(n->ext, P->last));
      x->u.idx.obj = n;
      x->u.idx.index = ix;
      n = x;
    } else if (in_expr && (t->kind == TK_INC || t->kind == TK_DEC)) {
      consume(P);
      Node *u = mk(P, N_UNARY, span(n->ext, P->last));
      u->u.un.op = t->kind == TK_INC ? OP_POSTINC : OP_POSTDEC;
      u->u.un.operand = n;
      n = u;
    } else {
      break;
    }
    if (++links > PARSE_MAX_DEPTH) {
      perr(P, "ScriptTooComplicated", cur_tok(P)->ext, false,
           "Processing was stopped because the script is too complex.");
      break;
    }
  }
  return n;
}

/* @{ key = statement; ... } */
/* A constant string key equal (ASCII case-insensitively) to an earlier one. */
static bool dup_key(const Vec *keys, const Node *key) {
  if (key->kind != N_CONST || key->u.lit.kind != LIT_STRING) return false;
  for (int i = 0; i < keys->n; i++) {
    const Node *k = keys->items[i];
    if (k->kind != N_CONST || k->u.lit.kind != LIT_STRING || k->u.lit.len != key->u.lit.len)
      continue;
    size_t j = 0;
    while (j < key->u.lit.len && tolower((unsigned char)k->u.lit.s[j]) ==
                                     tolower((unsigned char)key->u.lit.s[j]))
      j++;
    if (j == key->u.lit.len) return true;
  }
  return false;
}

static Node *parse_hash(Parser *P) {
  Token *t = peek(P, LEX_EXPR);
  Extent open = t->ext;
  consume(P);
  Vec keys = {0}, vals = {0};
  Node *h = mk(P, N_HASH, open);
  for (;;) {
    if (*P->fatal) break;
    for (;;) {
      t = peek(P, LEX_MEMBER);
      if (t->kind != TK_NEWLINE && t->kind != TK_SEMI) break;
      consume(P);
    }
    if (t->kind == TK_RBRACE) {
      consume(P);
      h->ext = span(open, P->last);
      break;
    }
    if (t->kind == TK_EOF) {
      perr(P, "IncompleteHashLiteral", after_last(P), true, "The hash literal was incomplete.");
      break;
    }
    Node *key;
    if (t->kind == TK_IDENT) {
      key = mk_str(P, t->ext, t->text, t->len, AST_BAREWORD);
      consume(P);
    } else {
      key = parse_unary(P);
      if (!key) {
        if (!*P->fatal) {
          t = peek(P, LEX_EXPR);
          if (t->kind == TK_ASSIGN)
            perr(P, "MissingKeyInHashLiteral", t->ext, false, "Missing key before '=' in hash literal.");
          else unexpected(P, t);
        }
        break;
      }
    }
    if (*P->fatal) break;
    if (dup_key(&keys, key)) {
      perr(P, "DuplicateKeyInHashLiteral", key->ext, false,
           "Duplicate keys '%.*s' are not allowed in hash literals.", (int)key->u.lit.len,
           key->u.lit.s);
      break;
    }
    t = peek(P, LEX_EXPR);
    if (t->kind != TK_ASSIGN || t->op != OP_ASSIGN) {
      perr(P, "MissingEqualsInHashLiteral", after(P, key->ext), t->kind == TK_EOF,
           "Missing '=' operator after key in hash literal.");
      break;
    }
    consume(P);
    skip_nl(P);
    t = peek(P, LEX_STMT);
    if (t->kind == TK_RBRACE || t->kind == TK_SEMI || t->kind == TK_EOF) {
      perr(P, "MissingStatementInHashLiteral", after_last(P), t->kind == TK_EOF,
           "Missing statement after '=' in hash literal.");
      break;
    }
    Node *v = parse_statement(P);
    if (!v) {
      if (!*P->fatal)
        perr(P, "MissingStatementInHashLiteral", after_last(P), at_eof(P),
             "Missing statement after '=' in hash literal.");
      break;
    }
    vpush(P, &keys, key);
    vpush(P, &vals, v);
    if (*P->fatal) break;
    t = cur_tok(P);
    if (t->kind != TK_NEWLINE && t->kind != TK_SEMI && t->kind != TK_RBRACE) {
      t = peek(P, LEX_EXPR);
      if (t->kind == TK_NEWLINE || t->kind == TK_SEMI || t->kind == TK_RBRACE) continue;
      if (t->kind == TK_EOF) {
        perr(P, "IncompleteHashLiteral", after_last(P), true, "The hash literal was incomplete.");
        break;
      }
      unexpected(P, t);
      perr(P, "IncompleteHashLiteral", after_last(P), false, "The hash literal was incomplete.");
      break;
    }
  }
  h->u.hash.keys = vlist(&keys);
  h->u.hash.values = vlist(&vals);
  return parse_postfix(P, h, true);
}

/* { ... } as a value */
static Node *parse_sb_expr(Parser *P) {
  Token *t = peek(P, LEX_EXPR);
  Extent open = t->ext;
  consume(P);
  Node *sb = parse_sb_body(P, open, TK_RBRACE, false);
  Node *e = mk(P, N_SBEXPR, sb->ext);
  e->u.sbexpr.body = sb;
  return e;
}

/* ------------------------------------------------------------------ */
/* commands                                                            */

static bool cmd_end(TokKind k) {
  return k == TK_NEWLINE || k == TK_SEMI || k == TK_EOF || k == TK_PIPE || k == TK_RPAREN ||
         k == TK_RBRACE || k == TK_ERROR;
}

/* One command argument (no comma list). `forced`: a -param token is text. */
static Node *parse_cmd_primary(Parser *P, bool forced) {
  Token *t = peek(P, LEX_CMD);
  Token tk = *t;
  switch (t->kind) {
  case TK_GENERIC: consume(P); return bareword_node(P, &tk);
  case TK_NUMBER: consume(P); return number_node(P, &tk);
  case TK_PARAM:
  case TK_DEC:
  case TK_DOT:
    if (t->kind == TK_PARAM && !forced) return NULL;
    consume(P);
    return mk_str(P, tk.ext, adup(P, P->L.src + tk.ext.off, tk.ext.end - tk.ext.off),
                  tk.ext.end - tk.ext.off, AST_BAREWORD);
  case TK_SQSTRING:
  case TK_DQSTRING: consume(P); return parse_postfix(P, string_node(P, &tk), false);
  case TK_VAR: consume(P); return parse_postfix(P, var_node(P, &tk, false), false);
  case TK_SPLAT: consume(P); return var_node(P, &tk, true);
  case TK_LPAREN: {
    consume(P);
    Node *n = parse_paren(P, tk.ext);
    n->flags |= AST_PARENS_ARG;
    return parse_postfix(P, n, false);
  }
  case TK_DOLLAR_PAREN: consume(P); return parse_postfix(P, parse_group(P, N_SUBEXPR, tk.ext), false);
  case TK_AT_PAREN: consume(P); return parse_postfix(P, parse_group(P, N_ARRAYEXPR, tk.ext), false);
  case TK_AT_BRACE:
  case TK_LBRACE: {
    peek(P, LEX_EXPR);
    Node *n = t->kind == TK_AT_BRACE ? parse_hash(P) : parse_sb_expr(P);
    return parse_postfix(P, n, false);
  }
  default: return NULL;
  }
}

/* An argument with an optional comma list: a,b,"c d" */
static Node *parse_cmd_argument(Parser *P, bool forced) {
  Node *first = parse_cmd_primary(P, forced);
  if (!first || *P->fatal) return first;
  Token *t = peek(P, LEX_CMD);
  if (t->kind != TK_COMMA) return first;
  Vec items = {0};
  vpush(P, &items, first);
  Extent e = first->ext;
  while (!*P->fatal && peek(P, LEX_CMD)->kind == TK_COMMA) {
    consume(P);
    skip_nl(P);
    t = peek(P, LEX_CMD);
    Node *x = t->kind == TK_COMMA ? NULL : parse_cmd_primary(P, true);
    if (!x) {
      if (!*P->fatal)
        perr(P, "MissingArgument", after_last(P), at_eof(P), "Missing argument in parameter list.");
      break;
    }
    vpush(P, &items, x);
    e = span(e, x->ext);
  }
  Node *a = mk(P, N_ARRAYLIT, e);
  a->u.arr.items = vlist(&items);
  return a;
}

static Node *parse_redirection(Parser *P) {
  Token tk = *cur_tok(P);
  consume(P);
  Node *r = mk(P, N_REDIR, tk.ext);
  r->u.redir.from_stream = tk.redir_from;
  r->u.redir.to_stream = tk.redir_to;
  r->u.redir.append = tk.redir_append;
  if (tk.redir_to) return r;
  Node *target = parse_cmd_primary(P, true);
  if (!target) {
    if (!*P->fatal)
      perr(P, "MissingFileSpecification", after(P, tk.ext), at_eof(P),
           "Missing file specification after redirection operator.");
    return r;
  }
  r->u.redir.target = target;
  r->ext = span(tk.ext, target->ext);
  return r;
}

static Node *parse_command(Parser *P) {
  Token *t = peek(P, LEX_STMT);
  Extent start = t->ext;
  Node *c = mk(P, N_COMMAND, start);
  Vec elems = {0}, redirs = {0};
  if (t->kind == TK_AMP || t->kind == TK_DOT) {
    c->u.cmd.invoke = t->kind == TK_AMP ? INVOKE_AMP : INVOKE_DOT;
    char op = t->kind == TK_AMP ? '&' : '.';
    consume(P);
    Node *name = parse_cmd_primary(P, true);
    if (!name) {
      if (!*P->fatal)
        perr(P, "MissingExpression", after_last(P), at_eof(P),
             "Missing expression after '%c' in pipeline element.", op);
      c->u.cmd.elems = vlist(&elems);
      return c;
    }
    vpush(P, &elems, name);
  } else {
    Token tk = *t;
    Node *name = NULL;
    if (t->kind == TK_GENERIC) {
      consume(P);
      name = bareword_node(P, &tk);
    } else if (t->kind == TK_PARAM || t->kind == TK_DEC || t->kind == TK_LABEL ||
               t->kind == TK_NUMBER) {
      consume(P);
      name = mk_str(P, tk.ext, adup(P, P->L.src + tk.ext.off, tk.ext.end - tk.ext.off),
                    tk.ext.end - tk.ext.off, AST_BAREWORD);
    } else {
      name = parse_cmd_primary(P, true);
    }
    if (!name) {
      if (!*P->fatal) unexpected(P, peek(P, LEX_CMD));
      c->u.cmd.elems = vlist(&elems);
      return c;
    }
    vpush(P, &elems, name);
  }
  bool params_done = false;
  while (!*P->fatal) {
    t = peek(P, LEX_CMD);
    if (cmd_end(t->kind)) break;
    Node *x = NULL;
    if (t->kind == TK_AMP) {
      perr(P, "AmpersandNotAllowed", t->ext, false,
           "The ampersand (&) character is not allowed. The & operator is reserved for future "
           "use; wrap an ampersand in double quotation marks (\"&\") to pass it as part of a "
           "string.");
      break;
    } else if (t->kind == TK_REDIR) {
      vpush(P, &redirs, parse_redirection(P));
      continue;
    } else if (t->kind == TK_PARAM && !params_done) {
      Token tk = *t;
      consume(P);
      x = mk(P, N_PARAM, tk.ext);
      x->u.par.name = tk.text;
      x->u.par.text = adup(P, tk.raw, tk.raw_len);
      x->u.par.colon = tk.colon;
      if (tk.colon) {
        Token *v = peek(P, LEX_CMD);
        if (!cmd_end(v->kind) && v->kind != TK_REDIR) {
          x->u.par.arg = parse_cmd_argument(P, true);
          if (x->u.par.arg) x->ext = span(x->ext, x->u.par.arg->ext);
        } else if (!*P->fatal) {
          char buf[128];
          snprintf(buf, sizeof buf, "%.*s", (int)(tk.raw_len < 100 ? tk.raw_len : 100), tk.raw);
          perr(P, "ParameterRequiresArgument", tk.ext, false, "Parameter %s requires an argument.",
               buf);
        }
      }
    } else if (t->kind == TK_DEC && !params_done) {
      consume(P);
      params_done = true;
      continue;
    } else if (t->kind == TK_COMMA) {
      perr(P, "MissingArgument", t->ext, false, "Missing argument in parameter list.");
      break;
    } else {
      x = parse_cmd_argument(P, params_done);
      if (!x) {
        if (!*P->fatal) unexpected(P, peek(P, LEX_CMD));
        break;
      }
    }
    vpush(P, &elems, x);
  }
  c->u.cmd.elems = vlist(&elems);
  c->u.cmd.redirs = vlist(&redirs);
  Extent e = start;
  if (elems.n) e = span(e, elems.items[elems.n - 1]->ext);
  if (redirs.n) e = span(e, redirs.items[redirs.n - 1]->ext);
  c->ext = e;
  return c;
}

/* ------------------------------------------------------------------ */
/* pipelines and assignment                                            */

static bool expr_start(const Token *t) {
  switch (t->kind) {
  case TK_NUMBER: case TK_SQSTRING: case TK_DQSTRING: case TK_VAR: case TK_LPAREN:
  case TK_DOLLAR_PAREN: case TK_AT_PAREN: case TK_AT_BRACE: case TK_LBRACKET: case TK_NOT:
  case TK_INC: case TK_COMMA: case TK_LBRACE: case TK_SPLAT:
    return true;
  case TK_OP: return true;
  case TK_DEC: return true;
  default: return false;
  }
}

static bool valid_lhs(const Node *n) {
  if (!n) return false;
  switch (n->kind) {
  case N_VAR: return !(n->flags & AST_SPLAT);
  case N_MEMBER: case N_INDEX: return true;
  case N_CAST: return valid_lhs(n->u.cast.expr);
  case N_ARRAYLIT:
    for (int i = 0; i < n->u.arr.items.n; i++)
      if (!valid_lhs(n->u.arr.items.items[i])) return false;
    return n->u.arr.items.n > 0;
  default: return false;
  }
}

static Node *finish_pipeline(Parser *P, Node *first) {
  Vec elems = {0};
  vpush(P, &elems, first);
  Extent e = first->ext;
  while (!*P->fatal) {
    Token *t = peek(P, LEX_EXPR);
    if (t->kind != TK_PIPE) break;
    Extent bar = t->ext;
    consume(P);
    skip_nl(P);
    t = peek(P, LEX_STMT);
    if (t->kind == TK_EOF || t->kind == TK_PIPE || t->kind == TK_SEMI || t->kind == TK_RBRACE ||
        t->kind == TK_RPAREN || t->kind == TK_NEWLINE) {
      perr(P, "EmptyPipeElement", t->kind == TK_EOF ? after(P, bar) : bar, t->kind == TK_EOF,
           "An empty pipe element is not allowed.");
      break;
    }
    if (t->kind != TK_AMP && t->kind != TK_DOT && t->kind != TK_GENERIC && expr_start(t) &&
        t->kind != TK_NUMBER && t->kind != TK_OP && t->kind != TK_DEC) {
      perr(P, "ExpressionsMustBeFirstInPipeline", t->ext, false,
           "Expressions are only allowed as the first element of a pipeline.");
      break;
    }
    Node *c = parse_command(P);
    vpush(P, &elems, c);
    e = span(e, c->ext);
  }
  Node *p = mk(P, N_PIPELINE, e);
  p->u.pipe.elems = vlist(&elems);
  return p;
}

/* pipeline, or assignment when the first element is an assignable
 * expression followed by an assignment operator */
static Node *parse_pipeline(Parser *P) {
  Token *t = peek(P, LEX_STMT);
  if (!expr_start(t) || (t->kind == TK_DEC && !(t->ext.end < P->L.len))) {
    if (cmd_end(t->kind)) return NULL;
    return finish_pipeline(P, parse_command(P));
  }
  if (t->kind == TK_DEC) {
    /* "--" alone at statement start is a command name; "--$x" an expression */
    Token *e = peek(P, LEX_EXPR);
    if (e->kind != TK_DEC) return finish_pipeline(P, parse_command(P));
  }
  Node *x = parse_expr(P);
  if (*P->fatal) return x;
  if (!x) {
    t = peek(P, LEX_EXPR);
    if (t->kind == TK_OP && t->op == OP_NONE) unexpected(P, t);
    else if (!*P->fatal) unexpected(P, t);
    return NULL;
  }
  t = peek(P, LEX_EXPR);
  if (t->kind == TK_ASSIGN) {
    Token op = *t;
    consume(P);
    if (!valid_lhs(x)) {
      perr(P, "InvalidLeftHandSide", x->ext, false,
           "The assignment expression is not valid. The input to an assignment operator must be "
           "an object that is able to accept assignments, such as a variable or a property.");
      return x;
    }
    skip_nl(P);
    Node *rhs = parse_statement(P);
    if (!rhs) {
      if (!*P->fatal) {
        char buf[16];
        perr(P, "ExpectedValueExpression", after(P, op.ext), at_eof(P),
             "You must provide a value expression following the '%s' operator.",
             tok_text(P, &op, buf, sizeof buf));
      }
      return x;
    }
    Node *a = mk(P, N_ASSIGN, span(x->ext, rhs->ext));
    a->u.assign.op = op.op;
    a->u.assign.lhs = x;
    a->u.assign.rhs = rhs;
    return a;
  }
  Node *ce = mk(P, N_CMDEXPR, x->ext);
  ce->u.cmdexpr.expr = x;
  Vec redirs = {0};
  while (!*P->fatal && peek(P, LEX_EXPR)->kind == TK_REDIR) {
    Node *r = parse_redirection(P);
    vpush(P, &redirs, r);
    ce->ext = span(ce->ext, r->ext);
  }
  ce->u.cmdexpr.redirs = vlist(&redirs);
  return finish_pipeline(P, ce);
}

/* ------------------------------------------------------------------ */
/* blocks                                                              */

/* '{' statements '}' as a statement body; NULL when there is no '{'
 * (*missing set, nothing reported). */
static Node *parse_stmt_block(Parser *P, bool *missing) {
  skip_nl(P);
  Token *t = peek(P, LEX_EXPR);
  if (t->kind != TK_LBRACE) {
    *missing = true;
    return NULL;
  }
  *missing = false;
  Extent open = t->ext;
  consume(P);
  Vec stmts = {0}, traps = {0};
  parse_statements(P, &stmts, &traps, TK_RBRACE);
  Node *b = mk_block(P, open, &stmts, &traps);
  if (*P->fatal) return b;
  t = cur_tok(P);
  if (t->kind != TK_RBRACE) {
    perr(P, "MissingEndCurlyBrace", open, t->kind == TK_EOF,
         "Missing closing '}' in statement block or type definition.");
    return b;
  }
  consume(P);
  b->ext = span(open, P->last);
  return b;
}

static bool sb_named_kw(const Token *t) {
  return is_kw(t, "begin") || is_kw(t, "process") || is_kw(t, "end") || is_kw(t, "dynamicparam");
}

/* param( ... ) at the cursor (the keyword is current). */
static Node *parse_param_block(Parser *P, Vec *attrs) {
  Token *t = cur_tok(P);
  Extent kw = t->ext;
  consume(P);
  skip_nl(P);
  t = peek(P, LEX_EXPR);
  Node *pb = mk(P, N_PARAMBLOCK, kw);
  pb->u.pb.attrs = vlist(attrs);
  if (t->kind != TK_LPAREN) {
    perr(P, "MissingOpenParenthesisAfterKeyword", after(P, kw), t->kind == TK_EOF,
         "Missing opening '(' after keyword 'param'.");
    return pb;
  }
  consume(P);
  Vec params = {0};
  parse_param_list(P, TK_RPAREN, &params);
  pb->u.pb.params = vlist(&params);
  pb->ext = span(kw, P->last);
  return pb;
}

/* parameter declarations up to `closer` (consumed). */
static Node *parse_param_list(Parser *P, TokKind closer, Vec *out) {
  for (;;) {
    if (*P->fatal) return NULL;
    skip_nl(P);
    Token *t = peek(P, LEX_EXPR);
    if (t->kind == closer) {
      consume(P);
      return NULL;
    }
    if (t->kind == TK_EOF) break;
    Vec attrs = {0};
    Extent start = t->ext;
    while (!*P->fatal && peek(P, LEX_EXPR)->kind == TK_LBRACKET) {
      vpush(P, &attrs, parse_attribute(P));
      skip_nl(P);
    }
    if (*P->fatal) return NULL;
    t = peek(P, LEX_EXPR);
    if (t->kind != TK_VAR) {
      if (t->kind == TK_EOF) break;
      perr(P, "InvalidFunctionParameter", t->ext, false,
           "Parameter declarations are a comma-separated list of variable names with optional "
           "initializer expressions.");
      return NULL;
    }
    Node *d = mk(P, N_PARAMDECL, span(start, t->ext));
    d->u.param.name = t->text;
    d->u.param.name_len = t->len;
    consume(P);
    d->u.param.attrs = vlist(&attrs);
    t = peek(P, LEX_EXPR);
    if (t->kind == TK_ASSIGN && t->op == OP_ASSIGN) {
      Extent eq = t->ext;
      consume(P);
      skip_nl(P);
      d->u.param.dflt = parse_expr_nocomma(P);
      if (!d->u.param.dflt) {
        if (!*P->fatal)
          perr(P, "ExpectedValueExpression", after(P, eq), at_eof(P),
               "You must provide a value expression following the '=' operator.");
        return NULL;
      }
      d->ext = span(d->ext, d->u.param.dflt->ext);
    }
    vpush(P, out, d);
    skip_nl(P);
    t = peek(P, LEX_EXPR);
    if (t->kind == TK_COMMA) {
      consume(P);
      continue;
    }
    if (t->kind == closer) {
      consume(P);
      return NULL;
    }
    break;
  }
  if (*P->fatal) return NULL;
  Token *t = cur_tok(P);
  perr(P, "MissingEndParenthesisInFunctionParameterList", after_last(P), t->kind == TK_EOF,
       "Missing ')' in function parameter list.");
  return NULL;
}

/* Try to read [attr]... param( ... ) at the block start. */
static Node *try_param_block(Parser *P) {
  LexPos m = mark(P);
  int nerr = P->errs->n;
  bool inc = P->errs->incomplete;
  Vec attrs = {0};
  for (;;) {
    skip_nl(P);
    Token *t = peek(P, LEX_STMT);
    if (t->kind == TK_LBRACKET && !*P->fatal) {
      Node *a = parse_attribute(P);
      if (!a || *P->fatal) break;
      vpush(P, &attrs, a);
      continue;
    }
    if (is_kw(t, "param") && !*P->fatal) {
      LexPos m2 = mark(P);
      consume(P);
      skip_nl(P);
      bool paren = peek(P, LEX_EXPR)->kind == TK_LPAREN;
      reset(P, m2);
      if (paren) {
        peek(P, LEX_STMT);
        return parse_param_block(P, &attrs);
      }
    }
    break;
  }
  /* not a param block: undo */
  for (int i = nerr; i < P->errs->n; i++) {
    free(P->errs->items[i].msg);
    free(P->errs->items[i].id);
  }
  P->errs->n = nerr;
  P->errs->incomplete = inc;
  *P->fatal = false;
  reset(P, m);
  return NULL;
}

/* The body of a script block up to `closer`: [param()] then named blocks
 * or statements. `open` is the '{' (or the start for a script). Consumes
 * the closer. Returns N_SCRIPTBLOCK. */
static Node *parse_sb_body(Parser *P, Extent open, TokKind closer, bool is_filter) {
  Node *sb = mk(P, N_SCRIPTBLOCK, open);
  sb->u.sb.is_filter = is_filter;
  if (!depth_enter(P)) {
    depth_leave(P);
    return sb;
  }
  skip_nl_semi(P);
  sb->u.sb.params = try_param_block(P);
  skip_nl_semi(P);
  Token *t = peek(P, LEX_STMT);
  bool named = false;
  if (sb_named_kw(t)) {
    LexPos m = mark(P);
    consume(P);
    skip_nl(P);
    named = peek(P, LEX_EXPR)->kind == TK_LBRACE;
    reset(P, m);
  }
  if (named) {
    sb->u.sb.named_blocks = true;
    for (;;) {
      skip_nl_semi(P);
      if (*P->fatal) break;
      t = peek(P, LEX_STMT);
      if (t->kind == closer || t->kind == TK_EOF) break;
      if (!sb_named_kw(t)) {
        char buf[128];
        perr(P, "MissingNamedBlocks", t->ext, false,
             "unexpected token '%s', expected 'begin', 'process', 'end', or 'dynamicparam'.",
             tok_text(P, t, buf, sizeof buf));
        break;
      }
      Token kw = *t;
      consume(P);
      bool missing;
      Node *b = parse_stmt_block(P, &missing);
      if (missing) {
        char buf[32];
        perr(P, "MissingNamedStatementBlock", after(P, kw.ext), at_eof(P),
             "Missing statement block after '%s'.", tok_text(P, &kw, buf, sizeof buf));
        break;
      }
      Node **slot = is_kw(&kw, "begin")     ? &sb->u.sb.begin
                    : is_kw(&kw, "process") ? &sb->u.sb.process
                    : is_kw(&kw, "end")     ? &sb->u.sb.end
                                            : &sb->u.sb.dynamicparam;
      if (*slot) {
        char buf[32];
        perr(P, "DuplicateScriptCommandClause", kw.ext, false,
             "Script command clause '%s' has already been defined.",
             tok_text(P, &kw, buf, sizeof buf));
        break;
      }
      *slot = b;
    }
  } else {
    Vec stmts = {0}, traps = {0};
    LexPos s = lex_pos_at(&P->L, (LexPos){open.off, open.line, open.col},
                          closer == TK_EOF ? open.off : open.end);
    parse_statements(P, &stmts, &traps, closer);
    Extent be = {s.off, P->have ? P->tok.ext.off : P->L.pos.off, s.line, s.col};
    Node *b = mk_block(P, be, &stmts, &traps);
    if (is_filter) sb->u.sb.process = b;
    else sb->u.sb.end = b;
  }
  depth_leave(P);
  if (*P->fatal) return sb;
  t = cur_tok(P);
  if (closer == TK_EOF) {
    if (t->kind != TK_EOF) unexpected(P, t);
    sb->ext.end = P->L.len;
    return sb;
  }
  t = peek(P, LEX_EXPR);
  if (t->kind != closer) {
    if (t->kind == TK_EOF)
      perr(P, "MissingEndCurlyBrace", open, true,
           "Missing closing '}' in statement block or type definition.");
    else unexpected(P, t);
    return sb;
  }
  consume(P);
  sb->ext = span(open, P->last);
  return sb;
}

/* ------------------------------------------------------------------ */
/* statements                                                          */

static Node *parse_cond_paren(Parser *P, const char *kw, Extent kwext, bool is_if) {
  skip_nl(P);
  Token *t = peek(P, LEX_EXPR);
  if (t->kind != TK_LPAREN) {
    if (is_if)
      perr(P, "MissingOpenParenthesisInIfStatement", after(P, kwext), t->kind == TK_EOF,
           "Missing '(' after '%s' in if statement.", kw);
    else
      perr(P, "MissingOpenParenthesisAfterKeyword", after(P, kwext), t->kind == TK_EOF,
           "Missing opening '(' after keyword '%s'.", kw);
    return NULL;
  }
  consume(P);
  Extent lp = P->last;
  skip_nl(P);
  Node *c = parse_pipeline(P);
  if (*P->fatal) return c;
  if (!c) {
    if (is_if)
      perr(P, "IfStatementMissingCondition", after(P, lp), at_eof(P),
           "Missing condition in if statement after '%s ('.", kw);
    else
      perr(P, "MissingExpressionAfterKeyword", after(P, lp), at_eof(P),
           "Missing expression after '%s' in loop.", kw);
    return NULL;
  }
  skip_nl(P);
  t = peek(P, LEX_EXPR);
  if (t->kind != TK_RPAREN) {
    if (t->kind == TK_EOF || t->kind == TK_NEWLINE || t->kind == TK_LBRACE)
      perr(P, "MissingEndParenthesisAfterStatement", after_last(P), t->kind == TK_EOF,
           "Missing closing ')' after expression in '%s' statement.", kw);
    else unexpected(P, t);
    return NULL;
  }
  consume(P);
  return c;
}

static Node *parse_if(Parser *P, Extent kwext) {
  Node *n = mk(P, N_IF, kwext);
  Vec conds = {0}, bodies = {0};
  const char *kw = "if";
  for (;;) {
    Node *c = parse_cond_paren(P, kw, kwext, true);
    if (!c || *P->fatal) break;
    Extent rp = P->last;
    bool missing;
    Node *b = parse_stmt_block(P, &missing);
    if (missing) {
      perr(P, "MissingStatementBlock", after(P, rp), at_eof(P),
           "Missing statement block after %s ( condition ).", kw);
      break;
    }
    vpush(P, &conds, c);
    vpush(P, &bodies, b);
    n->ext = span(n->ext, b->ext);
    if (*P->fatal) break;
    LexPos m = mark(P);
    skip_nl(P);
    Token *t = peek(P, LEX_STMT);
    if (is_kw(t, "elseif")) {
      kwext = t->ext;
      kw = "elseif";
      consume(P);
      continue;
    }
    if (is_kw(t, "else")) {
      Extent ek = t->ext;
      consume(P);
      Node *eb = parse_stmt_block(P, &missing);
      if (missing) {
        perr(P, "MissingStatementBlockAfterElse", after(P, ek), at_eof(P),
             "Missing statement block after 'else' keyword.");
        break;
      }
      n->u.if_.else_body = eb;
      n->ext = span(n->ext, eb->ext);
      break;
    }
    reset(P, m);
    break;
  }
  n->u.if_.conds = vlist(&conds);
  n->u.if_.bodies = vlist(&bodies);
  return n;
}

static Node *loop_body(Parser *P, const char *kw, Extent at) {
  bool missing;
  Node *b = parse_stmt_block(P, &missing);
  if (missing && !*P->fatal)
    perr(P, "MissingLoopStatement", after(P, at), at_eof(P), "Missing statement body in %s loop.", kw);
  return b;
}

static Node *parse_while(Parser *P, Extent kw, const char *label) {
  Node *n = mk(P, N_WHILE, kw);
  n->u.loop.label = label;
  n->u.loop.cond = parse_cond_paren(P, "while", kw, false);
  if (!n->u.loop.cond || *P->fatal) return n;
  n->u.loop.body = loop_body(P, "while", P->last);
  if (n->u.loop.body) n->ext = span(kw, n->u.loop.body->ext);
  return n;
}

static Node *parse_do(Parser *P, Extent kw, const char *label) {
  Node *n = mk(P, N_DOWHILE, kw);
  n->u.loop.label = label;
  n->u.loop.body = loop_body(P, "do", kw);
  if (!n->u.loop.body || *P->fatal) return n;
  skip_nl(P);
  Token *t = peek(P, LEX_STMT);
  bool until = is_kw(t, "until");
  if (!until && !is_kw(t, "while")) {
    perr(P, "MissingWhileOrUntilInDoWhile", after_last(P), t->kind == TK_EOF,
         "Missing while or until keyword in do loop.");
    return n;
  }
  if (until) n->kind = N_DOUNTIL;
  Extent wk = t->ext;
  consume(P);
  n->u.loop.cond = parse_cond_paren(P, until ? "until" : "while", wk, false);
  n->ext = span(kw, P->last);
  return n;
}

static bool for_sep(Parser *P) {
  bool any = false;
  for (;;) {
    Token *t = peek(P, LEX_EXPR);
    if (t->kind == TK_NEWLINE) {
      consume(P);
      any = true;
      continue;
    }
    if (t->kind == TK_SEMI) {
      consume(P);
      skip_nl(P);
      return true;
    }
    return any;
  }
}

static Node *parse_for(Parser *P, Extent kw, const char *label) {
  Node *n = mk(P, N_FOR, kw);
  n->u.loop.label = label;
  skip_nl(P);
  Token *t = peek(P, LEX_EXPR);
  if (t->kind != TK_LPAREN) {
    perr(P, "MissingOpenParenthesisAfterKeyword", after(P, kw), t->kind == TK_EOF,
         "Missing opening '(' after keyword 'for'.");
    return n;
  }
  consume(P);
  skip_nl(P);
  Node **parts[3] = {&n->u.loop.init, &n->u.loop.cond, &n->u.loop.iter};
  for (int i = 0; i < 3 && !*P->fatal; i++) {
    t = peek(P, LEX_STMT);
    if (t->kind != TK_SEMI && t->kind != TK_RPAREN && t->kind != TK_EOF) *parts[i] = parse_pipeline(P);
    if (*P->fatal) return n;
    if (i < 2 && !for_sep(P)) break;
  }
  if (*P->fatal) return n;
  skip_nl(P);
  t = peek(P, LEX_EXPR);
  if (t->kind != TK_RPAREN) {
    if (t->kind == TK_EOF)
      perr(P, "MissingEndParenthesisAfterStatement", after_last(P), true,
           "Missing closing ')' after expression in 'for' statement.");
    else unexpected(P, t);
    return n;
  }
  consume(P);
  n->u.loop.body = loop_body(P, "for", P->last);
  if (n->u.loop.body) n->ext = span(kw, n->u.loop.body->ext);
  return n;
}

static Node *parse_foreach(Parser *P, Extent kw, const char *label) {
  Node *n = mk(P, N_FOREACH, kw);
  n->u.loop.label = label;
  skip_nl(P);
  Token *t = peek(P, LEX_CMD);
  while (t->kind == TK_PARAM) { /* -Parallel etc. (not in 5.1) */
    char buf[64];
    perr(P, "InvalidForeachFlag", t->ext, false, "The parameter %s is not valid for the foreach statement.",
         tok_text(P, t, buf, sizeof buf));
    return n;
  }
  t = peek(P, LEX_EXPR);
  if (t->kind != TK_LPAREN) {
    perr(P, "MissingOpenParenthesisAfterKeyword", after(P, kw), t->kind == TK_EOF,
         "Missing opening '(' after keyword 'foreach'.");
    return n;
  }
  consume(P);
  skip_nl(P);
  t = peek(P, LEX_EXPR);
  if (t->kind != TK_VAR) {
    perr(P, "MissingVariableNameAfterForeach", after_last(P), t->kind == TK_EOF,
         "Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}");
    return n;
  }
  Token vt = *t;
  consume(P);
  n->u.loop.var = var_node(P, &vt, false);
  skip_nl(P);
  t = peek(P, LEX_EXPR);
  if (!is_kw(t, "in")) {
    perr(P, "MissingInInForeach", after_last(P), t->kind == TK_EOF,
         "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}");
    return n;
  }
  consume(P);
  skip_nl(P);
  n->u.loop.source = parse_pipeline(P);
  if (*P->fatal) return n;
  if (!n->u.loop.source) {
    perr(P, "MissingForeachExpression", after_last(P), at_eof(P),
         "Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}");
    return n;
  }
  skip_nl(P);
  t = peek(P, LEX_EXPR);
  if (t->kind != TK_RPAREN) {
    perr(P, "MissingEndParenthesisAfterForeach", after_last(P), t->kind == TK_EOF,
         "Missing closing ')' after expression part of foreach loop.\nThe correct form is: foreach ($a in $b) {...}");
    return n;
  }
  consume(P);
  bool missing;
  Extent rp = P->last;
  n->u.loop.body = parse_stmt_block(P, &missing);
  if (missing) {
    perr(P, "MissingForeachStatement", after(P, rp), at_eof(P),
         "Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}");
    return n;
  }
  n->ext = span(kw, n->u.loop.body->ext);
  return n;
}

static bool prefix_ci(const char *s, size_t n, const char *full) {
  size_t fl = strlen(full);
  if (n == 0 || n > fl) return false;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != full[i]) return false;
  }
  return true;
}

static Node *parse_switch(Parser *P, Extent kw, const char *label) {
  Node *n = mk(P, N_SWITCH, kw);
  n->u.sw.label = label;
  Token *t;
  bool file = false;
  for (;;) {
    skip_nl(P);
    t = peek(P, LEX_CMD);
    if (t->kind != TK_PARAM) break;
    static const struct { const char *name; unsigned f; } flags[] = {
        {"regex", SW_REGEX}, {"wildcard", SW_WILDCARD}, {"exact", SW_EXACT},
        {"casesensitive", SW_CASESENSITIVE}, {"file", SW_FILE}};
    unsigned f = 0;
    for (size_t i = 0; i < 5; i++)
      if (prefix_ci(t->text, t->len, flags[i].name)) f = flags[i].f;
    if (!f) {
      char buf[64];
      perr(P, "InvalidSwitchFlag", t->ext, false, "The parameter %s is not valid for the switch statement.",
           tok_text(P, t, buf, sizeof buf));
      return n;
    }
    n->u.sw.flags |= f;
    consume(P);
    if (f == SW_FILE) {
      file = true;
      skip_nl(P);
      n->u.sw.subject = parse_cmd_primary(P, true);
      if (!n->u.sw.subject) {
        if (!*P->fatal)
          perr(P, "MissingFilenameOption", after_last(P), at_eof(P),
               "Cannot process the 'switch' statement because of a missing file name argument "
               "to the -file option.");
        return n;
      }
    }
  }
  if (*P->fatal) return n;
  if (!file) {
    t = peek(P, LEX_EXPR);
    if (t->kind != TK_LPAREN) {
      perr(P, "PipelineValueRequired", after_last(P), t->kind == TK_EOF,
           "A switch statement must have one of the following:  '-file file_name' or '( expression )'.");
      return n;
    }
    consume(P);
    skip_nl(P);
    n->u.sw.subject = parse_pipeline(P);
    if (*P->fatal) return n;
    if (!n->u.sw.subject) {
      perr(P, "MissingSwitchValueExpression", after_last(P), at_eof(P),
           "Missing expression after '(' in switch statement.");
      return n;
    }
    skip_nl(P);
    t = peek(P, LEX_EXPR);
    if (t->kind != TK_RPAREN) {
      perr(P, "MissingEndParenthesisInSwitchStatement", after_last(P), t->kind == TK_EOF,
           "Missing ')' after expression in switch statement.");
      return n;
    }
    consume(P);
  }
  skip_nl(P);
  t = peek(P, LEX_EXPR);
  if (t->kind != TK_LBRACE) {
    perr(P, "MissingCurlyBraceInSwitchStatement", after_last(P), t->kind == TK_EOF,
         "Missing '{' in switch statement.");
    return n;
  }
  Extent open = t->ext;
  consume(P);
  Vec clauses = {0};
  for (;;) {
    if (*P->fatal) break;
    t = peek(P, LEX_CMD);
    if (t->kind == TK_NEWLINE || t->kind == TK_SEMI) {
      consume(P);
      continue;
    }
    if (t->kind == TK_RBRACE) {
      consume(P);
      n->ext = span(kw, P->last);
      break;
    }
    if (t->kind == TK_EOF) {
      perr(P, "MissingEndCurlyBrace", open, true,
           "Missing closing '}' in statement block or type definition.");
      break;
    }
    bool dflt = is_kw(t, "default");
    Node *cond = NULL;
    Extent ce = t->ext;
    if (dflt) consume(P);
    else {
      cond = parse_cmd_primary(P, true);
      if (!cond) {
        if (!*P->fatal) unexpected(P, peek(P, LEX_CMD));
        break;
      }
      ce = cond->ext;
    }
    bool missing;
    Node *body = parse_stmt_block(P, &missing);
    if (missing) {
      if (!*P->fatal)
        perr(P, "MissingSwitchStatementClause", after(P, ce), at_eof(P),
             "Missing statement block in switch statement clause.");
      break;
    }
    if (dflt) {
      if (n->u.sw.dflt) {
        perr(P, "MultipleSwitchDefaultClauses", ce, false,
             "A switch statement can have only one default clause.");
        break;
      }
      n->u.sw.dflt = body;
    } else {
      Node *cl = mk(P, N_SWITCHCLAUSE, span(ce, body->ext));
      cl->u.clause.cond = cond;
      cl->u.clause.body = body;
      vpush(P, &clauses, cl);
    }
  }
  n->u.sw.clauses = vlist(&clauses);
  return n;
}

static Node *parse_catch_types(Parser *P, Vec *types) {
  for (;;) {
    skip_nl(P);
    Token *t = peek(P, LEX_EXPR);
    if (t->kind != TK_LBRACKET) return NULL;
    Node *a = parse_attribute(P);
    if (!a || *P->fatal) return NULL;
    a->kind = N_TYPECONSTRAINT;
    vpush(P, types, a);
    skip_nl(P);
    t = peek(P, LEX_EXPR);
    if (t->kind != TK_COMMA) return NULL;
    consume(P);
  }
}

static Node *parse_try(Parser *P, Extent kw) {
  Node *n = mk(P, N_TRY, kw);
  bool missing;
  n->u.try_.body = parse_stmt_block(P, &missing);
  if (missing) {
    if (!*P->fatal)
      perr(P, "MissingTryStatementBlock", after(P, kw), at_eof(P),
           "The Try statement is missing its statement block.");
    return n;
  }
  n->ext = span(kw, n->u.try_.body->ext);
  Vec catches = {0};
  while (!*P->fatal) {
    LexPos m = mark(P);
    skip_nl(P);
    Token *t = peek(P, LEX_STMT);
    if (is_kw(t, "catch")) {
      Node *c = mk(P, N_CATCH, t->ext);
      consume(P);
      Vec types = {0};
      parse_catch_types(P, &types);
      c->u.catch_.types = vlist(&types);
      if (*P->fatal) break;
      Extent at = P->last;
      c->u.catch_.body = parse_stmt_block(P, &missing);
      if (missing) {
        perr(P, "MissingCatchHandlerBlock", after(P, at), at_eof(P),
             "The Catch block is missing its statement block.");
        break;
      }
      c->ext = span(c->ext, c->u.catch_.body->ext);
      vpush(P, &catches, c);
      n->ext = span(n->ext, c->ext);
      continue;
    }
    if (is_kw(t, "finally")) {
      Extent fk = t->ext;
      consume(P);
      n->u.try_.fin = parse_stmt_block(P, &missing);
      if (missing) {
        perr(P, "MissingFinallyStatementBlock", after(P, fk), at_eof(P),
             "The Finally block is missing its statement block.");
        break;
      }
      n->ext = span(n->ext, n->u.try_.fin->ext);
      break;
    }
    reset(P, m);
    break;
  }
  n->u.try_.catches = vlist(&catches);
  if (!*P->fatal && catches.n == 0 && !n->u.try_.fin)
    perr(P, "MissingCatchOrFinally", after(P, n->u.try_.body->ext), at_eof(P),
         "The Try statement is missing its Catch or Finally block.");
  return n;
}

static Node *parse_trap(Parser *P, Extent kw) {
  Node *n = mk(P, N_TRAP, kw);
  Vec types = {0};
  parse_catch_types(P, &types);
  n->u.catch_.types = vlist(&types);
  if (*P->fatal) return n;
  bool missing;
  n->u.catch_.body = parse_stmt_block(P, &missing);
  if (missing) {
    if (!*P->fatal)
      perr(P, "MissingTrapStatement", after_last(P), at_eof(P),
           "The 'trap' statement was incomplete. A trap statement requires a body.");
    return n;
  }
  n->ext = span(kw, n->u.catch_.body->ext);
  return n;
}

static Node *parse_function(Parser *P, Extent kw, bool is_filter) {
  Node *n = mk(P, N_FUNCDEF, kw);
  n->u.func.is_filter = is_filter;
  Token *t = peek(P, LEX_CMD);
  if (t->kind == TK_GENERIC || t->kind == TK_PARAM || t->kind == TK_NUMBER) {
    n->u.func.name = adup(P, P->L.src + t->ext.off, t->ext.end - t->ext.off);
  } else if (t->kind == TK_SQSTRING) {
    n->u.func.name = t->text;
  } else {
    perr(P, "MissingNameAfterKeyword", after(P, kw), t->kind == TK_EOF,
         "Missing name after %s keyword.", is_filter ? "filter" : "function");
    return n;
  }
  consume(P);
  skip_nl(P);
  t = peek(P, LEX_EXPR);
  Vec params = {0};
  bool had_parens = false;
  if (t->kind == TK_LPAREN) {
    consume(P);
    had_parens = true;
    parse_param_list(P, TK_RPAREN, &params);
    if (*P->fatal || P->errs->n) {
      n->u.func.params = vlist(&params);
      if (*P->fatal || at_eof(P)) return n;
    }
    skip_nl(P);
    t = peek(P, LEX_EXPR);
  }
  n->u.func.params = vlist(&params);
  if (t->kind != TK_LBRACE) {
    perr(P, "MissingFunctionBody", after_last(P), t->kind == TK_EOF,
         "Missing function body in function declaration.");
    return n;
  }
  Extent open = t->ext;
  consume(P);
  n->u.func.body = parse_sb_body(P, open, TK_RBRACE, is_filter);
  n->ext = span(kw, n->u.func.body->ext);
  if (!*P->fatal && had_parens && n->u.func.body->u.sb.params)
    perr(P, "OnlyOneParameterListAllowed", n->u.func.body->u.sb.params->ext, false,
         "The param statement cannot be used if arguments were specified in the function "
         "declaration.");
  return n;
}

static Node *parse_jump(Parser *P, NodeKind k, Extent kw) {
  Node *n = mk(P, k, kw);
  Token *t = peek(P, k == N_BREAK || k == N_CONTINUE ? LEX_CMD : LEX_STMT);
  if (cmd_end(t->kind) || t->kind == TK_PIPE) return n;
  if (k == N_BREAK || k == N_CONTINUE) {
    Node *l = parse_cmd_primary(P, true);
    n->u.jump.label = l;
    if (l) n->ext = span(kw, l->ext);
    return n;
  }
  Node *v = parse_pipeline(P);
  n->u.jump.value = v;
  if (v) n->ext = span(kw, v->ext);
  return n;
}

static Node *parse_statement_inner(Parser *P) {
  Token *t = peek(P, LEX_STMT);
  const char *label = NULL;
  Extent start = t->ext;
  if (t->kind == TK_LABEL) {
    label = t->text;
    consume(P);
    skip_nl(P);
    t = peek(P, LEX_STMT);
  }
  if (t->kind == TK_GENERIC && t->plain) {
    Extent kw = t->ext;
    if (is_kw(t, "if")) { consume(P); return parse_if(P, kw); }
    if (is_kw(t, "while")) { consume(P); return parse_while(P, label ? start : kw, label); }
    if (is_kw(t, "do")) { consume(P); return parse_do(P, label ? start : kw, label); }
    if (is_kw(t, "for")) { consume(P); return parse_for(P, label ? start : kw, label); }
    if (is_kw(t, "foreach")) { consume(P); return parse_foreach(P, label ? start : kw, label); }
    if (is_kw(t, "switch")) { consume(P); return parse_switch(P, label ? start : kw, label); }
    if (is_kw(t, "try")) { consume(P); return parse_try(P, kw); }
    if (is_kw(t, "trap")) { consume(P); return parse_trap(P, kw); }
    if (is_kw(t, "function")) { consume(P); return parse_function(P, kw, false); }
    if (is_kw(t, "filter")) { consume(P); return parse_function(P, kw, true); }
    if (is_kw(t, "break")) { consume(P); return parse_jump(P, N_BREAK, kw); }
    if (is_kw(t, "continue")) { consume(P); return parse_jump(P, N_CONTINUE, kw); }
    if (is_kw(t, "return")) { consume(P); return parse_jump(P, N_RETURN, kw); }
    if (is_kw(t, "exit")) { consume(P); return parse_jump(P, N_EXIT, kw); }
    if (is_kw(t, "throw")) { consume(P); return parse_jump(P, N_THROW, kw); }
    if (is_kw(t, "from")) {
      perr(P, "FromKeywordNotAllowed", kw, false,
           "The 'from' keyword is not supported in this version of the language.");
      return NULL;
    }
  }
  if (label) {
    /* a label before something that is not a loop: it is just ignored */
  }
  return parse_pipeline(P);
}

static Node *parse_statement(Parser *P) {
  if (*P->fatal) return NULL;
  if (!depth_enter(P)) {
    depth_leave(P);
    return NULL;
  }
  Node *n = parse_statement_inner(P);
  depth_leave(P);
  return n;
}

static bool block_stmt(const Node *n) {
  switch (n->kind) {
  case N_IF: case N_WHILE: case N_DOWHILE: case N_DOUNTIL: case N_FOR: case N_FOREACH:
  case N_SWITCH: case N_TRY: case N_TRAP: case N_FUNCDEF:
    return true;
  default:
    return false;
  }
}

static void parse_statements(Parser *P, Vec *stmts, Vec *traps, TokKind closer) {
  for (;;) {
    if (*P->fatal) return;
    Token *t = peek(P, LEX_STMT);
    if (t->kind == TK_NEWLINE || t->kind == TK_SEMI) {
      consume(P);
      continue;
    }
    if (t->kind == TK_EOF || t->kind == closer) return;
    if (t->kind == TK_RBRACE || t->kind == TK_RPAREN) {
      unexpected(P, t);
      return;
    }
    Node *s = parse_statement(P);
    if (*P->fatal) return;
    if (!s) {
      t = cur_tok(P);
      if (t->kind == TK_EOF) return;
      unexpected(P, t);
      return;
    }
    vpush(P, stmts, s);
    if (s->kind == N_TRAP) vpush(P, traps, s);
    t = cur_tok(P);
    if (t->kind == TK_NEWLINE || t->kind == TK_SEMI || t->kind == TK_EOF || t->kind == closer)
      continue;
    if (block_stmt(s) && t->kind != TK_RBRACE && t->kind != TK_RPAREN) continue;
    if (t->kind == TK_RBRACE || t->kind == TK_RPAREN) {
      /* re-read in statement mode: the closer check happens above */
      continue;
    }
    t = peek(P, LEX_EXPR);
    if (t->kind == TK_NEWLINE || t->kind == TK_SEMI || t->kind == TK_EOF || t->kind == closer)
      continue;
    unexpected(P, t);
    return;
  }
}

/* ------------------------------------------------------------------ */
/* entry points                                                        */

bool parse_script(const char *src, size_t len, const char *path, Script **out,
                  ParseErrors *errs) {
  memset(errs, 0, sizeof *errs);
  *out = NULL;
  if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
      (unsigned char)src[2] == 0xBF) {
    src += 3;
    len -= 3;
  }
  if (len > 0xFFFFFFF0u) {
    Extent e = {0, 0, 1, 1};
    bool f = false;
    add_error(errs, "ScriptTooComplicated", "Processing was stopped because the script is too complex.", e, false, &f);
    return false;
  }
  Script *s = xcalloc(1, sizeof *s);
  s->refs = 1;
  s->src = xmalloc(len + 1);
  if (len) memcpy(s->src, src, len);
  s->src[len] = 0;
  s->len = len;
  if (path) s->path = xstrdup(path);
  Arena *A = arena_new();
  s->arena = A;

  Parser P;
  memset(&P, 0, sizeof P);
  P.A = A;
  P.errs = errs;
  P.depth = &P.depth_store;
  P.fatal = &P.fatal_store;
  lex_init(&P.L, s->src, len, A, lex_err_cb, &P);
  Extent whole = {0, (uint32_t)len, 1, 1};
  Node *root = parse_sb_body(&P, whole, TK_EOF, false);
  root->ext = whole;
  if (errs->n > 0) {
    script_release(s);
    return false;
  }
  s->root = root;
  *out = s;
  return true;
}

void script_retain(Script *s) {
  if (s) s->refs++;
}

void script_release(Script *s) {
  if (!s || --s->refs > 0) return;
  arena_free(s->arena);
  free(s->src);
  free(s->path);
  free(s);
}

const char *script_line(const Script *s, uint32_t line, size_t *len) {
  *len = 0;
  if (!s || !s->src || line == 0) return "";
  const char *p = s->src, *end = s->src + s->len;
  uint32_t l = 1;
  while (l < line && p < end) {
    if (*p == '\n') l++;
    else if (*p == '\r') {
      if (p + 1 < end && p[1] == '\n') p++;
      l++;
    }
    p++;
  }
  if (l != line) return "";
  const char *q = p;
  while (q < end && *q != '\n' && *q != '\r') q++;
  *len = (size_t)(q - p);
  return p;
}

const char *ast_kind_name(NodeKind k) {
  static const char *names[N_KIND_COUNT] = {
      [N_SCRIPTBLOCK] = "scriptblock", [N_PARAMBLOCK] = "paramblock", [N_PARAMDECL] = "param",
      [N_ATTRIBUTE] = "attr", [N_TYPECONSTRAINT] = "typecon", [N_NAMEDARG] = "named",
      [N_STMTBLOCK] = "block", [N_PIPELINE] = "pipe", [N_COMMAND] = "cmd",
      [N_CMDEXPR] = "expr", [N_PARAM] = "par", [N_REDIR] = "redir", [N_ASSIGN] = "assign",
      [N_IF] = "if", [N_WHILE] = "while", [N_DOWHILE] = "dowhile", [N_DOUNTIL] = "dountil",
      [N_FOR] = "for", [N_FOREACH] = "foreach", [N_SWITCH] = "switch",
      [N_SWITCHCLAUSE] = "clause", [N_BREAK] = "break", [N_CONTINUE] = "continue",
      [N_RETURN] = "return", [N_EXIT] = "exit", [N_THROW] = "throw", [N_TRY] = "try",
      [N_CATCH] = "catch", [N_TRAP] = "trap", [N_FUNCDEF] = "function", [N_CONST] = "const",
      [N_EXPSTR] = "expstr", [N_VAR] = "var", [N_BINARY] = "binary", [N_UNARY] = "unary",
      [N_CAST] = "cast", [N_TYPE] = "type", [N_ARRAYLIT] = "array", [N_ARRAYEXPR] = "@()",
      [N_SUBEXPR] = "$()", [N_PAREN] = "paren", [N_HASH] = "hash", [N_SBEXPR] = "sb",
      [N_MEMBER] = "member", [N_INVOKE] = "invoke", [N_INDEX] = "index",
  };
  return (unsigned)k < N_KIND_COUNT && names[k] ? names[k] : "?";
}

const char *ast_op_name(AstOp op) {
  static const char *names[OP_COUNT] = {
      [OP_NONE] = "none", [OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*", [OP_DIV] = "/",
      [OP_MOD] = "%", [OP_EQ] = "-eq", [OP_NE] = "-ne", [OP_GT] = "-gt", [OP_GE] = "-ge",
      [OP_LT] = "-lt", [OP_LE] = "-le", [OP_LIKE] = "-like", [OP_NOTLIKE] = "-notlike",
      [OP_MATCH] = "-match", [OP_NOTMATCH] = "-notmatch", [OP_CONTAINS] = "-contains",
      [OP_NOTCONTAINS] = "-notcontains", [OP_IN] = "-in", [OP_NOTIN] = "-notin",
      [OP_REPLACE] = "-replace", [OP_SPLIT] = "-split", [OP_IS] = "-is", [OP_ISNOT] = "-isnot",
      [OP_AS] = "-as", [OP_JOIN] = "-join", [OP_FORMAT] = "-f", [OP_RANGE] = "..",
      [OP_AND] = "-and", [OP_OR] = "-or", [OP_XOR] = "-xor", [OP_BAND] = "-band",
      [OP_BOR] = "-bor", [OP_BXOR] = "-bxor", [OP_SHL] = "-shl", [OP_SHR] = "-shr",
      [OP_NOT] = "-not", [OP_BNOT] = "-bnot", [OP_NEG] = "neg", [OP_PLUS] = "plus",
      [OP_COMMA] = "unary,", [OP_USPLIT] = "usplit", [OP_UJOIN] = "ujoin",
      [OP_PREINC] = "pre++", [OP_PREDEC] = "pre--", [OP_POSTINC] = "post++",
      [OP_POSTDEC] = "post--", [OP_ASSIGN] = "=", [OP_ADD_ASSIGN] = "+=",
      [OP_SUB_ASSIGN] = "-=", [OP_MUL_ASSIGN] = "*=", [OP_DIV_ASSIGN] = "/=",
      [OP_MOD_ASSIGN] = "%=",
  };
  return (unsigned)op < OP_COUNT && names[op] ? names[op] : "?";
}
