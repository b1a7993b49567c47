/* ucs.c - the UCS simulation engine (see ucs.h for the state machine). */
#define _POSIX_C_SOURCE 200809L
#include "ucs.h"
#include "../parser/xalloc.h"

#include "../runtime/regex.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))
#define BIT(st) (1u << (st))

/* ---------------------------------------------------------------- messages */

/* %U = the user's display name, %S = SIP address, %T = when, %N = count,
 * %X = the message's text. "ours" = not documented, our wording. */
static const struct {
  bool error;
  const char *rule, *fmt;
} MSG[UCS_CODE_COUNT] = {
  [UCS_E_STORE] = {true, "", "The lab store failed: %X"},
  [UCS_E_NOT_FOUND] = {true, "", "Management object not found for identity \"%X\"."},
  [UCS_E_NOT_USER_POLICY] = {true, "", "Policy \"%X\" is not a user policy. You can assign only "
                                       "a user policy to a specific user."},
  [UCS_E_POLICY_NOT_FOUND] = {true, "", "Cannot find the user services policy \"%X\" because "
                                        "it does not exist."},
  [UCS_E_POLICY_EXISTS] = {true, "", "Cannot create the user services policy \"%X\" because "
                                     "it already exists."},
  [UCS_E_BAD_POLICY_ID] = {true, "P3", "\"%X\" is not a valid user services policy identity. "
                                       "Use global, site:<site>, UserServer:<pool FQDN> or a "
                                       "per-user policy name."},
  [UCS_E_SERVICE_ONLY_USERSERVER] = {true, "P3", "\"%X\": the User Server service is the only "
                                                 "service that can host a user services policy."},
  [UCS_E_NO_SITE] = {true, "", "The site \"%X\" was not found in the topology."},
  [UCS_E_NO_POOL] = {true, "", "The pool \"%X\" was not found in the topology."},
  [UCS_E_DELAY_RANGE] = {true, "P11", "MigrationDelayInDays must be between 0 and 180, "
                                      "inclusive; %N is not allowed."},
  [UCS_E_POLICY_IN_USE] = {true, "", "The policy \"%X\" is assigned to %N user(s). Assign them "
                                     "another policy first, or use -Force to unassign it from "
                                     "them."},
  [UCS_E_RB_UNREACHABLE] = {true, "RB4", "The contacts of %U cannot be read back from Exchange "
                                         "(%X cannot be reached), so they cannot be rolled back. "
                                         "Use -Force to roll back anyway: the user's contacts "
                                         "will be lost."},
  [UCS_E_SAME_POOL] = {true, "", "%U is already homed on %X."},
  [UCS_E_MBX_BLOCKED] = {true, "EX1", "The mailbox of %U cannot be moved to Exchange 2010 while "
                                      "the user's contacts are in the unified contact store or a "
                                      "migration or rollback is under way. Run "
                                      "Invoke-CsUcsRollback first and wait until the rollback is "
                                      "complete."},
  [UCS_E_NO_MAILBOX] = {true, "", "%U has no Exchange mailbox."},
  [UCS_E_NO_DATABASE] = {true, "", "The mailbox database \"%X\" was not found."},
  [UCS_E_MBX_SAME] = {true, "", "The mailbox of %U is already in the database %X."},
  [UCS_E_READONLY] = {true, "M8", "%U is signed in with the Lync 2010 client, which shows the "
                                  "contacts in the unified contact store read-only: they cannot "
                                  "be added, deleted or modified from it."},
  [UCS_E_CONTACT_EXISTS] = {true, "", "%X is already in the contact list of %U."},
  [UCS_E_CONTACT_NOT_FOUND] = {true, "", "%X is not in the contact list of %U."},
  [UCS_E_USER_EXISTS] = {true, "", "A user with the SIP address, UPN or logon name of %X "
                                   "already exists."},
  [UCS_E_BAD_VALUE] = {true, "", "%X"},
  [UCS_E_FILE_EXISTS] = {true, "", "The file \"%X\" already exists. Use -Force to overwrite it."},
  [UCS_E_FILE_IO] = {true, "", "%X"},
  [UCS_E_FILE_BAD] = {true, "", "The file \"%X\" is not a user data export, or it is damaged. "
                                "Nothing was imported."},
  [UCS_E_FILE_VERSION] = {true, "", "The file \"%X\" is a user data export of version %N, which "
                                    "this version cannot read. Nothing was imported."},
  [UCS_W_GLOBAL_RESET] = {false, "P10", "The global policy cannot be removed. Its properties "
                                        "were reset to their default values (UcsAllowed True)."},
  [UCS_W_E5_STAYS] = {false, "E5", "The contacts of %U stay in the unified contact store: a "
                                   "policy change never moves contacts out of it. Run "
                                   "Invoke-CsUcsRollback to move them back to Lync Server."},
  [UCS_W_RB_TEMPORARY] = {false, "RB2", "The rollback of %U is temporary: the user services "
                                        "policy still allows the unified contact store, so the "
                                        "contacts will be migrated again after %T. Assign a "
                                        "policy with UcsAllowed $False to make it permanent."},
  [UCS_W_RB_NOTHING] = {false, "", "The contacts of %U are in Lync Server already; there is "
                                   "nothing to roll back."},
  [UCS_W_RB_REPAIRED] = {false, "BK2", "The contact data of %U, restored from a backup taken "
                                       "while the contacts were in the unified contact store, "
                                       "was repaired."},
  [UCS_W_RB_IN_PROGRESS] = {false, "", "A rollback of %U is already under way; it completes at "
                                       "%T."},
  [UCS_W_RB_CANCELLED] = {false, "", "The migration of %U to the unified contact store was "
                                     "cancelled; the contacts stay in Lync Server."},
  [UCS_W_CONTACTS_LOST] = {false, "RB4", "%U: %N contact(s) held in the unified contact store "
                                         "were discarded (-Force); the user now has an empty "
                                         "contact list in Lync Server."},
  [UCS_W_MOVE_ROLLBACK] = {false, "MV1", "The contacts of %U were rolled back from the unified "
                                         "contact store to Lync Server as part of the move to "
                                         "%X."},
  [UCS_W_MOVE_LOST] = {false, "MV4", "%U was moved with -Force: %N contact(s) held in Lync "
                                     "Server were not moved and are lost."},
  [UCS_W_MOVE_HIDDEN] = {false, "MV5", "%U was moved with -Force: the contacts remain in the "
                                       "Exchange 2013 mailbox, but a user homed on %X cannot "
                                       "see them."},
  [UCS_W_POLICY_UNASSIGNED] = {false, "", "The policy \"%X\" was unassigned from %N user(s)."},
  [UCS_W_IMPORT_CORRUPTED] = {false, "BK1", "%S: the data was exported while the contacts were "
                                            "in the unified contact store, but they are in Lync "
                                            "Server now: the contact list is corrupted. Run "
                                            "Invoke-CsUcsRollback for this user to repair it "
                                            "(BK2)."},
  [UCS_W_IMPORT_OUTDATED] = {false, "BK1", "%S: the data was exported before the contacts "
                                           "were migrated to the unified contact store: the "
                                           "user has outdated contacts until the daily "
                                           "migration task runs (within one day), and the "
                                           "Exchange contacts are kept (BK2)."},
  [UCS_W_IMPORT_UNKNOWN] = {false, "", "The file holds data for %X, who is not a user of this "
                                       "lab; skipped."},
  [UCS_W_SETUP_BLOCKED] = {false, "M11", "The contacts of %U cannot be moved to the unified "
                                          "contact store (-Setup): %X."},
  [UCS_E_FILE_LEGACY] = {true, "", "The file \"%X\" holds user data in the Lync Server 2010 "
                                   "format; import it with -LegacyFormat."},
  [UCS_E_FILE_CURRENT] = {true, "", "The file \"%X\" holds user data in the Lync Server 2013 "
                                    "format; -LegacyFormat is only for data in the Lync Server "
                                    "2010 format."},
  [UCS_W_ALREADY_ENABLED] = {false, "", "%U is already enabled for Lync Server (%S); nothing was "
                                        "changed. Use Set-CsUser or Move-CsUser to change the "
                                        "account."},
};

const char *ucs_msg_rule(UcsCode code) { return code < UCS_CODE_COUNT ? MSG[code].rule : ""; }

static UcsMsg *msg_push(UcsResult *r, UcsCode code, int64_t user_id, const char *text) {
  if (!r) return NULL;
  if (r->n == r->cap) {
    size_t cap = r->cap ? r->cap * 2 : 8;
    r->v = xrealloc(r->v, cap * sizeof *r->v);
    r->cap = cap;
  }
  UcsMsg *m = &r->v[r->n++];
  *m = (UcsMsg){code, MSG[code].error, user_id, 0, 0, NULL};
  if (text) m->text = xstrdup(text);
  if (m->error) r->errors++;
  else r->warnings++;
  return m;
}

static void msg_at(UcsResult *r, UcsCode code, int64_t user_id, int64_t when, int64_t count,
                   const char *text) {
  UcsMsg *m = msg_push(r, code, user_id, text);
  if (m) m->when = when, m->count = count;
}

void ucs_result_free(UcsResult *r) {
  for (size_t i = 0; i < r->n; i++) free(r->v[i].text);
  free(r->v);
  memset(r, 0, sizeof *r);
}

typedef struct {
  char *p, *end;
} Out;

static void out_puts(Out *o, const char *t) {
  while (*t && o->p + 1 < o->end) *o->p++ = *t++;
  *o->p = 0;
}

