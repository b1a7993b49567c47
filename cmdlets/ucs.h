/* ucs.h - the unified contact store (UCS) simulation engine: the rules of
 * ucs-model.md as settled by ucs-decisions.md, on top of store.h. No SQL and
 * no printing here: every call returns C structs and a UcsResult (warnings
 * and errors as codes) that the cmdlet layer turns into PowerShell objects
 * and messages (ucs_msg_text renders them).
 *
 * Ownership: arguments are borrowed. A UcsResult owns its messages (free
 * with ucs_result_free); id arrays returned through int64_t ** are malloc'd
 * and the caller frees them. Text helpers write into the caller's buffer.
 *
 * Atomicity: every mutating call is one transaction (nested inside the
 * caller's, if any). It returns false when it failed as a whole (an unknown
 * policy or pool, a store failure): then nothing changed and r holds the
 * error. Refusals that concern single users (EX1, M8, -Force needed...) are
 * errors in r with that user's id; the other users are still processed and
 * the call returns true. Calls taking an id array accept a whole pipeline
 * batch: they work set-based, so a batch of 100,000 costs a few statements.
 *
 * The state machine of a user's contact store (decisions 1):
 *
 *   LyncServer --trigger, all M1 preconditions met--> Migrating (10 min, M4)
 *   Migrating --time--> UnifiedContactStore  (M5 relogon prompt if signed in
 *                                             with Lync 2013; M7 InUCSMode)
 *   Migrating --Invoke-CsUcsRollback / Move-CsUser--> LyncServer (cancelled)
 *   UnifiedContactStore --Invoke-CsUcsRollback--> RollingBack (5 min)
 *   RollingBack --time--> LyncServer (M7 registry value removed; when the
 *       effective policy still allows UCS a 7-day re-migration check is
 *       scheduled and the user is on hold until then, RB2)
 *   UnifiedContactStore --Invoke -Force--> LyncServer at once, contacts lost (RB4)
 *   UnifiedContactStore --Move-CsUser to 2010 / cross-premises--> LyncServer
 *       at once, no loss (MV1, MV2); with -Force the contacts stay in Exchange
 *       and the user cannot see them (hidden_ucs, decisions 6)
 *
 * Triggers (decisions 3): a Lync 2013 sign-in; a policy change (new, set,
 * grant, remove) for the users it affects who are signed in with Lync 2013;
 * the re-migration check. The effective policy's MigrationDelayInDays delays
 * the start (P11). A Lync 2010 sign-in never starts one (M2). Policy changes
 * never move contacts out (E5): they return UCS_W_E5_STAYS warnings.
 *
 * Time (decisions 2): only ucs_skip_time moves the clock. It runs the work
 * that falls due in time order; the whole move of the clock is one
 * transaction, like every mutating call (so 100,000 migrations that
 * complete together commit once, and a failure midway changes nothing).
 *
 * Simulated, not documented: the durations below, the Test-CsUnifiedContact
 * Store texts other than "No contacts were received..." and "Incorrect
 * Exchange Version", the latency values, the export file format (a text file
 * "ucsh-userdata 1", not a .ZIP of XML), and every warning text marked
 * "ours" in ucs.c. */
#ifndef UCSH_UCS_H
#define UCSH_UCS_H

#include "store.h"

/* Lab settings (decisions 2). */
#define UCS_MIGRATION_SECS (10 * 60)
#define UCS_ROLLBACK_SECS (5 * 60)
#define UCS_RECHECK_SECS (7 * 86400)
#define UCS_FIX_SECS 86400 /* the daily migration task (BK2 scenario 1) */
#define UCS_DELAY_MAX 180  /* MigrationDelayInDays 0-180 (P11) */

