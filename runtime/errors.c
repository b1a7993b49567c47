/* errors.c - ErrorRecords: making them, raising them, writing them, and
 * printing them the way Windows PowerShell 5.1 does (NormalView):
 *
 *   <command> : <message>
 *   At <file>:<line> char:<col>
 *   + <source line>
 *   +     ~~~~~~~~~
 *       + CategoryInfo          : <Category>: (<target>:<type>) [<activity>], <reason>
 *       + FullyQualifiedErrorId : <id>
 *   <blank line>
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "../parser/parser.h"
#include "../parser/xalloc.h"
#include "convert.h"
#include "interp_int.h"

#define MAX_ERRORS 256

static const char *short_name(const char *full) {
  const char *dot = strrchr(full, '.');
  return dot ? dot + 1 : full;
}

/* Exceptions a record shows as they are: PowerShell's own and the product
 * cmdlets' (Lync, Exchange). Others (.NET exceptions from expressions and
 * method calls) are wrapped in a RuntimeException, as PowerShell does. */
static bool is_ps_exception(const char *exc) {
  static const char *const direct[] = {"System.Management.Automation.", "Microsoft.PowerShell.",
                                       "Microsoft.Rtc.", "Microsoft.Exchange."};
  for (size_t i = 0; i < sizeof direct / sizeof direct[0]; i++)
    if (strncmp(exc, direct[i], strlen(direct[i])) == 0) return true;
  return false;
}

static Value exception_new(const char *type, const char *msg, Value inner) {
  Value ex = val_obj_new(OBJ_EXCEPTION, type);
  val_obj_set(ex, "Message", val_cstr(msg));
  val_obj_set(ex, "InnerException", val_ref(inner));
  return ex;
}

/* "At line:N char:M" / "At FILE:N char:M", the source line, the underline. */
static void position_message(StrBuf *b, const Script *s, const Node *at) {
  if (!s || !at) return;
  uint32_t line = at->ext.line, col = at->ext.col;
  if (s->path) sb_printf(b, "At %s:%u char:%u\n", s->path, line, col);
  else sb_printf(b, "At line:%u char:%u\n", line, col);
  size_t llen;
  const char *l = script_line(s, line, &llen);
  sb_puts(b, "+ ");
  sb_putn(b, l, llen);
  sb_puts(b, "\n+ ");
  /* spaces up to the column (in characters), then ~ for the extent */
  const char *p = l, *end = l + llen;
  for (uint32_t c = 1; c < col && p < end; c++) {
    sb_putc(b, *p == '\t' ? '\t' : ' ');
    p++;
    while (p < end && ((unsigned char)*p & 0xC0) == 0x80) p++;
  }
  size_t start = (size_t)(p - l);
  size_t ext_end = at->ext.end > at->ext.off ? at->ext.end - at->ext.off : 1;
  size_t stop = start + ext_end;
  if (stop > llen) stop = llen;
  int n = 0;
  for (const char *q = l + start; q < l + stop; q++)
    if (((unsigned char)*q & 0xC0) != 0x80) n++;
  if (n == 0) n = 1;
  for (int i = 0; i < n; i++) sb_putc(b, '~');
}

static Value invocation_info(Interp *I, const Node *at, const char *cmd_name) {
  Value ii = val_obj_new(OBJ_GENERIC, "System.Management.Automation.InvocationInfo");
  Script *s = I->cur_script;
  StrBuf pm = SB_INIT;
  position_message(&pm, s, at);
  size_t llen = 0;
  const char *line = s && at ? script_line(s, at->ext.line, &llen) : "";
  val_obj_set(ii, "MyCommand", cmd_name ? val_cstr(cmd_name) : val_null());
  val_obj_set(ii, "ScriptName", val_cstr(s && s->path ? s->path : ""));
  val_obj_set(ii, "ScriptLineNumber", val_int(at ? (int32_t)at->ext.line : 0));
  val_obj_set(ii, "OffsetInLine", val_int(at ? (int32_t)at->ext.col : 0));
  val_obj_set(ii, "Line", val_str(line, llen));
  val_obj_set(ii, "PositionMessage", val_str(pm.data ? pm.data : "", pm.len));
  sb_free(&pm);
  return ii;
}

