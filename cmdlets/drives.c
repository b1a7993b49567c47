/* drives.c - Windows file paths as real files of the lab (drives.h). */
#define _POSIX_C_SOURCE 200809L
#include "drives.h"
#include "../parser/xalloc.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* The drives folder of one interpreter. */
typedef struct Drives {
  char *root;
  bool throwaway; /* made for a :memory: lab: removed at the end */
} Drives;

bool drives_is_windows(const char *p) {
  bool drive = isalpha((unsigned char)p[0]) && p[1] == ':';
  bool unc = (p[0] == '\\' && p[1] == '\\') || (p[0] == '/' && p[1] == '/');
  return drive || unc;
}

/* mkdir -p of `dir` (modified in place, restored). */
static bool drives_mkdirs(char *dir) {
  for (char *p = dir + 1;; p++) {
    if (*p != '/' && *p) continue;
    char saved = *p;
    *p = 0;
    bool ok = mkdir(dir, 0777) == 0 || errno == EEXIST;
    *p = saved;
    if (!ok) return false;
    if (!saved) return true;
  }
}

/* rm -rf of a folder the lab made. */
static void drives_remove_tree(const char *path) {
  DIR *d = opendir(path);
  if (d) {
    for (struct dirent *e; (e = readdir(d));) {
      if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
      size_t n = strlen(path) + strlen(e->d_name) + 2;
      char *sub = xmalloc(n);
      snprintf(sub, n, "%s/%s", path, e->d_name);
      struct stat st;
      if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode)) drives_remove_tree(sub);
      else unlink(sub);
      free(sub);
    }
    closedir(d);
  }
  rmdir(path);
}

static void drives_free(void *p) {
  Drives *d = p;
  if (d->throwaway) drives_remove_tree(d->root);
  free(d->root);
  free(d);
}

/* <folder of the store file>/drives, or a throwaway folder for :memory:. */
static char *drives_root_for(const char *store_path, bool *throwaway) {
  const char *env = getenv("UCSH_DRIVES");
  *throwaway = false;
  if (env && *env) return xstrdup(env);
  if (!store_path || !*store_path || !strcmp(store_path, ":memory:")) {
    const char *tmp = getenv("TMPDIR");
    char buf[4096];
    snprintf(buf, sizeof buf, "%s/ucsh-drives-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    *throwaway = true;
    return mkdtemp(buf) ? xstrdup(buf) : NULL;
  }
  const char *slash = strrchr(store_path, '/');
  size_t dir = slash ? (size_t)(slash - store_path) : 1;
  char *root = xmalloc(dir + 8);
  if (root) snprintf(root, dir + 8, "%.*s/drives", (int)dir, slash ? store_path : ".");
  return root;
}

static Drives *drives_get(Interp *I, const char *store_path, char **err) {
  Drives *d = interp_ext_get(I, INTERP_EXT_DRIVES);
  if (d) return d;
  bool throwaway;
  char *root = drives_root_for(store_path, &throwaway);
  if (!root || !drives_mkdirs(root)) {
    char msg[4300];
    snprintf(msg, sizeof msg, "The folder that holds the lab's drives (%s) cannot be made: %s",
             root ? root : "a temporary folder", strerror(errno));
    *err = xstrdup(msg);
    free(root);
    return NULL;
  }
  d = xmalloc(sizeof *d);
  *d = (Drives){root, throwaway};
  interp_ext_set(I, INTERP_EXT_DRIVES, d, drives_free);
  return d;
}

/* Appends one path component, as Windows resolves it: "." stays, ".."
 * goes up but never above the drive (k0 = where the drive's part starts). */
static size_t drives_component(char *out, size_t k, size_t k0, const char *c, size_t n) {
  if (n == 0 || (n == 1 && c[0] == '.')) return k;
  if (n == 2 && c[0] == '.' && c[1] == '.') {
    while (k > k0 && out[k - 1] != '/') k--;
    return k > k0 ? k - 1 : k0;
  }
  out[k++] = '/';
  memcpy(out + k, c, n);
  return k + n;
}

/* "C:\Logs\x.zip" -> "C/Logs/x.zip", "\\srv\share\x" -> "UNC/srv/share/x". */
static char *drives_relative(const char *p) {
  char *out = xmalloc(strlen(p) + 8);
  size_t k;
  if (p[1] == ':') k = (size_t)sprintf(out, "%c", toupper((unsigned char)p[0]));
  else k = (size_t)sprintf(out, "UNC");
  size_t k0 = k;
  for (p += 2; *p;) {
    size_t n = strcspn(p, "\\/");
    k = drives_component(out, k, k0, p, n);
    p += n;
    if (*p) p++;
  }
  out[k] = 0;
  return out;
}

static char *drives_plain(const char *typed) {
  char *out = xstrdup(typed);
  for (char *p = out; *p; p++)
    if (*p == '\\') *p = '/';
  return out;
}

/* Windows paths are case-insensitive: each component after `from` takes
 * the spelling of an existing entry that differs only in ASCII case (same
 * length, so in place). Components that do not exist yet stay as typed. */
static void drives_fold_case(char *full, size_t from) {
  for (char *c = full + from; *c == '/';) {
    char *name = c + 1, *end = name + strcspn(name, "/");
    char saved = *end;
    *c = *end = 0;
    DIR *d = opendir(*full ? full : "/");
    *c = '/', *end = saved;
    if (!d) return;
    size_t n = (size_t)(end - name);
    for (struct dirent *e; (e = readdir(d));)
      if (strlen(e->d_name) == n && strncasecmp(e->d_name, name, n) == 0) {
        memcpy(name, e->d_name, n);
        break;
      }
    closedir(d);
    c = end;
  }
}

char *drives_path(Interp *I, const char *store_path, const char *typed, char **err) {
  *err = NULL;
  if (!drives_is_windows(typed)) return drives_plain(typed);
  Drives *d = drives_get(I, store_path, err);
  if (!d) return NULL;
  char *rel = drives_relative(typed);
  size_t n = strlen(d->root) + strlen(rel) + 2;
  char *full = xmalloc(n);
  snprintf(full, n, "%s/%s", d->root, rel);
  free(rel);
  drives_fold_case(full, strlen(d->root));
  char *slash = strrchr(full, '/');
  *slash = 0;
  bool ok = drives_mkdirs(full);
  *slash = '/';
  if (!ok) {
    char msg[4300];
    snprintf(msg, sizeof msg, "The folder of \"%s\" cannot be made: %s", typed, strerror(errno));
    *err = xstrdup(msg);
    free(full);
    return NULL;
  }
  return full;
}
