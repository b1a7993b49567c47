/* lab.c - the glue between the Lync cmdlets and the lab engine (lab.h). */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#include "lab.h"
#include "../parser/xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../runtime/convert.h"
#include "../runtime/strbuf.h"
#include "objutil.h"

/* The exception records of engine failures carry (not documented; ours). */
#define LAB_EXC "Microsoft.Rtc.Management.ManagementException"

void lab_ids_push(LabIds *l, int64_t id) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 16;
    l->v = xrealloc(l->v, l->cap * sizeof *l->v);
  }
  l->v[l->n++] = id;
}

void lab_ids_free(LabIds *l) {
  free(l->v);
  l->v = NULL;
  l->n = l->cap = 0;
}

Status lab_fail(CmdCtx *c, const char *fqid, const char *category, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Status st = cmd_vthrowf(c, LAB_EXC, fqid, category, val_null(), fmt, ap);
  va_end(ap);
  return st;
}

static void close_store(void *p) { store_close(p); }

/* Ctrl+C reaches the store through the interpreter's stop flag. */
static bool lab_should_stop(void *I) { return interp_stop_requested(I); }

Store *lab_store_of(Interp *I, char **err) {
  *err = NULL;
  Store *s = interp_ext_get(I, INTERP_EXT_LAB);
  if (s) return s;
  char *path = store_resolve_path(NULL, err);
  if (path) s = store_open(path, err);
  free(path);
  if (s) interp_ext_set(I, INTERP_EXT_LAB, s, close_store);
  if (s) store_set_interrupt(s, lab_should_stop, I);
  else if (!*err) *err = xstrdup("The lab store cannot be opened.");
  return s;
}

Store *lab_store(CmdCtx *c, Status *st) {
  *st = ST_OK;
  char *err = NULL;
  Store *s = lab_store_of(c->I, &err);
  if (!s) *st = lab_fail(c, "LabStoreUnavailable", "OpenError", "%s", err ? err : "");
  free(err);
  return s;
}

char *lab_dry_run_copy(Interp *I, char **err) {
  Store *s = lab_store_of(I, err);
  if (!s) return NULL;
  char tmpl[] = "/tmp/ucsh-dryrun-XXXXXX";
  char *dir = mkdtemp(tmpl) ? xstrdup(tmpl) : NULL;
  StrBuf path = SB_INIT;
  if (dir) sb_printf(&path, "%s/lab.db", dir);
  if (!dir || store_copy_to(s, sb_cstr(&path)) != STORE_OK) {
    *err = xstrdup(dir ? store_errmsg(s) : "cannot make a temporary folder");
    if (dir) rmdir(dir);
    free(dir);
    sb_free(&path);
    return NULL;
  }
  interp_ext_set(I, INTERP_EXT_LAB, NULL, NULL); /* the real store is closed */
  setenv("UCSH_STORE", sb_cstr(&path), 1);       /* and the copy opened on next use */
  sb_free(&path);
  return dir;
}

char *lab_banner(Interp *I) {
  char *err = NULL, when[64];
  Store *s = lab_store_of(I, &err);
  StrBuf b = SB_INIT;
  if (s)
    sb_printf(&b, "Lab store: %s (simulated time %s)", store_path(s),
              ucs_time_text(store_clock(s), when, sizeof when));
  else
    sb_printf(&b, "Lab store: %s", err ? err : "");
  free(err);
  return sb_take(&b, NULL);
}

size_t lab_batch_limit(CmdCtx *c) {
  ErrAction ea = c->ea_set ? c->ea : interp_error_action(c->I);
  return ea == EA_STOP || ea == EA_INQUIRE ? 1 : LAB_BATCH;
}

/* The first non-empty property of o among names, as text (malloc'd), or NULL. */
static char *prop_text(Value o, const char *const *names) {
  for (; *names; names++) {
    Value v = obj_prop(o, *names);
    char *s = v.kind != V_NULL ? lab_text(v) : NULL;
    val_unref(v);
    if (s && *s) return s;
    free(s);
  }
  return NULL;
}

char *lab_text(Value v) {
  StrBuf b = SB_INIT, r = SB_INIT;
  conv_append_str(&b, v, NULL);
  size_t n = 0;
  char *t = sb_take(&b, &n);
  if (strlen(t) == n) return t;
  for (size_t i = 0; i < n; i++) {
    if (t[i]) sb_putc(&r, t[i]);
    else sb_puts(&r, "\xEF\xBF\xBD"); /* U+FFFD */
  }
  free(t);
  return sb_take(&r, NULL);
}

char *lab_identity_text(Value v) {
  static const char *const names[] = {"Identity", "SipAddress", "DisplayName", NULL};
  if (v.kind == V_NULL) return NULL;
  if (v.kind == V_OBJ || v.kind == V_HASH) {
    /* a Get-CsUser object's Identity is a distinguished name; its SIP
     * address resolves too and is what PowerShell users pipe */
    static const char *const user_first[] = {"SipAddress", "Identity", "DisplayName", NULL};
    char *s = prop_text(v, v.kind == V_OBJ ? user_first : names);
    if (s) return s;
  }
  return lab_text(v);
}

