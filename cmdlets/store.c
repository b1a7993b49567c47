#define _POSIX_C_SOURCE 200809L
/* store.c - the lab's SQLite state store (see store.h for the tables and
 * the ownership rule). Every SQL text lives in the SQL[] table below; each
 * statement is prepared on first use and kept for the connection's life. */
#include "store.h"
#include "../parser/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---------------------------------------------------------------- SQL */

/* The effective policy and the unmet preconditions of user u (E3, M1-M3). */
#define JOINS                                                                   \
  " JOIN pool p ON p.id = u.pool_id"                                            \
  " LEFT JOIN exdb d ON d.id = u.exdb_id"                                       \
  " LEFT JOIN exserver x ON x.id = d.server_id"                                 \
  " LEFT JOIN policy pu ON pu.id = u.policy_id"                                 \
  " LEFT JOIN policy ps ON ps.scope = 2 AND ps.target_id = u.pool_id"                \
  " LEFT JOIN policy pt ON pt.scope = 1 AND pt.target_id = p.site_id"                \
  " JOIN policy pg ON pg.scope = 0 AND pg.target_id = 0 AND pg.name = '' "
#define FROM_ALL " FROM users u" JOINS
#define FROM_CUR " FROM temp.cur c CROSS JOIN users u ON u.id = c.id" JOINS
#define EFF_ID "COALESCE(pu.id, ps.id, pt.id, pg.id)"
#define EFF_ALLOWED "COALESCE(pu.ucs_allowed, ps.ucs_allowed, pt.ucs_allowed, pg.ucs_allowed)"
#define EFF_DELAY "COALESCE(pu.delay_days, ps.delay_days, pt.delay_days, pg.delay_days)"
#define XVER "COALESCE(x.version, 0)"
#define MASK                                                                    \
  "((" EFF_ALLOWED " = 0) * 1 + (p.version = 2010) * 2 + (p.version = 0) * 4"   \
  " + (u.exdb_id IS NULL) * 8 + (" XVER " = 2010) * 16"                         \
  " + (" XVER " = 2013 AND u.mbx_signed = 0) * 32"                              \
  " + (" XVER " = 2013 AND COALESCE(x.s2s, 1) = 0) * 64"                        \
  " + (u.enabled = 0) * 128 + (u.hold <> 0) * 256 + (u.signed_in = 0) * 512"    \
  " + (u.signed_in <> 0 AND u.client = 2010) * 1024"                            \
  " + EXISTS (SELECT 1 FROM work w WHERE w.user_id = u.id) * 2048)"

#define USER_COLS                                                               \
  "SELECT u.id, u.display, u.sip, u.upn, u.sam, u.pool_id, p.fqdn, p.version,"  \
  " u.policy_id, pu.name, u.exdb_id, d.name, " XVER ", u.mbx_signed, u.client," \
  " u.signed_in, u.enabled, u.state, u.cond, u.relogon, u.hidden_ucs,"          \
  " u.in_ucs_mode, u.hold, u.attempts, u.last_attempt,"                         \
  " (SELECT count(*) FROM contact k WHERE k.user_id = u.id),"                   \
  " (SELECT min(due) FROM work w WHERE w.user_id = u.id),"                      \
  " (SELECT kind FROM work w WHERE w.user_id = u.id ORDER BY due, id LIMIT 1)," \
  " " EFF_ID ", " EFF_ALLOWED ", " EFF_DELAY ", " MASK FROM_ALL

/* The account fields only (store_user_list_accounts): no per-user subqueries. */
#define ACCOUNT_COLS                                                            \
  "SELECT u.id, u.display, u.sip, u.upn, u.sam, u.pool_id, p.fqdn, p.version,"  \
  " u.policy_id, pu.name, u.enabled FROM users u JOIN pool p ON p.id = u.pool_id" \
  " LEFT JOIN policy pu ON pu.id = u.policy_id "

#define IN_CUR " IN (SELECT id FROM temp.cur)"
/* Narrowing the current set in one pass over it: the ids to delete are
 * gathered by a join (not a subquery per row), so the cost follows the set's
 * size once; KEEP also drops ids that name no user. */
#define KEEP(cond)                                                              \
  "DELETE FROM temp.cur WHERE id IN (SELECT c.id FROM temp.cur c"               \
  " LEFT JOIN users u ON u.id = c.id WHERE u.id IS NULL OR NOT COALESCE(" cond ", 0))"
#define DROP(cond)                                                              \
  "DELETE FROM temp.cur WHERE id IN (SELECT c.id FROM temp.cur c"               \
  " CROSS JOIN users u ON u.id = c.id WHERE COALESCE(" cond ", 0))"
/* Whether u's effective policy allows UCS, from lists made once per
 * statement (the policies by verdict; the pools whose site, service or
 * global policy denies) rather than four policy lookups per user. Equal to
 * EFF_ALLOWED <> 0: a per-user policy that exists decides, else the pool's. */
#define POOL_DENIES                                                             \
  "SELECT p.id FROM pool p"                                                     \
  " LEFT JOIN policy ps ON ps.scope = 2 AND ps.target_id = p.id"                \
  " LEFT JOIN policy pt ON pt.scope = 1 AND pt.target_id = p.site_id"           \
  " JOIN policy pg ON pg.scope = 0 AND pg.target_id = 0 AND pg.name = ''"       \
  " WHERE COALESCE(ps.ucs_allowed, pt.ucs_allowed, pg.ucs_allowed) = 0"
#define IS_ALLOWED                                                              \
  "(CASE WHEN u.policy_id IN (SELECT id FROM policy WHERE ucs_allowed = 0) THEN 0" \
  " WHEN u.policy_id IN (SELECT id FROM policy WHERE ucs_allowed <> 0) THEN 1"  \
  " ELSE u.pool_id NOT IN (" POOL_DENIES ") END)"
#define F_ALLOWED IS_ALLOWED " <> 0"
#define F_DENIED_UCS "u.state IN (2, 3) AND " IS_ALLOWED " = 0"
#define F_SIGNED "u.signed_in <> 0 AND u.client = 2013"
#define F_CONTACTS "EXISTS (SELECT 1 FROM contact k WHERE k.user_id = u.id)"
#define F_CORRUPTED "u.cond = 2"
#define F_OUTDATED "u.cond = 1"
/* No mailbox, or one on a server that cannot be reached (from the list of
 * reachable databases, made once per statement). */
#define F_UNREACHABLE                                                           \
  "COALESCE(u.exdb_id NOT IN (SELECT d.id FROM exdb d JOIN exserver x"          \
  " ON x.id = d.server_id WHERE x.reachable <> 0), 1)"

enum {
  Q_BEGIN, Q_COMMIT, Q_ROLLBACK, Q_SAVEPOINT, Q_RELEASE, Q_ROLLBACK_TO,
  Q_META_GET, Q_META_SET,
  Q_SITE_ADD, Q_SITE_FIND, Q_POOL_ADD, Q_POOL_FIND, Q_POOL_GET, Q_POOL_LIST,
  Q_EXSRV_ADD, Q_EXSRV_SET, Q_EXDB_ADD, Q_EXDB_FIND, Q_EXDB_VER,
  Q_POL_ADD, Q_POL_FIND, Q_POL_GET, Q_POL_LIST, Q_POL_UPD, Q_POL_DEL, Q_POL_USERS,
  Q_USER_ADD, Q_USER_BY_ID, Q_USER_BY_POOL, Q_USER_BY_SIP, Q_USER_BY_UPN, Q_USER_BY_SAM,
  Q_USER_BY_DISPLAY, Q_USER_ALL, Q_ID_BY_POOL, Q_ID_ALL,
  Q_USER_POOL, Q_USER_MBX, Q_USER_ENABLED, Q_USER_DEL, Q_USER_DEL_CONTACTS, Q_USER_DEL_WORK,
  Q_USER_DEL_AS_CONTACT,
  Q_CONTACT_ADD, Q_CONTACT_DEL, Q_CONTACT_LIST, Q_CONTACT_CLEAR,
  Q_CUR_CLEAR, Q_CUR_ADD, Q_CUR_ADD_RUN, Q_CUR_FROM_WORK, Q_WORK_DEL_DUE, Q_CUR_FROM_EFF, Q_CUR_KEEP_STATES,
  Q_CUR_IDS, Q_CUR_COUNT, Q_CUR_STATE, Q_CUR_SIGN, Q_CUR_RELOGON_EV, Q_CUR_RELOGON,
  Q_CUR_POLICY, Q_CUR_SCHED, Q_CUR_UNSCHED, Q_CUR_LOST, Q_CUR_CLEAR_CONTACTS, Q_CUR_EVENT, Q_CUR_EVENT_DETAIL,
  Q_F_RELOGON, Q_F_UCSMODE, Q_F_HOLD, Q_F_HIDDEN, Q_F_COND, Q_CUR_UCS_MODE_IN_UCS,
  Q_KEEP_ALLOWED, Q_DROP_ALLOWED, Q_KEEP_DENIED, Q_DROP_DENIED, Q_KEEP_SIGNED, Q_DROP_SIGNED,
  Q_KEEP_CONTACTS, Q_DROP_CONTACTS, Q_KEEP_CORRUPTED, Q_DROP_CORRUPTED, Q_KEEP_OUTDATED,
  Q_DROP_OUTDATED, Q_KEEP_UNREACH, Q_DROP_UNREACH, Q_SEL_CLEAR, Q_SEL_ADD, Q_SEL_ADD_RUN, Q_SEL_FROM_CUR, Q_CUR_STATES,
  Q_ANY_DENYING, Q_COPY_TO,
  Q_CUR_FROM_SEL, Q_CUR_FROM_SEL_SIGNED,
  Q_GO_CLEAR, Q_GO_FILL, Q_GO_BLOCKED, Q_GO_DROP_BLOCKED, Q_GO_START, Q_GO_WORK, Q_GO_EVENT, Q_GO_DWORK, Q_GO_DEVENT,
  Q_WORK_ADD, Q_WORK_NEXT, Q_EVENT_ADD, Q_EVENT_LIST, Q_EVENT_LIST_USER, Q_POOL_COUNTS,
  /* schema 2: AD accounts not enabled for Lync, Set-CsUser attributes */
  Q_ID_BY_SIP, Q_USER_SIP_SET, Q_USER_DEL_ATTRS, Q_ATTR_SET, Q_ATTR_DEL, Q_ATTR_LIST,
  Q_AD_FROM_USER, Q_AD_BY_UPN, Q_AD_BY_SAM, Q_AD_BY_DISPLAY, Q_AD_GET, Q_AD_DEL,
  Q_ACC_ALL, Q_ACC_BY_POOL, Q_ACC_BY_ID,
  Q_USER_NAMES,
  Q_NAME_DISPLAY, Q_NAME_DISPLAY_FROM, Q_NAME_SIP, Q_NAME_SIP_FROM,
  Q_COUNT
};

