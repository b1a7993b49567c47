/* crash_break.c - the negative control of the crash-consistency test: a
 * deliberately broken writer. It writes, in one committed transaction, a
 * state a whole command never leaves into a copy of a lab store that
 * crash_runbook.ps1 has completed; tests/reliability/crash.sh then requires
 * crash_check to flag each one, so the test cannot pass vacuously.
 *
 * Usage: crash_break STORE MODE
 *   nowork      user 1 moved to Migrating without its scheduled work or event
 *   dropwork    one user's re-migration check (WORK_RECHECK) deleted: on hold
 *               without its work
 *   ghostevent  a "rollback started" event for user 1 with no state change
 *   silent      user 2 rolled back to UnifiedContactStore, its work and hold
 *               changed to match, but no event (a state change without its event)
 *   halfgrant   the policy grant undone, with its events, for every other user
 *               (half of one batch applied)
 *   lostcontact one of user 3's lab contacts deleted
 *   overdue     the clock moved past the earliest scheduled work, which did
 *               not run
 * Exit 0 when the change is written, 2 on an error. */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "store.h"
#include "ucs.h"

static const struct {
  const char *mode;
  const char *sql;
} MODES[] = {
    {"nowork", "UPDATE users SET state = :migrating WHERE id = (SELECT min(id) FROM users);"
               "DELETE FROM work WHERE user_id = (SELECT min(id) FROM users);"},
    {"dropwork", "DELETE FROM work WHERE id = (SELECT min(id) FROM work WHERE kind = :recheck);"},
    {"ghostevent", "INSERT INTO event(at, user_id, kind) SELECT CAST(value AS INTEGER),"
                   " (SELECT min(id) FROM users), :rb_started FROM meta WHERE key = 'clock';"},
    {"silent", "UPDATE users SET state = :ucs, hold = 0 WHERE id = (SELECT min(id) + 1 FROM users);"
               "DELETE FROM work WHERE user_id = (SELECT min(id) + 1 FROM users);"},
    {"halfgrant", "UPDATE users SET policy_id = NULL WHERE id % 2 = 0;"
                  "DELETE FROM event WHERE kind = :granted AND user_id % 2 = 0;"},
    {"lostcontact", "DELETE FROM contact WHERE id = (SELECT min(id) FROM contact"
                    " WHERE user_id = (SELECT min(id) + 2 FROM users));"},
    {"overdue", "UPDATE meta SET value = (SELECT min(due) FROM work) WHERE key = 'clock';"},
};

/* The numbers the statements above name, from the enums of store.h and ucs.h. */
static const struct {
  const char *name;
  int value;
} NUMBERS[] = {
    {":migrating", CS_MIGRATING},     {":ucs", CS_UCS},
    {":recheck", WORK_RECHECK},       {":rb_started", UCS_EV_RB_STARTED},
    {":granted", UCS_EV_POLICY_GRANTED},
};

/* Runs the statements of sql one by one, binding NUMBERS; returns the rows
 * changed in all. */
static int run(sqlite3 *db, const char *sql, int *changed) {
  *changed = 0;
  while (sql && *sql) {
    sqlite3_stmt *q = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &q, &sql);
    if (rc != SQLITE_OK) return rc;
    if (!q) break; /* trailing blanks */
    for (size_t i = 0; i < sizeof NUMBERS / sizeof NUMBERS[0]; i++) {
      int k = sqlite3_bind_parameter_index(q, NUMBERS[i].name);
      if (k) sqlite3_bind_int(q, k, NUMBERS[i].value);
    }
    rc = sqlite3_step(q);
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE) return rc;
    *changed += sqlite3_changes(db);
  }
  return SQLITE_OK;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: crash_break STORE MODE\n");
    return 2;
  }
  for (size_t i = 0; i < sizeof MODES / sizeof MODES[0]; i++) {
    if (strcmp(argv[2], MODES[i].mode) != 0) continue;
    sqlite3 *db = NULL;
    char *err = NULL;
    int rc = sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &err);
    int changed = 0;
    if (rc == SQLITE_OK) rc = run(db, MODES[i].sql, &changed);
    if (rc == SQLITE_OK && changed == 0) {
      fprintf(stderr, "crash_break: %s changed nothing\n", argv[2]);
      rc = SQLITE_ERROR;
    }
    if (rc == SQLITE_OK) rc = sqlite3_exec(db, "COMMIT", NULL, NULL, &err);
    if (rc != SQLITE_OK)
      fprintf(stderr, "crash_break: %s: %s\n", argv[2], err ? err : sqlite3_errmsg(db));
    sqlite3_free(err);
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : 2;
  }
  fprintf(stderr, "crash_break: unknown mode %s\n", argv[2]);
  return 2;
}
