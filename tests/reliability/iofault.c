/* iofault.c - I/O faults (issue 7 point 2): the disk fails the Nth write or
 * fsync of a migration command; the failure must surface as a PowerShell
 * error record, leave the store intact and unchanged, and the next command
 * must succeed.
 *
 * How: a shim VFS ("iofault", registered as SQLite's default, so the shell's
 * store goes through it) wraps the "unix" VFS. Its files count every xWrite
 * and xSync, on the database and on its -wal alike (WAL commits write the
 * -wal, checkpoints the database file); when armed it fails the Nth one:
 *   write-EIO     xWrite returns SQLITE_IOERR_WRITE
 *   fsync-EIO     xSync returns SQLITE_IOERR_FSYNC
 *   write-ENOSPC  xWrite returns SQLITE_FULL (what the unix VFS says for ENOSPC)
 * and passes everything else through to the real file.
 *
 * The lab, in a temporary folder: USERS users with 5 contacts each, a per-user
 * policy allowing the unified contact store; then the migration's commands
 * in order, each one a step under test:
 *   Grant-CsUserServicesPolicy, Connect-CsLabClient (the migrations start),
 *   Skip-CsLabTime -Minutes 10 (they complete), Move-CsUser to a 2010 pool
 *   (an immediate rollback), Invoke-CsUcsRollback, Skip-CsLabTime -Days 8
 *   (rollbacks complete, re-migration checks, new migrations).
 * Each step in two forms, each from a copy of the store as it was before the
 * step: `try { CMD -ErrorAction Stop; 'ok' } catch { ... }` (the users given
 * to -Identity at once: one engine call) and `CMD` then `$?` (the users piped
 * in: one batch). A shell opens the copy, the -wal is checkpointed away (so
 * the command's first commit restarts the WAL, which fsyncs its header), the
 * fault is armed, the command runs, the fault is disarmed.
 *
 * First each form runs unarmed: it must succeed; its write and fsync counts
 * give K, and its store dump (store_dump.c, compiled in) is the reference.
 * Then for each mode and N = 1..K+1 one case, checked:
 *   a. the outcome is either a failure surfaced as an error record ("The lab
 *      store failed: ..." caught by try; without try, $? False and the record
 *      on the error stream) or a success: when the fault hit nothing (N = K+1)
 *      or an automatic checkpoint after the commit (harmless: the WAL keeps
 *      the data); nothing else is printed;
 *   b. PRAGMA integrity_check is ok;
 *   c. after a failure the dump equals the dump before the command (rolled
 *      back), after a success the reference;
 *   f. so does a copy of the database and its -wal as a crash right then
 *      would leave them (the next opener recovers the WAL from its frames);
 *   d. after a failure, the same command again, unarmed, in the same shell
 *      (the same store connection) succeeds, and the dump is the reference;
 *   e. once the shell has closed the store (checkpointing the WAL), the
 *      store is intact and its dump is the reference.
 * All of it twice: with SQLite's default page cache, where a command writes
 * only at COMMIT, and with a 4-page cache (set on every connection by an
 * auto extension), where it spills pages to the -wal in the middle of its
 * statements, so the faults hit there too.
 * Negative control: the cases of Grant's try form (default cache) with a
 * shim that drops the Nth write and says SQLITE_OK; the checks must flag at
 * least one of them (they flag all: a dropped page breaks integrity, a
 * dropped frame header loses the commit on recovery, check f).
 *
 * Usage: iofault [USERS]   (default 50; prints the figures)
 * Exit: 0 all checks passed, 1 a check failed, 2 a setup error. */
#define _POSIX_C_SOURCE 200809L
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define STORE_DUMP_NO_MAIN
#include "store_dump.c"

#include "../../cmdlets/cmdlets.h"
#include "../../parser/parser.h"
#include "../../runtime/interp.h"
#include "../../runtime/strbuf.h"

/* ---------------------------------------------------------------- the shim VFS */

