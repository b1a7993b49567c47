/* test_complete.c - tab completion (runtime/complete.c) on a shell with
 * every cmdlet and the default lab (UCSH_STORE=:memory:): command names
 * (cursor at the end and inside the word), parameter names (prefix, dash
 * variants, given ones left out, common ones last), values (ValidateSet,
 * policy names quoted, the user's quote kept, users by display name and
 * SIP address, pools, files), variables, and bytes that must not crash. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../../cmdlets/cmdlets.h"
#include "../../cmdlets/lab.h"
#include "../../runtime/complete.h"
#include "check.h"

#define END ((size_t)-1)

static Interp *I;

static void sink(void *ctx, const char *s, size_t n) { (void)ctx, (void)s, (void)n; }

/* The candidates for line at cursor, joined with ';' (static buffer). */
static const char *items(const char *line, size_t cursor, Completion *c) {
  static char buf[8192];
  complete_line(I, line, cursor == END ? strlen(line) : cursor, c);
  buf[0] = 0;
  for (size_t i = 0; i < c->n; i++) {
    if (i) strncat(buf, ";", sizeof buf - strlen(buf) - 1);
    strncat(buf, c->items[i], sizeof buf - strlen(buf) - 1);
  }
  return buf;
}

/* Candidates must be exactly want, replacing bytes [start, end). */
static void expect(const char *line, size_t cursor, const char *want, size_t start, size_t end,
                   int at) {
  Completion c;
  const char *got = items(line, cursor, &c);
  bool span = start == END || !c.n || (c.start == start && c.end == end);
  bool ok = !strcmp(got, want) && span;
  CHECK(ok);
  if (!ok)
    printf("  line %d: [%s] -> [%s] at %zu..%zu; want [%s] at %zu..%zu\n", at, line, got,
           c.start, c.end, want, start, end);
  complete_free(&c);
}
#define EXPECT(line, want) expect(line, END, want, END, END, __LINE__)
#define EXPECT_AT(line, cursor, want, start, end) expect(line, cursor, want, start, end, __LINE__)

/* The candidates of line (cursor at the end) contain `item`. */
static bool has_at(const char *line, size_t cursor, const char *item) {
  Completion c;
  items(line, cursor, &c);
  bool found = false;
  for (size_t i = 0; i < c.n; i++) found = found || !strcmp(c.items[i], item);
  complete_free(&c);
  return found;
}
static bool has(const char *line, const char *item) { return has_at(line, END, item); }

static void commands(void) {
  EXPECT_AT("Grant-CsU", END, "Grant-CsUserServicesPolicy", 0, 9);
  /* cursor after the word, more text after it */
  EXPECT_AT("Grant-CsU -Identity x", 9, "Grant-CsUserServicesPolicy", 0, 9);
  /* cursor inside the word: its start is the prefix, the whole word is replaced */
  EXPECT_AT("Grant-CsUxyz", 7, "Grant-CsUserServicesPolicy", 0, 12);
  EXPECT("Get-CsUserP", "Get-CsUserPoolInfo");
  EXPECT("get-csuserpo", "Get-CsUserPoolInfo");             /* case-insensitive */
  EXPECT("Get-CsUser | Grant-CsU", "Grant-CsUserServicesPolicy"); /* after | */
  EXPECT("$x = Grant-CsU", "Grant-CsUserServicesPolicy");         /* after = */
  EXPECT("if ($true) { Grant-CsU", "Grant-CsUserServicesPolicy"); /* after { */
  EXPECT("ih", "ihy");                                             /* aliases */
  EXPECT("# Grant-CsU", "");                                       /* a comment */
  EXPECT("", "");
}

static void parameters(void) {
  EXPECT_AT("Grant-CsUserServicesPolicy -Pol", END, "-PolicyName", 27, 31);
  EXPECT("Grant-CsUserServicesPolicy -pol", "-PolicyName");
  /* en dash, em dash, horizontal bar: replaced by '-' */
  EXPECT_AT("Grant-CsUserServicesPolicy \xE2\x80\x93Pol", END, "-PolicyName", 27, 33);
  EXPECT("Grant-CsUserServicesPolicy \xE2\x80\x94Pol", "-PolicyName");
  EXPECT("Grant-CsUserServicesPolicy \xE2\x80\x95Pol", "-PolicyName");
  /* given (by name or position) left out; own ones, then -WhatIf/-Confirm, then common */
  static const char COMMON[] =
      "-Verbose;-Debug;-ErrorAction;-WarningAction;-InformationAction;-ErrorVariable;"
      "-WarningVariable;-InformationVariable;-OutVariable;-OutBuffer;-PipelineVariable";
  char want[1024];
  snprintf(want, sizeof want, "-Identity;-DomainController;-PassThru;-WhatIf;-Confirm;%s",
           COMMON);
  EXPECT("Grant-CsUserServicesPolicy -PolicyName x -", want);
  snprintf(want, sizeof want, "-DomainController;-PassThru;-WhatIf;-Confirm;%s", COMMON);
  EXPECT("Grant-CsUserServicesPolicy \"Ken Myer\" UCS -", want);
  CHECK(!has("Grant-CsUserServicesPolicy -Identity x -PassThru -", "-PassThru"));
  CHECK(!has("Grant-CsUserServicesPolicy -Identity x -Verbose -", "-Verbose"));
  CHECK(has("Grant-CsUserServicesPolicy -Identity x -", "-PolicyName"));
  /* parameters after the cursor count as given too */
  CHECK(has_at("Grant-CsUserServicesPolicy - -PolicyName x", 28, "-PassThru"));
  CHECK(!has_at("Grant-CsUserServicesPolicy - -PolicyName x", 28, "-PolicyName"));
  EXPECT_AT("Grant-CsUserServicesPolicy -Pol -PolicyName x", 31, "", 0, 0);
  /* no -WhatIf/-Confirm without ShouldProcess; another parameter set left out */
  CHECK(!has("Get-CsUser -", "-WhatIf"));
  CHECK(!has("Get-CsUserServicesPolicy -Identity Global -", "-Filter"));
  CHECK(has("Get-CsUserServicesPolicy -", "-Filter"));
  EXPECT("Get-Nothing -Pol", "");
}

