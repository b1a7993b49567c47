/* ast.h - the syntax tree the parser builds and the evaluator walks.
 *
 * Ownership (the one rule): a parsed Script owns its source text, its file
 * name and an arena; every Node, NodeList array and string reachable from
 * Script.root lives in that arena and dies with the Script. Nodes are
 * immutable once parsing ends. Anyone who keeps a Node beyond the call that
 * handed it over (a script block value, a function table entry) keeps the
 * Script alive with script_retain() and lets go with script_release().
 *
 * Strings in nodes are NUL-terminated UTF-8 with an explicit length (a
 * string literal may contain NUL). Escapes are already decoded: a single-
 * quoted 'it''s' is stored as  it's ; a double-quoted string becomes an
 * N_EXPSTR whose literal parts are decoded text.
 *
 * The parser knows nothing of the runtime: constants are tagged literals
 * (AstLit), not runtime values. */
#ifndef UCSH_AST_H
#define UCSH_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A span of source. off/end are byte offsets (end exclusive); line and col
 * are 1-based; col counts characters (code points), as PowerShell's
 * "char:N" does. */
typedef struct Extent {
  uint32_t off, end;
  uint32_t line, col;
} Extent;

typedef struct Node Node;

typedef struct NodeList {
  Node **items;
  int n;
} NodeList;

typedef enum NodeKind {
  /* ---- structure ---- */
  N_SCRIPTBLOCK, /* a script file or a { } literal or a function body      */
  N_PARAMBLOCK,  /* param( ... ) with its attributes ([CmdletBinding()])   */
  N_PARAMDECL,   /* one parameter: attributes/type constraints, default    */
  N_ATTRIBUTE,   /* [Name(pos, args, Named = value, Flag)]                 */
  N_TYPECONSTRAINT, /* [int] in front of a parameter or variable           */
  N_NAMEDARG,    /* Named = value inside an attribute (value NULL: $true)  */
  N_STMTBLOCK,   /* { stmt; stmt } as a statement body                     */

  /* ---- statements ---- */
  N_PIPELINE,  /* elem | elem | elem  (elems: N_COMMAND or N_CMDEXPR)      */
  N_COMMAND,   /* a command invocation, possibly with & or .              */
  N_CMDEXPR,   /* an expression used as a pipeline element (+ redirects)  */
  N_PARAM,     /* -Name or -Name:value inside a command                    */
  N_REDIR,     /* 2>&1, > file, >> file, 2>$null, *> file                  */
  N_ASSIGN,    /* lhs op= statement                                        */
  N_IF,
  N_WHILE,
  N_DOWHILE,
  N_DOUNTIL,
  N_FOR,
  N_FOREACH,
  N_SWITCH,
  N_SWITCHCLAUSE,
  N_BREAK,
  N_CONTINUE,
  N_RETURN,
  N_EXIT,
  N_THROW,
  N_TRY,
  N_CATCH,
  N_TRAP,
  N_FUNCDEF,

  /* ---- expressions ---- */
  N_CONST,     /* a literal: string, bareword, number                      */
  N_EXPSTR,    /* "text $var $(...)": parts are N_CONST/N_VAR/N_SUBEXPR    */
  N_VAR,       /* $name, $scope:name, ${any}, @splat                       */
  N_BINARY,
  N_UNARY,     /* prefix ops, and ++/-- pre and post                       */
  N_CAST,      /* [type] expr ([ordered]@{...} is a cast to "ordered")     */
  N_TYPE,      /* [type] alone                                             */
  N_ARRAYLIT,  /* a, b, c  (the comma operator)                            */
  N_ARRAYEXPR, /* @( statements )                                          */
  N_SUBEXPR,   /* $( statements )                                          */
  N_PAREN,     /* ( pipeline-or-statement )                                */
  N_HASH,      /* @{ k = v; ... }                                          */
  N_SBEXPR,    /* { ... } used as a value: wraps an N_SCRIPTBLOCK          */
  N_MEMBER,    /* obj.name, obj::name, obj.$expr, obj."str"                */
  N_INVOKE,    /* obj.name(args), obj::name(args)                          */
  N_INDEX,     /* obj[index]                                               */

  N_KIND_COUNT
} NodeKind;

/* Operators, shared by N_BINARY, N_UNARY and N_ASSIGN. Comparison-like
 * operators carry a case mode in Node.flags (AST_CASE_*). */
