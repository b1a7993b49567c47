/* repl.c - the interactive loop. This first form reads plain lines; the
 * REPL issue replaces the line reading with libedit (history, completion)
 * behind the same function, and this stays the only file that knows. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "strbuf.h"

int repl_run(Interp *I) {
  StrBuf input = SB_INIT;
  char *line = NULL;
  size_t cap = 0;
  bool more = false;
  for (;;) {
    fputs(more ? ">> " : "PS> ", stdout);
    fflush(stdout);
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) break;
    sb_putn(&input, line, (size_t)n);
    bool incomplete = false;
    /* an empty line ends a continued input */
    bool blank = n <= 1;
    if (more && blank) {
      host_run_text(I, sb_cstr(&input), input.len, NULL, true, NULL, 0, NULL);
      sb_reset(&input);
      more = false;
      continue;
    }
    host_run_text(I, sb_cstr(&input), input.len, NULL, true, NULL, 0, &incomplete);
    if (incomplete) {
      more = true;
      continue;
    }
    sb_reset(&input);
    more = false;
    if (interp_exit_code(I) && interp_has_exited(I)) break;
  }
  free(line);
  sb_free(&input);
  if (!interp_has_exited(I)) fputc('\n', stdout);
  return interp_exit_code(I);
}
