/* cs_exchange.c - the Exchange Management Shell cmdlets the UCS procedures
 * need: Get-Mailbox, and New-MoveRequest / Get-MoveRequest for moving a
 * mailbox between Exchange 2013 (DB2013) and Exchange 2010 (DB2010).
 *
 * The rule they carry is EX1 (decisions 7): a mailbox cannot move to
 * Exchange 2010 while the user's contacts are in the unified contact store
 * or a migration or rollback is under way; the engine (ucs_move_mailbox)
 * refuses it and says to run Invoke-CsUcsRollback first. A move completes
 * at once in the lab; Get-MoveRequest lists the completed moves from the
 * lab's event log. Identities and errors follow Exchange, not Lync. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../runtime/convert.h"
#include "../parser/xalloc.h"
#include "cmdlets.h"
#include "lab.h"
#include "objutil.h"

#define EXO_EXC "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException"
#define EXO_MAILBOX "Microsoft.Exchange.Data.Directory.Management.Mailbox"
#define EXO_MOVE "Microsoft.Exchange.Data.Directory.Management.MoveRequest"
#define EXO_MOVE_STATS "Microsoft.Exchange.MailboxReplicationService.MoveRequestStatistics"

/* ==================================================================== */
/* shared helpers                                                        */

static char *exo_text(CmdCtx *c, const char *name) {
  Value *v = cmd_arg(c, name);
  return v && v->kind != V_NULL ? lab_text(*v) : NULL;
}

/* Exchange's error for an identity that names no mailbox (the lab's domain
 * controller is atl-dc-001.<domain>). */
static Status exo_not_found(CmdCtx *c, Store *s, const char *identity) {
  char dc[300];
  snprintf(dc, sizeof dc, "atl-dc-001.%s", store_domain(s));
  return obj_fail(c, EXO_EXC, "ManagementObjectNotFound", "NotSpecified", val_cstr(identity),
                  "The operation couldn't be performed because object '%s' couldn't be found "
                  "on '%s'.", identity, dc);
}

/* "atl-ex-001.litwareinc.com" -> "atl-ex-001" (Exchange's ServerName). */
static Value exo_short_name(const char *fqdn) {
  const char *dot = fqdn ? strchr(fqdn, '.') : NULL;
  return fqdn ? val_str(fqdn, dot ? (size_t)(dot - fqdn) : strlen(fqdn)) : val_cstr("");
}

/* "litwareinc.com/Users/Ken Myer": the canonical name Exchange prints. */
static Value exo_identity(Store *s, const StoreUser *u) {
  return val_strf("%s/Users/%s", store_domain(s), u->display);
}

/* The mailbox users an identity names (Exchange forms: name, alias, e-mail
 * address, domain\alias, or a mailbox or user object); those without a
 * mailbox do not count. Writes Exchange's error when none is left. */
static Status exo_resolve(CmdCtx *c, Store *s, Value identity, LabIds *out) {
  if (identity.kind == V_ARR) {
    Status st = ST_OK;
    for (size_t i = 0; i < val_arr_len(identity) && st == ST_OK; i++)
      st = exo_resolve(c, s, val_arr_at(identity, i), out);
    return st;
  }
  char *text = lab_identity_text(identity);
  if (!text) return exo_not_found(c, s, "");
  int64_t *ids = NULL;
  size_t n = 0, before = out->n;
  UcsResult r = {0};
  ucs_find_users(s, text, &ids, &n, &r);
  for (size_t i = 0; i < n; i++) {
    StoreUser u;
    if (store_user_get(s, ids[i], &u) != STORE_OK) continue;
    if (u.exdb_id) lab_ids_push(out, u.id);
    store_user_free(&u);
  }
  Status st = out->n == before ? exo_not_found(c, s, text) : ST_OK;
  free(ids);
  ucs_result_free(&r);
  free(text);
  return st;
}

