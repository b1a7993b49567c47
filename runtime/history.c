/* history.c - the session history behind Get-History, Clear-History and
 * Invoke-History (prefix interp_history_), and running a command line
 * given as text (interp_run_text). The interactive loop records; the
 * cmdlets read. At most HISTORY_MAX entries are kept ($MaximumHistoryCount's
 * default in Windows PowerShell 5.1), the oldest dropped first. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "interp_int.h"
#include "../parser/xalloc.h"
#include "parser.h"

enum { HISTORY_MAX = 4096 };

static void entry_free(InterpHistory *h) { free(h->text); }

void interp_history_add(Interp *I, const char *text, HistStatus status, double start, double end) {
  char *t = I->hist.invoked ? I->hist.invoked : xstrdup(text);
  I->hist.invoked = NULL;
  if (!t) return;
  if (I->hist.n == HISTORY_MAX) interp_history_remove(I, 0);
  if (I->hist.n == I->hist.cap) {
    size_t cap = I->hist.cap ? I->hist.cap * 2 : 64;
    I->hist.v = xrealloc(I->hist.v, cap * sizeof *I->hist.v), I->hist.cap = cap;
  }
  I->hist.v[I->hist.n++] = (InterpHistory){++I->hist.next_id, t, status, start, end};
}

void interp_history_invoked(Interp *I, const char *text) {
  free(I->hist.invoked);
  I->hist.invoked = xstrdup(text);
}

size_t interp_history_count(const Interp *I) { return I->hist.n; }

const InterpHistory *interp_history_at(const Interp *I, size_t i) {
  return i < I->hist.n ? &I->hist.v[i] : NULL;
}

void interp_history_remove(Interp *I, size_t i) {
  if (i >= I->hist.n) return;
  entry_free(&I->hist.v[i]);
  memmove(I->hist.v + i, I->hist.v + i + 1, (I->hist.n - i - 1) * sizeof *I->hist.v);
  I->hist.n--;
}

void interp_history_free(Interp *I) {
  for (size_t i = 0; i < I->hist.n; i++) entry_free(&I->hist.v[i]);
  free(I->hist.v);
  free(I->hist.invoked);
  I->hist.v = NULL;
  I->hist.n = I->hist.cap = 0;
  I->hist.invoked = NULL;
}

Status interp_run_text(Interp *I, const char *text, Sink *out) {
  Script *s = NULL;
  ParseErrors errs = {0};
  if (!parse_script(text, strlen(text), NULL, &s, &errs)) {
    interp_print_parse_errors(I, NULL, text, &errs);
    parse_errors_free(&errs);
    interp_mark_failed(I);
    return ST_OK;
  }
  Value blk = val_block_new(s, s->root);
  Status st = interp_invoke_block(I, blk, false, false, val_null(), NULL, 0, out);
  val_unref(blk);
  script_release(s);
  return st;
}
