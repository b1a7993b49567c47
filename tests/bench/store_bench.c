/* store_bench.c - the state store at scale, side by side with SQLite.
 *
 * Five steps run through the engine (ucs.h) on one store file and, on a
 * second file with the same schema and pragmas, the same row changes done
 * with plain SQL statements: create N users, grant all users of a pool a
 * per-user policy, sign them all in with Lync 2013, skip 10 minutes (N
 * migrations complete), roll them all back. Prints each step's time, the
 * ratio engine/SQLite (the target is <= 3) and the peak RSS.
 *
 * This tool is the one place besides store.c that includes <sqlite3.h>: the
 * baseline is SQL by definition. Usage: store_bench [--baseline-only] [N]
 * (default 100000). --baseline-only runs just the SQLite side and prints one
 * line per step, "baseline KEY SECONDS" (KEY: create grant signin skip
 * rollback), for tests/bench/lab_scale.sh, which times the same steps through
 * the ucsh shell and its cmdlets.
 *
 * store_bench --csv-baseline STORE CSV RESULTS: the SQLite side of
 * tests/bench/csv_runbook.sh: on STORE (users made by ucsh), read CSV (a
 * header, then a SIP address first on each line), give each user the
 * per-user policy BenchPolicy with its event, as Grant-CsUserServicesPolicy
 * does, in one transaction, and write RESULTS (SipAddress,UserServicesPolicy);
 * prints "csv-baseline SECONDS". */
#define _POSIX_C_SOURCE 200809L
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "store.h"
#include "ucs.h"

static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void die(const char *what, const char *msg) {
  fprintf(stderr, "store_bench: %s: %s\n", what, msg);
  exit(1);
}

/* ---------------------------------------------------------------- engine side */

typedef struct {
  Store *s;
  int64_t pool, n;
  int64_t *ids;
  size_t nids;
} Api;

static void api_check(bool ok, UcsResult *r, Api *a, const char *what) {
  if (!ok || r->errors) {
    char buf[512];
    die(what, r->n ? ucs_msg_text(a->s, &r->v[0], buf, sizeof buf) : "failed");
  }
  ucs_result_free(r);
}

static void api_create(Api *a) {
  UcsResult r = {0};
  UcsLabUserSpec spec = {.display = "Bench User", .count = a->n};
  api_check(ucs_lab_user_new(a->s, &spec, &a->ids, &a->nids, &r), &r, a, "create");
}

static void api_grant(Api *a) {
  UcsResult r = {0};
  StoreUserQuery q = {.pool_id = a->pool};
  int64_t *ids = NULL;
  size_t n = 0;
  if (store_user_ids(a->s, &q, &ids, &n)) die("grant", store_errmsg(a->s));
  api_check(ucs_policy_new(a->s, "BenchPolicy", true, 0, &r), &r, a, "new policy");
  api_check(ucs_policy_grant(a->s, ids, n, "BenchPolicy", &r), &r, a, "grant");
  free(ids);
}

static void api_sign_in(Api *a) {
  UcsResult r = {0};
  api_check(ucs_sign_in(a->s, a->ids, a->nids, 2013, &r), &r, a, "sign in");
}

static void api_skip(Api *a) {
  UcsResult r = {0};
  api_check(ucs_skip_time(a->s, UCS_MIGRATION_SECS, &r), &r, a, "skip");
}

static void api_rollback(Api *a) {
  UcsResult r = {0};
  api_check(ucs_rollback(a->s, a->ids, a->nids, false, &r), &r, a, "rollback");
}

/* ---------------------------------------------------------------- SQLite side */

typedef struct {
  sqlite3 *db;
  int64_t pool, n, policy, now;
} Raw;

static void raw_exec(Raw *w, const char *sql, const char *types, ...) {
  sqlite3_stmt *t;
  if (sqlite3_prepare_v2(w->db, sql, -1, &t, NULL)) die(sql, sqlite3_errmsg(w->db));
  va_list ap;
  va_start(ap, types);
  for (int i = 1; types[i - 1]; i++) sqlite3_bind_int64(t, i, va_arg(ap, int64_t));
  va_end(ap);
  if (sqlite3_step(t) != SQLITE_DONE) die(sql, sqlite3_errmsg(w->db));
  sqlite3_finalize(t);
}