/* ==================================================================== */
/* Get-Mailbox                                                           */

static Value mbx_object(Store *s, const StoreUser *u) {
  StoreExDb db = {0};
  store_exdb_find(s, u->exdb, &db);
  Value o = val_obj_new(OBJ_GENERIC, EXO_MAILBOX);
  val_obj_set(o, "Name", val_cstr(u->display));
  val_obj_set(o, "Alias", val_cstr(u->sam));
  val_obj_set(o, "ServerName", exo_short_name(db.server));
  val_obj_set(o, "ProhibitSendQuota", val_cstr("Unlimited"));
  val_obj_set(o, "DisplayName", val_cstr(u->display));
  val_obj_set(o, "Database", val_cstr(u->exdb));
  val_obj_set(o, "PrimarySmtpAddress", val_cstr(u->upn));
  val_obj_set(o, "UserPrincipalName", val_cstr(u->upn));
  val_obj_set(o, "SamAccountName", val_cstr(u->sam));
  val_obj_set(o, "ExchangeVersion",
              val_cstr(u->ex_version == 2013 ? "0.20 (15.0.0.0)" : "0.10 (14.0.100.0)"));
  val_obj_set(o, "RecipientTypeDetails", val_cstr("UserMailbox"));
  val_obj_set(o, "Identity", exo_identity(s, u));
  store_exdb_free(&db);
  return o;
}

/* -Database and -Server narrow the list. */
static bool mbx_wanted(CmdCtx *c, Store *s, const StoreUser *u) {
  char *want_db = exo_text(c, "Database"), *want_srv = exo_text(c, "Server");
  bool ok = u->exdb_id && (!want_db || strcasecmp(want_db, u->exdb) == 0);
  if (ok && want_srv) {
    StoreExDb db = {0};
    store_exdb_find(s, u->exdb, &db);
    size_t n = strlen(want_srv);
    ok = db.server && strncasecmp(db.server, want_srv, n) == 0 &&
         (!db.server[n] || db.server[n] == '.');
    store_exdb_free(&db);
  }
  free(want_db), free(want_srv);
  return ok;
}

typedef struct MbxList {
  CmdCtx *c;
  Store *s;
  Value found; /* the mailbox objects, emitted after the listing */
} MbxList;

static void mbx_collect(void *ctx, const StoreUser *u) {
  MbxList *l = ctx;
  if (mbx_wanted(l->c, l->s, u)) val_arr_push(l->found, mbx_object(l->s, u));
}

static Status mbx_emit_all(CmdCtx *c, Value list) {
  Status st = ST_OK;
  for (size_t i = 0; i < val_arr_len(list) && st == ST_OK; i++)
    st = cmd_emit(c, val_arr_at(list, i));
  return st;
}

static Status mbx_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  MbxList l = {c, s, val_arr_new(0)};
  Value *idv = cmd_arg(c, "Identity");
  if (!idv) {
    store_user_list(s, NULL, mbx_collect, &l);
  } else {
    LabIds ids = {0};
    st = exo_resolve(c, s, *idv, &ids);
    for (size_t i = 0; i < ids.n; i++) {
      StoreUser u;
      if (store_user_get(s, ids.v[i], &u) != STORE_OK) continue;
      mbx_collect(&l, &u);
      store_user_free(&u);
    }
    lab_ids_free(&ids);
  }
  if (st == ST_OK) st = mbx_emit_all(c, l.found);
  val_unref(l.found);
  return st;
}

static const ParamDef mbx_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The mailbox: name, alias, e-mail address or domain\\alias. All mailboxes when left out."},
    {"Database", NULL, T_STRING, false, -1, 0, NULL, "Only the mailboxes in this database."},
    {"Server", NULL, T_STRING, false, -1, 0, NULL, "Only the mailboxes on this server."},
    {"ResultSize", NULL, T_OBJECT, false, -1, 0, NULL, "Accepted (Unlimited)."},
    {"DomainController", NULL, T_STRING, false, -1, 0, NULL,
     "Accepted; the lab has one directory."},
};

