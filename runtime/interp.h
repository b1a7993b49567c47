/* interp.h - the evaluator: scopes, variables, statements, pipelines,
 * errors. The host (main.c) creates one Interp, registers the command
 * tables of cmdlets/, and runs scripts through it.
 *
 * Ownership follows value.h: Values passed in are borrowed, Values handed
 * out are owned. Status codes, not longjmp, carry control flow and errors,
 * so every frame releases what it holds on the way out. */
#ifndef UCSH_INTERP_H
#define UCSH_INTERP_H

#include <stdbool.h>
#include <stdio.h>

#include "../parser/ast.h"
#include "rterr.h"
#include "value.h"

typedef struct Interp Interp;
typedef struct Scope Scope;
typedef struct Command Command;

/* How a statement or expression ended. */
typedef enum Status {
  ST_OK = 0,
  ST_ERROR,    /* a terminating error; the record is in Interp.pending  */
  ST_BREAK,    /* break [label]  (label in Interp.flow_label)           */
  ST_CONTINUE, /* continue [label]                                      */
  ST_RETURN,   /* return: leaves the function or script block           */
  ST_EXIT,     /* exit N (code in Interp.exit_code)                     */
} Status;

/* Where pipeline output goes. emit() receives a borrowed value. */
typedef struct Sink Sink;
struct Sink {
  Status (*emit)(Interp *I, Sink *self, Value v);
  /* optional: called after each top-level statement (Out-Default ends a
   * table there); NULL for most sinks */
  void (*flush)(Interp *I, Sink *self);
};

/* A sink that collects everything into an array. */
typedef struct Collector {
  Sink sink;
  Value arr; /* V_ARR, owned */
} Collector;
void collector_init(Collector *c);
/* PowerShell's "result of a pipeline" rule: nothing -> $null, one item ->
 * that item, more -> Object[]. Owned; the collector is emptied. */
Value collector_result(Collector *c);
Value collector_array(Collector *c); /* always an array (for @()) */
void collector_free(Collector *c);

/* Host callbacks: the core never writes to a terminal itself. */
typedef struct HostIO {
  void *ctx;
  void (*write_out)(void *ctx, const char *s, size_t n); /* success/host text */
  void (*write_err)(void *ctx, const char *s, size_t n); /* error records   */
  /* Read one line for a prompt (Read-Host, confirmations); NULL at EOF.
   * malloc'd. May be NULL when there is no input. */
  char *(*read_line)(void *ctx, const char *prompt);
  bool interactive; /* a person at a terminal: prompts allowed */
  /* Console width in columns for formatting; 0: the terminal's width when
   * stdout is one, else 80 (format.c fmt_host_width). */
  int columns;
  /* WARNING:, VERBOSE: and DEBUG: lines (a host may colour them); NULL:
   * write_out. */
  void (*write_warn)(void *ctx, const char *s, size_t n);
} HostIO;

/* Error action preference values. */
typedef enum ErrAction {
  EA_CONTINUE, EA_SILENT, EA_STOP, EA_INQUIRE, EA_IGNORE, EA_SUSPEND
} ErrAction;

Interp *interp_new(const HostIO *io);
void interp_free(Interp *I);

/* Per-interpreter state of higher layers (the cmdlets' lab store, the
 * folder that stands for Windows drives, the simulated local Lync services),
 * kept opaque here: a slot holds a
 * pointer and the function that frees it when the interpreter is freed
 * (first thing in interp_free). */
enum { INTERP_EXT_LAB, INTERP_EXT_DRIVES, INTERP_EXT_SERVICES, INTERP_EXT_MAX };
void *interp_ext_get(const Interp *I, int slot);
void interp_ext_set(Interp *I, int slot, void *p, void (*free_fn)(void *));

/* A guard a higher layer sets for the files the runtime writes itself
 * (`>` and `>>` redirection): it returns why path must not be written
 * (malloc'd; the redirection then fails with that message as a
 * PermissionDenied error record), or NULL to go ahead. The cmdlets use it
 * to keep the lab store's own files out of reach (fspath.h). */
typedef char *(*InterpWriteGuard)(Interp *I, const char *path);
void interp_set_write_guard(Interp *I, InterpWriteGuard guard);