typedef enum { F_OFF, F_COUNT, F_WRITE_EIO, F_SYNC_EIO, F_WRITE_FULL, F_WRITE_DROP } FaultMode;

static const char *const MODE_NAME[] = {"off", "count", "write-EIO", "fsync-EIO", "write-ENOSPC",
                                        "write-dropped"};

static struct {
  FaultMode mode;
  long n;             /* the op that fails, from 1 */
  long writes, syncs; /* since armed */
  bool fired;
} fault;

typedef struct {
  sqlite3_file base;
  sqlite3_file *real; /* the unix VFS's file, allocated right after this */
} ShimFile;

static sqlite3_vfs *real_vfs;

#define REAL(f) (((ShimFile *)(f))->real)

static void arm(FaultMode mode, long n) {
  fault.mode = mode, fault.n = n;
  fault.writes = fault.syncs = 0;
  fault.fired = false;
}

/* Counts one write (or sync); true when it is the one to fail. */
static bool hit(bool sync) {
  if (fault.mode == F_OFF) return false;
  long k = sync ? ++fault.syncs : ++fault.writes;
  bool mine = sync ? fault.mode == F_SYNC_EIO
                   : fault.mode == F_WRITE_EIO || fault.mode == F_WRITE_FULL ||
                         fault.mode == F_WRITE_DROP;
  if (!mine || k != fault.n) return false;
  fault.fired = true;
  return true;
}

static int shim_write(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off) {
  if (hit(false)) {
    if (fault.mode == F_WRITE_DROP) return SQLITE_OK; /* the negative control's lie */
    return fault.mode == F_WRITE_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
  }
  return REAL(f)->pMethods->xWrite(REAL(f), buf, n, off);
}

static int shim_sync(sqlite3_file *f, int flags) {
  return hit(true) ? SQLITE_IOERR_FSYNC : REAL(f)->pMethods->xSync(REAL(f), flags);
}

/* Everything else passes through. */
static int shim_close(sqlite3_file *f) { return REAL(f)->pMethods->xClose(REAL(f)); }
static int shim_read(sqlite3_file *f, void *buf, int n, sqlite3_int64 off) {
  return REAL(f)->pMethods->xRead(REAL(f), buf, n, off);
}
static int shim_truncate(sqlite3_file *f, sqlite3_int64 size) {
  return REAL(f)->pMethods->xTruncate(REAL(f), size);
}
static int shim_size(sqlite3_file *f, sqlite3_int64 *size) {
  return REAL(f)->pMethods->xFileSize(REAL(f), size);
}
static int shim_lock(sqlite3_file *f, int lock) { return REAL(f)->pMethods->xLock(REAL(f), lock); }
static int shim_unlock(sqlite3_file *f, int lock) {
  return REAL(f)->pMethods->xUnlock(REAL(f), lock);
}
static int shim_reserved(sqlite3_file *f, int *out) {
  return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}
static int shim_control(sqlite3_file *f, int op, void *arg) {
  return REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}
static int shim_sector(sqlite3_file *f) { return REAL(f)->pMethods->xSectorSize(REAL(f)); }
static int shim_device(sqlite3_file *f) {
  return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}
static int shim_shm_map(sqlite3_file *f, int pg, int sz, int extend, void volatile **p) {
  return REAL(f)->pMethods->xShmMap(REAL(f), pg, sz, extend, p);
}
static int shim_shm_lock(sqlite3_file *f, int off, int n, int flags) {
  return REAL(f)->pMethods->xShmLock(REAL(f), off, n, flags);
}
static void shim_shm_barrier(sqlite3_file *f) { REAL(f)->pMethods->xShmBarrier(REAL(f)); }
static int shim_shm_unmap(sqlite3_file *f, int del) {
  return REAL(f)->pMethods->xShmUnmap(REAL(f), del);
}
static int shim_fetch(sqlite3_file *f, sqlite3_int64 off, int n, void **p) {
  return REAL(f)->pMethods->xFetch(REAL(f), off, n, p);
}
static int shim_unfetch(sqlite3_file *f, sqlite3_int64 off, void *p) {
  return REAL(f)->pMethods->xUnfetch(REAL(f), off, p);
}

