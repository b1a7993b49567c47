/* repl.c - the interactive loop on a terminal: libedit for line editing
 * (emacs keys) and history, PowerShell's prompt (a `prompt` function may
 * replace it) and ">> " continuation, Ctrl+C and Ctrl+D, the banner. The
 * only file that includes libedit.
 *
 * History: every line typed goes into the session's list (up arrow); the
 * ones that do not look like secrets are also appended to the history file
 * (repl_history_path), created mode 0600 and cut to its last
 * REPL_HISTORY_MAX lines when it is loaded. */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <histedit.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>

#include "command.h"
#include "../parser/xalloc.h"
#include "complete.h"
#include "convert.h"
#include "host.h"
#include "repl.h"
#include "strbuf.h"

enum { REPL_HISTORY_MAX = 2000 };

/* Tab completion: repeated Tabs (nothing typed in between) cycle through
 * the candidates, Shift+Tab backwards, as the PowerShell console does. */
typedef struct TabState {
  Completion c;
  size_t cur;   /* the candidate in the line now */
  char *after;  /* the line as the last Tab left it (NULL: none) */
  size_t after_cursor;
} TabState;

typedef struct Repl {
  Interp *I;
  TabState tab;
  EditLine *el;
  History *hist;
  char *hist_path; /* NULL: no history file */
  char *prompt;    /* what the prompt callback shows (owned) */
  StrBuf input;    /* the command typed so far (continued lines) */
  bool more;       /* input is incomplete: ">> " */
} Repl;

/* The libedit prompt callback has no context pointer: the one REPL. */
static Repl *g_repl;
static volatile sig_atomic_t g_interrupted;

/* ---------------------------------------------------------------- Ctrl+C */

/* Without SA_RESTART, so that a Ctrl+C at the prompt ends el_gets (EINTR)
 * and one during a command stops it (the evaluator polls the stop flag). */
static void on_sigint(int sig) {
  (void)sig;
  g_interrupted = 1;
  if (g_repl) interp_request_stop(g_repl->I);
}

static void catch_sigint(struct sigaction *old) {
  struct sigaction sa = {0};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, old);
}

/* ---------------------------------------------------------------- history file */

char *repl_history_path(void) {
  const char *env = getenv("UCSH_HISTORY");
  if (env) return *env ? xstrdup(env) : NULL; /* empty: no history file */
  const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
  StrBuf b = SB_INIT;
  if (state && *state) sb_printf(&b, "%s/ucsh/history", state);
  else if (home && *home) sb_printf(&b, "%s/.local/state/ucsh/history", home);
  else return NULL;
  return sb_take(&b, NULL);
}

static bool contains_ci(const char *s, const char *word) {
  for (size_t n = strlen(word); *s; s++)
    if (strncasecmp(s, word, n) == 0) return true;
  return false;
}

bool repl_looks_secret(const char *line) {
  static const char *const WORDS[] = {"password", "asplaintext", "token", "apikey", "secret"};
  for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++)
    if (contains_ci(line, WORDS[i])) return true;
  return false;
}

/* mkdir -p of the file's folder (mode 0700 for what it creates). */
static void make_parent(const char *path) {
  char *dir = xstrdup(path);
  for (char *p = dir + 1; dir && *p; p++) {
    if (*p != '/') continue;
    *p = 0;
    mkdir(dir, 0700);
    *p = '/';
  }
  free(dir);
}

/* Rewrites the file with its last `keep` lines (through a 0600 temporary
 * file renamed over it). */
