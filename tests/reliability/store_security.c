/* store_security.c - the lab store's SQLite hardening (issue 7 point 6),
 * tested from inside: this file includes cmdlets/store.c, so it reaches the
 * connection a Store holds and tries what no store_* call may do. Linked
 * with SQLite only (not ucsh_core, which holds its own copy of store.c).
 *
 * Usage: store_security DIR   (a scratch folder; files are made in it)
 * Prints "N passed, N failed"; exit 1 on a failure.
 *
 * What it would catch:
 *   - defensive mode, trusted_schema or the extension-loading switch lost;
 *   - an authorizer that lets ATTACH, DETACH, CREATE/DROP/ALTER of the
 *     store's tables, indexes, triggers or views, or a pragma write through
 *     once the store is open (and on the check connection), or one that
 *     breaks the engine's temp tables or VACUUM INTO (ucsh -DryRun);
 *   - the schema changing under any of these attempts;
 *   - a new store, its -wal and -shm, or a VACUUM INTO copy readable by
 *     others (not mode 0600);
 *   - a store with a flipped byte in a b-tree page opened instead of
 *     refused (and then written). */
#include "../../cmdlets/store.c"

#include <sys/stat.h>

static int passed, failed;

#define CHECK(cond, ...)                                                                        \
  do {                                                                                          \
    if (cond) passed++;                                                                         \
    else {                                                                                      \
      failed++;                                                                                 \
      printf("FAIL line %d: %s: ", __LINE__, #cond);                                            \
      printf(__VA_ARGS__);                                                                      \
      printf("\n");                                                                             \
    }                                                                                           \
  } while (0)

static char *schema_of(sqlite3 *db) {
  sqlite3_stmt *t = NULL;
  size_t cap = 1 << 16, len = 0;
  char *out = calloc(1, cap);
  if (sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY 1, 2",
                         -1, &t, NULL) == SQLITE_OK) {
    while (sqlite3_step(t) == SQLITE_ROW)
      for (int i = 0; i < 4; i++) {
        const char *v = (const char *)sqlite3_column_text(t, i);
        size_t n = strlen(v ? v : "") + 2;
        if (len + n >= cap) out = realloc(out, cap *= 2);
        len += (size_t)snprintf(out + len, cap - len, "%s%c", v ? v : "", i == 3 ? '\n' : '|');
      }
  }
  sqlite3_finalize(t);
  return out;
}

static int mode_of(const char *path) {
  struct stat sb;
  return stat(path, &sb) == 0 ? (int)(sb.st_mode & 0777) : -1;
}

static bool refused_sql(sqlite3 *db, const char *sql) {
  char *msg = NULL;
  int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
  sqlite3_free(msg);
  return rc != SQLITE_OK;
}

/* Every schema change and attachment the sealed store must refuse. */
static const char *const HOSTILE[] = {
    "ATTACH DATABASE ':memory:' AS other",
    "ATTACH DATABASE 'file:x?mode=memory' AS other",
    "DETACH DATABASE temp",
    "CREATE TABLE evil(x)",
    "CREATE TABLE IF NOT EXISTS main.evil(x)",
    "CREATE INDEX evil_ix ON users(display)",
    "CREATE VIEW evil_v AS SELECT * FROM users",
    "CREATE TRIGGER evil_t AFTER INSERT ON users BEGIN DELETE FROM users; END",
    "CREATE TEMP TRIGGER evil_tt AFTER INSERT ON main.users BEGIN DELETE FROM users; END",
    "CREATE TEMP VIEW evil_tv AS SELECT * FROM main.users",
    "CREATE VIRTUAL TABLE evil_vt USING fts5(x)",
    "DROP TABLE event",
    "DROP TABLE IF EXISTS user_attr",
    "DROP INDEX event_user",
    "ALTER TABLE users ADD COLUMN evil TEXT",
    "ALTER TABLE event RENAME TO evil",
    "PRAGMA writable_schema = ON",
    "PRAGMA user_version = 99",
    "PRAGMA application_id = 1",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA trusted_schema = ON",
    "PRAGMA schema_version = 1",
    "UPDATE sqlite_schema SET sql = 'CREATE TABLE users(x)' WHERE name = 'users'",
    "SELECT load_extension('/lib/x86_64-linux-gnu/libc.so.6')",
    "VACUUM INTO '/dev/null'",
    NULL,
};