static const sqlite3_io_methods shim_io = {
    .iVersion = 3,
    .xClose = shim_close,
    .xRead = shim_read,
    .xWrite = shim_write,
    .xTruncate = shim_truncate,
    .xSync = shim_sync,
    .xFileSize = shim_size,
    .xLock = shim_lock,
    .xUnlock = shim_unlock,
    .xCheckReservedLock = shim_reserved,
    .xFileControl = shim_control,
    .xSectorSize = shim_sector,
    .xDeviceCharacteristics = shim_device,
    .xShmMap = shim_shm_map,
    .xShmLock = shim_shm_lock,
    .xShmBarrier = shim_shm_barrier,
    .xShmUnmap = shim_shm_unmap,
    .xFetch = shim_fetch,
    .xUnfetch = shim_unfetch,
};

static int shim_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *out) {
  (void)vfs;
  ShimFile *s = (ShimFile *)f;
  s->real = (sqlite3_file *)(s + 1);
  int rc = real_vfs->xOpen(real_vfs, name, s->real, flags, out);
  if (rc != SQLITE_OK && s->real->pMethods) s->real->pMethods->xClose(s->real);
  s->base.pMethods = rc == SQLITE_OK ? &shim_io : NULL;
  return rc;
}

/* The second pass's tiny page cache, set on every new connection by an auto
 * extension: transactions then spill pages to the -wal before COMMIT, so
 * the faults also hit in the middle of the command's statements. */
static int cache_pages; /* 0: SQLite's default */
#define SMALL_CACHE 4  /* pages */

static int set_cache(sqlite3 *db, char **err, const struct sqlite3_api_routines *api) {
  (void)err, (void)api;
  char sql[64];
  snprintf(sql, sizeof sql, "PRAGMA cache_size = %d", cache_pages);
  if (cache_pages) sqlite3_exec(db, sql, NULL, NULL, NULL);
  return SQLITE_OK;
}

/* The unix VFS with our xOpen; its other methods get our sqlite3_vfs, whose
 * fields (pAppData, mxPathname) are copies of its own. */
static bool shim_register(void) {
  static sqlite3_vfs shim;
  real_vfs = sqlite3_vfs_find("unix");
  if (!real_vfs || real_vfs->iVersion < 3) return false;
  shim = *real_vfs;
  shim.pNext = NULL;
  shim.zName = "iofault";
  shim.szOsFile = (int)sizeof(ShimFile) + real_vfs->szOsFile;
  shim.xOpen = shim_open;
  sqlite3_auto_extension((void (*)(void))set_cache);
  return sqlite3_vfs_register(&shim, 1) == SQLITE_OK;
}

/* ---------------------------------------------------------------- files */

static char dir[64], work[128];

static bool copy_file(const char *from, const char *to) {
  FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
  char buf[65536];
  size_t n;
  bool ok = in && out;
  while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0) ok = fwrite(buf, 1, n, out) == n;
  ok = ok && !ferror(in);
  if (in) fclose(in);
  if (out && fclose(out)) ok = false;
  return ok;
}

static void remove_store(const char *path) {
  char side[256];
  remove(path);
  snprintf(side, sizeof side, "%s-wal", path), remove(side);
  snprintf(side, sizeof side, "%s-shm", path), remove(side);
}

static char *tpl_path(int step) { /* the store before step (static buffer) */
  static char p[128];
  snprintf(p, sizeof p, "%s/before%d.db", dir, step);
  return p;
}

/* The dump (malloc'd), or NULL. */
static char *dump(const char *path) {
  char *text = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&text, &n);
  if (!f) return NULL;
  int rc = dump_store(path, 0, f);
  fclose(f);
  if (rc) free(text), text = NULL;
  return text;
}