/* Message codes: severity, rule and text live in one table in ucs.c. */
typedef enum {
  UCS_E_STORE,
  UCS_E_NOT_FOUND,
  UCS_E_NOT_USER_POLICY,
  UCS_E_POLICY_NOT_FOUND,
  UCS_E_POLICY_EXISTS,
  UCS_E_BAD_POLICY_ID,
  UCS_E_SERVICE_ONLY_USERSERVER,
  UCS_E_NO_SITE,
  UCS_E_NO_POOL,
  UCS_E_DELAY_RANGE,
  UCS_E_POLICY_IN_USE,
  UCS_E_RB_UNREACHABLE,
  UCS_E_SAME_POOL,
  UCS_E_MBX_BLOCKED,
  UCS_E_NO_MAILBOX,
  UCS_E_NO_DATABASE,
  UCS_E_MBX_SAME,
  UCS_E_READONLY,
  UCS_E_CONTACT_EXISTS,
  UCS_E_CONTACT_NOT_FOUND,
  UCS_E_USER_EXISTS,
  UCS_E_BAD_VALUE,
  UCS_E_FILE_EXISTS,
  UCS_E_FILE_IO,
  UCS_E_FILE_BAD,
  UCS_E_FILE_VERSION,
  UCS_W_GLOBAL_RESET,
  UCS_W_E5_STAYS,
  UCS_W_RB_TEMPORARY,
  UCS_W_RB_NOTHING,
  UCS_W_RB_REPAIRED,
  UCS_W_RB_IN_PROGRESS,
  UCS_W_RB_CANCELLED,
  UCS_W_CONTACTS_LOST,
  UCS_W_MOVE_ROLLBACK,
  UCS_W_MOVE_LOST,
  UCS_W_MOVE_HIDDEN,
  UCS_W_POLICY_UNASSIGNED,
  UCS_W_IMPORT_CORRUPTED,
  UCS_W_IMPORT_OUTDATED,
  UCS_W_IMPORT_UNKNOWN,
  UCS_W_SETUP_BLOCKED,
  UCS_E_FILE_LEGACY,
  UCS_E_FILE_CURRENT,
  UCS_W_ALREADY_ENABLED,
  UCS_CODE_COUNT
} UcsCode;

typedef struct {
  UcsCode code;
  bool error;       /* else a warning */
  int64_t user_id;  /* 0 when the message is not about one user */
  int64_t when;     /* a time the text names */
  int64_t count;    /* a number the text names */
  char *text;       /* the identity, name, path or detail the text names (owned) */
} UcsMsg;

typedef struct {
  UcsMsg *v;
  size_t n, cap, errors, warnings;
} UcsResult;

void ucs_result_free(UcsResult *r);
/* The message in words (borrowed buf). */
const char *ucs_msg_text(Store *s, const UcsMsg *m, char *buf, size_t n);
/* The rule the message's text names ("E5", "RB2"...), or "". */
const char *ucs_msg_rule(UcsCode code);

/* Event kinds of the lab's event log (Get-CsLabEvent). */
typedef enum {
  UCS_EV_NONE,
  UCS_EV_MIG_STARTED,   /* M1, M3 */
  UCS_EV_MIG_POLICY,    /* started by a policy change (decisions 3) */
  UCS_EV_MIG_RECHECK,   /* started by the re-migration check (RB2) */
  UCS_EV_MIG_DELAYED,   /* P11; arg = days */
  UCS_EV_MIG_DONE,      /* M4, M7 */
  UCS_EV_RELOGON,       /* M5 */
  UCS_EV_SIGNIN_BLOCKED,/* arg = blockers */
  UCS_EV_START_BLOCKED, /* a delayed start that no longer qualifies; arg = blockers */
  UCS_EV_RECHECK_BLOCKED, /* arg = blockers */
  UCS_EV_MIG_CANCELLED,
  UCS_EV_RB_STARTED,
  UCS_EV_RB_DONE,
  UCS_EV_RECHECK_SET,   /* arg = due time */
  UCS_EV_RB_PERMANENT,  /* RB3 */
  UCS_EV_CONTACTS_LOST, /* RB4, MV4; arg = count */
  UCS_EV_MOVED,         /* detail = "from -> to" */
  UCS_EV_MOVE_ROLLBACK, /* MV1, MV2 */
  UCS_EV_HIDDEN,        /* decisions 6 */
  UCS_EV_OUTDATED,      /* BK2 scenario 1 */
  UCS_EV_CORRUPTED,     /* BK1, BK2 scenario 2 */
  UCS_EV_FIXED,         /* BK2: the daily migration task */
  UCS_EV_REPAIRED,      /* BK2: Invoke-CsUcsRollback */
  UCS_EV_MAILBOX_MOVED, /* detail = database */
  UCS_EV_POLICY_GRANTED,/* detail = policy name or empty */
  UCS_EV_MIG_SETUP,     /* started by Test-CsUnifiedContactStore -Setup (M11) */
  UCS_EV_COUNT
} UcsEvent;

/* --- words for the lab view */
const char *ucs_state_name(StoreState st);  /* LyncServer, Migrating, ... */
const char *ucs_cond_name(StoreCond c);     /* Ok, Outdated, Corrupted */
const char *ucs_pool_version_name(int v);   /* 2013, 2010, Online */
/* en-US DateTime text: 2/1/2013 9:00:00 AM */
const char *ucs_time_text(int64_t t, char *buf, size_t n);
/* The blockers of u in words naming the rule; returns how many (<= max).
 * Empty unless the contacts are kept out of UCS right now. */
int ucs_user_blockers(const StoreUser *u, const char **out, int max);
/* One event in words (borrowed buf). */
const char *ucs_event_text(const StoreEvent *e, char *buf, size_t n);
/* Case-insensitive PowerShell wildcard match (runtime/regex.h wc_match). */
bool ucs_wildcard(const char *pattern, const char *text);