static const CmdExample mbx_examples[] = {
    {"Get-Mailbox -Identity \"Ken Myer\" | Format-List Name,Database,ServerName",
     "Shows which database and Exchange server hold Ken Myer's mailbox."},
    {"Get-Mailbox -Database DB2010", "Lists the mailboxes on Exchange 2010."},
    {NULL, NULL},
};

/* ==================================================================== */
/* New-MoveRequest (EX1, decisions 7)                                    */

typedef struct MovState {
  Store *s;
  char *db;
  LabIds ids;
} MovState;

static void mov_cleanup(CmdCtx *c) {
  MovState *m = c->state;
  if (!m) return;
  lab_ids_free(&m->ids);
  free(m->db);
}

/* The statistics object of a move that has completed (the lab's moves are
 * immediate). */
static Value mov_stats_object(Store *s, const StoreUser *u) {
  Value o = val_obj_new(OBJ_GENERIC, EXO_MOVE_STATS);
  val_obj_set(o, "DisplayName", val_cstr(u->display));
  val_obj_set(o, "StatusDetail", val_cstr("Completed"));
  val_obj_set(o, "TotalMailboxSize", val_null());
  val_obj_set(o, "TotalArchiveSize", val_null());
  val_obj_set(o, "PercentComplete", val_int(100));
  val_obj_set(o, "Status", val_cstr("Completed"));
  val_obj_set(o, "TargetDatabase", val_cstr(u->exdb));
  val_obj_set(o, "Identity", exo_identity(s, u));
  return o;
}

/* Did the engine refuse this user? */
static bool mov_refused(const UcsResult *r, int64_t id) {
  for (size_t i = 0; i < r->n; i++)
    if (r->v[i].error && r->v[i].user_id == id) return true;
  return false;
}

/* Moves the collected mailboxes and emits the statistics of each move. */
static Status mov_flush(CmdCtx *c, MovState *m) {
  if (!m || !m->ids.n) return ST_OK;
  UcsResult r = {0};
  bool ok = ucs_move_mailbox(m->s, m->ids.v, m->ids.n, m->db, &r);
  Status st = lab_report(c, m->s, &r);
  for (size_t i = 0; ok && st == ST_OK && i < m->ids.n; i++) {
    StoreUser u;
    if (mov_refused(&r, m->ids.v[i]) || store_user_get(m->s, m->ids.v[i], &u)) continue;
    Value o = mov_stats_object(m->s, &u);
    st = cmd_emit(c, o);
    val_unref(o);
    store_user_free(&u);
  }
  ucs_result_free(&r);
  m->ids.n = 0;
  return st;
}

/* The target database must exist (Exchange's message). */
static Status mov_begin(CmdCtx *c) {
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  MovState *m = c->state = xcalloc(1, sizeof *m);
  m->s = s;
  m->db = exo_text(c, "TargetDatabase");
  if (!m->db)
    return lab_fail(c, "TargetDatabaseRequired", "InvalidArgument",
                    "The lab does not choose a database for you: give -TargetDatabase (DB2013 "
                    "on Exchange 2013, DB2010 on Exchange 2010).");
  StoreExDb db = {0};
  StoreRc rc = store_exdb_find(s, m->db, &db);
  store_exdb_free(&db);
  if (rc == STORE_NOTFOUND)
    return lab_fail(c, "DatabaseNotFound", "ObjectNotFound",
                    "Couldn't find database \"%s\". Make sure you have typed it correctly.",
                    m->db);
  return rc ? lab_fail(c, "LabStoreFailed", "InvalidOperation", "%s", store_errmsg(s)) : ST_OK;
}

