/* oom.c - issue 7 point 2, second half: running out of memory never crashes
 * ucsh.
 *
 *   oom [-v] [-s STRIDE] [-m CASES] [-d DENSE] PATH...
 *
 * The binary is linked with -Wl,--wrap for malloc, calloc, realloc, strdup
 * and strndup, so every allocation the front end, the runtime and the
 * cmdlets make (they link in statically) goes through a counter here.
 * For each test script (the .ps1 files under PATH, every STRIDE-th one), a
 * child process counts the allocations of one run: setting up an
 * interpreter with every cmdlet, parsing the script and running it on a
 * :memory: lab (tests/fuzz/fuzz_host.h, with its step and time budget).
 * Then, for chosen N, a child fails the Nth allocation and must end with an
 * ordinary exit: 0 (the script ran to its end; no path checks for NULL
 * and carries on) or XALLOC_EXIT (xalloc.h: "ucsh: out of memory"). A
 * signal (a NULL used, an abort, a sanitizer report: the sanitizers are
 * set to abort here) or any other status is a problem, printed with the
 * script and N to rerun it.
 *
 * Which N: the first script's every allocation up to DENSE (the set-up
 * every script shares: interpreter, cmdlet tables, type tables, lab
 * store), then per script up to CASES values of N spread evenly over the
 * allocations its parse and run make. The negative control fails the
 * first allocation of code that does not check it; the harness must see
 * the crash, or the test fails.
 *
 * The allocations of SQLite, PCRE2 and the C library's own (stdio,
 * getline) are not counted: they are outside what is linked in here.
 *
 * The children's stderr (each one's "ucsh: out of memory") is thrown away
 * unless -v is given; rerun a problem case with -v to see its report.
 *
 * Exit status: 0 when there was no problem, 1 otherwise. */
#define _XOPEN_SOURCE 700 /* nftw */
#define _DEFAULT_SOURCE /* chroot, mkdtemp */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>

#include "../fuzz/fuzz_host.h"

/* Sanitizer reports become SIGABRT, so they cannot pass as an exit 1. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "abort_on_error=1:detect_leaks=0"; }
const char *__ubsan_default_options(void);
const char *__ubsan_default_options(void) { return "abort_on_error=1:print_stacktrace=1"; }

/* ------------------------------------------------------------------ */
/* the counting allocator                                              */

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);

static unsigned long oom_calls; /* allocations so far in this process */
static unsigned long oom_fail;  /* the one to fail (0: none) */

static int oom_now(void) { return ++oom_calls == oom_fail; }

void *__wrap_malloc(size_t n) { return oom_now() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t size) { return oom_now() ? NULL : __real_calloc(n, size); }
void *__wrap_realloc(void *p, size_t n) { return oom_now() ? NULL : __real_realloc(p, n); }
char *__wrap_strdup(const char *s) { return oom_now() ? NULL : __real_strdup(s); }
char *__wrap_strndup(const char *s, size_t n) { return oom_now() ? NULL : __real_strndup(s, n); }

/* ------------------------------------------------------------------ */
/* one run in a child                                                  */

typedef struct {
  unsigned long setup, total; /* allocation counts of a counting run */
} Counts;

static Counts *g_counts; /* shared with the children (MAP_SHARED) */
static bool g_verbose;   /* -v: the children keep their stderr */

typedef struct {
  const char *name; /* for the report */
  char *text;
  size_t len;
} Script_;

/* In the child: run the script failing allocation `fail` (0: none). */
static _Noreturn void child_run(const Script_ *sc, unsigned long fail) {
  alarm(30); /* a hang is a problem too (SIGALRM) */
  oom_calls = 0, oom_fail = fail;
  Interp *I = fuzz_interp();
  unsigned long setup = oom_calls;
  fuzz_run(I, sc->text, sc->len);
  fuzz_interp_done(I);
  if (!fail) g_counts->setup = setup, g_counts->total = oom_calls;
  _exit(0);
}

/* The negative control's child: code that does not check its allocation. */
static _Noreturn void child_unchecked(void) {
  alarm(30);
  oom_calls = 0, oom_fail = 1;
  char *volatile p = strdup("unchecked");
  p[0] = 'U';
  _exit(p[0] == 'U' ? 0 : 3);
}

/* Fork, run, wait: the child's raw wait status, or -1. */
static int run_case(const Script_ *sc, unsigned long fail, bool control) {
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    int null = g_verbose ? -1 : open("/dev/null", O_WRONLY);
    if (null >= 0) dup2(null, 2);
    if (control) child_unchecked();
    child_run(sc, fail);
  }
  int ws;
  while (waitpid(pid, &ws, 0) < 0)
    if (errno != EINTR) return -1;
  return ws;
}

static bool ok_status(int ws) {
  return ws >= 0 && WIFEXITED(ws) && (WEXITSTATUS(ws) == 0 || WEXITSTATUS(ws) == XALLOC_EXIT);
}

static void describe(int ws, char *buf, size_t n) {
  if (ws < 0) snprintf(buf, n, "fork/wait failed");
  else if (WIFSIGNALED(ws)) snprintf(buf, n, "signal %d (%s)", WTERMSIG(ws), strsignal(WTERMSIG(ws)));
  else snprintf(buf, n, "exit %d", WEXITSTATUS(ws));
}

