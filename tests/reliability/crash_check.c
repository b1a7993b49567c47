/* crash_check.c - the invariant checker of the crash-consistency test
 * (issue 7 point 1; tests/reliability/crash.sh). It reads a lab store that
 * crash_runbook.ps1 was writing when it was killed with SIGKILL, straight
 * from SQLite (the schema is in cmdlets/store.h's header comment), and
 * reports every way the store is not what a sequence of whole commands
 * leaves behind.
 *
 * Usage: crash_check STORE N K [MARKERS]
 *   N        the runbook's users ("Crash User 1" .. "Crash User N"; 0 or N
 *            of them exist, since they are created in one transaction)
 *   K        the runbook's per-user contact loop covers users 1..K
 *   MARKERS  the runbook's "done step S" / "done contact I" lines: every
 *            step so marked must have its full effect
 * Exit: 0 the store is consistent, 1 a finding (each printed, up to 20),
 * 2 the store cannot be read at all.
 *
 * What is checked:
 *   - PRAGMA integrity_check is "ok".
 *   - Scheduled work: a Migrating user has exactly one WORK_MIG_DONE, a
 *     RollingBack user one WORK_RB_DONE, a user on hold one WORK_RECHECK,
 *     nobody else any; no work for a missing user; no work due at or before
 *     the clock (the clock moved without running its work).
 *   - The event log, replayed per user from LyncServer in id order, makes
 *     only legal moves (a completion follows its start...) and ends in the
 *     user's stored state and hold flag: every state change has its event
 *     and every event its change. The last policy grant logged names the
 *     user's policy. No event is later than the clock.
 *   - Contacts: 5 "Lab Contacts" per user plus, for users 1..K only, the
 *     runbook's sip:crashbuddy contact; none for a missing user.
 *   - One command, one batch (N <= 10,000 is one engine batch): all users
 *     share state, hold, policy, sign-in; the runbook changes them together
 *     (not checked for a larger N).
 *   - Markers: the effect of every completed step (see check_steps).
 *
 * Like tests/bench/store_bench.c, this tool includes <sqlite3.h>: it checks
 * the store's rows, which no cmdlet shows in full. */
#define _POSIX_C_SOURCE 200809L
#include <sqlite3.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "ucs.h"

#define BUDDY "sip:crashbuddy@litwareinc.com"
#define LAB_CONTACTS 5
#define MAX_PRINTED 20

typedef struct {
  int64_t id, policy_id;
  int state, hold, signed_in, client;
  /* from the tables */
  int work[WORK_COUNT], contacts, lab_contacts, buddy;
  /* from the event log */
  int ev_state, ev_hold, started, mig_done, rb_started, rb_done;
  char *granted; /* the last policy grant's detail; NULL: none */
} User;

static sqlite3 *db;
static int findings;
static User *users; /* index i-1 for "Crash User i" */
static int64_t n_users, k_contacts, clock_now, crash_policy;
static int crash_policy_allowed = -1;
static int64_t *id_map; /* user id -> index + 1, for ids up to max_id */
static int64_t max_id;

static void finding(const char *fmt, ...) {
  if (++findings > MAX_PRINTED) return;
  va_list ap;
  va_start(ap, fmt);
  fputs("crash_check: ", stdout);
  vprintf(fmt, ap);
  putchar('\n');
  va_end(ap);
}

static void die(const char *what) {
  fprintf(stderr, "crash_check: %s: %s\n", what, db ? sqlite3_errmsg(db) : "no store");
  exit(2);
}

static sqlite3_stmt *prep(const char *sql) {
  sqlite3_stmt *q = NULL;
  if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK) die(sql);
  return q;
}

static void done(sqlite3_stmt *q, int rc, const char *what) {
  if (rc != SQLITE_DONE) die(what);
  sqlite3_finalize(q);
}

static User *user_of(int64_t id) {
  if (id < 1 || id > max_id || !id_map[id]) return NULL;
  return &users[id_map[id] - 1];
}

static void check_integrity(void) {
  sqlite3_stmt *q = prep("PRAGMA integrity_check");
  int rc;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    const char *t = (const char *)sqlite3_column_text(q, 0);
    if (!t || strcmp(t, "ok") != 0) finding("integrity_check: %s", t ? t : "(null)");
  }
  done(q, rc, "integrity_check");
}

static void load_meta(void) {
  sqlite3_stmt *q = prep("SELECT value FROM meta WHERE key = 'clock'");
  int rc = sqlite3_step(q);
  if (rc != SQLITE_ROW) die("no clock in meta");
  clock_now = sqlite3_column_int64(q, 0);
  sqlite3_finalize(q);
  q = prep("SELECT id, ucs_allowed FROM policy WHERE scope = ?1 AND name = 'CrashPolicy'");
  sqlite3_bind_int(q, 1, PSCOPE_TAG);
  if ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    crash_policy = sqlite3_column_int64(q, 0);
    crash_policy_allowed = sqlite3_column_int(q, 1);
    rc = sqlite3_step(q);
  }
  done(q, rc, "policy");
}