static Status mov_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  MovState *m = c->state;
  Value *idv = cmd_arg(c, "Identity");
  if (!m || !idv) return ST_OK;
  LabIds found = {0};
  Status st = exo_resolve(c, m->s, *idv, &found);
  for (size_t i = 0; st == ST_OK && i < found.n; i++) {
    StoreUser u;
    if (store_user_get(m->s, found.v[i], &u)) continue;
    char target[600];
    snprintf(target, sizeof target, "%s/Users/%s", store_domain(m->s), u.display);
    Status ask = ST_OK;
    if (cmd_should_process(c, target, NULL, &ask)) lab_ids_push(&m->ids, u.id);
    store_user_free(&u);
    st = ask;
  }
  lab_ids_free(&found);
  if (st == ST_OK && m->ids.n >= lab_batch_limit(c)) st = mov_flush(c, m);
  return st;
}

static Status mov_end(CmdCtx *c) { return mov_flush(c, c->state); }

static const ParamDef mov_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The mailbox to move: name, alias, e-mail address or domain\\alias."},
    {"TargetDatabase", NULL, T_STRING, false, -1, 0, NULL,
     "The database to move the mailbox to: DB2013 (Exchange 2013) or DB2010 (Exchange 2010)."},
    {"BatchName", NULL, T_STRING, false, -1, 0, NULL, "Accepted."},
    {"BadItemLimit", NULL, T_OBJECT, false, -1, 0, NULL, "Accepted."},
    {"AcceptLargeDataLoss", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
    {"DomainController", NULL, T_STRING, false, -1, 0, NULL,
     "Accepted; the lab has one directory."},
};

static const CmdExample mov_examples[] = {
    {"New-MoveRequest -Identity \"Ken Myer\" -TargetDatabase DB2010",
     "Moves Ken Myer's mailbox to Exchange 2010. Refused while his contacts are in the unified "
     "contact store or being migrated or rolled back: run Invoke-CsUcsRollback first (EX1)."},
    {NULL, NULL},
};

/* ==================================================================== */
/* Get-MoveRequest                                                       */

/* The last completed move of each user, from the event log. */
typedef struct GmrMove {
  int64_t user_id;
  char *db;
} GmrMove;

typedef struct GmrList {
  GmrMove *v;
  size_t n, cap;
} GmrList;

static void gmr_event(void *ctx, const StoreEvent *e) {
  GmrList *l = ctx;
  if (e->kind != UCS_EV_MAILBOX_MOVED) return;
  for (size_t i = 0; i < l->n; i++)
    if (l->v[i].user_id == e->user_id) {
      free(l->v[i].db);
      l->v[i].db = xstrdup(e->detail ? e->detail : "");
      return;
    }
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 8;
    l->v = xrealloc(l->v, l->cap * sizeof *l->v);
  }
  l->v[l->n++] = (GmrMove){e->user_id, xstrdup(e->detail ? e->detail : "")};
}

static void gmr_free(GmrList *l) {
  for (size_t i = 0; i < l->n; i++) free(l->v[i].db);
  free(l->v);
}

static Value gmr_object(Store *s, const StoreUser *u, const char *db) {
  Value o = val_obj_new(OBJ_GENERIC, EXO_MOVE);
  val_obj_set(o, "DisplayName", val_cstr(u->display));
  val_obj_set(o, "Status", val_cstr("Completed"));
  val_obj_set(o, "TargetDatabase", val_cstr(db));
  val_obj_set(o, "Alias", val_cstr(u->sam));
  val_obj_set(o, "Identity", exo_identity(s, u));
  return o;
}

/* -TargetDatabase and -Status narrow the list (every lab move is Completed). */
static bool gmr_wanted(CmdCtx *c, const char *db) {
  char *want_db = exo_text(c, "TargetDatabase"), *want_status = exo_text(c, "Status");
  bool ok = (!want_db || strcasecmp(want_db, db) == 0) &&
            (!want_status || strcasecmp(want_status, "Completed") == 0);
  free(want_db), free(want_status);
  return ok;
}