/* Run a whole parsed script (a file with -File, -Command text, REPL input)
 * as PowerShell does: a script file gets its own script scope below
 * global; `dot` runs in the current (global) scope (REPL, -Command).
 * args are bound to the script's param() block or to $args.
 * Output goes to the default formatter. Returns the status; uncaught
 * errors have already been printed. */
Status interp_run_script(Interp *I, Script *s, bool dot, const Value *args, int nargs);

/* The process exit code PowerShell would give: exit N, 1 after an uncaught
 * script-terminating error, else 0. */
int interp_exit_code(const Interp *I);

/* Invoke a script block value (V_BLOCK). new_scope: & (true) or . (false).
 * dollar_under: value for $_ ($null allowed) when set_under. Output goes to
 * `out` (NULL: discard). */
Status interp_invoke_block(Interp *I, Value block, bool new_scope, bool set_under,
                           Value dollar_under, const Value *args, int nargs, Sink *out);

/* Variables (name without $; case-insensitive). get returns borrowed or
 * NULL. set takes v. */
Value *interp_var_get(Interp *I, const char *name);
void interp_var_set(Interp *I, const char *name, Value v);
void interp_var_set_global(Interp *I, const char *name, Value v);

/* Variables by -Scope name, for the *-Variable cmdlets. scope: NULL or
 * "Local"/"Private" (the current scope), "Script", "Global", or a number of
 * levels up ("0" current, "1" parent). options are IVAR_* flags. */
enum { IVAR_PRIVATE = 1, IVAR_CONSTANT = 2, IVAR_READONLY = 4 };
bool interp_var_scope_ok(Interp *I, const char *scope);
/* scope NULL: normal lookup through the chain; else that scope only.
 * Borrowed, or NULL. *options (if not NULL) gets the variable's flags. */
Value *interp_var_find(Interp *I, const char *name, const char *scope, unsigned *options);
/* Create or set (takes v). options < 0 keeps the flags. Returns false (and
 * releases v) when the variable is constant, or read-only without force. */
bool interp_var_put(Interp *I, const char *name, const char *scope, Value v, int options,
                    bool force);
/* Remove (scope NULL: from the nearest scope holding it). False when there
 * is no such variable or it is constant/read-only (without force). */
bool interp_var_delete(Interp *I, const char *name, const char *scope, bool force);
/* Visit each visible variable once (nearest wins); v is borrowed. */
typedef void (*InterpVarFn)(void *ctx, const char *name, Value v, unsigned options);
void interp_var_visit(Interp *I, const char *scope, InterpVarFn fn, void *ctx);

/* Aliases (Get-Alias): index 0..count-1; strings borrowed. */
int interp_alias_count(const Interp *I);
void interp_alias_at(const Interp *I, int i, const char **name, const char **target);

/* The current error action (from -ErrorAction or $ErrorActionPreference). */
ErrAction interp_error_action(Interp *I);

/* Output helpers for cmdlets: host text (Write-Host), streams. */
void interp_host_write(Interp *I, const char *s, size_t n);
/* Read one line from the host for a prompt (Get-Credential): NULL when
 * the host cannot prompt (-NonInteractive, no input; interp_can_prompt)
 * or at end of input. malloc'd. */
char *interp_read_line(Interp *I, const char *prompt);
bool interp_can_prompt(const Interp *I);
void interp_write_warning(Interp *I, const char *msg);
/* Whether a warning written now would be shown or collected (-WarningVariable):
 * callers may skip building the text of warnings nobody will see. */
bool interp_warning_wanted(Interp *I);
void interp_write_verbose(Interp *I, const char *msg);
void interp_write_debug(Interp *I, const char *msg);

/* Format a value for display the way Out-Default does and write it. */
void interp_out_default(Interp *I, Value v);

/* ---- errors ---- */

/* Make an ErrorRecord (owned) from an RtError at a source position.
 * cmd_name: the command to name in "X : message" (NULL: none). target may
 * be V_NULL. */
Value interp_error_record(Interp *I, const RtError *e, const Node *at, const char *cmd_name,
                          Value target);
/* Raise a terminating error: stores the record (takes it) and returns
 * ST_ERROR. script_fatal: true for throw and -ErrorAction Stop. */
