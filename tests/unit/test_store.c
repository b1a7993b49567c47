/* test_store.c - the state store: default lab, path resolution, refusal of
 * bad files (left byte-for-byte unchanged), schema version, transactions. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store.h"
#include "check.h"



static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *d = malloc((size_t)n + 1);
  *len = fread(d, 1, (size_t)n, f);
  fclose(f);
  return d;
}

static void write_file(const char *path, const void *data, size_t len) {
  FILE *f = fopen(path, "wb");
  fwrite(data, 1, len, f);
  fclose(f);
}

static int64_t user_id(Store *s, const char *sip) {
  StoreUserQuery q = {.sip = sip};
  int64_t *ids = NULL;
  size_t n = 0;
  store_user_ids(s, &q, &ids, &n);
  int64_t id = n ? ids[0] : 0;
  free(ids);
  return id;
}

static void count_user(void *ctx, const StoreUser *u) {
  (void)u;
  ++*(int *)ctx;
}

static void count_policy(void *ctx, const StorePolicy *p) {
  (void)p;
  ++*(int *)ctx;
}

static void test_default_lab(void) {
  char *err = NULL;
  Store *s = store_open(":memory:", &err);
  CHECK(s && !err);
  if (!s) return;
  CHECK(strcmp(store_domain(s), "litwareinc.com") == 0);
  CHECK(store_clock(s) == STORE_EPOCH);
  StorePool p;
  CHECK(store_pool_find(s, "ATL-CS-001.litwareinc.com", &p) == STORE_OK && p.version == 2013 &&
        strcmp(p.site, "Redmond") == 0);
  store_pool_free(&p);
  CHECK(store_pool_find(s, "atl-cs-002.litwareinc.com", &p) == STORE_OK && p.version == 2013);
  store_pool_free(&p);
  CHECK(store_pool_find(s, "dal-cs-001.litwareinc.com", &p) == STORE_OK && p.version == 2010 &&
        strcmp(p.site, "Dallas") == 0);
  store_pool_free(&p);
  CHECK(store_pool_find(s, "sipfed.online.lync.com", &p) == STORE_OK && p.version == 0);
  store_pool_free(&p);
  StoreExDb d;
  CHECK(store_exdb_find(s, "DB2013", &d) == STORE_OK && d.version == 2013 && d.s2s &&
        strcmp(d.server, "atl-ex-001.litwareinc.com") == 0);
  store_exdb_free(&d);
  CHECK(store_exdb_find(s, "db2010", &d) == STORE_OK && d.version == 2010 &&
        strcmp(d.server, "atl-ex-010.litwareinc.com") == 0);
  store_exdb_free(&d);
  StorePolicy g;
  CHECK(store_policy_find(s, PSCOPE_GLOBAL, 0, "", &g) == STORE_OK && g.ucs_allowed);
  store_policy_free(&g);
  CHECK(store_policy_find(s, PSCOPE_TAG, 0, "ucs enabled users", &g) == STORE_OK && g.ucs_allowed);
  store_policy_free(&g);
  int users = 0, policies = 0;
  store_user_list(s, NULL, count_user, &users);
  store_policy_list(s, count_policy, &policies);
  CHECK(users >= 10 && users <= 14);
  CHECK(policies == 2);
  StoreUser u;
  CHECK(store_user_get(s, user_id(s, "sip:kenmyer@litwareinc.com"), &u) == STORE_OK);
  CHECK(u.display && strcmp(u.display, "Ken Myer") == 0);
  CHECK(u.upn && strcmp(u.upn, "kenmyer@litwareinc.com") == 0);
  CHECK(u.sam && strcmp(u.sam, "kenmyer") == 0);
  CHECK(u.pool && strcmp(u.pool, "atl-cs-001.litwareinc.com") == 0);
  CHECK(u.ex_version == 2013 && u.mbx_signed && !u.signed_in && u.state == CS_LYNC);
  CHECK(u.contacts >= 5 && u.eff_allowed && u.cond == COND_OK);
  CHECK(u.blockers == STORE_B_NOTSIGNED);
  store_user_free(&u);
  store_close(s);
}

/* Each kind of user the issue asks for is in the default lab. */
static void check_kind(void *ctx, const StoreUser *u) {
  unsigned *seen = ctx;
  if (u->ex_version == 2010) *seen |= 1;
  if (u->ex_version == 0) *seen |= 2;
  if (u->signed_in && u->client == 2010) *seen |= 4;
  if (u->pool_version == 2010) *seen |= 8;
  if (u->pool_version == 0) *seen |= 16;
}

