/* main.c - the ucsh executable: the command line (modelled on pwsh),
 * reading scripts, and the process exit code. With host.h and repl.c the
 * only code that knows about terminals and files of scripts. */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "../cmdlets/checker.h"
#include "../parser/xalloc.h"
#include "../cmdlets/cmdlets.h"
#include "../cmdlets/lab.h"
#include "../parser/parser.h"
#include "host.h"
#include "repl.h"
#include "replay.h"
#include "strbuf.h"

/* ---- output callbacks ---- */

static void write_out(void *ctx, const char *s, size_t n) {
  (void)ctx;
  fwrite(s, 1, n, stdout);
}

/* Colour only on a terminal, and never when NO_COLOR is set (no-color.org):
 * errors red, warnings yellow, the banner dim, as the PowerShell console. */
static bool g_color_out, g_color_err;

static void color_setup(void) {
  const char *no = getenv("NO_COLOR");
  bool allowed = !(no && *no);
  g_color_out = allowed && isatty(1);
  g_color_err = allowed && isatty(2);
}

/* s as it goes to the screen: with `on`, each line wrapped in the SGR
 * colour code (so that no line carries colour past its end). */
static void colorize(StrBuf *out, bool on, const char *sgr, const char *s, size_t n) {
  if (!on) {
    sb_putn(out, s, n);
    return;
  }
  for (size_t i = 0; i < n;) {
    const char *nl = memchr(s + i, '\n', n - i);
    size_t k = nl ? (size_t)(nl - (s + i)) : n - i;
    if (k) sb_printf(out, "\033[%sm%.*s\033[0m", sgr, (int)k, s + i);
    if (nl) sb_putc(out, '\n');
    i += k + (nl != NULL);
  }
}

static void write_colored(FILE *f, bool on, const char *sgr, const char *s, size_t n) {
  StrBuf b = SB_INIT;
  colorize(&b, on, sgr, s, n);
  fwrite(b.data, 1, b.len, f);
  sb_free(&b);
}

static void write_err(void *ctx, const char *s, size_t n) {
  (void)ctx;
  fflush(stdout);
  write_colored(stderr, g_color_err, "31", s, n);
  fflush(stderr);
}

static void write_warn(void *ctx, const char *s, size_t n) {
  (void)ctx;
  write_colored(stdout, g_color_out, "33", s, n);
}

bool host_run_text(Interp *I, const char *text, size_t len, const char *path, bool dot,
                   const Value *args, int nargs, bool *incomplete) {
  Script *s = NULL;
  ParseErrors errs = {0};
  if (!parse_script(text, len, path, &s, &errs)) {
    if (incomplete && errs.incomplete) {
      *incomplete = true;
    } else {
      interp_print_parse_errors(I, path, text, &errs);
      interp_mark_failed(I);
    }
    parse_errors_free(&errs);
    return false;
  }
  interp_run_script(I, s, dot, args, nargs);
  script_release(s);
  return true;
}

/* ---- the command line ---- */

static void usage(FILE *f) {
  fputs("Usage: ucsh [-File] FILE.ps1 [args...]\n"
        "       ucsh -Command '<text>' | -Command -\n"
        "       ucsh [-NonInteractive] [-Store PATH]   (no script: a REPL, or stdin)\n"
        "       ucsh -Check FILE.ps1   (check a runbook without running it)\n"
        "       ucsh -DryRun FILE.ps1 [args...]   (rehearse it on a copy of the lab)\n"
        "       ucsh -WhatIf FILE.ps1 [args...]   (preview its changes; nothing changes)\n"
        "       ucsh -Replay PAGE [-Step] [-WhatIf]   (run a documentation page's commands)\n"
        "       ucsh -Version | -Help\n"
        "\n"
        "Options (case-insensitive, any unique prefix):\n"
        "  -File PATH        run a script; the arguments after it go to the script\n"
        "  -Command TEXT     run a command line; '-' reads the commands from stdin\n"
        "  -NonInteractive   never prompt: a prompt is an error instead\n"
        "  -Store PATH       the lab state store to open (used by the lab cmdlets)\n"
        "  -DryRun           run the script on a throwaway copy of the lab store, run\n"
        "                    the clock 8 days on, and print what happened to each user\n"
        "  -WhatIf           before a script: run it with $WhatIfPreference on, on a\n"
        "                    throwaway copy of the lab, and list what it would change\n"
        "  -Replay PAGE      run the command lines of a documentation page (Markdown or\n"
        "                    TechNet text) in order, with each one's lab changes;\n"
        "                    -Step asks before each, -WhatIf changes nothing\n"
        "  -Check PATH       report a runbook's parse errors, unknown commands and\n"
        "                    parameters and UCS pitfalls; exit 1 when it has errors\n"
        "  -NoProfile, -NoLogo, -ExecutionPolicy X   accepted for pwsh compatibility\n"
        "  -Version          print the version\n"
        "  -Help             print this text\n"
        "\n"
        "Exit codes: 'exit N' gives N; a parse error or an uncaught terminating error\n"
        "gives 1; otherwise 0.\n",
        f);
}