/* --- identities */
/* Users by SIP address (with or without sip:), UPN, domain\logon, or
 * display name (with * wildcards). None -> UCS_E_NOT_FOUND. */
bool ucs_find_users(Store *s, const char *identity, int64_t **ids, size_t *n, UcsResult *r);

typedef struct {
  StoreScope scope;
  int64_t target_id;
  char name[256]; /* canonical site name, pool FQDN or tag name */
} UcsPolicyRef;
/* Global, Site:X, Service:UserServer:X (or UserServer:X), Tag:X or X. */
bool ucs_policy_parse(Store *s, const char *identity, UcsPolicyRef *out, UcsResult *r);
/* Global, Site:Redmond, Service:UserServer:<fqdn>, Tag:<name>. */
const char *ucs_policy_identity(const StorePolicy *p, char *buf, size_t n);

/* --- user services policies (P*, E*) */
bool ucs_policy_get(Store *s, const char *identity, StorePolicy *out, UcsResult *r);
/* All policies, or those whose identity matches the wildcard filter. */
bool ucs_policy_list(Store *s, const char *filter, StorePolicyFn fn, void *ctx, UcsResult *r);
bool ucs_policy_new(Store *s, const char *identity, bool ucs_allowed, int delay_days,
                    UcsResult *r);
typedef struct {
  bool set_allowed, ucs_allowed, set_delay;
  int delay_days;
} UcsPolicyChange;
/* identity NULL = the global policy (P6). */
bool ucs_policy_set(Store *s, const char *identity, const UcsPolicyChange *c, UcsResult *r);
/* Global: reset (P10). An assigned per-user policy: refused unless force. */
bool ucs_policy_remove(Store *s, const char *identity, bool force, UcsResult *r);
/* name NULL (or "") unassigns (E2). */
bool ucs_policy_grant(Store *s, const int64_t *ids, size_t n, const char *name, UcsResult *r);

/* --- product operations */
/* Invoke-CsUcsRollback (RB1-RB4, decisions 5). */
bool ucs_rollback(Store *s, const int64_t *ids, size_t n, bool force, UcsResult *r);
/* Move-CsUser (MV1-MV4, decisions 6). The move signs the client out. */
bool ucs_move_user(Store *s, const int64_t *ids, size_t n, const char *target, bool force,
                   UcsResult *r);
/* New-MoveRequest -TargetDatabase (EX1, decisions 7). */
bool ucs_move_mailbox(Store *s, const int64_t *ids, size_t n, const char *database,
                      UcsResult *r);

typedef struct {
  char target[256];
  bool success;
  int64_t latency_ms;
  char error[512], diagnosis[512];
} UcsTestResult;
/* Test-CsUnifiedContactStore (T1, decisions 1). */
bool ucs_test_contact_store(Store *s, const char *sip, const char *target, UcsTestResult *out,
                            UcsResult *r);

/* Export-CsUserData / Import-CsUserData / Update-CsUserData (BK1, BK2,
 * decisions 8). pool and user_filter (SIP without sip:) may be NULL. */
bool ucs_export(Store *s, const char *path, const char *pool, const char *user_filter,
                bool force, int64_t *users, UcsResult *r);
bool ucs_import(Store *s, const char *path, const char *pool, const char *user_filter,
                UcsResult *r);
/* The same in the Lync Server 2010 format (-LegacyFormat): the records of
 * ucs_export under a "format Lync2010" line. */
bool ucs_export_legacy(Store *s, const char *path, const char *pool, const char *user_filter,
                       bool force, int64_t *users, UcsResult *r);
/* What an export file holds (it is checked whole first). */
typedef struct {
  bool legacy;   /* Lync Server 2010 format */
  int64_t users; /* user records */
} UcsFileInfo;
bool ucs_userdata_info(const char *path, UcsFileInfo *out, UcsResult *r);
/* Import-CsUserData: ucs_import, refusing a file whose format is not the
 * one -LegacyFormat names (UCS_E_FILE_LEGACY / UCS_E_FILE_CURRENT). */
bool ucs_import_format(Store *s, const char *path, const char *pool, const char *user_filter,
                       bool legacy, UcsResult *r);
/* Convert-CsUserData: rewrites an export in the 2010 (legacy) or the
 * current format, keeping only user_filter (SIP without sip:) when given.
 * The recorded contact-store states are kept, so BK1 still holds. */
bool ucs_convert(const char *in, const char *out, bool legacy, const char *user_filter,
                 bool force, int64_t *users, UcsResult *r);