static const char *const SQL[Q_COUNT] = {
  [Q_BEGIN] = "BEGIN IMMEDIATE",
  [Q_COMMIT] = "COMMIT",
  [Q_ROLLBACK] = "ROLLBACK",
  [Q_SAVEPOINT] = "SAVEPOINT ucsh",
  [Q_RELEASE] = "RELEASE ucsh",
  [Q_ROLLBACK_TO] = "ROLLBACK TO ucsh",
  [Q_META_GET] = "SELECT value FROM meta WHERE key = ?1",
  [Q_META_SET] = "INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)",
  [Q_SITE_ADD] = "INSERT INTO site(name) VALUES (?1)",
  [Q_SITE_FIND] = "SELECT id, name FROM site WHERE name = ?1",
  [Q_POOL_ADD] = "INSERT INTO pool(fqdn, site_id, version) VALUES (?1, ?2, ?3)",
  [Q_POOL_FIND] = "SELECT p.id, p.fqdn, s.name, p.version, p.site_id FROM pool p"
                  " LEFT JOIN site s ON s.id = p.site_id WHERE p.fqdn = ?1",
  [Q_POOL_GET] = "SELECT p.id, p.fqdn, s.name, p.version, p.site_id FROM pool p"
                 " LEFT JOIN site s ON s.id = p.site_id WHERE p.id = ?1",
  [Q_POOL_LIST] = "SELECT p.id, p.fqdn, s.name, p.version, p.site_id FROM pool p"
                  " LEFT JOIN site s ON s.id = p.site_id ORDER BY p.id",
  [Q_EXSRV_ADD] = "INSERT INTO exserver(fqdn, version, s2s) VALUES (?1, ?2, ?3)",
  [Q_EXSRV_SET] = "UPDATE exserver SET s2s = ?2, reachable = ?3 WHERE id = ?1",
  [Q_EXDB_ADD] = "INSERT INTO exdb(name, server_id) VALUES (?1, ?2)",
  [Q_EXDB_FIND] = "SELECT d.id, d.server_id, d.name, x.fqdn, x.version, x.s2s, x.reachable"
                  " FROM exdb d JOIN exserver x ON x.id = d.server_id WHERE d.name = ?1",
  [Q_EXDB_VER] = "SELECT d.id, d.server_id, d.name, x.fqdn, x.version, x.s2s, x.reachable"
                 " FROM exdb d JOIN exserver x ON x.id = d.server_id WHERE x.version = ?1"
                 " ORDER BY d.id LIMIT 1",
  [Q_POL_ADD] = "INSERT INTO policy(scope, target_id, name, ucs_allowed, delay_days)"
                " VALUES (?1, ?2, ?3, ?4, ?5)",
  [Q_POL_FIND] = "SELECT id, scope, target_id, name, ucs_allowed, delay_days FROM policy"
                 " WHERE scope = ?1 AND target_id = ?2 AND name = ?3",
  [Q_POL_GET] = "SELECT id, scope, target_id, name, ucs_allowed, delay_days FROM policy"
                " WHERE id = ?1",
  [Q_POL_LIST] = "SELECT id, scope, target_id, name, ucs_allowed, delay_days FROM policy"
                 " ORDER BY scope, id",
  [Q_POL_UPD] = "UPDATE policy SET ucs_allowed = ?2, delay_days = ?3 WHERE id = ?1",
  [Q_POL_DEL] = "DELETE FROM policy WHERE id = ?1 AND scope <> 0",
  [Q_POL_USERS] = "SELECT count(*) FROM users WHERE policy_id = ?1",
  [Q_USER_ADD] = "INSERT INTO users(display, sip, upn, sam, pool_id, exdb_id, mbx_signed)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  [Q_USER_BY_ID] = USER_COLS "WHERE u.id = ?1",
  [Q_USER_BY_POOL] = USER_COLS "WHERE u.pool_id = ?1 ORDER BY u.id",
  [Q_USER_BY_SIP] = USER_COLS "WHERE u.sip = ?1",
  [Q_USER_BY_UPN] = USER_COLS "WHERE u.upn = ?1",
  [Q_USER_BY_SAM] = USER_COLS "WHERE u.sam = ?1",
  [Q_USER_BY_DISPLAY] = USER_COLS "WHERE u.display LIKE ?1 ESCAPE '\\' ORDER BY u.id",
  [Q_USER_ALL] = USER_COLS "WHERE u.id > ?1 ORDER BY u.id LIMIT ?2",
  [Q_ID_BY_POOL] = "SELECT id FROM users WHERE pool_id = ?1 ORDER BY id",
  [Q_ID_ALL] = "SELECT id FROM users ORDER BY id",
  [Q_USER_POOL] = "UPDATE users SET pool_id = ?2 WHERE id = ?1",
  [Q_USER_MBX] = "UPDATE users SET exdb_id = ?2, mbx_signed = ?3 WHERE id = ?1",
  [Q_USER_ENABLED] = "UPDATE users SET enabled = ?2 WHERE id = ?1",
  [Q_USER_DEL] = "DELETE FROM users WHERE id = ?1",
  [Q_USER_DEL_CONTACTS] = "DELETE FROM contact WHERE user_id = ?1",
  [Q_USER_DEL_WORK] = "DELETE FROM work WHERE user_id = ?1",
  [Q_USER_DEL_AS_CONTACT] = "DELETE FROM contact"
                            " WHERE sip = (SELECT sip FROM users WHERE id = ?1)",
  [Q_CONTACT_ADD] = "INSERT INTO contact(user_id, sip, grp) VALUES (?1, ?2, ?3)",
  [Q_CONTACT_DEL] = "DELETE FROM contact WHERE user_id = ?1 AND sip = ?2",
  [Q_CONTACT_LIST] = "SELECT sip, grp FROM contact WHERE user_id = ?1 ORDER BY grp, id",
  [Q_CONTACT_CLEAR] = "DELETE FROM contact WHERE user_id = ?1",
  [Q_CUR_CLEAR] = "DELETE FROM temp.cur",
  [Q_CUR_ADD] = "INSERT OR IGNORE INTO temp.cur(id) SELECT id FROM users WHERE id = ?1",
  [Q_CUR_ADD_RUN] = "INSERT OR IGNORE INTO temp.cur(id) SELECT id FROM users"
                    " WHERE id BETWEEN ?1 AND ?2",
  [Q_CUR_FROM_WORK] = "INSERT OR IGNORE INTO temp.cur(id)"
                      " SELECT user_id FROM work WHERE due = ?1 AND kind = ?2",
  [Q_WORK_DEL_DUE] = "DELETE FROM work WHERE due = ?1 AND kind = ?2",
  [Q_CUR_FROM_EFF] = "INSERT OR IGNORE INTO temp.cur(id) SELECT u.id" FROM_ALL
                     "WHERE " EFF_ID " = ?1",
  [Q_CUR_KEEP_STATES] = KEEP("((1 << u.state) & ?1) <> 0"),
  [Q_CUR_IDS] = "SELECT id FROM temp.cur ORDER BY id",
  [Q_CUR_COUNT] = "SELECT count(*) FROM temp.cur",
  [Q_CUR_STATE] = "UPDATE users SET state = ?1 WHERE id" IN_CUR,
  [Q_CUR_SIGN] = "UPDATE users SET signed_in = (?1 <> 0), client = ?1, relogon = 0 WHERE id" IN_CUR,
  [Q_CUR_RELOGON_EV] = "INSERT INTO event(at, user_id, kind, arg) SELECT ?1, u.id, ?2, 0"
                       " FROM temp.cur c CROSS JOIN users u ON u.id = c.id WHERE " F_SIGNED,
  [Q_CUR_RELOGON] = "UPDATE users SET relogon = 1 WHERE signed_in <> 0 AND client = 2013"
                    " AND id" IN_CUR,
  [Q_CUR_POLICY] = "UPDATE users SET policy_id = ?1 WHERE id" IN_CUR,
  [Q_CUR_SCHED] = "INSERT INTO work(due, kind, user_id) SELECT ?1, ?2, id FROM temp.cur",
  [Q_CUR_UNSCHED] = "DELETE FROM work WHERE user_id" IN_CUR,
  [Q_CUR_LOST] = "SELECT count(*) FROM contact WHERE user_id" IN_CUR,
  [Q_CUR_CLEAR_CONTACTS] = "DELETE FROM contact WHERE user_id" IN_CUR,
  [Q_CUR_EVENT] = "INSERT INTO event(at, user_id, kind, arg) SELECT ?1, id, ?2, ?3 FROM temp.cur",
  [Q_CUR_EVENT_DETAIL] = "INSERT INTO event(at, user_id, kind, arg, detail)"
                         " SELECT ?1, id, ?2, ?3, ?4 FROM temp.cur",
  [Q_F_RELOGON] = "UPDATE users SET relogon = ?1 WHERE id" IN_CUR,
  [Q_F_UCSMODE] = "UPDATE users SET in_ucs_mode = ?1 WHERE id" IN_CUR,
  [Q_F_HOLD] = "UPDATE users SET hold = ?1 WHERE id" IN_CUR,
  [Q_F_HIDDEN] = "UPDATE users SET hidden_ucs = ?1 WHERE id" IN_CUR,
  [Q_F_COND] = "UPDATE users SET cond = ?1 WHERE id" IN_CUR,
  [Q_CUR_UCS_MODE_IN_UCS] = "UPDATE users SET in_ucs_mode = 1 WHERE id" IN_CUR " AND state = 2",
  [Q_KEEP_ALLOWED] = KEEP(F_ALLOWED),
  [Q_DROP_ALLOWED] = DROP(F_ALLOWED),
  [Q_KEEP_DENIED] = KEEP(F_DENIED_UCS),
  [Q_DROP_DENIED] = DROP(F_DENIED_UCS),
  [Q_KEEP_SIGNED] = KEEP(F_SIGNED),
  [Q_DROP_SIGNED] = DROP(F_SIGNED),
  [Q_KEEP_CONTACTS] = KEEP(F_CONTACTS),
  [Q_DROP_CONTACTS] = DROP(F_CONTACTS),
  [Q_KEEP_CORRUPTED] = KEEP(F_CORRUPTED),
  [Q_DROP_CORRUPTED] = DROP(F_CORRUPTED),
  [Q_KEEP_OUTDATED] = KEEP(F_OUTDATED),
  [Q_DROP_OUTDATED] = DROP(F_OUTDATED),
  [Q_KEEP_UNREACH] = KEEP(F_UNREACHABLE),
  [Q_DROP_UNREACH] = DROP(F_UNREACHABLE),
  [Q_SEL_CLEAR] = "DELETE FROM temp.sel",
  [Q_SEL_ADD] = "INSERT OR IGNORE INTO temp.sel(id) SELECT id FROM users WHERE id = ?1",
  [Q_SEL_ADD_RUN] = "INSERT OR IGNORE INTO temp.sel(id) SELECT id FROM users"
                    " WHERE id BETWEEN ?1 AND ?2",
  [Q_SEL_FROM_CUR] = "INSERT OR IGNORE INTO temp.sel(id) SELECT id FROM temp.cur",
  [Q_COPY_TO] = "VACUUM INTO ?1",
  [Q_ANY_DENYING] = "SELECT EXISTS (SELECT 1 FROM policy WHERE ucs_allowed = 0)",
  [Q_CUR_STATES] = "SELECT DISTINCT u.state FROM temp.cur c CROSS JOIN users u ON u.id = c.id",
  [Q_CUR_FROM_SEL] = "INSERT OR IGNORE INTO temp.cur(id) SELECT l.id FROM temp.sel l"
                     " CROSS JOIN users u ON u.id = l.id"
                     " WHERE ?1 = 0 OR ((1 << u.state) & ?1) <> 0",
  [Q_CUR_FROM_SEL_SIGNED] = "INSERT OR IGNORE INTO temp.cur(id) SELECT l.id FROM temp.sel l"
                            " CROSS JOIN users u ON u.id = l.id"
                            " WHERE ((1 << u.state) & ?1) <> 0 AND " F_SIGNED,
  [Q_GO_CLEAR] = "DELETE FROM temp.go",
  /* the users in LyncServer, with their blockers (worked out once) */
  [Q_GO_FILL] = "INSERT INTO temp.go(id, delay, blockers) SELECT u.id, CASE WHEN ?2 THEN 0 ELSE "
                EFF_DELAY " END, " MASK " & ~?1" FROM_CUR "WHERE u.state = 0",
  [Q_GO_BLOCKED] = "INSERT INTO event(at, user_id, kind, arg) SELECT ?1, id, ?2, blockers"
                   " FROM temp.go WHERE blockers <> 0",
  [Q_GO_DROP_BLOCKED] = "DELETE FROM temp.go WHERE blockers <> 0",
  [Q_GO_START] = "UPDATE users SET state = 1, attempts = attempts + 1, last_attempt = ?1"
                 " WHERE id IN (SELECT id FROM temp.go WHERE delay = 0)",
  [Q_GO_WORK] = "INSERT INTO work(due, kind, user_id) SELECT ?1, ?2, id FROM temp.go"
                " WHERE delay = 0",
  [Q_GO_EVENT] = "INSERT INTO event(at, user_id, kind, arg) SELECT ?1, id, ?2, 0 FROM temp.go"
                 " WHERE delay = 0",
  [Q_GO_DWORK] = "INSERT INTO work(due, kind, user_id) SELECT ?1 + delay * 86400, ?2, id"
                 " FROM temp.go WHERE delay > 0",
  [Q_GO_DEVENT] = "INSERT INTO event(at, user_id, kind, arg) SELECT ?1, id, ?2, delay"
                  " FROM temp.go WHERE delay > 0",
  [Q_WORK_ADD] = "INSERT INTO work(due, kind, user_id) VALUES (?1, ?2, ?3)",
  [Q_WORK_NEXT] = "SELECT min(due) FROM work WHERE due <= ?1",
  [Q_EVENT_ADD] = "INSERT INTO event(at, user_id, kind, arg, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
  [Q_EVENT_LIST] = "SELECT * FROM (SELECT e.id, e.at, e.user_id, e.kind, e.arg, e.detail, u.sip"
                   " FROM event e LEFT JOIN users u ON u.id = e.user_id ORDER BY e.id DESC"
                   " LIMIT ?1) ORDER BY id",
  [Q_EVENT_LIST_USER] = "SELECT * FROM (SELECT e.id, e.at, e.user_id, e.kind, e.arg, e.detail,"
                        " u.sip FROM event e LEFT JOIN users u ON u.id = e.user_id"
                        " WHERE e.user_id = ?2 ORDER BY e.id DESC LIMIT ?1) ORDER BY id",
  [Q_POOL_COUNTS] = "SELECT sum(u.state = 0 AND " EFF_ALLOWED " = 0), sum(u.state = 0 AND "
                    EFF_ALLOWED " <> 0), sum(u.state = 1), sum(u.state = 2),"
                    " sum(u.cond = 2)" FROM_ALL "WHERE u.pool_id = ?1",
  [Q_ID_BY_SIP] = "SELECT id FROM users WHERE sip = ?1",
  [Q_USER_SIP_SET] = "UPDATE users SET sip = ?2 WHERE id = ?1",
  [Q_USER_DEL_ATTRS] = "DELETE FROM user_attr WHERE user_id = ?1",
  [Q_ATTR_SET] = "INSERT OR REPLACE INTO user_attr(user_id, name, value) VALUES (?1, ?2, ?3)",
  [Q_ATTR_DEL] = "DELETE FROM user_attr WHERE user_id = ?1 AND name = ?2",
  [Q_ATTR_LIST] = "SELECT user_id, name, value FROM user_attr ORDER BY user_id, name",
  [Q_AD_FROM_USER] = "INSERT INTO aduser(display, upn, sam, exdb_id, mbx_signed)"
                     " SELECT display, upn, sam, exdb_id, mbx_signed FROM users WHERE id = ?1",
  [Q_AD_BY_UPN] = "SELECT id FROM aduser WHERE upn = ?1",
  [Q_AD_BY_SAM] = "SELECT id FROM aduser WHERE sam = ?1",
  [Q_AD_BY_DISPLAY] = "SELECT id FROM aduser WHERE display LIKE ?1 ESCAPE '\\' ORDER BY id",
  [Q_AD_GET] = "SELECT id, display, upn, sam, exdb_id, mbx_signed FROM aduser WHERE id = ?1",
  [Q_AD_DEL] = "DELETE FROM aduser WHERE id = ?1",
  [Q_USER_NAMES] = "SELECT display, sip FROM users WHERE id = ?1",
  /* Prefix lists for tab completion: a range over the NOCASE index
   * (users_display, the sip UNIQUE index), upper bound computed in C. */
  [Q_NAME_DISPLAY] = "SELECT DISTINCT display FROM users WHERE display >= ?1 AND display < ?2"
                     " ORDER BY display LIMIT ?3",
  [Q_NAME_DISPLAY_FROM] = "SELECT DISTINCT display FROM users WHERE display >= ?1"
                          " ORDER BY display LIMIT ?2",
  [Q_NAME_SIP] = "SELECT sip FROM users WHERE sip >= ?1 AND sip < ?2 ORDER BY sip LIMIT ?3",
  [Q_NAME_SIP_FROM] = "SELECT sip FROM users WHERE sip >= ?1 ORDER BY sip LIMIT ?2",
  [Q_ACC_ALL] = ACCOUNT_COLS "WHERE u.id > ?1 ORDER BY u.id LIMIT ?2",
  [Q_ACC_BY_ID] = ACCOUNT_COLS "WHERE u.id = ?1",
  [Q_ACC_BY_POOL] = ACCOUNT_COLS "WHERE u.pool_id = ?1 AND u.id > ?2 ORDER BY u.id LIMIT ?3",
};