typedef enum AstOp {
  OP_NONE = 0,
  /* arithmetic */
  OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD,
  /* comparison and text (case mode applies) */
  OP_EQ, OP_NE, OP_GT, OP_GE, OP_LT, OP_LE,
  OP_LIKE, OP_NOTLIKE, OP_MATCH, OP_NOTMATCH,
  OP_CONTAINS, OP_NOTCONTAINS, OP_IN, OP_NOTIN,
  OP_REPLACE, OP_SPLIT,
  /* type */
  OP_IS, OP_ISNOT, OP_AS,
  /* other binary */
  OP_JOIN, OP_FORMAT, OP_RANGE,
  OP_AND, OP_OR, OP_XOR,
  OP_BAND, OP_BOR, OP_BXOR, OP_SHL, OP_SHR,
  /* unary only */
  OP_NOT,      /* -not and !                                               */
  OP_BNOT,
  OP_NEG,      /* unary minus                                              */
  OP_PLUS,     /* unary plus                                               */
  OP_COMMA,    /* unary comma: ,x is a one-element array                   */
  OP_USPLIT,   /* unary -split                                             */
  OP_UJOIN,    /* unary -join                                              */
  OP_PREINC, OP_PREDEC, OP_POSTINC, OP_POSTDEC,
  /* assignment (N_ASSIGN.op) */
  OP_ASSIGN,   /* =  */
  OP_ADD_ASSIGN, OP_SUB_ASSIGN, OP_MUL_ASSIGN, OP_DIV_ASSIGN, OP_MOD_ASSIGN,
  OP_COUNT
} AstOp;

/* Node.flags bits */
enum {
  AST_CASE_SENSITIVE = 1u << 0,   /* -ceq, -clike, -cmatch, ...            */
  AST_CASE_EXPLICIT_I = 1u << 1,  /* -ieq etc. (same meaning as default)   */
  AST_BAREWORD = 1u << 2,         /* N_CONST/N_EXPSTR: unquoted in command mode */
  AST_SINGLE_QUOTED = 1u << 3,    /* N_CONST from '...' or @'...'@         */
  AST_DOUBLE_QUOTED = 1u << 4,    /* N_CONST/N_EXPSTR from "..." or @"..."@ */
  AST_HERESTRING = 1u << 5,
  AST_SPLAT = 1u << 6,            /* N_VAR written @name                   */
  AST_ORDERED = 1u << 7,          /* unused by parser; reserved            */
  AST_PARENS_ARG = 1u << 8,       /* N_COMMAND arg that was (...) in cmd mode */
};

/* Constant literal kinds (N_CONST.lit.kind). */
typedef enum AstLitKind {
  LIT_STRING,  /* text in s/len                                            */
  LIT_INT,     /* fits Int32: i                                            */
  LIT_LONG,    /* Int64 (l suffix or too big for Int32): i                 */
  LIT_DOUBLE,  /* real, or integer too big for Int64: d                    */
  LIT_DECIMAL, /* d suffix: d (ucsh keeps decimals as doubles, a known gap) */
} AstLitKind;

typedef struct AstLit {
  AstLitKind kind;
  const char *s; /* LIT_STRING: decoded text; numbers: the source text     */
  size_t len;
  int64_t i;
  double d;
} AstLit;

/* Variable scope qualifiers (N_VAR.scope). */
typedef enum AstScope {
  SCOPE_NONE, SCOPE_GLOBAL, SCOPE_SCRIPT, SCOPE_LOCAL, SCOPE_PRIVATE,
  SCOPE_ENV, SCOPE_USING, SCOPE_VARIABLE, /* $variable:x */
  SCOPE_FUNCTION, /* $function:x */
  SCOPE_OTHER,    /* any other drive: name holds "drive:path"              */
} AstScope;

/* Invocation operators on N_COMMAND. */
typedef enum AstInvoke { INVOKE_NONE, INVOKE_AMP, INVOKE_DOT } AstInvoke;

/* Switch statement flags (N_SWITCH.sw.flags). */
enum {
  SW_REGEX = 1, SW_WILDCARD = 2, SW_EXACT = 4, SW_CASESENSITIVE = 8, SW_FILE = 16
};