/* The users: all must be the runbook's, numbered 1..N without a gap. */
static void load_users(void) {
  sqlite3_stmt *q = prep("SELECT max(id), count(*) FROM users");
  if (sqlite3_step(q) != SQLITE_ROW) die("users");
  max_id = sqlite3_column_int64(q, 0);
  int64_t count = sqlite3_column_int64(q, 1);
  sqlite3_finalize(q);
  if (count != 0 && count != n_users)
    finding("%lld users, expected 0 or %lld (New-CsLabUser -Count is one transaction)",
            (long long)count, (long long)n_users);
  users = calloc((size_t)n_users + 1, sizeof *users);
  id_map = calloc((size_t)max_id + 1, sizeof *id_map);
  if (!users || !id_map) abort();
  q = prep("SELECT id, display, state, hold, signed_in, client, policy_id FROM users");
  int rc;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    int64_t id = sqlite3_column_int64(q, 0);
    const char *d = (const char *)sqlite3_column_text(q, 1);
    long long i = 0;
    char tail = 0;
    if (!d || sscanf(d, "Crash User %lld%c", &i, &tail) != 1 || i < 1 || i > n_users) {
      finding("user %lld \"%s\" is not one of the runbook's", (long long)id, d ? d : "");
      continue;
    }
    User *u = &users[i - 1];
    if (u->id) {
      finding("two users named \"%s\"", d);
      continue;
    }
    id_map[id] = i;
    u->id = id;
    u->state = sqlite3_column_int(q, 2);
    u->hold = sqlite3_column_int(q, 3);
    u->signed_in = sqlite3_column_int(q, 4);
    u->client = sqlite3_column_int(q, 5);
    u->policy_id = sqlite3_column_int64(q, 6);
  }
  done(q, rc, "users");
}

static void load_work(void) {
  sqlite3_stmt *q = prep("SELECT id, due, kind, user_id FROM work");
  int rc;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    int64_t id = sqlite3_column_int64(q, 0), due = sqlite3_column_int64(q, 1);
    int kind = sqlite3_column_int(q, 2);
    User *u = user_of(sqlite3_column_int64(q, 3));
    if (!u) {
      finding("work %lld (kind %d) for a missing user %lld", (long long)id, kind,
              (long long)sqlite3_column_int64(q, 3));
      continue;
    }
    if (due <= clock_now)
      finding("work %lld (kind %d) of user %lld is due at %lld, not after the clock %lld: the "
              "clock moved without running it",
              (long long)id, kind, (long long)u->id, (long long)due, (long long)clock_now);
    if (kind <= WORK_NONE || kind >= WORK_COUNT) finding("work %lld has kind %d", (long long)id, kind);
    else u->work[kind]++;
  }
  done(q, rc, "work");
}

static void load_contacts(void) {
  sqlite3_stmt *q = prep("SELECT user_id, sip, grp FROM contact");
  int rc;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    User *u = user_of(sqlite3_column_int64(q, 0));
    const char *sip = (const char *)sqlite3_column_text(q, 1);
    const char *grp = (const char *)sqlite3_column_text(q, 2);
    if (!u) {
      finding("a contact %s of a missing user %lld", sip ? sip : "",
              (long long)sqlite3_column_int64(q, 0));
      continue;
    }
    u->contacts++;
    if (sip && strcmp(sip, BUDDY) == 0) u->buddy++;
    else if (grp && strcmp(grp, "Lab Contacts") == 0) u->lab_contacts++;
  }
  done(q, rc, "contact");
}

/* The event log replayed per user: legal moves only. */
static void replay_event(User *u, int64_t ev, int kind, const char *detail) {
  int from = u->ev_state, to = from;
  bool legal = true;
  switch (kind) {
  case UCS_EV_MIG_STARTED:
  case UCS_EV_MIG_POLICY:
  case UCS_EV_MIG_RECHECK:
  case UCS_EV_MIG_SETUP:
    legal = from == CS_LYNC;
    to = CS_MIGRATING;
    u->started++;
    if (kind == UCS_EV_MIG_RECHECK) u->ev_hold = 0;
    break;
  case UCS_EV_RECHECK_BLOCKED:
    u->ev_hold = 0;
    break;
  case UCS_EV_MIG_DONE:
    legal = from == CS_MIGRATING;
    to = CS_UCS;
    u->mig_done++;
    break;
  case UCS_EV_MIG_CANCELLED:
    legal = from == CS_MIGRATING;
    to = CS_LYNC;
    break;
  case UCS_EV_RB_STARTED:
    legal = from == CS_UCS;
    to = CS_ROLLING_BACK;
    u->rb_started++;
    break;
  case UCS_EV_RB_DONE:
    legal = from == CS_UCS || from == CS_ROLLING_BACK;
    to = CS_LYNC;
    u->rb_done++;
    break;
  case UCS_EV_MOVE_ROLLBACK:
    to = CS_LYNC;
    u->ev_hold = 0;
    break;
  case UCS_EV_RECHECK_SET:
    legal = from == CS_LYNC;
    u->ev_hold = 1;
    break;
  case UCS_EV_POLICY_GRANTED:
    free(u->granted);
    u->granted = strdup(detail ? detail : "");
    break;
  default:
    break;
  }
  if (!legal)
    finding("event %lld (kind %d) of user %lld: not a move from state %d", (long long)ev, kind,
            (long long)u->id, from);
  u->ev_state = to;
}

