/* help.c - Get-Command and Get-Help. Both read the same command rows the
 * binder uses (names, parameter sets, positions, types, help texts), so
 * the syntax lines they print are generated, never written by hand.
 * Script functions get their texts from comment-based help
 * (.SYNOPSIS/.DESCRIPTION/.PARAMETER/.EXAMPLE) before `function` or at
 * the top of the body. Layouts are Windows PowerShell 5.1's. */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../runtime/binder.h"
#include "../parser/xalloc.h"
#include "../runtime/convert.h"
#include "../runtime/regex.h"
#include "../runtime/strbuf.h"
#include "cmdlets.h"
#include "tabexpansion.h"

static bool ieq(const char *a, const char *b) {
  return val_streq_ci(a, strlen(a), b, strlen(b));
}

/* ------------------------------------------------------------------ */
/* syntax lines                                                        */

/* The type as PowerShell's syntax shows it: accelerator names in lower
 * case (<string>, <int>, <scriptblock>), others by short name. */
static void type_text(StrBuf *b, const TypeInfo *t) {
  static const struct { TypeId id; const char *name; } tab[] = {
      {T_OBJECT, "Object"},       {T_STRING, "string"},       {T_INT, "int"},
      {T_LONG, "long"},           {T_DOUBLE, "double"},       {T_BOOL, "bool"},
      {T_SCRIPTBLOCK, "scriptblock"}, {T_HASHTABLE, "hashtable"}, {T_PSOBJECT, "psobject"},
      {T_PSCUSTOM, "psobject"},   {T_DATETIME, "datetime"},   {T_CHAR, "char"},
      {T_BYTE, "byte"},           {T_GUID, "guid"},           {T_TIMESPAN, "timespan"},
      {T_DECIMAL, "decimal"},     {T_SWITCH, "switch"},
  };
  if (!t) { sb_puts(b, "Object"); return; }
  if (t->is_array) {
    type_text(b, t->elem);
    sb_puts(b, "[]");
    return;
  }
  for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
    if (tab[i].id == t->id) { sb_puts(b, tab[i].name); return; }
  sb_puts(b, t->name);
}

/* `<type>` or, for a ValidateSet, `{A | B | C}`. */
static void value_text(StrBuf *b, const Param *p) {
  if (p->nvset) {
    sb_putc(b, '{');
    for (int k = 0; k < p->nvset; k++) sb_printf(b, "%s%s", k ? " | " : "", p->vset[k]);
    sb_putc(b, '}');
    return;
  }
  sb_putc(b, '<');
  type_text(b, p->type);
  sb_putc(b, '>');
}

static void param_text(StrBuf *b, const Param *p, int pos, bool mandatory) {
  bool sw = p->flags & PF_SWITCH;
  if (!mandatory) sb_putc(b, '[');
  if (pos >= 0) sb_printf(b, "[-%s]", p->name);
  else sb_printf(b, "-%s", p->name);
  if (!sw) {
    sb_putc(b, ' ');
    value_text(b, p);
  }
  if (!mandatory) sb_putc(b, ']');
}

typedef struct SynItem {
  int idx, pos;
  bool mandatory;
} SynItem;

/* Positional first (by position), then mandatory named, then the rest,
 * each in declaration order. */
static int syn_rank(const SynItem *s) { return s->pos >= 0 ? 0 : s->mandatory ? 1 : 2; }

static int syn_cmp(const void *a, const void *b) {
  const SynItem *x = a, *y = b;
  int rx = syn_rank(x), ry = syn_rank(y);
  if (rx != ry) return rx - ry;
  if (rx == 0 && x->pos != y->pos) return x->pos - y->pos;
  return x->idx - y->idx;
}

static bool is_advanced(const Command *c) {
  return c->kind == CMD_BUILTIN || (c->flags & CF_CMDLETBINDING);
}

/* One syntax line for set `set` (-1: a command without sets). */
static void syntax_line(StrBuf *b, const Command *c, int set) {
  SynItem *items = xcalloc((size_t)c->nparams + 1, sizeof *items);
  int n = 0;
  for (int i = 0; i < c->nparams; i++) {
    int pos;
    unsigned f;
    if (set >= 0 && !bind_param_in_set(&c->params[i], set, &pos, &f)) continue;
    if (set < 0) pos = c->params[i].position, f = c->params[i].flags;
    if (f & (PF_SWITCH | PF_REMAINING) && (f & PF_SWITCH)) pos = -1;
    items[n++] = (SynItem){i, pos, (f & PF_MANDATORY) != 0};
  }
  qsort(items, (size_t)n, sizeof *items, syn_cmp);
  sb_puts(b, c->name);
  for (int k = 0; k < n; k++) {
    sb_putc(b, ' ');
    param_text(b, &c->params[items[k].idx], items[k].pos, items[k].mandatory);
  }
  if (c->flags & CF_SHOULDPROCESS) sb_puts(b, " [-WhatIf] [-Confirm]");
  if (is_advanced(c)) sb_puts(b, " [<CommonParameters>]");
  free(items);
}

