/* transcript.c - Start-Transcript's record of a session (prefix
 * interp_transcript_): while one is open, everything the host shows (output,
 * errors, warnings) is also written to the transcript file, with Windows
 * PowerShell 5.1's header and footer around it, and the interactive loop
 * adds each command line as the console showed it. The host's own output
 * functions are wrapped, so no caller changes. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "interp_int.h"
#include "../parser/xalloc.h"

struct Transcript {
  FILE *f;
  char *path;
  HostIO host; /* the host's own functions, called first */
};

static void tee_out(void *ctx, const char *s, size_t n) {
  Interp *I = ctx;
  I->transcript->host.write_out(I->transcript->host.ctx, s, n);
  fwrite(s, 1, n, I->transcript->f);
}

static void tee_err(void *ctx, const char *s, size_t n) {
  Interp *I = ctx;
  I->transcript->host.write_err(I->transcript->host.ctx, s, n);
  fwrite(s, 1, n, I->transcript->f);
}

static void tee_warn(void *ctx, const char *s, size_t n) {
  Interp *I = ctx;
  Transcript *t = I->transcript;
  if (t->host.write_warn) t->host.write_warn(t->host.ctx, s, n);
  else t->host.write_out(t->host.ctx, s, n);
  fwrite(s, 1, n, t->f);
}

/* 20130201090000: the transcript's time stamps (local time). */
static void stamp(char *buf, size_t n) {
  time_t now = time(NULL);
  struct tm tm;
  localtime_r(&now, &tm);
  strftime(buf, n, "%Y%m%d%H%M%S", &tm);
}

static void header(FILE *f) {
  char when[32], host[256] = "localhost";
  stamp(when, sizeof when);
  gethostname(host, sizeof host - 1);
  const char *user = getenv("USER");
  fprintf(f,
          "**********************\n"
          "Windows PowerShell transcript start\n"
          "Start time: %s\n"
          "Username: %s\n"
          "RunAs User: %s\n"
          "Machine: %s (ucsh)\n"
          "Host Application: ucsh\n"
          "Process ID: %ld\n"
          "PSVersion: 5.1\n"
          "**********************\n",
          when, user ? user : "", user ? user : "", host, (long)getpid());
}

bool interp_transcript_start(Interp *I, const char *path, bool append) {
  out_flush(I); /* what is shown before starts goes out before the switch */
  if (I->transcript) interp_transcript_stop(I);
  FILE *f = fopen(path, append ? "a" : "w");
  if (!f) return false;
  Transcript *t = xcalloc(1, sizeof *t);
  *t = (Transcript){f, xstrdup(path), I->io};
  header(f);
  I->transcript = t;
  I->io.ctx = I;
  I->io.write_out = tee_out, I->io.write_err = tee_err, I->io.write_warn = tee_warn;
  return true;
}

const char *interp_transcript_path(const Interp *I) {
  return I->transcript ? I->transcript->path : NULL;
}

void interp_transcript_command(Interp *I, const char *prompt, const char *text) {
  if (I->transcript) fprintf(I->transcript->f, "%s%s\n", prompt, text);
}

bool interp_transcript_stop(Interp *I) {
  Transcript *t = I->transcript;
  if (!t) return false;
  out_flush(I); /* the output so far belongs to the transcript */
  char when[32];
  stamp(when, sizeof when);
  fprintf(t->f,
          "**********************\n"
          "Windows PowerShell transcript end\n"
          "End time: %s\n"
          "**********************\n",
          when);
  fclose(t->f);
  I->io = t->host;
  I->transcript = NULL;
  free(t->path);
  free(t);
  return true;
}
