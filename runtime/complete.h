/* complete.h - tab completion: the candidates for the word at the cursor,
 * as PowerShell's TabExpansion2 finds them, from the same command tables
 * the binder uses (issue 5, point 3). A plain function: the REPL (libedit)
 * and the TabExpansion2 cmdlet call it; it never prints.
 *
 * What it completes (case-insensitive prefixes):
 *  - command position (line start, after | ; ( { & =): cmdlet, function
 *    and alias names, sorted, each once; a word with '/' or starting with
 *    '.' completes *.ps1 scripts and folders instead;
 *  - `-Pre` after a command: its parameter names not yet given (own ones in
 *    declaration order, then -WhatIf/-Confirm, then the common parameters),
 *    as `-Name` whatever dash was typed;
 *  - a parameter's value (after `-Name`, `-Name:`, a comma, or by
 *    position): ValidateSet values, else the parameter's completer
 *    (ParamDef.complete), else files for FileName/Path/LiteralPath/
 *    InputFile/OutputFile/FilePath; values needing quotes get single
 *    quotes, or the quote the user opened (closed with the same one);
 *  - `$name` variables visible from the current scope;
 *  - anything else: nothing.
 *
 * Ownership: complete_line fills *out with owned arrays and strings (the
 * previous contents are not freed: start from zeroed memory or after
 * complete_free); complete_free releases them and zeroes *out. The line is
 * borrowed and need not be valid UTF-8; no byte past line[strlen(line)]
 * is read. */
#ifndef UCSH_COMPLETE_H
#define UCSH_COMPLETE_H

#include <stddef.h>

#include "interp.h"

/* What a candidate is (TabExpansion2's CompletionResultType). */
typedef enum CompletionKind {
  CPL_COMMAND,   /* Command */
  CPL_PARAMETER, /* ParameterName */
  CPL_VALUE,     /* ParameterValue */
  CPL_VARIABLE,  /* Variable */
  CPL_FILE,      /* ProviderItem */
  CPL_DIRECTORY, /* ProviderContainer */
} CompletionKind;

/* The most candidates complete_line offers. */
enum { COMPLETE_MAX = 256 };

typedef struct Completion {
  char **items;  /* replacement texts, owned; in the order to offer them */
  size_t n;
  size_t start;  /* byte offset in line where the replaced word starts */
  size_t end;    /* and ends (usually the cursor; the whole word when the
                    cursor is inside it) */
  /* Parallel to items (owned): the text to list (ListItemText: no dash, no
   * $, no quotes), a tooltip, and the kind. */
  char **labels;
  char **tips;
  CompletionKind *kinds;
  size_t cap;
} Completion;

/* The candidates for the word at cursor in line (UTF-8, line[0..strlen)).
 * A cursor past the end counts as the end. Never fails: no candidates ->
 * n == 0 (start == end == cursor). */
void complete_line(Interp *I, const char *line, size_t cursor, Completion *out);
void complete_free(Completion *c);

/* "Command", "ParameterName", "ParameterValue", "Variable", "ProviderItem",
 * "ProviderContainer" (static). */
const char *complete_kind_name(CompletionKind k);

#endif
