/* store.h - the lab's state store: one SQLite file (or :memory:) that holds
 * the whole simulated Lync Server 2013 organisation. Only store.c includes
 * <sqlite3.h>; nothing outside store.c writes SQL, and no SQL text is ever
 * built from user input (every value is a bound parameter).
 *
 * Ownership: strings passed in are borrowed. Structs filled by a store_*
 * call own their strings; release them with the matching *_free. Rows handed
 * to a callback are borrowed and valid only during the call. Id arrays
 * returned through an int64_t ** are malloc'd; the caller frees them.
 *
 * Threads: a Store belongs to the thread that opened it (its connections
 * are opened without SQLite's per-call mutex).
 *
 * Tables (schema version STORE_SCHEMA_VERSION, PRAGMA user_version):
 *   meta(key, value)          domain, NetBIOS name, the simulated clock
 *   site(id, name)            Redmond, Dallas
 *   pool(id, fqdn, site_id, version)   version 2013, 2010, or 0 = Lync Online
 *   exserver(id, fqdn, version, s2s, reachable)  Exchange servers
 *   exdb(id, name, server_id) mailbox databases (DB2013, DB2010)
 *   policy(id, scope, target_id, name, ucs_allowed, delay_days)
 *       user services policies: scope global / site (target = site) /
 *       service UserServer (target = pool) / tag (per-user); name is the
 *       site name, pool FQDN or tag name ('' for global)
 *   user(id, display, sip, upn, sam, pool_id, policy_id, exdb_id,
 *        mbx_signed, client, signed_in, enabled, state, cond, relogon,
 *        hidden_ucs, in_ucs_mode, hold, attempts, last_attempt)
 *       state: contact store LyncServer / Migrating / UnifiedContactStore /
 *       RollingBack; cond: data condition Ok / Outdated / Corrupted;
 *       relogon: the client was asked to sign out and in again (M5);
 *       hidden_ucs: contacts stay in Exchange but the user, moved with -Force
 *       to a pool that cannot use UCS, cannot see them (decisions 6);
 *       in_ucs_mode: the client registry value InUCSMode = 2165 (M7);
 *       hold: a re-migration check is pending (RB2).
 *   contact(id, user_id, sip, grp)   a contact and its group. Where the
 *       contacts live follows the user's state: Lync Server for LyncServer
 *       and Migrating, the Exchange 2013 mailbox ("Lync Contacts" folder)
 *       for UnifiedContactStore and RollingBack.
 *   work(id, due, kind, user_id)     scheduled work (see StoreWork)
 *   event(id, at, user_id, kind, arg, detail)   the lab's event log; the
 *       words are rendered by ucs.c from kind + arg + detail.
 *   aduser(id, display, upn, sam, exdb_id, mbx_signed)   (schema 2) AD
 *       accounts not enabled for Lync Server (left by Disable-CsUser)
 *   user_attr(user_id, name, value)   (schema 2) Set-CsUser attributes
 *       with no bearing on UCS (EnterpriseVoiceEnabled, LineURI...)
 *
 * Facts vs rules: store.c computes facts in SQL so that bulk operations stay
 * set-based (the effective policy by precedence per-user > service > site >
 * global, and which migration preconditions are unmet, as STORE_B_* bits);
 * ucs.c decides what happens and owns every message.
 *
 * Bulk operations work on a "current set" of users (a temporary table):
 * fill it (store_cur_set, store_cur_from_*), narrow it, then apply
 * store_cur_* updates to every user in it with one statement each.
 *
 * Transactions: store_begin/commit/rollback nest (the outer one is BEGIN
 * IMMEDIATE, inner ones are savepoints), so an engine call is atomic on its
 * own and a caller may also group many calls into one batch. */
#ifndef UCSH_STORE_H
#define UCSH_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define STORE_SCHEMA_VERSION 2
#define STORE_APP_ID 0x75637368 /* "ucsh" */
#define STORE_EPOCH 1359709200  /* 2013-02-01 09:00:00 UTC: the lab clock's start */

typedef struct Store Store;

typedef enum { STORE_OK, STORE_NOTFOUND, STORE_DUP, STORE_ERROR } StoreRc;

typedef enum { CS_LYNC, CS_MIGRATING, CS_UCS, CS_ROLLING_BACK, CS_COUNT } StoreState;
typedef enum { COND_OK, COND_OUTDATED, COND_CORRUPTED } StoreCond;
typedef enum { PSCOPE_GLOBAL, PSCOPE_SITE, PSCOPE_SERVICE, PSCOPE_TAG } StoreScope;