static void values(void) {
  EXPECT_AT("Grant-CsUserServicesPolicy -PolicyName ", END, "'UCS Enabled Users'", 39, 39);
  EXPECT_AT("Grant-CsUserServicesPolicy -PolicyName \"UCS", END, "\"UCS Enabled Users\"", 39, 43);
  EXPECT("Grant-CsUserServicesPolicy -PolicyName 'ucs", "'UCS Enabled Users'");
  EXPECT("Grant-CsUserServicesPolicy -PolicyName:U", "'UCS Enabled Users'");
  EXPECT("Grant-CsUserServicesPolicy x U", "'UCS Enabled Users'"); /* by position */
  EXPECT("Grant-CsUserServicesPolicy -PolicyName X", "");
  EXPECT("Get-CsUser -Identity Ken", "'Ken Myer'");
  EXPECT("Get-CsUser -Identity \"ken m", "\"Ken Myer\"");
  EXPECT("Get-CsUser -Identity sip:ken", "sip:kenmyer@litwareinc.com");
  EXPECT("Get-CsUser -Identity SIP:KI", "sip:kimakers@litwareinc.com");
  EXPECT("Get-CsUser -Identity Ken, Pil", "'Pilar Ackerman'"); /* after a comma */
  EXPECT("Grant-CsUserServicesPolicy -Identity Rob", "'Robin Wood'");
  EXPECT("Move-CsUser -Identity x -Target ",
         "atl-cs-001.litwareinc.com;atl-cs-002.litwareinc.com;dal-cs-001.litwareinc.com;"
         "sipfed.online.lync.com");
  EXPECT("Get-CsUserServicesPolicy -Identity t", "'Tag:UCS Enabled Users'");
  EXPECT("Debug-CsUnifiedContactStore -PoolFqdn d", "dal-cs-001.litwareinc.com");
  EXPECT("Connect-CsLabClient x -ClientVersion ", "2010;2013");
  EXPECT("Connect-CsLabClient x -ClientVersion 201", "2010;2013");
  EXPECT("Get-CsUser -ErrorAction si", "SilentlyContinue");
  /* a switch takes no value: the next word is positional (-Identity) */
  CHECK(has("Get-CsUser -OnLyncServer ", "'Ken Myer'"));
}

static void join_name(void *ctx, const char *name) {
  char *buf = ctx;
  if (*buf) strcat(buf, ";");
  strcat(buf, name);
}

/* The store's own prefix list (no filtering after it). */
static const char *store_names(Store *s, const char *prefix, size_t max) {
  static char buf[1024];
  buf[0] = 0;
  if (store_user_display_prefix(s, prefix, max, join_name, buf) != STORE_OK) return "error";
  return buf;
}

/* Display names around the '@' + 1 bound: only "Q@1" starts with "q@". */
static void store_prefixes(void) {
  char *err = NULL;
  Store *s = lab_store_of(I, &err);
  free(err);
  CHECK(s != NULL);
  if (!s) return;
  StorePool pool;
  CHECK(store_pool_find(s, "atl-cs-001.litwareinc.com", &pool) == STORE_OK);
  static const char *const NAMES[][2] = {{"Q@1", "q1"}, {"Q[2", "q2"}, {"qa3", "q3"}};
  for (int i = 0; i < 3; i++) {
    char sip[64], upn[64];
    snprintf(sip, sizeof sip, "sip:%s@litwareinc.com", NAMES[i][1]);
    snprintf(upn, sizeof upn, "%s@litwareinc.com", NAMES[i][1]);
    StoreUserSpec u = {NAMES[i][0], sip, upn, NAMES[i][1], pool.id, 0, false};
    int64_t id;
    CHECK(store_user_add(s, &u, &id) == STORE_OK);
  }
  store_pool_free(&pool);
  CHECK(!strcmp(store_names(s, "q@", 10), "Q@1"));
  CHECK(!strcmp(store_names(s, "Q", 10), "Q@1;Q[2;qa3"));
  CHECK(!strcmp(store_names(s, "q", 2), "Q@1;Q[2"));
  CHECK(!strcmp(store_names(s, "q[", 10), "Q[2"));
  CHECK(!strcmp(store_names(s, "\xFF", 10), ""));
  EXPECT("Get-CsUser -Identity q@", "Q@1");
  EXPECT("Get-CsUser -Identity Q", "Q@1;Q[2;qa3");
  EXPECT("Get-CsUser -Identity sip:q", "sip:q1@litwareinc.com;sip:q2@litwareinc.com;"
                                       "sip:q3@litwareinc.com");
}

