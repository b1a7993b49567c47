/* interp.c - the interpreter object: creation, the automatic and
 * preference variables, running a script, and the host streams. */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "convert.h"
#include "../parser/xalloc.h"
#include "interp_int.h"

static void set_defaults(Interp *I) {
  static const struct { const char *name, *value; } prefs[] = {
      {"ErrorActionPreference", "Continue"}, {"WarningPreference", "Continue"},
      {"VerbosePreference", "SilentlyContinue"}, {"DebugPreference", "SilentlyContinue"},
      {"InformationPreference", "SilentlyContinue"}, {"ConfirmPreference", "High"},
      {"ProgressPreference", "Continue"}, {"OFS", " "},
  };
  for (size_t i = 0; i < sizeof prefs / sizeof prefs[0]; i++)
    interp_var_set_global(I, prefs[i].name, val_cstr(prefs[i].value));
  interp_var_set_global(I, "WhatIfPreference", val_bool(false));
  interp_var_set_global(I, "FormatEnumerationLimit", val_int(4));
  interp_var_set_global(I, "MaximumErrorCount", val_int(256));
  /* $LASTEXITCODE stays undefined until a native command runs (none exist yet) */
  interp_var_set_global(I, "Error", val_ref(I->errors));
  interp_var_set_global(I, "PID", val_int((int32_t)getpid()));
  const char *home = getenv("HOME");
  interp_var_set_global(I, "HOME", val_cstr(home ? home : "/"));
  char cwd[4096];
  interp_var_set_global(I, "PWD", val_cstr(getcwd(cwd, sizeof cwd) ? cwd : "/"));
  Value tbl = val_hash_new(false);
  val_hash_setc(tbl, "PSVersion", val_cstr("5.1"));
  val_hash_setc(tbl, "PSEdition", val_cstr("Desktop"));
  val_hash_setc(tbl, "UcshVersion", val_cstr(UCSH_VERSION));
  interp_var_set_global(I, "PSVersionTable", tbl);
  interp_var_set_global(I, "Matches", val_null());
}

Interp *interp_new(const HostIO *io) {
  Interp *I = xcalloc(1, sizeof *I);
  I->io = *io;
  I->global = scope_new(NULL);
  I->global->is_script = true;
  I->scope = I->global;
  I->pending = val_null();
  I->flow_label = val_null();
  I->openv.matches = val_null();
  I->errors = val_list_new();
  I->last_ok = true;
  I->pipe_ok = true;
  set_defaults(I);
  return I;
}

void *interp_ext_get(const Interp *I, int slot) {
  return slot >= 0 && slot < INTERP_EXT_MAX ? I->ext[slot] : NULL;
}

void interp_ext_set(Interp *I, int slot, void *p, void (*free_fn)(void *)) {
  if (slot < 0 || slot >= INTERP_EXT_MAX) return;
  if (I->ext[slot] && I->ext_free[slot]) I->ext_free[slot](I->ext[slot]);
  I->ext[slot] = p;
  I->ext_free[slot] = free_fn;
}

void interp_set_write_guard(Interp *I, InterpWriteGuard guard) { I->write_guard = guard; }

void interp_free(Interp *I) {
  if (!I) return;
  for (int i = 0; i < INTERP_EXT_MAX; i++) interp_ext_set(I, i, NULL, NULL);
  while (I->scope && I->scope != I->global) {
    Scope *p = I->scope->parent;
    scope_free(I->scope);
    I->scope = p;
  }
  scope_free(I->global);
  for (int i = 0; i < I->builtins.n; i++) cmd_builtin_free(I->builtins.items[i]);
  free(I->builtins.items);
  for (int i = 0; i < I->naliases; i++) {
    free(I->aliases[i].name);
    free(I->aliases[i].target);
  }
  free(I->aliases);
  val_unref(I->pending);
  val_unref(I->flow_label);
  val_unref(I->errors);
  val_unref(I->openv.matches);
  out_free(I);
  interp_history_free(I);
  interp_transcript_stop(I);
  sb_free(&I->outbuf);
  sb_free(&I->namebuf);
  free(I);
}