static const char SCHEMA_V1[] =
  "CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;"
  "CREATE TABLE site(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE);"
  "CREATE TABLE pool(id INTEGER PRIMARY KEY, fqdn TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  " site_id INTEGER, version INTEGER NOT NULL);"
  "CREATE TABLE exserver(id INTEGER PRIMARY KEY, fqdn TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  " version INTEGER NOT NULL, s2s INTEGER NOT NULL, reachable INTEGER NOT NULL DEFAULT 1);"
  "CREATE TABLE exdb(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  " server_id INTEGER NOT NULL);"
  "CREATE TABLE policy(id INTEGER PRIMARY KEY, scope INTEGER NOT NULL,"
  " target_id INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL DEFAULT '' COLLATE NOCASE,"
  " ucs_allowed INTEGER NOT NULL, delay_days INTEGER NOT NULL DEFAULT 0);"
  "CREATE UNIQUE INDEX policy_key ON policy(scope, target_id, name);"
  "CREATE TABLE users(id INTEGER PRIMARY KEY, display TEXT NOT NULL COLLATE NOCASE,"
  " sip TEXT NOT NULL UNIQUE COLLATE NOCASE, upn TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  " sam TEXT NOT NULL UNIQUE COLLATE NOCASE, pool_id INTEGER NOT NULL, policy_id INTEGER,"
  " exdb_id INTEGER, mbx_signed INTEGER NOT NULL DEFAULT 0, client INTEGER NOT NULL DEFAULT 0,"
  " signed_in INTEGER NOT NULL DEFAULT 0, enabled INTEGER NOT NULL DEFAULT 1,"
  " state INTEGER NOT NULL DEFAULT 0, cond INTEGER NOT NULL DEFAULT 0,"
  " relogon INTEGER NOT NULL DEFAULT 0, hidden_ucs INTEGER NOT NULL DEFAULT 0,"
  " in_ucs_mode INTEGER NOT NULL DEFAULT 0, hold INTEGER NOT NULL DEFAULT 0,"
  " attempts INTEGER NOT NULL DEFAULT 0, last_attempt INTEGER);"
  "CREATE INDEX users_pool ON users(pool_id);"
  "CREATE INDEX users_policy ON users(policy_id);"
  "CREATE INDEX users_display ON users(display);"
  "CREATE TABLE contact(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL,"
  " sip TEXT NOT NULL COLLATE NOCASE, grp TEXT NOT NULL DEFAULT '');"
  "CREATE UNIQUE INDEX contact_user ON contact(user_id, sip);"
  "CREATE TABLE work(id INTEGER PRIMARY KEY, due INTEGER NOT NULL, kind INTEGER NOT NULL,"
  " user_id INTEGER NOT NULL);"
  "CREATE INDEX work_due ON work(due, kind);"
  "CREATE INDEX work_user ON work(user_id);"
  "CREATE TABLE event(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, user_id INTEGER,"
  " kind INTEGER NOT NULL, arg INTEGER NOT NULL DEFAULT 0, detail TEXT);"
  "CREATE INDEX event_user ON event(user_id);";

/* Version 2: Active Directory accounts that are not enabled for Lync Server
 * (Disable-CsUser keeps the account and its mailbox; Enable-CsUser enables
 * it again) and the Set-CsUser attributes that have no bearing on UCS. */
static const char SCHEMA_V2[] =
  "CREATE TABLE aduser(id INTEGER PRIMARY KEY, display TEXT NOT NULL COLLATE NOCASE,"
  " upn TEXT NOT NULL UNIQUE COLLATE NOCASE, sam TEXT NOT NULL UNIQUE COLLATE NOCASE,"
  " exdb_id INTEGER, mbx_signed INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE user_attr(user_id INTEGER NOT NULL, name TEXT NOT NULL COLLATE NOCASE,"
  " value TEXT, PRIMARY KEY(user_id, name)) WITHOUT ROWID;";

/* Forward migrations: MIGRATIONS[v] brings a store at version v to v + 1. */
static const char *const MIGRATIONS[STORE_SCHEMA_VERSION] = {SCHEMA_V1, SCHEMA_V2};

static const char TEMP_TABLES[] =
  "CREATE TEMP TABLE IF NOT EXISTS cur(id INTEGER PRIMARY KEY);"
  "CREATE TEMP TABLE IF NOT EXISTS go(id INTEGER PRIMARY KEY, delay INTEGER NOT NULL,"
  " blockers INTEGER NOT NULL);"
  "CREATE TEMP TABLE IF NOT EXISTS sel(id INTEGER PRIMARY KEY);";

/* ---------------------------------------------------------------- core */

struct Store {
  sqlite3 *db;
  sqlite3_stmt *stmt[Q_COUNT];
  char *path;
  char err[512];
  int depth; /* transaction nesting */
  uint32_t epoch; /* bumped when user ids may stop meaning the same user */
  char domain[64], netbios[64];
  bool (*stop)(void *ctx); /* store_set_interrupt */
  void *stop_ctx;
  bool control; /* a transaction-control statement runs: never interrupted */
  bool sealed;  /* setup done: the authorizer refuses schema changes (harden) */
};

static StoreRc fail(Store *s, const char *what) {
  snprintf(s->err, sizeof s->err, "%s: %s", what, sqlite3_errmsg(s->db));
  return STORE_ERROR;
}