/* Every set's line, joined by `sep`, each after `indent`. */
static void syntax_all(StrBuf *b, const Command *c, const char *indent, const char *sep) {
  if (!c->nsets) {
    sb_puts(b, indent);
    syntax_line(b, c, -1);
    return;
  }
  for (int s = 0; s < c->nsets; s++) {
    if (s) sb_puts(b, sep);
    sb_puts(b, indent);
    syntax_line(b, c, s);
  }
}

/* ------------------------------------------------------------------ */
/* comment-based help                                                  */

typedef struct HelpParam {
  char *name, *text;
} HelpParam;

typedef struct Help {
  char *synopsis, *description, *notes;
  HelpParam *params;
  int nparams;
  char **examples;
  int nexamples;
} Help;

static void help_free(Help *h) {
  free(h->synopsis), free(h->description), free(h->notes);
  for (int i = 0; i < h->nparams; i++) free(h->params[i].name), free(h->params[i].text);
  free(h->params);
  for (int i = 0; i < h->nexamples; i++) free(h->examples[i]);
  free(h->examples);
  memset(h, 0, sizeof *h);
}

/* Copy a comment's text without its markers: `<# ... #>` or `#` lines. */
static char *comment_text(const char *s, size_t n) {
  StrBuf b = SB_INIT;
  if (n >= 4 && strncmp(s, "<#", 2) == 0) {
    sb_putn(&b, s + 2, n - 4);
    return sb_take(&b, NULL);
  }
  const char *end = s + n;
  while (s < end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    const char *le = nl ? nl : end;
    const char *t = s;
    while (t < le && (*t == ' ' || *t == '\t')) t++;
    if (t < le && *t == '#') t++;
    sb_putn(&b, t, (size_t)(le - t));
    sb_putc(&b, '\n');
    s = nl ? nl + 1 : end;
  }
  return sb_take(&b, NULL);
}

/* Trim blank lines around a section and its common indentation. */
static char *tidy(const char *s, size_t n) {
  while (n && (*s == '\n' || *s == '\r' || *s == ' ' || *s == '\t')) {
    /* keep the indentation of the first text line */
    const char *nl = memchr(s, '\n', n);
    size_t k = 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t')) k++;
    if (k < n && s[k] != '\n' && s[k] != '\r') break;
    if (!nl) { n = 0; break; }
    n -= (size_t)(nl + 1 - s);
    s = nl + 1;
  }
  while (n && isspace((unsigned char)s[n - 1])) n--;
  size_t indent = (size_t)-1;
  for (size_t i = 0; i < n;) {
    size_t k = 0;
    while (i + k < n && (s[i + k] == ' ' || s[i + k] == '\t')) k++;
    if (i + k < n && s[i + k] != '\n' && k < indent) indent = k;
    const char *nl = memchr(s + i, '\n', n - i);
    i = nl ? (size_t)(nl - s) + 1 : n;
  }
  StrBuf b = SB_INIT;
  for (size_t i = 0; i < n;) {
    const char *nl = memchr(s + i, '\n', n - i);
    size_t le = nl ? (size_t)(nl - s) : n, k = 0;
    while (k < indent && i + k < le && (s[i + k] == ' ' || s[i + k] == '\t')) k++;
    size_t e = le;
    while (e > i + k && (s[e - 1] == '\r' || s[e - 1] == ' ')) e--;
    sb_putn(&b, s + i + k, e - i - k);
    if (nl) sb_putc(&b, '\n');
    i = nl ? le + 1 : n;
  }
  return sb_take(&b, NULL);
}

