/* fuzz_host.h - what the fuzz targets that run scripts share: a sandbox
 * for the file system, and a fresh interpreter per input with every cmdlet
 * on a :memory: lab store, a step and time budget, and its output thrown
 * away. Header-only (static inline): each target includes it once.
 *
 * The sandbox: scripts may write and remove files, so the first input
 * moves the process into a fresh folder. With UCSH_FUZZ_CHROOT set (as
 * tests/fuzz/run.sh sets it, running the fuzzer as root inside its work
 * folder with relative corpus paths) the process chroots into its current
 * folder, so nothing outside it can be reached; otherwise (the corpus
 * replays under ctest, any user) it changes into a new temporary folder
 * and relies on the committed corpus being reviewed text. */
#ifndef UCSH_FUZZ_HOST_H
#define UCSH_FUZZ_HOST_H

#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* nftw */
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* chroot, mkdtemp */
#endif
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <ftw.h>
#include <unistd.h>

#include "../../cmdlets/cmdlets.h"
#include "../../parser/parser.h"
#include "../../parser/xalloc.h"
#include "../../runtime/interp.h"

/* Per input: 200,000 evaluation steps or 2 s, whichever comes first. */
enum { FUZZ_STEPS = 200000, FUZZ_MS = 2000 };

static inline void fuzz_discard(void *ctx, const char *s, size_t n) { (void)ctx, (void)s, (void)n; }

static inline void fuzz_die(const char *what) {
  perror(what);
  exit(2);
}

/* The environment a script sees, reset before each input (a script may
 * change $env:UCSH_STORE and the like; the next input must not inherit it). */
static inline void fuzz_reset_env(void) {
  setenv("UCSH_STORE", ":memory:", 1);
  setenv("HOME", "/tmp/home", 1);
  setenv("TMPDIR", "/tmp", 1);
  unsetenv("UCSH_DRIVES");
  unsetenv("UCSH_HISTORY");
}

/* The sandbox: the folder scripts run in (per input), and the folder the
 * fuzzer itself works in (it reads its corpus lazily, by relative paths). */
static char fuzz_play[64];
static int fuzz_home_fd = -1;

static inline int fuzz_rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw) {
  (void)sb, (void)flag, (void)ftw;
  remove(path);
  return 0;
}

/* At exit (not in chroot mode): the temporary folder goes. */
static inline void fuzz_sandbox_remove(void) {
  if (fchdir(fuzz_home_fd) == 0) nftw(fuzz_play, fuzz_rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static inline void fuzz_sandbox_enter(void) {
  if (fuzz_home_fd < 0) {
    if (getenv("UCSH_FUZZ_CHROOT")) {
      if (chroot(".") != 0 || chdir("/") != 0) fuzz_die("fuzz: chroot into the work folder");
      mkdir("/tmp", 0700);
      mkdir("/tmp/home", 0700);
      mkdir("/play", 0700);
      strcpy(fuzz_play, "/play");
    } else {
      strcpy(fuzz_play, "/tmp/ucsh-fuzz.XXXXXX");
      if (!mkdtemp(fuzz_play)) fuzz_die("fuzz: a temporary folder");
      atexit(fuzz_sandbox_remove);
    }
    if ((fuzz_home_fd = open(".", O_RDONLY | O_DIRECTORY)) < 0) fuzz_die("fuzz: the work folder");
  }
  mkdir(fuzz_play, 0700); /* a script may have removed it */
  if (chdir(fuzz_play) != 0) fuzz_die("fuzz: chdir into the sandbox");
}

/* A fresh interpreter with every cmdlet, no prompts, output discarded. */
static inline Interp *fuzz_interp(void) {
  fuzz_sandbox_enter();
  fuzz_reset_env();
  HostIO io = {NULL, fuzz_discard, fuzz_discard, NULL, false, 80, fuzz_discard};
  Interp *I = interp_new(&io);
  cmdlets_register_all(I);
  interp_set_budget(I, FUZZ_STEPS, FUZZ_MS);
  return I;
}

/* The end of an input: the interpreter goes, and the process goes back to
 * the fuzzer's folder (Set-Location moved it). */
static inline void fuzz_interp_done(Interp *I) {
  interp_free(I);
  if (fchdir(fuzz_home_fd) != 0) fuzz_die("fuzz: back to the work folder");
}

/* Parse and run text as a script file runs (its own scope, output to the
 * default formatter). Parse errors are printed (to nowhere) as usual. */
static inline void fuzz_run(Interp *I, const char *bytes, size_t len) {
  char *text = xmalloc(len + 1); /* the fuzzer's bytes have no NUL after them */
  memcpy(text, bytes, len);
  text[len] = 0;
  Script *s = NULL;
  ParseErrors errs = {0};
  if (parse_script(text, len, "fuzz.ps1", &s, &errs)) {
    interp_run_script(I, s, false, NULL, 0);
    script_release(s);
  } else {
    interp_print_parse_errors(I, "fuzz.ps1", text, &errs);
    parse_errors_free(&errs);
  }
  free(text);
}

/* Write bytes to a file in the sandbox. */
static inline void fuzz_write_file(const char *path, const uint8_t *data, size_t size) {
  FILE *f = fopen(path, "wb");
  if (!f) fuzz_die(path);
  if (size && fwrite(data, 1, size, f) != size) fuzz_die(path);
  fclose(f);
}

/* The csv and json targets: the bytes after the first are written to
 * `file`; the first byte picks one of `nreaders` script lines that read
 * it, and `use` (the rest of the script) works with what was read. */
static inline void fuzz_run_reader(const uint8_t *data, size_t size, const char *file,
                                   const char *const *readers, size_t nreaders, const char *use) {
  if (size == 0) return;
  Interp *I = fuzz_interp();
  fuzz_write_file(file, data + 1, size - 1);
  const char *reader = readers[data[0] % nreaders];
  size_t n = strlen(reader) + strlen(use) + 1;
  char *script = xmalloc(n);
  snprintf(script, n, "%s%s", reader, use);
  fuzz_run(I, script, n - 1);
  free(script);
  fuzz_interp_done(I);
}

#endif