typedef struct Options {
  const char *file, *command, *store, *check, *replay;
  bool dry_run, step, whatif;
  bool noninteractive, version, help;
  int argi; /* first script argument */
} Options;

static bool opt_is(const char *arg, const char *name, size_t min) {
  const char *a = arg;
  if (*a == '-') a++;
  if (*a == '-') a++; /* --help */
  size_t n = strlen(a);
  return n >= min && n <= strlen(name) && strncasecmp(a, name, n) == 0;
}

static int parse_options(int argc, char **argv, Options *o) {
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || !a[1]) { o->file = a; return i + 1; }
    if (opt_is(a, "File", 1) && i + 1 < argc) { o->file = argv[++i]; return i + 1; }
    if (opt_is(a, "Command", 1) && i + 1 < argc) { o->command = argv[++i]; return i + 1; }
    if (opt_is(a, "Check", 2) && i + 1 < argc) { o->check = argv[++i]; return i + 1; }
    if (opt_is(a, "Replay", 2) && i + 1 < argc) { o->replay = argv[++i]; continue; }
    if (opt_is(a, "Step", 2)) { o->step = true; continue; }
    if (opt_is(a, "WhatIf", 2)) { o->whatif = true; continue; }
    if (opt_is(a, "NonInteractive", 4)) o->noninteractive = true;
    else if (opt_is(a, "DryRun", 2)) o->dry_run = true;
    else if (opt_is(a, "Store", 2) && i + 1 < argc) o->store = argv[++i];
    else if (opt_is(a, "Version", 1)) o->version = true;
    else if (opt_is(a, "Help", 1) || strcmp(a, "-?") == 0) o->help = true;
    else if (opt_is(a, "NoProfile", 3) || opt_is(a, "NoLogo", 3)) continue;
    else if (opt_is(a, "ExecutionPolicy", 2) && i + 1 < argc) i++;
    else {
      fprintf(stderr, "ucsh: unknown option '%s'. Try 'ucsh -Help'.\n", a);
      return -1;
    }
  }
  return i;
}

/* Prompts (confirmations, mandatory parameters) read a line from stdin: a
 * terminal, or answers piped in for a rehearsal. NULL at end of input. */
static char *read_line(void *ctx, const char *prompt) {
  (void)ctx;
  fputs(prompt, stdout);
  fflush(stdout);
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = getline(&line, &cap, stdin);
  if (n < 0) {
    free(line);
    return NULL;
  }
  while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
  if (!isatty(0)) printf("%s\n", line); /* echo piped answers, as a terminal would */
  return line;
}

/* interactive: prompts are allowed (not -NonInteractive). */
static Interp *interp_for_host(bool interactive) {
  HostIO io = {NULL, write_out, write_err, read_line, interactive, 0, write_warn};
  Interp *I = interp_new(&io);
  cmdlets_register_all(I);
  return I;
}

static Interp *g_interp; /* for the SIGINT handler only */
static volatile sig_atomic_t g_sigint; /* a script was interrupted: exit 130 */

static void on_sigint(int sig) {
  (void)sig;
  g_sigint = 1;
  if (g_interp) interp_request_stop(g_interp);
}

static int run_file(Interp *I, const char *path, int argc, char **argv, int argi) {
  size_t len;
  char *text = host_read_file(path, &len);
  if (!text) {
    fprintf(stderr,
            "The argument '%s' to the -File parameter does not exist. Provide the path to an "
            "existing '.ps1' file as an argument to the -File parameter.\n", path);
    return 64;
  }
  int nargs = argc - argi;
  Value *args = nargs > 0 ? xcalloc((size_t)nargs, sizeof *args) : NULL;
  for (int k = 0; k < nargs; k++) args[k] = val_cstr(argv[argi + k]);
  bool ok = host_run_text(I, text, len, path, false, args, nargs, NULL);
  for (int k = 0; k < nargs; k++) val_unref(args[k]);
  free(args);
  free(text);
  return ok ? interp_exit_code(I) : 1;
}

static int run_command(Interp *I, const char *cmd) {
  size_t len;
  char *text = strcmp(cmd, "-") == 0 ? host_read_stream(stdin, &len) : xstrdup(cmd);
  if (!text) return 1;
  len = strlen(text);
  bool ok = host_run_text(I, text, len, NULL, true, NULL, 0, NULL);
  free(text);
  if (!ok) return 1;
  int code = interp_exit_code(I);
  if (!interp_has_exited(I) && code == 0 && !interp_last_ok(I)) code = 1;
  return code;
}

/* -DryRun: the runbook on a throwaway copy of the lab, then the clock 8
 * days on (migrations, rollbacks and re-migration checks fall due), then
 * each user's timeline from the lab's event log. The real store is only
 * read (copied). */