static Value category_info(const char *category, const char *reason, const char *activity,
                           Value target) {
  Value ci = val_obj_new(OBJ_GENERIC, "System.Management.Automation.ErrorCategoryInfo");
  val_obj_set(ci, "Category", val_cstr(category ? category : "NotSpecified"));
  val_obj_set(ci, "Activity", val_cstr(activity ? activity : ""));
  val_obj_set(ci, "Reason", val_cstr(reason));
  char *tn = target.kind == V_NULL ? xstrdup("") : conv_to_cstr(target, NULL);
  val_obj_set(ci, "TargetName", val_cstr(tn));
  free(tn);
  const char *tt = "";
  if (target.kind != V_NULL) tt = short_name(conv_type_name(target));
  val_obj_set(ci, "TargetType", val_cstr(tt));
  return ci;
}

Value err_make(Interp *I, const char *msg, const char *exc, const char *fqid,
               const char *category, const Node *at, const char *cmd_name, Value target,
               Value inner) {
  if (!exc) exc = EXC_RUNTIME;
  Value ex;
  if (is_ps_exception(exc) || inner.kind != V_NULL) {
    ex = exception_new(exc, msg, inner);
  } else {
    Value in = exception_new(exc, msg, val_null());
    ex = exception_new(EXC_RUNTIME, msg, in);
    val_unref(in);
  }
  const char *reason = short_name(exc);
  if (!is_ps_exception(exc) && inner.kind == V_NULL) reason = "RuntimeException";
  Value rec = val_obj_new(OBJ_ERRORRECORD, "System.Management.Automation.ErrorRecord");
  val_obj_set(rec, "Exception", ex);
  val_obj_set(rec, "TargetObject", val_ref(target));
  val_obj_set(rec, "CategoryInfo",
              category_info(category, reason, cmd_name && I->cur_ctx ? cmd_name : "", target));
  val_obj_set(rec, "FullyQualifiedErrorId", val_cstr(fqid ? fqid : reason));
  val_obj_set(rec, "InvocationInfo", invocation_info(I, at, cmd_name));
  val_obj_set(rec, "ErrorDetails", val_null());
  val_obj_set(rec, "ScriptStackTrace", val_cstr(""));
  return rec;
}

Value interp_error_record(Interp *I, const RtError *e, const Node *at, const char *cmd_name,
                          Value target) {
  return err_make(I, e->msg ? e->msg : "", e->exc, e->fqid, e->category, at, cmd_name, target,
                  val_null());
}

const char *err_message(Value rec) {
  if (rec.kind != V_OBJ) return "";
  Value *ex = val_obj_prop(rec, "Exception");
  if (!ex || ex->kind != V_OBJ) return "";
  Value *m = val_obj_prop(*ex, "Message");
  return m && m->kind == V_STR ? val_sdata(*m) : "";
}

static const TypeInfo *exc_type(Value ex) {
  const char *name = ex.u.o->type_name->data;
  const TypeInfo *t = type_lookup(name, strlen(name));
  return t ? t : type_intern(name, type_lookup("System.Exception", 16));
}

bool err_matches(Value rec, const TypeInfo *t) {
  Value *ex = rec.kind == V_OBJ ? val_obj_prop(rec, "Exception") : NULL;
  for (int depth = 0; ex && ex->kind == V_OBJ && depth < 8; depth++) {
    if (type_derives(exc_type(*ex), t)) return true;
    ex = val_obj_prop(*ex, "InnerException");
  }
  return false;
}

void err_add_to_list(Interp *I, Value rec) {
  VArr *a = I->errors.u.a;
  if (a->len && a->items[0].kind == V_OBJ && a->items[0].u.o == rec.u.o) return;
  val_arr_push(I->errors, val_ref(rec));
  memmove(a->items + 1, a->items, (a->len - 1) * sizeof *a->items);
  a->items[0] = rec;
  if (a->len > MAX_ERRORS) {
    val_unref(a->items[a->len - 1]);
    a->len--;
  }
}

Status interp_raise(Interp *I, Value rec, bool fatal) {
  val_unref(I->pending);
  I->pending = rec;
  I->pending_fatal = fatal;
  err_add_to_list(I, rec);
  return ST_ERROR;
}

Status interp_raise_rt(Interp *I, const RtError *e, const Node *at) {
  return interp_raise(I, interp_error_record(I, e, at, NULL, val_null()), false);
}

