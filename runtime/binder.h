/* binder.h - the one parameter binder (powershell.md §2): named
 * parameters by exact name, alias or unique prefix (own parameters beat
 * common ones), -Name:value, switches, positional binding by Position,
 * splatted arguments, pipeline input by value and by property name, type
 * conversion, ValidateSet, mandatory checks, and the common parameters.
 *
 * Ownership: Arg values are owned by the argument list (bind_args_free);
 * bound values are owned by the CmdCtx (bind_ctx_free). */
#ifndef UCSH_BINDER_H
#define UCSH_BINDER_H

#include "command.h"

typedef struct Arg {
  const char *pname; /* parameter name as written (no dash), or NULL */
  const char *text;  /* the parameter token as written (-Foo), for $args */
  Value v;           /* the value (owned); V_NULL when !has_value */
  bool has_value;    /* -Name:value, or a positional argument */
  bool colon;        /* written -Name:value */
  const Node *at;    /* for error positions: the parameter token or the argument */
  const Node *vat;   /* -Name:value: the value's node (NULL: use at) */
} Arg;

typedef struct ArgList {
  Arg *items;
  int n, cap;
} ArgList;

void bind_args_push(ArgList *l, Arg a); /* takes a.v */
void bind_args_free(ArgList *l);

/* Prepare ctx for cmd (allocates bound arrays). */
void bind_ctx_init(CmdCtx *c, Interp *I, Command *cmd, const Node *at, Sink *out);
void bind_ctx_free(CmdCtx *c);

/* Bind the command-line arguments. On error raises (returns ST_ERROR). */
Status bind_args(CmdCtx *c, ArgList *args);
/* Bind one pipeline object to the parameters that take pipeline input;
 * values bound from the previous object are released first. Returns
 * ST_CONTINUE when the object binds to no parameter (a non-terminating
 * InputObjectNotBound error was written: skip the object). */
Status bind_pipeline(CmdCtx *c, Value input);
/* Resolve the parameter set and check mandatory parameters (prompting for
 * them at a terminal). pipeline_pending: input may still bind some. */
Status bind_check_mandatory(CmdCtx *c, bool pipeline_pending);

/* Build the sets of a command: parse each ParamDef.sets (built-ins). */
void bind_sets_from_defs(Command *cmd);
/* Index of the set called name (case-insensitive), adding it if new;
 * -1 when there are already CMD_MAX_SETS. */
int bind_set_index(Command *cmd, const char *name);
/* Free what bind_sets_* allocated. */
void bind_sets_free(Command *cmd);
/* Put default_set first (Get-Command -Syntax lists it first). */
void bind_sets_order(Command *cmd);

/* Whether parameter p is in set s; its position and flags there. */
bool bind_param_in_set(const Param *p, int s, int *position, unsigned *flags);

/* The common parameters in PowerShell's order (Verbose ... PipelineVariable,
 * WhatIf, Confirm), for tab completion: k in 0..bind_common_count()-1.
 * Returns the name (static), or NULL when cmd does not take the k-th one;
 * *type gets its .NET type name and *shouldprocess whether it comes with
 * ShouldProcess (WhatIf, Confirm). */
int bind_common_count(void);
const char *bind_common_param(const Command *cmd, int k, const char **type, bool *shouldprocess);

/* Add the bound common parameters (-Verbose, -ErrorAction, ...) to a
 * $PSBoundParameters hashtable. */
void bind_common_to_hash(CmdCtx *c, Value h);

/* Apply the common parameters of a built-in around its handler: the
 * preference variables -WarningAction/-Verbose/... stand for are set in
 * the current scope and restored by bind_prefs_restore. */
typedef struct PrefSave {
  int n;
  struct { const char *name; Value old; bool had; } items[6];
} PrefSave;
void bind_prefs_apply(CmdCtx *c, PrefSave *s);
void bind_prefs_restore(CmdCtx *c, PrefSave *s);
/* The same variables, set in a function's own scope. */
void bind_prefs_set_local(CmdCtx *c);

/* -OutVariable: called for each object the command writes while
 * bind_tracks_output (-OutVariable or -PipelineVariable given). */
void bind_note_output(CmdCtx *c, Value v);
bool bind_tracks_output(const CmdCtx *c);

/* $PSCmdlet for an advanced function's body (owned). */
Value pscmdlet_new(CmdCtx *c);

/* Index of a parameter by exact name or alias (case-insensitive), or -1. */
int bind_find_param(const Command *cmd, const char *name);

#endif