int interp_exit_code(const Interp *I) {
  if (I->exited) return I->exit_code;
  return I->had_fatal ? 1 : 0;
}

void interp_request_stop(Interp *I) { I->stop = 1; }

static double mono_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void interp_set_budget(Interp *I, unsigned long steps, unsigned ms) {
  I->step_budget = steps, I->steps = 0;
  I->deadline = ms ? mono_now() + ms / 1000.0 : 0;
}

static bool past_deadline(const Interp *I) { return I->deadline > 0 && mono_now() > I->deadline; }

bool interp_stop_requested(const Interp *I) { return I->stop != 0 || past_deadline(I); }

bool interp_step(Interp *I) {
  if (I->stop) return true;
  if (!I->step_budget && I->deadline <= 0) return false;
  ++I->steps;
  bool spent = (I->step_budget && I->steps > I->step_budget) ||
               ((I->steps & 1023) == 0 && past_deadline(I));
  if (spent) I->stop = 1;
  return spent;
}
void interp_clear_stop(Interp *I) { I->stop = 0; }
void interp_clear_exit(Interp *I) { I->exited = false; }

Script *interp_current_script(Interp *I) { return I->cur_script; }

/* ---- the top-level sink: Out-Default ---- */

static Status top_emit(Interp *I, Sink *s, Value v) {
  (void)s;
  out_value(I, v);
  return ST_OK;
}

void interp_out_default(Interp *I, Value v) { out_value(I, v); }

/* ---- host streams ---- */

/* Host text does not end Out-Default's table: a 5.1 table still in its
 * grouping window prints after text written meanwhile. */
void interp_host_write(Interp *I, const char *s, size_t n) {
  I->io.write_out(I->io.ctx, s, n);
}

bool interp_can_prompt(const Interp *I) { return I->io.interactive && I->io.read_line; }

char *interp_read_line(Interp *I, const char *prompt) {
  return interp_can_prompt(I) ? I->io.read_line(I->io.ctx, prompt) : NULL;
}

static bool pref_shows(Interp *I, const char *pref, bool dflt) {
  Value *v = interp_var_get(I, pref);
  if (!v) return dflt;
  char *s = conv_to_cstr(*v, NULL);
  bool show = val_streq_ci(s, strlen(s), "Continue", 8) || val_streq_ci(s, strlen(s), "Inquire", 7) ||
              val_streq_ci(s, strlen(s), "Stop", 4);
  free(s);
  return show;
}

static void stream_line(Interp *I, const char *prefix, const char *msg) {
  StrBuf b = SB_INIT;
  sb_printf(&b, "%s: %s\n", prefix, msg);
  if (I->io.write_warn) I->io.write_warn(I->io.ctx, b.data, b.len);
  else interp_host_write(I, b.data, b.len);
  sb_free(&b);
}

bool interp_warning_wanted(Interp *I) {
  if (pref_shows(I, "WarningPreference", true)) return true;
  for (CmdCtx *c = I->cur_ctx; c; c = c->parent)
    if (c->warnvar) return true;
  return false;
}

void interp_write_warning(Interp *I, const char *msg) {
  Value *pref = interp_var_get(I, "WarningPreference");
  bool ignore = pref && pref->kind == V_STR && strcasecmp(val_sdata(*pref), "Ignore") == 0;
  if (!ignore) cmd_note_warning(I, msg); /* -WarningVariable collects even silenced ones */
  if (pref_shows(I, "WarningPreference", true)) stream_line(I, "WARNING", msg);
}

void interp_write_verbose(Interp *I, const char *msg) {
  if (pref_shows(I, "VerbosePreference", false)) stream_line(I, "VERBOSE", msg);
}

void interp_write_debug(Interp *I, const char *msg) {
  if (pref_shows(I, "DebugPreference", false)) stream_line(I, "DEBUG", msg);
}

/* ---- running a script ---- */

