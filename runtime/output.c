/* output.c - the interpreter's Out-Default and `>` redirection, both on
 * top of format.c (PowerShell 5.1's formatting rules live there). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "format.h"
#include "interp_int.h"

static void host_out(void *ctx, const char *s, size_t n) {
  Interp *I = ctx;
  I->io.write_out(I->io.ctx, s, n);
}

/* The console lays out in its width minus one (5.1's ConsoleLineOutput). */
static FmtOut *top_fmt(Interp *I) {
  if (!I->fmt) I->fmt = fmt_out_new(I, fmt_host_width(I) - 1, host_out, I);
  return I->fmt;
}

void out_flush(Interp *I) {
  if (I->fmt) fmt_out_end(I->fmt);
}

void out_free(Interp *I) {
  fmt_out_free(I->fmt);
  I->fmt = NULL;
}

void out_value(Interp *I, Value v) { fmt_out_object(top_fmt(I), v); }

static void file_out(void *ctx, const char *s, size_t n) { fwrite(s, 1, n, (FILE *)ctx); }

void out_to_file(Interp *I, Value items, const char *path, bool append) {
  char *refused = I->write_guard ? I->write_guard(I, path) : NULL;
  FILE *f = refused ? NULL : fopen(path, append ? "ab" : "wb");
  if (!f) {
    RtError e = {0};
    if (refused)
      rt_fail(&e, "System.UnauthorizedAccessException", "LabStoreFileProtected",
              "PermissionDenied", "%s", refused);
    else
      rt_fail(&e, "System.IO.IOException", "FileOpenFailure", "OpenError",
              "Could not open file '%s': %s", path, strerror(errno));
    free(refused);
    Value rec = interp_error_record(I, &e, NULL, NULL, val_null());
    rt_error_clear(&e);
    interp_write_error(I, rec);
    return;
  }
  /* `>` is Out-File: the same formatting at the host's full width. */
  FmtOut *fo = fmt_out_new(I, fmt_host_width(I), file_out, f);
  for (size_t i = 0; i < val_arr_len(items); i++) fmt_out_object(fo, val_arr_at(items, i));
  fmt_out_free(fo);
  fclose(f);
}