/* Test-CsUnifiedContactStore -Setup (M11): starts the migration of a user
 * in Lync Server at once, whatever the policy, the client, the first
 * mailbox sign-in, a re-migration hold or MigrationDelayInDays say; what
 * it cannot overcome (no Exchange 2013 mailbox, no server-to-server
 * authentication, a 2010 or Online pool) is a UCS_W_SETUP_BLOCKED warning.
 * Users already migrating or in UCS are left as they are. */
bool ucs_setup_migration(Store *s, int64_t user_id, UcsResult *r);

/* --- lab operations */
typedef struct {
  const char *display;  /* required */
  const char *sip;      /* default sip:<display without spaces, lower case>@domain */
  const char *pool;     /* default atl-cs-001.litwareinc.com */
  int ex_version;       /* 0 = None, 2010, 2013 (the default when has_ex is false) */
  bool has_ex;
  bool mbx_signed;      /* default true when has_mbx_signed is false */
  bool has_mbx_signed;
  int contacts;
  int64_t count;        /* 0 or 1: one user named display; N: "<display> 1".."<display> N" */
} UcsLabUserSpec;
bool ucs_lab_user_new(Store *s, const UcsLabUserSpec *spec, int64_t **ids, size_t *n,
                      UcsResult *r);
/* Connect-CsLabClient (client 2010 or 2013) and Disconnect-CsLabClient. */
bool ucs_sign_in(Store *s, const int64_t *ids, size_t n, int client, UcsResult *r);
bool ucs_sign_out(Store *s, const int64_t *ids, size_t n, UcsResult *r);
/* The user signs into the Exchange mailbox (M1). */
bool ucs_mailbox_sign_in(Store *s, const int64_t *ids, size_t n, UcsResult *r);
/* Add-CsLabContact / Remove-CsLabContact (M8: read-only from Lync 2010 in UCS). */
bool ucs_contact_add(Store *s, int64_t user_id, const char *sip, const char *group,
                     UcsResult *r);
bool ucs_contact_remove(Store *s, int64_t user_id, const char *sip, UcsResult *r);
/* Skip-CsLabTime: moves the clock and runs the work that falls due. */
bool ucs_skip_time(Store *s, int64_t seconds, UcsResult *r);
/* Reset-CsLab [-Empty]. */
bool ucs_reset(Store *s, bool empty, UcsResult *r);

/* --- the user lifecycle (Enable-CsUser, Disable-CsUser, Set-CsUser) */
/* A user's Identity as Get-CsUser prints it, the Active Directory
 * distinguished name CN=<display>,CN=Users,DC=litwareinc,DC=com (lab
 * users all live in the Users container). ucs_find_users resolves it. */
const char *ucs_user_dn(Store *s, const char *display, char *buf, size_t n);

/* How Enable-CsUser makes the SIP address (-SipAddressType). */
typedef enum {
  UCS_SIP_NONE,
  UCS_SIP_FIRSTLAST, /* sip:First.Last@SipDomain */
  UCS_SIP_EMAIL,     /* sip:<e-mail address>; lab e-mail addresses are the UPNs */
  UCS_SIP_UPN,       /* sip:<UPN> */
  UCS_SIP_SAM        /* sip:<SamAccountName>@SipDomain */
} UcsSipType;
typedef struct {
  const char *pool;       /* -RegistrarPool (or the hosting provider's FQDN) */
  const char *sip;        /* -SipAddress, or NULL */
  UcsSipType sip_type;    /* when sip is NULL */
  const char *sip_domain; /* -SipDomain */
} UcsEnableSpec;
/* Enables the AD accounts `identity` names (UPN, domain\logon, display
 * name with wildcards, DN) that are not enabled for Lync Server: each
 * becomes a user homed on the pool, contacts in Lync Server, no per-user
 * policy. An account already enabled is left as it is with a
 * UCS_W_ALREADY_ENABLED warning. *ids (malloc'd) gets the new users. */
bool ucs_user_enable(Store *s, const char *identity, const UcsEnableSpec *sp, int64_t **ids,
                     size_t *n, UcsResult *r);
/* Disable-CsUser (BK5): the users' Lync data goes (contacts, per-user
 * policies, scheduled work, their place in others' contact lists); the AD
 * accounts stay, not enabled for Lync Server. */
bool ucs_user_disable(Store *s, const int64_t *ids, size_t n, UcsResult *r);
/* Set-CsUser -Enabled: a disabled account cannot sign in (signed out now);
 * its data and policies are kept. */
bool ucs_user_set_enabled(Store *s, const int64_t *ids, size_t n, bool enabled, UcsResult *r);
/* Set-CsUser -SipAddress (sip: prefix required; a taken address is
 * UCS_E_USER_EXISTS). */
bool ucs_user_set_sip(Store *s, int64_t user_id, const char *sip, UcsResult *r);

#endif