static void raw_create(Raw *w) {
  raw_exec(w, "BEGIN IMMEDIATE", "");
  sqlite3_stmt *t;
  sqlite3_prepare_v2(w->db, "INSERT INTO users(display, sip, upn, sam, pool_id, exdb_id,"
                     " mbx_signed) VALUES (?1, ?2, ?3, ?4, ?5, 1, 1)", -1, &t, NULL);
  char d[64], sip[96], upn[96], sam[64];
  for (int64_t i = 1; i <= w->n; i++) {
    snprintf(d, sizeof d, "Bench User %lld", (long long)i);
    snprintf(sip, sizeof sip, "sip:benchuser%lld@litwareinc.com", (long long)i);
    snprintf(upn, sizeof upn, "benchuser%lld@litwareinc.com", (long long)i);
    snprintf(sam, sizeof sam, "benchuser%lld", (long long)i);
    sqlite3_bind_text(t, 1, d, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(t, 2, sip, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(t, 3, upn, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(t, 4, sam, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(t, 5, w->pool);
    if (sqlite3_step(t) != SQLITE_DONE) die("insert", sqlite3_errmsg(w->db));
    sqlite3_reset(t);
  }
  sqlite3_finalize(t);
  raw_exec(w, "COMMIT", "");
}

static void raw_grant(Raw *w) {
  raw_exec(w, "BEGIN IMMEDIATE", "");
  raw_exec(w, "INSERT INTO policy(scope, target_id, name, ucs_allowed) VALUES (3, 0, 'BenchPolicy',"
              " 1)", "");
  w->policy = sqlite3_last_insert_rowid(w->db);
  raw_exec(w, "UPDATE users SET policy_id = ?1 WHERE pool_id = ?2", "ii", w->policy, w->pool);
  raw_exec(w, "INSERT INTO event(at, user_id, kind, detail) SELECT ?1, id, ?2, 'BenchPolicy'"
              " FROM users WHERE pool_id = ?3", "iii", w->now, (int64_t)UCS_EV_POLICY_GRANTED,
           w->pool);
  raw_exec(w, "COMMIT", "");
}

static void raw_sign_in(Raw *w) {
  raw_exec(w, "BEGIN IMMEDIATE", "");
  raw_exec(w, "UPDATE users SET signed_in = 1, client = 2013, relogon = 0 WHERE pool_id = ?1", "i",
           w->pool);
  raw_exec(w, "UPDATE users SET state = 1, attempts = attempts + 1, last_attempt = ?1"
              " WHERE pool_id = ?2 AND state = 0", "ii", w->now, w->pool);
  raw_exec(w, "INSERT INTO work(due, kind, user_id) SELECT ?1, 2, id FROM users WHERE pool_id = ?2",
           "ii", w->now + UCS_MIGRATION_SECS, w->pool);
  raw_exec(w, "INSERT INTO event(at, user_id, kind) SELECT ?1, id, 1 FROM users WHERE pool_id = ?2",
           "ii", w->now, w->pool);
  raw_exec(w, "COMMIT", "");
}

static void raw_skip(Raw *w) {
  int64_t due = w->now + UCS_MIGRATION_SECS;
  raw_exec(w, "BEGIN IMMEDIATE", "");
  raw_exec(w, "UPDATE users SET state = 2, in_ucs_mode = 1, relogon = 1 WHERE id IN"
              " (SELECT user_id FROM work WHERE due = ?1 AND kind = 2)", "i", due);
  raw_exec(w, "INSERT INTO event(at, user_id, kind) SELECT ?1, user_id, 5 FROM work"
              " WHERE due = ?1 AND kind = 2", "i", due);
  raw_exec(w, "INSERT INTO event(at, user_id, kind) SELECT ?1, user_id, 6 FROM work"
              " WHERE due = ?1 AND kind = 2", "i", due);
  raw_exec(w, "DELETE FROM work WHERE due = ?1 AND kind = 2", "i", due);
  raw_exec(w, "INSERT OR REPLACE INTO meta(key, value) VALUES ('clock', ?1)", "i", due);
  raw_exec(w, "COMMIT", "");
  w->now = due;
}

static void raw_rollback(Raw *w) {
  raw_exec(w, "BEGIN IMMEDIATE", "");
  raw_exec(w, "UPDATE users SET state = 3 WHERE pool_id = ?1 AND state = 2", "i", w->pool);
  raw_exec(w, "INSERT INTO work(due, kind, user_id) SELECT ?1, 3, id FROM users WHERE pool_id = ?2",
           "ii", w->now + UCS_ROLLBACK_SECS, w->pool);
  raw_exec(w, "INSERT INTO event(at, user_id, kind) SELECT ?1, id, 11 FROM users"
              " WHERE pool_id = ?2", "ii", w->now, w->pool);
  raw_exec(w, "COMMIT", "");
}

/* ---------------------------------------------------------------- main */

static Store *empty_store(const char *path) {
  char *err = NULL;
  Store *s = store_open(path, &err);
  if (!s) die(path, err);
  UcsResult r = {0};
  if (!ucs_reset(s, true, &r)) die(path, store_errmsg(s));
  ucs_result_free(&r);
  return s;
}

/* --csv-baseline: the runbook's row updates as plain SQL. */
static int csv_baseline(const char *store, const char *csv, const char *results) {
  double t0 = now_s();
  sqlite3 *db;
  if (sqlite3_open(store, &db)) die(store, "open");
  sqlite3_busy_timeout(db, 5000);
  sqlite3_exec(db, "PRAGMA synchronous = NORMAL; BEGIN IMMEDIATE", NULL, NULL, NULL);
  sqlite3_stmt *pol, *upd, *ev;
  sqlite3_prepare_v2(db, "SELECT id FROM policy WHERE scope = 3 AND name = 'BenchPolicy'", -1,
                     &pol, NULL);
  if (sqlite3_step(pol) != SQLITE_ROW) die("csv-baseline", "no BenchPolicy");
  int64_t policy = sqlite3_column_int64(pol, 0);
  sqlite3_finalize(pol);
  sqlite3_prepare_v2(db, "UPDATE users SET policy_id = ?1 WHERE sip = ?2", -1, &upd, NULL);
  sqlite3_prepare_v2(db, "INSERT INTO event(at, user_id, kind, detail) SELECT ?1, id, ?2,"
                     " 'BenchPolicy' FROM users WHERE sip = ?3", -1, &ev, NULL);
  FILE *in = fopen(csv, "r"), *out = fopen(results, "w");
  if (!in || !out) die(csv, "cannot open the CSV or the results file");
  fputs("\"SipAddress\",\"UserServicesPolicy\"\n", out);
  char line[1024];
  for (bool header = true; fgets(line, sizeof line, in); header = false) {
    if (header) continue;
    char *sip = line + (line[0] == '"');
    sip[strcspn(sip, "\",\r\n")] = 0;
    sqlite3_bind_int64(upd, 1, policy);
    sqlite3_bind_text(upd, 2, sip, -1, SQLITE_STATIC);
    if (sqlite3_step(upd) != SQLITE_DONE) die("update", sqlite3_errmsg(db));
    sqlite3_reset(upd);
    sqlite3_bind_int64(ev, 1, STORE_EPOCH);
    sqlite3_bind_int64(ev, 2, UCS_EV_POLICY_GRANTED);
    sqlite3_bind_text(ev, 3, sip, -1, SQLITE_STATIC);
    if (sqlite3_step(ev) != SQLITE_DONE) die("event", sqlite3_errmsg(db));
    sqlite3_reset(ev);
    fprintf(out, "\"%s\",\"BenchPolicy\"\n", sip);
  }
  fclose(in);
  fclose(out);
  sqlite3_finalize(upd);
  sqlite3_finalize(ev);
  sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close(db);
  printf("csv-baseline %.4f\n", now_s() - t0);
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 5 && strcmp(argv[1], "--csv-baseline") == 0)
    return csv_baseline(argv[2], argv[3], argv[4]);
  bool baseline_only = argc > 1 && strcmp(argv[1], "--baseline-only") == 0;
  if (baseline_only) argc--, argv++;
  int64_t n = argc > 1 ? atoll(argv[1]) : 100000;
  char dir[] = "/tmp/ucsh-bench-XXXXXX", pa[64], pb[64];
  if (!mkdtemp(dir)) die("mkdtemp", "failed");
  snprintf(pa, sizeof pa, "%s/engine.db", dir);
  snprintf(pb, sizeof pb, "%s/sqlite.db", dir);
  Api a = {.s = empty_store(baseline_only ? pb : pa), .n = n};
  StorePool pool;
  store_pool_find(a.s, "atl-cs-001.litwareinc.com", &pool);
  a.pool = pool.id;
  store_pool_free(&pool);
  if (baseline_only) store_close(a.s), a.s = NULL;
  else store_close(empty_store(pb));
  Raw w = {.pool = a.pool, .n = n, .now = STORE_EPOCH};
  if (sqlite3_open(pb, &w.db)) die(pb, "open");
  sqlite3_exec(w.db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                     " PRAGMA temp_store = MEMORY;", NULL, NULL, NULL);
  sqlite3_busy_timeout(w.db, 5000);

  static const struct {
    const char *name, *key;
    void (*api)(Api *);
    void (*raw)(Raw *);
  } STEPS[] = {
    {"create users", "create", api_create, raw_create},
    {"grant policy to pool", "grant", api_grant, raw_grant},
    {"sign all in (2013)", "signin", api_sign_in, raw_sign_in},
    {"skip 10 min (migrate)", "skip", api_skip, raw_skip},
    {"roll all back", "rollback", api_rollback, raw_rollback},
  };
  if (baseline_only)
    printf("store_bench: baseline only, %lld users, temp-file store in WAL mode (SQLite %s)\n",
           (long long)n, sqlite3_libversion());
  else {
    printf("store_bench: %lld users, temp-file stores in WAL mode (SQLite %s)\n", (long long)n,
           sqlite3_libversion());
    printf("%-24s %10s %10s %8s\n", "step", "engine s", "sqlite s", "ratio");
  }
  double worst = 0;
  for (size_t i = 0; i < sizeof STEPS / sizeof STEPS[0]; i++) {
    double t0 = now_s();
    if (!baseline_only) STEPS[i].api(&a);
    double t1 = now_s();
    STEPS[i].raw(&w);
    double t2 = now_s();
    if (baseline_only) {
      printf("baseline %s %.4f\n", STEPS[i].key, t2 - t1);
      fflush(stdout);
      continue;
    }
    double ratio = (t1 - t0) / (t2 - t1);
    if (ratio > worst) worst = ratio;
    printf("%-24s %10.3f %10.3f %8.2f\n", STEPS[i].name, t1 - t0, t2 - t1, ratio);
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  if (!baseline_only) {
    StoreUser u;
    store_user_get(a.s, a.ids[a.nids - 1], &u);
    printf("last user: %s, %s\n", u.display, ucs_state_name(u.state));
    store_user_free(&u);
    printf("worst ratio %.2f (target <= 3.00); peak RSS %.1f MB\n", worst, ru.ru_maxrss / 1024.0);
    free(a.ids);
    store_close(a.s);
  } else
    printf("baseline peak-rss-kb %ld\n", ru.ru_maxrss);
  sqlite3_close(w.db);
  unlink(pa);
  unlink(pb);
  char wal[80];
  snprintf(wal, sizeof wal, "%s-wal", pa), unlink(wal);
  snprintf(wal, sizeof wal, "%s-shm", pa), unlink(wal);
  snprintf(wal, sizeof wal, "%s-wal", pb), unlink(wal);
  snprintf(wal, sizeof wal, "%s-shm", pb), unlink(wal);
  rmdir(dir);
  return worst <= 3.0 ? 0 : 1;
}
