/* command.h - what a command is: a row with parameters and handlers.
 *
 * Built-in cmdlets are declared in cmdlets/ as static CmdDef tables and
 * registered by the host with cmd_register(); script functions become the
 * same runtime Command when `function` runs, so one binder serves both.
 *
 * Ownership: CmdDef/ParamDef tables are static and never freed. A Command
 * is owned by the table that holds it (the interpreter's command table or a
 * scope's function table). A CmdCtx lives for one invocation; its bound
 * values are owned by it. */
#ifndef UCSH_COMMAND_H
#define UCSH_COMMAND_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>

#include "interp.h"
#include "types.h"
#include "value.h"

/* Parameter flags */
enum {
  PF_MANDATORY = 1u << 0,
  PF_PIPELINE = 1u << 1,        /* ValueFromPipeline */
  PF_PIPELINE_PROP = 1u << 2,   /* ValueFromPipelineByPropertyName */
  PF_SWITCH = 1u << 3,          /* [switch] */
  PF_REMAINING = 1u << 4,       /* ValueFromRemainingArguments */
  PF_ALLOW_NULL = 1u << 5,      /* a $null argument is fine when mandatory */
  PF_NOT_NULL_OR_EMPTY = 1u << 6,
};

/* Tab completion of a parameter's values (runtime/complete.c calls it; the
 * cmdlets that know the domain provide it): call add(ctx, text) for each
 * candidate whose text starts with prefix (case-insensitive), at most max
 * times. text is borrowed (add copies it). Must not write errors or output:
 * nothing to offer (no store, a failure) simply adds nothing. */
typedef void (*ParamCompleteFn)(Interp *I, const char *prefix, size_t max,
                                void (*add)(void *ctx, const char *text), void *ctx);

/* A parameter as a built-in cmdlet declares it. */
typedef struct ParamDef {
  const char *name;
  const char *aliases;   /* comma-separated, or NULL */
  TypeId type;           /* T_OBJECT for any */
  bool is_array;         /* type[] */
  int position;          /* -1: named only */
  unsigned flags;        /* PF_* */
  const char *vset;      /* ValidateSet values, comma-separated, or NULL */
  const char *help;
  /* Parameter sets. NULL: the parameter belongs to every set, with the
   * position and flags above. Otherwise `;`-separated entries
   * "SetName[,position][,letters]" where letters are M (Mandatory),
   * V (ValueFromPipeline) and P (ValueFromPipelineByPropertyName); in each
   * listed set the entry's position/letters replace the fields above
   * (PF_SWITCH and the other non-set flags still apply). Example:
   * "Identity,0,MVP;Filter" */
  const char *sets;
  /* Optional (NULL: none; rows set it with `.complete = fn` after the
   * positional fields): the values tab completion offers. */
  ParamCompleteFn complete;
} ParamDef;

/* One example for Get-Help: the code line(s) and what it does. */
typedef struct CmdExample {
  const char *code;
  const char *remarks;
} CmdExample;

typedef struct CmdCtx CmdCtx;
typedef Status (*CmdFn)(CmdCtx *c);
/* input: the pipeline object (borrowed), or V_NULL with has_input false
 * when the command runs without pipeline input. */
typedef Status (*CmdProcessFn)(CmdCtx *c, Value input, bool has_input);

/* Command flags */
enum {
  CF_CMDLETBINDING = 1u << 0,  /* advanced: common parameters, no $args */
  CF_SHOULDPROCESS = 1u << 1,
  /* A function body's text mentions these automatic variables, so a call
   * must set them (the others are skipped: calls stay cheap). */
  CF_MYINVOCATION = 1u << 2,
  CF_BOUNDPARAMS = 1u << 3,
  CF_ARGS = 1u << 4,
  CF_INPUT = 1u << 5,
  CF_PSCMDLET = 1u << 6, /* the body mentions $PSCmdlet */
};

