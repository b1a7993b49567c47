/* ast_dump.c - S-expression dump of the syntax tree (see ast_dump.h). */
#include "ast_dump.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Buf {
  char *s;
  size_t n, cap;
} Buf;

static void put(Buf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->n + n + 1) cap *= 2;
    char *p = xrealloc(b->s, cap);
    b->s = p;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = 0;
}
static void puts_(Buf *b, const char *s) { put(b, s, strlen(s)); }

static void put_str(Buf *b, const char *s, size_t n) {
  put(b, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    char e[8];
    if (c == '"' || c == '\\') {
      e[0] = '\\';
      e[1] = (char)c;
      put(b, e, 2);
    } else if (c == '\n') put(b, "\\n", 2);
    else if (c == '\r') put(b, "\\r", 2);
    else if (c == '\t') put(b, "\\t", 2);
    else if (c < 0x20) {
      snprintf(e, sizeof e, "\\x%02x", c);
      puts_(b, e);
    } else put(b, (const char *)&c, 1);
  }
  put(b, "\"", 1);
}

static void dump(Buf *b, const Node *n);

static void list(Buf *b, NodeList l, const char *sep) {
  for (int i = 0; i < l.n; i++) {
    if (i || sep[0] == ' ') puts_(b, sep);
    dump(b, l.items[i]);
  }
}

static void opt(Buf *b, const Node *n) {
  puts_(b, " ");
  dump(b, n);
}

static const char *scope_name(AstScope s) {
  switch (s) {
  case SCOPE_GLOBAL: return "global:";
  case SCOPE_SCRIPT: return "script:";
  case SCOPE_LOCAL: return "local:";
  case SCOPE_PRIVATE: return "private:";
  case SCOPE_ENV: return "env:";
  case SCOPE_USING: return "using:";
  case SCOPE_VARIABLE: return "variable:";
  case SCOPE_FUNCTION: return "function:";
  default: return "";
  }
}

static void dump_op(Buf *b, AstOp op, uint32_t flags) {
  const char *name = ast_op_name(op);
  if (name[0] == '-' && (flags & (AST_CASE_SENSITIVE | AST_CASE_EXPLICIT_I))) {
    put(b, "-", 1);
    put(b, flags & AST_CASE_SENSITIVE ? "c" : "i", 1);
    puts_(b, name + 1);
  } else {
    puts_(b, name);
  }
}

static void dump_block_or_nil(Buf *b, const Node *n) { dump(b, n); }