static char *afmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *afmt(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *r = xmalloc((size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(r, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return r;
}

/* The cached statement q, reset and unbound; NULL on a prepare error. */
/* Transaction control (BEGIN ... ROLLBACK TO) is never interrupted, so
 * that an interrupted command can always be rolled back or committed. */
static bool is_control(int q) { return q <= Q_ROLLBACK_TO; }

static bool stop_wanted(Store *s) { return s->stop && !s->control && s->stop(s->stop_ctx); }

/* SQLite's progress handler: ends a long statement when a stop is wanted. */
static int on_progress(void *ctx) { return stop_wanted(ctx); }

void store_set_interrupt(Store *s, bool (*stop)(void *ctx), void *ctx) {
  s->stop = stop, s->stop_ctx = ctx;
  sqlite3_progress_handler(s->db, stop ? 10000 : 0, stop ? on_progress : NULL, s);
}

static sqlite3_stmt *st(Store *s, int q) {
  s->control = is_control(q);
  if (stop_wanted(s)) { /* between statements: a loop of short ones stops too */
    snprintf(s->err, sizeof s->err, "interrupted");
    return NULL;
  }
  sqlite3_stmt *t = s->stmt[q];
  if (t) {
    sqlite3_reset(t);
    sqlite3_clear_bindings(t);
    return t;
  }
  if (sqlite3_prepare_v3(s->db, SQL[q], -1, SQLITE_PREPARE_PERSISTENT, &s->stmt[q], NULL)) {
    fail(s, "prepare");
    return NULL;
  }
  return s->stmt[q];
}

/* Binds by type letters: i = int64, n = int64 or NULL when 0, t = text
 * (NULL binds NULL). */
static void bindv(sqlite3_stmt *t, const char *types, va_list ap) {
  for (int i = 1; *types; types++, i++) {
    if (*types == 't') {
      const char *v = va_arg(ap, const char *);
      if (v) sqlite3_bind_text(t, i, v, -1, SQLITE_TRANSIENT);
      else sqlite3_bind_null(t, i);
    } else {
      int64_t v = va_arg(ap, int64_t);
      if (*types == 'n' && v == 0) sqlite3_bind_null(t, i);
      else sqlite3_bind_int64(t, i, v);
    }
  }
}

/* Prepares q and binds; NULL on error. Step it yourself. */
static sqlite3_stmt *prep(Store *s, int q, const char *types, ...) {
  sqlite3_stmt *t = st(s, q);
  if (!t) return NULL;
  va_list ap;
  va_start(ap, types);
  bindv(t, types, ap);
  va_end(ap);
  return t;
}

/* Runs a statement that returns no rows. */
static StoreRc run(Store *s, int q, const char *types, ...) {
  sqlite3_stmt *t = st(s, q);
  if (!t) return STORE_ERROR;
  va_list ap;
  va_start(ap, types);
  bindv(t, types, ap);
  va_end(ap);
  int rc = sqlite3_step(t);
  sqlite3_reset(t);
  if (rc == SQLITE_DONE) return STORE_OK;
  if (rc == SQLITE_CONSTRAINT) {
    fail(s, "constraint");
    return STORE_DUP;
  }
  return fail(s, SQL[q]);
}

/* Runs a one-value query; STORE_NOTFOUND when no row. */
static StoreRc scalar(Store *s, int64_t *out, int q, const char *types, ...) {
  sqlite3_stmt *t = st(s, q);
  if (!t) return STORE_ERROR;
  va_list ap;
  va_start(ap, types);
  bindv(t, types, ap);
  va_end(ap);
  int rc = sqlite3_step(t);
  StoreRc r = STORE_OK;
  if (rc == SQLITE_ROW && sqlite3_column_type(t, 0) != SQLITE_NULL)
    *out = sqlite3_column_int64(t, 0);
  else if (rc == SQLITE_ROW || rc == SQLITE_DONE) r = STORE_NOTFOUND;
  else r = fail(s, SQL[q]);
  sqlite3_reset(t);
  return r;
}

static int64_t changes(Store *s) { return sqlite3_changes64(s->db); }
static char *col_str(sqlite3_stmt *t, int i) {
  return xstrdup((const char *)sqlite3_column_text(t, i));
}
static int64_t col_i(sqlite3_stmt *t, int i) { return sqlite3_column_int64(t, i); }
/* The column's text as the statement holds it (no copy; do not free). */
static char *col_borrow(sqlite3_stmt *t, int i) { return (char *)sqlite3_column_text(t, i); }

/* ---------------------------------------------------------------- path */

static int mkdirs(char *path) { /* mkdir -p of the directory part of path */
  for (char *p = path + 1; *p; p++) {
    if (*p != '/') continue;
    *p = 0;
    int rc = mkdir(path, 0700);
    *p = '/';
    if (rc && errno != EEXIST) return -1;
  }
  return 0;
}

char *store_resolve_path(const char *cli_store, char **err) {
  *err = NULL;
  if (cli_store && *cli_store) return xstrdup(cli_store);
  const char *env = getenv("UCSH_STORE");
  if (env && *env) return xstrdup(env);
  const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
  char *path = NULL;
  if (xdg && *xdg) path = afmt("%s/ucsh/lab.db", xdg);
  else if (home && *home) path = afmt("%s/.local/share/ucsh/lab.db", home);
  else {
    *err = xstrdup("Cannot find a place for the lab store: set $UCSH_STORE or use -Store PATH.");
    return NULL;
  }
  if (path && mkdirs(path)) {
    *err = afmt("Cannot create the directory for the lab store \"%s\": %s", path, strerror(errno));
    free(path);
    return NULL;
  }
  return path;
}

/* ---------------------------------------------------------------- hardening */

#define STR_(x) #x
#define STR(x) STR_(x) /* a number constant as SQL text (never data) */

/* The authorizer (issue 7 point 6): once the store is set up, nothing a
 * store_* call runs may attach another file or change the main schema; the
 * engine's temp tables (TEMP_TABLES) stay free, but not temp triggers or
 * views (a temp trigger can act on main's tables); direct writes to
 * sqlite_schema are refused by defensive mode. ctx is the Store, or NULL
 * for the read-only check connection, which is sealed from the start. */
static int authorize(void *ctx, int action, const char *a1, const char *a2, const char *db,
                     const char *inner) {
  (void)a1, (void)db, (void)inner;
  const Store *s = ctx;
  if (s && !s->sealed) return SQLITE_OK;
  switch (action) {
  case SQLITE_ATTACH: case SQLITE_DETACH:
  case SQLITE_CREATE_INDEX: case SQLITE_CREATE_TABLE: case SQLITE_CREATE_TRIGGER:
  case SQLITE_CREATE_VIEW: case SQLITE_CREATE_VTABLE:
  case SQLITE_DROP_INDEX: case SQLITE_DROP_TABLE: case SQLITE_DROP_TRIGGER:
  case SQLITE_DROP_VIEW: case SQLITE_DROP_VTABLE: case SQLITE_ALTER_TABLE:
  case SQLITE_CREATE_TEMP_TRIGGER: case SQLITE_CREATE_TEMP_VIEW: /* code on main's tables */
    return SQLITE_DENY;
  case SQLITE_CREATE_TEMP_TABLE: case SQLITE_CREATE_TEMP_INDEX: /* the engine's sets */
    return s ? SQLITE_OK : SQLITE_DENY; /* the check connection needs none */
  case SQLITE_PRAGMA: /* reading a pragma is fine, setting one is setup's business */
    return a2 ? SQLITE_DENY : SQLITE_OK;
  default:
    return SQLITE_OK;
  }
}

/* Every connection: defensive mode (no writable_schema, no shadow-table
 * writes), schema functions untrusted, no extension loading, the authorizer. */
static void harden(sqlite3 *db, Store *s) {
  sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)NULL);
  sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, (int *)NULL);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, (int *)NULL);
  sqlite3_set_authorizer(db, authorize, s);
}

/* Creates path empty with mode 0600 unless it exists, so that SQLite (which
 * keeps an existing file's mode, and gives its -wal, -shm and -journal the
 * database file's mode) never makes a store others can read. */
static void create_private(const char *path) {
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) close(fd);
}

/* ---------------------------------------------------------------- open */

static bool is_memory(const char *path) { return strcmp(path, ":memory:") == 0; }

/* Opens path for the check without leaving a trace: with no -wal beside
 * it there is nothing to replay, so it is read as immutable (SQLite then
 * creates no -wal or -shm file); with one, read-only as usual. */
static int open_for_check(const char *path, sqlite3 **db) {
  char *wal = afmt("%s-wal", path);
  struct stat sb;
  bool has_wal = wal && stat(wal, &sb) == 0;
  free(wal);
  size_t n = strlen(path);
  char *uri = has_wal ? NULL : xmalloc(3 * n + 32);
  if (!uri) return sqlite3_open_v2(path, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  char *o = uri + sprintf(uri, "file:%s", path[0] == '/' ? "//" : "");
  for (const char *p = path; *p; p++) /* the URI's special characters, escaped */
    o += strchr("%?#", *p) ? sprintf(o, "%%%02X", (unsigned char)*p) : (*o = *p, 1);
  strcpy(o, "?immutable=1");
  int rc = sqlite3_open_v2(uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
  free(uri);
  return rc;
}

/* Checks an existing file read-only; NULL when it may be opened for
 * writing, else the refusal (owned). */
static char *check_file(const char *path) {
  sqlite3 *db = NULL;
  char *why = NULL;
  sqlite3_stmt *t = NULL;
  if (open_for_check(path, &db)) {
    why = afmt("Cannot open the lab store \"%s\": %s", path, db ? sqlite3_errmsg(db) : "no memory");
    goto done;
  }
  harden(db, NULL);
  sqlite3_busy_timeout(db, 5000);
  int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &t, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_step(t);
  const char *res = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(t, 0) : NULL;
  if (sqlite3_errcode(db) == SQLITE_NOTADB) {
    why = afmt("The file \"%s\" is not a ucsh lab store (not a SQLite database); it was left"
               " unchanged.", path);
  } else if (!res || strcmp(res, "ok") != 0) {
    why = afmt("The lab store \"%s\" is damaged (%s); it was left unchanged. Restore it from a"
               " copy or remove it to start a new lab.", path, res ? res : sqlite3_errmsg(db));
  }
  sqlite3_finalize(t);
  t = NULL;
  if (why) goto done;
  int64_t ver = 0, app = 0, tables = 0;
  if (sqlite3_prepare_v2(db, "SELECT (SELECT user_version FROM pragma_user_version),"
                         " (SELECT application_id FROM pragma_application_id),"
                         " (SELECT count(*) FROM sqlite_master)", -1, &t, NULL) == 0 &&
      sqlite3_step(t) == SQLITE_ROW) {
    ver = col_i(t, 0), app = col_i(t, 1), tables = col_i(t, 2);
  } else { /* unreadable header or schema: refused, never taken for a new store */
    why = afmt("The lab store \"%s\" cannot be read (%s); it was left unchanged.", path,
               sqlite3_errmsg(db));
  }
  if (why) {
  } else if (tables && app != STORE_APP_ID)
    why = afmt("The file \"%s\" is a SQLite database but not a ucsh lab store; it was left"
               " unchanged.", path);
  else if (ver > STORE_SCHEMA_VERSION)
    why = afmt("The lab store \"%s\" was written by a newer ucsh (schema version %lld; this ucsh"
               " reads up to %d); it was left unchanged.", path, (long long)ver,
               STORE_SCHEMA_VERSION);
done:
  sqlite3_finalize(t);
  sqlite3_close(db);
  return why;
}

static StoreRc exec(Store *s, const char *sql) {
  return sqlite3_exec(s->db, sql, NULL, NULL, NULL) ? fail(s, "exec") : STORE_OK;
}

static StoreRc seed_lab(Store *s, bool empty);

static int64_t user_version(Store *s) {
  sqlite3_stmt *t = NULL;
  int64_t v = -1;
  if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &t, NULL) == 0 &&
      sqlite3_step(t) == SQLITE_ROW)
    v = col_i(t, 0);
  sqlite3_finalize(t);
  return v;
}

/* Brings the schema up to date (creating it and the default lab when new). */
static StoreRc upgrade(Store *s) {
  if (store_begin(s)) return STORE_ERROR;
  int64_t v = user_version(s);
  bool fresh = v == 0;
  StoreRc rc = v < 0 ? fail(s, "user_version") : STORE_OK;
  for (; !rc && v < STORE_SCHEMA_VERSION; v++) rc = exec(s, MIGRATIONS[v]);
  if (!rc) rc = exec(s, "PRAGMA user_version = " STR(STORE_SCHEMA_VERSION) ";"
                        " PRAGMA application_id = " STR(STORE_APP_ID) ";");
  if (!rc && fresh) rc = seed_lab(s, false);
  if (!rc) rc = store_commit(s);
  if (rc) store_rollback(s);
  return rc;
}

static StoreRc load_names(Store *s) {
  sqlite3_stmt *t = prep(s, Q_META_GET, "t", "domain");
  if (t && sqlite3_step(t) == SQLITE_ROW)
    snprintf(s->domain, sizeof s->domain, "%s", sqlite3_column_text(t, 0));
  t = prep(s, Q_META_GET, "t", "netbios");
  if (t && sqlite3_step(t) == SQLITE_ROW)
    snprintf(s->netbios, sizeof s->netbios, "%s", sqlite3_column_text(t, 0));
  if (t) sqlite3_reset(t);
  return t ? STORE_OK : STORE_ERROR;
}

static bool file_is_empty(const char *path, bool *exists) {
  struct stat sb;
  *exists = stat(path, &sb) == 0;
  return *exists && sb.st_size == 0;
}

Store *store_open(const char *path, char **err) {
  *err = NULL;
  struct stat dir;
  if (!is_memory(path) && stat(path, &dir) == 0 && S_ISDIR(dir.st_mode)) {
    *err = afmt("The lab store \"%s\" is a directory, not a file; give -Store a file path.", path);
    return NULL;
  }
  bool exists = false;
  if (!is_memory(path) && !file_is_empty(path, &exists) && exists) {
    if ((*err = check_file(path))) return NULL;
  }
  Store *s = xcalloc(1, sizeof *s);
  s->path = xstrdup(path);
  if (!is_memory(path) && !exists) create_private(path);
  if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      NULL)) {
    *err = afmt("Cannot open the lab store \"%s\": %s", path, sqlite3_errmsg(s->db));
    store_close(s);
    return NULL;
  }
  harden(s->db, s);
  sqlite3_busy_timeout(s->db, 5000);
  const char *pragmas = is_memory(path) ? "PRAGMA temp_store = MEMORY;"
                                        : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                                          " PRAGMA temp_store = MEMORY;";
  if (exec(s, pragmas) || exec(s, TEMP_TABLES) || upgrade(s) || load_names(s)) {
    *err = afmt("Cannot open the lab store \"%s\": %s", path, s->err);
    store_close(s);
    return NULL;
  }
  s->sealed = true;
  return s;
}

void store_close(Store *s) {
  if (!s) return;
  for (int i = 0; i < Q_COUNT; i++) sqlite3_finalize(s->stmt[i]);
  sqlite3_close(s->db);
  free(s->path);
  free(s);
}