static void load_events(void) {
  sqlite3_stmt *q = prep("SELECT id, at, user_id, kind, detail FROM event ORDER BY id");
  int rc;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    int64_t ev = sqlite3_column_int64(q, 0), at = sqlite3_column_int64(q, 1);
    int64_t uid = sqlite3_column_int64(q, 2);
    int kind = sqlite3_column_int(q, 3);
    if (at > clock_now)
      finding("event %lld at %lld is later than the clock %lld", (long long)ev, (long long)at,
              (long long)clock_now);
    if (sqlite3_column_type(q, 2) == SQLITE_NULL || uid == 0) continue;
    User *u = user_of(uid);
    if (!u) {
      finding("event %lld (kind %d) of a missing user %lld", (long long)ev, kind, (long long)uid);
      continue;
    }
    replay_event(u, ev, kind, (const char *)sqlite3_column_text(q, 4));
  }
  done(q, rc, "event");
}

static void check_user(int64_t i, User *u) {
  if (!u->id) return;
  long long id = (long long)u->id;
  for (int k = WORK_NONE + 1; k < WORK_COUNT; k++) {
    int want = (k == WORK_MIG_DONE && u->state == CS_MIGRATING) ||
               (k == WORK_RB_DONE && u->state == CS_ROLLING_BACK) ||
               (k == WORK_RECHECK && u->hold);
    if (u->work[k] != want)
      finding("user %lld (state %d, hold %d) has %d work rows of kind %d, expected %d", id,
              u->state, u->hold, u->work[k], k, want);
  }
  if (u->ev_state != u->state)
    finding("user %lld is in state %d but its events end in state %d", id, u->state, u->ev_state);
  if (u->ev_hold != u->hold)
    finding("user %lld has hold %d but its events say %d", id, u->hold, u->ev_hold);
  bool crash = crash_policy && u->policy_id == crash_policy;
  bool logged = u->granted && strcmp(u->granted, "CrashPolicy") == 0;
  if (crash != logged)
    finding("user %lld has policy %lld but the last grant logged is \"%s\"", id,
            (long long)u->policy_id, u->granted ? u->granted : "(none)");
  if (u->lab_contacts != LAB_CONTACTS)
    finding("user %lld has %d of its %d lab contacts", id, u->lab_contacts, LAB_CONTACTS);
  if (u->buddy && i > k_contacts) finding("user %lld (%lld > K) has the buddy contact", id, (long long)i);
  if (u->contacts != u->lab_contacts + u->buddy)
    finding("user %lld has %d contacts not made by the runbook", id,
            u->contacts - u->lab_contacts - u->buddy);
}

/* N <= 10,000: every multi-user command of the runbook is one engine batch,
 * one transaction, so the users move together. */
enum { ENGINE_BATCH = 10000 }; /* LAB_BATCH of cmdlets/lab.h */

static void check_uniform(void) {
  if (n_users > ENGINE_BATCH) return; /* several batches: they may differ between kills */
  User *a = NULL;
  for (int64_t i = 0; i < n_users; i++) {
    User *u = &users[i];
    if (!u->id) continue;
    if (!a) {
      a = u;
      continue;
    }
    if (u->state != a->state || u->hold != a->hold || u->policy_id != a->policy_id ||
        u->signed_in != a->signed_in || u->client != a->client) {
      finding("users %lld and %lld differ (state %d/%d, hold %d/%d, policy %lld/%lld, signed in "
              "%d/%d): a batch was half applied",
              (long long)a->id, (long long)u->id, a->state, u->state, a->hold, u->hold,
              (long long)a->policy_id, (long long)u->policy_id, a->signed_in, u->signed_in);
      return;
    }
  }
}