static void test_default_lab_variety(void) {
  char *err = NULL;
  Store *s = store_open(":memory:", &err);
  unsigned seen = 0;
  store_user_list(s, NULL, check_kind, &seen);
  CHECK(seen == 31);
  store_close(s);
}

static void test_resolve_path(void) {
  char *err = NULL, *p;
  setenv("UCSH_STORE", "/tmp/from-env.db", 1);
  p = store_resolve_path("/tmp/cli.db", &err);
  CHECK(p && strcmp(p, "/tmp/cli.db") == 0);
  free(p);
  p = store_resolve_path(NULL, &err);
  CHECK(p && strcmp(p, "/tmp/from-env.db") == 0);
  free(p);
  unsetenv("UCSH_STORE");
  char xdg[300], want[400];
  check_tmp_path(xdg, sizeof xdg, "xdg");
  setenv("XDG_DATA_HOME", xdg, 1);
  snprintf(want, sizeof want, "%s/ucsh/lab.db", xdg);
  p = store_resolve_path(NULL, &err);
  CHECK(p && strcmp(p, want) == 0);
  snprintf(want, sizeof want, "%s/ucsh", xdg);
  CHECK(access(want, F_OK) == 0); /* directories created */
  free(p);
  unsetenv("XDG_DATA_HOME");
  setenv("HOME", tmpdir, 1);
  snprintf(want, sizeof want, "%s/.local/share/ucsh/lab.db", tmpdir);
  p = store_resolve_path(NULL, &err);
  CHECK(p && strcmp(p, want) == 0);
  free(p);
  p = store_resolve_path(":memory:", &err);
  CHECK(p && strcmp(p, ":memory:") == 0);
  free(p);
}

static void test_file_store_persists(void) {
  char path[300];
  check_tmp_path(path, sizeof path, "persist.db");
  char *err = NULL;
  Store *s = store_open(path, &err);
  CHECK(s != NULL);
  if (!s) return;
  CHECK(store_clock_set(s, STORE_EPOCH + 3600) == STORE_OK);
  store_close(s);
  s = store_open(path, &err);
  CHECK(s && store_clock(s) == STORE_EPOCH + 3600);
  store_close(s);
}

/* A refused file is never modified: compare its bytes before and after. */
static void expect_refused(const char *path, const char *word) {
  size_t n0 = 0, n1 = 0;
  char *before = read_file(path, &n0);
  char *err = NULL;
  Store *s = store_open(path, &err);
  CHECK(s == NULL);
  CHECK(err && strstr(err, path) && strstr(err, word));
  if (err && !strstr(err, word)) printf("  message: %s\n", err);
  char *after = read_file(path, &n1);
  CHECK(before && after && n0 == n1 && memcmp(before, after, n0) == 0);
  char side[320]; /* and no -wal / -shm file is left beside it */
  snprintf(side, sizeof side, "%s-wal", path);
  CHECK(access(side, F_OK) != 0);
  snprintf(side, sizeof side, "%s-shm", path);
  CHECK(access(side, F_OK) != 0);
  free(before);
  free(after);
  free(err);
  store_close(s);
}

static void test_refuse_not_sqlite(void) {
  char path[300];
  check_tmp_path(path, sizeof path, "notes.txt");
  char text[8192];
  for (size_t i = 0; i < sizeof text; i++) text[i] = (char)('a' + i % 26);
  write_file(path, text, sizeof text);
  expect_refused(path, "not a SQLite database");
}

static void test_refuse_newer_version(void) {
  char path[300];
  check_tmp_path(path, sizeof path, "newer.db");
  char *err = NULL;
  store_close(store_open(path, &err));
  size_t n = 0;
  unsigned char *d = (unsigned char *)read_file(path, &n);
  CHECK(d && n > 100);
  if (!d) return;
  d[60] = 0, d[61] = 0, d[62] = 0, d[63] = 99; /* the header's user_version */
  write_file(path, d, n);
  free(d);
  expect_refused(path, "newer ucsh");
}

