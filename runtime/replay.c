/* replay.c - `ucsh -Replay PAGE`: the command lines of a documentation
 * page (Markdown, or the TechNet text of the seed pages) found and run in
 * order against the lab, each printed with its output and the lab changes
 * it caused (replay.h).
 *
 * A command line is a line whose first word (after an optional `$x =`) is a
 * command ucsh knows, written where the page shows code: an indented line
 * (4 spaces or more), a line inside a ``` fence, or the text after a <BR>
 * in a note (seed 001 prints its unassign command that way). HTML entities
 * are decoded; a line that continues (open brace, trailing pipe) takes the
 * next lines of its block. A template line ("<policy name>", <Fqdn>) is
 * shown and skipped with a note, never run. */
#define _POSIX_C_SOURCE 200809L
#include "replay.h"
#include "../parser/xalloc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "../parser/parser.h"
#include "command.h"
#include "host.h"
#include "strbuf.h"

/* ---------------------------------------------------------------- finding the commands */

typedef struct Cmds {
  char **v;
  size_t n;
} Cmds;

static void cmds_push(Cmds *c, const char *s, size_t n) {
  c->v = xrealloc(c->v, (c->n + 1) * sizeof *c->v);
  c->v[c->n++] = xstrndup(s, n);
}

/* &quot; &amp; &lt; &gt; &#39; &nbsp; in place. */
static void decode_entities(char *s) {
  static const struct { const char *ent, *ch; } E[] = {
      {"&quot;", "\""}, {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&#39;", "'"}, {"&nbsp;", " "},
  };
  char *o = s;
  for (char *p = s; *p;) {
    size_t i = 0;
    while (i < sizeof E / sizeof E[0] && strncasecmp(p, E[i].ent, strlen(E[i].ent))) i++;
    if (i < sizeof E / sizeof E[0]) *o++ = *E[i].ch, p += strlen(E[i].ent);
    else *o++ = *p++;
  }
  *o = 0;
}

/* The first command word of a line (after `$x =`), copied into w. */
static void first_word(const char *s, char *w, size_t n) {
  while (*s == ' ' || *s == '\t') s++;
  if (*s == '$') { /* $credential = Get-Credential ... */
    const char *eq = strchr(s, '=');
    if (eq && eq[1] != '=') s = eq + 1;
    while (*s == ' ') s++;
  }
  size_t k = 0;
  while (s[k] && !isspace((unsigned char)s[k]) && s[k] != '(' && k + 1 < n) w[k] = s[k], k++;
  w[k] = 0;
}

static bool is_command_line(Interp *I, const char *s) {
  char w[128];
  first_word(s, w, sizeof w);
  return *w && strchr(w, '-') && cmd_lookup(I, w) != NULL;
}

/* Text after quote markers ("> ") and blanks; trailing HTML tags dropped. */
static char *clean(const char *s) {
  while (*s == '>' || *s == ' ' || *s == '\t') s++;
  char *t = xstrdup(s);
  char *end = t + strlen(t);
  while (end > t && (end[-1] == ' ' || end[-1] == '\r' || end[-1] == '\n')) *--end = 0;
  char *tag = strstr(t, "</");
  if (tag) *tag = 0;
  return t;
}

/* The command that starts with `first` (line i): the following lines are
 * joined while it is unfinished. Returns the last line used. */
static size_t take_command(char **lines, size_t i, size_t n, const char *first, StrBuf *out) {
  char *c = clean(first);
  sb_puts(out, c);
  free(c);
  for (;;) {
    Script *s = NULL;
    ParseErrors errs = {0};
    bool ok = parse_script(out->data, out->len, NULL, &s, &errs);
    bool more = !ok && errs.incomplete && i + 1 < n;
    if (ok) script_release(s);
    else parse_errors_free(&errs);
    if (!more) return i;
    char *next = clean(lines[++i]);
    sb_printf(out, "\n%s", next);
    free(next);
  }
}

/* The text after the last <BR> of a line, or NULL. */
static const char *strcasestr_br(const char *l) {
  const char *last = NULL;
  for (const char *p = l; *p; p++)
    if (!strncasecmp(p, "<BR>", 4)) last = p + 4;
  return last;
}

static bool indented(const char *s) { return strncmp(s, "    ", 4) == 0 || *s == '\t'; }

/* The commands of a page, in order. */
static void find_commands(Interp *I, char **lines, size_t n, Cmds *out) {
  bool fence = false;
  for (size_t i = 0; i < n; i++) {
    const char *l = lines[i];
    const char *t = l + strspn(l, " \t>");
    if (!strncmp(t, "```", 3)) {
      fence = !fence;
      continue;
    }
    const char *br = strcasestr_br(l);
    const char *start = br && is_command_line(I, br)                 ? br
                        : (fence || indented(l)) && is_command_line(I, t) ? t
                                                                          : NULL;
    if (start) {
      StrBuf b = SB_INIT;
      i = take_command(lines, i, n, start, &b);
      cmds_push(out, b.data, b.len);
      sb_free(&b);
    }
  }
}

/* A placeholder the reader replaces: "<policy name>", <Fqdn>, <String>. */
static bool is_template(const char *cmd) {
  for (const char *p = strchr(cmd, '<'); p; p = strchr(p + 1, '<'))
    if (isalpha((unsigned char)p[1]) && strchr(p, '>')) return true;
  return false;
}

/* The page's lines, decoded (malloc'd). NULL when it cannot be read. */
static char **read_lines(const char *path, size_t *n) {
  size_t len;
  char *text = host_read_file(path, &len);
  if (!text) return NULL;
  char **v = NULL;
  *n = 0;
  for (char *line = text, *next; line; line = next) {
    next = strchr(line, '\n');
    if (next) *next++ = 0;
    v = xrealloc(v, (*n + 1) * sizeof *v);
    v[*n] = xstrdup(line);
    decode_entities(v[(*n)++]);
  }
  free(text);
  return v;
}

/* ---------------------------------------------------------------- running them */

static void run_text(Interp *I, const char *text) {
  host_run_text(I, text, strlen(text), NULL, true, NULL, 0, NULL);
  fflush(stdout);
}

static const char EVENTS_BEFORE[] = "$global:__ucshReplayEvents = @(Get-CsLabEvent).Count";
static const char EVENTS_AFTER[] =
    "@(Get-CsLabEvent | Select-Object -Skip $global:__ucshReplayEvents) |"
    " ForEach-Object { '  lab: {0}  {1}' -f $_.User, $_.Event }";

/* -Step: Y runs, N skips, A runs the rest, Q stops. */
static char ask(void) {
  fputs("Run it? [Y] Yes  [N] No  [A] Yes to All  [Q] Quit (default is \"Y\"): ", stdout);
  fflush(stdout);
  char buf[64];
  if (!fgets(buf, sizeof buf, stdin)) return 'Q';
  char c = (char)toupper((unsigned char)buf[strspn(buf, " \t")]);
  return c == '\n' || c == '\r' || !c ? 'Y' : c;
}

/* The command as the console shows it: ">> " before its continued lines. */
static void show_command(const char *cmd) {
  fputs("PS C:\\> ", stdout);
  for (const char *p = cmd; *p; p++) {
    fputc(*p, stdout);
    if (*p == '\n') fputs(">> ", stdout);
  }
  fputc('\n', stdout);
}

static void replay_one(Interp *I, const char *cmd, const ReplayOptions *o, bool *step) {
  show_command(cmd);
  if (is_template(cmd)) {
    puts("  (a template: its <...> placeholder is for the reader to fill in; not run)");
    return;
  }
  if (*step) {
    char a = ask();
    if (a == 'N') return;
    if (a == 'Q') { *step = false, interp_request_stop(I); return; }
    if (a == 'A') *step = false;
  }
  run_text(I, EVENTS_BEFORE);
  if (o->whatif) run_text(I, "$global:WhatIfPreference = $true");
  run_text(I, cmd);
  if (o->whatif) run_text(I, "$global:WhatIfPreference = $false");
  interp_clear_stop(I);
  run_text(I, EVENTS_AFTER);
}

int replay_run(Interp *I, const char *path, const ReplayOptions *o) {
  size_t n = 0;
  char **lines = read_lines(path, &n);
  if (!lines) {
    fprintf(stderr, "ucsh: -Replay: cannot read '%s'.\n", path);
    return 1;
  }
  Cmds cmds = {0};
  find_commands(I, lines, n, &cmds);
  printf("Replaying %zu command line(s) of %s%s\n", cmds.n, path,
         o->whatif ? " (-WhatIf: nothing changes)" : "");
  bool step = o->step && isatty(0);
  if (!isatty(0)) { /* nobody to answer: the administrator's "Yes" */
    puts("(no terminal: confirmation prompts are answered Yes)");
    run_text(I, "$global:ConfirmPreference = 'None'");
  }
  puts("");
  for (size_t i = 0; i < cmds.n && !interp_stop_requested(I); i++) {
    replay_one(I, cmds.v[i], o, &step);
    if (!interp_has_exited(I)) puts("");
  }
  for (size_t i = 0; i < cmds.n; i++) free(cmds.v[i]);
  for (size_t i = 0; i < n; i++) free(lines[i]);
  free(cmds.v);
  free(lines);
  return 0;
}