/* The first row of a pragma on its own connection: its first column as
 * text (malloc'd) and, through *first, as a number; else the error. */
static char *pragma(const char *path, const char *sql, int *first) {
  sqlite3 *db = NULL;
  sqlite3_stmt *t = NULL;
  char *res = NULL;
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2(db, sql, -1, &t, NULL) == SQLITE_OK && sqlite3_step(t) == SQLITE_ROW) {
    res = strdup((const char *)sqlite3_column_text(t, 0));
    if (first) *first = sqlite3_column_int(t, 0);
  } else {
    res = strdup(sqlite3_errmsg(db));
  }
  sqlite3_finalize(t);
  sqlite3_close(db);
  return res;
}

static char *integrity(const char *path) { return pragma(path, "PRAGMA integrity_check", NULL); }

/* Checkpoints the whole -wal into the database and empties it, so that
 * the next commit starts the WAL afresh; false when a reader blocked it. */
static bool wal_truncate(const char *path) {
  int busy = 1;
  free(pragma(path, "PRAGMA wal_checkpoint(TRUNCATE)", &busy));
  return busy == 0;
}

/* ---------------------------------------------------------------- a shell */

typedef struct {
  StrBuf out, err;
} Host;

static void host_out(void *ctx, const char *s, size_t n) { sb_putn(&((Host *)ctx)->out, s, n); }
static void host_err(void *ctx, const char *s, size_t n) { sb_putn(&((Host *)ctx)->err, s, n); }

static Interp *shell_new(Host *h) {
  HostIO io = {h, host_out, host_err, NULL, false};
  Interp *I = interp_new(&io);
  cmdlets_register_all(I);
  return I;
}

/* Runs text in the shell's global scope; what it printed is in h (reset
 * first). A parse error is the test's own bug: exit 2. */
static void shell_run(Interp *I, Host *h, const char *text) {
  Script *s = NULL;
  ParseErrors errs = {0};
  sb_reset(&h->out), sb_reset(&h->err);
  if (!parse_script(text, strlen(text), NULL, &s, &errs)) {
    fprintf(stderr, "iofault: cannot parse: %s\n", text);
    exit(2);
  }
  interp_run_script(I, s, true, NULL, 0);
  script_release(s);
}

/* ---------------------------------------------------------------- the lab */

#define POOL "'atl-cs-001.litwareinc.com'"
#define USERS_VAR "$u = @(Get-CsUser -Filter {RegistrarPool -eq " POOL "})"

static const char SETUP[] =
    "Reset-CsLab -Empty -Confirm:$False\n"
    "New-CsLabUser -DisplayName 'Io User' -Count $n -Contacts 5 | Out-Null\n"
    "New-CsUserServicesPolicy -Identity IoPolicy -UcsAllowed $True | Out-Null\n"
    "'ok'";

typedef struct {
  const char *name;
  const char *one_call; /* CMD for the try form: every user to -Identity at once */
  const char *piped;    /* CMD for the $? form */
} Step;

#define MOVE " -Target dal-cs-001.litwareinc.com -Confirm:$False"
static const Step STEPS[] = {
    {"Grant-CsUserServicesPolicy", "Grant-CsUserServicesPolicy -Identity $u -PolicyName IoPolicy",
     "$u | Grant-CsUserServicesPolicy -PolicyName IoPolicy"},
    {"Connect-CsLabClient", "Connect-CsLabClient -Identity $u", "$u | Connect-CsLabClient"},
    {"Skip-CsLabTime -Minutes 10", "Skip-CsLabTime -Minutes 10", "Skip-CsLabTime -Minutes 10"},
    {"Move-CsUser", "Move-CsUser -Identity $u[0..9]" MOVE, "$u[0..9] | Move-CsUser" MOVE},
    {"Invoke-CsUcsRollback", "Invoke-CsUcsRollback -Identity $u -Confirm:$False",
     "$u | Invoke-CsUcsRollback -Confirm:$False"},
    {"Skip-CsLabTime -Days 8", "Skip-CsLabTime -Days 8", "Skip-CsLabTime -Days 8"},
};
#define NSTEPS (int)(sizeof STEPS / sizeof STEPS[0])