static void out_printf(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out_printf(Out *o, const char *fmt, ...) {
  char tmp[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  out_puts(o, tmp);
}

const char *ucs_msg_text(Store *s, const UcsMsg *m, char *buf, size_t n) {
  Out o = {buf, buf + n};
  *buf = 0;
  char *display = NULL, *sip = NULL, when[64]; /* only the names: a cheap lookup */
  bool have = m->user_id && store_user_names(s, m->user_id, &display, &sip) == STORE_OK;
  for (const char *f = MSG[m->code].fmt; *f; f++) {
    if (*f != '%' || !f[1]) {
      char c[2] = {*f, 0};
      out_puts(&o, c);
      continue;
    }
    switch (*++f) {
    case 'U': out_puts(&o, have ? display : "the user"); break;
    case 'S': out_puts(&o, have ? sip : m->text ? m->text : ""); break;
    case 'T': out_puts(&o, ucs_time_text(m->when, when, sizeof when)); break;
    case 'N': out_printf(&o, "%lld", (long long)m->count); break;
    case 'X': out_puts(&o, m->text ? m->text : ""); break;
    default: out_puts(&o, "%"); break;
    }
  }
  free(display);
  free(sip);
  return buf;
}

/* ---------------------------------------------------------------- words */

const char *ucs_state_name(StoreState st) {
  static const char *const N[CS_COUNT] = {"LyncServer", "Migrating", "UnifiedContactStore",
                                          "RollingBack"};
  return st < CS_COUNT ? N[st] : "";
}

const char *ucs_cond_name(StoreCond c) {
  static const char *const N[] = {"Ok", "Outdated", "Corrupted"};
  return c <= COND_CORRUPTED ? N[c] : "";
}

const char *ucs_pool_version_name(int v) {
  return v == 2013 ? "2013" : v == 2010 ? "2010" : "Online";
}

const char *ucs_time_text(int64_t t, char *buf, size_t n) {
  time_t tt = (time_t)t;
  struct tm tm;
  gmtime_r(&tt, &tm);
  int h = tm.tm_hour % 12;
  snprintf(buf, n, "%d/%d/%d %d:%02d:%02d %s", tm.tm_mon + 1, tm.tm_mday, tm.tm_year + 1900,
           h ? h : 12, tm.tm_min, tm.tm_sec, tm.tm_hour < 12 ? "AM" : "PM");
  return buf;
}

static const char *const BLOCKER_TEXT[] = {
  "the user services policy does not allow the unified contact store (M1, E3)",
  "homed on a Lync Server 2010 pool (M1, MV5)",
  "homed on Lync Online (M1)",
  "has no Exchange mailbox (M1)",
  "mailbox is on Exchange 2010 (M1)",
  "has not signed into the Exchange 2013 mailbox yet (M1)",
  "no server-to-server authentication between Lync Server 2013 and Exchange 2013 (M1)",
  "account is disabled for Lync Server",
  "re-migration check after a rollback is pending (RB2)",
  "has not signed in with the Lync 2013 client (M3)",
  "signed in with the Lync 2010 client, which never starts a migration (M2)",
  "a migration start is already scheduled (P11)",
};

static int blockers_list(unsigned mask, const char **out, int max) {
  if (mask & STORE_B_HOLD) mask &= ~(unsigned)STORE_B_PENDING;
  int k = 0;
  for (unsigned b = 0; b < COUNT_OF(BLOCKER_TEXT) && k < max; b++)
    if (mask & (1u << b)) out[k++] = BLOCKER_TEXT[b];
  return k;
}

static void blockers_join(unsigned mask, Out *o) {
  const char *t[16];
  int k = blockers_list(mask, t, 16);
  for (int i = 0; i < k; i++) {
    if (i) out_puts(o, "; ");
    out_puts(o, t[i]);
  }
}

int ucs_user_blockers(const StoreUser *u, const char **out, int max) {
  if (u->hidden_ucs && max > 0) {
    out[0] = "homed on a pool that cannot use the unified contact store: the contacts remain in "
             "Exchange but cannot be seen (MV5)";
    return 1;
  }
  if (u->state != CS_LYNC) return 0;
  return blockers_list(u->blockers, out, max);
}

/* %B = blockers in arg, %N = arg, %T = arg as a time, %X = detail. */
static const char *const EVENT_FMT[UCS_EV_COUNT] = {
  [UCS_EV_MIG_STARTED] = "Migration to the unified contact store started: signed in with Lync "
                         "2013 and every precondition is met (M1, M3).",
  [UCS_EV_MIG_POLICY] = "Migration to the unified contact store started: a policy change now "
                        "allows it while the user is signed in with Lync 2013 (M1, M3).",
  [UCS_EV_MIG_RECHECK] = "Re-migration check: the policy still allows the unified contact "
                         "store; migration started (RB2).",
  [UCS_EV_MIG_DELAYED] = "Migration to the unified contact store will start after %N day(s) "
                         "(MigrationDelayInDays, P11).",
  [UCS_EV_MIG_DONE] = "Migration completed: the contacts are in the Exchange 2013 mailbox; "
                      "InUCSMode = 2165 (M4, M7).",
  [UCS_EV_RELOGON] = "The Lync 2013 client asks the user to sign out and sign in again to "
                     "finish the migration (M5).",
  [UCS_EV_SIGNIN_BLOCKED] = "Signed in; no migration started: %B.",
  [UCS_EV_START_BLOCKED] = "Delayed migration not started: %B.",
  [UCS_EV_RECHECK_BLOCKED] = "Re-migration check: %B.",
  [UCS_EV_MIG_CANCELLED] = "Migration cancelled; the contacts stay in Lync Server (RB1).",
  [UCS_EV_RB_STARTED] = "Rollback to Lync Server started (Invoke-CsUcsRollback, RB1).",
  [UCS_EV_RB_DONE] = "Rollback completed: the contacts are in Lync Server; InUCSMode removed "
                     "(RB1, M7).",
  [UCS_EV_RECHECK_SET] = "The policy still allows the unified contact store: re-migration "
                         "check scheduled for %T (RB2).",
  [UCS_EV_RB_PERMANENT] = "The policy does not allow the unified contact store: the rollback "
                          "is permanent (RB3).",
  [UCS_EV_CONTACTS_LOST] = "%N contact(s) lost (RB4, MV4).",
  [UCS_EV_MOVED] = "Moved: %X.",
  [UCS_EV_MOVE_ROLLBACK] = "Contacts rolled back to Lync Server by Move-CsUser (MV1, MV2).",
  [UCS_EV_HIDDEN] = "Moved with -Force: the contacts remain in Exchange but the user cannot "
                    "see them (MV4, MV5).",
  [UCS_EV_OUTDATED] = "Imported data from before the migration: contacts outdated until the "
                      "daily migration task (BK1, BK2).",
  [UCS_EV_CORRUPTED] = "Imported data from the unified contact store era after a rollback: "
                       "contact data corrupted, Incorrect Exchange Version (BK1, BK2).",
  [UCS_EV_FIXED] = "The daily migration task replaced the outdated contacts with the Exchange "
                   "contacts (BK2).",
  [UCS_EV_REPAIRED] = "Invoke-CsUcsRollback repaired the corrupted contact data (BK2).",
  [UCS_EV_MAILBOX_MOVED] = "Mailbox moved to %X (EX1).",
  [UCS_EV_POLICY_GRANTED] = "User services policy assigned: %X (E1, E2).",
  [UCS_EV_MIG_SETUP] = "Migration to the unified contact store started by "
                      "Test-CsUnifiedContactStore -Setup (M11).",
};

/* The blockers of a re-migration check, which reads best as an outcome. */
static void recheck_words(unsigned mask, Out *o) {
  if (mask & STORE_B_POLICY) out_puts(o, "the policy does not allow the unified contact store; "
                                         "the contacts stay in Lync Server (RB3)");
  else if ((mask & ~(unsigned)STORE_B_CLIENT) == 0)
    out_puts(o, "the policy allows the unified contact store; the migration starts at the next "
                "Lync 2013 sign-in (RB2)");
  else blockers_join(mask, o);
}

const char *ucs_event_text(const StoreEvent *e, char *buf, size_t n) {
  Out o = {buf, buf + n};
  *buf = 0;
  const char *f = e->kind > 0 && e->kind < UCS_EV_COUNT ? EVENT_FMT[e->kind] : NULL;
  char when[64];
  for (; f && *f; f++) {
    if (*f != '%' || !f[1]) {
      char c[2] = {*f, 0};
      out_puts(&o, c);
      continue;
    }
    switch (*++f) {
    case 'B':
      if (e->kind == UCS_EV_RECHECK_BLOCKED) recheck_words((unsigned)e->arg, &o);
      else blockers_join((unsigned)e->arg, &o);
      break;
    case 'N': out_printf(&o, "%lld", (long long)e->arg); break;
    case 'T': out_puts(&o, ucs_time_text(e->arg, when, sizeof when)); break;
    case 'X': out_puts(&o, e->detail ? e->detail : ""); break;
    default: out_puts(&o, "%"); break;
    }
  }
  return buf;
}

bool ucs_wildcard(const char *p, const char *t) { /* the shell's own matcher */
  return wc_match(p, strlen(p), t, strlen(t), false);
}

/* ---------------------------------------------------------------- transactions */

static bool store_failed(Store *s, UcsResult *r) {
  msg_push(r, UCS_E_STORE, 0, store_errmsg(s));
  return false;
}

/* Runs fn in one transaction; a false return or a store error rolls back. */
typedef bool (*TxFn)(Store *s, void *ctx, UcsResult *r);

static bool in_tx(Store *s, TxFn fn, void *ctx, UcsResult *r) {
  if (store_begin(s)) return store_failed(s, r);
  bool ok = fn(s, ctx, r);
  if (ok && store_commit(s)) ok = store_failed(s, r);
  if (!ok) store_rollback(s);
  return ok;
}

static bool ok_rc(Store *s, StoreRc rc, UcsResult *r) {
  return rc == STORE_OK || store_failed(s, r);
}

static bool has_prefix(const char *s, const char *p) { return strncasecmp(s, p, strlen(p)) == 0; }

/* ---------------------------------------------------------------- identities */

static bool query_ids(Store *s, const StoreUserQuery *q, int64_t **ids, size_t *n, UcsResult *r) {
  return ok_rc(s, store_user_ids(s, q, ids, n), r);
}

/* A display name with * wildcards as a LIKE pattern (\ escapes). */
static void like_pattern(const char *in, char *out, size_t n) {
  size_t k = 0;
  for (; *in && k + 3 < n; in++) {
    if (*in == '%' || *in == '_' || *in == '\\') out[k++] = '\\';
    out[k++] = *in == '*' ? '%' : *in == '?' ? '_' : *in;
  }
  out[k] = 0;
}

/* DC=litwareinc,DC=com for the lab's domain. */
/* len bytes of s into buf (bounded; always NUL-terminated). */
static void dn_putn(char *buf, size_t n, size_t *k, const char *s, size_t len) {
  size_t room = n > *k + 1 ? n - *k - 1 : 0;
  if (len > room) len = room;
  memcpy(buf + *k, s, len);
  *k += len;
  buf[*k] = 0;
}

static void dn_puts(char *buf, size_t n, size_t *k, const char *s) {
  dn_putn(buf, n, k, s, strlen(s));
}

/* "litwareinc.com" -> "DC=litwareinc,DC=com". */
static void dn_domain(Store *s, char *buf, size_t n) {
  size_t k = 0;
  *buf = 0;
  for (const char *d = store_domain(s); *d;) {
    size_t part = strcspn(d, ".");
    dn_puts(buf, n, &k, k ? ",DC=" : "DC=");
    dn_putn(buf, n, &k, d, part);
    d += part + (d[part] == '.');
  }
}

/* Built for every user of a Get-CsUser listing: runs of plain characters
 * are copied whole; RFC 4514's specials, and a space that starts or ends
 * the name, get a backslash. */
const char *ucs_user_dn(Store *s, const char *display, char *buf, size_t n) {
  static const char SPECIAL[] = ",+\"<>;=\\#";
  size_t k = 0, len = strlen(display);
  *buf = 0;
  dn_puts(buf, n, &k, "CN=");
  for (size_t i = 0; i < len;) {
    bool edge_space = display[i] == ' ' && (i == 0 || i == len - 1);
    if (edge_space || strchr(SPECIAL, display[i])) {
      dn_putn(buf, n, &k, "\\", 1);
      dn_putn(buf, n, &k, display + i++, 1);
      continue;
    }
    size_t run = strcspn(display + i, SPECIAL);
    if (i + run == len && display[len - 1] == ' ') run--; /* the trailing space, escaped next */
    dn_putn(buf, n, &k, display + i, run);
    i += run;
  }
  char dc[256];
  dn_domain(s, dc, sizeof dc);
  dn_puts(buf, n, &k, ",CN=Users,");
  dn_puts(buf, n, &k, dc);
  return buf;
}

/* The display name in a lab user's distinguished name, as a LIKE pattern
 * that matches it exactly; false when identity is not such a DN. */
static bool dn_display(Store *s, const char *identity, char *out, size_t n) {
  if (!has_prefix(identity, "CN=")) return false;
  size_t k = 0;
  const char *p = identity + 3;
  for (; *p && *p != ','; p++) {
    if (*p == '\\' && p[1]) p++;
    if (k + 3 >= n) return false;
    if (*p == '%' || *p == '_' || *p == '\\') out[k++] = '\\';
    out[k++] = *p;
  }
  out[k] = 0;
  char dc[256], tail[300];
  dn_domain(s, dc, sizeof dc);
  snprintf(tail, sizeof tail, ",CN=Users,%s", dc);
  return k > 0 && strcasecmp(p, tail) == 0;
}

bool ucs_find_users(Store *s, const char *identity, int64_t **ids, size_t *n, UcsResult *r) {
  *ids = NULL;
  *n = 0;
  char buf[512];
  StoreUserQuery q = {0};
  const char *bs = strchr(identity, '\\');
  bool ok = true;
  if (dn_display(s, identity, buf, sizeof buf)) {
    q.display_like = buf;
    ok = query_ids(s, &q, ids, n, r);
  } else if (has_prefix(identity, "sip:")) {
    q.sip = identity;
    ok = query_ids(s, &q, ids, n, r);
  } else if (bs) {
    bool dom = (size_t)(bs - identity) == strlen(store_netbios(s)) &&
               strncasecmp(identity, store_netbios(s), (size_t)(bs - identity)) == 0;
    q.sam = bs + 1;
    if (dom) ok = query_ids(s, &q, ids, n, r);
  } else if (strchr(identity, '@') && !strchr(identity, '*')) {
    q.upn = identity;
    ok = query_ids(s, &q, ids, n, r);
    if (ok && !*n) {
      snprintf(buf, sizeof buf, "sip:%s", identity);
      q = (StoreUserQuery){.sip = buf};
      ok = query_ids(s, &q, ids, n, r);
    }
  } else {
    like_pattern(identity, buf, sizeof buf);
    q.display_like = buf;
    ok = query_ids(s, &q, ids, n, r);
    if (ok && !*n && !strchr(identity, '*')) {
      q = (StoreUserQuery){.sam = identity};
      ok = query_ids(s, &q, ids, n, r);
    }
  }
  if (ok && !*n) {
    msg_push(r, UCS_E_NOT_FOUND, 0, identity);
    return false;
  }
  return ok;
}

static bool parse_site(Store *s, const char *name, UcsPolicyRef *out, UcsResult *r) {
  char *canon = NULL;
  StoreRc rc = store_site_find(s, name, &out->target_id, &canon);
  if (rc == STORE_NOTFOUND) msg_push(r, UCS_E_NO_SITE, 0, name);
  if (rc) return rc == STORE_NOTFOUND ? false : store_failed(s, r);
  out->scope = PSCOPE_SITE;
  snprintf(out->name, sizeof out->name, "%s", canon);
  free(canon);
  return true;
}

static bool parse_service(Store *s, const char *fqdn, UcsPolicyRef *out, UcsResult *r) {
  StorePool p;
  StoreRc rc = store_pool_find(s, fqdn, &p);
  if (rc == STORE_OK && p.version == 0) rc = STORE_NOTFOUND; /* Online: no User Server here */
  if (rc == STORE_NOTFOUND) msg_push(r, UCS_E_NO_POOL, 0, fqdn);
  if (rc) {
    store_pool_free(&p);
    return rc == STORE_NOTFOUND ? false : store_failed(s, r);
  }
  out->scope = PSCOPE_SERVICE;
  out->target_id = p.id;
  snprintf(out->name, sizeof out->name, "%s", p.fqdn);
  store_pool_free(&p);
  return true;
}

bool ucs_policy_parse(Store *s, const char *id, UcsPolicyRef *out, UcsResult *r) {
  memset(out, 0, sizeof *out);
  while (isspace((unsigned char)*id)) id++;
  if (!*id) {
    msg_push(r, UCS_E_BAD_POLICY_ID, 0, id);
    return false;
  }
  if (strcasecmp(id, "global") == 0) return out->scope = PSCOPE_GLOBAL, true;
  if (has_prefix(id, "site:")) return parse_site(s, id + 5, out, r);
  if (has_prefix(id, "service:userserver:")) return parse_service(s, id + 19, out, r);
  if (has_prefix(id, "userserver:")) return parse_service(s, id + 11, out, r);
  if (has_prefix(id, "service:")) {
    msg_push(r, UCS_E_SERVICE_ONLY_USERSERVER, 0, id);
    return false;
  }
  const char *name = has_prefix(id, "tag:") ? id + 4 : id;
  if (!*name || strchr(name, ':')) { /* "stie:Redmond" is a typo, not a per-user name (P3) */
    msg_push(r, UCS_E_BAD_POLICY_ID, 0, id);
    return false;
  }
  out->scope = PSCOPE_TAG;
  snprintf(out->name, sizeof out->name, "%s", name);
  return true;
}

const char *ucs_policy_identity(const StorePolicy *p, char *buf, size_t n) {
  static const char *const PREFIX[] = {"Global", "Site:", "Service:UserServer:", "Tag:"};
  snprintf(buf, n, "%s%s", PREFIX[p->scope], p->scope == PSCOPE_GLOBAL ? "" : p->name);
  return buf;
}

/* ---------------------------------------------------------------- shared steps */

static int64_t now_of(Store *s) { return store_clock(s); }

static bool add_ids_msgs(Store *s, UcsCode code, int64_t when, int64_t count, const char *text,
                         UcsResult *r) {
  int64_t *ids = NULL;
  size_t n = 0;
  if (store_cur_ids(s, &ids, &n)) return store_failed(s, r);
  for (size_t i = 0; i < n; i++) msg_at(r, code, ids[i], when, count, text);
  free(ids);
  return true;
}

/* After a store step rc: one message per user of the current set. */
static bool cur_msgs(Store *s, StoreRc rc, UcsCode code, const char *text, UcsResult *r) {
  return rc ? store_failed(s, r) : add_ids_msgs(s, code, 0, 0, text, r);
}

/* Starts migrations for the current set (decisions 3); the set is kept. */
static bool start_cur(Store *s, int64_t now, int ev_started, int ev_blocked, bool no_delay,
                      unsigned ignore, UcsResult *r) {
  StoreStart g = {now, UCS_MIGRATION_SECS, ignore, no_delay, ev_started, UCS_EV_MIG_DELAYED,
                  ev_blocked};
  return ok_rc(s, store_cur_start_migrations(s, &g, NULL, NULL), r);
}

/* The users a command works on, taken a state at a time (steps take states
 * in an order where no step moves users into a state a later take reads).
 * take_ids starts with them in the current set and learns their states in
 * one pass; the saved set is filled only when a second take needs it, so a
 * command whose users share the states of its first take makes no copy, and
 * a take of states none of them was in costs nothing. */
typedef struct {
  const int64_t *ids; /* NULL: sel already holds the users */
  size_t n;
  unsigned has;   /* the states the users were in at the start */
  bool cur_fresh; /* the current set still holds them all */
  bool sel_made;
} Take;

static StoreRc take_ids(Store *s, Take *t, const int64_t *ids, size_t n) {
  *t = (Take){.ids = ids, .n = n, .cur_fresh = true};
  StoreRc rc = store_cur_set(s, ids, n);
  return rc ? rc : store_cur_states(s, &t->has);
}

/* The users are in sel, states unknown. */
static Take take_sel(void) { return (Take){.has = ~0u, .sel_made = true}; }

/* Fills the current set with the users in the states of mask; with
 * signed_2013, only those signed in with the Lync 2013 client. */
static StoreRc take(Store *s, Take *t, unsigned mask, bool signed_2013) {
  bool fresh = t->cur_fresh;
  t->cur_fresh = false;
  if (!(t->has & mask)) return store_cur_set(s, NULL, 0);
  if (fresh && !(t->has & ~mask))
    return signed_2013 ? store_cur_keep(s, STORE_F_SIGNED_2013, true) : STORE_OK;
  if (!t->sel_made) {
    StoreRc rc = store_sel_set(s, t->ids, t->n);
    if (rc) return rc;
    t->sel_made = true;
  }
  return signed_2013 ? store_cur_from_sel_signed(s, mask) : store_cur_from_sel(s, mask);
}

/* After a policy change: start migrations for the affected users signed in
 * with Lync 2013 (decisions 3) and warn about those left in UCS (E5). */
static bool after_policy_change(Store *s, Take *t, UcsResult *r) {
  int64_t now = now_of(s);
  StoreRc rc = take(s, t, BIT(CS_LYNC), true);
  if (rc) return store_failed(s, r);
  if (!start_cur(s, now, UCS_EV_MIG_POLICY, 0, false, 0, r)) return false;
  rc = take(s, t, BIT(CS_UCS) | BIT(CS_ROLLING_BACK), false);
  if (!rc) rc = store_cur_keep(s, STORE_F_DENIED_IN_UCS, true);
  return rc ? store_failed(s, r) : add_ids_msgs(s, UCS_W_E5_STAYS, 0, 0, NULL, r);
}

/* The users of the current set just returned to Lync Server: a hold and a
 * re-migration check 7 days later when the policy still allows UCS (RB2);
 * with warn, a UCS_W_RB_TEMPORARY for each. Refills the set from sel. */
static bool hold_cur(Store *s, int64_t at, bool warn, UcsResult *r) {
  int64_t due = at + UCS_RECHECK_SECS;
  StoreRc rc = store_cur_keep(s, STORE_F_ALLOWED, true);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_HOLD, 1);
  if (!rc) rc = store_cur_schedule(s, WORK_RECHECK, due);
  if (!rc) rc = store_cur_event(s, at, UCS_EV_RECHECK_SET, due);
  if (rc) return store_failed(s, r);
  return !warn || add_ids_msgs(s, UCS_W_RB_TEMPORARY, 0, 0, NULL, r) ? true : false;
}

/* Sets `when` on the last k messages. */
static void set_when(UcsResult *r, size_t from, int64_t when) {
  for (size_t i = from; r && i < r->n; i++) r->v[i].when = when;
}

/* ---------------------------------------------------------------- policies */

typedef struct {
  const char *identity, *filter;
  UcsPolicyRef ref;
  StorePolicy *out;
  StorePolicyFn fn;
  void *ctx;
  bool allowed, force;
  int delay;
  const UcsPolicyChange *change;
  const int64_t *ids;
  size_t n;
} PolicyOp;

static bool find_ref(Store *s, const UcsPolicyRef *ref, const char *identity, StorePolicy *out,
                     UcsResult *r) {
  StoreRc rc = store_policy_find(s, ref->scope, ref->target_id,
                                 ref->scope == PSCOPE_GLOBAL ? "" : ref->name, out);
  if (rc == STORE_NOTFOUND) msg_push(r, UCS_E_POLICY_NOT_FOUND, 0, identity);
  return rc == STORE_OK ? true : rc == STORE_NOTFOUND ? false : store_failed(s, r);
}

bool ucs_policy_get(Store *s, const char *identity, StorePolicy *out, UcsResult *r) {
  UcsPolicyRef ref;
  memset(out, 0, sizeof *out);
  return ucs_policy_parse(s, identity, &ref, r) && find_ref(s, &ref, identity, out, r);
}

static void list_filtered(void *ctx, const StorePolicy *p) {
  PolicyOp *op = ctx;
  char id[300];
  if (!op->filter || ucs_wildcard(op->filter, ucs_policy_identity(p, id, sizeof id)))
    op->fn(op->ctx, p);
}

bool ucs_policy_list(Store *s, const char *filter, StorePolicyFn fn, void *ctx, UcsResult *r) {
  PolicyOp op = {.filter = filter, .fn = fn, .ctx = ctx};
  return ok_rc(s, store_policy_list(s, list_filtered, &op), r);
}

static bool check_delay(int delay, UcsResult *r) {
  if (delay >= 0 && delay <= UCS_DELAY_MAX) return true;
  msg_at(r, UCS_E_DELAY_RANGE, 0, 0, delay, NULL);
  return false;
}

static bool policy_new_tx(Store *s, void *ctx, UcsResult *r) {
  PolicyOp *op = ctx;
  StorePolicy p = {.scope = op->ref.scope, .target_id = op->ref.target_id, .name = op->ref.name,
                   .ucs_allowed = op->allowed, .delay_days = op->delay};
  int64_t id = 0;
  StoreRc rc = store_policy_add(s, &p, &id);
  if (rc == STORE_DUP) { /* name it as it is stored */
    char ident[300];
    StorePolicy old;
    bool found = !store_policy_find(s, p.scope, p.target_id, p.name, &old);
    ucs_policy_identity(found ? &old : &p, ident, sizeof ident);
    msg_push(r, UCS_E_POLICY_EXISTS, 0, ident);
    store_policy_free(&old);
    return false;
  }
  if (rc) return store_failed(s, r);
  if (p.scope == PSCOPE_TAG) return true; /* nobody holds a per-user policy yet */
  if (store_cur_from_eff_policy(s, id) || store_sel_from_cur(s)) return store_failed(s, r);
  Take t = take_sel();
  return after_policy_change(s, &t, r);
}

bool ucs_policy_new(Store *s, const char *identity, bool ucs_allowed, int delay_days,
                    UcsResult *r) {
  PolicyOp op = {.identity = identity, .allowed = ucs_allowed, .delay = delay_days};
  if (!check_delay(delay_days, r) || !ucs_policy_parse(s, identity, &op.ref, r)) return false;
  if (op.ref.scope == PSCOPE_GLOBAL) { /* the global policy always exists (P1) */
    msg_push(r, UCS_E_POLICY_EXISTS, 0, "Global");
    return false;
  }
  return in_tx(s, policy_new_tx, &op, r);
}

static bool policy_set_tx(Store *s, void *ctx, UcsResult *r) {
  PolicyOp *op = ctx;
  StorePolicy p;
  if (!find_ref(s, &op->ref, op->identity, &p, r)) return false;
  bool allowed = op->change->set_allowed ? op->change->ucs_allowed : p.ucs_allowed;
  int delay = op->change->set_delay ? op->change->delay_days : p.delay_days;
  StoreRc rc = store_policy_update(s, p.id, allowed, delay);
  if (!rc) rc = store_cur_from_eff_policy(s, p.id);
  if (!rc) rc = store_sel_from_cur(s);
  store_policy_free(&p);
  Take t = take_sel();
  return rc ? store_failed(s, r) : after_policy_change(s, &t, r);
}

bool ucs_policy_set(Store *s, const char *identity, const UcsPolicyChange *c, UcsResult *r) {
  PolicyOp op = {.identity = identity ? identity : "Global", .change = c};
  if (c->set_delay && !check_delay(c->delay_days, r)) return false;
  if (!ucs_policy_parse(s, op.identity, &op.ref, r)) return false;
  return in_tx(s, policy_set_tx, &op, r);
}

static bool unassign_all(Store *s, const StorePolicy *p, int64_t holders, UcsResult *r) {
  if (store_cur_from_eff_policy(s, p->id) || store_sel_from_cur(s) || store_cur_set_policy(s, 0))
    return store_failed(s, r);
  char id[300];
  msg_at(r, UCS_W_POLICY_UNASSIGNED, 0, 0, holders, ucs_policy_identity(p, id, sizeof id));
  return true;
}

static bool policy_remove_tx(Store *s, void *ctx, UcsResult *r) {
  PolicyOp *op = ctx;
  StorePolicy p;
  if (!find_ref(s, &op->ref, op->identity, &p, r)) return false;
  bool ok = true;
  char ident[300];
  if (p.scope == PSCOPE_GLOBAL) { /* P10: reset, never delete */
    ok = ok_rc(s, store_policy_update(s, p.id, true, 0), r);
    if (ok) msg_push(r, UCS_W_GLOBAL_RESET, 0, NULL);
    ok = ok && ok_rc(s, store_cur_from_eff_policy(s, p.id), r);
    ok = ok && ok_rc(s, store_sel_from_cur(s), r);
  } else {
    int64_t holders = p.scope == PSCOPE_TAG ? store_policy_users(s, p.id) : 0;
    if (holders > 0 && !op->force) {
      msg_at(r, UCS_E_POLICY_IN_USE, 0, 0, holders, ucs_policy_identity(&p, ident, sizeof ident));
      ok = false;
    } else if (holders > 0) {
      ok = unassign_all(s, &p, holders, r);
    } else {
      ok = ok_rc(s, store_cur_from_eff_policy(s, p.id), r) && ok_rc(s, store_sel_from_cur(s), r);
    }
    ok = ok && ok_rc(s, store_policy_delete(s, p.id), r);
  }
  store_policy_free(&p);
  Take t = take_sel();
  return ok && after_policy_change(s, &t, r);
}

bool ucs_policy_remove(Store *s, const char *identity, bool force, UcsResult *r) {
  PolicyOp op = {.identity = identity, .force = force};
  if (!ucs_policy_parse(s, identity, &op.ref, r)) return false;
  return in_tx(s, policy_remove_tx, &op, r);
}

static bool grant_tx(Store *s, void *ctx, UcsResult *r) {
  PolicyOp *op = ctx;
  StorePolicy p = {0};
  bool unassign = !op->identity || !*op->identity;
  if (!unassign) {
    StoreRc rc = store_policy_find(s, PSCOPE_TAG, 0, op->identity, &p);
    if (rc == STORE_NOTFOUND) msg_push(r, UCS_E_NOT_USER_POLICY, 0, op->identity);
    if (rc) return rc == STORE_NOTFOUND ? false : store_failed(s, r);
  }
  int64_t now = now_of(s);
  Take t;
  StoreRc rc = take_ids(s, &t, op->ids, op->n);
  if (!rc) rc = store_cur_set_policy(s, p.id);
  if (!rc) /* the log names the policy */
    rc = store_cur_event_detail(s, now, UCS_EV_POLICY_GRANTED, 0,
                                unassign ? "(none; the site or global policy applies)" : p.name);
  store_policy_free(&p);
  return rc ? store_failed(s, r) : after_policy_change(s, &t, r);
}

bool ucs_policy_grant(Store *s, const int64_t *ids, size_t n, const char *name, UcsResult *r) {
  if (name && has_prefix(name, "tag:")) name += 4;
  PolicyOp op = {.identity = name, .ids = ids, .n = n};
  return in_tx(s, grant_tx, &op, r);
}

/* ---------------------------------------------------------------- sign-in, contacts */

typedef struct {
  const int64_t *ids;
  size_t n;
  int client;
  int64_t user_id, seconds;
  const char *sip, *group, *text, *text2;
  bool force, flag;
  StorePool pool;
  StoreExDb db;
} Op;

static bool sign_in_tx(Store *s, void *ctx, UcsResult *r) {
  Op *op = ctx;
  StoreRc rc = store_cur_set(s, op->ids, op->n);
  if (!rc) rc = store_cur_sign_in(s, op->client);
  if (rc) return store_failed(s, r);
  if (!op->client) return true;
  if (!start_cur(s, now_of(s), UCS_EV_MIG_STARTED, UCS_EV_SIGNIN_BLOCKED, false, 0, r))
    return false;
  if (op->client != 2013) return true;
  /* M7: a Lync 2013 client that finds the contacts in UCS records it */
  return ok_rc(s, store_cur_note_ucs_mode(s), r);
}

bool ucs_sign_in(Store *s, const int64_t *ids, size_t n, int client, UcsResult *r) {
  if (client != 2010 && client != 2013) {
    msg_push(r, UCS_E_BAD_VALUE, 0, "ClientVersion must be 2010 or 2013.");
    return false;
  }
  Op op = {.ids = ids, .n = n, .client = client};
  return in_tx(s, sign_in_tx, &op, r);
}

bool ucs_sign_out(Store *s, const int64_t *ids, size_t n, UcsResult *r) {
  Op op = {.ids = ids, .n = n, .client = 0};
  return in_tx(s, sign_in_tx, &op, r);
}

static bool mbx_sign_tx(Store *s, void *ctx, UcsResult *r) {
  Op *op = ctx;
  for (size_t i = 0; i < op->n; i++) {
    StoreUser u;
    if (store_user_get(s, op->ids[i], &u)) return store_failed(s, r);
    if (!u.exdb_id) msg_push(r, UCS_E_NO_MAILBOX, u.id, NULL);
    else if (store_user_set_mailbox(s, u.id, u.exdb_id, true)) return store_failed(s, r);
    store_user_free(&u);
  }
  return true;
}

bool ucs_mailbox_sign_in(Store *s, const int64_t *ids, size_t n, UcsResult *r) {
  Op op = {.ids = ids, .n = n};
  return in_tx(s, mbx_sign_tx, &op, r);
}

static void norm_sip(const char *in, char *out, size_t n) {
  snprintf(out, n, "%s%s", has_prefix(in, "sip:") ? "" : "sip:", in);
  memcpy(out, "sip:", 4);
}

/* sip:<user>@<domain>: both parts non-empty, one @, no blanks. */
static bool sip_valid(const char *sip) {
  const char *at = has_prefix(sip, "sip:") ? strchr(sip + 4, '@') : NULL;
  return at && at > sip + 4 && at[1] && !strchr(at + 1, '@') && !strpbrk(sip, " \t");
}

static bool sip_refused(UcsResult *r, int64_t user_id, const char *sip) {
  char text[400];
  snprintf(text, sizeof text, "\"%s\" is not a valid SIP address: a SIP address must start with "
           "\"sip:\" and name a domain, for example sip:kenmyer@litwareinc.com.", sip);
  msg_push(r, UCS_E_BAD_VALUE, user_id, text);
  return false;
}

static bool contact_tx(Store *s, void *ctx, UcsResult *r) {
  Op *op = ctx;
  StoreUser u;
  if (store_user_get(s, op->user_id, &u)) return store_failed(s, r);
  bool in_ucs = u.state == CS_UCS || u.state == CS_ROLLING_BACK;
  bool readonly = in_ucs && u.signed_in && u.client == 2010;
  store_user_free(&u);
  if (readonly) {
    msg_push(r, UCS_E_READONLY, op->user_id, NULL);
    return false;
  }
  char sip[300];
  norm_sip(op->sip, sip, sizeof sip);
  if (op->flag && !sip_valid(sip)) return sip_refused(r, op->user_id, op->sip);
  StoreRc rc = op->flag ? store_contact_add(s, op->user_id, sip, op->group)
                        : store_contact_remove(s, op->user_id, sip);
  if (rc == STORE_DUP || rc == STORE_NOTFOUND) {
    msg_push(r, rc == STORE_DUP ? UCS_E_CONTACT_EXISTS : UCS_E_CONTACT_NOT_FOUND, op->user_id, sip);
    return false;
  }
  return ok_rc(s, rc, r);
}

bool ucs_contact_add(Store *s, int64_t user_id, const char *sip, const char *group,
                     UcsResult *r) {
  Op op = {.user_id = user_id, .sip = sip, .group = group ? group : "", .flag = true};
  return in_tx(s, contact_tx, &op, r);
}

bool ucs_contact_remove(Store *s, int64_t user_id, const char *sip, UcsResult *r) {
  Op op = {.user_id = user_id, .sip = sip, .flag = false};
  return in_tx(s, contact_tx, &op, r);
}

/* ---------------------------------------------------------------- the clock */

/* M7: the registry value is the client's: a Lync 2013 client signed in
 * now writes it at once; others write it at their next Lync 2013 sign-in. */
static bool work_mig_done(Store *s, int64_t at, UcsResult *r) {
  StoreRc rc = store_cur_keep_states(s, BIT(CS_MIGRATING));
  if (!rc) rc = store_cur_set_state(s, CS_UCS);
  if (!rc) rc = store_cur_event(s, at, UCS_EV_MIG_DONE, 0);
  if (!rc) rc = store_cur_relogon(s, at, UCS_EV_RELOGON);
  if (!rc) rc = store_cur_keep(s, STORE_F_SIGNED_2013, true);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_IN_UCS_MODE, 1);
  return ok_rc(s, rc, r);
}