static void dump(Buf *b, const Node *n) {
  char tmp[64];
  if (!n) {
    puts_(b, "nil");
    return;
  }
  switch (n->kind) {
  case N_SCRIPTBLOCK: {
    const Node *end = n->u.sb.is_filter ? n->u.sb.process : n->u.sb.end;
    if (!n->u.sb.params && !n->u.sb.named_blocks && !n->u.sb.is_filter && end) {
      dump(b, end);
      return;
    }
    puts_(b, "(scriptblock");
    if (n->u.sb.is_filter) puts_(b, " filter");
    if (n->u.sb.params) opt(b, n->u.sb.params);
    if (n->u.sb.dynamicparam) { puts_(b, " dynamicparam:"); dump(b, n->u.sb.dynamicparam); }
    if (n->u.sb.begin) { puts_(b, " begin:"); dump(b, n->u.sb.begin); }
    if (n->u.sb.process) { puts_(b, " process:"); dump(b, n->u.sb.process); }
    if (n->u.sb.end) { puts_(b, " end:"); dump(b, n->u.sb.end); }
    puts_(b, ")");
    return;
  }
  case N_PARAMBLOCK:
    puts_(b, "(paramblock");
    list(b, n->u.pb.attrs, " ");
    list(b, n->u.pb.params, " ");
    puts_(b, ")");
    return;
  case N_PARAMDECL:
    puts_(b, "(param");
    list(b, n->u.param.attrs, " ");
    puts_(b, " $");
    puts_(b, n->u.param.name);
    if (n->u.param.dflt) {
      puts_(b, " =");
      opt(b, n->u.param.dflt);
    }
    puts_(b, ")");
    return;
  case N_ATTRIBUTE:
    puts_(b, "(attr ");
    puts_(b, n->u.attr.name);
    list(b, n->u.attr.args, " ");
    list(b, n->u.attr.named, " ");
    puts_(b, ")");
    return;
  case N_TYPECONSTRAINT:
  case N_TYPE:
    puts_(b, "[");
    puts_(b, n->kind == N_TYPE ? n->u.cast.type : n->u.attr.name);
    puts_(b, "]");
    return;
  case N_NAMEDARG:
    if (!n->u.named.value) {
      puts_(b, n->u.named.name);
      return;
    }
    puts_(b, "(");
    puts_(b, n->u.named.name);
    puts_(b, " =");
    opt(b, n->u.named.value);
    puts_(b, ")");
    return;
  case N_STMTBLOCK:
    puts_(b, "{");
    list(b, n->u.block.stmts, "; ");
    puts_(b, "}");
    return;
  case N_PIPELINE:
    if (n->u.pipe.elems.n == 1) {
      dump(b, n->u.pipe.elems.items[0]);
      return;
    }
    puts_(b, "(pipe");
    list(b, n->u.pipe.elems, " ");
    puts_(b, ")");
    return;
  case N_CMDEXPR:
    if (n->u.cmdexpr.redirs.n == 0) {
      dump(b, n->u.cmdexpr.expr);
      return;
    }
    puts_(b, "(expr");
    opt(b, n->u.cmdexpr.expr);
    list(b, n->u.cmdexpr.redirs, " ");
    puts_(b, ")");
    return;
  case N_COMMAND:
    puts_(b, "(cmd");
    if (n->u.cmd.invoke == INVOKE_AMP) puts_(b, " &");
    if (n->u.cmd.invoke == INVOKE_DOT) puts_(b, " .");
    list(b, n->u.cmd.elems, " ");
    list(b, n->u.cmd.redirs, " ");
    puts_(b, ")");
    return;
  case N_PARAM:
    if (!n->u.par.colon) {
      puts_(b, "-");
      puts_(b, n->u.par.name);
      return;
    }
    puts_(b, "(-");
    puts_(b, n->u.par.name);
    puts_(b, ":");
    opt(b, n->u.par.arg);
    puts_(b, ")");
    return;
  case N_REDIR: {
    puts_(b, "(redir ");
    if (n->u.redir.from_stream == 0) puts_(b, "*");
    else {
      snprintf(tmp, sizeof tmp, "%d", n->u.redir.from_stream);
      puts_(b, tmp);
    }
    if (n->u.redir.to_stream) {
      snprintf(tmp, sizeof tmp, ">&%d", n->u.redir.to_stream);
      puts_(b, tmp);
    } else {
      puts_(b, n->u.redir.append ? ">>" : ">");
      opt(b, n->u.redir.target);
    }
    puts_(b, ")");
    return;
  }
  case N_ASSIGN:
    puts_(b, "(");
    puts_(b, ast_op_name(n->u.assign.op));
    opt(b, n->u.assign.lhs);
    opt(b, n->u.assign.rhs);
    puts_(b, ")");
    return;
  case N_IF:
    puts_(b, "(if");
    for (int i = 0; i < n->u.if_.conds.n; i++) {
      if (i) puts_(b, " elseif");
      opt(b, n->u.if_.conds.items[i]);
      opt(b, i < n->u.if_.bodies.n ? n->u.if_.bodies.items[i] : NULL);
    }
    if (n->u.if_.else_body) {
      puts_(b, " else");
      opt(b, n->u.if_.else_body);
    }
    puts_(b, ")");
    return;
  case N_WHILE:
  case N_DOWHILE:
  case N_DOUNTIL:
  case N_FOR:
  case N_FOREACH:
    puts_(b, "(");
    puts_(b, ast_kind_name(n->kind));
    if (n->u.loop.label) {
      puts_(b, " :");
      puts_(b, n->u.loop.label);
    }
    if (n->kind == N_FOR) {
      opt(b, n->u.loop.init);
      opt(b, n->u.loop.cond);
      opt(b, n->u.loop.iter);
    } else if (n->kind == N_FOREACH) {
      opt(b, n->u.loop.var);
      opt(b, n->u.loop.source);
    } else {
      opt(b, n->u.loop.cond);
    }
    opt(b, n->u.loop.body);
    puts_(b, ")");
    return;
  case N_SWITCH: {
    puts_(b, "(switch");
    if (n->u.sw.label) {
      puts_(b, " :");
      puts_(b, n->u.sw.label);
    }
    static const char *fl[] = {"-regex", "-wildcard", "-exact", "-casesensitive", "-file"};
    for (int i = 0; i < 5; i++)
      if (n->u.sw.flags & (1u << i)) {
        puts_(b, " ");
        puts_(b, fl[i]);
      }
    opt(b, n->u.sw.subject);
    list(b, n->u.sw.clauses, " ");
    if (n->u.sw.dflt) {
      puts_(b, " default ");
      dump(b, n->u.sw.dflt);
    }
    puts_(b, ")");
    return;
  }
  case N_SWITCHCLAUSE:
    puts_(b, "(");
    dump(b, n->u.clause.cond);
    opt(b, n->u.clause.body);
    puts_(b, ")");
    return;
  case N_BREAK:
  case N_CONTINUE:
  case N_RETURN:
  case N_EXIT:
  case N_THROW:
    puts_(b, "(");
    puts_(b, ast_kind_name(n->kind));
    if (n->u.jump.label) opt(b, n->u.jump.label);
    if (n->u.jump.value) opt(b, n->u.jump.value);
    puts_(b, ")");
    return;
  case N_TRY:
    puts_(b, "(try");
    opt(b, n->u.try_.body);
    list(b, n->u.try_.catches, " ");
    if (n->u.try_.fin) {
      puts_(b, " finally");
      opt(b, n->u.try_.fin);
    }
    puts_(b, ")");
    return;
  case N_CATCH:
  case N_TRAP:
    puts_(b, "(");
    puts_(b, ast_kind_name(n->kind));
    list(b, n->u.catch_.types, " ");
    opt(b, n->u.catch_.body);
    puts_(b, ")");
    return;
  case N_FUNCDEF:
    puts_(b, n->u.func.is_filter ? "(filter " : "(function ");
    puts_(b, n->u.func.name ? n->u.func.name : "?");
    if (n->u.func.params.n) {
      puts_(b, " (");
      list(b, n->u.func.params, " ");
      puts_(b, " )");
    }
    opt(b, n->u.func.body);
    puts_(b, ")");
    return;
  case N_CONST:
    switch (n->u.lit.kind) {
    case LIT_STRING:
      if (n->flags & AST_BAREWORD) put(b, "b", 1);
      put_str(b, n->u.lit.s, n->u.lit.len);
      return;
    case LIT_INT: snprintf(tmp, sizeof tmp, "%lld", (long long)n->u.lit.i); break;
    case LIT_LONG: snprintf(tmp, sizeof tmp, "%lldL", (long long)n->u.lit.i); break;
    case LIT_DOUBLE:
    case LIT_DECIMAL:
      snprintf(tmp, sizeof tmp, "%.15g", n->u.lit.d);
      if (!strpbrk(tmp, ".eEni")) strcat(tmp, ".0");
      if (n->u.lit.kind == LIT_DECIMAL) strcat(tmp, "D");
      break;
    }
    puts_(b, tmp);
    return;
  case N_EXPSTR:
    puts_(b, n->flags & AST_BAREWORD ? "(bexpstr" : "(expstr");
    list(b, n->u.expstr.parts, " ");
    puts_(b, ")");
    return;
  case N_VAR: {
    puts_(b, n->flags & AST_SPLAT ? "@" : "$");
    bool plain = n->u.var.len > 0;
    for (size_t i = 0; i < n->u.var.len; i++) {
      char c = n->u.var.name[i];
      if (!(c == '_' || c == '?' || c == '$' || c == '^' || c == ':' || (c >= '0' && c <= '9') ||
            ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (unsigned char)c >= 0x80))
        plain = false;
    }
    if (!plain) puts_(b, "{");
    puts_(b, scope_name(n->u.var.scope));
    put(b, n->u.var.name, n->u.var.len);
    if (!plain) puts_(b, "}");
    return;
  }
  case N_BINARY:
    puts_(b, "(");
    dump_op(b, n->u.bin.op, n->flags);
    opt(b, n->u.bin.left);
    opt(b, n->u.bin.right);
    puts_(b, ")");
    return;
  case N_UNARY:
    puts_(b, "(");
    dump_op(b, n->u.un.op, n->flags);
    opt(b, n->u.un.operand);
    puts_(b, ")");
    return;
  case N_CAST:
    puts_(b, "(cast ");
    puts_(b, n->u.cast.type);
    opt(b, n->u.cast.expr);
    puts_(b, ")");
    return;
  case N_ARRAYLIT:
    puts_(b, "(array");
    list(b, n->u.arr.items, " ");
    puts_(b, ")");
    return;
  case N_ARRAYEXPR:
  case N_SUBEXPR:
  case N_PAREN:
    puts_(b, "(");
    puts_(b, ast_kind_name(n->kind));
    opt(b, n->u.sub.body);
    puts_(b, ")");
    return;
  case N_HASH:
    puts_(b, "(hash");
    for (int i = 0; i < n->u.hash.keys.n; i++) {
      puts_(b, " (");
      dump(b, n->u.hash.keys.items[i]);
      opt(b, i < n->u.hash.values.n ? n->u.hash.values.items[i] : NULL);
      puts_(b, ")");
    }
    puts_(b, ")");
    return;
  case N_SBEXPR:
    puts_(b, "(sb ");
    dump_block_or_nil(b, n->u.sbexpr.body);
    puts_(b, ")");
    return;
  case N_MEMBER:
  case N_INVOKE:
    puts_(b, n->u.mem.is_static ? "(::" : "(.");
    if (n->kind == N_INVOKE) puts_(b, "call");
    opt(b, n->u.mem.obj);
    opt(b, n->u.mem.member);
    if (n->kind == N_INVOKE) list(b, n->u.mem.args, " ");
    puts_(b, ")");
    return;
  case N_INDEX:
    puts_(b, "(idx");
    opt(b, n->u.idx.obj);
    opt(b, n->u.idx.index);
    puts_(b, ")");
    return;
  default:
    puts_(b, "?");
    return;
  }
}

char *ast_dump(const Node *n) {
  Buf b = {0};
  put(&b, "", 0);
  dump(&b, n);
  return b.s;
}