static Status not_found(CmdCtx *c, const char *identity) {
  Value target = val_cstr(identity);
  Status st = cmd_errorf(c, LAB_EXC, "Identity", "ObjectNotFound",
                         target, "Management object not found for identity \"%s\".", identity);
  val_unref(target);
  return st;
}

/* tag = epoch in the top 24 bits, the user id below (ids stay < 2^40). */
#define LAB_ID_BITS 40

void lab_tag_user(Store *s, Value obj, int64_t user_id) {
  if (obj.kind != V_OBJ || user_id <= 0 || user_id >= ((int64_t)1 << LAB_ID_BITS)) return;
  int64_t epoch = store_epoch(s) & 0xFFFFFF;
  obj.u.o->tag = (epoch << LAB_ID_BITS) | user_id;
}

/* The user id a tagged object carries, if it is still valid; else 0. */
static int64_t tagged_id(Store *s, Value obj) {
  if (obj.kind != V_OBJ || obj.u.o->tag == 0) return 0;
  int64_t epoch = store_epoch(s) & 0xFFFFFF;
  if ((obj.u.o->tag >> LAB_ID_BITS) != epoch) return 0;
  return obj.u.o->tag & (((int64_t)1 << LAB_ID_BITS) - 1);
}

Status lab_resolve_users(CmdCtx *c, Store *s, Value identity, LabIds *out) {
  int64_t tid = tagged_id(s, identity);
  if (tid) {
    lab_ids_push(out, tid);
    return ST_OK;
  }
  if (identity.kind == V_ARR) {
    Status st = ST_OK;
    for (size_t i = 0; i < val_arr_len(identity) && st == ST_OK; i++)
      st = lab_resolve_users(c, s, val_arr_at(identity, i), out);
    return st;
  }
  char *text = lab_identity_text(identity);
  if (!text) return not_found(c, "");
  int64_t *ids = NULL;
  size_t n = 0;
  UcsResult r = {0};
  Status st = ST_OK;
  if (ucs_find_users(s, text, &ids, &n, &r) && n > 0) {
    for (size_t i = 0; i < n; i++) lab_ids_push(out, ids[i]);
  } else {
    st = not_found(c, text);
  }
  free(ids);
  ucs_result_free(&r);
  free(text);
  return st;
}

/* Error categories of the engine's refusals. */
static const char *category_of(UcsCode code) {
  switch (code) {
  case UCS_E_NOT_FOUND:
  case UCS_E_POLICY_NOT_FOUND:
  case UCS_E_NO_SITE:
  case UCS_E_NO_POOL:
  case UCS_E_NO_MAILBOX:
  case UCS_E_NO_DATABASE:
  case UCS_E_CONTACT_NOT_FOUND: return "ObjectNotFound";
  case UCS_E_POLICY_EXISTS:
  case UCS_E_USER_EXISTS:
  case UCS_E_CONTACT_EXISTS:
  case UCS_E_FILE_EXISTS: return "ResourceExists";
  case UCS_E_BAD_POLICY_ID:
  case UCS_E_SERVICE_ONLY_USERSERVER:
  case UCS_E_DELAY_RANGE:
  case UCS_E_BAD_VALUE:
  case UCS_E_NOT_USER_POLICY: return "InvalidArgument";
  case UCS_E_FILE_IO: return "WriteError";
  case UCS_E_FILE_BAD:
  case UCS_E_FILE_VERSION: return "InvalidData";
  default: return "InvalidOperation";
  }
}

/* The user's SIP address as the record's target, else the message text. */
static Value target_of(Store *s, const UcsMsg *m) {
  if (m->user_id) {
    StoreUser u;
    if (store_user_get(s, m->user_id, &u) == STORE_OK) {
      Value t = val_cstr(u.sip ? u.sip : "");
      store_user_free(&u);
      return t;
    }
  }
  return m->text ? val_cstr(m->text) : val_null();
}

Status lab_report(CmdCtx *c, Store *s, const UcsResult *r) {
  Status st = ST_OK;
  char buf[1024];
  bool warn = r->warnings > 0 && interp_warning_wanted(c->I);
  for (size_t i = 0; i < r->n && st == ST_OK; i++) {
    const UcsMsg *m = &r->v[i];
    if (!m->error && !warn) continue; /* silenced: do not build its text */
    const char *text = ucs_msg_text(s, m, buf, sizeof buf);
    if (!m->error) {
      interp_write_warning(c->I, text);
      continue;
    }
    Value target = target_of(s, m);
    st = cmd_errorf(c, LAB_EXC, NULL, category_of(m->code), target, "%s", text);
    val_unref(target);
  }
  return st;
}