static bool work_rb_done(Store *s, int64_t at, UcsResult *r) {
  StoreRc rc = store_cur_keep_states(s, BIT(CS_ROLLING_BACK));
  if (!rc) rc = store_cur_set_state(s, CS_LYNC);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_IN_UCS_MODE, 0);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_HIDDEN, 0);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_COND, COND_OK);
  if (!rc) rc = store_cur_event(s, at, UCS_EV_RB_DONE, 0);
  if (!rc) rc = store_sel_from_cur(s);
  if (!rc) rc = store_cur_keep(s, STORE_F_ALLOWED, false);
  if (!rc) rc = store_cur_event(s, at, UCS_EV_RB_PERMANENT, 0);
  if (!rc) rc = store_cur_from_sel(s, 0);
  return rc ? store_failed(s, r) : hold_cur(s, at, false, r);
}

static bool work_mig_start(Store *s, int64_t at, UcsResult *r) {
  return start_cur(s, at, UCS_EV_MIG_STARTED, UCS_EV_START_BLOCKED, true, STORE_B_CLIENT, r);
}

static bool work_recheck(Store *s, int64_t at, UcsResult *r) {
  if (store_cur_set_field(s, STORE_FLD_HOLD, 0)) return store_failed(s, r);
  return start_cur(s, at, UCS_EV_MIG_RECHECK, UCS_EV_RECHECK_BLOCKED, false, 0, r);
}