ErrAction interp_error_action(Interp *I) {
  if (I->cur_ctx && I->cur_ctx->ea_set && I->cur_ctx->cmd->kind == CMD_BUILTIN)
    return I->cur_ctx->ea;
  Value *v = interp_var_get(I, "ErrorActionPreference");
  if (!v) return EA_CONTINUE;
  char *s = v->kind == V_STR ? NULL : conv_to_cstr(*v, NULL);
  const char *txt = s ? s : val_sdata(*v);
  static const struct { const char *n; ErrAction ea; } tab[] = {
      {"SilentlyContinue", EA_SILENT}, {"Stop", EA_STOP}, {"Continue", EA_CONTINUE},
      {"Inquire", EA_INQUIRE}, {"Ignore", EA_IGNORE}, {"Suspend", EA_SUSPEND},
  };
  ErrAction ea = EA_CONTINUE;
  size_t len = strlen(txt);
  for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
    if (val_streq_ci(txt, len, tab[i].n, strlen(tab[i].n))) {
      ea = tab[i].ea;
      break;
    }
  free(s);
  return ea;
}

/* -ErrorVariable of the running commands (binder.c). */
static void add_to_errvar(Interp *I, Value rec) { cmd_note_error(I, rec); }

Status interp_write_error(Interp *I, Value rec) {
  ErrAction ea = interp_error_action(I);
  I->pipe_ok = false;
  I->last_ok = false;
  add_to_errvar(I, rec);
  if (ea == EA_STOP) return interp_raise(I, rec, true);
  if (ea != EA_IGNORE) err_add_to_list(I, rec);
  if (ea == EA_CONTINUE || ea == EA_INQUIRE) {
    if (I->err_redirect == 2 && I->err_sink) {
      Status st = I->err_sink->emit(I, I->err_sink, rec);
      val_unref(rec);
      return st;
    }
    if (I->err_redirect != 1) interp_print_error(I, rec);
  }
  val_unref(rec);
  return ST_OK;
}

static const char *str_prop(Value o, const char *name) {
  Value *v = o.kind == V_OBJ ? val_obj_prop(o, name) : NULL;
  return v && v->kind == V_STR ? val_sdata(*v) : "";
}

static void category_line(StrBuf *b, Value rec) {
  Value *ci = val_obj_prop(rec, "CategoryInfo");
  Value c = ci ? *ci : val_null();
  sb_printf(b, "    + CategoryInfo          : %s: (%s:%s) [%s], %s\n", str_prop(c, "Category"),
            str_prop(c, "TargetName"), str_prop(c, "TargetType"), str_prop(c, "Activity"),
            str_prop(c, "Reason"));
}

void interp_print_error(Interp *I, Value rec) {
  if (I->stop) return; /* Ctrl+C: the console shows no error for what it stopped */
  StrBuf b = SB_INIT;
  Value *ii = val_obj_prop(rec, "InvocationInfo");
  Value inv = ii ? *ii : val_null();
  const char *cmd = str_prop(inv, "MyCommand");
  if (*cmd) sb_printf(&b, "%s : ", cmd);
  sb_puts(&b, err_message(rec));
  sb_putc(&b, '\n');
  const char *pm = str_prop(inv, "PositionMessage");
  if (*pm) sb_printf(&b, "%s\n", pm);
  category_line(&b, rec);
  sb_printf(&b, "    + FullyQualifiedErrorId : %s\n\n", str_prop(rec, "FullyQualifiedErrorId"));
  I->io.write_err(I->io.ctx, b.data, b.len);
  sb_free(&b);
}

void interp_print_parse_errors(Interp *I, const char *path, const char *src,
                               const ParseErrors *errs) {
  StrBuf b = SB_INIT;
  Script tmp = {0};
  tmp.path = (char *)path;
  tmp.src = (char *)src;
  tmp.len = strlen(src);
  for (int i = 0; i < errs->n; i++) {
    Node at = {0};
    at.ext = errs->items[i].ext;
    position_message(&b, &tmp, &at);
    sb_printf(&b, "\n%s\n", errs->items[i].msg);
  }
  sb_puts(&b, "    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException\n");
  sb_printf(&b, "    + FullyQualifiedErrorId : %s\n\n", errs->n ? errs->items[0].id : "ParseError");
  I->io.write_err(I->io.ctx, b.data, b.len);
  sb_free(&b);
}

const Node *interp_caller_node(Interp *I, const Node *at) {
  if (I->cur_cmd && *I->cur_cmd && I->cur_call) return I->cur_call;
  return at;
}

const char *interp_caller_name(Interp *I, const Node *at) {
  sb_reset(&I->namebuf);
  if (I->cur_cmd && *I->cur_cmd) {
    sb_puts(&I->namebuf, I->cur_cmd);
  } else if (at && I->cur_script && at->ext.end <= I->cur_script->len) {
    sb_putn(&I->namebuf, I->cur_script->src + at->ext.off, at->ext.end - at->ext.off);
  }
  return sb_cstr(&I->namebuf);
}
