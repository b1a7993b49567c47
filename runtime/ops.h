/* ops.h - PowerShell's operators on values (powershell.md §3).
 *
 * The left operand decides conversion; a collection on the left of a
 * comparison filters it. -and/-or/-xor short-circuit and so live in the
 * evaluator; everything else is here. Operands are borrowed; *out is owned.
 * On failure the functions return false with *err set (message texts as
 * PowerShell's, e.g. "Attempted to divide by zero."). */
#ifndef UCSH_OPS_H
#define UCSH_OPS_H

#include "../parser/ast.h"
#include "rterr.h"
#include "value.h"

typedef struct OpEnv {
  const char *ofs;  /* $OFS for array-to-string conversions; NULL = " " */
  /* -match on a scalar that matched: the new $Matches hashtable (owned by
   * the OpEnv user after the call; V_NULL when $Matches must not change). */
  Value matches;
} OpEnv;

/* Binary operator `op` (AstOp) with Node.flags `flags` (AST_CASE_*):
 * arithmetic, comparisons, -like, -match, -replace (right: a string or a
 * 1- or 2-element array), -split (right: pattern, or array pattern,max
 * [,options]), -contains/-in, -is/-isnot/-as (right: a V_TYPE or a type
 * name string), -join, -f, .., bitwise. */
bool op_binary(OpEnv *env, AstOp op, unsigned flags, Value l, Value r, Value *out, RtError *err);

/* Unary: OP_NOT, OP_BNOT, OP_NEG, OP_PLUS, OP_COMMA, OP_USPLIT, OP_UJOIN. */
bool op_unary(OpEnv *env, AstOp op, Value v, Value *out, RtError *err);

/* Scalar equality as -eq (right converted to the left's type). */
bool op_equal(Value l, Value r, bool case_sensitive);
/* Ordering as -lt/-gt (right converted to the left's type); returns <0,0,>0,
 * or fails when the values cannot be compared. */
bool op_compare(Value l, Value r, bool case_sensitive, int *cmp, RtError *err);

/* x + y as `+=` needs it, with the in-place fast path: when *slot holds an
 * unshared string or array, append to it (amortised O(1) per append). */
bool op_add_assign(OpEnv *env, Value *slot, Value r, RtError *err);

#endif
