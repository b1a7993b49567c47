/* test_lexer.c - the tokenizer's tricky tokens, mode by mode. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "lexer.h"

static int passed, failed;

typedef struct Ctx {
  int nerr;
  char last_id[64];
  bool incomplete;
} Ctx;

static void on_err(void *ctx, const char *id, const char *msg, Extent e, bool inc) {
  (void)msg;
  (void)e;
  Ctx *c = ctx;
  c->nerr++;
  snprintf(c->last_id, sizeof c->last_id, "%s", id);
  c->incomplete = c->incomplete || inc;
}

static const char *kind_name(TokKind k) {
  static const char *n[] = {"EOF", "NL", ";", "|", "&", ",", "(", ")", "{", "}", "[", "]",
                            "$(", "@(", "@{", ".", "::", "..", "NUM", "SQ", "DQ", "VAR",
                            "SPLAT", "GEN", "ID", "PARAM", "OP", "ASSIGN", "++", "--", "!",
                            "REDIR", "LABEL", "ERR"};
  return n[k];
}

/* Render all tokens of src read in `mode` as a compact string. */
static char *render(const char *src, LexMode mode, Ctx *ctx) {
  static char out[4096];
  Arena *A = arena_new();
  Lexer L;
  lex_init(&L, src, strlen(src), A, on_err, ctx);
  out[0] = 0;
  size_t n = 0;
  for (int guard = 0; guard < 200; guard++) {
    Token t;
    lex_next(&L, mode, &t);
    char buf[512];
    switch (t.kind) {
    case TK_NUMBER:
      if (t.lit.kind == LIT_INT) snprintf(buf, sizeof buf, "NUM:%lld", (long long)t.lit.i);
      else if (t.lit.kind == LIT_LONG) snprintf(buf, sizeof buf, "NUM:%lldL", (long long)t.lit.i);
      else snprintf(buf, sizeof buf, "NUM:%g%s", t.lit.d, t.lit.kind == LIT_DECIMAL ? "D" : "");
      break;
    case TK_SQSTRING: snprintf(buf, sizeof buf, "SQ:%.*s", (int)t.len, t.text); break;
    case TK_DQSTRING:
    case TK_GENERIC:
      snprintf(buf, sizeof buf, "%s:%.*s", kind_name(t.kind), (int)t.raw_len, t.raw);
      break;
    case TK_VAR:
    case TK_SPLAT:
      snprintf(buf, sizeof buf, "%s:%d:%.*s", kind_name(t.kind), (int)t.scope, (int)t.len, t.text);
      break;
    case TK_PARAM:
      snprintf(buf, sizeof buf, "PARAM:%.*s%s", (int)t.len, t.text, t.colon ? ":" : "");
      break;
    case TK_IDENT:
    case TK_LABEL: snprintf(buf, sizeof buf, "%s:%.*s", kind_name(t.kind), (int)t.len, t.text); break;
    case TK_OP:
    case TK_ASSIGN:
      snprintf(buf, sizeof buf, "%s:%s%s", kind_name(t.kind), ast_op_name(t.op),
               t.flags & AST_CASE_SENSITIVE ? "/c" : t.flags & AST_CASE_EXPLICIT_I ? "/i" : "");
      break;
    case TK_REDIR:
      snprintf(buf, sizeof buf, "REDIR:%d%s%d", t.redir_from, t.redir_append ? ">>" : ">", t.redir_to);
      break;
    default: snprintf(buf, sizeof buf, "%s", kind_name(t.kind)); break;
    }
    if (t.kind == TK_EOF) break;
    n += (size_t)snprintf(out + n, sizeof out - n, "%s%s", n ? " " : "", buf);
    if (n >= sizeof out - 1) break;
  }
  arena_free(A);
  return out;
}

static void check(const char *src, LexMode mode, const char *want) {
  Ctx ctx = {0};
  const char *got = render(src, mode, &ctx);
  if (strcmp(got, want) == 0 && ctx.nerr == 0) {
    passed++;
  } else {
    failed++;
    printf("FAIL lex [%s] mode %d\n  want: %s\n  got:  %s (errors %d %s)\n", src, (int)mode, want,
           got, ctx.nerr, ctx.last_id);
  }
}

static void check_err(const char *src, LexMode mode, const char *id, bool incomplete) {
  Ctx ctx = {0};
  render(src, mode, &ctx);
  if (ctx.nerr > 0 && strcmp(ctx.last_id, id) == 0 && ctx.incomplete == incomplete) {
    passed++;
  } else {
    failed++;
    printf("FAIL lexerr [%s]: want %s inc=%d, got %d errors, last %s inc=%d\n", src, id,
           incomplete, ctx.nerr, ctx.last_id, ctx.incomplete);
  }
}