/* Scheduled work, run by the clock in due-time order. */
typedef enum {
  WORK_NONE,
  WORK_MIG_START, /* a start delayed by MigrationDelayInDays (P11) */
  WORK_MIG_DONE,  /* migration completes (M4) */
  WORK_RB_DONE,   /* rollback completes (RB1) */
  WORK_RECHECK,   /* the 7-day re-migration check (RB2) */
  WORK_FIX,       /* the daily migration task clears Outdated data (BK2) */
  WORK_COUNT
} StoreWork;

/* Unmet migration preconditions, computed per user (M1, M2, M3, RB2). */
enum {
  STORE_B_POLICY = 1 << 0,      /* effective policy has UcsAllowed False */
  STORE_B_POOL2010 = 1 << 1,    /* homed on Lync Server 2010 */
  STORE_B_ONLINE = 1 << 2,      /* homed on Lync Online */
  STORE_B_NOMBX = 1 << 3,       /* no Exchange mailbox */
  STORE_B_EX2010 = 1 << 4,      /* mailbox on Exchange 2010 */
  STORE_B_MBXSIGN = 1 << 5,     /* never signed into the mailbox */
  STORE_B_S2S = 1 << 6,         /* no server-to-server auth with that Exchange */
  STORE_B_DISABLED = 1 << 7,    /* account disabled for Lync Server */
  STORE_B_HOLD = 1 << 8,        /* re-migration check pending (RB2) */
  STORE_B_NOTSIGNED = 1 << 9,   /* not signed in with a Lync client */
  STORE_B_CLIENT2010 = 1 << 10, /* signed in with the Lync 2010 client */
  STORE_B_PENDING = 1 << 11,    /* work already scheduled for the user */
  STORE_B_CLIENT = STORE_B_NOTSIGNED | STORE_B_CLIENT2010,
};

typedef struct {
  int64_t id;
  char *fqdn, *site;
  int version; /* 2013, 2010, 0 = Lync Online */
  int64_t site_id;
} StorePool;

typedef struct {
  int64_t id, server_id;
  char *name, *server;
  int version; /* 2013 or 2010 */
  bool s2s, reachable;
} StoreExDb;

typedef struct {
  int64_t id, target_id;
  StoreScope scope;
  char *name; /* site name, pool FQDN, tag name; NULL for global */
  bool ucs_allowed;
  int delay_days;
} StorePolicy;

typedef struct {
  int64_t id, pool_id, policy_id, exdb_id, eff_policy_id, next_due, last_attempt, contacts;
  char *display, *sip, *upn, *sam, *pool, *policy, *exdb;
  int pool_version, ex_version, client, attempts, eff_delay;
  bool mbx_signed, signed_in, enabled, relogon, hidden_ucs, in_ucs_mode, hold, eff_allowed;
  StoreState state;
  StoreCond cond;
  StoreWork next_kind;
  unsigned blockers; /* STORE_B_* */
} StoreUser;

/* What a new user looks like (lab users and the default lab). */
typedef struct {
  const char *display, *sip, *upn, *sam; /* sip with "sip:", sam without domain */
  int64_t pool_id, exdb_id;             /* exdb_id 0 = no mailbox */
  bool mbx_signed;
} StoreUserSpec;

/* Which users store_user_list visits. Every set field must match.
 * after_id and limit page the lists of all users (and store_user_list_accounts's
 * pool lists): users with id > after_id, at most limit of them (0: no
 * limit), in id order. */
typedef struct {
  int64_t id, pool_id;
  const char *sip, *upn, *sam, *display_like; /* display_like: SQL LIKE pattern, \ escapes */
  int64_t after_id, limit;
} StoreUserQuery;

typedef struct {
  int64_t id, user_id, arg, at;
  int kind;
  const char *detail, *user_sip;
} StoreEvent;

typedef struct {
  const char *sip, *group;
} StoreContact;

/* Sets of users ucs.c asks about (store_cur_keep, store_cur_ids). */
typedef enum {
  STORE_F_ALLOWED,       /* effective UcsAllowed True */
  STORE_F_DENIED_IN_UCS, /* in UCS (or rolling back) but the policy says False (E5) */
  STORE_F_SIGNED_2013,   /* signed in with the Lync 2013 client */
  STORE_F_HAS_CONTACTS,
  STORE_F_CORRUPTED,      /* data condition Corrupted */
  STORE_F_OUTDATED,       /* data condition Outdated */
  STORE_F_EX_UNREACHABLE, /* no mailbox, or its Exchange server cannot be reached */
  STORE_F_COUNT
} StoreFilter;

