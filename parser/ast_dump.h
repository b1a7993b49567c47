/* ast_dump.h - an S-expression rendering of a syntax tree, for tests.
 *
 * Shapes (NULL prints as nil):
 *   script block with only statements   {stmt; stmt}
 *   otherwise                           (scriptblock [filter] [params] [begin: {..}] ...)
 *   pipeline of one element             the element itself; else (pipe a b)
 *   expression element, no redirects    the expression; else (expr X (redir ..))
 *   command                             (cmd [&|.] name args... [redirs])
 *   parameter                           -Name   or  (-Name: value)
 *   strings                             "text"  quoted,  b"text" bareword
 *   numbers                             5  5L  1.5  1.5D
 *   expandable string                   (expstr parts) / (bexpstr parts)
 *   variables                           $x $env:x ${a b} @splat
 *   binary / unary                      (+ a b) (-ceq a b) (-not x) (neg x) (post++ x)
 *   others                              (cast int X) [int] (array ..) (paren X) ($() {..})
 *                                       (@() {..}) (hash (k v)..) (sb {..}) (. o m)
 *                                       (:: o m) (.call o m args) (idx o i) (= l r) ...
 * The caller frees the result. */
#ifndef UCSH_AST_DUMP_H
#define UCSH_AST_DUMP_H

#include "ast.h"

char *ast_dump(const Node *n);

#endif