/* position of the n-th token */
static void check_pos(const char *src, LexMode mode, int nth, unsigned line, unsigned col,
                      unsigned off) {
  Arena *A = arena_new();
  Lexer L;
  lex_init(&L, src, strlen(src), A, NULL, NULL);
  Token t;
  for (int i = 0; i <= nth; i++) lex_next(&L, mode, &t);
  if (t.ext.line == line && t.ext.col == col && t.ext.off == off) passed++;
  else {
    failed++;
    printf("FAIL pos [%s] token %d: want %u:%u@%u got %u:%u@%u\n", src, nth, line, col, off,
           t.ext.line, t.ext.col, t.ext.off);
  }
  arena_free(A);
}

int main(void) {
  /* dashes: parameters and operators */
  check("-Name \xE2\x80\x93Identity \xE2\x80\x94" "Force \xE2\x80\x95X", LEX_CMD,
        "PARAM:Name PARAM:Identity PARAM:Force PARAM:X");
  check("3 \xE2\x80\x93gt 2", LEX_EXPR, "NUM:3 OP:-gt NUM:2");
  check("$a \xE2\x80\x94" "eq 1", LEX_EXPR, "VAR:0:a OP:-eq NUM:1");
  check("5 \xE2\x80\x93 2", LEX_EXPR, "NUM:5 OP:- NUM:2");
  check("$i\xE2\x80\x93\xE2\x80\x93", LEX_EXPR, "VAR:0:i --");
  check("$x \xE2\x80\x93= 1", LEX_EXPR, "VAR:0:x ASSIGN:-= NUM:1");
  check("Write-Output -- -InputObject", LEX_CMD, "GEN:Write-Output -- PARAM:InputObject");
  check("- x", LEX_CMD, "GEN:- GEN:x");
  check("-5 -1.5", LEX_CMD, "NUM:-5 NUM:-1.5");
  check("-foo'bar'", LEX_CMD, "GEN:-foo'bar'");
  check("-Name:value -Confirm:$false -x:-y", LEX_CMD,
        "PARAM:Name: GEN:value PARAM:Confirm: VAR:0:false PARAM:x: PARAM:y");
  /* operators and case variants */
  check("-ieq -ceq -cmatch -inotlike -notcontains -in -notin -replace -csplit", LEX_EXPR,
        "OP:-eq/i OP:-eq/c OP:-match/c OP:-notlike/i OP:-notcontains OP:-in OP:-notin "
        "OP:-replace OP:-split/c");
  check("-and -OR -Xor -band -bor -bxor -shl -shr -f -is -isnot -as -join -not -bnot", LEX_EXPR,
        "OP:-and OP:-or OP:-xor OP:-band OP:-bor OP:-bxor OP:-shl OP:-shr OP:-f OP:-is "
        "OP:-isnot OP:-as OP:-join OP:-not OP:-bnot");
  check("+ += - * *= / /= % %= = ++ ! .. :: .", LEX_EXPR,
        "OP:+ ASSIGN:+= OP:- OP:* ASSIGN:*= OP:/ ASSIGN:/= OP:% ASSIGN:%= ASSIGN:= ++ ! .. :: .");
  /* smart quotes */
  check("\xE2\x80\x98" "abc" "\xE2\x80\x99", LEX_EXPR, "SQ:abc");
  check("'\xE2\x80\x98\xE2\x80\x98x\xE2\x80\x99\xE2\x80\x99'", LEX_EXPR,
        "SQ:\xE2\x80\x98x\xE2\x80\x99");
  check("\xE2\x80\x9C" "abc\"", LEX_EXPR, "DQ:abc");
  check("\xE2\x80\x9E" "x" "\xE2\x80\x9D", LEX_CMD, "DQ:x");
  check("'it''s' 'a\xE2\x80\x9A", LEX_EXPR, "SQ:it's SQ:a");
  check("\"a\"\"b\" \"c`\"d\"", LEX_EXPR, "DQ:a\"\"b DQ:c`\"d");
  /* whitespace */
  check("a\xC2\xA0" "b\xC2\x85" "c\xE2\x80\x83" "d\te\vf\fg", LEX_CMD,
        "GEN:a GEN:b GEN:c GEN:d GEN:e GEN:f GEN:g");
  check("a\rb\nc\r\nd", LEX_CMD, "GEN:a NL GEN:b NL GEN:c NL GEN:d");
  check_pos("a\rb\nc\r\nd", LEX_CMD, 6, 4, 1, 7);
  check_pos("'\xC3\xA9' $x", LEX_EXPR, 1, 1, 5, 5);
  /* comments */
  check("Write-Output a#b # comment", LEX_CMD, "GEN:Write-Output GEN:a#b");
  check("'a' <# c #> 'b'", LEX_CMD, "SQ:a SQ:b");
  check("x <# multi\nline #> y", LEX_CMD, "GEN:x GEN:y");
  check("#Requires -Version 3\nfoo", LEX_STMT, "NL GEN:foo");
  /* backtick continuation */
  check("a `\n  b", LEX_CMD, "GEN:a GEN:b");
  check("a `\r\n  b", LEX_CMD, "GEN:a GEN:b");
  check_pos("a `\n  b", LEX_CMD, 1, 2, 3, 6);
  check("a`tb", LEX_CMD, "GEN:a`tb");
  /* numbers */
  check("1kb 512MB 0x1F 1.5e3 10l 1d .5 1e3 1gb", LEX_EXPR,
        "NUM:1024 NUM:536870912 NUM:31 NUM:1500 NUM:10L NUM:1D NUM:0.5 NUM:1000 NUM:1073741824");
  check("2gb 2147483647 2147483648 0xFFFFFFFF 0x100000000", LEX_EXPR,
        "NUM:2147483648L NUM:2147483647 NUM:2147483648L NUM:-1 NUM:4294967296L");
  check("99999999999999999999", LEX_EXPR, "NUM:1e+20");
  check("1..3", LEX_EXPR, "NUM:1 .. NUM:3");
  check("5061 5061a 192.168.0.1 00:10:00 1.2.3 7z", LEX_CMD,
        "NUM:5061 GEN:5061a GEN:192.168.0.1 GEN:00:10:00 GEN:1.2.3 GEN:7z");
  check("2+2 1..3 1,2", LEX_CMD, "GEN:2+2 GEN:1..3 NUM:1 , NUM:2");
  check("2+2", LEX_STMT, "NUM:2 OP:+ NUM:2");
  check("5061a", LEX_STMT, "GEN:5061a");
  /* here-strings */
  check("@'\r\nline1\r\nline2\r\n'@", LEX_EXPR, "SQ:line1\r\nline2");
  check("@\"  \na $x\n\"@ x", LEX_EXPR, "DQ:a $x ID:x");
  check("@'\n'@", LEX_EXPR, "SQ:");
  check("@'\na '@\nb\n'@", LEX_EXPR, "SQ:a '@\nb");
  check_err("@\"\nabc", LEX_EXPR, "TerminatorExpectedAtEndOfString", true);
  check_err("@\"x\n\"@", LEX_EXPR, "UnexpectedCharactersAfterHereStringHeader", false);
  check_err("\"abc", LEX_EXPR, "TerminatorExpectedAtEndOfString", true);
  check_err("'abc", LEX_CMD, "TerminatorExpectedAtEndOfString", true);
  check_err("<# abc", LEX_CMD, "MissingTerminatorMultiLineComment", true);
  check_err("a && b", LEX_CMD, "InvalidEndOfLine", false);
  /* variables */
  check("$env:PATH ${a b} $global:x $_ $$ $? $^ $using:y $function:f $c:x", LEX_EXPR,
        "VAR:5:PATH VAR:0:a b VAR:1:x VAR:0:_ VAR:0:$ VAR:0:? VAR:0:^ VAR:6:y VAR:8:f VAR:9:c:x");
  check("${a`}b} $script:x::y", LEX_EXPR, "VAR:0:a}b VAR:2:x :: ID:y");
  check("@params @{ @(", LEX_CMD, "SPLAT:0:params @{ @(");
  check("$a.b $a[0] $a+2 $x\\y", LEX_CMD, "VAR:0:a GEN:.b VAR:0:a GEN:[0] GEN:$a+2 GEN:$x\\y");
  check("$( $x )", LEX_EXPR, "$( VAR:0:x )");
  /* barewords */
  check("sip:kenmyer@litwareinc.com site:Redmond service:Registrar:atl-cs-001.litwareinc.com "
        "tel:+14255551212 C:\\Logs\\x.zip Pilar* atl-cs-001.litwareinc.com global/Rule",
        LEX_CMD,
        "GEN:sip:kenmyer@litwareinc.com GEN:site:Redmond "
        "GEN:service:Registrar:atl-cs-001.litwareinc.com GEN:tel:+14255551212 "
        "GEN:C:\\Logs\\x.zip GEN:Pilar* GEN:atl-cs-001.litwareinc.com GEN:global/Rule");
  check("a\"b c\" a'$x' a$(1 + 2)b x;y|z&", LEX_CMD,
        "GEN:a\"b c\" GEN:a'$x' GEN:a$(1 + 2)b GEN:x ; GEN:y | GEN:z &");
  check("\"a\"b (x){y}", LEX_CMD, "DQ:a GEN:b ( GEN:x ) { GEN:y }");
  check("!1 [int] if", LEX_CMD, "GEN:!1 GEN:[int] GEN:if");
  check(". .\\lib.ps1", LEX_STMT, ". GEN:.\\lib.ps1");
  check(":outer while", LEX_STMT, "LABEL:outer GEN:while");
  /* redirections */
  check("2>&1 > f >> g 2>$null *> x 3>&1", LEX_CMD,
        "REDIR:2>1 REDIR:1>0 GEN:f REDIR:1>>0 GEN:g REDIR:2>0 VAR:0:null REDIR:0>0 GEN:x REDIR:3>1");
  check("$x 2>$null", LEX_EXPR, "VAR:0:x REDIR:2>0 VAR:0:null");
  /* member mode */
  check("Length", LEX_MEMBER, "ID:Length");
  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
