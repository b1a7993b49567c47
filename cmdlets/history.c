/* history.c - the session's record: Get-History, Clear-History and
 * Invoke-History over the history the interactive loop records (runtime
 * interp_history_*), and Start-Transcript / Stop-Transcript (runtime
 * interp_transcript_*), with Windows PowerShell 5.1's parameters, objects
 * and messages. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>

#include "../runtime/convert.h"
#include "../parser/xalloc.h"
#include "cmdlets.h"
#include "fspath.h"
#include "lab.h"
#include "objutil.h"

#define HIST_TYPE "Microsoft.PowerShell.Commands.HistoryInfo"
/* FullyQualifiedErrorIds: the id, then the command's class. */
#define FQ_GET(id) id ",Microsoft.PowerShell.Commands.GetHistoryCommand"
#define FQ_CLEAR(id) id ",Microsoft.PowerShell.Commands.ClearHistoryCommand"
#define FQ_INVOKE(id) id ",Microsoft.PowerShell.Commands.InvokeHistoryCommand"

static const char *const STATUS_NAMES[] = {"Completed", "Failed", "Stopped"};

static Value hist_object(const InterpHistory *h) {
  Value o = val_obj_new(OBJ_GENERIC, HIST_TYPE);
  val_obj_set(o, "Id", val_long(h->id));
  val_obj_set(o, "CommandLine", val_cstr(h->text));
  val_obj_set(o, "ExecutionStatus", val_cstr(STATUS_NAMES[h->status]));
  val_obj_set(o, "StartExecutionTime", date_from_unix(h->start));
  val_obj_set(o, "EndExecutionTime", date_from_unix(h->end));
  val_obj_set_text(o, val_cstr(h->text)); /* ToString: the command line */
  return o;
}

/* The index of the entry with this id, or -1. */
static long hist_find(Interp *I, int64_t id) {
  for (size_t i = 0; i < interp_history_count(I); i++)
    if (interp_history_at(I, i)->id == id) return (long)i;
  return -1;
}

static Status no_such_id(CmdCtx *c, const char *fqid, int64_t id) {
  return obj_fail(c, "System.ArgumentException", fqid, "ObjectNotFound", val_long(id),
                  "Cannot locate the history for Id %lld.", (long long)id);
}

/* The -Id values as numbers (a bad one is a binding-style error). */
static bool ids_of(CmdCtx *c, int64_t **ids, size_t *n) {
  Value *v = cmd_arg(c, "Id");
  *ids = NULL, *n = 0;
  if (!v || v->kind == V_NULL) return true;
  size_t k = v->kind == V_ARR ? val_arr_len(*v) : 1;
  *ids = xcalloc(k ? k : 1, sizeof **ids);
  for (size_t i = 0; i < k; i++) {
    RtError e = {0};
    int64_t x = 0;
    if (!conv_to_long(v->kind == V_ARR ? val_arr_at(*v, i) : *v, &x, &e)) {
      rt_error_clear(&e);
      return false;
    }
    (*ids)[(*n)++] = x;
  }
  return true;
}

/* ==================================================================== */
/* Get-History                                                           */

/* -Count: the last n entries (of those up to -Id's when one is given). */
static Status gh_count(CmdCtx *c, size_t upto, int64_t count) {
  size_t from = (size_t)count < upto ? upto - (size_t)count : 0;
  Status st = ST_OK;
  for (size_t i = from; i < upto && st == ST_OK; i++) {
    Value o = hist_object(interp_history_at(c->I, i));
    st = cmd_emit(c, o);
    val_unref(o);
  }
  return st;
}