enum { FORM_TRY, FORM_PLAIN, NFORMS };
static const char *const FORM_NAME[] = {"try", "$?"};

/* The script of a form; malloc'd. */
static char *form_script(const Step *st, int form) {
  StrBuf b = SB_INIT;
  if (form == FORM_TRY)
    sb_printf(&b, "try { %s -ErrorAction Stop -WarningAction SilentlyContinue; 'ok' }\n"
                  "catch { 'caught: ' + $_.Exception.Message }", st->one_call);
  else
    sb_printf(&b, "%s -WarningAction SilentlyContinue\n$?", st->piped);
  return sb_take(&b, NULL);
}

typedef enum { OUT_OK, OUT_FAILED, OUT_ODD } Outcome;

#define STORE_FAILED "The lab store failed: "

/* What the run of a form printed says. */
static Outcome outcome(int form, Host *h) {
  const char *out = sb_cstr(&h->out), *err = sb_cstr(&h->err);
  if (form == FORM_TRY) {
    if (!*err && strcmp(out, "ok\n") == 0) return OUT_OK;
    if (!*err && strncmp(out, "caught: " STORE_FAILED, 8 + strlen(STORE_FAILED)) == 0)
      return OUT_FAILED;
    return OUT_ODD;
  }
  if (!*err && strcmp(out, "True\n") == 0) return OUT_OK;
  if (strcmp(out, "False\n") == 0 && strstr(err, STORE_FAILED)) return OUT_FAILED;
  return OUT_ODD;
}

/* A shell on a fresh copy of the store before step, opened (unarmed), $u
 * set, its -wal checkpointed away. NULL on a setup error (printed). */
static Interp *case_shell(int step, Host *h) {
  remove_store(work);
  if (!copy_file(tpl_path(step), work)) {
    fprintf(stderr, "iofault: cannot copy %s\n", tpl_path(step));
    return NULL;
  }
  Interp *I = shell_new(h);
  shell_run(I, h, "Get-CsLabClock | Out-Null\n" USERS_VAR "\n'ok'");
  bool opened = strcmp(sb_cstr(&h->out), "ok\n") == 0 && !h->err.len;
  bool ok = opened && wal_truncate(work);
  if (!ok)
    fprintf(stderr, "iofault: %s: %s%s\n", opened ? "the -wal cannot be checkpointed"
            : "the lab cannot be opened", sb_cstr(&h->out), sb_cstr(&h->err));
  if (!ok) interp_free(I);
  return ok ? I : NULL;
}

/* ---------------------------------------------------------------- the checks */

typedef struct {
  char *before;          /* the dump before the step */
  char *ref[NFORMS];     /* the dump after it, per form */
  long writes[NFORMS], syncs[NFORMS];
} StepRef;

static StepRef refs[NSTEPS];
typedef struct {
  long cases, fired, surfaced, mid_statement, problems;
} Tally;
static Tally tally;
static bool negative;     /* the negative control runs: problems are expected */
static char caught[300];  /* the negative control's first catch */
static char sample[F_WRITE_DROP + 1][200]; /* the first message per mode, at COMMIT */
static char mid_sample[200];                /* the first one in a statement */

/* A case: form of step, mode armed at op n. */
typedef struct {
  int step, form;
  FaultMode m;
  long n;
} Case;