Status interp_raise(Interp *I, Value record, bool script_fatal);
Status interp_raise_rt(Interp *I, const RtError *e, const Node *at);
/* Write a non-terminating error with the current error action; may turn it
 * into a terminating one (Stop), returning ST_ERROR. Takes the record. */
Status interp_write_error(Interp *I, Value record);
/* Print an error record to the error stream in Windows PowerShell 5.1's
 * NormalView form. */
void interp_print_error(Interp *I, Value record);
/* Print parse errors the same way (NormalView "At ..." blocks). */
struct ParseErrors;
void interp_print_parse_errors(Interp *I, const char *path, const char *src,
                               const struct ParseErrors *errs);

/* The name PowerShell puts before " : " in an error written from here: the
 * running function, else the script path, else the command text at `at`.
 * Borrowed; valid until the next call. */
const char *interp_caller_name(Interp *I, const Node *at);
/* Where such an error points: the running function's call site, else `at`. */
const Node *interp_caller_node(Interp *I, const Node *at);

/* The Script currently running (for positions), may be NULL. */
Script *interp_current_script(Interp *I);

/* exit was called; the value of $?; note a failure the host saw (a parse
 * error in -Command text counts as a failed command). */
bool interp_has_exited(const Interp *I);
/* The host runs more after a script's `exit` (ucsh -DryRun's timeline): the
 * exit code is kept. */
void interp_clear_exit(Interp *I);
bool interp_last_ok(const Interp *I);
void interp_mark_failed(Interp *I);

/* ---- the session history (history.c): the commands typed at the prompt,
 * oldest first, with ids from 1 that are never reused. Texts are owned by
 * the list; an entry pointer is valid until the list changes. */
typedef enum HistStatus { HIST_COMPLETED, HIST_FAILED, HIST_STOPPED } HistStatus;
typedef struct InterpHistory {
  int64_t id;
  char *text;
  HistStatus status;
  double start, end; /* seconds since 1970 (ucsh_now) */
} InterpHistory;
/* The REPL records each command it ran; when that command ran a history
 * entry (Invoke-History called interp_history_invoked), the entry is the
 * text it ran, as in PowerShell. */
void interp_history_add(Interp *I, const char *text, HistStatus status, double start, double end);
void interp_history_invoked(Interp *I, const char *text);
size_t interp_history_count(const Interp *I);
const InterpHistory *interp_history_at(const Interp *I, size_t i);
void interp_history_remove(Interp *I, size_t i);
void interp_history_free(Interp *I);

/* ---- Start-Transcript (transcript.c): while a transcript is open, what
 * the host shows is also written to its file, between 5.1's header and
 * footer. start: false when the file cannot be opened (errno says why);
 * one already open is stopped first. stop: false when none was open. */
bool interp_transcript_start(Interp *I, const char *path, bool append);
bool interp_transcript_stop(Interp *I);
const char *interp_transcript_path(const Interp *I); /* NULL: none */
/* The interactive loop records each command line as the console showed it. */
void interp_transcript_command(Interp *I, const char *prompt, const char *text);

/* Parses text and runs it in the current scope, its output to out (NULL:
 * discarded); a parse error is printed as PowerShell prints one and the
 * run counts as failed. */
Status interp_run_text(Interp *I, const char *text, Sink *out);

/* Set by the host: true while a command asks to stop (Ctrl+C). */
void interp_request_stop(Interp *I);
/* The interactive loop is back at its prompt: a later command runs. */
void interp_clear_stop(Interp *I);
/* Has a stop been requested (long-running cmdlets poll this)? Also true
 * once a budget set with interp_set_budget is spent. */
bool interp_stop_requested(const Interp *I);
/* For harnesses that run untrusted scripts (the evaluator's fuzz target):
 * after `steps` evaluation steps (statements and expressions; 0: no limit)
 * or `ms` milliseconds (0: no limit) the running script stops as Ctrl+C
 * stops it, with a PipelineStopped error. */
void interp_set_budget(Interp *I, unsigned long steps, unsigned ms);
/* The evaluator's step: counts one step against the budget and says
 * whether to stop now (the stop flag, a spent budget). */
bool interp_step(Interp *I);

/* The current time as seconds since the Unix epoch (UTC) and the local
 * offset in seconds. The one clock every cmdlet reads (Get-Date), so a
 * simulated lab clock can replace it in one place. */
double ucsh_now(int *utc_offset_seconds);

#endif
