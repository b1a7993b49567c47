/* xalloc.c - see xalloc.h. */
#define _POSIX_C_SOURCE 200809L /* strdup, strndup */
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

_Noreturn void xalloc_die(void) {
  static const char msg[] = "ucsh: out of memory\n";
  fflush(stdout);
  if (write(2, msg, sizeof msg - 1) < 0) { /* nothing more to do */
  }
  _exit(XALLOC_EXIT);
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) xalloc_die();
  return p;
}

void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) xalloc_die();
  return p;
}

void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) xalloc_die();
  return q;
}

char *xstrdup(const char *s) {
  if (!s) return NULL;
  char *p = strdup(s);
  if (!p) xalloc_die();
  return p;
}

char *xstrndup(const char *s, size_t n) {
  if (!s) return NULL;
  char *p = strndup(s, n);
  if (!p) xalloc_die();
  return p;
}