static void problem(const Case *c, const char *what, Host *h) {
  tally.problems++;
  if (negative) {
    if (!caught[0]) snprintf(caught, sizeof caught, "op %ld, %s", c->n, what);
    return;
  }
  if (tally.problems > 20) return;
  printf("iofault: PROBLEM: %s (%s form), %s at op %ld%s: %s\n", STEPS[c->step].name,
         FORM_NAME[c->form], MODE_NAME[c->m], c->n, cache_pages ? " (small cache)" : "", what);
  if (h && (h->out.len || h->err.len))
    printf("  output: %.300s\n  errors: %.300s\n", sb_cstr(&h->out), sb_cstr(&h->err));
}

/* b, c, e, f: the store at path passes integrity_check and its dump is
 * want; false + a problem. */
static bool store_is(const Case *c, const char *path, const char *want, const char *when) {
  char *ic = integrity(path);
  char *got = dump(path);
  char what[200];
  bool ok = strcmp(ic, "ok") == 0 && got && strcmp(got, want) == 0;
  const char *first = ic; /* the first finding, after the "*** in database main ***" line */
  if (strncmp(first, "***", 3) == 0 && strchr(first, '\n')) first = strchr(first, '\n') + 1;
  if (strcmp(ic, "ok") != 0)
    snprintf(what, sizeof what, "%s: integrity_check: %.*s", when, (int)strcspn(first, "\n"),
             first);
  else snprintf(what, sizeof what, "%s: the store is not as expected", when);
  if (!ok) problem(c, what, NULL);
  free(ic), free(got);
  return ok;
}

/* f: the files a crash right now would leave (the database and its -wal,
 * no -shm: the next opener recovers the WAL from its frame headers and
 * checksums) hold the same store. */
static bool crash_copy_is(const Case *c, const char *want) {
  char wal[160], crash[160], crash_wal[176];
  snprintf(wal, sizeof wal, "%s-wal", work);
  snprintf(crash, sizeof crash, "%s/crash.db", dir);
  snprintf(crash_wal, sizeof crash_wal, "%s-wal", crash);
  remove_store(crash);
  if (!copy_file(work, crash) || !copy_file(wal, crash_wal)) {
    problem(c, "cannot copy the store's files", NULL);
    return false;
  }
  return store_is(c, crash, want, "after a crash right after it");
}

/* A surfaced failure: counted, where it hit (COMMIT or a statement), and
 * the first message of each mode kept for the figures. */
static void note_failure(FaultMode m, Host *h) {
  const char *t = strstr(sb_cstr(&h->out), STORE_FAILED);
  if (!t) t = strstr(sb_cstr(&h->err), STORE_FAILED);
  int len = t ? (int)strcspn(t, "\r\n") : 0;
  bool mid = t && strncmp(t + strlen(STORE_FAILED), "COMMIT:", 7) != 0;
  tally.surfaced++, tally.mid_statement += mid;
  char *keep = mid ? mid_sample : sample[m];
  if (!keep[0]) snprintf(keep, sizeof mid_sample, "%.*s", len, t ? t : "");
}

/* a: what the armed run printed; its outcome, OUT_ODD after a problem. */
static Outcome check_outcome(const Case *c, Host *h, bool hit_op) {
  Outcome o = outcome(c->form, h);
  if (o == OUT_ODD) problem(c, "neither a success nor an error record", h);
  if (o == OUT_FAILED && !hit_op) o = OUT_ODD, problem(c, "failed, no fault", h);
  if (o == OUT_FAILED) note_failure(c->m, h);
  tally.fired += hit_op;
  return o;
}

/* d: after a failure, the same command again, unarmed, on the same store
 * connection: it succeeds, with its whole effect. */
static bool next_ok(const Case *c, Interp *I, Host *h, const char *script) {
  shell_run(I, h, script);
  if (outcome(c->form, h) == OUT_OK)
    return store_is(c, work, refs[c->step].ref[c->form], "after the next command");
  problem(c, "the next command failed", h);
  return false;
}

