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
  const Node *at;    /* for error positions */
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
 * values bound from the previous object are released first. */
Status bind_pipeline(CmdCtx *c, Value input);
/* Check mandatory parameters (after pipeline binding when there is input). */
Status bind_check_mandatory(CmdCtx *c, bool pipeline_pending);

/* Index of a parameter by exact name or alias (case-insensitive), or -1. */
int bind_find_param(const Command *cmd, const char *name);

#endif