static Status gh_end(CmdCtx *c) {
  int64_t *ids;
  size_t nids;
  Value *cv = cmd_arg(c, "Count");
  int64_t count = -1;
  RtError e = {0};
  if (cv && !conv_to_long(*cv, &count, &e)) rt_error_clear(&e);
  if (!ids_of(c, &ids, &nids)) return ST_OK;
  Status st = ST_OK;
  if (nids > 1 && count >= 0)
    st = obj_fail(c, "System.ArgumentException", FQ_GET("GetHistoryNoCountWithMultipleIds"),
                  "InvalidArgument", val_long(count),
                  "The count cannot be combined with multiple Ids.");
  else if (nids == 1 && count >= 0) { /* -Count entries ending with -Id */
    long at = hist_find(c->I, ids[0]);
    st = at < 0 ? no_such_id(c, FQ_GET("GetHistoryNoHistoryForId"), ids[0])
                : gh_count(c, (size_t)at + 1, count);
  } else if (nids) {
    for (size_t i = 0; i < nids && st == ST_OK; i++) {
      long at = hist_find(c->I, ids[i]);
      if (at < 0)
        st = no_such_id(c, FQ_GET("GetHistoryNoHistoryForId"), ids[i]);
      else
        st = gh_count(c, (size_t)at + 1, 1);
    }
  } else
    st = gh_count(c, interp_history_count(c->I), count >= 0 ? count : 4096);
  free(ids);
  return st;
}

static const ParamDef gh_params[] = {
    {"Id", NULL, T_LONG, true, 0, 0, NULL, "The ids of the entries to get."},
    {"Count", NULL, T_INT, false, 1, 0, NULL, "How many of the most recent entries to get."},
};

/* ==================================================================== */
/* Clear-History                                                         */

static void ch_remove_id(CmdCtx *c, int64_t id, Status *st) {
  long at = hist_find(c->I, id);
  if (at < 0)
    *st = no_such_id(c, FQ_CLEAR("GetHistoryNoHistoryForId"), id);
  else
    interp_history_remove(c->I, (size_t)at);
}

/* Deletes entries [from, upto). */
static void ch_remove_range(CmdCtx *c, size_t from, size_t upto) {
  for (size_t i = upto; i > from; i--) interp_history_remove(c->I, i - 1);
}

/* -Count n: the n oldest entries (-Newest: the n newest), or with one -Id
 * the n entries ending with it. */
static void ch_remove_count(CmdCtx *c, long id_at, int64_t count, bool newest) {
  size_t n = interp_history_count(c->I), k = (size_t)count;
  if (id_at >= 0) {
    size_t upto = (size_t)id_at + 1;
    ch_remove_range(c, k < upto ? upto - k : 0, upto);
  } else if (newest)
    ch_remove_range(c, k < n ? n - k : 0, n);
  else
    ch_remove_range(c, 0, k < n ? k : n);
}

static void ch_remove_matching(CmdCtx *c, char **pats, int npats) {
  for (size_t i = interp_history_count(c->I); i > 0; i--)
    if (obj_match_any(pats, npats, interp_history_at(c->I, i - 1)->text))
      interp_history_remove(c->I, i - 1);
}

static Status ch_end(CmdCtx *c) {
  int64_t *ids;
  size_t nids;
  int npats = 0;
  char **pats = obj_strs(cmd_arg(c, "CommandLine"), &npats);
  Value *cv = cmd_arg(c, "Count");
  int64_t count = -1;
  RtError e = {0};
  if (cv && !conv_to_long(*cv, &count, &e)) rt_error_clear(&e);
  Status st = ST_OK;
  bool all = !pats && !cmd_arg(c, "Id") && count < 0;
  bool go = ids_of(c, &ids, &nids) &&
            (!all || cmd_should_process(c,
                                        "This command will clear all the entries from the "
                                        "session history.",
                                        NULL, &st));
  if (!go) {
  } else if (pats)
    ch_remove_matching(c, pats, npats);
  else if (nids == 1 && count >= 0) {
    long at = hist_find(c->I, ids[0]);
    if (at < 0)
      st = no_such_id(c, FQ_CLEAR("GetHistoryNoHistoryForId"), ids[0]);
    else
      ch_remove_count(c, at, count, false);
  } else if (nids)
    for (size_t i = 0; i < nids; i++) ch_remove_id(c, ids[i], &st);
  else if (count >= 0)
    ch_remove_count(c, -1, count, cmd_switch(c, "Newest"));
  else
    ch_remove_range(c, 0, interp_history_count(c->I));
  free(ids);
  obj_strs_free(pats, npats);
  return st;
}