static bool work_fix(Store *s, int64_t at, UcsResult *r) {
  StoreRc rc = store_cur_keep(s, STORE_F_OUTDATED, true);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_COND, COND_OK);
  if (!rc) rc = store_cur_event(s, at, UCS_EV_FIXED, 0);
  return ok_rc(s, rc, r);
}

/* The work kinds in the order they run at one instant. */
static const struct {
  StoreWork kind;
  bool (*run)(Store *s, int64_t at, UcsResult *r);
} WORK[] = {
  {WORK_MIG_DONE, work_mig_done}, {WORK_RB_DONE, work_rb_done}, {WORK_MIG_START, work_mig_start},
  {WORK_RECHECK, work_recheck},   {WORK_FIX, work_fix},
};

static bool run_instant(Store *s, void *ctx, UcsResult *r) {
  int64_t at = *(int64_t *)ctx;
  if (store_clock_set(s, at)) return store_failed(s, r);
  for (size_t i = 0; i < COUNT_OF(WORK); i++) {
    if (store_cur_from_work(s, at, WORK[i].kind)) return store_failed(s, r);
    if (store_cur_count(s) > 0 && !WORK[i].run(s, at, r)) return false;
  }
  return true;
}

/* The whole move of the clock is one transaction: the work of every
 * instant it passes, in time order, then the clock. A failure midway
 * (a disk error, Ctrl+C) leaves the lab as it was before the command. */