/* One case; false when a check failed. */
static bool run_case(int step, int form, FaultMode m, long n) {
  const Case c = {step, form, m, n};
  Host h = {SB_INIT, SB_INIT};
  Interp *I = case_shell(step, &h);
  if (!I) exit(2);
  char *script = form_script(&STEPS[step], form);
  arm(m, n);
  shell_run(I, &h, script);
  bool hit_op = fault.fired;
  arm(F_OFF, 0);
  const StepRef *r = &refs[step];
  Outcome o = check_outcome(&c, &h, hit_op);
  const char *want = o == OUT_FAILED ? r->before : r->ref[form];
  bool ok = o != OUT_ODD && store_is(&c, work, want, "after it") && crash_copy_is(&c, want);
  if (ok && o == OUT_FAILED) ok = next_ok(&c, I, &h, script);
  interp_free(I); /* e: closing checkpoints the -wal into the database */
  if (ok) ok = store_is(&c, work, r->ref[form], "after closing the store");
  free(script);
  sb_free(&h.out), sb_free(&h.err);
  tally.cases++;
  return ok;
}

/* ---------------------------------------------------------------- the steps */

/* The unarmed runs of step: references and counts (a later pass's replace
 * an earlier one's). False on a failure. */
static bool reference(int step) {
  StepRef *r = &refs[step];
  free(r->before), r->before = NULL;
  for (int form = 0; form < NFORMS; form++) free(r->ref[form]), r->ref[form] = NULL;
  for (int form = 0; form < NFORMS; form++) {
    Host h = {SB_INIT, SB_INIT};
    Interp *I = case_shell(step, &h);
    if (!I) return false;
    if (!r->before) r->before = dump(work);
    char *script = form_script(&STEPS[step], form);
    arm(F_COUNT, 0);
    shell_run(I, &h, script);
    r->writes[form] = fault.writes, r->syncs[form] = fault.syncs;
    arm(F_OFF, 0);
    bool ok = outcome(form, &h) == OUT_OK;
    if (!ok)
      fprintf(stderr, "iofault: %s (%s form) fails unarmed:\n%s%s\n", STEPS[step].name,
              FORM_NAME[form], sb_cstr(&h.out), sb_cstr(&h.err));
    interp_free(I);
    r->ref[form] = dump(work);
    free(script);
    sb_free(&h.out), sb_free(&h.err);
    if (!ok || !r->before || !r->ref[form]) return false;
  }
  return true;
}

/* The stores before each step: the setup, then each step in turn. */
static bool make_templates(long users) {
  Host h = {SB_INIT, SB_INIT};
  char setup[512];
  snprintf(setup, sizeof setup, "$n = %ld\n%s", users, SETUP);
  remove_store(work);
  Interp *I = shell_new(&h);
  shell_run(I, &h, setup);
  bool ok = strcmp(sb_cstr(&h.out), "ok\n") == 0 && !h.err.len;
  interp_free(I);
  for (int step = 0; ok && step <= NSTEPS; step++) {
    ok = copy_file(work, tpl_path(step));
    if (!ok || step == NSTEPS) break;
    char *script = form_script(&STEPS[step], FORM_TRY);
    I = shell_new(&h);
    shell_run(I, &h, USERS_VAR);
    shell_run(I, &h, script);
    ok = outcome(FORM_TRY, &h) == OUT_OK;
    interp_free(I);
    free(script);
  }
  if (!ok)
    fprintf(stderr, "iofault: the lab setup failed:\n%s%s\n", sb_cstr(&h.out), sb_cstr(&h.err));
  sb_free(&h.out), sb_free(&h.err);
  return ok;
}

/* Every case of step: each form, mode, N = 1..K+1 (the last one misses:
 * the command must simply succeed). */
static void run_step(int step) {
  static const FaultMode MODES[] = {F_WRITE_EIO, F_SYNC_EIO, F_WRITE_FULL};
  const StepRef *r = &refs[step];
  for (int form = 0; form < NFORMS; form++)
    for (size_t k = 0; k < sizeof MODES / sizeof MODES[0]; k++) {
      long max = MODES[k] == F_SYNC_EIO ? r->syncs[form] : r->writes[form];
      for (long n = 1; n <= max + 1; n++) run_case(step, form, MODES[k], n);
    }
}