typedef struct CmdDef {
  const char *name;
  const char *aliases; /* comma-separated, or NULL */
  const ParamDef *params;
  int nparams;
  unsigned flags;
  CmdFn begin;
  CmdProcessFn process;
  CmdFn end;
  const char *synopsis;
  /* optional: release `state` when the command ends early (errors) */
  void (*cleanup)(CmdCtx *c);
  /* Optional metadata (zero-initialised when omitted): */
  const char *default_set;    /* DefaultParameterSetName */
  const char *confirm_impact; /* "High", "Medium" (default), "Low" (with CF_SHOULDPROCESS) */
  const char *output_type;    /* e.g. "System.Management.Automation.PSCustomObject" */
  const char *description;    /* Get-Help DESCRIPTION text */
  const CmdExample *examples; /* sentinel: code == NULL */
} CmdDef;

/* A parameter's place in one parameter set. */
typedef struct ParamSet {
  int set;        /* index into Command.sets */
  int position;   /* -1: named only in this set */
  unsigned flags; /* PF_MANDATORY, PF_PIPELINE, PF_PIPELINE_PROP in this set */
} ParamSet;

/* The per-set flags; the other PF_* flags hold in every set. */
#define PF_SET_FLAGS (PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP)

/* The runtime form of a parameter (built-in or script). */
typedef struct Param {
  char *name;
  char **aliases;
  int naliases;
  const TypeInfo *type; /* NULL: any */
  int position;         /* -1: named only (sets: the first listed set's) */
  unsigned flags;       /* sets: the union of the per-set flags */
  char **vset;
  int nvset;
  const Node *dflt; /* script parameters: default expression */
  /* Parameter sets: in_sets == NULL means the parameter is in every set
   * with `position` and `flags`; otherwise it is only in the listed sets
   * (set_mask has their bits). */
  ParamSet *in_sets;
  int nin_sets;
  uint32_t set_mask;
} Param;

/* Most parameter sets a command may declare (bits of a uint32_t). */
enum { CMD_MAX_SETS = 32 };

typedef enum CmdKind { CMD_BUILTIN, CMD_FUNCTION } CmdKind;

struct Command {
  CmdKind kind;
  char *name;
  unsigned flags; /* CF_* */
  Param *params;
  int nparams;
  const CmdDef *def;       /* CMD_BUILTIN */
  Script *script;          /* CMD_FUNCTION: retained */
  const Node *body;        /* CMD_FUNCTION: N_SCRIPTBLOCK */
  bool is_filter;
  /* Parameter sets (none: nsets == 0, the common fast case). The names
   * are owned; default_set is an index or -1. */
  char **sets;
  int nsets;
  int default_set;
  int confirm_impact; /* CI_* (ShouldProcess commands) */
};

/* ConfirmImpact and $ConfirmPreference levels. */
enum { CI_NONE, CI_LOW, CI_MEDIUM, CI_HIGH };

/* Per-invocation context handed to built-in handlers. */
struct CmdCtx {
  Interp *I;
  Command *cmd;
  const Node *at;      /* the N_COMMAND node, for error positions */
  Sink *out;           /* where output goes */
  Value *bound;        /* [cmd->nparams] bound values (owned) */
  bool *is_bound;      /* [cmd->nparams] */
  Value extra;         /* leftover positional args (array), or V_NULL */
  bool *from_pipe;     /* [cmd->nparams] bound from the current pipeline object */
  ErrAction ea;        /* -ErrorAction, or the preference */
  bool ea_set;
  bool verbose, verbose_set;
  bool whatif, confirm, confirm_set;
  char *errvar, *outvar; /* -ErrorVariable / -OutVariable names (owned) */
  void *state;         /* handler's own state between begin/process/end */
  /* Parameter sets: candidates still possible (bits), the chosen set
   * (-1: not resolved yet or no sets), the candidates after the command
   * line (each pipeline object starts again from them). */
  uint32_t cand, cand_args;
  int set;
  /* Per invocation, made on first use after the arguments are bound: the
   * parameters that can take pipeline input, then those that can be
   * mandatory (so each pipeline object visits only these). */
  int *hot;
  int nhot_pipe, nhot_mand;
  bool expect_input;   /* an upstream command may send pipeline input */
  bool args_checked;   /* sets and mandatory parameters settled by bind_args */
  int pipe_pos;        /* 1-based position in the pipeline (prompts) */
  /* More common parameters (names owned; lists are ArrayLists). */
  ErrAction wa, ia;
  bool wa_set, ia_set, debug, debug_set, whatif_set;
  char *warnvar, *infovar, *pipevar;
  Value outlist;       /* -OutVariable's list (shared with the variable) */
  int confirm_all;     /* ShouldProcess: 1 Yes to All, 2 No to All */
  void *pscmdlet;      /* the $PSCmdlet handle's data, detached at the end */
  CmdCtx *parent;      /* the command whose body runs this one (-ErrorVariable) */
};