static bool skip_tx(Store *s, void *ctx, UcsResult *r) {
  int64_t until = now_of(s) + *(int64_t *)ctx, due = 0;
  StoreRc rc;
  while ((rc = store_work_next(s, until, &due)) == STORE_OK)
    if (!run_instant(s, &due, r)) return false;
  if (rc != STORE_NOTFOUND) return store_failed(s, r);
  return ok_rc(s, store_clock_set(s, until), r);
}

bool ucs_skip_time(Store *s, int64_t seconds, UcsResult *r) {
  if (seconds < 0) {
    msg_push(r, UCS_E_BAD_VALUE, 0, "The lab clock cannot go back in time.");
    return false;
  }
  return in_tx(s, skip_tx, &seconds, r);
}

static bool reset_tx(Store *s, void *ctx, UcsResult *r) {
  return ok_rc(s, store_reset(s, *(bool *)ctx), r);
}

bool ucs_reset(Store *s, bool empty, UcsResult *r) { return in_tx(s, reset_tx, &empty, r); }

/* ---------------------------------------------------------------- rollback */

/* Users already in Lync Server: nothing to roll back, but a Corrupted
 * condition (BK2 scenario 2) is repaired. */
static bool rb_lync(Store *s, Take *t, int64_t now, UcsResult *r) {
  int64_t *all = NULL, *rep = NULL;
  size_t n = 0, k = 0;
  StoreRc rc = take(s, t, BIT(CS_LYNC), false);
  if (!rc) rc = store_cur_ids(s, &all, &n);
  if (!rc && n) rc = store_cur_keep(s, STORE_F_CORRUPTED, true);
  if (!rc && n) rc = store_cur_ids(s, &rep, &k);
  if (!rc && k) rc = store_cur_set_field(s, STORE_FLD_COND, COND_OK);
  if (!rc && k) rc = store_cur_event(s, now, UCS_EV_REPAIRED, 0);
  for (size_t i = 0, j = 0; !rc && i < n; i++) { /* both lists are sorted */
    bool repaired = j < k && rep[j] == all[i];
    j += repaired;
    msg_push(r, repaired ? UCS_W_RB_REPAIRED : UCS_W_RB_NOTHING, all[i], NULL);
  }
  free(all);
  free(rep);
  return ok_rc(s, rc, r);
}

/* Migrating users: the migration is cancelled (decisions 5). */
static bool rb_migrating(Store *s, Take *t, int64_t now, UcsResult *r) {
  StoreRc rc = take(s, t, BIT(CS_MIGRATING), false);
  if (!rc) rc = store_cur_unschedule(s);
  if (!rc) rc = store_cur_set_state(s, CS_LYNC);
  if (!rc) rc = store_cur_event(s, now, UCS_EV_MIG_CANCELLED, 0);
  if (!cur_msgs(s, rc, UCS_W_RB_CANCELLED, NULL, r)) return false;
  size_t from = r ? r->n : 0;
  if (!hold_cur(s, now, true, r)) return false;
  set_when(r, from, now + UCS_RECHECK_SECS);
  return true;
}

/* -Force: the contacts held in UCS are discarded at once (RB4). */
static bool rb_force(Store *s, Take *t, int64_t now, UcsResult *r) {
  int64_t *ids = NULL;
  size_t n = 0;
  StoreRc rc = take(s, t, BIT(CS_UCS) | BIT(CS_ROLLING_BACK), false);
  if (!rc) rc = store_cur_ids(s, &ids, &n);
  for (size_t i = 0; !rc && i < n; i++) {
    StoreUser u;
    rc = store_user_get(s, ids[i], &u);
    if (!rc) rc = store_event_add(s, now, u.id, UCS_EV_CONTACTS_LOST, u.contacts, NULL);
    if (!rc) msg_at(r, UCS_W_CONTACTS_LOST, u.id, 0, u.contacts, NULL);
    store_user_free(&u);
  }
  free(ids);
  if (!rc) rc = store_cur_clear_contacts(s, NULL);
  if (!rc) rc = store_cur_unschedule(s);
  if (!rc) rc = store_cur_set_state(s, CS_LYNC);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_IN_UCS_MODE, 0);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_HIDDEN, 0);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_COND, COND_OK);
  if (!rc) rc = store_cur_event(s, now, UCS_EV_RB_DONE, 0);
  if (rc) return store_failed(s, r);
  size_t from = r ? r->n : 0;
  if (!hold_cur(s, now, true, r)) return false;
  set_when(r, from, now + UCS_RECHECK_SECS);
  return true;
}

/* A rollback already under way: say when it completes. */
static bool rb_in_progress(Store *s, Take *t, UcsResult *r) {
  int64_t *ids = NULL;
  size_t n = 0;
  StoreRc rc = take(s, t, BIT(CS_ROLLING_BACK), false);
  if (!rc) rc = store_cur_ids(s, &ids, &n);
  for (size_t i = 0; !rc && i < n; i++) {
    StoreUser u;
    rc = store_user_get(s, ids[i], &u);
    if (!rc) msg_at(r, UCS_W_RB_IN_PROGRESS, u.id, u.next_due, 0, NULL);
    store_user_free(&u);
  }
  free(ids);
  return ok_rc(s, rc, r);
}

/* Users in UCS: RollingBack for the rollback duration (RB1); those whose
 * Exchange cannot be reached need -Force (decisions 5). */
static bool rb_ucs(Store *s, Take *t, int64_t now, UcsResult *r) {
  int64_t done = now + UCS_ROLLBACK_SECS;
  StoreRc rc = take(s, t, BIT(CS_UCS), false);
  int64_t in_ucs = rc ? 0 : store_cur_count(s);
  if (!rc) rc = store_cur_keep(s, STORE_F_EX_UNREACHABLE, false);
  bool unreachable = !rc && store_cur_count(s) != in_ucs;
  if (!rc) rc = store_cur_set_state(s, CS_ROLLING_BACK);
  if (!rc) rc = store_cur_schedule(s, WORK_RB_DONE, done);
  if (!rc) rc = store_cur_event(s, now, UCS_EV_RB_STARTED, 0);
  if (!rc) rc = store_cur_keep(s, STORE_F_ALLOWED, true);
  size_t from = r ? r->n : 0;
  if (!cur_msgs(s, rc, UCS_W_RB_TEMPORARY, NULL, r)) return false;
  set_when(r, from, done + UCS_RECHECK_SECS);
  if (!unreachable) return true;
  rc = take(s, t, BIT(CS_UCS), false); /* the ones left: Exchange unreachable */
  return cur_msgs(s, rc, UCS_E_RB_UNREACHABLE, "Exchange", r);
}

/* Each step works on the users in one state when the command starts (the
 * steps only move users into states an earlier step has handled), so a
 * step with no user in its state is skipped. */
static bool rollback_tx(Store *s, void *ctx, UcsResult *r) {
  Op *op = ctx;
  int64_t now = now_of(s);
  Take t;
  if (take_ids(s, &t, op->ids, op->n)) return store_failed(s, r);
  unsigned has = t.has;
  if ((has & BIT(CS_LYNC)) && !rb_lync(s, &t, now, r)) return false;
  bool mig = !(has & BIT(CS_MIGRATING)) || rb_migrating(s, &t, now, r);
  if (op->force)
    return mig && (!(has & (BIT(CS_UCS) | BIT(CS_ROLLING_BACK))) || rb_force(s, &t, now, r));
  return (!(has & BIT(CS_ROLLING_BACK)) || rb_in_progress(s, &t, r)) && mig &&
         (!(has & BIT(CS_UCS)) || rb_ucs(s, &t, now, r));
}

bool ucs_rollback(Store *s, const int64_t *ids, size_t n, bool force, UcsResult *r) {
  Op op = {.ids = ids, .n = n, .force = force};
  return in_tx(s, rollback_tx, &op, r);
}

/* ---------------------------------------------------------------- Move-CsUser */

/* The contacts go back to Lync Server at once, without loss (MV1, MV2). */
static StoreRc move_rollback(Store *s, int64_t now) {
  StoreRc rc = store_cur_unschedule(s);
  if (!rc) rc = store_cur_set_state(s, CS_LYNC);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_IN_UCS_MODE, 0);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_HIDDEN, 0);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_HOLD, 0);
  if (!rc) rc = store_cur_event(s, now, UCS_EV_MOVE_ROLLBACK, 0);
  return rc;
}

/* -Force: Lync Server contacts are lost; UCS contacts stay in Exchange,
 * hidden when the new pool cannot use UCS (decisions 6). */
static StoreRc move_force(Store *s, const StoreUser *u, const StorePool *to, int64_t now,
                          UcsResult *r) {
  StoreRc rc = store_cur_unschedule(s);
  if (u->state == CS_LYNC || u->state == CS_MIGRATING) {
    int64_t lost = 0;
    if (!rc) rc = store_cur_set_state(s, CS_LYNC);
    if (!rc) rc = store_cur_clear_contacts(s, &lost);
    if (!rc && lost) rc = store_cur_event(s, now, UCS_EV_CONTACTS_LOST, lost);
    if (!rc && lost) msg_at(r, UCS_W_MOVE_LOST, u->id, 0, lost, NULL);
    return rc;
  }
  bool hide = to->version != 2013;
  if (!rc) rc = store_cur_set_state(s, CS_UCS);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_HIDDEN, hide);
  if (!rc && hide) rc = store_cur_event(s, now, UCS_EV_HIDDEN, 0);
  if (!rc && hide) msg_push(r, UCS_W_MOVE_HIDDEN, u->id, to->fqdn);
  return rc;
}

static StoreRc move_one(Store *s, const StoreUser *u, const StorePool *to, bool force,
                        UcsResult *r) {
  int64_t now = now_of(s);
  bool keep_ucs = to->version == 2013 && (u->pool_version == 2013 || u->hidden_ucs);
  bool auto_rb = u->state != CS_LYNC && !keep_ucs;
  StoreRc rc = store_cur_set(s, &u->id, 1);
  if (!rc && force) rc = move_force(s, u, to, now, r);
  else if (!rc && auto_rb) {
    rc = move_rollback(s, now);
    if (!rc) msg_push(r, UCS_W_MOVE_ROLLBACK, u->id, to->fqdn);
  } else if (!rc && to->version == 2013) {
    rc = store_cur_set_field(s, STORE_FLD_HIDDEN, 0);
  }
  char detail[600];
  snprintf(detail, sizeof detail, "%s -> %s", u->pool, to->fqdn);
  if (!rc) rc = store_user_set_pool(s, u->id, to->id);
  if (!rc) rc = store_cur_sign_in(s, 0);
  if (!rc) rc = store_event_add(s, now, u->id, UCS_EV_MOVED, 0, detail);
  return rc;
}