static void add_section(Help *h, const char *kw, const char *arg, const char *s, size_t n) {
  char *t = tidy(s, n);
  if (ieq(kw, "SYNOPSIS")) free(h->synopsis), h->synopsis = t;
  else if (ieq(kw, "DESCRIPTION")) free(h->description), h->description = t;
  else if (ieq(kw, "NOTES")) free(h->notes), h->notes = t;
  else if (ieq(kw, "PARAMETER") && arg) {
    h->params = xrealloc(h->params, (size_t)(h->nparams + 1) * sizeof *h->params);
    h->params[h->nparams++] = (HelpParam){xstrdup(arg), t};
  } else if (ieq(kw, "EXAMPLE")) {
    h->examples = xrealloc(h->examples, (size_t)(h->nexamples + 1) * sizeof *h->examples);
    h->examples[h->nexamples++] = t;
  } else {
    free(t);
  }
}

/* A line ".KEYWORD [arg]": the keyword and argument, or false. */
static bool keyword_line(const char *s, size_t n, char *kw, size_t kwn, char *arg, size_t argn) {
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
  if (i >= n || s[i] != '.' || i + 1 >= n || !isalpha((unsigned char)s[i + 1])) return false;
  size_t k = 0;
  for (i++; i < n && isalpha((unsigned char)s[i]) && k + 1 < kwn; i++) kw[k++] = (char)toupper(s[i]);
  kw[k] = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
  size_t a = 0;
  while (i < n && !isspace((unsigned char)s[i]) && a + 1 < argn) arg[a++] = s[i++];
  arg[a] = 0;
  static const char *known[] = {"SYNOPSIS", "DESCRIPTION", "PARAMETER", "EXAMPLE", "INPUTS",
                                "OUTPUTS", "NOTES", "LINK", "COMPONENT", "ROLE",
                                "FUNCTIONALITY", "FORWARDHELPTARGETNAME", "EXTERNALHELP"};
  for (size_t j = 0; j < sizeof known / sizeof known[0]; j++)
    if (strcmp(kw, known[j]) == 0) return true;
  return false;
}

/* Split comment text into sections; false when it has no keyword. */
static bool parse_help(Help *h, const char *text) {
  const char *sec = NULL;
  char kw[32] = "", arg[128] = "", cur_kw[32] = "", cur_arg[128] = "";
  bool any = false;
  for (const char *s = text; *s;) {
    const char *nl = strchr(s, '\n');
    size_t n = nl ? (size_t)(nl - s) : strlen(s);
    if (keyword_line(s, n, kw, sizeof kw, arg, sizeof arg)) {
      if (sec) add_section(h, cur_kw, *cur_arg ? cur_arg : NULL, sec, (size_t)(s - sec));
      strcpy(cur_kw, kw);
      strcpy(cur_arg, arg);
      sec = nl ? nl + 1 : s + n;
      any = true;
    }
    s = nl ? nl + 1 : s + n;
  }
  if (sec) add_section(h, cur_kw, *cur_arg ? cur_arg : NULL, sec, strlen(sec));
  return any;
}

/* The comment that ends right before offset `end` (whitespace between). */
static bool comment_before(const char *src, size_t end, size_t *from, size_t *to) {
  size_t i = end;
  while (i > 0 && isspace((unsigned char)src[i - 1])) i--;
  if (i >= 2 && src[i - 2] == '#' && src[i - 1] == '>') {
    for (size_t k = i - 2; k >= 1; k--)
      if (src[k - 1] == '<' && src[k] == '#') {
        *from = k - 1, *to = i;
        return true;
      }
    return false;
  }
  /* consecutive # lines */
  size_t start = i, line_end = i;
  bool got = false;
  while (start > 0) {
    size_t ls = start;
    while (ls > 0 && src[ls - 1] != '\n') ls--;
    size_t t = ls;
    while (t < start && (src[t] == ' ' || src[t] == '\t')) t++;
    if (t >= start || src[t] != '#') break;
    got = true;
    start = ls;
    if (ls == 0) break;
    start = ls - 1;
    while (start > 0 && src[start - 1] == '\r') start--;
  }
  if (!got) return false;
  while (src[start] == '\n' || src[start] == '\r') start++;
  *from = start, *to = line_end;
  return true;
}

/* The start of the `function`/`filter` keyword before a body at `body`. */
static size_t keyword_before(const char *src, size_t body) {
  for (size_t i = body; i > 0; i--) {
    size_t k = i - 1;
    if ((k + 8 <= body && (strncasecmp(src + k, "function", 8) == 0)) ||
        (k + 6 <= body && (strncasecmp(src + k, "filter", 6) == 0)))
      if (k == 0 || isspace((unsigned char)src[k - 1]) || src[k - 1] == ';') return k;
  }
  return body;
}

