/* repl.h - the interactive loop on a terminal (repl.c, the only file that
 * includes libedit). */
#ifndef UCSH_REPL_H
#define UCSH_REPL_H

#include <stdbool.h>

#include "interp.h"

/* banner: printed first (its own newlines), or NULL. */
typedef struct ReplOptions {
  const char *banner;
} ReplOptions;

/* Reads, runs and records commands until exit or Ctrl+D; returns the exit
 * code. */
int repl_run(Interp *I, const ReplOptions *o);

/* The history file: $UCSH_HISTORY (empty: none), else
 * $XDG_STATE_HOME/ucsh/history, else ~/.local/state/ucsh/history. malloc'd
 * or NULL. */
char *repl_history_path(void);

/* Whether a typed line looks like it holds a secret (then it is kept out
 * of the history file): password, asplaintext, token, apikey, secret. */
bool repl_looks_secret(const char *line);

#endif