static bool move_tx(Store *s, void *ctx, UcsResult *r) {
  Op *op = ctx;
  for (size_t i = 0; i < op->n; i++) {
    StoreUser u;
    if (store_user_get(s, op->ids[i], &u)) return store_failed(s, r);
    StoreRc rc = STORE_OK;
    if (u.pool_id == op->pool.id) msg_push(r, UCS_E_SAME_POOL, u.id, op->pool.fqdn);
    else rc = move_one(s, &u, &op->pool, op->force, r);
    store_user_free(&u);
    if (rc) return store_failed(s, r);
  }
  return true;
}

bool ucs_move_user(Store *s, const int64_t *ids, size_t n, const char *target, bool force,
                   UcsResult *r) {
  Op op = {.ids = ids, .n = n, .force = force};
  StoreRc rc = store_pool_find(s, target, &op.pool);
  if (rc == STORE_NOTFOUND) msg_push(r, UCS_E_NO_POOL, 0, target);
  if (rc) return rc == STORE_NOTFOUND ? false : store_failed(s, r);
  bool ok = in_tx(s, move_tx, &op, r);
  store_pool_free(&op.pool);
  return ok;
}

/* ---------------------------------------------------------------- mailbox moves */

static bool mbx_move_tx(Store *s, void *ctx, UcsResult *r) {
  Op *op = ctx;
  int64_t now = now_of(s);
  for (size_t i = 0; i < op->n; i++) {
    StoreUser u;
    if (store_user_get(s, op->ids[i], &u)) return store_failed(s, r);
    StoreRc rc = STORE_OK;
    if (!u.exdb_id) msg_push(r, UCS_E_NO_MAILBOX, u.id, NULL);
    else if (u.exdb_id == op->db.id) msg_push(r, UCS_E_MBX_SAME, u.id, op->db.name);
    else if (op->db.version == 2010 && u.state != CS_LYNC)
      msg_push(r, UCS_E_MBX_BLOCKED, u.id, NULL); /* EX1 */
    else {
      rc = store_user_set_mailbox(s, u.id, op->db.id, u.mbx_signed);
      if (!rc) rc = store_event_add(s, now, u.id, UCS_EV_MAILBOX_MOVED, 0, op->db.name);
    }
    store_user_free(&u);
    if (rc) return store_failed(s, r);
  }
  return true;
}

bool ucs_move_mailbox(Store *s, const int64_t *ids, size_t n, const char *database,
                      UcsResult *r) {
  Op op = {.ids = ids, .n = n};
  StoreRc rc = store_exdb_find(s, database, &op.db);
  if (rc == STORE_NOTFOUND) msg_push(r, UCS_E_NO_DATABASE, 0, database);
  if (rc) return rc == STORE_NOTFOUND ? false : store_failed(s, r);
  bool ok = in_tx(s, mbx_move_tx, &op, r);
  store_exdb_free(&op.db);
  return ok;
}

/* ---------------------------------------------------------------- Test-CsUnifiedContactStore */

static void test_fail(UcsTestResult *t, const char *err, const char *diag) {
  t->success = false;
  t->latency_ms = 0;
  snprintf(t->error, sizeof t->error, "%s", err);
  snprintf(t->diagnosis, sizeof t->diagnosis, "%s", diag);
}

/* The outcome for a user homed on the target pool (decisions 1). */
static void test_user(Store *s, const StoreUser *u, UcsTestResult *t) {
  char when[64], diag[512];
  Out o = {diag, diag + sizeof diag};
  *diag = 0;
  if (u->cond == COND_CORRUPTED) {
    test_fail(t, "Error: Incorrect Exchange Version",
              "Error: Incorrect Exchange Version. The contact list restored from a backup does "
              "not match the server state; run Invoke-CsUcsRollback for the user (BK2).");
  } else if (u->hidden_ucs) {
    test_fail(t, "The user is homed on a pool that cannot use the unified contact store.",
              "The contacts remain in the Exchange 2013 mailbox (MV5).");
  } else if (u->state == CS_LYNC) {
    out_puts(&o, "The contacts are stored in Lync Server");
    if (u->blockers) out_puts(&o, ": ");
    blockers_join(u->blockers, &o);
    out_puts(&o, ".");
    test_fail(t, "The user's contacts are not in the unified contact store.", diag);
  } else if (u->state == CS_MIGRATING) {
    out_printf(&o, "Migration to the unified contact store completes at %s (M4).",
               ucs_time_text(u->next_due, when, sizeof when));
    test_fail(t, "The user's contacts are being migrated to the unified contact store.", diag);
  } else if (u->state == CS_ROLLING_BACK) {
    test_fail(t, "The user's contacts are being rolled back to Lync Server.", "");
  } else if (u->contacts == 0) {
    test_fail(t, "No contacts were received for the user. Verify that contacts exist for the "
                 "user.", "");
  } else {
    t->success = true;
    t->latency_ms = 1200 + 15 * u->contacts; /* simulated */
  }
  (void)s;
}

bool ucs_test_contact_store(Store *s, const char *sip, const char *target, UcsTestResult *t,
                            UcsResult *r) {
  memset(t, 0, sizeof *t);
  snprintf(t->target, sizeof t->target, "%s", target ? target : "");
  char full[300];
  norm_sip(sip ? sip : "", full, sizeof full);
  StoreUserQuery q = {.sip = full};
  int64_t *ids = NULL;
  size_t n = 0;
  if (!query_ids(s, &q, &ids, &n, r)) return false;
  if (!n) {
    msg_push(r, UCS_E_NOT_FOUND, 0, sip ? sip : "");
    return false;
  }
  StoreUser u;
  StoreRc rc = store_user_get(s, ids[0], &u);
  free(ids);
  if (rc) return store_failed(s, r);
  if (target && strcasecmp(target, u.pool) != 0) {
    StorePool p;
    bool known = store_pool_find(s, target, &p) == STORE_OK;
    store_pool_free(&p);
    test_fail(t, known ? "The user is not homed on the target pool." :
                         "No matching cluster found in topology.", "");
  } else {
    test_user(s, &u, t);
  }
  store_user_free(&u);
  return true;
}

/* ---------------------------------------------------------------- export / import */

#define EXPORT_MAGIC "ucsh-userdata"
#define EXPORT_VERSION 1

static uint64_t fnv(const char *p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)p[i]) * 1099511628211ull;
  return h;
}

typedef struct {
  char *data;
  size_t len, cap;
  bool oom;
} Buf;

static void buf_add(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void buf_add(Buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int k = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (b->len + (size_t)k + 1 > b->cap) {
    size_t cap = (b->cap + (size_t)k + 1) * 2;
    char *d = realloc(b->data, cap); /* checked: the buffer reports it */
    if (!d) {
      b->oom = true;
      return;
    }
    b->data = d;
    b->cap = cap;
  }
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)k + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)k;
}

/* Tabs and newlines cannot occur inside a field. */
static const char *field(const char *t) { return t && !strpbrk(t, "\t\n") ? t : ""; }

static void export_contact(void *ctx, const StoreContact *c) {
  buf_add(ctx, "contact\t%s\t%s\n", field(c->sip), field(c->group));
}

typedef struct {
  Store *s;
  Buf *b;
  const char *user_filter;
  int64_t users;
  StoreRc rc;
} ExportCtx;

static void export_user(void *ctx, const StoreUser *u) {
  ExportCtx *x = ctx;
  if (x->user_filter && strcasecmp(u->sip + 4, x->user_filter) != 0) return;
  buf_add(x->b, "user\t%s\t%s\t%s\n", field(u->sip), ucs_state_name(u->state), field(u->display));
  if (!x->rc) x->rc = store_contact_list(x->s, u->id, export_contact, x->b);
  x->users++;
}

static bool write_file(const char *path, const Buf *b, bool force, UcsResult *r) {
  if (!force && access(path, F_OK) == 0) {
    msg_push(r, UCS_E_FILE_EXISTS, 0, path);
    return false;
  }
  char tmp[4200], err[4400];
  snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
  FILE *f = fopen(tmp, "wb");
  bool ok = f && fwrite(b->data, 1, b->len, f) == b->len;
  if (f && fclose(f)) ok = false;
  if (ok && rename(tmp, path)) ok = false;
  if (!ok) {
    snprintf(err, sizeof err, "Cannot write \"%s\": %s", path, strerror(errno));
    msg_push(r, UCS_E_FILE_IO, 0, err);
    remove(tmp);
  }
  return ok;
}

/* The line that marks the Lync Server 2010 format (-LegacyFormat). */
#define EXPORT_LEGACY "format\tLync2010\n"

static bool export_file(Store *s, const char *path, const char *pool, const char *user_filter,
                        bool force, bool legacy, int64_t *users, UcsResult *r) {
  StorePool p = {0};
  StoreRc rc = pool ? store_pool_find(s, pool, &p) : STORE_OK;
  if (rc == STORE_NOTFOUND) msg_push(r, UCS_E_NO_POOL, 0, pool);
  if (rc) return rc == STORE_NOTFOUND ? false : store_failed(s, r);
  Buf b = {0};
  char when[64];
  buf_add(&b, "%s %d\nexported\t%s\n%s", EXPORT_MAGIC, EXPORT_VERSION,
          ucs_time_text(now_of(s), when, sizeof when), legacy ? EXPORT_LEGACY : "");
  ExportCtx x = {s, &b, user_filter, 0, STORE_OK};
  StoreUserQuery q = {.pool_id = p.id};
  rc = store_user_list(s, pool ? &q : NULL, export_user, &x);
  store_pool_free(&p);
  if (rc || x.rc) {
    free(b.data);
    return store_failed(s, r);
  }
  buf_add(&b, "end\t%lld\t%016llx\n", (long long)x.users,
          (unsigned long long)fnv(b.data, b.len));
  bool ok = !b.oom && write_file(path, &b, force, r);
  free(b.data);
  if (users) *users = x.users;
  return ok;
}

bool ucs_export(Store *s, const char *path, const char *pool, const char *user_filter,
                bool force, int64_t *users, UcsResult *r) {
  return export_file(s, path, pool, user_filter, force, false, users, r);
}

bool ucs_export_legacy(Store *s, const char *path, const char *pool, const char *user_filter,
                       bool force, int64_t *users, UcsResult *r) {
  return export_file(s, path, pool, user_filter, force, true, users, r);
}

/* One user record of an export file (fields point into the file text). */
typedef struct {
  char *sip, *state, *display;
  char **contacts; /* sip, group pairs */
  size_t ncontacts;
} ExportUser;

typedef struct {
  char *text;
  ExportUser *users;
  size_t n;
  char **pairs;
  size_t npairs;
  bool legacy;
  const char *exported; /* when, as the file says */
} ExportFile;

static void export_file_free(ExportFile *f) {
  free(f->text);
  free(f->users);
  free(f->pairs);
}

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *d = xmalloc(cap);
  for (size_t k; (k = fread(d + n, 1, cap - n - 1, f)) > 0;) {
    n += k;
    if (n + 1 == cap) d = xrealloc(d, cap *= 2);
  }
  fclose(f);
  d[n] = 0;
  *len = n;
  return d;
}

/* Splits line (NUL-terminated) at tabs into at most max fields. */
static int split_tabs(char *line, char **f, int max) {
  int k = 0;
  for (char *p = line; k < max;) {
    f[k++] = p;
    p = strchr(p, '\t');
    if (!p) break;
    *p++ = 0;
  }
  return k;
}

static void grow(void **v, size_t n, size_t elem) {
  if (n & (n - 1)) return; /* grow at powers of two */
  *v = xrealloc(*v, (n ? n * 2 : 1) * elem);
}