/* ------------------------------------------------------------------ */
/* the scripts                                                         */

typedef struct {
  char **v;
  size_t n, cap;
} Paths;

static void paths_add(Paths *p, const char *path) {
  if (p->n == p->cap) {
    p->cap = p->cap ? p->cap * 2 : 256;
    p->v = realloc(p->v, p->cap * sizeof *p->v);
    if (!p->v) abort();
  }
  p->v[p->n++] = strdup(path);
}

static void collect(Paths *p, const char *path) {
  struct stat sb;
  if (stat(path, &sb) != 0) return;
  if (!S_ISDIR(sb.st_mode)) {
    size_t n = strlen(path);
    if (n > 4 && strcmp(path + n - 4, ".ps1") == 0) paths_add(p, path);
    return;
  }
  struct dirent **ents;
  int k = scandir(path, &ents, NULL, alphasort);
  for (int i = 0; i < k; i++) {
    if (ents[i]->d_name[0] != '.') {
      char sub[4096];
      snprintf(sub, sizeof sub, "%s/%s", path, ents[i]->d_name);
      collect(p, sub);
    }
    free(ents[i]);
  }
  if (k >= 0) free(ents);
}

static bool load(const char *path, Script_ *sc) {
  FILE *f = fopen(path, "rb");
  if (!f) return false;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  rewind(f);
  sc->text = malloc((size_t)n + 1);
  sc->len = sc->text ? fread(sc->text, 1, (size_t)n, f) : 0;
  fclose(f);
  sc->name = path;
  return sc->text != NULL;
}

/* ------------------------------------------------------------------ */
/* the test                                                            */

typedef struct {
  unsigned long cases, exits0, oom_exits, problems;
} Tally;

static void one(const Script_ *sc, unsigned long n, Tally *t) {
  int ws = run_case(sc, n, false);
  t->cases++;
  if (ok_status(ws)) {
    if (WEXITSTATUS(ws) == 0) t->exits0++;
    else t->oom_exits++;
    return;
  }
  char what[96];
  describe(ws, what, sizeof what);
  if (++t->problems <= 20) printf("PROBLEM %s, allocation %lu failed: %s\n", sc->name, n, what);
}

/* The N to try for one script: [from, to], at most `cases` of them. */
static void sweep(const Script_ *sc, unsigned long from, unsigned long to, unsigned long cases,
                  Tally *t) {
  if (to < from) return;
  unsigned long span = to - from + 1;
  if (span <= cases) {
    for (unsigned long n = from; n <= to; n++) one(sc, n, t);
    return;
  }
  for (unsigned long k = 0; k < cases; k++) one(sc, from + k * (span - 1) / (cases - 1), t);
}

int main(int argc, char **argv) {
  unsigned long stride = 1, cases = 200, dense = 0;
  int opt;
  while ((opt = getopt(argc, argv, "vs:m:d:")) != -1) {
    unsigned long v = optarg ? strtoul(optarg, NULL, 10) : 0;
    if (opt == 'v') g_verbose = true;
    else if (opt == 's') stride = v ? v : 1;
    else if (opt == 'm') cases = v < 2 ? 2 : v;
    else if (opt == 'd') dense = v;
    else return 64;
  }
  Paths paths = {0};
  for (int i = optind; i < argc; i++) { /* absolute: the children run in a scratch folder */
    char *abs = realpath(argv[i], NULL);
    if (abs) collect(&paths, abs);
    free(abs);
  }
  if (!paths.n) {
    fprintf(stderr, "oom: no .ps1 files under the given paths\n");
    return 64;
  }
  g_counts = mmap(NULL, sizeof *g_counts, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (g_counts == MAP_FAILED) return 2;
  fuzz_sandbox_enter(); /* the children share one scratch folder */

  Script_ control = {"(negative control)", NULL, 0};
  int cws = run_case(&control, 1, true);
  bool control_caught = !ok_status(cws);

  Tally t = {0};
  unsigned long scripts = 0, setup = 0, max_total = 0;
  for (size_t i = 0; i < paths.n; i += stride) {
    Script_ sc;
    if (!load(paths.v[i], &sc)) continue;
    g_counts->setup = g_counts->total = 0;
    int ws = run_case(&sc, 0, false);
    if (!ok_status(ws) || !g_counts->total) {
      char what[96];
      describe(ws, what, sizeof what);
      printf("PROBLEM %s: the counting run failed: %s\n", sc.name, what);
      t.problems++;
      free(sc.text);
      continue;
    }
    if (!scripts++) { /* the shared set-up, once, densely */
      setup = g_counts->setup;
      sweep(&sc, 1, setup, dense ? dense : setup, &t);
    }
    if (g_counts->total > max_total) max_total = g_counts->total;
    sweep(&sc, g_counts->setup + 1, g_counts->total, cases, &t);
    free(sc.text);
  }
  for (size_t i = 0; i < paths.n; i++) free(paths.v[i]);
  free(paths.v);
  printf("oom: %lu scripts, set-up %lu allocations, at most %lu in one run; %lu cases: "
         "%lu ran to the end, %lu exited \"out of memory\", %lu problems; negative control %s\n",
         scripts, setup, max_total, t.cases, t.exits0, t.oom_exits, t.problems,
         control_caught ? "caught" : "NOT CAUGHT");
  return t.problems == 0 && control_caught && scripts ? 0 : 1;
}