static void test_open_hardened(const char *dir) {
  char path[512], side[560], copy[560];
  snprintf(path, sizeof path, "%s/lab.db", dir);
  char *err = NULL;
  Store *s = store_open(path, &err);
  CHECK(s != NULL, "store_open: %s", err ? err : "");
  if (!s) return;
  sqlite3 *db = s->db;

  int v = -1;
  sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, -1, &v);
  CHECK(v == 1, "defensive is %d", v);
  v = -1;
  sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &v);
  CHECK(v == 0, "trusted_schema is %d", v);
  v = -1;
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, -1, &v);
  CHECK(v == 0, "load_extension is %d", v);
  sqlite3_stmt *t = NULL;
  v = -1;
  if (sqlite3_prepare_v2(db, "PRAGMA trusted_schema", -1, &t, NULL) == SQLITE_OK &&
      sqlite3_step(t) == SQLITE_ROW)
    v = sqlite3_column_int(t, 0);
  sqlite3_finalize(t);
  CHECK(v == 0, "PRAGMA trusted_schema reads %d", v);

  char *before = schema_of(db);
  CHECK(strstr(before, "CREATE TABLE users") != NULL, "no users table in the schema");
  for (int i = 0; HOSTILE[i]; i++) CHECK(refused_sql(db, HOSTILE[i]), "not refused: %s", HOSTILE[i]);
  char *after = schema_of(db);
  CHECK(strcmp(before, after) == 0, "the schema changed:\n%s\n---\n%s", before, after);
  free(after);

  /* what the engine needs still works: temp tables, the current set,
   * reading pragmas, a whole-lab reset, VACUUM INTO */
  CHECK(!refused_sql(db, "CREATE TEMP TABLE scratch(x); INSERT INTO scratch VALUES (1);"
                         " DROP TABLE temp.scratch"),
        "temp table: %s", sqlite3_errmsg(db));
  int64_t ids[] = {1, 2, 3};
  CHECK(store_cur_set(s, ids, 3) == STORE_OK && store_cur_count(s) == 3, "cur set: %s",
        store_errmsg(s));
  CHECK(!refused_sql(db, "PRAGMA user_version"), "reading a pragma: %s", sqlite3_errmsg(db));
  CHECK(store_reset(s, false) == STORE_OK, "reset: %s", store_errmsg(s));
  snprintf(copy, sizeof copy, "%s/copy.db", dir);
  CHECK(store_copy_to(s, copy) == STORE_OK, "VACUUM INTO: %s", store_errmsg(s));
  CHECK(mode_of(copy) == 0600, "copy mode %o", mode_of(copy));
  CHECK(refused_sql(db, "ATTACH DATABASE ':memory:' AS other"), "ATTACH after VACUUM INTO");
  after = schema_of(db);
  CHECK(strcmp(before, after) == 0, "the schema changed after reset and copy");
  free(before), free(after);

  /* a new store and its -wal and -shm are private */
  CHECK(mode_of(path) == 0600, "store mode %o", mode_of(path));
  snprintf(side, sizeof side, "%s-wal", path);
  CHECK(mode_of(side) == 0600, "-wal mode %o", mode_of(side));
  snprintf(side, sizeof side, "%s-shm", path);
  CHECK(mode_of(side) == 0600, "-shm mode %o", mode_of(side));
  store_close(s);

  /* the copy opens as a store (it passes the check) */
  s = store_open(copy, &err);
  CHECK(s != NULL, "the VACUUM INTO copy: %s", err ? err : "");
  store_close(s);
  free(err);

  /* the check connection is sealed from its first statement */
  sqlite3 *ro = NULL;
  CHECK(open_for_check(path, &ro) == SQLITE_OK, "open_for_check");
  harden(ro, NULL);
  CHECK(refused_sql(ro, "ATTACH DATABASE ':memory:' AS other"), "check connection ATTACH");
  CHECK(refused_sql(ro, "CREATE TEMP TRIGGER x AFTER INSERT ON main.users BEGIN SELECT 1; END"),
        "check connection trigger");
  CHECK(!refused_sql(ro, "PRAGMA quick_check"), "check connection quick_check");
  sqlite3_close(ro);
}