static void test_refuse_damaged(void) {
  char path[300];
  check_tmp_path(path, sizeof path, "damaged.db");
  char *err = NULL;
  store_close(store_open(path, &err));
  size_t n = 0;
  char *d = read_file(path, &n);
  CHECK(d && n > 8192);
  if (!d) return;
  memset(d + 4096 + 8, 0x5a, 2048); /* garble the second page */
  write_file(path, d, n);
  free(d);
  expect_refused(path, "damaged");
}

static void test_refuse_foreign_sqlite(void) {
  /* A SQLite file of another program: our own store with the app id changed. */
  char path[300];
  check_tmp_path(path, sizeof path, "foreign.db");
  char *err = NULL;
  store_close(store_open(path, &err));
  size_t n = 0;
  unsigned char *d = (unsigned char *)read_file(path, &n);
  if (!d) return;
  d[68] = 1, d[69] = 2, d[70] = 3, d[71] = 4; /* the header's application_id */
  write_file(path, d, n);
  free(d);
  expect_refused(path, "not a ucsh lab store");
}

static void test_transactions_atomic(void) {
  char *err = NULL;
  Store *s = store_open(":memory:", &err);
  StoreUserSpec u = {"Temp User", "sip:temp@litwareinc.com", "temp@litwareinc.com", "temp", 1, 0,
                     false};
  CHECK(store_begin(s) == STORE_OK);
  CHECK(store_user_add(s, &u, NULL) == STORE_OK);
  CHECK(store_begin(s) == STORE_OK); /* nested: a savepoint */
  CHECK(store_contact_add(s, user_id(s, u.sip), "sip:x@litwareinc.com", "G") == STORE_OK);
  store_rollback(s);
  CHECK(user_id(s, u.sip) != 0);
  store_rollback(s);
  CHECK(user_id(s, u.sip) == 0);
  /* a bulk add that collides half-way adds nothing */
  StoreUserSpec t = {"Bulk", NULL, NULL, NULL, 1, 0, true};
  CHECK(store_user_add_many(s, &t, "bulk", 1, 10, 0) == STORE_OK);
  CHECK(store_user_add_many(s, &t, "bulk", 5, 10, 0) == STORE_DUP);
  CHECK(user_id(s, "sip:bulk12@litwareinc.com") == 0);
  CHECK(user_id(s, "sip:bulk10@litwareinc.com") != 0);
  store_close(s);
}

static void test_reset(void) {
  char *err = NULL;
  Store *s = store_open(":memory:", &err);
  store_clock_set(s, STORE_EPOCH + 99);
  CHECK(store_reset(s, true) == STORE_OK);
  int users = 0, policies = 0;
  store_user_list(s, NULL, count_user, &users);
  store_policy_list(s, count_policy, &policies);
  CHECK(users == 0 && policies == 1 && store_clock(s) == STORE_EPOCH);
  StorePool p;
  CHECK(store_pool_find(s, "dal-cs-001.litwareinc.com", &p) == STORE_OK);
  store_pool_free(&p);
  CHECK(store_reset(s, false) == STORE_OK);
  store_user_list(s, NULL, count_user, &users);
  CHECK(users >= 10 && user_id(s, "sip:kenmyer@litwareinc.com") != 0);
  store_close(s);
}

static void test_delete_user_BK5(void) {
  char *err = NULL;
  Store *s = store_open(":memory:", &err);
  int64_t pilar = user_id(s, "sip:pilarackerman@litwareinc.com");
  StoreUser ken;
  store_user_get(s, user_id(s, "sip:kenmyer@litwareinc.com"), &ken);
  int64_t before = ken.contacts;
  store_user_free(&ken);
  CHECK(store_user_delete(s, pilar) == STORE_OK);
  CHECK(user_id(s, "sip:pilarackerman@litwareinc.com") == 0);
  store_user_get(s, user_id(s, "sip:kenmyer@litwareinc.com"), &ken);
  CHECK(ken.contacts == before - 1); /* removed from Ken's contact list */
  store_user_free(&ken);
  store_close(s);
}

