/* fspath.c - file cmdlets' paths: the lab's drives, ~, and the store's own
 * files kept out of reach (fspath.h). */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#include "fspath.h"
#include "../parser/xalloc.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "drives.h"
#include "lab.h"
#include "store.h"

char *fspath_plain(const char *typed) {
  bool tilde = typed[0] == '~' && (!typed[1] || typed[1] == '/' || typed[1] == '\\');
  const char *home = tilde ? getenv("HOME") : NULL;
  size_t hn = home ? strlen(home) : 0;
  char *out = xmalloc(hn + strlen(typed) + 1);
  memcpy(out, home ? home : "", hn);
  strcpy(out + hn, typed + (home ? 1 : 0));
  for (char *t = out; *t; t++)
    if (*t == '\\') *t = '/';
  return out;
}

char *fspath_resolve(CmdCtx *c, const char *typed, Status *st) {
  *st = ST_OK;
  if (!drives_is_windows(typed)) return fspath_plain(typed);
  Store *s = lab_store(c, st);
  if (!s) return NULL;
  char *err = NULL;
  char *p = drives_path(c->I, store_path(s), typed, &err);
  if (!p)
    *st = lab_fail(c, "FileFolderUnavailable", "WriteError", "%s", err ? err : typed);
  free(err);
  return p;
}

/* The absolute form of path, its folder resolved (the file need not exist). */
static char *absolute(const char *path) {
  char *full = realpath(path, NULL);
  if (full) return full;
  char *dir = xstrdup(path), *slash = strrchr(dir, '/');
  const char *base = slash ? slash + 1 : path;
  if (slash) *slash = 0;
  char *rdir = realpath(slash ? (*dir ? dir : "/") : ".", NULL);
  char *out = rdir ? xmalloc(strlen(rdir) + strlen(base) + 2) : NULL;
  if (out) sprintf(out, "%s/%s", rdir, base);
  free(rdir);
  free(dir);
  return out;
}

/* True when real names one of the lab store's files: by name (symbolic
 * links resolved) or, for a file that exists, by device and inode (a hard
 * link to the store is the store). */
static bool is_store_file(const char *real) {
  char *err = NULL, *store = store_resolve_path(NULL, &err);
  free(err);
  if (!store || strcmp(store, ":memory:") == 0) {
    free(store);
    return false;
  }
  char *a = absolute(real), *b = absolute(store);
  static const char *const SUFFIX[] = {"", "-wal", "-shm", "-journal"};
  bool hit = false;
  size_t bn = b ? strlen(b) : 0;
  struct stat sa, sb;
  bool real_exists = stat(real, &sa) == 0;
  for (size_t i = 0; a && b && !hit && i < sizeof SUFFIX / sizeof SUFFIX[0]; i++) {
    hit = strncmp(a, b, bn) == 0 && strcmp(a + bn, SUFFIX[i]) == 0;
    if (!hit && real_exists) {
      char *side = xmalloc(bn + 10);
      if (side) {
        sprintf(side, "%s%s", b, SUFFIX[i]);
        hit = stat(side, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
        free(side);
      }
    }
  }
  free(a), free(b), free(store);
  return hit;
}

#define STORE_OWN_MSG "The file \"%s\" is the lab store's own; file cmdlets do not write it."

bool fspath_refuse_write(CmdCtx *c, const char *real, Status *st) {
  *st = ST_OK;
  bool hit = is_store_file(real);
  if (hit) *st = lab_fail(c, "LabStoreFileProtected", "PermissionDenied", STORE_OWN_MSG, real);
  return hit;
}

char *fspath_write_guard(Interp *I, const char *path) {
  (void)I;
  if (!is_store_file(path)) return NULL;
  size_t n = strlen(path) + sizeof STORE_OWN_MSG;
  char *msg = xmalloc(n);
  if (msg) snprintf(msg, n, STORE_OWN_MSG, path);
  return msg;
}