static const ParamDef ch_params[] = {
    {"Id", NULL, T_INT, true, 0, 0, NULL, "The ids of the entries to delete.", "IDParameter,0"},
    {"CommandLine", NULL, T_STRING, true, -1, 0, NULL,
     "Delete the entries with these command lines (wildcards).", "CommandLineParameter"},
    {"Count", NULL, T_INT, false, 1, 0, NULL, "How many entries to delete (the oldest)."},
    {"Newest", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "With -Count: the newest entries."},
};

/* ==================================================================== */
/* Invoke-History                                                        */

/* The entry text names: an id, or the most recent command line starting
 * with it; NULL text: the last entry. NULL when there is none. */
static const InterpHistory *ih_find(Interp *I, const char *text, bool *by_id, long long *id) {
  size_t n = interp_history_count(I);
  char *end = NULL;
  *id = text ? strtoll(text, &end, 10) : 0;
  *by_id = text && *text && !*end;
  if (!text) return n ? interp_history_at(I, n - 1) : NULL;
  if (*by_id)
    return hist_find(I, *id) >= 0 ? interp_history_at(I, (size_t)hist_find(I, *id)) : NULL;
  for (size_t i = n; i > 0; i--)
    if (strncasecmp(interp_history_at(I, i - 1)->text, text, strlen(text)) == 0)
      return interp_history_at(I, i - 1);
  return NULL;
}

/* Invoke-History's terminating errors (5.1's texts). */
static Status ih_fail(CmdCtx *c, const char *text, bool by_id, long long id) {
  if (!text)
    return cmd_throwf(c, "System.InvalidOperationException",
                      FQ_INVOKE("InvokeHistoryNoLastHistoryEntryFound"), "InvalidOperation",
                      val_null(), "Cannot locate most recent history.");
  if (by_id)
    return cmd_throwf(c, "System.ArgumentException", FQ_INVOKE("InvokeHistoryNoHistoryForId"),
                      "ObjectNotFound", val_null(), "Cannot locate the history for Id %lld.", id);
  return cmd_throwf(c, "System.ArgumentException",
                    FQ_INVOKE("InvokeHistoryNoHistoryForCommandline"), "ObjectNotFound", val_null(),
                    "Cannot locate the history for command line %s.", text);
}

/* The entry -Id names; NULL after an error. */
static const InterpHistory *ih_entry(CmdCtx *c, Status *st) {
  Value *v = cmd_arg(c, "Id");
  char *text = v && v->kind != V_NULL ? conv_to_cstr(*v, NULL) : NULL;
  bool by_id;
  long long id;
  const InterpHistory *h = ih_find(c->I, text, &by_id, &id);
  if (!h) *st = ih_fail(c, text, by_id, id);
  free(text);
  return h;
}

static Status ih_end(CmdCtx *c) {
  Status st = ST_OK;
  const InterpHistory *h = ih_entry(c, &st);
  if (!h || !cmd_should_process(c, h->text, NULL, &st)) return st;
  char *text = xstrdup(h->text); /* running it may change the list */
  interp_history_invoked(c->I, text);
  interp_host_write(c->I, text, strlen(text)); /* PowerShell shows what it runs */
  interp_host_write(c->I, "\n", 1);
  st = interp_run_text(c->I, text, c->out);
  free(text);
  return st;
}

static const ParamDef ih_params[] = {
    {"Id", NULL, T_STRING, false, 0, PF_PIPELINE_PROP, NULL,
     "The id of the entry to run, or the start of its command line; none: the "
     "last one."},
};

/* ==================================================================== */
/* Start-Transcript, Stop-Transcript                                    */

