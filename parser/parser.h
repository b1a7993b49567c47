/* parser.h - source text to a Script (see ast.h).
 *
 * The whole text is parsed before anything runs. Errors are collected (up to
 * PARSE_MAX_ERRORS) with PowerShell's message texts and error ids; a result
 * with any error has no tree. Ownership: on success *out is a new Script
 * with one reference, owned by the caller; the ParseErrors are owned by the
 * caller and freed with parse_errors_free(). */
#ifndef UCSH_PARSER_H
#define UCSH_PARSER_H

#include "ast.h"

#define PARSE_MAX_ERRORS 16

typedef struct ParseError {
  char *msg;   /* e.g. "Missing closing '}' in statement block or type definition." */
  char *id;    /* e.g. "MissingEndCurlyBrace" (FullyQualifiedErrorId) */
  Extent ext;  /* where the ~ underline goes (PowerShell's error position) */
} ParseError;

typedef struct ParseErrors {
  ParseError items[PARSE_MAX_ERRORS];
  int n;
  /* true when the input ended while something was still open (a brace,
   * paren, string, here-string, trailing pipe or backtick): a REPL should
   * read another line and parse again instead of reporting the errors. */
  bool incomplete;
} ParseErrors;

/* Parse `len` bytes of UTF-8 `src` (a leading UTF-8 BOM is skipped; CRLF
 * and CR are newlines). `path` names the file for messages (NULL for
 * command text). Returns true and sets *out on success. On failure returns
 * false, *out is NULL and errs holds at least one error. */
bool parse_script(const char *src, size_t len, const char *path,
                  Script **out, ParseErrors *errs);

void parse_errors_free(ParseErrors *errs);

#endif
