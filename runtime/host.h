/* host.h - what main.c and repl.c share: reading script text and running
 * it with PowerShell's parse-then-run rule. */
#ifndef UCSH_HOST_H
#define UCSH_HOST_H

#include <stdbool.h>
#include <stddef.h>

#include "interp.h"

/* Decode a script file's bytes to UTF-8: a UTF-8 BOM is dropped, UTF-16LE
 * and UTF-16BE with BOM are converted. Returns malloc'd text or NULL. */
char *host_decode(const unsigned char *bytes, size_t n, size_t *outlen);
/* Read a whole file (decoded); NULL with errno set on failure. */
char *host_read_file(const char *path, size_t *len);
/* Read a whole stream (decoded). */
#include <stdio.h>
char *host_read_stream(FILE *f, size_t *len);

/* Parse and run text: parse errors are printed and nothing runs.
 * dot: run in the global scope (REPL, -Command). Returns false on a parse
 * error. *incomplete (may be NULL) is set when the input ended too early. */
bool host_run_text(Interp *I, const char *text, size_t len, const char *path, bool dot,
                   const Value *args, int nargs, bool *incomplete);

#endif