static void variables(void) {
  interp_var_set(I, "user", val_cstr("Ken"));
  interp_var_set(I, "usage", val_int(1));
  EXPECT_AT("$us", END, "$usage;$user", 0, 3);
  EXPECT("Write-Output $us", "$usage;$user");
  EXPECT("$tr", "$true");
  EXPECT("$global:us", "$global:usage;$global:user");
  EXPECT("$nosuchvar", "");
}

static void make_file(const char *name) {
  char p[512];
  check_tmp_path(p, sizeof p, name);
  FILE *f = fopen(p, "w");
  if (f) fclose(f);
}

static void files(void) {
  CHECK(check_tmpdir("complete"));
  char p[512], line[1024], want[2048];
  check_tmp_path(p, sizeof p, "exp dir");
  CHECK(mkdir(p, 0700) == 0);
  make_file("export.zip");
  make_file("other.txt");
  make_file("script.ps1");
  make_file("same.txt");
  snprintf(line, sizeof line, "Export-CsUserData -PoolFqdn x -FileName %s/ex", tmpdir);
  snprintf(want, sizeof want, "'%s/exp dir';%s/export.zip", tmpdir, tmpdir);
  EXPECT(line, want);
  Completion c;
  items(line, END, &c);
  CHECK(c.n == 2 && c.kinds[0] == CPL_DIRECTORY && c.kinds[1] == CPL_FILE);
  CHECK(c.n == 2 && !strcmp(c.labels[1], "export.zip"));
  complete_free(&c);
  snprintf(line, sizeof line, "%s/s", tmpdir); /* command position: scripts only */
  snprintf(want, sizeof want, "%s/script.ps1", tmpdir);
  EXPECT(line, want);
}

/* Arbitrary bytes: never a crash, a read past the end or a bad span. */
static void garbage_one(const char *line) {
  size_t n = strlen(line);
  for (size_t cur = 0; cur <= n + 1; cur += 1 + n / 7) {
    Completion c;
    complete_line(I, line, cur, &c);
    CHECK(c.start <= c.end && c.end <= n && c.n <= COMPLETE_MAX);
    complete_free(&c);
  }
}

static void garbage(void) {
  static const char *const LINES[] = {
      "'", "\"", "`", "$", "-", "(", ")))", "}}}", "{{{", "@(", "$(", "<#", "#", "\xE2\x80",
      "\xE2", "\xFF\xFE\xFD", "Get-CsUser -Identity '", "Get-CsUser -Identity \"a`",
      "Get-CsUser `", "Get-CsUser -Identity `\n-", "Grant-CsUserServicesPolicy -PolicyName 'a''",
      "Get-CsUser -Identity ${", "Get-CsUser -Identity $(Get-CsU", "-:", "--", "- -",
      "Get-CsUser -Identity:", "Get-CsUser , , ,", "Get-CsUser ) -", "\xE2\x80\x93",
  };
  for (size_t i = 0; i < sizeof LINES / sizeof LINES[0]; i++) garbage_one(LINES[i]);
  static const char ALPHABET[] = "ab -$'\"`|;(){},:@#=\xE2\x80\x93\xFF\n\tG";
  unsigned seed = 12345;
  char line[160];
  for (int k = 0; k < 400; k++) {
    size_t n = (size_t)(k % 150);
    for (size_t i = 0; i < n; i++) {
      seed = seed * 1103515245u + 12345u;
      line[i] = ALPHABET[(seed >> 16) % (sizeof ALPHABET - 1)];
    }
    line[n] = 0;
    garbage_one(line);
  }
  /* 10 KB lines: many arguments, an unclosed quote */
  size_t big = 10240;
  char *b = malloc(big + 64);
  strcpy(b, "Get-CsUser ");
  while (strlen(b) < big) strcat(b, "-Identity a, ");
  strcat(b, "-");
  garbage_one(b);
  CHECK(has(b, "-Filter"));
  strcpy(b, "Get-CsUser -Identity '");
  memset(b + strlen(b), 'x', big);
  b[22 + big] = 0;
  garbage_one(b);
  free(b);
}

int main(void) {
  setenv("UCSH_STORE", ":memory:", 1);
  HostIO io = {NULL, sink, sink, NULL, false};
  I = interp_new(&io);
  cmdlets_register_all(I);
  commands();
  parameters();
  values();
  store_prefixes();
  variables();
  files();
  garbage();
  interp_free(I);
  return check_done();
}