/* Parses and checks a whole export file; false when it is not one. */
static bool parse_lines(ExportFile *f, char *body) {
  size_t contacts = 0;
  for (char *line = body, *next; line && *line; line = next) {
    next = strchr(line, '\n');
    if (next) *next++ = 0;
    char *fl[4];
    int k = split_tabs(line, fl, 4);
    if (strcmp(fl[0], "user") == 0 && k == 4) {
      grow((void **)&f->users, f->n, sizeof *f->users);
      f->users[f->n++] = (ExportUser){fl[1], fl[2], fl[3], NULL, 0};
    } else if (strcmp(fl[0], "contact") == 0 && k == 3 && f->n) {
      grow((void **)&f->pairs, f->npairs, sizeof *f->pairs);
      grow((void **)&f->pairs, f->npairs + 1, sizeof *f->pairs);
      f->pairs[f->npairs++] = fl[1];
      f->pairs[f->npairs++] = fl[2];
      f->users[f->n - 1].ncontacts++;
      contacts++;
    } else if (strcmp(fl[0], "format") == 0 && k == 2 && strcmp(fl[1], "Lync2010") == 0) {
      f->legacy = true;
    } else if (strcmp(fl[0], "exported") == 0) {
      f->exported = k > 1 ? fl[1] : "";
    } else {
      return false;
    }
  }
  size_t at = 0; /* contacts of each user, in file order */
  for (size_t i = 0; i < f->n; i++) {
    f->users[i].contacts = f->pairs ? f->pairs + at : NULL;
    at += 2 * f->users[i].ncontacts;
  }
  return contacts * 2 == f->npairs;
}

static bool parse_export(const char *path, ExportFile *f, UcsResult *r) {
  memset(f, 0, sizeof *f);
  size_t len = 0;
  f->text = read_all(path, &len);
  if (!f->text) {
    char err[4400];
    snprintf(err, sizeof err, "Cannot read \"%s\": %s", path, strerror(errno));
    msg_push(r, UCS_E_FILE_IO, 0, err);
    return false;
  }
  int version = 0;
  char *end = strstr(f->text, "\nend\t");
  long long users = -1;
  unsigned long long sum = 0;
  bool ok = sscanf(f->text, EXPORT_MAGIC " %d\n", &version) == 1 && strlen(f->text) == len &&
            strncmp(f->text, EXPORT_MAGIC " ", sizeof EXPORT_MAGIC) == 0;
  if (ok && version != EXPORT_VERSION) {
    msg_at(r, UCS_E_FILE_VERSION, 0, 0, version, path);
    return false;
  }
  ok = ok && end && sscanf(end, "\nend\t%lld\t%llx\n", &users, &sum) == 2 &&
       fnv(f->text, (size_t)(end - f->text) + 1) == sum;
  if (ok) {
    end[1] = 0;
    char *body = strchr(f->text, '\n') + 1;
    ok = parse_lines(f, body) && (long long)f->n == users;
  }
  if (!ok) msg_push(r, UCS_E_FILE_BAD, 0, path);
  return ok;
}

typedef struct {
  ExportFile file;
  const char *user_filter;
  int64_t pool_id;
} ImportCtx;

static bool is_ucs_mode(StoreState st) { return st == CS_UCS || st == CS_ROLLING_BACK; }

static StoreRc replace_contacts(Store *s, int64_t id, const ExportUser *e) {
  StoreRc rc = store_contact_clear(s, id);
  for (size_t k = 0; !rc && k < e->ncontacts; k++)
    rc = store_contact_add(s, id, e->contacts[2 * k], e->contacts[2 * k + 1]);
  return rc;
}

/* One user of the file (decisions 8). */
static StoreRc import_user(Store *s, const StoreUser *u, const ExportUser *e, UcsResult *r) {
  int64_t now = now_of(s);
  bool was_ucs = strcmp(e->state, ucs_state_name(CS_UCS)) == 0 ||
                 strcmp(e->state, ucs_state_name(CS_ROLLING_BACK)) == 0;
  bool now_ucs = is_ucs_mode(u->state);
  StoreRc rc = store_cur_set(s, &u->id, 1);
  if (rc) return rc;
  if (was_ucs == now_ucs) {
    rc = replace_contacts(s, u->id, e);
    return rc ? rc : store_cur_set_field(s, STORE_FLD_COND, COND_OK);
  }
  if (now_ucs) { /* BK2 scenario 1: Outdated; Exchange data wins */
    rc = store_cur_set_field(s, STORE_FLD_COND, COND_OUTDATED);
    if (!rc) rc = store_work_add(s, now + UCS_FIX_SECS, WORK_FIX, u->id);
    if (!rc) rc = store_event_add(s, now, u->id, UCS_EV_OUTDATED, 0, NULL);
    if (!rc) msg_push(r, UCS_W_IMPORT_OUTDATED, u->id, NULL);
    return rc;
  }
  rc = replace_contacts(s, u->id, e); /* BK2 scenario 2: Corrupted */
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_COND, COND_CORRUPTED);
  if (!rc) rc = store_event_add(s, now, u->id, UCS_EV_CORRUPTED, 0, NULL);
  if (!rc) msg_push(r, UCS_W_IMPORT_CORRUPTED, u->id, NULL);
  return rc;
}

/* Does an export user record pass a -UserFilter (SIP without sip:)? */
static bool user_passes(const ExportUser *e, const char *user_filter) {
  if (!user_filter) return true;
  return strcasecmp(e->sip + (has_prefix(e->sip, "sip:") ? 4 : 0), user_filter) == 0;
}

static bool import_tx(Store *s, void *ctx, UcsResult *r) {
  ImportCtx *x = ctx;
  for (size_t i = 0; i < x->file.n; i++) {
    const ExportUser *e = &x->file.users[i];
    if (!user_passes(e, x->user_filter)) continue;
    StoreUserQuery q = {.sip = e->sip};
    int64_t *ids = NULL;
    size_t n = 0;
    if (!query_ids(s, &q, &ids, &n, r)) return false;
    StoreUser u = {0};
    StoreRc rc = n ? store_user_get(s, ids[0], &u) : STORE_OK;
    free(ids);
    if (!rc && !n) msg_push(r, UCS_W_IMPORT_UNKNOWN, 0, e->sip);
    else if (!rc && (!x->pool_id || u.pool_id == x->pool_id)) rc = import_user(s, &u, e, r);
    store_user_free(&u);
    if (rc) return store_failed(s, r);
  }
  return true;
}

bool ucs_import(Store *s, const char *path, const char *pool, const char *user_filter,
                UcsResult *r) {
  ImportCtx x = {.user_filter = user_filter};
  if (pool) {
    StorePool p;
    StoreRc rc = store_pool_find(s, pool, &p);
    x.pool_id = p.id;
    store_pool_free(&p);
    if (rc == STORE_NOTFOUND) msg_push(r, UCS_E_NO_POOL, 0, pool);
    if (rc) return rc == STORE_NOTFOUND ? false : store_failed(s, r);
  }
  if (!parse_export(path, &x.file, r)) {
    export_file_free(&x.file);
    return false;
  }
  bool ok = in_tx(s, import_tx, &x, r);
  export_file_free(&x.file);
  return ok;
}

bool ucs_userdata_info(const char *path, UcsFileInfo *out, UcsResult *r) {
  ExportFile f;
  bool ok = parse_export(path, &f, r);
  if (ok) *out = (UcsFileInfo){f.legacy, (int64_t)f.n};
  export_file_free(&f);
  return ok;
}

bool ucs_import_format(Store *s, const char *path, const char *pool, const char *user_filter,
                       bool legacy, UcsResult *r) {
  UcsFileInfo info;
  StorePool p = {0};
  StoreRc rc = pool ? store_pool_find(s, pool, &p) : STORE_OK;
  store_pool_free(&p);
  if (rc == STORE_NOTFOUND) msg_push(r, UCS_E_NO_POOL, 0, pool);
  if (rc) return rc == STORE_NOTFOUND ? false : store_failed(s, r);
  if (!ucs_userdata_info(path, &info, r)) return false;
  if (info.legacy != legacy) {
    msg_push(r, info.legacy ? UCS_E_FILE_LEGACY : UCS_E_FILE_CURRENT, 0, path);
    return false;
  }
  return ucs_import(s, path, pool, user_filter, r);
}

/* The records of f that pass the filter, in the export format. */
static int64_t convert_body(const ExportFile *f, bool legacy, const char *user_filter, Buf *b) {
  buf_add(b, "%s %d\nexported\t%s\n%s", EXPORT_MAGIC, EXPORT_VERSION,
          f->exported ? f->exported : "", legacy ? EXPORT_LEGACY : "");
  int64_t users = 0;
  for (size_t i = 0; i < f->n; i++) {
    const ExportUser *e = &f->users[i];
    if (!user_passes(e, user_filter)) continue;
    buf_add(b, "user\t%s\t%s\t%s\n", e->sip, e->state, e->display ? e->display : "");
    for (size_t k = 0; k < e->ncontacts; k++)
      buf_add(b, "contact\t%s\t%s\n", e->contacts[2 * k], e->contacts[2 * k + 1]);
    users++;
  }
  return users;
}

bool ucs_convert(const char *in, const char *out, bool legacy, const char *user_filter,
                 bool force, int64_t *users, UcsResult *r) {
  ExportFile f;
  if (!parse_export(in, &f, r)) {
    export_file_free(&f);
    return false;
  }
  Buf b = {0};
  int64_t n = convert_body(&f, legacy, user_filter, &b);
  export_file_free(&f);
  buf_add(&b, "end\t%lld\t%016llx\n", (long long)n, (unsigned long long)fnv(b.data, b.len));
  bool ok = !b.oom && write_file(out, &b, force, r);
  free(b.data);
  if (users) *users = n;
  return ok;
}

/* ---------------------------------------------------------------- -Setup (M11) */

/* What -Setup does not wait for (M11): the policy, the client sign-in, the
 * first mailbox sign-in, a re-migration hold (and the work it scheduled). */
#define SETUP_IGNORES \
  (STORE_B_POLICY | STORE_B_MBXSIGN | STORE_B_HOLD | STORE_B_CLIENT | STORE_B_PENDING)

static bool setup_tx(Store *s, void *ctx, UcsResult *r) {
  int64_t id = *(int64_t *)ctx;
  StoreUser u;
  if (store_user_get(s, id, &u)) return store_failed(s, r);
  unsigned left = u.blockers & ~(unsigned)SETUP_IGNORES;
  bool go = u.state == CS_LYNC && !left;
  if (u.state == CS_LYNC && left) {
    char why[1024];
    Out o = {why, why + sizeof why};
    blockers_join(left, &o);
    msg_push(r, UCS_W_SETUP_BLOCKED, u.id, why);
  }
  store_user_free(&u);
  if (!go) return true;
  StoreRc rc = store_cur_set(s, &id, 1);
  if (!rc) rc = store_cur_unschedule(s);
  if (!rc) rc = store_cur_set_field(s, STORE_FLD_HOLD, 0);
  if (rc) return store_failed(s, r);
  return start_cur(s, now_of(s), UCS_EV_MIG_SETUP, 0, true, SETUP_IGNORES, r);
}

bool ucs_setup_migration(Store *s, int64_t user_id, UcsResult *r) {
  return in_tx(s, setup_tx, &user_id, r);
}

/* ---------------------------------------------------------------- lab users */

typedef struct {
  const UcsLabUserSpec *spec;
  int64_t pool_id, exdb_id;
  char sip[300], local[256];
  int64_t **ids;
  size_t *n;
} LabCtx;

