/* test_regex.c - .NET regex semantics on PCRE2, and PowerShell wildcards. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "regex.h"

static int passed, failed;

static void check(bool ok, const char *what, int line) {
  if (ok) {
    passed++;
  } else {
    failed++;
    printf("FAIL line %d: %s\n", line, what);
  }
}
#define CHECK(c) check((c), #c, __LINE__)

static void check_str(const char *got, const char *want, const char *what, int line) {
  bool ok = got && strcmp(got, want) == 0;
  if (!ok) printf("  got [%s] want [%s]\n", got ? got : "(null)", want);
  check(ok, what, line);
}
#define CHECK_STR(g, w) check_str((g), (w), #g, __LINE__)

static Rx *get(const char *pat, unsigned flags) {
  char *err = NULL;
  Rx *rx = rx_get(pat, strlen(pat), flags, &err);
  if (!rx) printf("  compile error: %s\n", err ? err : "?");
  free(err);
  return rx;
}

/* The text of group (PCRE2 index) i of the first match, in a static buffer. */
static const char *group(const char *pat, const char *s, int i) {
  static char buf[256];
  RxMatch m;
  Rx *rx = get(pat, 0);
  if (!rx || !rx_search(rx, s, strlen(s), 0, &m) || i >= m.ngroups || m.start[i] < 0)
    return NULL;
  snprintf(buf, sizeof buf, "%.*s", (int)(m.end[i] - m.start[i]), s + m.start[i]);
  return buf;
}

static bool matches(const char *pat, const char *s, unsigned flags) {
  RxMatch m;
  Rx *rx = get(pat, flags);
  return rx && rx_search(rx, s, strlen(s), 0, &m);
}

static char repbuf[1024];
static const char *replace(const char *s, const char *pat, const char *rep) {
  Rx *rx = get(pat, 0);
  if (!rx) return NULL;
  size_t n;
  char *r = rx_replace(rx, s, strlen(s), rep, strlen(rep), &n);
  snprintf(repbuf, sizeof repbuf, "%s", r);
  free(r);
  return repbuf;
}

static void join_piece(const char *p, size_t n, void *ctx) {
  char *out = ctx;
  size_t len = strlen(out);
  snprintf(out + len, 1024 - len, "<%.*s>", (int)n, p);
}

static const char *split(const char *s, const char *pat, int max, unsigned flags) {
  Rx *rx = get(pat, flags);
  repbuf[0] = 0;
  if (rx) rx_split(rx, s, strlen(s), max, join_piece, repbuf);
  return repbuf;
}

static void test_translation(void) {
  CHECK_STR(group("[\\w-.]+", "a-b.c", 0), "a-b.c");
  CHECK_STR(group("^(?<DomainName>[\\w-.]+)\\\\(?<Username>[\\w-.]+)$", "lit-ware.com\\kenmyer",
                  2),
            "kenmyer");
  CHECK_STR(group("[\\d-x]+", "1-x2", 0), "1-x2");
  CHECK_STR(group("\\u0041+", "xAAy", 0), "AA");
  CHECK_STR(group("[a-z-[aeiou]]+", "bcdab", 0), "bcd");
  CHECK_STR(group("[[:]+", "a[:]", 0), "[:");
  CHECK(matches("ABC", "xabcx", 0));
  CHECK(!matches("ABC", "xabcx", RX_CASE));
  CHECK(matches("^b$", "a\nb", RX_MULTILINE));
  CHECK(!matches("^b$", "a\nb", 0));
  CHECK(matches("a$", "a\n", 0));
  CHECK(matches("a.b", "a\nb", RX_SINGLELINE));
  CHECK(!matches("a.b", "a\nb", 0));
  CHECK(matches("a.b", "xa.b", RX_LITERAL));
  CHECK(!matches("a.b", "axb", RX_LITERAL));
  CHECK(matches("a b # comment", "ab", RX_IGNOREWS));
  CHECK(matches("\\w+", "\xc3\xa9t\xc3\xa9", 0));
  CHECK(matches("\xc3\x89T\xc3\x89", "\xc3\xa9t\xc3\xa9", 0)); /* ÉTÉ vs été */
  CHECK(!matches("x", "\xff\xfe", 0));                          /* invalid UTF-8 input */
  CHECK(matches("\\xfe|a", "\xff" "a", 0));
  CHECK(matches("^b\r$", "a\r\nb\r\n", RX_MULTILINE)); /* only \n breaks lines */
  CHECK(matches("[\\w-]+x", "a-x", 0));
}

