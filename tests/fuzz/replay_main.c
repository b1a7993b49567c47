/* replay_main.c - without libFuzzer: run every file named on the command
 * line (directories are walked recursively) through the fuzz target. The
 * names are made absolute first: a target may change its current folder
 * (fuzz_host.h's sandbox). */
#define _DEFAULT_SOURCE /* realpath */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "replay: cannot open %s\n", path);
    return 1;
  }
  size_t cap = 65536, n = 0;
  uint8_t *buf = malloc(cap);
  if (!buf) abort();
  size_t r;
  while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      cap *= 2;
      uint8_t *nb = realloc(buf, cap);
      if (!nb) abort();
      buf = nb;
    }
  }
  fclose(f);
  LLVMFuzzerTestOneInput(buf, n);
  free(buf);
  return 0;
}

static int replay(const char *path, int *count) {
  struct stat st;
  if (stat(path, &st) != 0) {
    fprintf(stderr, "replay: skipping missing %s\n", path);
    return 0;
  }
  if (!S_ISDIR(st.st_mode)) {
    (*count)++;
    return replay_file(path);
  }
  DIR *d = opendir(path);
  if (!d) return 1;
  int rc = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    size_t len = strlen(path) + strlen(e->d_name) + 2;
    char *sub = malloc(len);
    if (!sub) abort();
    snprintf(sub, len, "%s/%s", path, e->d_name);
    rc |= replay(sub, count);
    free(sub);
  }
  closedir(d);
  return rc;
}

int main(int argc, char **argv) {
  int rc = 0, count = 0;
  char **abs = calloc((size_t)argc + 1, sizeof *abs);
  if (!abs) abort();
  for (int i = 1; i < argc; i++) abs[i] = realpath(argv[i], NULL);
  for (int i = 1; i < argc; i++) {
    if (abs[i]) rc |= replay(abs[i], &count);
    else fprintf(stderr, "replay: skipping missing %s\n", argv[i]);
    free(abs[i]);
  }
  free(abs);
  printf("replayed %d inputs\n", count);
  return rc;
}