static bool load_help(const Command *c, Help *h) {
  memset(h, 0, sizeof *h);
  if (c->kind != CMD_FUNCTION || !c->script || !c->body) return false;
  const char *src = c->script->src;
  size_t len = c->script->len, off = c->body->ext.off, end = c->body->ext.end;
  if (end > len || off >= end) return false;
  /* at the top of the body; a script's may follow line comments (#Requires) */
  size_t i = off + (src[off] == '{' ? 1 : 0);
  bool script = src[off] != '{';
  for (;;) {
    while (i < end && isspace((unsigned char)src[i])) i++;
    if (!script || i >= end || src[i] != '#') break;
    while (i < end && src[i] != '\n') i++;
  }
  size_t from = 0, to = 0;
  bool found = false;
  if (i + 1 < end && src[i] == '<' && src[i + 1] == '#') {
    const char *close = strstr(src + i, "#>");
    if (close && (size_t)(close - src) < end) from = i, to = (size_t)(close - src) + 2, found = true;
  }
  if (!found) found = comment_before(src, keyword_before(src, off), &from, &to);
  if (!found) return false;
  char *text = comment_text(src + from, to - from);
  bool ok = parse_help(h, text);
  free(text);
  if (!ok) help_free(h);
  return ok;
}

/* ------------------------------------------------------------------ */
/* shared helpers                                                      */

static const char *kind_name(CmdEntryKind k) {
  static const char *names[] = {[CE_ALIAS] = "Alias", [CE_FUNCTION] = "Function",
                                [CE_CMDLET] = "Cmdlet"};
  return names[k];
}

/* The verb and noun of Verb-Noun. */
static bool split_name(const char *name, char *verb, size_t vn, const char **noun) {
  const char *dash = strchr(name, '-');
  if (!dash || (size_t)(dash - name) >= vn) return false;
  memcpy(verb, name, (size_t)(dash - name));
  verb[dash - name] = 0;
  *noun = dash + 1;
  return true;
}

static bool wild_eq(const char *pat, const char *s) {
  return wc_match(pat, strlen(pat), s, strlen(s), false);
}

/* Whether any pattern of an argument (string or array) matches s. */
static bool any_match(Value *pats, const char *s) {
  if (!pats) return true;
  Value v = *pats;
  size_t n = v.kind == V_ARR ? val_arr_len(v) : 1;
  for (size_t i = 0; i < n; i++) {
    char *p = conv_to_cstr(v.kind == V_ARR ? val_arr_at(v, i) : v, NULL);
    bool m = wild_eq(p, s);
    free(p);
    if (m) return true;
  }
  return false;
}

/* ------------------------------------------------------------------ */
/* Get-Command                                                         */

typedef struct Found {
  CmdEntry *items;
  int n, cap;
  CmdCtx *c;
} Found;

static bool gcm_wanted(CmdCtx *c, const CmdEntry *e) {
  Value *types = cmd_arg(c, "CommandType");
  if (types && !any_match(types, kind_name(e->kind)) && !any_match(types, "All")) return false;
  if (!any_match(cmd_arg(c, "Name"), e->name)) return false;
  Value *verb = cmd_arg(c, "Verb"), *noun = cmd_arg(c, "Noun");
  if (!verb && !noun) return true;
  char v[64];
  const char *nn;
  if (!split_name(e->name, v, sizeof v, &nn)) return false;
  return any_match(verb, v) && any_match(noun, nn);
}

static bool gcm_visit(void *ctx, const CmdEntry *e) {
  Found *f = ctx;
  if (!gcm_wanted(f->c, e)) return true;
  for (int i = 0; i < f->n; i++)
    if (ieq(f->items[i].name, e->name)) return true;
  if (f->n == f->cap) {
    f->cap = f->cap ? f->cap * 2 : 32;
    f->items = xrealloc(f->items, (size_t)f->cap * sizeof *f->items);
  }
  f->items[f->n++] = *e;
  return true;
}

/* Aliases, then functions, then cmdlets; by name within each. */
static int entry_cmp(const void *a, const void *b) {
  const CmdEntry *x = a, *y = b;
  if (x->kind != y->kind) return (int)x->kind - (int)y->kind;
  return strcasecmp(x->name, y->name);
}

static Value param_dict(const Command *c) {
  Value h = val_hash_new(true);
  for (int i = 0; i < c->nparams; i++) {
    const Param *p = &c->params[i];
    Value m = val_obj_new(OBJ_GENERIC, "System.Management.Automation.ParameterMetadata");
    val_obj_set(m, "Name", val_cstr(p->name));
    val_obj_set(m, "ParameterType", val_type(p->type ? p->type : type_by_id(T_OBJECT)));
    Value al = val_arr_new((size_t)p->naliases);
    for (int k = 0; k < p->naliases; k++) val_arr_push(al, val_cstr(p->aliases[k]));
    val_obj_set(m, "Aliases", al);
    val_obj_set(m, "SwitchParameter", val_bool(p->flags & PF_SWITCH));
    val_hash_setc(h, p->name, m);
  }
  return h;
}

