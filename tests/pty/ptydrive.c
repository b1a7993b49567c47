/* ptydrive.c - runs ucsh on a pseudo-terminal and plays a scenario against
 * it, as a person at the keyboard would: the interactive tests of the REPL
 * (keys, history, Ctrl+C, prompts). Usage: ptydrive SCENARIO.pty UCSH
 *
 * A scenario is a list of lines (blank lines and # comments skipped):
 *   env NAME=VALUE   for the next start; "$TMP" is this run's own folder
 *   start [ARG...]   start UCSH on a new 80x24 terminal, in the scenario
 *                    file's folder (the last one must have exited)
 *   send TEXT        type TEXT (escapes: \r \n \t \e \\ \xHH)
 *   expect TEXT      wait up to 5 s until the screen output since the last
 *                    match shows TEXT (escape sequences and CRs removed)
 *   absent TEXT      the output since the last match does not show TEXT
 *   timed TEXT       expect, and print how long after the last send it came
 *                    (for benchmarks: tests/bench/repl_interrupt.sh)
 *   sleep MS
 *   exit CODE        wait up to 5 s for ucsh to exit with CODE
 * On a failure it prints the line, and the output, and exits 1. */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { WAIT_MS = 5000, MAX_ENV = 32, MAX_ARGS = 32 };

typedef struct {
  const char *ucsh;
  char tmp[64];
  char *dir; /* the scenario file's folder */
  char *env[MAX_ENV];
  int nenv;
  pid_t pid;
  int fd;
  char *out; /* the screen so far: finished lines, then the current one */
  size_t len, cap, mark; /* mark: where the next expect starts looking */
  size_t done;           /* out[0..done) are finished lines */
  char line[1024];       /* the current line as the terminal shows it */
  size_t line_len, col;
  char esc[32];          /* an escape sequence being read */
  size_t esc_len;
  long sent_at;          /* when the last send happened (ms) */
  int status;
  bool exited;
} Drive;

static long now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000L + t.tv_nsec / 1000000L;
}

/* Decodes the escapes of a scenario argument in place; returns its length. */
static size_t unescape(char *s) {
  static const char MAP[] = "r\rn\nt\te\033\\\\";
  char *o = s;
  for (char *p = s; *p; p++) {
    if (*p != '\\' || !p[1]) {
      *o++ = *p;
      continue;
    }
    const char *m = strchr(MAP, p[1]);
    if (p[1] == 'x' && p[2] && p[3]) {
      char hex[3] = {p[2], p[3], 0};
      *o++ = (char)strtol(hex, NULL, 16);
      p += 3;
    } else if (m && (m - MAP) % 2 == 0) {
      *o++ = m[1];
      p++;
    } else
      *o++ = *p;
  }
  *o = 0;
  return (size_t)(o - s);
}

/* What a person would read: a small model of the terminal's current line
 * (printing overwrites at the cursor; CR, BS, TAB and the cursor and erase
 * sequences move or clear), finished lines appended at each LF. Lines are
 * assumed to fit the 80 columns (scenarios keep them short). */
static void out_put(Drive *d, const char *s, size_t n) {
  if (d->len + n + 1 > d->cap) {
    while (d->len + n + 1 > d->cap) d->cap = d->cap ? d->cap * 2 : 4096;
    d->out = realloc(d->out, d->cap);
  }
  memcpy(d->out + d->len, s, n);
  d->len += n;
  d->out[d->len] = 0;
}

static void line_put(Drive *d, char c) {
  if (d->col >= sizeof d->line) return;
  d->line[d->col++] = c;
  if (d->col > d->line_len) d->line_len = d->col;
}

