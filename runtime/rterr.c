/* rterr.c - see rterr.h */
#include "rterr.h"
#include "../parser/xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

bool rt_fail(RtError *e, const char *exc, const char *fqid, const char *category,
             const char *fmt, ...) {
  if (!e) return false;
  free(e->msg);
  va_list ap, cp;
  va_start(ap, fmt);
  va_copy(cp, ap);
  int n = vsnprintf(NULL, 0, fmt, cp);
  va_end(cp);
  e->msg = xmalloc(n > 0 ? (size_t)n + 1 : 1);
  vsnprintf(e->msg, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
  va_end(ap);
  e->exc = exc ? exc : EXC_RUNTIME;
  e->fqid = fqid;
  e->category = category ? category : "NotSpecified";
  return false;
}

void rt_error_clear(RtError *e) {
  if (!e) return;
  free(e->msg);
  e->msg = NULL;
  e->exc = e->fqid = e->category = NULL;
}