static Value definition_of(const CmdEntry *e) {
  if (e->kind == CE_ALIAS) return val_cstr(e->target);
  const Command *c = e->cmd;
  if (e->kind == CE_FUNCTION && c->script && c->body && c->body->ext.end <= c->script->len) {
    size_t off = c->body->ext.off, end = c->body->ext.end;
    if (c->script->src[off] == '{' && end - off >= 2) off++, end--;
    return val_str(c->script->src + off, end - off);
  }
  StrBuf b = SB_INIT;
  sb_putc(&b, '\n');
  syntax_all(&b, c, "", "\n\n");
  sb_putc(&b, '\n');
  return val_str_take(sb_take(&b, NULL), b.len);
}

static Value command_info(const CmdEntry *e) {
  static const char *types[] = {[CE_ALIAS] = "System.Management.Automation.AliasInfo",
                                [CE_FUNCTION] = "System.Management.Automation.FunctionInfo",
                                [CE_CMDLET] = "System.Management.Automation.CmdletInfo"};
  Value o = val_obj_new(OBJ_GENERIC, types[e->kind]);
  val_obj_set(o, "Name", val_cstr(e->name));
  val_obj_set(o, "CommandType", val_cstr(kind_name(e->kind)));
  val_obj_set(o, "Definition", definition_of(e));
  val_obj_set(o, "ModuleName", val_cstr(""));
  val_obj_set(o, "Source", val_cstr(""));
  const Command *c = e->cmd;
  val_obj_set(o, "Parameters", c && e->kind != CE_ALIAS ? param_dict(c) : val_null());
  if (e->kind == CE_ALIAS) val_obj_set(o, "ResolvedCommandName", val_cstr(e->target));
  if (c && c->kind == CMD_BUILTIN) {
    char v[64];
    const char *noun;
    bool ok = split_name(c->name, v, sizeof v, &noun);
    val_obj_set(o, "Verb", val_cstr(ok ? v : ""));
    val_obj_set(o, "Noun", val_cstr(ok ? noun : ""));
  }
  return o;
}

static Status not_recognized(CmdCtx *c, const char *name) {
  Value t = val_cstr(name);
  Status st = cmd_errorf(
      c, "System.Management.Automation.CommandNotFoundException",
      "CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand", "ObjectNotFound",
      t, "The term '%s' is not recognized as the name of a cmdlet, function, script file, or "
         "operable program. Check the spelling of the name, or if a path was included, verify "
         "that the path is correct and try again.", name);
  val_unref(t);
  return st;
}

/* Names without wildcards that matched nothing are errors. */
static Status gcm_missing(CmdCtx *c, const Found *f) {
  Value *names = cmd_arg(c, "Name");
  if (!names) return ST_OK;
  size_t n = names->kind == V_ARR ? val_arr_len(*names) : 1;
  Status st = ST_OK;
  for (size_t i = 0; i < n && st == ST_OK; i++) {
    char *p = conv_to_cstr(names->kind == V_ARR ? val_arr_at(*names, i) : *names, NULL);
    bool hit = wc_has_wildcard(p, strlen(p));
    for (int k = 0; k < f->n && !hit; k++) hit = wild_eq(p, f->items[k].name);
    if (!hit) st = not_recognized(c, p);
    free(p);
  }
  return st;
}

static Status gcm_emit(CmdCtx *c, const CmdEntry *e) {
  if (!cmd_switch(c, "Syntax")) {
    Value o = command_info(e);
    Status st = cmd_emit(c, o);
    val_unref(o);
    return st;
  }
  Value d;
  if (e->kind == CE_ALIAS) d = val_cstr(e->target);
  else if (e->kind == CE_FUNCTION && !is_advanced(e->cmd) && 0) d = definition_of(e);
  else {
    StrBuf b = SB_INIT;
    sb_putc(&b, '\n');
    syntax_all(&b, e->cmd, "", "\n\n");
    sb_putc(&b, '\n');
    d = val_str_take(sb_take(&b, NULL), b.len);
  }
  Status st = cmd_emit(c, d);
  val_unref(d);
  return st;
}