/* The negative control: dropped writes of the first step's try form; how
 * many of the cases the checks caught (the tallies are left as they were). */
static long negative_control(long *tried) {
  Tally kept = tally;
  long n_caught = 0;
  negative = true;
  *tried = refs[0].writes[FORM_TRY];
  for (long n = 1; n <= *tried; n++) n_caught += !run_case(0, FORM_TRY, F_WRITE_DROP, n);
  negative = false;
  tally = kept;
  return n_caught;
}

/* Every step's references and cases with a page cache of `pages` (0: the
 * default); false on a setup error. */
static bool pass(int pages) {
  cache_pages = pages;
  for (int step = 0; step < NSTEPS; step++) {
    if (!reference(step)) return false;
    printf("iofault: %-27s cache %-7s writes %3ld/%3ld, fsyncs %ld/%ld (try/$? forms)\n",
           STEPS[step].name, pages ? "small" : "default", refs[step].writes[0],
           refs[step].writes[1], refs[step].syncs[0], refs[step].syncs[1]);
    run_step(step);
  }
  return true;
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static void free_refs(void) {
  for (int step = 0; step < NSTEPS; step++) {
    free(refs[step].before);
    for (int form = 0; form < NFORMS; form++) free(refs[step].ref[form]);
  }
}

/* The figures; the exit status. */
static int report(long users, long n_caught, long tried, double secs) {
  for (int m = F_WRITE_EIO; m <= F_WRITE_FULL; m++)
    if (sample[m][0]) printf("iofault: %s at COMMIT surfaces as: %s\n", MODE_NAME[m], sample[m]);
  if (mid_sample[0]) printf("iofault: mid-statement, e.g.: %s\n", mid_sample);
  printf("iofault: negative control: %ld of %ld dropped writes caught (first: %s)\n", n_caught,
         tried, caught[0] ? caught : "none");
  printf("iofault: %ld users, %d steps x 2 forms x 3 modes x 2 page caches: %ld cases,"
         " %ld faults hit, %ld failures surfaced (%ld mid-statement), %ld problems; %.1fs\n",
         users, NSTEPS, tally.cases, tally.fired, tally.surfaced, tally.mid_statement,
         tally.problems, secs);
  if (n_caught == 0) printf("iofault: FAIL: the negative control was not caught\n");
  return tally.problems || n_caught == 0 ? 1 : 0;
}

int main(int argc, char **argv) {
  long users = argc > 1 ? atol(argv[1]) : 50;
  struct stat sb; /* tmpfs when there is one: the real fsyncs cost nothing there */
  bool shm = stat("/dev/shm", &sb) == 0 && S_ISDIR(sb.st_mode) && access("/dev/shm", W_OK) == 0;
  snprintf(dir, sizeof dir, "%s/ucsh-iofault-XXXXXX", shm ? "/dev/shm" : "/tmp");
  if (users < 10 || !mkdtemp(dir) || !shim_register()) {
    fprintf(stderr, "usage: iofault [USERS >= 10] (and a temporary folder, SQLite's unix VFS)\n");
    return 2;
  }
  snprintf(work, sizeof work, "%s/lab.db", dir);
  char drives[96];
  snprintf(drives, sizeof drives, "%s/drives", dir);
  setenv("UCSH_STORE", work, 1), setenv("UCSH_DRIVES", drives, 1), setenv("HOME", dir, 1);
  double t0 = now();
  long tried = 0, n_caught = 0;
  bool ok = make_templates(users) && pass(0);
  if (ok) n_caught = negative_control(&tried);
  ok = ok && pass(SMALL_CACHE);
  int rc = ok ? report(users, n_caught, tried, now() - t0) : 2;
  free_refs();
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd)) fprintf(stderr, "iofault: could not remove %s\n", dir);
  return rc;
}