static void test_groups(void) {
  Rx *rx = get("(?<x>a)(b)", 0);
  RxMatch m;
  CHECK(rx && rx_search(rx, "ab", 2, 0, &m));
  CHECK(rx_group_count(rx) == 3);
  CHECK_STR(rx_group_name(rx, 1), "x");
  CHECK(rx_group_name(rx, 2) == NULL);
  CHECK(rx_group_number(rx, 1) == 2); /* named groups come after unnamed ones */
  CHECK(rx_group_number(rx, 2) == 1);
  CHECK(rx_group_number(rx, 0) == 0);
  CHECK_STR(replace("ab", "(?<x>a)(b)", "[$1|$2|${x}]"), "[b|a|a]");
  /* numbered back references follow .NET numbering too */
  CHECK(matches("^(?<x>a)(b)\\1$", "abb", 0));
  CHECK(!matches("^(?<x>a)(b)\\1$", "aba", 0));
  CHECK(rx_search(rx, "zzab", 4, 0, &m) && m.start[0] == 2 && m.end[0] == 4);
  CHECK(rx_search(get("(a)|(b)", 0), "b", 1, 0, &m) && m.start[1] == -1 && m.start[2] == 0);
  CHECK(!rx_search(rx, "ab", 2, 1, &m));
  CHECK(get("(?<x>a)|(?<x>b)", 0) != NULL); /* .NET allows a repeated name */
  CHECK(matches("(?<n>a)\\k<n>", "aa", 0));
  Rx *ex = get("(a)(?<n>b)", RX_EXPLICIT);
  CHECK(ex && rx_group_count(ex) == 2 && rx_group_number(ex, 1) == 1);
  CHECK_STR(rx_group_name(ex, 1), "n");
}

static void test_errors(void) {
  char *err = NULL;
  CHECK(rx_get("(a", 2, 0, &err) == NULL);
  CHECK_STR(err, "parsing \"(a\" - Not enough )'s.");
  free(err);
  err = NULL;
  CHECK(rx_get("a)", 2, 0, &err) == NULL);
  CHECK_STR(err, "parsing \"a)\" - Too many )'s.");
  free(err);
  err = NULL;
  CHECK(rx_get("[a", 2, 0, &err) == NULL);
  CHECK_STR(err, "parsing \"[a\" - Unterminated [] set.");
  free(err);
  err = NULL;
  CHECK(rx_get("*a", 2, 0, &err) == NULL);
  CHECK_STR(err, "parsing \"*a\" - Quantifier {x,y} following nothing.");
  free(err);
  err = NULL;
  CHECK(rx_get("a**", 3, 0, &err) == NULL);
  CHECK_STR(err, "parsing \"a**\" - Nested quantifier *.");
  free(err);
  err = NULL;
  CHECK(rx_get("\\q", 2, 0, &err) == NULL);
  CHECK_STR(err, "parsing \"\\q\" - Unrecognized escape sequence \\q.");
  free(err);
  err = NULL;
  CHECK(rx_get("[z-a]", 5, 0, &err) == NULL);
  CHECK_STR(err, "parsing \"[z-a]\" - [x-y] range in reverse order.");
  free(err);
  err = NULL;
  CHECK(rx_get("a\\", 2, 0, &err) == NULL);
  CHECK_STR(err, "parsing \"a\\\" - Illegal \\ at end of pattern.");
  free(err);
}

static void test_replace(void) {
  CHECK_STR(replace("abc", "", "-"), "-a-b-c-");
  CHECK_STR(replace("aab", "a*", "-"), "--b-");
  CHECK_STR(replace("John Smith", "(\\w+) (\\w+)", "$2, $1"), "Smith, John");
  CHECK_STR(replace("John Smith", "(?<f>\\w+) (?<l>\\w+)", "${l}, ${f}"), "Smith, John");
  CHECK_STR(replace("a1", "(\\d)", "$$1"), "a$1");
  CHECK_STR(replace("a1", "(\\d)", "$01"), "a1");
  CHECK_STR(replace("a1", "(\\d)", "$10"), "a$10");
  CHECK_STR(replace("a1", "(\\d)", "${1}0"), "a10");
  CHECK_STR(replace("a1", "(\\d)", "${zz}"), "a${zz}");
  CHECK_STR(replace("a1b", "\\d", "[$&|$0|$`|$'|$_]"), "a[1|1|a|b|a1b]b");
  CHECK_STR(replace("ab", "(a)(b)", "$+"), "b");
  CHECK_STR(replace("ab", "b", "$x$"), "a$x$");
  CHECK_STR(replace("ABC", "b", ""), "AC");
  CHECK_STR(replace("\xc3\xa9\xc3\xa9", "", "-"), "-\xc3\xa9-\xc3\xa9-");
  CHECK_STR(replace("sip:Ken@contoso.com", "^sip:", ""), "Ken@contoso.com");
}