static bool lab_user_tx(Store *s, void *ctx, UcsResult *r) {
  LabCtx *x = ctx;
  const UcsLabUserSpec *sp = x->spec;
  bool signed_in = sp->has_mbx_signed ? sp->mbx_signed : true;
  StoreUserSpec u = {sp->display, x->sip, NULL, x->local, x->pool_id, x->exdb_id, signed_in};
  StoreRc rc;
  int64_t first = 0;
  if (sp->count > 1) {
    rc = store_user_add_many(s, &u, x->local, 1, sp->count, sp->contacts);
    StoreUserQuery q = {0};
    char sip1[300];
    snprintf(sip1, sizeof sip1, "sip:%s1@%s", x->local, store_domain(s));
    q.sip = sip1;
    int64_t *ids = NULL;
    size_t n = 0;
    if (!rc) rc = store_user_ids(s, &q, &ids, &n);
    first = n ? ids[0] : 0;
    free(ids);
  } else {
    char upn[300];
    snprintf(upn, sizeof upn, "%s@%s", x->local, store_domain(s));
    u.upn = upn;
    rc = store_user_add(s, &u, &first);
    for (int k = 1; !rc && k <= sp->contacts; k++) {
      char c[64];
      snprintf(c, sizeof c, "sip:contact%d@fabrikam.com", k);
      rc = store_contact_add(s, first, c, "Lab Contacts");
    }
  }
  if (rc == STORE_DUP) msg_push(r, UCS_E_USER_EXISTS, 0, x->sip);
  if (rc) return rc == STORE_DUP ? false : store_failed(s, r);
  int64_t count = sp->count > 1 ? sp->count : 1;
  if (x->ids && (*x->ids = xmalloc((size_t)count * sizeof **x->ids))) {
    for (int64_t i = 0; i < count; i++) (*x->ids)[i] = first + i; /* ids are consecutive */
    *x->n = (size_t)count;
  }
  return true;
}

/* sip:<local>@domain from the spec or the display name. */
static bool lab_names(Store *s, LabCtx *x, UcsResult *r) {
  const UcsLabUserSpec *sp = x->spec;
  if (sp->sip && *sp->sip) {
    norm_sip(sp->sip, x->sip, sizeof x->sip);
    if (!sip_valid(x->sip)) return sip_refused(r, 0, sp->sip);
    const char *at = strchr(x->sip, '@');
    snprintf(x->local, sizeof x->local, "%.*s", at ? (int)(at - x->sip - 4) : 250, x->sip + 4);
  } else {
    size_t k = 0;
    for (const char *p = sp->display; *p && k + 1 < sizeof x->local; p++)
      if (!isspace((unsigned char)*p)) x->local[k++] = (char)tolower((unsigned char)*p);
    x->local[k] = 0;
    snprintf(x->sip, sizeof x->sip, "sip:%s@%s", x->local, store_domain(s));
  }
  if (!*x->local || sp->count < 0 || sp->contacts < 0) {
    msg_push(r, UCS_E_BAD_VALUE, 0, "A lab user needs a display name or SIP address, and "
                                    "-Count and -Contacts cannot be negative.");
    return false;
  }
  return true;
}

bool ucs_lab_user_new(Store *s, const UcsLabUserSpec *sp, int64_t **ids, size_t *n,
                      UcsResult *r) {
  LabCtx x = {.spec = sp, .ids = ids, .n = n};
  if (ids) *ids = NULL, *n = 0;
  if (!sp->display || !*sp->display || !lab_names(s, &x, r)) {
    if (!sp->display || !*sp->display) msg_push(r, UCS_E_BAD_VALUE, 0, "-DisplayName is required.");
    return false;
  }
  const char *pool = sp->pool ? sp->pool : "atl-cs-001.litwareinc.com";
  StorePool p;
  StoreRc rc = store_pool_find(s, pool, &p);
  x.pool_id = p.id;
  store_pool_free(&p);
  if (rc == STORE_NOTFOUND) msg_push(r, UCS_E_NO_POOL, 0, pool);
  if (rc) return rc == STORE_NOTFOUND ? false : store_failed(s, r);
  int ver = sp->has_ex ? sp->ex_version : 2013;
  if (ver != 0 && ver != 2010 && ver != 2013) {
    msg_push(r, UCS_E_BAD_VALUE, 0, "ExchangeVersion must be None, 2010 or 2013.");
    return false;
  }
  if (ver) {
    StoreExDb d;
    if (store_exdb_by_version(s, ver, &d)) return store_failed(s, r);
    x.exdb_id = d.id;
    store_exdb_free(&d);
  }
  return in_tx(s, lab_user_tx, &x, r);
}

/* ---------------------------------------------------------------- user lifecycle */

typedef struct {
  const UcsEnableSpec *spec;
  const char *identity;
  int64_t pool_id, *ad;
  size_t nad;
  int64_t **ids;
  size_t *n;
} EnableCtx;

/* The SIP address of AD account a (decisions: lab e-mail addresses are the UPNs). */
static bool enable_sip(const EnableCtx *x, const StoreAdUser *a, char *sip, size_t n,
                       UcsResult *r) {
  const UcsEnableSpec *sp = x->spec;
  const char *dom = sp->sip_domain;
  if (sp->sip) {
    snprintf(sip, n, "%s", sp->sip);
  } else if (sp->sip_type == UCS_SIP_UPN || sp->sip_type == UCS_SIP_EMAIL) {
    snprintf(sip, n, "sip:%s", a->upn);
  } else if (sp->sip_type == UCS_SIP_SAM) {
    snprintf(sip, n, "sip:%s@%s", a->sam, dom);
  } else {
    size_t k = strcspn(a->display, " ");
    const char *last = a->display[k] ? a->display + k + 1 : "";
    snprintf(sip, n, "sip:%.*s%s%s@%s", (int)k, a->display, *last ? "." : "", last, dom);
    for (char *c = sip; *c; c++) *c = *c == ' ' ? '.' : *c;
  }
  if (has_prefix(sip, "sip:") && strchr(sip, '@')) return true;
  msg_push(r, UCS_E_BAD_VALUE, 0, "A SIP address must start with \"sip:\" and name a domain, "
                                  "for example sip:kenmyer@litwareinc.com.");
  return false;
}

static bool enable_tx(Store *s, void *ctx, UcsResult *r) {
  EnableCtx *x = ctx;
  *x->ids = x->nad ? xmalloc(x->nad * sizeof **x->ids) : NULL;
  for (size_t i = 0; i < x->nad; i++) {
    StoreAdUser a;
    char sip[300];
    if (store_aduser_get(s, x->ad[i], &a)) return store_failed(s, r);
    bool ok = enable_sip(x, &a, sip, sizeof sip, r);
    StoreUserSpec u = {a.display, sip, a.upn, a.sam, x->pool_id, a.exdb_id, a.mbx_signed};
    int64_t id = 0;
    StoreRc rc = ok ? store_user_add(s, &u, &id) : STORE_OK;
    if (rc == STORE_DUP) msg_push(r, UCS_E_USER_EXISTS, 0, sip);
    if (!rc && ok) rc = store_aduser_delete(s, a.id);
    store_aduser_free(&a);
    if (rc == STORE_ERROR) return store_failed(s, r);
    if (!ok || rc) return false;
    if (*x->ids) (*x->ids)[(*x->n)++] = id;
  }
  return true;
}

/* The AD accounts (not enabled for Lync Server) an identity names. */
static bool find_ad(Store *s, const char *identity, int64_t **ids, size_t *n, UcsResult *r) {
  char buf[512];
  StoreUserQuery q = {0};
  const char *bs = strchr(identity, '\\');
  if (dn_display(s, identity, buf, sizeof buf)) q.display_like = buf;
  else if (bs && !has_prefix(identity, "CN=")) q.sam = bs + 1;
  else if (strchr(identity, '@') && !strchr(identity, '*')) q.upn = identity;
  else like_pattern(identity, buf, sizeof buf), q.display_like = buf;
  if (!ok_rc(s, store_aduser_ids(s, &q, ids, n), r)) return false;
  if (*n) return true;
  msg_push(r, UCS_E_NOT_FOUND, 0, identity);
  return false;
}

static bool enable_checks(Store *s, EnableCtx *x, UcsResult *r) {
  const UcsEnableSpec *sp = x->spec;
  const char *why = NULL;
  if (!sp->pool || !*sp->pool) why = "Specify the Registrar pool that will home the account "
                                     "(-RegistrarPool).";
  else if (!sp->sip && sp->sip_type == UCS_SIP_NONE)
    why = "Assign the account a SIP address: use -SipAddress or -SipAddressType.";
  else if (!sp->sip && (sp->sip_type == UCS_SIP_FIRSTLAST || sp->sip_type == UCS_SIP_SAM) &&
           (!sp->sip_domain || !*sp->sip_domain))
    why = "-SipAddressType FirstLastName and SamAccountName need the -SipDomain parameter.";
  else if (sp->sip && x->nad > 1)
    why = "-SipAddress cannot be used when several accounts are enabled at the same time.";
  if (why) {
    msg_push(r, UCS_E_BAD_VALUE, 0, why);
    return false;
  }
  StorePool p;
  StoreRc rc = store_pool_find(s, sp->pool, &p);
  x->pool_id = p.id;
  store_pool_free(&p);
  if (rc == STORE_NOTFOUND) msg_push(r, UCS_E_NO_POOL, 0, sp->pool);
  return rc == STORE_OK ? true : rc == STORE_NOTFOUND ? false : store_failed(s, r);
}

bool ucs_user_enable(Store *s, const char *identity, const UcsEnableSpec *sp, int64_t **ids,
                     size_t *n, UcsResult *r) {
  *ids = NULL;
  *n = 0;
  int64_t *on = NULL;
  size_t non = 0;
  UcsResult quiet = {0};
  bool enabled = ucs_find_users(s, identity, &on, &non, &quiet) && non > 0;
  ucs_result_free(&quiet);
  for (size_t i = 0; enabled && i < non; i++) msg_push(r, UCS_W_ALREADY_ENABLED, on[i], NULL);
  free(on);
  if (enabled) return true;
  EnableCtx x = {.spec = sp, .identity = identity, .ids = ids, .n = n};
  bool ok = find_ad(s, identity, &x.ad, &x.nad, r) && enable_checks(s, &x, r) &&
            in_tx(s, enable_tx, &x, r);
  free(x.ad);
  if (!ok) free(*ids), *ids = NULL, *n = 0;
  return ok;
}

static bool disable_tx(Store *s, void *ctx, UcsResult *r) {
  Op *op = ctx;
  for (size_t i = 0; i < op->n; i++)
    if (store_user_disable(s, op->ids[i])) return store_failed(s, r);
  return true;
}

bool ucs_user_disable(Store *s, const int64_t *ids, size_t n, UcsResult *r) {
  Op op = {.ids = ids, .n = n};
  return in_tx(s, disable_tx, &op, r);
}

static bool set_enabled_tx(Store *s, void *ctx, UcsResult *r) {
  Op *op = ctx;
  for (size_t i = 0; i < op->n; i++)
    if (store_user_set_enabled(s, op->ids[i], op->flag)) return store_failed(s, r);
  if (op->flag) return true;
  StoreRc rc = store_cur_set(s, op->ids, op->n);
  if (!rc) rc = store_cur_sign_in(s, 0);
  return ok_rc(s, rc, r);
}

bool ucs_user_set_enabled(Store *s, const int64_t *ids, size_t n, bool enabled, UcsResult *r) {
  Op op = {.ids = ids, .n = n, .flag = enabled};
  return in_tx(s, set_enabled_tx, &op, r);
}

static bool set_sip_tx(Store *s, void *ctx, UcsResult *r) {
  Op *op = ctx;
  StoreRc rc = store_user_set_sip(s, op->user_id, op->sip);
  if (rc == STORE_DUP) msg_push(r, UCS_E_USER_EXISTS, 0, op->sip);
  return rc == STORE_OK ? true : rc == STORE_DUP ? false : store_failed(s, r);
}

bool ucs_user_set_sip(Store *s, int64_t user_id, const char *sip, UcsResult *r) {
  if (!has_prefix(sip, "sip:") || !strchr(sip, '@')) {
    msg_push(r, UCS_E_BAD_VALUE, 0, "A SIP address must start with \"sip:\" and name a domain, "
                                    "for example sip:kenmyer@litwareinc.com.");
    return false;
  }
  Op op = {.user_id = user_id, .sip = sip};
  return in_tx(s, set_sip_tx, &op, r);
}