static const char DRY_BEFORE[] = "$global:__ucshDryRunEvents = @(Get-CsLabEvent).Count";
static const char DRY_AFTER[] =
    "Skip-CsLabTime -Days 8 | Out-Null\n"
    "''\n"
    "'Dry run: what the runbook did, and what follows in the next 8 simulated days'\n"
    "'(on a throwaway copy of the lab; the real store is untouched):'\n";
static const char PREVIEW_BEFORE[] = "$global:WhatIfPreference = $true";
static const char PREVIEW_AFTER[] =
    "$global:WhatIfPreference = $false\n"
    "''\n"
    "'What-if preview: the What if lines above are the changes the runbook would make;'\n"
    "'changes made anyway (lab steps) went to a throwaway copy of the lab:'\n";
static const char TIMELINE[] =
    "$ev = @(Get-CsLabEvent | Select-Object -Skip $global:__ucshDryRunEvents)\n"
    "if (!$ev.Count) { '  (no change to any user)' }\n"
    "$ev | Group-Object User | ForEach-Object { ''; $_.Name;\n"
    "  $_.Group | ForEach-Object { '  {0}  {1}' -f $_.Time, $_.Event } }\n";

static void run_snippet(Interp *I, const char *text) {
  host_run_text(I, text, strlen(text), NULL, true, NULL, 0, NULL);
}

static int remove_entry(const char *p, const struct stat *sb, int flag, struct FTW *f) {
  (void)sb, (void)flag, (void)f;
  return remove(p);
}

/* preview (ucsh -WhatIf FILE): the same on the copy, with $WhatIfPreference
 * on and no clock run: what the runbook would change, and nothing changed. */
static int run_dry(Interp *I, const char *path, int argc, char **argv, int argi, bool preview) {
  char *err = NULL, *dir = lab_dry_run_copy(I, &err);
  if (!dir) {
    fprintf(stderr, "ucsh: -%s: the lab store cannot be copied: %s\n",
            preview ? "WhatIf" : "DryRun", err ? err : "");
    free(err);
    return 1;
  }
  run_snippet(I, DRY_BEFORE);
  if (preview) run_snippet(I, PREVIEW_BEFORE);
  int code = run_file(I, path, argc, argv, argi);
  interp_clear_exit(I); /* the timeline still runs after the script's exit */
  run_snippet(I, preview ? PREVIEW_AFTER : DRY_AFTER);
  run_snippet(I, TIMELINE);
  interp_ext_set(I, INTERP_EXT_LAB, NULL, NULL); /* close the copy, then remove it */
  nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
  free(dir);
  return code;
}

/* The banner: what this is, the lab store and its simulated time (the
 * store is opened now, as the first Lync command would), and where to
 * start; dim on a terminal. */
static int run_repl(Interp *I) {
  char *lab = lab_banner(I);
  StrBuf text = SB_INIT, dim = SB_INIT;
  sb_printf(&text,
            "ucsh %s - Lync Server 2013 unified contact store lab\n%s\n"
            "Get-Help <cmdlet> explains a cmdlet; Get-Command -Noun Cs* lists the Lync "
            "cmdlets.\n\n",
            UCSH_VERSION, lab);
  free(lab);
  colorize(&dim, g_color_out, "2", text.data, text.len);
  ReplOptions o = {sb_cstr(&dim)};
  int code = repl_run(I, &o);
  sb_free(&dim);
  sb_free(&text);
  return code;
}

int main(int argc, char **argv) {
  Options o = {0};
  int argi = parse_options(argc, argv, &o);
  if (argi < 0) return 64;
  if (o.help) { usage(stdout); return 0; }
  if (o.version) { printf("ucsh %s\n", UCSH_VERSION); return 0; }
  if (o.store) setenv("UCSH_STORE", o.store, 1);
  bool tty = isatty(0) && !o.noninteractive;
  color_setup();
  Interp *I = interp_for_host(!o.noninteractive);
  g_interp = I;
  signal(SIGINT, on_sigint);
  int code;
  ReplayOptions ro = {o.whatif, o.step};
  if (o.check) code = chk_print(I, o.check, stdout) == 0 ? 0 : 1;
  else if (o.replay) code = replay_run(I, o.replay, &ro);
  else if ((o.dry_run || o.whatif) && o.file)
    code = run_dry(I, o.file, argc, argv, argi, !o.dry_run);
  else if (o.file) code = run_file(I, o.file, argc, argv, argi);
  else if (o.command) code = run_command(I, o.command);
  else if (tty) code = run_repl(I);
  else {
    size_t len;
    char *text = host_read_stream(stdin, &len);
    bool ok = text && host_run_text(I, text, len, NULL, false, NULL, 0, NULL);
    free(text);
    code = ok ? interp_exit_code(I) : 1;
  }
  /* Ctrl+C stopped a script, a -Command or piped input: exit as a shell
   * killed by SIGINT reports it (128 + 2); the REPL only drops the line. */
  if (g_sigint && (o.file || o.command || (!tty && !o.check && !o.replay))) code = 130;
  g_interp = NULL;
  interp_free(I);
  fflush(stdout);
  return code;
}