static void set_script_vars(Interp *I, Scope *s, const Script *sc) {
  (void)I;
  if (!sc->path) return;
  char *full = realpath(sc->path, NULL);
  const char *p = full ? full : sc->path;
  scope_set(s, "PSCommandPath", 13, val_cstr(p));
  const char *slash = strrchr(p, '/');
  scope_set(s, "PSScriptRoot", 12, slash ? val_str(p, (size_t)(slash - p)) : val_cstr("."));
  Value mi = val_obj_new(OBJ_GENERIC, "System.Management.Automation.InvocationInfo");
  Value mc = val_obj_new(OBJ_GENERIC, "System.Management.Automation.ExternalScriptInfo");
  const char *base = slash ? slash + 1 : p;
  val_obj_set(mc, "Name", val_cstr(base));
  val_obj_set(mc, "Path", val_cstr(p));
  val_obj_set(mc, "Definition", val_cstr(p));
  val_obj_set(mi, "MyCommand", mc);
  val_obj_set(mi, "InvocationName", val_cstr(sc->path));
  val_obj_set(mi, "ScriptName", val_cstr(p));
  val_obj_set(mi, "PSScriptRoot", slash ? val_str(p, (size_t)(slash - p)) : val_cstr("."));
  val_obj_set(mi, "PSCommandPath", val_cstr(p));
  scope_set(s, "MyInvocation", 12, mi);
  free(full);
}

Status pipe_call_script(Interp *I, Command *cmd, const Value *args, int nargs, Sink *out,
                        bool dot, Scope **script_scope);

static void report_uncaught(Interp *I, Status st) {
  if (st != ST_ERROR) return;
  interp_print_error(I, I->pending);
  val_unref(I->pending);
  I->pending = val_null();
  I->pending_fatal = false;
  I->had_fatal = true;
}

Status interp_run_script(Interp *I, Script *s, bool dot, const Value *args, int nargs) {
  /* One Out-Default for the whole run: no per-statement flush. */
  Sink top = {top_emit, NULL};
  Script *saved = I->cur_script;
  const Node *saved_top = I->top_block;
  Scope *saved_ss = I->script_scope;
  I->cur_script = s;
  I->top_block = s->root->u.sb.end;
  Command *cmd = cmd_from_function(I, s->path ? s->path : "", s->root, false);
  Status st = pipe_call_script(I, cmd, args, nargs, &top, dot, NULL);
  out_flush(I);
  cmd_free(cmd);
  report_uncaught(I, st);
  I->cur_script = saved;
  I->top_block = saved_top;
  I->script_scope = saved_ss;
  (void)set_script_vars;
  return st;
}

void interp_set_script_vars(Interp *I, Scope *s, const Script *sc) { set_script_vars(I, s, sc); }

void interp_set_function_vars(Interp *I, Scope *s, const char *name, const Node *at) {
  Value mi = val_obj_new(OBJ_GENERIC, "System.Management.Automation.InvocationInfo");
  Value mc = val_obj_new(OBJ_GENERIC, "System.Management.Automation.FunctionInfo");
  val_obj_set(mc, "Name", val_cstr(name));
  val_obj_set(mc, "CommandType", val_cstr("Function"));
  val_obj_set_text(mc, val_cstr(name));
  val_obj_set(mi, "MyCommand", mc);
  val_obj_set(mi, "InvocationName", val_cstr(name));
  const Script *sc = I->cur_script;
  size_t llen = 0;
  const char *line = sc && at ? script_line(sc, at->ext.line, &llen) : "";
  val_obj_set(mi, "ScriptName", val_cstr(sc && sc->path ? sc->path : ""));
  val_obj_set(mi, "ScriptLineNumber", val_int(at ? (int32_t)at->ext.line : 0));
  val_obj_set(mi, "OffsetInLine", val_int(at ? (int32_t)at->ext.col : 0));
  val_obj_set(mi, "Line", val_str(line, llen));
  scope_set(s, "MyInvocation", 12, mi);
}

bool interp_has_exited(const Interp *I) { return I->exited; }
bool interp_last_ok(const Interp *I) { return I->last_ok; }
void interp_mark_failed(Interp *I) { I->last_ok = false; }

/* The one clock (see interp.h): the real one for now. */
double ucsh_now(int *utc_offset_seconds) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  if (utc_offset_seconds) {
    time_t t = ts.tv_sec;
    struct tm lt;
    localtime_r(&t, &lt);
    *utc_offset_seconds = (int)lt.tm_gmtoff;
  }
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}
