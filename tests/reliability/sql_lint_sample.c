/* sql_lint_sample.c - not compiled: the sample sql_lint_selftest.sh runs
 * sql_lint.sh on. Every line marked LINT-EXPECT must be reported and no
 * other line may be: the fine forms store.c uses sit beside violations. */
#include <sqlite3.h>
#include <stdio.h>

#define FROM_USERS " FROM users"
static const char *const SQL[] = {"SELECT id" FROM_USERS " WHERE id = ?1"};
static const char TEMP_TABLES[] = "CREATE TEMP TABLE IF NOT EXISTS cur(id INTEGER PRIMARY KEY);";
#define STR_(x) #x
#define STR(x) STR_(x)

static int exec(sqlite3 *db, const char *sql) { return sqlite3_exec(db, sql, NULL, NULL, NULL); }

static sqlite3_stmt *once(sqlite3 *db, const char *text) {
  sqlite3_stmt *t = NULL;
  sqlite3_prepare_v2(db, text, -1, &t, NULL);
  return t;
}

static char *afmt(const char *fmt, ...);

/* a static wrapper of a wrapper: fine itself, its callers are checked */
static void run_twice(sqlite3 *db, const char *stmt) {
  exec(db, stmt);
  exec(db, stmt);
}

void fine(sqlite3 *db, int q, int mem) {
  sqlite3_stmt *t;
  sqlite3_prepare_v3(db, SQL[q], -1, 0, &t, NULL);
  exec(db, TEMP_TABLES);
  exec(db, "PRAGMA user_version = " STR(2) ";");
  const char *pragmas = mem ? "PRAGMA temp_store = MEMORY;" : "PRAGMA journal_mode = WAL;";
  exec(db, pragmas);
  once(db, mem ? "DELETE FROM meta WHERE key = ?1" : "INSERT INTO meta(key) VALUES (?1)");
  char msg[64];
  snprintf(msg, sizeof msg, "Cannot open %s", "x"); /* a message, not SQL */
  puts(msg);
  const char *lit = "it's fine: 'quote' [bracket] {brace}";
  (void)lit;
}

void bad(sqlite3 *db, const char *name, int v, char **list) {
  sqlite3_stmt *t;
  char sql[256];
  snprintf(sql, sizeof sql, "SELECT id FROM users WHERE display = '%s'", name); /* LINT-EXPECT */
  sqlite3_prepare_v2(db, sql, -1, &t, NULL); /* LINT-EXPECT */
  exec(db, afmt("PRAGMA user_version = %d", v)); /* LINT-EXPECT */
  char *q = sqlite3_mprintf("DELETE FROM users WHERE sip = %Q", name); /* LINT-EXPECT */
  sqlite3_exec(db, q, NULL, NULL, NULL); /* LINT-EXPECT */
  once(db, list[v]); /* LINT-EXPECT */
  exec(db, name); /* LINT-EXPECT */
  const char *pick = v ? "SELECT 1" : name;
  exec(db, pick); /* LINT-EXPECT */
  sqlite3_prepare(db, SQL[v] + v, -1, &t, NULL); /* LINT-EXPECT */
  run_twice(db, "BEGIN");
  run_twice(db, list[0]); /* LINT-EXPECT */
  struct { const char *sql; } row = {"SELECT 1"};
  exec(db, row.sql); /* LINT-EXPECT */
}