const char *store_path(const Store *s) { return s->path; }
const char *store_errmsg(const Store *s) { return s->err; }
const char *store_domain(Store *s) { return s->domain; }
const char *store_netbios(Store *s) { return s->netbios; }

/* ---------------------------------------------------------------- transactions */

/* VACUUM INTO attaches its target internally: the one place the sealed
 * store lets an ATTACH through. The copy is created 0600 like a store. */
StoreRc store_copy_to(Store *s, const char *path) {
  create_private(path);
  bool sealed = s->sealed;
  s->sealed = false;
  StoreRc rc = run(s, Q_COPY_TO, "t", path);
  s->sealed = sealed;
  return rc;
}

StoreRc store_begin(Store *s) {
  StoreRc rc = run(s, s->depth ? Q_SAVEPOINT : Q_BEGIN, "");
  if (!rc) s->depth++;
  return rc;
}

StoreRc store_commit(Store *s) {
  if (s->depth <= 0) return STORE_OK;
  StoreRc rc = run(s, s->depth > 1 ? Q_RELEASE : Q_COMMIT, "");
  if (!rc) s->depth--;
  return rc;
}

void store_rollback(Store *s) {
  if (s->depth <= 0) return;
  if (sqlite3_get_autocommit(s->db)) { /* SQLite already rolled it all back */
    s->depth = 0;
    return;
  }
  if (s->depth > 1) {
    run(s, Q_ROLLBACK_TO, "");
    run(s, Q_RELEASE, "");
  } else {
    run(s, Q_ROLLBACK, "");
  }
  s->depth--;
}

/* ---------------------------------------------------------------- the default lab */

typedef struct {
  const char *display, *logon, *pool, *exdb;
  bool mbx_signed;
  int client; /* signed in with this client at the start; 0 = signed out */
  const char *policy;
  const char *contacts; /* "group:logon,logon;group:logon" */
} LabUser;

static const LabUser LAB_USERS[] = {
  {"Ken Myer", "kenmyer", "atl-cs-001.litwareinc.com", "DB2013", true, 0, "UCS Enabled Users",
   "Colleagues:pilarackerman,aidandelaney,jonathanhaas;Project Team:davidlongmuir,ellenadams,"
   "kimakers"},
  {"Pilar Ackerman", "pilarackerman", "atl-cs-001.litwareinc.com", "DB2013", true, 0, NULL,
   "Colleagues:kenmyer,aidandelaney,lisajacobson"},
  {"Aidan Delaney", "aidandelaney", "atl-cs-001.litwareinc.com", "DB2010", true, 0, NULL,
   "Colleagues:kenmyer,pilarackerman"},
  {"Jonathan Haas", "jonathanhaas", "atl-cs-002.litwareinc.com", NULL, false, 0, NULL,
   "Colleagues:kenmyer"},
  {"David Longmuir", "davidlongmuir", "atl-cs-001.litwareinc.com", "DB2013", true, 2010, NULL,
   "Project Team:kenmyer,ellenadams"},
  {"Ellen Adams", "ellenadams", "dal-cs-001.litwareinc.com", "DB2013", true, 0, NULL,
   "Project Team:kenmyer,davidlongmuir"},
  {"Kim Akers", "kimakers", "sipfed.online.lync.com", NULL, false, 0, NULL, "Colleagues:kenmyer"},
  {"Jeff Hay", "jeffhay", "atl-cs-002.litwareinc.com", "DB2013", false, 0, NULL,
   "Colleagues:robinwood"},
  {"Lisa Jacobson", "lisajacobson", "atl-cs-001.litwareinc.com", "DB2013", true, 0, NULL, ""},
  {"Robin Wood", "robinwood", "atl-cs-002.litwareinc.com", "DB2013", true, 0, "UCS Enabled Users",
   "Colleagues:jeffhay,toniPoe"},
  {"Toni Poe", "tonipoe", "atl-cs-002.litwareinc.com", "DB2013", true, 0, NULL,
   "Colleagues:robinwood,kenmyer"},
  {"Marco Tanaka", "marcotanaka", "dal-cs-001.litwareinc.com", "DB2010", true, 0, NULL,
   "Colleagues:ellenadams"},
};

static StoreRc seed_topology(Store *s) {
  static const struct { const char *fqdn, *site; int version; } POOLS[] = {
    {"atl-cs-001.litwareinc.com", "Redmond", 2013},
    {"atl-cs-002.litwareinc.com", "Redmond", 2013},
    {"dal-cs-001.litwareinc.com", "Dallas", 2010},
    {"sipfed.online.lync.com", NULL, 0},
  };
  StoreRc rc = run(s, Q_META_SET, "tt", "domain", "litwareinc.com");
  if (!rc) rc = run(s, Q_META_SET, "tt", "netbios", "litwareinc");
  if (!rc) rc = run(s, Q_SITE_ADD, "t", "Redmond");
  if (!rc) rc = run(s, Q_SITE_ADD, "t", "Dallas");
  for (size_t i = 0; !rc && i < sizeof POOLS / sizeof POOLS[0]; i++) {
    int64_t site = 0;
    if (POOLS[i].site) scalar(s, &site, Q_SITE_FIND, "t", POOLS[i].site);
    rc = run(s, Q_POOL_ADD, "tni", POOLS[i].fqdn, site, (int64_t)POOLS[i].version);
  }
  if (!rc) rc = run(s, Q_EXSRV_ADD, "tii", "atl-ex-001.litwareinc.com", (int64_t)2013, (int64_t)1);
  if (!rc) rc = run(s, Q_EXDB_ADD, "ti", "DB2013", sqlite3_last_insert_rowid(s->db));
  if (!rc) rc = run(s, Q_EXSRV_ADD, "tii", "atl-ex-010.litwareinc.com", (int64_t)2010, (int64_t)0);
  if (!rc) rc = run(s, Q_EXDB_ADD, "ti", "DB2010", sqlite3_last_insert_rowid(s->db));
  if (!rc) rc = run(s, Q_POL_ADD, "iitii", (int64_t)PSCOPE_GLOBAL, (int64_t)0, "", (int64_t)1,
                    (int64_t)0);
  return rc;
}

/* Adds the contacts "group:logon,logon;group:..." of user `id`. */
static StoreRc seed_contacts(Store *s, int64_t id, const char *spec) {
  char buf[256], group[64];
  snprintf(buf, sizeof buf, "%s", spec);
  StoreRc rc = STORE_OK;
  for (char *g = strtok(buf, ";"); g && !rc; g = strtok(NULL, ";")) {
    char *colon = strchr(g, ':');
    if (!colon) continue;
    snprintf(group, sizeof group, "%.*s", (int)(colon - g), g);
    for (char *p = colon + 1; *p && !rc;) {
      size_t n = strcspn(p, ",");
      char sip[128];
      snprintf(sip, sizeof sip, "sip:%.*s@%s", (int)n, p, s->domain);
      for (char *c = sip; *c; c++) *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
      rc = store_contact_add(s, id, sip, group);
      p += n + (p[n] == ',');
    }
  }
  return rc;
}

static StoreRc seed_user(Store *s, const LabUser *u, int64_t tag) {
  StorePool pool;
  StoreExDb db = {0};
  if (store_pool_find(s, u->pool, &pool)) return fail(s, "seed pool");
  if (u->exdb && store_exdb_find(s, u->exdb, &db)) return fail(s, "seed exdb");
  char sip[128], upn[128];
  snprintf(sip, sizeof sip, "sip:%s@%s", u->logon, s->domain);
  snprintf(upn, sizeof upn, "%s@%s", u->logon, s->domain);
  StoreUserSpec spec = {u->display, sip, upn, u->logon, pool.id, db.id, u->mbx_signed};
  int64_t id = 0;
  StoreRc rc = store_user_add(s, &spec, &id);
  store_pool_free(&pool);
  store_exdb_free(&db);
  if (!rc && u->policy) {
    rc = store_cur_set(s, &id, 1);
    if (!rc) rc = store_cur_set_policy(s, tag);
  }
  if (!rc && u->client) {
    rc = store_cur_set(s, &id, 1);
    if (!rc) rc = store_cur_sign_in(s, u->client);
  }
  return rc;
}

static StoreRc seed_lab(Store *s, bool empty) {
  StoreRc rc = seed_topology(s);
  if (!rc) rc = load_names(s);
  if (!rc) rc = store_clock_set(s, STORE_EPOCH);
  if (rc || empty) return rc;
  StorePolicy tag = {.scope = PSCOPE_TAG, .name = "UCS Enabled Users", .ucs_allowed = true};
  int64_t tag_id = 0;
  rc = store_policy_add(s, &tag, &tag_id);
  size_t n = sizeof LAB_USERS / sizeof LAB_USERS[0];
  for (size_t i = 0; !rc && i < n; i++) rc = seed_user(s, &LAB_USERS[i], tag_id);
  for (size_t i = 0; !rc && i < n; i++) {
    int64_t id = 0;
    char sip[128];
    snprintf(sip, sizeof sip, "sip:%s@%s", LAB_USERS[i].logon, s->domain);
    rc = scalar(s, &id, Q_USER_BY_SIP, "t", sip);
    if (!rc) rc = seed_contacts(s, id, LAB_USERS[i].contacts);
  }
  return rc;
}

StoreRc store_reset(Store *s, bool empty) {
  s->epoch++;
  static const char WIPE[] = "DELETE FROM meta; DELETE FROM site; DELETE FROM pool;"
                             " DELETE FROM exserver; DELETE FROM exdb; DELETE FROM policy;"
                             " DELETE FROM users; DELETE FROM contact; DELETE FROM work;"
                             " DELETE FROM event; DELETE FROM aduser; DELETE FROM user_attr;";
  if (store_begin(s)) return STORE_ERROR;
  StoreRc rc = exec(s, WIPE);
  if (!rc) rc = seed_lab(s, empty);
  if (!rc) rc = store_commit(s);
  if (rc) store_rollback(s);
  return rc;
}

/* ---------------------------------------------------------------- clock */

int64_t store_clock(Store *s) {
  int64_t t = STORE_EPOCH;
  scalar(s, &t, Q_META_GET, "t", "clock");
  return t;
}

StoreRc store_clock_set(Store *s, int64_t t) {
  sqlite3_stmt *q = prep(s, Q_META_SET, "ti", "clock", t);
  if (!q) return STORE_ERROR;
  int rc = sqlite3_step(q);
  sqlite3_reset(q);
  return rc == SQLITE_DONE ? STORE_OK : fail(s, "clock");
}

/* ---------------------------------------------------------------- topology */

/* Steps a prepared statement, handing each row to row(t, ctx); resets it.
 * `what` names the rows for the error message. */
typedef void (*RowFn)(sqlite3_stmt *t, void *ctx);

static StoreRc each_row(Store *s, sqlite3_stmt *t, RowFn row, void *ctx, const char *what) {
  if (!t) return STORE_ERROR;
  int rc;
  while ((rc = sqlite3_step(t)) == SQLITE_ROW) row(t, ctx);
  sqlite3_reset(t);
  return rc == SQLITE_DONE ? STORE_OK : fail(s, what);
}

static void read_pool(sqlite3_stmt *t, StorePool *p) {
  p->id = col_i(t, 0);
  p->fqdn = col_str(t, 1);
  p->site = col_str(t, 2);
  p->version = (int)col_i(t, 3);
  p->site_id = col_i(t, 4);
}

static StoreRc pool_one(Store *s, sqlite3_stmt *t, StorePool *out) {
  memset(out, 0, sizeof *out);
  if (!t) return STORE_ERROR;
  int rc = sqlite3_step(t);
  if (rc == SQLITE_ROW) read_pool(t, out);
  sqlite3_reset(t);
  return rc == SQLITE_ROW ? STORE_OK : rc == SQLITE_DONE ? STORE_NOTFOUND : fail(s, "pool");
}

StoreRc store_pool_find(Store *s, const char *fqdn, StorePool *out) {
  return pool_one(s, prep(s, Q_POOL_FIND, "t", fqdn), out);
}

StoreRc store_pool_get(Store *s, int64_t id, StorePool *out) {
  return pool_one(s, prep(s, Q_POOL_GET, "i", id), out);
}