/* The markers: "done step S" and "done contact I", each a whole line. */
static int read_markers(const char *path, unsigned char *contact_done) {
  FILE *f = fopen(path, "r");
  if (!f) return 0; /* killed before the first marker */
  char line[128];
  int step = 0;
  while (fgets(line, sizeof line, f)) {
    size_t len = strlen(line);
    if (!len || line[len - 1] != '\n') continue; /* a line cut by the kill */
    int v = 0;
    char nl = 0;
    if (sscanf(line, "done step %d%c", &v, &nl) == 2 && nl == '\n') {
      if (v > step) step = v;
    } else if (sscanf(line, "done contact %d%c", &v, &nl) == 2 && nl == '\n' && v >= 1 &&
               v <= k_contacts) {
      contact_done[v] = 1;
    }
  }
  fclose(f);
  return step;
}

static int64_t present(void) {
  int64_t k = 0;
  for (int64_t i = 0; i < n_users; i++) k += users[i].id != 0;
  return k;
}

/* Each completed step's full effect, as it stands after any later step. */
static void check_steps(int step, const unsigned char *contact_done) {
  if (step >= 1 && present() != n_users)
    finding("step 1 completed but %lld of %lld users exist", (long long)present(),
            (long long)n_users);
  if (step >= 2 && crash_policy_allowed != 1)
    finding("step 2 completed but CrashPolicy %s", crash_policy ? "does not allow UCS" : "is missing");
  if (step >= 5 && clock_now < STORE_EPOCH + UCS_MIGRATION_SECS)
    finding("step 5 completed but the clock is at %lld", (long long)clock_now);
  if (step >= 8 && clock_now < STORE_EPOCH + UCS_MIGRATION_SECS + UCS_ROLLBACK_SECS)
    finding("step 8 completed but the clock is at %lld", (long long)clock_now);
  for (int64_t i = 1; i <= n_users; i++) {
    User *u = &users[i - 1];
    if (!u->id) continue;
    long long id = (long long)u->id;
    if (step >= 3 && (!crash_policy || u->policy_id != crash_policy))
      finding("step 3 completed but user %lld has policy %lld", id, (long long)u->policy_id);
    if (step >= 4 && (!u->signed_in || u->client != 2013 || !u->started))
      finding("step 4 completed but user %lld: signed in %d client %d, %d migrations started", id,
              u->signed_in, u->client, u->started);
    if (step >= 5 && (u->state == CS_MIGRATING || !u->mig_done))
      finding("step 5 completed but user %lld is in state %d with %d migrations done", id,
              u->state, u->mig_done);
    if ((step >= 6 || (i <= k_contacts && contact_done[i])) && i <= k_contacts && !u->buddy)
      finding("contact %lld completed but user %lld has no buddy contact", (long long)i, id);
    if (step >= 7 && (u->state == CS_UCS || u->state == CS_MIGRATING || !u->rb_started))
      finding("step 7 completed but user %lld is in state %d with %d rollbacks started", id,
              u->state, u->rb_started);
    if (step >= 8 && (u->state != CS_LYNC || !u->hold || !u->rb_done))
      finding("step 8 completed but user %lld: state %d, hold %d, %d rollbacks done", id,
              u->state, u->hold, u->rb_done);
  }
}

int main(int argc, char **argv) {
  if (argc < 4 || argc > 5) {
    fprintf(stderr, "usage: crash_check STORE N K [MARKERS]\n");
    return 2;
  }
  n_users = atoll(argv[2]);
  k_contacts = atoll(argv[3]);
  if (n_users < 1 || k_contacts < 0 || k_contacts > n_users) {
    fprintf(stderr, "crash_check: bad N or K\n");
    return 2;
  }
  /* read-only: the store as any reader sees it (through the WAL a killed
   * writer left), without checkpointing it; ucsh recovers it later */
  if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) die(argv[1]);
  sqlite3_busy_timeout(db, 5000);
  check_integrity();
  load_meta();
  load_users();
  load_work();
  load_contacts();
  load_events();
  for (int64_t i = 1; i <= n_users; i++) check_user(i, &users[i - 1]);
  check_uniform();
  unsigned char *contact_done = calloc((size_t)k_contacts + 1, 1);
  if (!contact_done) abort();
  int step = argc == 5 ? read_markers(argv[4], contact_done) : 0;
  check_steps(step, contact_done);
  if (findings > MAX_PRINTED) printf("crash_check: ... %d findings in all\n", findings);
  printf("crash_check: %s: %lld users, clock +%llds, steps done %d: %s\n", argv[1],
         (long long)present(), (long long)(clock_now - STORE_EPOCH), step,
         findings ? "INCONSISTENT" : "ok");
  for (int64_t i = 0; i < n_users; i++) free(users[i].granted);
  free(users);
  free(id_map);
  free(contact_done);
  sqlite3_close(db);
  return findings ? 1 : 0;
}