struct Node {
  NodeKind kind;
  uint32_t flags;
  Extent ext;
  union {
    /* N_SCRIPTBLOCK: a function body, script file or { } literal.
     * Statements of a block with no named blocks go to `end`. Each of
     * begin/process/end/dynamicparam is an N_STMTBLOCK or NULL.
     * `attrs` holds attributes written before param() (e.g.
     * [CmdletBinding()]); they are also reachable via params->pb.attrs. */
    struct {
      Node *params; /* N_PARAMBLOCK or NULL */
      Node *begin, *process, *end, *dynamicparam;
      bool named_blocks; /* true if begin/process/end was written */
      bool is_filter;    /* body of a `filter`: statements went to process */
    } sb;

    /* N_PARAMBLOCK */
    struct {
      NodeList attrs;  /* N_ATTRIBUTE: [CmdletBinding(...)], [OutputType()] */
      NodeList params; /* N_PARAMDECL */
    } pb;

    /* N_PARAMDECL: [Parameter(...)][int]$Name = default */
    struct {
      const char *name; /* without $ */
      size_t name_len;
      NodeList attrs; /* N_ATTRIBUTE and N_TYPECONSTRAINT in source order */
      Node *dflt;     /* default value expression, or NULL */
    } param;

    /* N_ATTRIBUTE: [Name(args)] ; N_TYPECONSTRAINT: [Name] */
    struct {
      const char *name; /* type name text as written: "int", "string[]",
                           "System.Collections.Generic.List[string]" */
      NodeList args;    /* positional args (expressions) */
      NodeList named;   /* N_NAMEDARG */
    } attr;

    /* N_NAMEDARG */
    struct {
      const char *name;
      Node *value; /* NULL means the flag form: Mandatory alone = $true */
    } named;

    /* N_STMTBLOCK */
    struct {
      NodeList stmts;
      NodeList traps; /* N_TRAP statements of this block, also in stmts */
    } block;

    /* N_PIPELINE: elems are N_COMMAND or N_CMDEXPR, at least one. */
    struct {
      NodeList elems;
    } pipe;

    /* N_COMMAND: elems[0] is the command name (N_CONST bareword, N_EXPSTR,
     * or any expression after & / .); the rest are arguments in order:
     * expressions, N_PARAM, or N_VAR with AST_SPLAT. */
    struct {
      AstInvoke invoke;
      NodeList elems;
      NodeList redirs; /* N_REDIR */
    } cmd;

    /* N_CMDEXPR */
    struct {
      Node *expr;
      NodeList redirs;
    } cmdexpr;

    /* N_PARAM: -Name, or -Name:value (arg set, colon true). `text` is the
     * token as written (with its dash character), for binding it as a
     * plain string when no parameter takes it. */
    struct {
      const char *name; /* without dash or colon */
      const char *text;
      Node *arg;  /* -Name:value only */
      bool colon; /* written with a trailing ':' */
    } par;

    /* N_REDIR: from stream 1..6 or 0 for '*'. Merging (2>&1) sets to_stream;
     * otherwise target is the file expression. */
    struct {
      int from_stream;
      int to_stream; /* 0 when redirecting to a file */
      Node *target;
      bool append;
    } redir;

    /* N_ASSIGN: lhs is N_VAR, N_MEMBER, N_INDEX, N_CAST of those
     * ([int]$x = 1), or N_ARRAYLIT of those ($a, $b = 1, 2). rhs is a
     * statement (N_PIPELINE, N_IF, ...) or another N_ASSIGN. */
    struct {
      AstOp op;
      Node *lhs;
      Node *rhs;
    } assign;

    /* N_IF: conds[i] (pipelines) pair with bodies[i] (N_STMTBLOCK). */
    struct {
      NodeList conds;
      NodeList bodies;
      Node *else_body;
    } if_;

    /* N_WHILE, N_DOWHILE, N_DOUNTIL, N_FOR, N_FOREACH */
    struct {
      const char *label; /* :label before the loop, or NULL */
      Node *init;        /* for: statement or NULL */
      Node *cond;        /* while/do/for: pipeline or NULL */
      Node *iter;        /* for: statement or NULL */
      Node *var;         /* foreach: N_VAR */
      Node *source;      /* foreach: pipeline */
      Node *body;        /* N_STMTBLOCK */
    } loop;

    /* N_SWITCH */
    struct {
      const char *label;
      unsigned flags;   /* SW_* */
      Node *subject;    /* pipeline, or the file name expression with -File */
      NodeList clauses; /* N_SWITCHCLAUSE */
      Node *dflt;       /* N_STMTBLOCK or NULL */
    } sw;

    /* N_SWITCHCLAUSE: cond is an expression (N_CONST, N_SBEXPR, ...). */
    struct {
      Node *cond;
      Node *body;
    } clause;

