/* checker.h - the runbook checker (checker.c): a script read, not run, and
 * what it would get wrong. Findings are sorted by position; messages are
 * owned by the list (chk_findings_free). */
#ifndef UCSH_CHECKER_H
#define UCSH_CHECKER_H

#include <stdbool.h>
#include <stdio.h>

#include "../runtime/interp.h"

typedef struct ChkFinding {
  int line, col;
  bool error;       /* parse error, unknown command or parameter */
  const char *rule; /* "Parse", "Command", "Parameter", or a rule: "RB2", "E5", ... */
  char *message;
} ChkFinding;

typedef struct ChkFindings {
  ChkFinding *v;
  size_t n, cap;
  int errors;
} ChkFindings;

/* Checks the script at path (a real path); false when it cannot be read. */
bool chk_run(Interp *I, const char *path, ChkFindings *out);
void chk_findings_free(ChkFindings *f);

/* `ucsh -Check`: prints "path:line:col: error|warning RULE: message" lines
 * and a summary to f; returns the number of errors, -1 when unreadable. */
int chk_print(Interp *I, const char *path, FILE *f);

#endif