static Status gmr_emit(CmdCtx *c, Store *s, const GmrList *l) {
  Status st = ST_OK;
  for (size_t i = 0; i < l->n && st == ST_OK; i++) {
    StoreUser u;
    if (!gmr_wanted(c, l->v[i].db) || store_user_get(s, l->v[i].user_id, &u)) continue;
    Value o = gmr_object(s, &u, l->v[i].db);
    st = cmd_emit(c, o);
    val_unref(o);
    store_user_free(&u);
  }
  return st;
}

static Status gmr_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  Value *idv = cmd_arg(c, "Identity");
  GmrList l = {0};
  if (!idv) {
    store_event_list(s, 0, 0, gmr_event, &l);
  } else {
    LabIds ids = {0};
    st = exo_resolve(c, s, *idv, &ids);
    for (size_t i = 0; i < ids.n; i++) store_event_list(s, ids.v[i], 0, gmr_event, &l);
    if (st == ST_OK && ids.n && !l.n) {
      char *text = lab_identity_text(*idv);
      st = exo_not_found(c, s, text ? text : "");
      free(text);
    }
    lab_ids_free(&ids);
  }
  if (st == ST_OK) st = gmr_emit(c, s, &l);
  gmr_free(&l);
  return st;
}

static const ParamDef gmr_params[] = {
    {"Identity", NULL, T_OBJECT, false, 0, PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The mailbox whose move request is shown. All move requests when left out."},
    {"TargetDatabase", NULL, T_STRING, false, -1, 0, NULL,
     "Only the moves to this database."},
    {"Status", NULL, T_STRING, false, -1, 0,
     "None,Queued,InProgress,AutoSuspended,CompletionInProgress,Completed,CompletedWithWarning,"
     "Suspended,Failed",
     "Only the moves in this state (the lab's moves are Completed)."},
    {"BatchName", NULL, T_STRING, false, -1, 0, NULL, "Accepted."},
    {"ResultSize", NULL, T_OBJECT, false, -1, 0, NULL, "Accepted (Unlimited)."},
};

static const CmdExample gmr_examples[] = {
    {"Get-MoveRequest -Identity \"Ken Myer\"", "Shows the move of Ken Myer's mailbox."},
    {"Get-MoveRequest -TargetDatabase DB2010",
     "Lists the mailboxes moved to Exchange 2010."},
    {NULL, NULL},
};

/* ==================================================================== */

const CmdDef cs_exchange_cmdlets[] = {
    {"Get-Mailbox", NULL, mbx_params, NP(mbx_params), 0, NULL, mbx_process, NULL,
     "Views mailbox objects and attributes (Exchange Management Shell).", NULL, NULL, NULL,
     EXO_MAILBOX,
     "Lists the lab's Exchange mailboxes: the user, the database (DB2013 on Exchange 2013, "
     "DB2010 on Exchange 2010) and the server that holds it.",
     mbx_examples},
    {"New-MoveRequest", NULL, mov_params, NP(mov_params), CF_SHOULDPROCESS, mov_begin,
     mov_process, mov_end, "Moves a mailbox to another database (Exchange Management Shell).",
     mov_cleanup, NULL, NULL, EXO_MOVE_STATS,
     "Moves the mailbox to the target database; in the lab the move completes at once. A move "
     "to Exchange 2010 is refused while the user's contacts are in the unified contact store, "
     "or a migration or rollback is under way: the Lync Server administrator must roll the "
     "contacts back with Invoke-CsUcsRollback first, and the rollback must be complete (EX1).",
     mov_examples},
    {"Get-MoveRequest", NULL, gmr_params, NP(gmr_params), 0, NULL, gmr_process, NULL,
     "Views the mailbox move requests (Exchange Management Shell).", NULL, NULL, NULL,
     EXO_MOVE, "Lists the lab's completed mailbox moves: the user, Status and TargetDatabase.",
     gmr_examples},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