static void test_split(void) {
  CHECK_STR(split("a,b,,c", ",", 0, 0), "<a><b><><c>");
  CHECK_STR(split("a1b2c", "(\\d)", 0, 0), "<a><1><b><2><c>");
  CHECK_STR(split("abc", "", 0, 0), "<><a><b><c><>");
  CHECK_STR(split("a,b,c,d", ",", 2, 0), "<a><b,c,d>");
  CHECK_STR(split("a,b,c", ",", 1, 0), "<a,b,c>");
  CHECK_STR(split("a.b", ".", 0, RX_LITERAL), "<a><b>");
  CHECK_STR(split("abc", "x", 0, 0), "<abc>");
  CHECK_STR(split("a-b_c", "(?<u>_)|(-)", 0, 0), "<a><-><b><_><c>");
}

static void test_catastrophic(void) {
  char s[64];
  memset(s, 'a', 40);
  strcpy(s + 40, "!");
  clock_t t0 = clock();
  Rx *rx = get("^(a+)+$", 0);
  RxMatch m;
  CHECK(rx && !rx_search(rx, s, strlen(s), 0, &m));
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  if (secs > 5) printf("  catastrophic pattern took %.2fs\n", secs);
  CHECK(secs < 5);
  CHECK(rx_timed_out());
  CHECK(rx_search(rx, "aaa", 3, 0, &m) && !rx_timed_out());
}

static void test_cache(void) {
  Rx *first = get("keep(me)", 0);
  char pat[32];
  for (int i = 0; i < 300; i++) {
    snprintf(pat, sizeof pat, "p%dq", i);
    CHECK(matches(pat, pat, 0));
  }
  RxMatch m;
  /* the handle stays valid after its code was evicted */
  CHECK(rx_search(first, "keepme", 6, 0, &m) && m.start[1] == 4);
  CHECK(get("keep(me)", 0) == first);
  CHECK(get("keep(me)", RX_CASE) != first);
}

static bool wc(const char *p, const char *s) {
  return wc_match(p, strlen(p), s, strlen(s), false);
}

static void test_wildcards(void) {
  CHECK(wc("*.litwareinc.com", "atl-cs-001.litwareinc.com"));
  CHECK(!wc("*.litwareinc.com", "atl-cs-001.litwareinc.org"));
  CHECK(wc("sip:*", "SIP:ken@contoso.com"));
  CHECK(wc_match("sip:*", 5, "SIP:x", 5, true) == false);
  CHECK(wc("[a-c]x", "Bx"));
  CHECK(!wc("[a-c]x", "dx"));
  CHECK(wc("[abc]", "c"));
  CHECK(wc("a`*b", "a*b"));
  CHECK(!wc("a`*b", "axb"));
  CHECK(wc("a?c", "abc"));
  CHECK(wc("a?c", "a\xc3\xa9" "c"));
  CHECK(!wc("a?c", "ac"));
  CHECK(wc("*", ""));
  CHECK(wc("", ""));
  CHECK(!wc("", "a"));
  CHECK(wc("a*b*c", "aXXbYYc"));
  CHECK(!wc("a*b*c", "aXXbYY"));
  CHECK(wc("\xc3\x89*", "\xc3\xa9t\xc3\xa9"));
  CHECK(!wc("[abc", "a"));
  CHECK(wc("[`]]", "]"));
  char s[5001];
  memset(s, 'a', 5000);
  s[5000] = 0;
  clock_t t0 = clock();
  CHECK(!wc("*a*a*a*a*a*a*a*b", s));
  CHECK((double)(clock() - t0) / CLOCKS_PER_SEC < 2);
  CHECK(wc_has_wildcard("a*", 2));
  CHECK(wc_has_wildcard("[a]", 3));
  CHECK(!wc_has_wildcard("a`*", 3));
  CHECK(!wc_has_wildcard("plain", 5));
}

int main(void) {
  test_translation();
  test_groups();
  test_errors();
  test_replace();
  test_split();
  test_catastrophic();
  test_cache();
  test_wildcards();
  rx_cache_clear();
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