typedef void (*StoreUserFn)(void *ctx, const StoreUser *u);
typedef void (*StorePolicyFn)(void *ctx, const StorePolicy *p);
typedef void (*StorePoolFn)(void *ctx, const StorePool *p);
typedef void (*StoreEventFn)(void *ctx, const StoreEvent *e);
typedef void (*StoreContactFn)(void *ctx, const StoreContact *c);

/* --- where the store lives and opening it */
/* -Store PATH, else $UCSH_STORE, else $XDG_DATA_HOME/ucsh/lab.db, else
 * ~/.local/share/ucsh/lab.db (directories created). Owned; NULL + *err
 * (owned) when no path can be made. */
char *store_resolve_path(const char *cli_store, char **err);
/* Opens (creating with the default lab when missing). NULL + *err (owned)
 * when the file is refused; a refused file is never modified. */
Store *store_open(const char *path, char **err);
void store_close(Store *s);
const char *store_path(const Store *s);
const char *store_errmsg(const Store *s); /* the last failure, borrowed */

/* Ctrl+C: from now on, when stop(ctx) says so, the next statement and any
 * long one running fail with "interrupted" (transaction control excepted,
 * so the command's transaction still rolls back). NULL: never. */
void store_set_interrupt(Store *s, bool (*stop)(void *ctx), void *ctx);
/* A consistent copy of the whole store in a new file (which must not
 * exist), as of now; not inside a transaction. */
StoreRc store_copy_to(Store *s, const char *path);
StoreRc store_begin(Store *s);
StoreRc store_commit(Store *s);
void store_rollback(Store *s);

/* Back to the default lab; empty: topology and global policy only. */
StoreRc store_reset(Store *s, bool empty);

/* --- settings and clock */
const char *store_domain(Store *s);  /* "litwareinc.com" (borrowed) */
const char *store_netbios(Store *s); /* "litwareinc" (borrowed) */
int64_t store_clock(Store *s);       /* seconds since 1970, UTC */
StoreRc store_clock_set(Store *s, int64_t t);

/* --- topology */
StoreRc store_pool_find(Store *s, const char *fqdn, StorePool *out);
StoreRc store_pool_get(Store *s, int64_t id, StorePool *out);
void store_pool_free(StorePool *p);
StoreRc store_pool_list(Store *s, StorePoolFn fn, void *ctx);
StoreRc store_site_find(Store *s, const char *name, int64_t *id, char **canon);
StoreRc store_exdb_find(Store *s, const char *name, StoreExDb *out);
StoreRc store_exdb_by_version(Store *s, int version, StoreExDb *out);
void store_exdb_free(StoreExDb *d);
StoreRc store_exserver_set(Store *s, int64_t server_id, bool s2s, bool reachable);

/* --- policies */
StoreRc store_policy_find(Store *s, StoreScope scope, int64_t target_id, const char *name,
                          StorePolicy *out);
StoreRc store_policy_get(Store *s, int64_t id, StorePolicy *out);
void store_policy_free(StorePolicy *p);
StoreRc store_policy_list(Store *s, StorePolicyFn fn, void *ctx);
StoreRc store_policy_add(Store *s, const StorePolicy *p, int64_t *id);
StoreRc store_policy_update(Store *s, int64_t id, bool ucs_allowed, int delay_days);
StoreRc store_policy_delete(Store *s, int64_t id);
int64_t store_policy_users(Store *s, int64_t id); /* users holding it per-user; -1 on error */

/* --- users */
StoreRc store_user_add(Store *s, const StoreUserSpec *u, int64_t *id);
/* count users named "<display> <i>", sip:<base><i>@domain, i = first..,
 * each with `contacts` contacts in group "Lab Contacts". */
StoreRc store_user_add_many(Store *s, const StoreUserSpec *tmpl, const char *base, int64_t first,
                            int64_t count, int contacts);
StoreRc store_user_get(Store *s, int64_t id, StoreUser *out);
void store_user_free(StoreUser *u);
/* Only the display name and the SIP address (owned; free both): the cheap
 * lookup of message texts. */
StoreRc store_user_names(Store *s, int64_t id, char **display, char **sip);
StoreRc store_user_list(Store *s, const StoreUserQuery *q, StoreUserFn fn, void *ctx);
/* Tab completion: the display names (each once) or SIP addresses of users
 * that start with prefix (case-insensitive as COLLATE NOCASE: ASCII
 * letters), in index order, at most max; an index range search, never a
 * scan. The name is borrowed during the call. */