static long file_size(const char *path) {
  struct stat sb;
  return stat(path, &sb) == 0 ? (long)sb.st_size : -1;
}

static unsigned char *slurp(const char *path, long *n) {
  FILE *f = fopen(path, "rb");
  *n = file_size(path);
  unsigned char *b = *n > 0 ? malloc((size_t)*n) : NULL;
  if (f && b && fread(b, 1, (size_t)*n, f) != (size_t)*n) *n = -1;
  if (f) fclose(f);
  return b;
}

static void spill(const char *path, const unsigned char *b, long n) {
  FILE *f = fopen(path, "wb");
  if (f) fwrite(b, 1, (size_t)n, f), fclose(f);
}

/* The root page of table `name` in a closed store. */
static int root_of(const char *path, const char *name) {
  sqlite3 *db = NULL;
  sqlite3_stmt *t = NULL;
  int root = 0;
  sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
  if (sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_schema WHERE name = ?1", -1, &t,
                         NULL) == SQLITE_OK) {
    sqlite3_bind_text(t, 1, name, -1, SQLITE_STATIC);
    if (sqlite3_step(t) == SQLITE_ROW) root = sqlite3_column_int(t, 0);
  }
  sqlite3_finalize(t);
  sqlite3_close(db);
  return root;
}

/* A store with one byte flipped in a b-tree page is refused, unchanged. */
static void test_flipped(const char *dir) {
  char good[512], bad[560];
  snprintf(good, sizeof good, "%s/flip.db", dir);
  char *err = NULL;
  Store *s = store_open(good, &err);
  CHECK(s != NULL, "store_open: %s", err ? err : "");
  if (!s) return;
  store_close(s);
  int users = root_of(good, "users"), contact = root_of(good, "contact");
  long n = 0;
  unsigned char *img = slurp(good, &n);
  CHECK(img && n > 4096 && users > 1 && contact > 1, "store image (%ld bytes)", n);
  if (!img || n <= 4096 || users <= 1 || contact <= 1) return;
  long page = (img[16] << 8 | img[17]) == 1 ? 65536 : (img[16] << 8 | img[17]);
  struct {
    const char *what;
    long at;
  } flips[] = {
      {"page type of the users table", (users - 1) * page},
      {"cell count of the users table", (users - 1) * page + 4},
      {"first cell pointer of the contact table", (contact - 1) * page + 8},
      {"the schema page's cell pointer", 100 + 8},
  };
  for (size_t i = 0; i < sizeof flips / sizeof flips[0]; i++) {
    snprintf(bad, sizeof bad, "%s/flip%zu.db", dir, i);
    unsigned char *cp = malloc((size_t)n);
    memcpy(cp, img, (size_t)n);
    cp[flips[i].at] ^= 0x5A;
    spill(bad, cp, n);
    free(err);
    err = NULL;
    s = store_open(bad, &err);
    CHECK(s == NULL && err && (strstr(err, "damaged") || strstr(err, "cannot be read") ||
                               strstr(err, "not a ucsh lab store")),
          "%s flipped: %s", flips[i].what, err ? err : "opened");
    store_close(s);
    long m = 0;
    unsigned char *back = slurp(bad, &m);
    CHECK(m == n && back && memcmp(back, cp, (size_t)n) == 0, "%s: the file was changed",
          flips[i].what);
    free(back), free(cp);
  }
  free(err);
  free(img);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: store_security DIR\n");
    return 2;
  }
  umask(022); /* the usual umask: 0600 must come from ucsh, not from here */
  test_open_hardened(argv[1]);
  test_flipped(argv[1]);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
