/* parser_int.h - the parser's private state, shared by parser.c only. */
#ifndef UCSH_PARSER_INT_H
#define UCSH_PARSER_INT_H

#include "arena.h"
#include "lexer.h"
#include "parser.h"

#define PARSE_MAX_DEPTH 1000

typedef struct Parser {
  Lexer L;
  Arena *A;
  ParseErrors *errs;
  Token tok;       /* the current (peeked) token */
  bool have;       /* tok is valid */
  LexMode tmode;   /* mode tok was read in */
  LexPos tstart;   /* cursor before tok (re-read from here in another mode) */
  Extent last;     /* extent of the last consumed token */
  int *depth;      /* shared with sub-parsers of $( ) in strings */
  int depth_store;
  bool *fatal;     /* a non-incomplete error was reported: stop */
  bool fatal_store;
} Parser;

#endif