typedef void (*StoreNameFn)(void *ctx, const char *name);
StoreRc store_user_display_prefix(Store *s, const char *prefix, size_t max, StoreNameFn fn,
                                  void *ctx);
StoreRc store_user_sip_prefix(Store *s, const char *prefix, size_t max, StoreNameFn fn,
                              void *ctx);
/* The same with only the account fields filled (id, display, sip, upn, sam,
 * pool_id, pool, pool_version, policy_id, policy, enabled; the rest zero):
 * no per-user subqueries, for long lists such as Get-CsUser's, which read
 * them a page at a time (q->after_id, q->limit) so that nothing is held
 * open while the pipeline works on a page. */
StoreRc store_user_list_accounts(Store *s, const StoreUserQuery *q, StoreUserFn fn, void *ctx);
StoreRc store_user_ids(Store *s, const StoreUserQuery *q, int64_t **ids, size_t *n);
StoreRc store_user_set_pool(Store *s, int64_t id, int64_t pool_id);
StoreRc store_user_set_mailbox(Store *s, int64_t id, int64_t exdb_id, bool signed_in);
StoreRc store_user_set_enabled(Store *s, int64_t id, bool enabled);
/* Deletes the user, its contacts, attributes and work, and removes it from
 * every contact list (BK5). */
StoreRc store_user_delete(Store *s, int64_t id);
/* A counter this connection bumps whenever a user id may stop naming the
 * same user (a deletion, a reset): ids remembered under an older epoch must
 * be looked up again. */
uint32_t store_epoch(const Store *s);
/* Disable-CsUser: the account stays in Active Directory (with its mailbox)
 * as an account not enabled for Lync Server; its Lync data goes
 * (store_user_delete, BK5). */
StoreRc store_user_disable(Store *s, int64_t id);
StoreRc store_user_set_sip(Store *s, int64_t id, const char *sip); /* STORE_DUP when taken */
/* Set-CsUser attributes that have no bearing on UCS (EnterpriseVoiceEnabled,
 * LineURI...), as text by name; value NULL removes one. The list visits
 * every attribute of every user, ordered by user id and name. */
StoreRc store_user_attr_set(Store *s, int64_t user_id, const char *name, const char *value);
typedef void (*StoreAttrFn)(void *ctx, int64_t user_id, const char *name, const char *value);
StoreRc store_user_attr_list(Store *s, StoreAttrFn fn, void *ctx);

/* --- Active Directory accounts not enabled for Lync Server (schema 2):
 * what Disable-CsUser leaves and Enable-CsUser enables again. */
typedef struct {
  int64_t id, exdb_id; /* exdb_id 0 = no mailbox */
  char *display, *upn, *sam;
  bool mbx_signed;
} StoreAdUser;
/* By q's upn, sam or display_like (the first set); none set: no ids. */
StoreRc store_aduser_ids(Store *s, const StoreUserQuery *q, int64_t **ids, size_t *n);
StoreRc store_aduser_get(Store *s, int64_t id, StoreAdUser *out);
void store_aduser_free(StoreAdUser *u);
StoreRc store_aduser_delete(Store *s, int64_t id);

/* --- contacts */
StoreRc store_contact_add(Store *s, int64_t user_id, const char *sip, const char *group);
StoreRc store_contact_remove(Store *s, int64_t user_id, const char *sip);
StoreRc store_contact_list(Store *s, int64_t user_id, StoreContactFn fn, void *ctx);
StoreRc store_contact_clear(Store *s, int64_t user_id);

/* --- the current set and bulk updates (each one statement or a few) */
/* Ids that name no user are left out of a set. */
StoreRc store_cur_set(Store *s, const int64_t *ids, size_t n);
/* A second, saved set ("sel"): fill it once, then refill the current set
 * from it (only users in the states of state_mask; 0 = all) as often as
 * needed, which is cheaper than passing the ids again. */
StoreRc store_sel_set(Store *s, const int64_t *ids, size_t n);
StoreRc store_sel_from_cur(Store *s);
StoreRc store_cur_from_sel(Store *s, unsigned state_mask);
/* The same, keeping only users signed in with the Lync 2013 client (one
 * statement instead of filling the set and narrowing it). */