static void test_identity_lookups(void) {
  char *err = NULL;
  Store *s = store_open(":memory:", &err);
  StoreUserQuery q = {.display_like = "ken m%"};
  int64_t *ids = NULL;
  size_t n = 0;
  CHECK(store_user_ids(s, &q, &ids, &n) == STORE_OK && n == 1);
  free(ids);
  q = (StoreUserQuery){.upn = "KENMYER@litwareinc.com"};
  CHECK(store_user_ids(s, &q, &ids, &n) == STORE_OK && n == 1);
  free(ids);
  q = (StoreUserQuery){.sam = "kenmyer"};
  CHECK(store_user_ids(s, &q, &ids, &n) == STORE_OK && n == 1);
  free(ids);
  store_close(s);
}

static void count_attr(void *ctx, int64_t user_id, const char *name, const char *value) {
  (void)user_id, (void)name, (void)value;
  ++*(int *)ctx;
}

/* Schema 2: Set-CsUser attributes and the AD accounts Disable-CsUser leaves. */
static void test_schema2_attrs_and_ad_accounts(void) {
  char *err = NULL;
  Store *s = store_open(":memory:", &err);
  int64_t ken = user_id(s, "sip:kenmyer@litwareinc.com");
  CHECK(store_user_attr_set(s, ken, "EnterpriseVoiceEnabled", "True") == STORE_OK);
  CHECK(store_user_attr_set(s, ken, "LineURI", "tel:+14255551234") == STORE_OK);
  CHECK(store_user_attr_set(s, ken, "LineURI", NULL) == STORE_OK);
  int n = 0;
  CHECK(store_user_attr_list(s, count_attr, &n) == STORE_OK && n == 1);
  CHECK(store_user_disable(s, ken) == STORE_OK && user_id(s, "sip:kenmyer@litwareinc.com") == 0);
  n = 0;
  store_user_attr_list(s, count_attr, &n);
  CHECK(n == 0); /* the Lync attributes went with the user */
  StoreUserQuery q = {.sam = "kenmyer"};
  int64_t *ids = NULL;
  size_t k = 0;
  CHECK(store_aduser_ids(s, &q, &ids, &k) == STORE_OK && k == 1);
  StoreAdUser a;
  CHECK(k && store_aduser_get(s, ids[0], &a) == STORE_OK && strcmp(a.display, "Ken Myer") == 0 &&
        a.exdb_id != 0 && a.mbx_signed);
  store_aduser_free(&a);
  CHECK(k && store_aduser_delete(s, ids[0]) == STORE_OK);
  free(ids);
  CHECK(store_aduser_ids(s, &q, &ids, &k) == STORE_OK && k == 0);
  store_close(s);
}

/* A version 1 store is brought forward to version 2 on open. */
static void test_schema_upgrade_v1_to_v2(void) {
  char path[300];
  check_tmp_path(path, sizeof path, "v1.db");
  char *err = NULL;
  store_close(store_open(path, &err));
  sqlite3 *db = NULL;
  CHECK(sqlite3_open(path, &db) == SQLITE_OK);
  CHECK(sqlite3_exec(db, "DROP TABLE aduser; DROP TABLE user_attr; PRAGMA user_version = 1;",
                     NULL, NULL, NULL) == SQLITE_OK);
  sqlite3_close(db);
  Store *s = store_open(path, &err);
  CHECK(s != NULL);
  int64_t pilar = s ? user_id(s, "sip:pilarackerman@litwareinc.com") : 0;
  CHECK(pilar && store_user_attr_set(s, pilar, "EnterpriseVoiceEnabled", "True") == STORE_OK);
  store_close(s);
}

int main(void) {
  if (!check_tmpdir("store")) return 2;
  test_default_lab();
  test_default_lab_variety();
  test_resolve_path();
  test_file_store_persists();
  test_refuse_not_sqlite();
  test_refuse_newer_version();
  test_refuse_damaged();
  test_refuse_foreign_sqlite();
  test_transactions_atomic();
  test_reset();
  test_identity_lookups();
  test_delete_user_BK5();
  test_schema2_attrs_and_ad_accounts();
  test_schema_upgrade_v1_to_v2();
  return check_done();
}
