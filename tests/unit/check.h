/* check.h - what the C unit tests share: the pass/fail counters, CHECK,
 * a private temporary folder, and the summary line ("N passed, N failed")
 * that ctest reads through the exit code. Header-only: each test is one
 * program that includes it once. */
#ifndef UCSH_TEST_CHECK_H
#define UCSH_TEST_CHECK_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

static int passed, failed;

#define CHECK(cond)                                                   \
  do {                                                                \
    if (cond) passed++;                                               \
    else {                                                            \
      failed++;                                                       \
      printf("FAIL %s line %d: %s\n", __func__, __LINE__, #cond);     \
    }                                                                 \
  } while (0)

static char tmpdir[256]; /* empty until check_tmpdir() */

/* Make /tmp/ucsh-test-<name>-XXXXXX; false when it cannot be made. */
static inline bool check_tmpdir(const char *name) {
  snprintf(tmpdir, sizeof tmpdir, "/tmp/ucsh-test-%s-XXXXXX", name);
  return mkdtemp(tmpdir) != NULL;
}

/* out = <tmpdir>/<name>. */
static inline void check_tmp_path(char *out, size_t n, const char *name) {
  snprintf(out, n, "%s/%s", tmpdir, name);
}

/* Remove the temporary folder, print the summary; the exit status. */
static inline int check_done(void) {
  if (tmpdir[0]) {
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd)) printf("could not remove %s\n", tmpdir);
  }
  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}

#endif
