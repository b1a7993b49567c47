/* ast_walk.c - visiting every node of a tree in source order (ast.h:
 * ast_walk), for tools that read a script without running it (the runbook
 * checker). */
#include "ast.h"

static void walk_list(const NodeList *l, AstVisitFn fn, void *ctx);

/* The children of n, in source order. */
static void walk_children(const Node *n, AstVisitFn fn, void *ctx) {
  switch (n->kind) {
  case N_SCRIPTBLOCK:
    ast_walk(n->u.sb.params, fn, ctx);
    ast_walk(n->u.sb.dynamicparam, fn, ctx);
    ast_walk(n->u.sb.begin, fn, ctx);
    ast_walk(n->u.sb.process, fn, ctx);
    ast_walk(n->u.sb.end, fn, ctx);
    break;
  case N_PARAMBLOCK:
    walk_list(&n->u.pb.attrs, fn, ctx), walk_list(&n->u.pb.params, fn, ctx);
    break;
  case N_PARAMDECL:
    walk_list(&n->u.param.attrs, fn, ctx), ast_walk(n->u.param.dflt, fn, ctx);
    break;
  case N_ATTRIBUTE:
  case N_TYPECONSTRAINT:
    walk_list(&n->u.attr.args, fn, ctx), walk_list(&n->u.attr.named, fn, ctx);
    break;
  case N_NAMEDARG: ast_walk(n->u.named.value, fn, ctx); break;
  case N_STMTBLOCK: walk_list(&n->u.block.stmts, fn, ctx); break;
  case N_PIPELINE: walk_list(&n->u.pipe.elems, fn, ctx); break;
  case N_COMMAND:
    walk_list(&n->u.cmd.elems, fn, ctx), walk_list(&n->u.cmd.redirs, fn, ctx);
    break;
  case N_CMDEXPR:
    ast_walk(n->u.cmdexpr.expr, fn, ctx), walk_list(&n->u.cmdexpr.redirs, fn, ctx);
    break;
  case N_PARAM: ast_walk(n->u.par.arg, fn, ctx); break;
  case N_REDIR: ast_walk(n->u.redir.target, fn, ctx); break;
  case N_ASSIGN: ast_walk(n->u.assign.lhs, fn, ctx), ast_walk(n->u.assign.rhs, fn, ctx); break;
  case N_IF:
    for (int i = 0; i < n->u.if_.conds.n; i++) {
      ast_walk(n->u.if_.conds.items[i], fn, ctx);
      if (i < n->u.if_.bodies.n) ast_walk(n->u.if_.bodies.items[i], fn, ctx);
    }
    ast_walk(n->u.if_.else_body, fn, ctx);
    break;
  case N_WHILE:
  case N_DOWHILE:
  case N_DOUNTIL:
  case N_FOR:
  case N_FOREACH:
    ast_walk(n->u.loop.init, fn, ctx), ast_walk(n->u.loop.var, fn, ctx);
    ast_walk(n->u.loop.source, fn, ctx), ast_walk(n->u.loop.cond, fn, ctx);
    ast_walk(n->u.loop.iter, fn, ctx), ast_walk(n->u.loop.body, fn, ctx);
    break;
  case N_SWITCH:
    ast_walk(n->u.sw.subject, fn, ctx), walk_list(&n->u.sw.clauses, fn, ctx);
    ast_walk(n->u.sw.dflt, fn, ctx);
    break;
  case N_SWITCHCLAUSE:
    ast_walk(n->u.clause.cond, fn, ctx), ast_walk(n->u.clause.body, fn, ctx);
    break;
  case N_BREAK:
  case N_CONTINUE:
  case N_RETURN:
  case N_EXIT:
  case N_THROW: ast_walk(n->u.jump.label, fn, ctx), ast_walk(n->u.jump.value, fn, ctx); break;
  case N_TRY:
    ast_walk(n->u.try_.body, fn, ctx), walk_list(&n->u.try_.catches, fn, ctx);
    ast_walk(n->u.try_.fin, fn, ctx);
    break;
  case N_CATCH:
  case N_TRAP: walk_list(&n->u.catch_.types, fn, ctx), ast_walk(n->u.catch_.body, fn, ctx); break;
  case N_FUNCDEF: walk_list(&n->u.func.params, fn, ctx), ast_walk(n->u.func.body, fn, ctx); break;
  case N_EXPSTR: walk_list(&n->u.expstr.parts, fn, ctx); break;
  case N_BINARY: ast_walk(n->u.bin.left, fn, ctx), ast_walk(n->u.bin.right, fn, ctx); break;
  case N_UNARY: ast_walk(n->u.un.operand, fn, ctx); break;
  case N_CAST: ast_walk(n->u.cast.expr, fn, ctx); break;
  case N_ARRAYLIT: walk_list(&n->u.arr.items, fn, ctx); break;
  case N_ARRAYEXPR:
  case N_SUBEXPR:
  case N_PAREN: ast_walk(n->u.sub.body, fn, ctx); break;
  case N_HASH:
    for (int i = 0; i < n->u.hash.keys.n; i++) {
      ast_walk(n->u.hash.keys.items[i], fn, ctx);
      if (i < n->u.hash.values.n) ast_walk(n->u.hash.values.items[i], fn, ctx);
    }
    break;
  case N_SBEXPR: ast_walk(n->u.sbexpr.body, fn, ctx); break;
  case N_MEMBER:
  case N_INVOKE:
    ast_walk(n->u.mem.obj, fn, ctx), ast_walk(n->u.mem.member, fn, ctx);
    walk_list(&n->u.mem.args, fn, ctx);
    break;
  case N_INDEX: ast_walk(n->u.idx.obj, fn, ctx), ast_walk(n->u.idx.index, fn, ctx); break;
  default: break; /* N_CONST, N_VAR, N_TYPE: leaves */
  }
}

static void walk_list(const NodeList *l, AstVisitFn fn, void *ctx) {
  for (int i = 0; i < l->n; i++) ast_walk(l->items[i], fn, ctx);
}

void ast_walk(const Node *n, AstVisitFn fn, void *ctx) {
  if (n && fn(ctx, n)) walk_children(n, fn, ctx);
}