void store_pool_free(StorePool *p) {
  free(p->fqdn);
  free(p->site);
  memset(p, 0, sizeof *p);
}

typedef struct PoolVisit {
  StorePoolFn fn;
  void *ctx;
} PoolVisit;

static void pool_row(sqlite3_stmt *t, void *ctx) {
  PoolVisit *v = ctx;
  StorePool p;
  read_pool(t, &p);
  v->fn(v->ctx, &p);
  store_pool_free(&p);
}

StoreRc store_pool_list(Store *s, StorePoolFn fn, void *ctx) {
  PoolVisit v = {fn, ctx};
  return each_row(s, prep(s, Q_POOL_LIST, ""), pool_row, &v, "pools");
}

StoreRc store_site_find(Store *s, const char *name, int64_t *id, char **canon) {
  sqlite3_stmt *t = prep(s, Q_SITE_FIND, "t", name);
  if (!t) return STORE_ERROR;
  int rc = sqlite3_step(t);
  if (rc == SQLITE_ROW) {
    *id = col_i(t, 0);
    if (canon) *canon = col_str(t, 1);
  }
  sqlite3_reset(t);
  return rc == SQLITE_ROW ? STORE_OK : rc == SQLITE_DONE ? STORE_NOTFOUND : fail(s, "site");
}

static StoreRc exdb_one(Store *s, sqlite3_stmt *t, StoreExDb *out) {
  memset(out, 0, sizeof *out);
  if (!t) return STORE_ERROR;
  int rc = sqlite3_step(t);
  if (rc == SQLITE_ROW) {
    out->id = col_i(t, 0);
    out->server_id = col_i(t, 1);
    out->name = col_str(t, 2);
    out->server = col_str(t, 3);
    out->version = (int)col_i(t, 4);
    out->s2s = col_i(t, 5);
    out->reachable = col_i(t, 6);
  }
  sqlite3_reset(t);
  return rc == SQLITE_ROW ? STORE_OK : rc == SQLITE_DONE ? STORE_NOTFOUND : fail(s, "exdb");
}

StoreRc store_exdb_find(Store *s, const char *name, StoreExDb *out) {
  return exdb_one(s, prep(s, Q_EXDB_FIND, "t", name), out);
}

StoreRc store_exdb_by_version(Store *s, int version, StoreExDb *out) {
  return exdb_one(s, prep(s, Q_EXDB_VER, "i", (int64_t)version), out);
}

void store_exdb_free(StoreExDb *d) {
  free(d->name);
  free(d->server);
  memset(d, 0, sizeof *d);
}

StoreRc store_exserver_set(Store *s, int64_t server_id, bool s2s, bool reachable) {
  return run(s, Q_EXSRV_SET, "iii", server_id, (int64_t)s2s, (int64_t)reachable);
}

/* ---------------------------------------------------------------- policies */

static void read_policy(sqlite3_stmt *t, StorePolicy *p) {
  p->id = col_i(t, 0);
  p->scope = (StoreScope)col_i(t, 1);
  p->target_id = col_i(t, 2);
  p->name = col_str(t, 3);
  p->ucs_allowed = col_i(t, 4);
  p->delay_days = (int)col_i(t, 5);
}

static StoreRc policy_one(Store *s, sqlite3_stmt *t, StorePolicy *out) {
  memset(out, 0, sizeof *out);
  if (!t) return STORE_ERROR;
  int rc = sqlite3_step(t);
  if (rc == SQLITE_ROW) read_policy(t, out);
  sqlite3_reset(t);
  return rc == SQLITE_ROW ? STORE_OK : rc == SQLITE_DONE ? STORE_NOTFOUND : fail(s, "policy");
}

StoreRc store_policy_find(Store *s, StoreScope scope, int64_t target_id, const char *name,
                          StorePolicy *out) {
  return policy_one(s, prep(s, Q_POL_FIND, "iit", (int64_t)scope, target_id, name ? name : ""),
                    out);
}

StoreRc store_policy_get(Store *s, int64_t id, StorePolicy *out) {
  return policy_one(s, prep(s, Q_POL_GET, "i", id), out);
}

void store_policy_free(StorePolicy *p) {
  free(p->name);
  memset(p, 0, sizeof *p);
}

typedef struct PolicyVisit {
  StorePolicyFn fn;
  void *ctx;
} PolicyVisit;

static void policy_row(sqlite3_stmt *t, void *ctx) {
  PolicyVisit *v = ctx;
  StorePolicy p;
  read_policy(t, &p);
  v->fn(v->ctx, &p);
  store_policy_free(&p);
}

StoreRc store_policy_list(Store *s, StorePolicyFn fn, void *ctx) {
  PolicyVisit v = {fn, ctx};
  return each_row(s, prep(s, Q_POL_LIST, ""), policy_row, &v, "policies");
}

StoreRc store_policy_add(Store *s, const StorePolicy *p, int64_t *id) {
  StoreRc rc = run(s, Q_POL_ADD, "iitii", (int64_t)p->scope, p->target_id,
                   p->scope == PSCOPE_GLOBAL || !p->name ? "" : p->name, (int64_t)p->ucs_allowed,
                   (int64_t)p->delay_days);
  if (!rc && id) *id = sqlite3_last_insert_rowid(s->db);
  return rc;
}

StoreRc store_policy_update(Store *s, int64_t id, bool ucs_allowed, int delay_days) {
  return run(s, Q_POL_UPD, "iii", id, (int64_t)ucs_allowed, (int64_t)delay_days);
}

StoreRc store_policy_delete(Store *s, int64_t id) {
  StoreRc rc = run(s, Q_POL_DEL, "i", id);
  return rc ? rc : changes(s) ? STORE_OK : STORE_NOTFOUND;
}

int64_t store_policy_users(Store *s, int64_t id) {
  int64_t n = -1;
  return scalar(s, &n, Q_POL_USERS, "i", id) ? -1 : n;
}

/* ---------------------------------------------------------------- users */

StoreRc store_user_add(Store *s, const StoreUserSpec *u, int64_t *id) {
  StoreRc rc = run(s, Q_USER_ADD, "ttttini", u->display, u->sip, u->upn, u->sam, u->pool_id,
                   u->exdb_id, (int64_t)u->mbx_signed);
  if (!rc && id) *id = sqlite3_last_insert_rowid(s->db);
  return rc;
}

StoreRc store_user_add_many(Store *s, const StoreUserSpec *tmpl, const char *base, int64_t first,
                            int64_t count, int contacts) {
  if (store_begin(s)) return STORE_ERROR;
  StoreRc rc = STORE_OK;
  char display[256], sip[256], upn[256], sam[256], csip[128];
  for (int64_t i = first; !rc && i < first + count; i++) {
    snprintf(display, sizeof display, "%s %lld", tmpl->display, (long long)i);
    snprintf(sip, sizeof sip, "sip:%s%lld@%s", base, (long long)i, s->domain);
    snprintf(upn, sizeof upn, "%s%lld@%s", base, (long long)i, s->domain);
    snprintf(sam, sizeof sam, "%s%lld", base, (long long)i);
    StoreUserSpec u = {display, sip, upn, sam, tmpl->pool_id, tmpl->exdb_id, tmpl->mbx_signed};
    int64_t id = 0;
    rc = store_user_add(s, &u, &id);
    for (int k = 1; !rc && k <= contacts; k++) {
      snprintf(csip, sizeof csip, "sip:contact%d@fabrikam.com", k);
      rc = store_contact_add(s, id, csip, "Lab Contacts");
    }
  }
  if (!rc) rc = store_commit(s);
  if (rc) store_rollback(s);
  return rc;
}

/* The columns USER_COLS and ACCOUNT_COLS share (the first ten), with the
 * strings copied (col_str) or lent (col_borrow); returns the next column. */
static int read_head(sqlite3_stmt *t, StoreUser *u, char *(*str)(sqlite3_stmt *, int)) {
  int i = 0;
  u->id = col_i(t, i++);
  u->display = str(t, i++);
  u->sip = str(t, i++);
  u->upn = str(t, i++);
  u->sam = str(t, i++);
  u->pool_id = col_i(t, i++);
  u->pool = str(t, i++);
  u->pool_version = (int)col_i(t, i++);
  u->policy_id = col_i(t, i++);
  u->policy = str(t, i++);
  return i;
}

static void read_user(sqlite3_stmt *t, StoreUser *u) {
  int i = read_head(t, u, col_str);
  u->exdb_id = col_i(t, i++);
  u->exdb = col_str(t, i++);
  u->ex_version = (int)col_i(t, i++);
  u->mbx_signed = col_i(t, i++);
  u->client = (int)col_i(t, i++);
  u->signed_in = col_i(t, i++);
  u->enabled = col_i(t, i++);
  u->state = (StoreState)col_i(t, i++);
  u->cond = (StoreCond)col_i(t, i++);
  u->relogon = col_i(t, i++);
  u->hidden_ucs = col_i(t, i++);
  u->in_ucs_mode = col_i(t, i++);
  u->hold = col_i(t, i++);
  u->attempts = (int)col_i(t, i++);
  u->last_attempt = col_i(t, i++);
  u->contacts = col_i(t, i++);
  u->next_due = col_i(t, i++);
  u->next_kind = (StoreWork)col_i(t, i++);
  u->eff_policy_id = col_i(t, i++);
  u->eff_allowed = col_i(t, i++);
  u->eff_delay = (int)col_i(t, i++);
  u->blockers = (unsigned)col_i(t, i++);
}

void store_user_free(StoreUser *u) {
  free(u->display);
  free(u->sip);
  free(u->upn);
  free(u->sam);
  free(u->pool);
  free(u->policy);
  free(u->exdb);
  memset(u, 0, sizeof *u);
}

StoreRc store_user_get(Store *s, int64_t id, StoreUser *out) {
  memset(out, 0, sizeof *out);
  sqlite3_stmt *t = prep(s, Q_USER_BY_ID, "i", id);
  if (!t) return STORE_ERROR;
  int rc = sqlite3_step(t);
  if (rc == SQLITE_ROW) read_user(t, out);
  sqlite3_reset(t);
  return rc == SQLITE_ROW ? STORE_OK : rc == SQLITE_DONE ? STORE_NOTFOUND : fail(s, "user");
}

StoreRc store_user_names(Store *s, int64_t id, char **display, char **sip) {
  *display = *sip = NULL;
  sqlite3_stmt *t = prep(s, Q_USER_NAMES, "i", id);
  if (!t) return STORE_ERROR;
  int rc = sqlite3_step(t);
  if (rc == SQLITE_ROW) *display = col_str(t, 0), *sip = col_str(t, 1);
  sqlite3_reset(t);
  return rc == SQLITE_ROW ? STORE_OK : rc == SQLITE_DONE ? STORE_NOTFOUND : fail(s, "user");
}

/* The smallest text above every text that starts with prefix under COLLATE
 * NOCASE (which folds ASCII A-Z only): the prefix folded to lower case with
 * its last byte raised (0xFF bytes carry; '@' + 1 would fold, so '['
 * instead). Owned; NULL when there is no such bound (empty, all 0xFF). */
static char *nocase_upper_bound(const char *prefix) {
  size_t n = strlen(prefix);
  char *hi = xmalloc(n + 1);
  for (size_t i = 0; i <= n; i++)
    hi[i] = (char)(prefix[i] >= 'A' && prefix[i] <= 'Z' ? prefix[i] + 32 : prefix[i]);
  while (n > 0 && (unsigned char)hi[n - 1] == 0xFF) hi[--n] = 0;
  if (n == 0) {
    free(hi);
    return NULL;
  }
  hi[n - 1] = (char)((unsigned char)hi[n - 1] + 1);
  if (hi[n - 1] >= 'A' && hi[n - 1] <= 'Z') hi[n - 1] = '[';
  return hi;
}

/* Names from a one-column query bound to [prefix, bound) and a limit. */
static StoreRc name_prefix(Store *s, int q_range, int q_from, const char *prefix, size_t max,
                           StoreNameFn fn, void *ctx) {
  if (max == 0) return STORE_OK;
  int64_t limit = max > INT64_MAX ? INT64_MAX : (int64_t)max;
  char *hi = nocase_upper_bound(prefix);
  sqlite3_stmt *t = hi ? prep(s, q_range, "tti", prefix, hi, limit)
                       : prep(s, q_from, "ti", prefix, limit);
  free(hi);
  if (!t) return STORE_ERROR;
  int rc;
  while ((rc = sqlite3_step(t)) == SQLITE_ROW) fn(ctx, (const char *)sqlite3_column_text(t, 0));
  sqlite3_reset(t);
  return rc == SQLITE_DONE ? STORE_OK : fail(s, "names");
}