/* ESC [ params final: the cursor moves and erases libedit uses. */
static void line_csi(Drive *d) {
  char final = d->esc[d->esc_len - 1];
  int n = d->esc_len > 3 ? atoi(d->esc + 2) : 0;
  if (d->esc_len < 2 || d->esc[1] != '[') return;
  if (final == 'G') d->col = n > 0 ? (size_t)n - 1 : 0;
  else if (final == 'D') d->col -= (size_t)(n > 0 ? n : 1) < d->col ? (size_t)(n > 0 ? n : 1) : d->col;
  else if (final == 'C') d->col += (size_t)(n > 0 ? n : 1);
  else if (final == 'K') d->line_len = d->col < d->line_len ? d->col : d->line_len;
  while (d->line_len < d->col && d->line_len < sizeof d->line) d->line[d->line_len++] = ' ';
}

static void take(Drive *d, const char *buf, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = buf[i];
    if (d->esc_len) {
      if (d->esc_len < sizeof d->esc) d->esc[d->esc_len++] = c;
      bool end = d->esc_len == 2 ? c != '[' : (c >= '@' && c <= '~');
      if (end) {
        line_csi(d);
        d->esc_len = 0;
      }
    } else if (c == '\033') {
      d->esc[0] = c, d->esc_len = 1;
    } else if (c == '\r') {
      d->col = 0;
    } else if (c == '\b') {
      d->col -= d->col > 0;
    } else if (c == '\t') {
      do line_put(d, ' ');
      while (d->col % 8);
    } else if (c == '\n') {
      d->len = d->done;
      out_put(d, d->line, d->line_len);
      out_put(d, "\n", 1);
      d->done = d->len;
      d->line_len = d->col = 0;
    } else if ((unsigned char)c >= ' ' || c < 0) {
      line_put(d, c);
    }
  }
  d->len = d->done; /* the current line, as it stands now */
  out_put(d, d->line, d->line_len);
}

/* Reads what ucsh wrote, waiting up to ms; false at end of output. */
static bool pump(Drive *d, int ms) {
  struct pollfd p = {d->fd, POLLIN, 0};
  if (d->fd < 0 || poll(&p, 1, ms) <= 0) return d->fd >= 0;
  char buf[4096];
  ssize_t n = read(d->fd, buf, sizeof buf);
  if (n <= 0) {
    close(d->fd);
    d->fd = -1;
    return false;
  }
  take(d, buf, (size_t)n);
  return true;
}

static void reap(Drive *d, int ms) {
  long end = now_ms() + ms;
  while (!d->exited && now_ms() < end) {
    pump(d, 20);
    if (waitpid(d->pid, &d->status, WNOHANG) == d->pid) d->exited = true;
  }
  while (pump(d, 0) && d->fd >= 0) {
  }
}

static bool start(Drive *d, char *args) {
  if (d->pid && !d->exited) return false;
  char *argv[MAX_ARGS] = {(char *)d->ucsh};
  int argc = 1;
  for (char *a = strtok(args, " "); a && argc < MAX_ARGS - 1; a = strtok(NULL, " ")) argv[argc++] = a;
  struct winsize ws = {24, 80, 0, 0};
  d->pid = forkpty(&d->fd, NULL, NULL, &ws);
  if (d->pid < 0) return false;
  if (d->pid == 0) {
    for (int i = 0; i < d->nenv; i++) putenv(d->env[i]);
    if (d->dir && chdir(d->dir) != 0) _exit(126);
    execv(d->ucsh, argv);
    _exit(127);
  }
  d->exited = false;
  d->len = d->mark = d->done = d->line_len = d->col = d->esc_len = 0;
  if (d->out) d->out[0] = 0;
  return true;
}

/* Where expect looks from: the mark, but the current line from its start
 * (the line may have been redrawn since, as Tab and history keys do). */
static size_t look_from(const Drive *d) { return d->mark > d->done ? d->done : d->mark; }

static bool expect(Drive *d, const char *text) {
  long end = now_ms() + WAIT_MS;
  for (;;) {
    char *at = d->out ? strstr(d->out + look_from(d), text) : NULL;
    if (at) {
      d->mark = (size_t)(at - d->out) + strlen(text);
      return true;
    }
    if (now_ms() >= end || (!pump(d, 50) && d->fd < 0)) return false;
  }
}