static void history_cut(const char *path, char **lines, size_t n, size_t keep) {
  StrBuf tmp = SB_INIT;
  sb_printf(&tmp, "%s.tmp", path);
  int fd = open(sb_cstr(&tmp), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
  for (size_t i = n - keep; f && i < n; i++) fprintf(f, "%s\n", lines[i]);
  if (f && fclose(f) == 0) rename(sb_cstr(&tmp), path);
  else if (fd >= 0 && !f) close(fd);
  sb_free(&tmp);
}

static void history_load(Repl *r) {
  FILE *f = r->hist_path ? fopen(r->hist_path, "r") : NULL;
  if (!f) return;
  char **lines = NULL, *line = NULL;
  size_t n = 0, cap = 0, lcap = 0;
  ssize_t len;
  while ((len = getline(&line, &lcap, f)) >= 0) {
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
    if (!len) continue;
    if (n == cap) lines = xrealloc(lines, (cap = cap ? cap * 2 : 256) * sizeof *lines);
    lines[n++] = xstrdup(line);
  }
  free(line);
  fclose(f);
  size_t from = n > REPL_HISTORY_MAX ? n - REPL_HISTORY_MAX : 0;
  HistEvent ev;
  for (size_t i = from; i < n; i++) history(r->hist, &ev, H_ENTER, lines[i]);
  if (from) history_cut(r->hist_path, lines, n, REPL_HISTORY_MAX);
  for (size_t i = 0; i < n; i++) free(lines[i]);
  free(lines);
}

static void history_add(Repl *r, const char *line) {
  HistEvent ev;
  history(r->hist, &ev, H_ENTER, line);
  if (!r->hist_path || repl_looks_secret(line)) return;
  make_parent(r->hist_path);
  int fd = open(r->hist_path, O_WRONLY | O_CREAT | O_APPEND, 0600);
  if (fd < 0) return;
  fchmod(fd, 0600);
  size_t len = strlen(line);
  if (write(fd, line, len) != (ssize_t)len || write(fd, "\n", 1) != 1) { /* best effort */
  }
  close(fd);
}

/* ---------------------------------------------------------------- prompt */

/* The text of the `prompt` function's output ("PS>" when it gives
 * nothing, as PowerShell shows then), or NULL when there is no such
 * function. */
static char *prompt_from_function(Interp *I) {
  Command *fn = cmd_lookup(I, "prompt");
  if (!fn || fn->kind != CMD_FUNCTION) return NULL;
  Value blk = val_block_new(fn->script, fn->body);
  Collector col;
  collector_init(&col);
  interp_invoke_block(I, blk, true, false, val_null(), NULL, 0, &col.sink);
  val_unref(blk);
  Value out = collector_result(&col);
  collector_free(&col);
  char *text = out.kind == V_NULL ? NULL : conv_to_cstr(out, NULL);
  val_unref(out);
  if (!text || !*text) {
    free(text);
    text = xstrdup("PS>");
  }
  return text;
}

static void prompt_update(Repl *r) {
  free(r->prompt);
  if (r->more) r->prompt = xstrdup(">> ");
  else {
    r->prompt = prompt_from_function(r->I);
    if (!r->prompt) r->prompt = xstrdup("PS C:\\> ");
  }
}

static char *prompt_cb(EditLine *el) {
  (void)el;
  return g_repl && g_repl->prompt ? g_repl->prompt : "";
}

/* ---------------------------------------------------------------- Tab */

/* Characters (code points) in s[0..n): libedit counts those. */
static int utf8_chars(const char *s, size_t n) {
  int k = 0;
  for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
  return k;
}

/* The line as libedit holds it (malloc'd) and the cursor's byte offset. */
static char *tab_line(EditLine *el, size_t *cursor) {
  const LineInfo *li = el_line(el);
  *cursor = (size_t)(li->cursor - li->buffer);
  return xstrndup(li->buffer, (size_t)(li->lastchar - li->buffer));
}

/* Replaces line[from, to) (the cursor at `cursor`) with text. */
static void tab_replace(EditLine *el, const char *line, size_t cursor, size_t from, size_t to,
                        const char *text) {
  if (to > cursor) el_cursor(el, utf8_chars(line + cursor, to - cursor));
  else if (to < cursor) el_cursor(el, -utf8_chars(line + to, cursor - to));
  el_deletestr(el, utf8_chars(line + from, to - from));
  el_insertstr(el, text);
}

static unsigned char tab_step(EditLine *el, int dir) {
  TabState *t = &g_repl->tab;
  size_t cursor;
  char *line = tab_line(el, &cursor);
  bool cycling = t->after && t->c.n > 1 && t->after_cursor == cursor && !strcmp(t->after, line);
  size_t from = t->c.start, to = cursor;
  if (cycling) {
    t->cur = (t->cur + t->c.n + (size_t)(dir > 0 ? 1 : -1)) % t->c.n;
  } else {
    complete_free(&t->c);
    complete_line(g_repl->I, line, cursor, &t->c);
    t->cur = dir > 0 || !t->c.n ? 0 : t->c.n - 1;
    from = t->c.start, to = t->c.end;
  }
  if (!t->c.n) {
    free(line);
    return CC_REFRESH_BEEP;
  }
  tab_replace(el, line, cursor, from, to, t->c.items[t->cur]);
  free(line);
  free(t->after);
  t->after = tab_line(el, &t->after_cursor);
  return CC_REFRESH;
}

static unsigned char on_tab(EditLine *el, int ch) {
  (void)ch;
  return tab_step(el, 1);
}

static unsigned char on_shift_tab(EditLine *el, int ch) {
  (void)ch;
  return tab_step(el, -1);
}

/* ---------------------------------------------------------------- the loop */

/* Adds the command just run to the session history (Get-History). */
static void record(Repl *r, bool parsed, double start) {
  size_t len = r->input.len;
  const char *text = sb_cstr(&r->input);
  while (len && strchr(" \t\r\n", text[len - 1])) len--;
  if (!len) return;
  char *t = xstrndup(text, len);
  HistStatus st = interp_stop_requested(r->I)        ? HIST_STOPPED
                  : !parsed || !interp_last_ok(r->I) ? HIST_FAILED
                                                     : HIST_COMPLETED;
  interp_history_add(r->I, t, st, start, ucsh_now(NULL));
  free(t);
}

/* Runs the input typed so far when it is complete (or when an empty line
 * ends a continued input); otherwise asks for more. */
static void submit(Repl *r, bool blank) {
  bool incomplete = false;
  bool *inc = r->more && blank ? NULL : &incomplete;
  double start = ucsh_now(NULL);
  interp_clear_stop(r->I); /* a Ctrl+C that reached us late, after the line was read */
  if (!inc || !r->more) interp_transcript_command(r->I, r->prompt, sb_cstr(&r->input));
  bool parsed = host_run_text(r->I, sb_cstr(&r->input), r->input.len, NULL, true, NULL, 0, inc);
  r->more = incomplete;
  if (r->more) return;
  record(r, parsed, start);
  sb_reset(&r->input);
  if (interp_stop_requested(r->I)) fputs("\n", stdout); /* after the terminal's ^C */
  interp_clear_stop(r->I);
}

/* A Ctrl+C at the prompt: the line (and any continued input) is dropped. */
static void cancel_line(Repl *r) {
  fputs("\n", stdout);
  sb_reset(&r->input);
  r->more = false;
  interp_clear_stop(r->I);
}

static bool repl_step(Repl *r) {
  prompt_update(r);
  int n = 0;
  g_interrupted = 0;
  errno = 0;
  const char *line = el_gets(r->el, &n);
  if (!line && n < 0 && (errno == EINTR || g_interrupted)) {
    cancel_line(r);
    return true;
  }
  if (!line || n <= 0) return false; /* Ctrl+D on an empty line, or end of input */
  size_t len = (size_t)n;
  bool blank = strspn(line, " \t\r\n") == len;
  if (!blank) {
    char *copy = xstrndup(line, len);
    copy[strcspn(copy, "\r\n")] = 0;
    history_add(r, copy);
    free(copy);
  }
  sb_putn(&r->input, line, len);
  if (len && line[len - 1] != '\n') sb_putc(&r->input, '\n');
  fflush(stdout);
  submit(r, blank);
  return !interp_has_exited(r->I);
}

static void repl_open(Repl *r, Interp *I) {
  *r = (Repl){.I = I, .input = SB_INIT};
  r->hist = history_init();
  HistEvent ev;
  history(r->hist, &ev, H_SETSIZE, REPL_HISTORY_MAX);
  history(r->hist, &ev, H_SETUNIQUE, 1);
  r->hist_path = repl_history_path();
  history_load(r);
  r->el = el_init("ucsh", stdin, stdout, stderr);
  el_set(r->el, EL_EDITOR, "emacs");
  el_set(r->el, EL_PROMPT, prompt_cb);
  el_set(r->el, EL_HIST, history, r->hist);
  /* the wide form keeps our (static) names: the narrow one leaks its copies */
  el_wset(r->el, EL_ADDFN, L"ucsh-complete", L"Complete the word at the cursor", on_tab);
  el_wset(r->el, EL_ADDFN, L"ucsh-complete-back", L"The previous completion", on_shift_tab);
  el_set(r->el, EL_BIND, "^I", "ucsh-complete", NULL);
  el_set(r->el, EL_BIND, "\\e[Z", "ucsh-complete-back", NULL);
  el_source(r->el, NULL); /* ~/.editrc, as other libedit programs read it */
}

static void repl_close(Repl *r) {
  complete_free(&r->tab.c);
  free(r->tab.after);
  el_end(r->el);
  history_end(r->hist);
  free(r->hist_path);
  free(r->prompt);
  sb_free(&r->input);
}

int repl_run(Interp *I, const ReplOptions *o) {
  Repl r;
  repl_open(&r, I);
  g_repl = &r;
  struct sigaction old;
  catch_sigint(&old);
  if (o && o->banner) fputs(o->banner, stdout);
  while (repl_step(&r)) {
  }
  if (!interp_has_exited(I)) fputc('\n', stdout);
  sigaction(SIGINT, &old, NULL);
  g_repl = NULL;
  repl_close(&r);
  return interp_exit_code(I);
}
