/* interp_int.h - the evaluator's private structures, shared by interp.c,
 * scope.c, eval.c, pipeline.c, binder.c, errors.c and output.c. Nothing
 * outside runtime/ includes this file. Ownership as in value.h. */
#ifndef UCSH_INTERP_INT_H
#define UCSH_INTERP_INT_H

#include "command.h"
#include "interp.h"
#include "ops.h"
#include "strbuf.h"

/* ---- scopes (scope.c, prefix scope_) ---- */

enum { VAR_PRIVATE = 1, VAR_CONST = 2, VAR_READONLY = 4 };

typedef struct Var {
  char *name;            /* stored right after the Var, in one allocation */
  size_t len;
  uint32_t hash;
  Value v;               /* owned */
  const TypeInfo *type;  /* type constraint ([int]$x), or NULL */
  unsigned flags;
} Var;

typedef struct FuncEnt {
  char *name;
  uint32_t hash;
  Command *cmd; /* owned */
} FuncEnt;

enum { SCOPE_SMALL = 16 };

struct Scope {
  Scope *parent;
  Var **vars;       /* open addressing, NULL = empty; starts as `small` */
  Var *small[SCOPE_SMALL];
  size_t nvars, capvars;
  FuncEnt *funcs;   /* small array */
  size_t nfuncs, capfuncs;
  bool is_script;   /* a script scope ($script: resolves here) */
  int refs;         /* scopes can outlive a call (closures later) */
};

Scope *scope_new(Scope *parent);
void scope_free(Scope *s);
Var *scope_find_local(Scope *s, const char *name, size_t len, uint32_t h);
/* Walk the chain from s up (skipping private variables of other scopes). */
Var *scope_lookup(Scope *s, const char *name, size_t len, uint32_t h);
/* Create or return the local variable (value untouched if it exists). */
Var *scope_local(Scope *s, const char *name, size_t len, uint32_t h);
void scope_set(Scope *s, const char *name, size_t len, Value v); /* takes v */
bool scope_remove(Scope *s, const char *name, size_t len);
Command *scope_find_func(Scope *s, const char *name);
void scope_set_func(Scope *s, const char *name, Command *cmd); /* takes cmd */

/* ---- the interpreter ---- */

typedef struct CmdTab {
  Command **items; /* built-ins, owned */
  int n, cap;
} CmdTab;

typedef struct AliasEnt {
  char *name;
  char *target;
} AliasEnt;

/* A try/trap handler frame is counted so statement-terminating errors know
 * whether someone up the stack will handle them. */
typedef struct Transcript Transcript;

struct Interp {
  HostIO io;
  Scope *global;
  Scope *scope;        /* current */
  Scope *script_scope; /* nearest script scope */
  CmdTab builtins;
  AliasEnt *aliases;
  int naliases, capaliases;

  Value pending;       /* the ErrorRecord of a pending ST_ERROR */
  bool pending_fatal;  /* script-terminating (throw, -ErrorAction Stop) */
  Value flow_label;    /* label of a pending break/continue (V_NULL: none) */
  int exit_code;
  bool exited;
  bool had_fatal;      /* an uncaught script-terminating error happened */
  int handlers;        /* active try bodies and trap-bearing blocks */
  bool last_ok;        /* $? */
  bool pipe_ok;        /* no error written in the running pipeline yet */
  int err_redirect;    /* 0 normal, 1 errors discarded (2>$null), 2 merged (2>&1) */
  Sink *err_sink;      /* with err_redirect 2: where error records go */
  int depth;           /* call depth (recursion guard) */
  volatile int stop;   /* Ctrl+C requested */
  unsigned long step_budget, steps; /* interp_set_budget; 0: no budget */
  double deadline;     /* interp_set_budget's time limit (CLOCK_MONOTONIC s); 0: none */

  Script *cur_script;  /* the script whose nodes are running */
  const Node *top_block; /* the block whose statements Out-Default groups by */
  const char *cur_cmd; /* name of the running function/cmdlet, for errors */
  CmdCtx *cur_ctx;     /* innermost running command's context */
  const Node *cur_call; /* call site of the running function (error positions) */

  void *ext[INTERP_EXT_MAX];              /* see interp_ext_set */
  InterpWriteGuard write_guard;           /* see interp_set_write_guard */
  void (*ext_free[INTERP_EXT_MAX])(void *);
  Value errors;        /* $Error: an ArrayList, newest first */
  OpEnv openv;
  StrBuf outbuf;       /* scratch for output formatting */
  StrBuf namebuf;      /* interp_caller_name's storage */
  struct FmtOut *fmt;  /* the top-level Out-Default (format.h); NULL until used */
  struct Transcript *transcript; /* Start-Transcript's file, or NULL (transcript.c) */
  struct {             /* the session history (history.c) */
    InterpHistory *v;
    size_t n, cap;
    int64_t next_id;
    char *invoked;     /* what Invoke-History ran in the command being run */
  } hist;
};

/* ---- eval.c (prefix ev_) ---- */
Status ev_expr(Interp *I, const Node *n, Value *out);          /* owned out */
Status ev_stmt(Interp *I, const Node *n, Sink *out);
Status ev_block(Interp *I, const Node *block, Sink *out);      /* N_STMTBLOCK */
Status ev_stmt_value(Interp *I, const Node *n, Value *out);    /* collected result */
Status ev_emit_unrolled(Interp *I, Sink *out, Value v);        /* arrays unroll */
uint32_t ev_hash(const char *s, size_t len);
Value ev_const(const Node *n);                                  /* N_CONST value */
/* Run a script block body (N_SCRIPTBLOCK) begin+process+end once with no
 * pipeline input, in the current scope. */
Status ev_run_scriptblock(Interp *I, const Node *sb, Sink *out);

/* ---- pipeline.c (prefix pipe_) ---- */
Status pipe_run(Interp *I, const Node *pipeline, Sink *out);
/* Resolve a command name: alias, function, built-in. NULL if none. */
Command *pipe_resolve(Interp *I, const char *name);
/* Call a command with already-evaluated arguments and optional pipeline
 * input (used by & on script blocks too). */
Command *cmd_from_function(Interp *I, const char *name, const Node *funcdef_or_sb,
                           bool is_filter);
void cmd_free(Command *c);

/* ---- errors.c (prefix err_) ---- */
Value err_make(Interp *I, const char *msg, const char *exc, const char *fqid,
               const char *category, const Node *at, const char *cmd_name, Value target,
               Value inner);
bool err_matches(Value record, const TypeInfo *t);
const char *err_message(Value record); /* borrowed */
void err_add_to_list(Interp *I, Value record); /* $Error, newest first */

/* ---- output.c (prefix out_) ---- */
void out_value(Interp *I, Value v);
/* End Out-Default's open document (a table or list): at the end of a
 * script run, as PowerShell's one Out-Default per command line does. */
void out_flush(Interp *I);
void out_free(Interp *I);
void cmd_builtin_free(Command *c);

#endif