StoreRc store_user_display_prefix(Store *s, const char *prefix, size_t max, StoreNameFn fn,
                                  void *ctx) {
  return name_prefix(s, Q_NAME_DISPLAY, Q_NAME_DISPLAY_FROM, prefix, max, fn, ctx);
}

StoreRc store_user_sip_prefix(Store *s, const char *prefix, size_t max, StoreNameFn fn,
                              void *ctx) {
  return name_prefix(s, Q_NAME_SIP, Q_NAME_SIP_FROM, prefix, max, fn, ctx);
}

/* The statement for a query: its first set field decides. */
static sqlite3_stmt *user_query(Store *s, const StoreUserQuery *q) {
  if (!q) return prep(s, Q_USER_ALL, "ii", (int64_t)0, (int64_t)-1);
  if (q->id) return prep(s, Q_USER_BY_ID, "i", q->id);
  if (q->pool_id) return prep(s, Q_USER_BY_POOL, "i", q->pool_id);
  if (q->sip) return prep(s, Q_USER_BY_SIP, "t", q->sip);
  if (q->upn) return prep(s, Q_USER_BY_UPN, "t", q->upn);
  if (q->sam) return prep(s, Q_USER_BY_SAM, "t", q->sam);
  if (q->display_like) return prep(s, Q_USER_BY_DISPLAY, "t", q->display_like);
  return prep(s, Q_USER_ALL, "ii", q->after_id, q->limit > 0 ? q->limit : (int64_t)-1);
}

static void read_account(sqlite3_stmt *t, StoreUser *u) {
  memset(u, 0, sizeof *u);
  u->enabled = col_i(t, read_head(t, u, col_borrow));
}

/* Users come as full rows (read_user) or as account rows (read_account,
 * whose strings are the statement's own, valid until the next step). */
typedef struct UserVisit {
  void (*read)(sqlite3_stmt *t, StoreUser *u);
  StoreUserFn fn;
  void *ctx;
} UserVisit;

static void user_row(sqlite3_stmt *t, void *ctx) {
  UserVisit *v = ctx;
  StoreUser u;
  v->read(t, &u);
  v->fn(v->ctx, &u);
  if (v->read != read_account) store_user_free(&u);
}

StoreRc store_user_list(Store *s, const StoreUserQuery *q, StoreUserFn fn, void *ctx) {
  UserVisit v = {read_user, fn, ctx};
  return each_row(s, user_query(s, q), user_row, &v, "users");
}


StoreRc store_user_list_accounts(Store *s, const StoreUserQuery *q, StoreUserFn fn, void *ctx) {
  if (q && q->id && !q->pool_id && !q->sip && !q->upn && !q->sam && !q->display_like) {
    UserVisit v = {read_account, fn, ctx}; /* one user's account row */
    return each_row(s, prep(s, Q_ACC_BY_ID, "i", q->id), user_row, &v, "users");
  }
  if (q && (q->id || q->sip || q->upn || q->sam || q->display_like))
    return store_user_list(s, q, fn, ctx);
  int64_t after = q ? q->after_id : 0, limit = q && q->limit > 0 ? q->limit : -1;
  sqlite3_stmt *t = q && q->pool_id ? prep(s, Q_ACC_BY_POOL, "iii", q->pool_id, after, limit)
                                    : prep(s, Q_ACC_ALL, "ii", after, limit);
  UserVisit v = {read_account, fn, ctx};
  return each_row(s, t, user_row, &v, "users");
}

static StoreRc collect_ids(Store *s, sqlite3_stmt *t, int64_t **ids, size_t *n) {
  *ids = NULL;
  *n = 0;
  if (!t) return STORE_ERROR;
  size_t cap = 0;
  int rc;
  while ((rc = sqlite3_step(t)) == SQLITE_ROW) {
    if (*n == cap) {
      cap = cap ? cap * 2 : 64;
      *ids = xrealloc(*ids, cap * sizeof **ids);
    }
    (*ids)[(*n)++] = col_i(t, 0);
  }
  sqlite3_reset(t);
  if (rc == SQLITE_DONE) return STORE_OK;
  free(*ids);
  *ids = NULL;
  *n = 0;
  return fail(s, "ids");
}

StoreRc store_user_ids(Store *s, const StoreUserQuery *q, int64_t **ids, size_t *n) {
  if (!q || (!q->id && !q->pool_id && !q->sip && !q->upn && !q->sam && !q->display_like))
    return collect_ids(s, prep(s, Q_ID_ALL, ""), ids, n);
  if (!q->id && q->pool_id) return collect_ids(s, prep(s, Q_ID_BY_POOL, "i", q->pool_id), ids, n);
  if (!q->id && q->sip) return collect_ids(s, prep(s, Q_ID_BY_SIP, "t", q->sip), ids, n);
  return collect_ids(s, user_query(s, q), ids, n);
}

StoreRc store_user_set_pool(Store *s, int64_t id, int64_t pool_id) {
  return run(s, Q_USER_POOL, "ii", id, pool_id);
}

StoreRc store_user_set_mailbox(Store *s, int64_t id, int64_t exdb_id, bool signed_in) {
  return run(s, Q_USER_MBX, "ini", id, exdb_id, (int64_t)signed_in);
}

StoreRc store_user_set_enabled(Store *s, int64_t id, bool enabled) {
  return run(s, Q_USER_ENABLED, "ii", id, (int64_t)enabled);
}

uint32_t store_epoch(const Store *s) { return s->epoch; }

StoreRc store_user_delete(Store *s, int64_t id) {
  s->epoch++;
  StoreRc rc = run(s, Q_USER_DEL_CONTACTS, "i", id);
  if (!rc) rc = run(s, Q_USER_DEL_ATTRS, "i", id);
  if (!rc) rc = run(s, Q_USER_DEL_AS_CONTACT, "i", id);
  if (!rc) rc = run(s, Q_USER_DEL_WORK, "i", id);
  if (!rc) rc = run(s, Q_USER_DEL, "i", id);
  return rc;
}

StoreRc store_user_disable(Store *s, int64_t id) {
  StoreRc rc = run(s, Q_AD_FROM_USER, "i", id);
  return rc ? rc : store_user_delete(s, id);
}

StoreRc store_user_set_sip(Store *s, int64_t id, const char *sip) {
  return run(s, Q_USER_SIP_SET, "it", id, sip);
}

StoreRc store_user_attr_set(Store *s, int64_t user_id, const char *name, const char *value) {
  if (!value) return run(s, Q_ATTR_DEL, "it", user_id, name);
  return run(s, Q_ATTR_SET, "itt", user_id, name, value);
}

typedef struct AttrVisit {
  StoreAttrFn fn;
  void *ctx;
} AttrVisit;

static void attr_row(sqlite3_stmt *t, void *ctx) {
  AttrVisit *v = ctx;
  v->fn(v->ctx, col_i(t, 0), (const char *)sqlite3_column_text(t, 1),
        (const char *)sqlite3_column_text(t, 2));
}

StoreRc store_user_attr_list(Store *s, StoreAttrFn fn, void *ctx) {
  AttrVisit v = {fn, ctx};
  return each_row(s, prep(s, Q_ATTR_LIST, ""), attr_row, &v, "attributes");
}

/* ---------------------------------------------------------------- AD accounts */

StoreRc store_aduser_ids(Store *s, const StoreUserQuery *q, int64_t **ids, size_t *n) {
  if (q->upn) return collect_ids(s, prep(s, Q_AD_BY_UPN, "t", q->upn), ids, n);
  if (q->sam) return collect_ids(s, prep(s, Q_AD_BY_SAM, "t", q->sam), ids, n);
  if (q->display_like)
    return collect_ids(s, prep(s, Q_AD_BY_DISPLAY, "t", q->display_like), ids, n);
  *ids = NULL;
  *n = 0;
  return STORE_OK;
}

StoreRc store_aduser_get(Store *s, int64_t id, StoreAdUser *out) {
  memset(out, 0, sizeof *out);
  sqlite3_stmt *t = prep(s, Q_AD_GET, "i", id);
  if (!t) return STORE_ERROR;
  int rc = sqlite3_step(t);
  if (rc == SQLITE_ROW) {
    out->id = col_i(t, 0);
    out->display = col_str(t, 1);
    out->upn = col_str(t, 2);
    out->sam = col_str(t, 3);
    out->exdb_id = col_i(t, 4);
    out->mbx_signed = col_i(t, 5) != 0;
  }
  sqlite3_reset(t);
  return rc == SQLITE_ROW ? STORE_OK : rc == SQLITE_DONE ? STORE_NOTFOUND : fail(s, "aduser");
}

void store_aduser_free(StoreAdUser *u) {
  free(u->display);
  free(u->upn);
  free(u->sam);
  memset(u, 0, sizeof *u);
}

StoreRc store_aduser_delete(Store *s, int64_t id) { return run(s, Q_AD_DEL, "i", id); }

/* ---------------------------------------------------------------- contacts */

StoreRc store_contact_add(Store *s, int64_t user_id, const char *sip, const char *group) {
  return run(s, Q_CONTACT_ADD, "itt", user_id, sip, group ? group : "");
}

StoreRc store_contact_remove(Store *s, int64_t user_id, const char *sip) {
  StoreRc rc = run(s, Q_CONTACT_DEL, "it", user_id, sip);
  return rc ? rc : changes(s) ? STORE_OK : STORE_NOTFOUND;
}

typedef struct ContactVisit {
  StoreContactFn fn;
  void *ctx;
} ContactVisit;

static void contact_row(sqlite3_stmt *t, void *ctx) {
  ContactVisit *v = ctx;
  StoreContact c = {(const char *)sqlite3_column_text(t, 0),
                    (const char *)sqlite3_column_text(t, 1)};
  v->fn(v->ctx, &c);
}

StoreRc store_contact_list(Store *s, int64_t user_id, StoreContactFn fn, void *ctx) {
  ContactVisit v = {fn, ctx};
  return each_row(s, prep(s, Q_CONTACT_LIST, "i", user_id), contact_row, &v, "contacts");
}

StoreRc store_contact_clear(Store *s, int64_t user_id) {
  return run(s, Q_CONTACT_CLEAR, "i", user_id);
}

/* ---------------------------------------------------------------- the current set */

/* Fills a set (emptied by q_clear) with ids: a run of consecutive ids (as
 * pages of Get-CsUser give) in one statement, the others one by one. */
enum { RUN_MIN = 8 };
static StoreRc fill_set(Store *s, int q_clear, int q_one, int q_run, const int64_t *ids,
                        size_t n) {
  StoreRc rc = run(s, q_clear, "");
  for (size_t i = 0, j; !rc && i < n; i = j) {
    for (j = i + 1; j < n && ids[j] == ids[j - 1] + 1;) j++;
    if (j - i >= RUN_MIN) rc = run(s, q_run, "ii", ids[i], ids[j - 1]);
    else
      for (size_t k = i; !rc && k < j; k++) rc = run(s, q_one, "i", ids[k]);
  }
  return rc;
}

StoreRc store_cur_set(Store *s, const int64_t *ids, size_t n) {
  return fill_set(s, Q_CUR_CLEAR, Q_CUR_ADD, Q_CUR_ADD_RUN, ids, n);
}

StoreRc store_sel_set(Store *s, const int64_t *ids, size_t n) {
  return fill_set(s, Q_SEL_CLEAR, Q_SEL_ADD, Q_SEL_ADD_RUN, ids, n);
}

StoreRc store_sel_from_cur(Store *s) {
  StoreRc rc = run(s, Q_SEL_CLEAR, "");
  return rc ? rc : run(s, Q_SEL_FROM_CUR, "");
}

StoreRc store_cur_from_sel(Store *s, unsigned state_mask) {
  StoreRc rc = run(s, Q_CUR_CLEAR, "");
  return rc ? rc : run(s, Q_CUR_FROM_SEL, "i", (int64_t)state_mask);
}