/* Look up a bound parameter by name (borrowed; NULL when not bound). */
Value *cmd_arg(CmdCtx *c, const char *name);
bool cmd_switch(CmdCtx *c, const char *name);
/* Emit one object down the pipeline. */
Status cmd_emit(CmdCtx *c, Value v);
/* Write a non-terminating error from this command (message owned by
 * caller); may return ST_ERROR under -ErrorAction Stop. */
Status cmd_error(CmdCtx *c, const RtError *e, Value target);
/* The same from parts: exception type, FullyQualifiedErrorId (NULL: derived),
 * category (static strings), target (borrowed) and a printf message. */
Status cmd_errorf(CmdCtx *c, const char *exc, const char *fqid, const char *category,
                  Value target, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
Status cmd_verrorf(CmdCtx *c, const char *exc, const char *fqid, const char *category,
                   Value target, const char *fmt, va_list ap);
/* The same as a terminating error of this command (ThrowTerminatingError):
 * it stops the statement whatever -ErrorAction says. Target borrowed. */
Status cmd_throwf(CmdCtx *c, const char *exc, const char *fqid, const char *category,
                  Value target, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
Status cmd_vthrowf(CmdCtx *c, const char *exc, const char *fqid, const char *category,
                   Value target, const char *fmt, va_list ap);

/* The name of the parameter set the binder chose ("__AllParameterSets"
 * when the command has none). Borrowed. */
const char *cmd_parameter_set(CmdCtx *c);

/* ShouldProcess for built-in handlers: -WhatIf prints
 * `What if: Performing the operation "<action>" on target "<target>".` and
 * returns false; -Confirm (or ConfirmImpact >= $ConfirmPreference) asks
 * through the host. action NULL: the command name. Without a terminal the
 * prompt is a terminating error (*st = ST_ERROR, returns false). */
bool cmd_should_process(CmdCtx *c, const char *target, const char *action, Status *st);

/* $PSCmdlet.Method(args) for the evaluator: true when obj is a $PSCmdlet
 * handle (then *st and *out are set). */
bool cmd_pscmdlet_invoke(Interp *I, Value obj, const char *name, const Value *args, int nargs,
                         Value *out, Status *st);

/* Record an error record in the -ErrorVariable lists of the running
 * commands (the innermost and the functions around it). */
void cmd_note_error(Interp *I, Value record);
/* The same for a warning and the -WarningVariable lists (WarningRecord objects). */
void cmd_note_warning(Interp *I, const char *msg);

/* Every command the shell knows, for Get-Command and Get-Help: aliases
 * (cmd is the target, or NULL), then functions visible from the current
 * scope (inner ones hide outer ones), then built-ins. `target` is the
 * alias's definition (else NULL). Stop early by returning false. */
typedef enum CmdEntryKind { CE_ALIAS, CE_FUNCTION, CE_CMDLET } CmdEntryKind;
typedef struct CmdEntry {
  const char *name;
  CmdEntryKind kind;
  Command *cmd;
  const char *target;
} CmdEntry;
void cmd_each(Interp *I, bool (*visit)(void *ctx, const CmdEntry *e), void *ctx);
/* Resolve a command name as the pipeline would (alias, function, built-in). */
Command *cmd_lookup(Interp *I, const char *name);

/* A script file as the command `& path.ps1` would run (its param() block,
 * its text for comment-based help); NULL when name does not look like a
 * script path or the file cannot be read or parsed. Free with
 * cmd_script_free. */
Command *cmd_from_script_file(Interp *I, const char *name);
void cmd_script_free(Command *c);

/* Register a table of built-in commands (sentinel: name == NULL). */
void cmd_register(Interp *I, const CmdDef *defs);

#endif
