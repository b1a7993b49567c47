/* lexer.h - mode-aware PowerShell tokenizer.
 *
 * PowerShell tokenizes differently in expression mode and in command
 * (argument) mode, so the parser asks for each token in the mode it needs:
 * lex_next(L, mode, &tok). The lexer is a cursor over the source; the parser
 * may save (lex_save) and restore (lex_restore) it to re-read a token in
 * another mode. Whitespace, comments and backtick-newline continuations are
 * skipped before a token (tok.space_before tells whether any was).
 *
 * Decoded text (single-quoted strings, variable names) is allocated in the
 * arena given to lex_init. Double-quoted strings and command-mode barewords
 * are returned raw (tok.raw/raw_len, quotes excluded for strings); the parser
 * expands them (see lex_scan_* helpers). Errors go to the callback. */
#ifndef UCSH_LEXER_H
#define UCSH_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"

typedef enum LexMode {
  LEX_EXPR,     /* expression mode                                         */
  LEX_CMD,      /* command-argument mode: barewords, -params               */
  LEX_STMT,     /* start of a statement: command mode, but numbers and     */
                /* unary operators read as in expression mode, :labels     */
  LEX_MEMBER,   /* after '.' or '::': a member name is an identifier       */
} LexMode;

typedef enum TokKind {
  TK_EOF,
  TK_NEWLINE,
  TK_SEMI,       /* ;   */
  TK_PIPE,       /* |   */
  TK_AMP,        /* &   */
  TK_COMMA,      /* ,   */
  TK_LPAREN, TK_RPAREN, TK_LBRACE, TK_RBRACE, TK_LBRACKET, TK_RBRACKET,
  TK_DOLLAR_PAREN, /* $( */
  TK_AT_PAREN,     /* @( */
  TK_AT_BRACE,     /* @{ */
  TK_DOT,          /* .  (member access, or dot-source in command mode) */
  TK_DCOLON,       /* :: */
  TK_DOTDOT,       /* .. */
  TK_NUMBER,       /* lit holds the value                                  */
  TK_SQSTRING,     /* '...' or @'...'@: text/len decoded                   */
  TK_DQSTRING,     /* "..." or @"..."@: raw/raw_len is the undecoded body  */
  TK_VAR,          /* $name: scope, text/len = name                        */
  TK_SPLAT,        /* @name                                                */
  TK_GENERIC,      /* command-mode bareword (raw/raw_len)                  */
  TK_IDENT,        /* expression-mode word (member names, attribute args)  */
  TK_PARAM,        /* -Name or -Name: (text = name, colon)                 */
  TK_OP,           /* an operator: op (+ flags); also unary-only ones      */
  TK_ASSIGN,       /* = += -= *= /= %=: op                                 */
  TK_INC, TK_DEC,  /* ++ --  (in command mode -- is the end-of-params mark)*/
  TK_NOT,          /* !                                                    */
  TK_REDIR,        /* > >> 2> 2>&1 *> ...: redir_from/to, append           */
  TK_LABEL,        /* :name at the start of a statement (text = name)      */
  TK_ERROR,        /* an unrecognised character                            */
} TokKind;

typedef struct Token {
  TokKind kind;
  Extent ext;
  bool space_before;  /* whitespace/comment/newline directly before it */
  /* decoded name or text (arena) */
  const char *text;
  size_t len;
  /* raw source slice (DQ strings: between the quotes; generic: whole) */
  const char *raw;
  size_t raw_len;
  uint32_t raw_off;   /* source offset of raw[0] */
  AstLit lit;         /* TK_NUMBER */
  AstOp op;           /* TK_OP, TK_ASSIGN */
  uint32_t flags;     /* AST_CASE_* for operators; AST_HERESTRING */
  AstScope scope;     /* TK_VAR */
  bool colon;         /* TK_PARAM: written -Name: */
  bool plain;         /* TK_GENERIC: no quotes, $ or backtick inside */
  bool braced;        /* TK_VAR: ${...} */
  int redir_from, redir_to; /* TK_REDIR: streams (0 = '*'), to 0 = file */
  bool redir_append;
} Token;

/* Position of the cursor (what lex_save/lex_restore copy). */
typedef struct LexPos {
  uint32_t off, line, col;
} LexPos;

typedef void (*LexErrorFn)(void *ctx, const char *id, const char *msg, Extent ext,
                           bool incomplete);

typedef struct Lexer {
  const char *src;
  uint32_t len;
  LexPos pos;
  Arena *arena;
  LexErrorFn on_error;
  void *err_ctx;
} Lexer;

void lex_init(Lexer *L, const char *src, size_t len, Arena *arena, LexErrorFn fn,
              void *ctx);
/* Read the next token in `mode`, advancing the cursor. */
void lex_next(Lexer *L, LexMode mode, Token *out);
static inline LexPos lex_save(const Lexer *L) { return L->pos; }
static inline void lex_restore(Lexer *L, LexPos p) { L->pos = p; }

/* Position (line/col) of byte offset `off`, counted from a known position
 * `from` at or before it. */
LexPos lex_pos_at(const Lexer *L, LexPos from, uint32_t off);

/* Character classes (code points). */
bool lex_is_dash(uint32_t c);
bool lex_is_squote(uint32_t c);
bool lex_is_dquote(uint32_t c);
bool lex_is_space(uint32_t c);

/* Decode one UTF-8 code point at s[*i] (i < n), advancing *i. Invalid bytes
 * decode as themselves (one byte). */
uint32_t lex_utf8(const char *s, size_t n, size_t *i);

/* Decode the backtick escape for character c (`n -> newline ...); returns
 * the code point. */
uint32_t lex_escape(uint32_t c);

/* Scan a variable reference after '$' at src[i] (i points past the '$') for
 * string expansion. Returns the end offset, or i when no valid name. Sets
 * the scope, the name and its length (arena). `*bad_drive` is set when the name ends
 * with ':' not followed by a name character ("$name: x"). */
size_t lex_scan_var(Lexer *L, size_t i, size_t end, AstScope *scope, const char **name,
                    size_t *name_len, bool *braced, bool *bad_drive);

/* Skip a $( ... ) body starting after "$(" at offset i; returns the offset
 * of the closing ')' or `end` when unterminated. Quotes, comments and
 * nested parens are honoured. */
size_t lex_skip_subexpr(const Lexer *L, size_t i, size_t end);

#endif