    /* N_BREAK, N_CONTINUE: label is an expression or NULL.
     * N_RETURN, N_EXIT, N_THROW: value is a pipeline or NULL. */
    struct {
      Node *label;
      Node *value;
    } jump;

    /* N_TRY: catches are N_CATCH; fin is N_STMTBLOCK or NULL. */
    struct {
      Node *body;
      NodeList catches;
      Node *fin;
    } try_;

    /* N_CATCH, N_TRAP: types are N_TYPECONSTRAINT (empty: catch all). */
    struct {
      NodeList types;
      Node *body;
    } catch_;

    /* N_FUNCDEF: `function name($a) { }` puts $a into params (N_PARAMDECL)
     * and body->sb.params stays NULL; `function name { param($a) }` has
     * empty params. */
    struct {
      const char *name;
      bool is_filter;
      NodeList params;
      Node *body; /* N_SCRIPTBLOCK */
    } func;

    /* N_CONST */
    AstLit lit;

    /* N_EXPSTR: parts are N_CONST (LIT_STRING), N_VAR, N_SUBEXPR in order.
     * `raw` is the undecoded text between the quotes (for ToString and
     * -Filter script text); it excludes the quotes. */
    struct {
      NodeList parts;
      const char *raw;
      size_t raw_len;
    } expstr;

    /* N_VAR: name without $ / @ / scope. ${a b} gives "a b". hash is
     * ast_name_hash(name, len), so lookups need not recompute it. */
    struct {
      AstScope scope;
      const char *name;
      size_t len;
      uint32_t hash;
    } var;

    /* N_BINARY */
    struct {
      AstOp op;
      Node *left, *right;
    } bin;

    /* N_UNARY */
    struct {
      AstOp op;
      Node *operand;
    } un;

    /* N_CAST and N_TYPE: type name text as written ("int", "string[]",
     * "System.Collections.ArrayList", "ordered", "pscustomobject"). */
    struct {
      const char *type;
      Node *expr; /* N_CAST only */
    } cast;

    /* N_ARRAYLIT */
    struct {
      NodeList items;
    } arr;

    /* N_ARRAYEXPR, N_SUBEXPR: body is N_STMTBLOCK.
     * N_PAREN: body is one statement (pipeline, assignment, ...). */
    struct {
      Node *body;
    } sub;

    /* N_HASH: keys[i] are expressions (barewords become N_CONST strings);
     * values[i] are statements (pipelines). */
    struct {
      NodeList keys;
      NodeList values;
    } hash;

    /* N_SBEXPR: body is N_SCRIPTBLOCK; ext covers the braces. */
    struct {
      Node *body;
    } sbexpr;

    /* N_MEMBER, N_INVOKE: member is N_CONST (a name) or an expression
     * ($o.$name, $o."name"). */
    struct {
      Node *obj;
      Node *member;
      bool is_static; /* :: */
      NodeList args;  /* N_INVOKE */
    } mem;

    /* N_INDEX */
    struct {
      Node *obj;
      Node *index;
    } idx;
  } u;
};

/* A parsed script. Reference counted; see the ownership rule above. */
typedef struct Script {
  int refs;
  char *path;   /* file path, or NULL for -Command text / REPL input */
  char *src;    /* UTF-8 source (BOM removed), NUL-terminated */
  size_t len;
  Node *root;   /* N_SCRIPTBLOCK */
  void *arena;  /* owned; opaque to users of the tree */
} Script;

/* FNV-1a over the name with ASCII letters lowered: the hash the runtime's
 * variable tables use (case-insensitive names hash alike). */
static inline uint32_t ast_name_hash(const char *s, size_t len) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    h = (h ^ c) * 16777619u;
  }
  return h;
}

void script_retain(Script *s);
void script_release(Script *s); /* frees at zero; NULL is fine */

/* The text of the source line `line` (1-based), without its newline;
 * *len receives its length. Returns "" for a line out of range. */
const char *script_line(const Script *s, uint32_t line, size_t *len);

/* Readable name of a node kind / operator, for dumps and tests. */
const char *ast_kind_name(NodeKind k);
const char *ast_op_name(AstOp op);

/* Visits n and, while fn returns true for a node, its children, in source
 * order (pre-order). NULL n: nothing. (ast_walk.c) */
typedef bool (*AstVisitFn)(void *ctx, const Node *n);
void ast_walk(const Node *n, AstVisitFn fn, void *ctx);

#endif