/* The default file: PowerShell_transcript.<timestamp>.txt in the home folder. */
static char *default_transcript(void) {
  char when[32], *out = NULL;
  time_t now = time(NULL);
  struct tm tm;
  localtime_r(&now, &tm);
  strftime(when, sizeof when, "%Y%m%d%H%M%S", &tm);
  const char *home = getenv("HOME");
  size_t n = strlen(home ? home : ".") + 64;
  out = xmalloc(n);
  snprintf(out, n, "%s/PowerShell_transcript.%s.txt", home ? home : ".", when);
  return out;
}

static Status tr_start_end(CmdCtx *c) {
  Value *pv = cmd_arg(c, "Path");
  char *typed = pv && pv->kind != V_NULL ? conv_to_cstr(*pv, NULL) : default_transcript();
  Status st = ST_OK;
  char *real = fspath_resolve(c, typed, &st);
  bool exists = real && access(real, F_OK) == 0;
  if (real && exists && cmd_switch(c, "NoClobber") && !cmd_switch(c, "Append"))
    st = lab_fail(c, "NoClobber,Microsoft.PowerShell.Commands.StartTranscriptCommand",
                  "ResourceExists", "The file '%s' already exists.", typed);
  else if (real && !fspath_refuse_write(c, real, &st) &&
           cmd_should_process(c, typed, NULL, &st)) {
    if (!interp_transcript_start(c->I, real, cmd_switch(c, "Append")))
      st = lab_fail(c, "CannotStartTranscription,Microsoft.PowerShell.Commands.StartTranscriptCommand",
                    "InvalidOperation", "Transcription cannot be started: %s", strerror(errno));
    else {
      char msg[4200];
      snprintf(msg, sizeof msg, "Transcript started, output file is %s", typed);
      Value v = val_cstr(msg);
      st = cmd_emit(c, v);
      val_unref(v);
    }
  }
  free(real);
  free(typed);
  return st;
}

static Status tr_stop_end(CmdCtx *c) {
  const char *p = interp_transcript_path(c->I);
  if (!p)
    return lab_fail(c, "InvalidOperation,Microsoft.PowerShell.Commands.StopTranscriptCommand",
                    "InvalidOperation", "An error occurred stopping transcription: The host is "
                    "not currently transcribing.");
  char msg[4200];
  snprintf(msg, sizeof msg, "Transcript stopped, output file is %s", p);
  interp_transcript_stop(c->I);
  Value v = val_cstr(msg);
  Status st = cmd_emit(c, v);
  val_unref(v);
  return st;
}

static const ParamDef tr_params[] = {
    {"Path", NULL, T_STRING, false, 0, 0, NULL, "The transcript file."},
    {"Append", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Add to the end of the file."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
    {"NoClobber", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Do not replace an existing file."},
    {"IncludeInvocationHeader", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted."},
};

/* ==================================================================== */

const CmdDef history_cmdlets[] = {
    {"Get-History", "h,history,ghy", gh_params, NP(gh_params), 0, NULL, NULL, gh_end,
     "Gets a list of the commands entered during the current session.", NULL, NULL, NULL,
     HIST_TYPE},
    {"Clear-History", "clhy", ch_params, NP(ch_params), CF_SHOULDPROCESS, NULL, NULL, ch_end,
     "Deletes entries from the command history.", NULL, "IDParameter"},
    {"Invoke-History", "r,ihy", ih_params, NP(ih_params), CF_SHOULDPROCESS, NULL, NULL, ih_end,
     "Runs commands from the session history.", NULL},
    {"Start-Transcript", NULL, tr_params, NP(tr_params), CF_SHOULDPROCESS, NULL, NULL,
     tr_start_end, "Creates a record of all or part of a session in a text file.", NULL},
    {"Stop-Transcript", NULL, NULL, 0, 0, NULL, NULL, tr_stop_end,
     "Stops a transcript.", NULL},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