StoreRc store_cur_from_sel_signed(Store *s, unsigned state_mask) {
  StoreRc rc = run(s, Q_CUR_CLEAR, "");
  return rc ? rc : run(s, Q_CUR_FROM_SEL_SIGNED, "i", (int64_t)state_mask);
}

StoreRc store_cur_from_work(Store *s, int64_t due, StoreWork kind) {
  StoreRc rc = run(s, Q_CUR_CLEAR, "");
  if (!rc) rc = run(s, Q_CUR_FROM_WORK, "ii", due, (int64_t)kind);
  if (!rc) rc = run(s, Q_WORK_DEL_DUE, "ii", due, (int64_t)kind);
  return rc;
}

StoreRc store_cur_from_eff_policy(Store *s, int64_t policy_id) {
  StoreRc rc = run(s, Q_CUR_CLEAR, "");
  return rc ? rc : run(s, Q_CUR_FROM_EFF, "i", policy_id);
}

StoreRc store_cur_keep_states(Store *s, unsigned state_mask) {
  return run(s, Q_CUR_KEEP_STATES, "i", (int64_t)state_mask);
}

StoreRc store_cur_keep(Store *s, StoreFilter f, bool want) {
  static const int KEEPQ[STORE_F_COUNT][2] = {
    [STORE_F_ALLOWED] = {Q_DROP_ALLOWED, Q_KEEP_ALLOWED},
    [STORE_F_DENIED_IN_UCS] = {Q_DROP_DENIED, Q_KEEP_DENIED},
    [STORE_F_SIGNED_2013] = {Q_DROP_SIGNED, Q_KEEP_SIGNED},
    [STORE_F_HAS_CONTACTS] = {Q_DROP_CONTACTS, Q_KEEP_CONTACTS},
    [STORE_F_CORRUPTED] = {Q_DROP_CORRUPTED, Q_KEEP_CORRUPTED},
    [STORE_F_OUTDATED] = {Q_DROP_OUTDATED, Q_KEEP_OUTDATED},
    [STORE_F_EX_UNREACHABLE] = {Q_DROP_UNREACH, Q_KEEP_UNREACH},
  };
  if (f == STORE_F_ALLOWED || f == STORE_F_DENIED_IN_UCS) {
    /* No policy denies UCS (the default lab): every user's policy allows
     * it, so the verdict needs no pass over the set. */
    int64_t denying = 1;
    if (scalar(s, &denying, Q_ANY_DENYING, "")) return STORE_ERROR;
    bool holds_for_all = f == STORE_F_ALLOWED;
    if (!denying) return holds_for_all == want ? STORE_OK : run(s, Q_CUR_CLEAR, "");
  }
  return run(s, KEEPQ[f][want], "");
}

StoreRc store_cur_ids(Store *s, int64_t **ids, size_t *n) {
  return collect_ids(s, prep(s, Q_CUR_IDS, ""), ids, n);
}

StoreRc store_cur_states(Store *s, unsigned *mask) {
  int64_t *states = NULL;
  size_t n = 0;
  *mask = 0;
  StoreRc rc = collect_ids(s, prep(s, Q_CUR_STATES, ""), &states, &n);
  for (size_t i = 0; i < n; i++)
    if (states[i] >= 0 && states[i] < 32) *mask |= 1u << states[i];
  free(states);
  return rc;
}


int64_t store_cur_count(Store *s) {
  int64_t n = 0;
  return scalar(s, &n, Q_CUR_COUNT, "") ? -1 : n;
}

StoreRc store_cur_start_migrations(Store *s, const StoreStart *g, int64_t *started,
                                   int64_t *delayed) {
  int64_t ign = g->ignore;
  StoreRc rc = run(s, Q_GO_CLEAR, "");
  if (!rc) rc = run(s, Q_GO_FILL, "ii", ign, (int64_t)g->no_delay);
  if (!rc && g->ev_blocked) rc = run(s, Q_GO_BLOCKED, "ii", g->now, (int64_t)g->ev_blocked);
  if (!rc) rc = run(s, Q_GO_DROP_BLOCKED, "");
  if (!rc) rc = run(s, Q_GO_START, "i", g->now);
  if (!rc && started) *started = changes(s);
  if (!rc) rc = run(s, Q_GO_WORK, "ii", g->now + g->dur, (int64_t)WORK_MIG_DONE);
  if (!rc && g->ev_started) rc = run(s, Q_GO_EVENT, "ii", g->now, (int64_t)g->ev_started);
  if (!rc) rc = run(s, Q_GO_DWORK, "ii", g->now, (int64_t)WORK_MIG_START);
  if (!rc && delayed) *delayed = changes(s);
  if (!rc && g->ev_delayed) rc = run(s, Q_GO_DEVENT, "ii", g->now, (int64_t)g->ev_delayed);
  return rc;
}

StoreRc store_cur_set_state(Store *s, StoreState state) {
  return run(s, Q_CUR_STATE, "i", (int64_t)state);
}

StoreRc store_cur_sign_in(Store *s, int client) { return run(s, Q_CUR_SIGN, "i", (int64_t)client); }

StoreRc store_cur_set_field(Store *s, StoreField f, int value) {
  static const int FIELDQ[STORE_FLD_COUNT] = {
    [STORE_FLD_RELOGON] = Q_F_RELOGON, [STORE_FLD_IN_UCS_MODE] = Q_F_UCSMODE,
    [STORE_FLD_HOLD] = Q_F_HOLD,       [STORE_FLD_HIDDEN] = Q_F_HIDDEN,
    [STORE_FLD_COND] = Q_F_COND,
  };
  return run(s, FIELDQ[f], "i", (int64_t)value);
}

StoreRc store_cur_note_ucs_mode(Store *s) { return run(s, Q_CUR_UCS_MODE_IN_UCS, ""); }

StoreRc store_cur_relogon(Store *s, int64_t at, int ev) {
  StoreRc rc = ev ? run(s, Q_CUR_RELOGON_EV, "ii", at, (int64_t)ev) : STORE_OK;
  return rc ? rc : run(s, Q_CUR_RELOGON, "");
}

StoreRc store_cur_set_policy(Store *s, int64_t policy_id) {
  return run(s, Q_CUR_POLICY, "n", policy_id);
}

StoreRc store_cur_schedule(Store *s, StoreWork kind, int64_t due) {
  return run(s, Q_CUR_SCHED, "ii", due, (int64_t)kind);
}

StoreRc store_cur_unschedule(Store *s) { return run(s, Q_CUR_UNSCHED, ""); }

StoreRc store_cur_clear_contacts(Store *s, int64_t *lost) {
  int64_t n = 0;
  StoreRc rc = scalar(s, &n, Q_CUR_LOST, "");
  if (rc == STORE_NOTFOUND) rc = STORE_OK;
  if (!rc) rc = run(s, Q_CUR_CLEAR_CONTACTS, "");
  if (lost) *lost = n;
  return rc;
}

StoreRc store_cur_event(Store *s, int64_t at, int kind, int64_t arg) {
  return run(s, Q_CUR_EVENT, "iii", at, (int64_t)kind, arg);
}

StoreRc store_cur_event_detail(Store *s, int64_t at, int kind, int64_t arg, const char *detail) {
  return run(s, Q_CUR_EVENT_DETAIL, "iiit", at, (int64_t)kind, arg, detail);
}

/* ---------------------------------------------------------------- work and events */

StoreRc store_work_add(Store *s, int64_t due, StoreWork kind, int64_t user_id) {
  return run(s, Q_WORK_ADD, "iii", due, (int64_t)kind, user_id);
}

StoreRc store_work_next(Store *s, int64_t until, int64_t *due) {
  return scalar(s, due, Q_WORK_NEXT, "i", until);
}

StoreRc store_event_add(Store *s, int64_t at, int64_t user_id, int kind, int64_t arg,
                        const char *detail) {
  return run(s, Q_EVENT_ADD, "inist", at, user_id, (int64_t)kind, arg, detail);
}

typedef struct EventVisit {
  StoreEventFn fn;
  void *ctx;
} EventVisit;

static void event_row(sqlite3_stmt *t, void *ctx) {
  EventVisit *v = ctx;
  StoreEvent e = {col_i(t, 0), col_i(t, 2), col_i(t, 4), col_i(t, 1), (int)col_i(t, 3),
                  (const char *)sqlite3_column_text(t, 5),
                  (const char *)sqlite3_column_text(t, 6)};
  v->fn(v->ctx, &e);
}

StoreRc store_event_list(Store *s, int64_t user_id, int64_t last, StoreEventFn fn, void *ctx) {
  if (last <= 0) last = INT64_MAX;
  sqlite3_stmt *t = user_id ? prep(s, Q_EVENT_LIST_USER, "ii", last, user_id)
                            : prep(s, Q_EVENT_LIST, "i", last);
  EventVisit v = {fn, ctx};
  return each_row(s, t, event_row, &v, "events");
}

StoreRc store_pool_counts(Store *s, int64_t pool_id, StorePoolCounts *out) {
  memset(out, 0, sizeof *out);
  sqlite3_stmt *t = prep(s, Q_POOL_COUNTS, "i", pool_id);
  if (!t) return STORE_ERROR;
  int rc = sqlite3_step(t);
  if (rc == SQLITE_ROW) {
    *out = (StorePoolCounts){col_i(t, 0), col_i(t, 1), col_i(t, 2), col_i(t, 3), col_i(t, 4)};
  }
  sqlite3_reset(t);
  return rc == SQLITE_ROW ? STORE_OK : fail(s, "pool counts");
}

/* ---------------------------------------------------------------- Exchange servers, settings */

/* A one-off statement (not in the SQL[] cache: these run rarely). */
static sqlite3_stmt *prep_once(Store *s, const char *sql) {
  sqlite3_stmt *t = NULL;
  if (sqlite3_prepare_v2(s->db, sql, -1, &t, NULL) != SQLITE_OK) {
    fail(s, sql);
    sqlite3_finalize(t);
    return NULL;
  }
  return t;
}

StoreRc store_exserver_list(Store *s, StoreExServerFn fn, void *ctx) {
  sqlite3_stmt *t = prep_once(s, "SELECT x.id, x.fqdn, x.version, x.s2s, x.reachable,"
                                 " (SELECT group_concat(name, ', ') FROM (SELECT name FROM exdb d"
                                 " WHERE d.server_id = x.id ORDER BY d.id))"
                                 " FROM exserver x ORDER BY x.id");
  if (!t) return STORE_ERROR;
  int rc;
  while ((rc = sqlite3_step(t)) == SQLITE_ROW) {
    const char *dbs = (const char *)sqlite3_column_text(t, 5);
    StoreExServer x = {col_i(t, 0), (const char *)sqlite3_column_text(t, 1), dbs ? dbs : "",
                       (int)col_i(t, 2), col_i(t, 3) != 0, col_i(t, 4) != 0};
    fn(ctx, &x);
  }
  sqlite3_finalize(t);
  return rc == SQLITE_DONE ? STORE_OK : fail(s, "exchange servers");
}

StoreRc store_setting_get(Store *s, const char *key, char **out) {
  *out = NULL;
  sqlite3_stmt *t = prep_once(s, "SELECT value FROM meta WHERE key = ?1");
  if (!t) return STORE_ERROR;
  sqlite3_bind_text(t, 1, key, -1, SQLITE_TRANSIENT);
  int rc = sqlite3_step(t);
  if (rc == SQLITE_ROW) *out = col_str(t, 0);
  sqlite3_finalize(t);
  if (rc == SQLITE_ROW) return *out ? STORE_OK : STORE_NOTFOUND;
  return rc == SQLITE_DONE ? STORE_NOTFOUND : fail(s, "setting");
}

StoreRc store_setting_set(Store *s, const char *key, const char *value) {
  sqlite3_stmt *t = prep_once(s, value ? "INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)"
                                       : "DELETE FROM meta WHERE key = ?1");
  if (!t) return STORE_ERROR;
  sqlite3_bind_text(t, 1, key, -1, SQLITE_TRANSIENT);
  if (value) sqlite3_bind_text(t, 2, value, -1, SQLITE_TRANSIENT);
  int rc = sqlite3_step(t);
  sqlite3_finalize(t);
  return rc == SQLITE_DONE ? STORE_OK : fail(s, "setting");
}