static Status gcm_end(CmdCtx *c) {
  Found f = {NULL, 0, 0, c};
  cmd_each(c->I, gcm_visit, &f);
  if (f.n) qsort(f.items, (size_t)f.n, sizeof *f.items, entry_cmp);
  Status st = ST_OK;
  for (int i = 0; i < f.n && st == ST_OK; i++) st = gcm_emit(c, &f.items[i]);
  if (st == ST_OK) st = gcm_missing(c, &f);
  free(f.items);
  return st;
}

static const ParamDef gcm_params[] = {
    {"Name", NULL, T_STRING, true, 0, PF_PIPELINE_PROP, NULL,
     "Specifies an array of names. Wildcard characters are permitted.", NULL},
    {"Verb", NULL, T_STRING, true, -1, PF_PIPELINE_PROP, NULL,
     "Gets commands whose names have the specified verbs (the part before the dash).",
     "CmdletSet"},
    {"Noun", NULL, T_STRING, true, -1, PF_PIPELINE_PROP, NULL,
     "Gets commands whose names have the specified nouns (the part after the dash).",
     "CmdletSet"},
    {"CommandType", "Type", T_STRING, true, -1, PF_PIPELINE_PROP,
     "Alias,Function,Cmdlet,All", "Gets only the specified types of commands.",
     "AllCommandSet"},
    {"Syntax", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Gets only the syntax of the command: one line per parameter set.", NULL},
};

/* ------------------------------------------------------------------ */
/* Get-Help                                                            */

static void indent_text(StrBuf *b, const char *text, const char *indent) {
  for (const char *s = text; *s;) {
    const char *nl = strchr(s, '\n');
    size_t n = nl ? (size_t)(nl - s) : strlen(s);
    if (n) sb_puts(b, indent);
    sb_putn(b, s, n);
    sb_putc(b, '\n');
    s = nl ? nl + 1 : s + n;
  }
}

static const char *param_help(const Command *c, const Help *h, int i) {
  if (c->kind == CMD_BUILTIN) return c->def->params[i].help;
  for (int k = 0; k < h->nparams; k++)
    if (ieq(h->params[k].name, c->params[i].name)) return h->params[k].text;
  return NULL;
}

static void pipeline_text(StrBuf *b, unsigned f) {
  if (!(f & (PF_PIPELINE | PF_PIPELINE_PROP))) { sb_puts(b, "false"); return; }
  /* as 5.1's help shows it: "True (ByPropertyName, ByValue)" */
  sb_puts(b, "True (");
  if (f & PF_PIPELINE_PROP) sb_puts(b, "ByPropertyName");
  if ((f & PF_PIPELINE) && (f & PF_PIPELINE_PROP)) sb_puts(b, ", ");
  if (f & PF_PIPELINE) sb_puts(b, "ByValue");
  sb_putc(b, ')');
}

static void default_text(StrBuf *b, const Command *c, const Param *p) {
  if (p->flags & PF_SWITCH) { sb_puts(b, "False"); return; }
  if (!p->dflt || !c->script || p->dflt->ext.end > c->script->len) { sb_puts(b, "None"); return; }
  sb_putn(b, c->script->src + p->dflt->ext.off, p->dflt->ext.end - p->dflt->ext.off);
}

/* The .NET type as parameter blocks show it: <String>, <Int32[]>. */
static void block_type(StrBuf *b, const Param *p) {
  if (p->flags & PF_SWITCH) { sb_puts(b, " [<SwitchParameter>]"); return; }
  sb_printf(b, " <%s>", p->type ? p->type->name : "Object");
}

/* The -Parameter / -Full block of one parameter; `in` is the block's
 * indentation (none for -Parameter, four spaces in -Full). */
static void param_block(StrBuf *b, const Command *c, const Help *h, int i, const char *in) {
  const Param *p = &c->params[i];
  sb_printf(b, "%s-%s", in, p->name);
  block_type(b, p);
  sb_putc(b, '\n');
  char body[16];
  snprintf(body, sizeof body, "%s    ", in);
  const char *text = param_help(c, h, i);
  if (text && *text) indent_text(b, text, body);
  sb_printf(b, "%s\n", body);
  unsigned f = p->flags;
  sb_printf(b, "%sRequired?                    %s\n", body, (f & PF_MANDATORY) ? "true" : "false");
  if (p->position >= 0 && !(f & PF_SWITCH))
    sb_printf(b, "%sPosition?                    %d\n", body, p->position);
  else sb_printf(b, "%sPosition?                    named\n", body);
  sb_printf(b, "%sDefault value                ", body);
  default_text(b, c, p);
  sb_printf(b, "\n%sAccept pipeline input?       ", body);
  pipeline_text(b, f);
  sb_printf(b, "\n%sAccept wildcard characters?  false\n%s\n", body, body);
}

static void section(StrBuf *b, const char *title, const char *text) {
  sb_printf(b, "%s\n", title);
  if (text && *text) indent_text(b, text, "    ");
  sb_puts(b, "\n");
}

static void examples_block(StrBuf *b, const Command *c, const Help *h) {
  int n = 0;
  if (c->kind == CMD_BUILTIN && c->def->examples)
    for (const CmdExample *e = c->def->examples; e->code; e++) {
      sb_printf(b, "    -------------------------- EXAMPLE %d --------------------------\n\n", ++n);
      sb_printf(b, "    PS C:\\>%s\n\n", e->code);
      if (e->remarks) indent_text(b, e->remarks, "    ");
      sb_puts(b, "\n\n");
    }
  for (int k = 0; k < h->nexamples; k++) {
    sb_printf(b, "    -------------------------- EXAMPLE %d --------------------------\n\n", ++n);
    const char *t = h->examples[k];
    const char *nl = strchr(t, '\n');
    size_t first = nl ? (size_t)(nl - t) : strlen(t);
    sb_printf(b, "    PS C:\\>%.*s\n", (int)first, t);
    if (nl) indent_text(b, nl + 1, "    ");
    sb_puts(b, "\n\n");
  }
}

static void remarks(StrBuf *b, const Command *c, bool has_examples) {
  sb_puts(b, "REMARKS\n");
  if (has_examples)
    sb_printf(b, "    To see the examples, type: \"get-help %s -examples\".\n", c->name);
  sb_printf(b, "    For more information, type: \"get-help %s -detailed\".\n"
               "    For technical information, type: \"get-help %s -full\".\n\n",
            c->name, c->name);
}

static bool has_any_examples(const Command *c, const Help *h) {
  return h->nexamples || (c->kind == CMD_BUILTIN && c->def->examples && c->def->examples->code);
}

static void help_page(StrBuf *b, CmdCtx *c, const Command *cmd, const Help *h) {
  const char *syn = cmd->kind == CMD_BUILTIN ? cmd->def->synopsis : h->synopsis;
  const char *desc = cmd->kind == CMD_BUILTIN ? cmd->def->description : h->description;
  bool full = cmd_switch(c, "Full") || cmd_switch(c, "Detailed");
  sb_printf(b, "\nNAME\n    %s\n\n", cmd->name);
  section(b, "SYNOPSIS", syn ? syn : "");
  sb_puts(b, "\nSYNTAX\n");
  syntax_all(b, cmd, "    ", "\n\n");
  sb_puts(b, "\n\n\n");
  section(b, "DESCRIPTION", desc ? desc : "");
  if (full) {
    sb_puts(b, "\nPARAMETERS\n");
    for (int i = 0; i < cmd->nparams; i++) param_block(b, cmd, h, i, "    ");
    if (is_advanced(cmd))
      sb_puts(b, "    <CommonParameters>\n        This cmdlet supports the common parameters: "
                 "Verbose, Debug,\n        ErrorAction, ErrorVariable, WarningAction, "
                 "WarningVariable,\n        OutBuffer, PipelineVariable, and OutVariable. For "
                 "more information, see\n        about_CommonParameters "
                 "(https:/go.microsoft.com/fwlink/?LinkID=113216).\n    \n");
    sb_puts(b, "\n");
    if (has_any_examples(cmd, h)) examples_block(b, cmd, h);
    if (h->notes) section(b, "NOTES", h->notes);
  }
  sb_puts(b, "\n");
  remarks(b, cmd, has_any_examples(cmd, h));
}

static Status no_such_parameter(CmdCtx *c, const Command *cmd, const char *name) {
  (void)cmd;
  Value t = val_cstr(name);
  Status st = cmd_errorf(c, "System.ArgumentException",
                         "NoParmsFound,Microsoft.PowerShell.Commands.GetHelpCommand",
                         "InvalidArgument", t, "No parameter matches criteria %s.", name);
  val_unref(t);
  return st;
}

static Status help_parameters(CmdCtx *c, StrBuf *b, const Command *cmd, const Help *h) {
  char *pat = conv_to_cstr(*cmd_arg(c, "Parameter"), NULL);
  bool any = false;
  sb_putc(b, '\n');
  for (int i = 0; i < cmd->nparams; i++)
    if (wild_eq(pat, cmd->params[i].name)) {
      param_block(b, cmd, h, i, "");
      sb_putc(b, '\n');
      any = true;
    }
  Status st = any ? ST_OK : no_such_parameter(c, cmd, pat);
  free(pat);
  return st;
}

static Status help_examples(StrBuf *b, const Command *cmd, const Help *h) {
  const char *syn = cmd->kind == CMD_BUILTIN ? cmd->def->synopsis : h->synopsis;
  sb_printf(b, "\nNAME\n    %s\n\n", cmd->name);
  section(b, "SYNOPSIS", syn ? syn : "");
  sb_puts(b, "    \n");
  examples_block(b, cmd, h);
  return ST_OK;
}

static Status help_not_found(CmdCtx *c, const char *name) {
  Value t = val_cstr(name);
  Status st = cmd_errorf(
      c, "Microsoft.PowerShell.Commands.HelpNotFoundException",
      "HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand", "ResourceUnavailable", t,
      "Get-Help could not find %s in a help file in this session. To download updated help "
      "topics type: \"Update-Help\". To get help online, search for the help topic in the "
      "TechNet library at https:/go.microsoft.com/fwlink/?LinkID=107116.", name);
  val_unref(t);
  return st;
}

static Status help_end(CmdCtx *c) {
  Value *nm = cmd_arg(c, "Name");
  char *name = nm ? conv_to_cstr(*nm, NULL) : xstrdup("Get-Help");
  Command *cmd = cmd_lookup(c->I, name);
  Command *script = cmd ? NULL : cmd_from_script_file(c->I, name); /* Get-Help .\x.ps1 */
  if (script) cmd = script;
  if (!cmd) {
    Status st = help_not_found(c, name);
    free(name);
    return st;
  }
  free(name);
  Help h;
  load_help(cmd, &h);
  StrBuf b = SB_INIT;
  Status st = ST_OK;
  if (cmd_arg(c, "Parameter")) st = help_parameters(c, &b, cmd, &h);
  else if (cmd_switch(c, "Examples")) st = help_examples(&b, cmd, &h);
  else help_page(&b, c, cmd, &h);
  if (st == ST_OK && b.len) {
    while (b.len && b.data[b.len - 1] == '\n') b.len--; /* output adds the last newline */
    Value v = val_str(b.data, b.len);
    st = cmd_emit(c, v);
    val_unref(v);
  }
  sb_free(&b);
  help_free(&h);
  if (script) cmd_script_free(script);
  return st;
}

static const ParamDef help_params[] = {
    {"Name", NULL, T_STRING, false, 0, 0, NULL,
     "Gets help about the specified command or concept.", NULL},
    {"Parameter", NULL, T_STRING, false, -1, 0, NULL,
     "Displays only the detailed descriptions of the specified parameters.", "Parameters,M"},
    {"Full", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Displays the entire help article for a cmdlet.", "AllUsersView"},
    {"Detailed", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Adds parameter descriptions and examples to the basic help display.", "DetailedView,M"},
    {"Examples", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Displays only the name, synopsis, and examples.", "Examples,M"},
};

static const CmdExample gcm_examples[] = {
    {"Get-Command -Verb Get", "This command gets the commands whose verb is Get."},
    {"Get-Command -Syntax Where-Object",
     "This command gets the syntax of Where-Object: one line per parameter set."},
    {NULL, NULL},
};

static const CmdExample help_examples_tab[] = {
    {"Get-Help Where-Object -Parameter Property",
     "This command displays the help of one parameter."},
    {NULL, NULL},
};

#define NP(a) ((int)(sizeof a / sizeof a[0]))

const CmdDef help_cmdlets[] = {
    {"Get-Command", "gcm", gcm_params, NP(gcm_params), 0, NULL, NULL, gcm_end,
     "Gets all commands.", NULL, "AllCommandSet", NULL,
     "System.Management.Automation.CommandInfo",
     "The Get-Command cmdlet gets all commands: cmdlets, functions and aliases. -Syntax prints "
     "the syntax of each parameter set, generated from the command's parameter table.",
     gcm_examples},
    {"Get-Help", "help", help_params, NP(help_params), 0, NULL, NULL, help_end,
     "Displays information about PowerShell commands and concepts.", NULL, "AllUsersView", NULL,
     "System.String",
     "The Get-Help cmdlet displays information about commands: the synopsis, the syntax of each "
     "parameter set, the description, the parameters and examples. Script functions show their "
     "comment-based help.",
     help_examples_tab},
    TABEXP_ROW,
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