static bool set_env(Drive *d, const char *kv) {
  if (d->nenv == MAX_ENV) return false;
  const char *t = strstr(kv, "$TMP");
  size_t n = strlen(kv) + sizeof d->tmp;
  char *e = malloc(n);
  if (t) snprintf(e, n, "%.*s%s%s", (int)(t - kv), kv, d->tmp, t + 4);
  else snprintf(e, n, "%s", kv);
  d->env[d->nenv++] = e;
  return true;
}

/* One scenario line; false on a failure. */
static bool step(Drive *d, char *line) {
  char *arg = strchr(line, ' ');
  if (arg) *arg++ = 0;
  else arg = line + strlen(line);
  if (strcmp(line, "env") == 0) return set_env(d, arg);
  if (strcmp(line, "start") == 0) return start(d, arg);
  if (strcmp(line, "sleep") == 0) {
    long end = now_ms() + atol(arg);
    while (now_ms() < end) pump(d, 10);
    return true;
  }
  size_t n = unescape(arg);
  if (strcmp(line, "send") == 0) {
    d->sent_at = now_ms();
    return d->fd >= 0 && write(d->fd, arg, n) == (ssize_t)n;
  }
  if (strcmp(line, "timed") == 0) {
    bool ok = expect(d, arg);
    if (ok) printf("ptydrive: %ld ms until \"%s\"\n", now_ms() - d->sent_at, arg);
    return ok;
  }
  if (strcmp(line, "expect") == 0) return expect(d, arg);
  if (strcmp(line, "absent") == 0) {
    pump(d, 100);
    return !d->out || !strstr(d->out + look_from(d), arg);
  }
  if (strcmp(line, "exit") == 0) {
    reap(d, WAIT_MS);
    return d->exited && WIFEXITED(d->status) && WEXITSTATUS(d->status) == atoi(arg);
  }
  fprintf(stderr, "ptydrive: unknown step '%s'\n", line);
  return false;
}

static void cleanup(Drive *d) {
  if (d->pid > 0 && !d->exited) {
    kill(d->pid, SIGKILL);
    waitpid(d->pid, NULL, 0);
  }
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", d->tmp);
  if (system(cmd) != 0) fprintf(stderr, "ptydrive: could not remove %s\n", d->tmp);
  for (int i = 0; i < d->nenv; i++) free(d->env[i]);
  free(d->out);
  free(d->dir);
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: ptydrive SCENARIO.pty UCSH\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "r");
  Drive d = {.ucsh = argv[2], .fd = -1};
  char ucsh_abs[4096];
  if (realpath(argv[2], ucsh_abs)) d.ucsh = ucsh_abs; /* it runs from another folder */
  d.dir = strdup(argv[1]);
  char *slash = strrchr(d.dir, '/');
  if (slash) *slash = 0;
  else strcpy(d.dir, ".");
  snprintf(d.tmp, sizeof d.tmp, "/tmp/ucsh-pty-XXXXXX");
  if (!f || !mkdtemp(d.tmp)) {
    perror(argv[1]);
    return 2;
  }
  char *line = NULL;
  size_t cap = 0;
  int no = 0;
  bool ok = true;
  ssize_t n;
  while (ok && (n = getline(&line, &cap, f)) >= 0) {
    no++;
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
    if (!n || line[0] == '#') continue;
    char *copy = strdup(line);
    ok = step(&d, line);
    if (!ok) {
      fprintf(stderr, "%s:%d: failed: %s\n--- output since the last match:\n%s\n--- all output:\n%s\n",
              argv[1], no, copy, d.out ? d.out + look_from(&d) : "", d.out ? d.out : "");
    }
    free(copy);
  }
  free(line);
  fclose(f);
  cleanup(&d);
  if (ok) printf("ptydrive: %s passed (%d lines)\n", argv[1], no);
  return ok ? 0 : 1;
}