StoreRc store_cur_from_sel_signed(Store *s, unsigned state_mask);
StoreRc store_cur_from_work(Store *s, int64_t due, StoreWork kind); /* and deletes that work */
StoreRc store_cur_from_eff_policy(Store *s, int64_t policy_id);
StoreRc store_cur_keep_states(Store *s, unsigned state_mask); /* 1 << StoreState */
StoreRc store_cur_keep(Store *s, StoreFilter f, bool want);
StoreRc store_cur_ids(Store *s, int64_t **ids, size_t *n);
int64_t store_cur_count(Store *s);
/* The states (bit 1 << StoreState) of the users in the current set: one pass. */
StoreRc store_cur_states(Store *s, unsigned *mask);
/* Of the current set, the users in LyncServer whose blockers (minus
 * `ignore`) are none: no delay -> Migrating + WORK_MIG_DONE at now+dur +
 * event ev_started; with a delay -> WORK_MIG_START at now+delay days + event
 * ev_delayed (arg = days). When ev_blocked, the others in LyncServer get
 * that event with arg = their blockers. The set is left unchanged. */
typedef struct {
  int64_t now, dur;
  unsigned ignore;
  bool no_delay; /* start now even when the policy has MigrationDelayInDays */
  int ev_started, ev_delayed, ev_blocked; /* 0 = none */
} StoreStart;
StoreRc store_cur_start_migrations(Store *s, const StoreStart *st, int64_t *started,
                                   int64_t *delayed);
StoreRc store_cur_set_state(Store *s, StoreState st);
StoreRc store_cur_sign_in(Store *s, int client); /* 0 signs out */
typedef enum {
  STORE_FLD_RELOGON,
  STORE_FLD_IN_UCS_MODE,
  STORE_FLD_HOLD,
  STORE_FLD_HIDDEN,
  STORE_FLD_COND,
  STORE_FLD_COUNT
} StoreField;
StoreRc store_cur_set_field(Store *s, StoreField f, int value);
/* in_ucs_mode = 1 for those in UnifiedContactStore (the set is unchanged). */
StoreRc store_cur_note_ucs_mode(Store *s);
/* relogon = 1 for those signed in with Lync 2013 (M5), with event ev. */
StoreRc store_cur_relogon(Store *s, int64_t at, int ev);
StoreRc store_cur_set_policy(Store *s, int64_t policy_id); /* 0 unassigns */
StoreRc store_cur_schedule(Store *s, StoreWork kind, int64_t due);
StoreRc store_cur_unschedule(Store *s); /* all work of the set's users */
StoreRc store_cur_clear_contacts(Store *s, int64_t *lost);
StoreRc store_cur_event(Store *s, int64_t at, int kind, int64_t arg);
/* The same with a detail text (copied into each event). */
StoreRc store_cur_event_detail(Store *s, int64_t at, int kind, int64_t arg, const char *detail);

/* --- the clock's work queue and the event log */
StoreRc store_work_add(Store *s, int64_t due, StoreWork kind, int64_t user_id);
/* The earliest due time <= until; STORE_NOTFOUND when none. */
StoreRc store_work_next(Store *s, int64_t until, int64_t *due);
StoreRc store_event_add(Store *s, int64_t at, int64_t user_id, int kind, int64_t arg,
                        const char *detail);
/* The last `last` events (all when <= 0), oldest first; user_id 0 = all. */
StoreRc store_event_list(Store *s, int64_t user_id, int64_t last, StoreEventFn fn, void *ctx);

/* --- per-pool counters for Debug-CsUnifiedContactStore -PoolFqdn */
typedef struct {
  int64_t disabled, allowed, migrating, migrated, failed;
} StorePoolCounts;
StoreRc store_pool_counts(Store *s, int64_t pool_id, StorePoolCounts *out);

/* --- Exchange servers as the lab cmdlets and the partner application see
 * them (appended; uncached statements) */
typedef struct {
  int64_t id;
  const char *fqdn, *databases; /* databases: the names joined with ", " */
  int version;                  /* 2013 or 2010 */
  bool s2s, reachable;
} StoreExServer;
typedef void (*StoreExServerFn)(void *ctx, const StoreExServer *x);
/* Every Exchange server, by id; rows are borrowed during the call. */
StoreRc store_exserver_list(Store *s, StoreExServerFn fn, void *ctx);
/* A text setting of the lab (the meta table, so store_reset clears it):
 * *out owned; STORE_NOTFOUND (and *out NULL) when unset. A NULL value
 * removes the setting. */
StoreRc store_setting_get(Store *s, const char *key, char **out);
StoreRc store_setting_set(Store *s, const char *key, const char *value);

#endif
