/* regex.h - .NET-compatible regular expressions on PCRE2, and PowerShell
 * wildcards. The only file that includes <pcre2.h> is regex.c.
 *
 * Patterns are translated from .NET syntax to PCRE2 (e.g. "[\w-.]" is
 * accepted: a hyphen after a class escape is literal), compiled with
 * UTF + UCP, IgnoreCase unless RX_CASE. Compiled patterns are cached; the
 * Rx returned by rx_get is borrowed and stays valid until rx_cache_clear. */
#ifndef UCSH_REGEX_H
#define UCSH_REGEX_H

#include <stdbool.h>
#include <stddef.h>

enum {
  RX_CASE = 1,        /* case-sensitive (-cmatch) */
  RX_MULTILINE = 2,   /* ^ $ at line breaks */
  RX_SINGLELINE = 4,  /* . matches \n */
  RX_EXPLICIT = 8,    /* ExplicitCapture */
  RX_IGNOREWS = 16,   /* IgnorePatternWhitespace */
  RX_LITERAL = 32,    /* SimpleMatch (-split option): the pattern is text */
};

typedef struct Rx Rx;

#define RX_MAX_GROUPS 64

typedef struct RxMatch {
  int ngroups;                  /* groups incl. group 0 */
  long start[RX_MAX_GROUPS];    /* byte offsets; -1 when the group did not take part */
  long end[RX_MAX_GROUPS];
} RxMatch;

/* Compile (or fetch from the cache). On a bad pattern returns NULL and sets
 * *errmsg to a malloc'd PowerShell-style message:
 * `parsing "<pattern>" - <reason>.` */
Rx *rx_get(const char *pat, size_t len, unsigned flags, char **errmsg);
void rx_cache_clear(void);
/* True when the last rx_search/rx_replace/rx_split gave up because the
 * pattern hit the backtracking limit (it then reports no match); callers
 * raise "The regular expression pattern ... timed out". */
bool rx_timed_out(void);
/* How many matches gave up at the limit since start: an operation that
 * compares the count before and after knows whether any of its matches
 * (over an array, or at several offsets) was cut short. */
unsigned long rx_timeouts(void);
/* The message of .NET's RegexMatchTimeoutException, used for that error. */
#define RX_TIMEOUT_MESSAGE                                                               \
  "The RegEx engine has timed out while trying to match a pattern to an input string. " \
  "This can occur for many reasons, including very large inputs or excessive "          \
  "backtracking caused by nested quantifiers, back-references and other factors."

/* Find the first match at or after byte offset `from`. */
bool rx_search(Rx *rx, const char *s, size_t len, size_t from, RxMatch *m);
int rx_group_count(Rx *rx);                 /* incl. group 0 */
/* The name of group i, or NULL when unnamed. .NET numbers unnamed groups
 * first, then named ones; rx_group_number() gives the .NET number of PCRE2
 * group i, and $Matches keys use it. */
const char *rx_group_name(Rx *rx, int i);
int rx_group_number(Rx *rx, int i);

/* Replace all matches with a .NET replacement string ($1, $01, ${name},
 * $$, $&, $0, $_, $`, $'). Returns a malloc'd string; *outlen gets its length. */
char *rx_replace(Rx *rx, const char *s, size_t len, const char *repl, size_t rlen,
                 size_t *outlen);

/* Split as .NET Regex.Split: captured groups are included in the output.
 * max > 0 limits the number of pieces (the last piece holds the rest).
 * Calls emit(piece, len, ctx) for each piece in order. */
void rx_split(Rx *rx, const char *s, size_t len, int max,
              void (*emit)(const char *piece, size_t plen, void *ctx), void *ctx);

/* PowerShell wildcard matching: * ? [abc] [a-z], backtick escapes, whole
 * string, case-insensitive unless cs. */
bool wc_match(const char *pat, size_t plen, const char *s, size_t slen, bool cs);
bool wc_has_wildcard(const char *pat, size_t plen);

#endif
