/* test_filter.c - Get-CsUser's -Filter parser and evaluator (cs_filter.h). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cs_filter.h"
#include "check.h"


/* A record: RegistrarPool, DisplayName, VoicePolicy ($null), Enabled. */
typedef struct {
  const char *pool, *display;
  bool enabled;
} Rec;

static Value get(void *ctx, const char *prop) {
  const Rec *r = ctx;
  if (strcasecmp(prop, "RegistrarPool") == 0) return r->pool ? val_cstr(r->pool) : val_null();
  if (strcasecmp(prop, "DisplayName") == 0) return val_cstr(r->display);
  if (strcasecmp(prop, "Enabled") == 0) return val_bool(r->enabled);
  return val_null();
}

static bool known(void *ctx, const char *prop) {
  (void)ctx;
  return strcasecmp(prop, "RegistrarPool") == 0 || strcasecmp(prop, "DisplayName") == 0 ||
         strcasecmp(prop, "Enabled") == 0 || strcasecmp(prop, "VoicePolicy") == 0;
}

/* Does text hold for r? -1 when it does not parse. */
static int holds(const char *text, const Rec *r) {
  char err[512];
  CsfNode *n = csf_parse(NULL, text, err, sizeof err);
  if (!n) return -1;
  int ok = csf_eval(n, get, (void *)r);
  csf_free(n);
  return ok;
}

static const Rec KEN = {"atl-cs-001.litwareinc.com", "Ken Myer", true};
static const Rec KIM = {NULL, "Kim Akers", false};

static void test_comparisons(void) {
  CHECK(holds("RegistrarPool -eq \"atl-cs-001.litwareinc.com\"", &KEN) == 1);
  CHECK(holds("RegistrarPool -eq 'ATL-CS-001.litwareinc.com'", &KEN) == 1); /* ignores case */
  CHECK(holds("RegistrarPool -ne \"atl-cs-001.litwareinc.com\"", &KEN) == 0);
  CHECK(holds("RegistrarPool -ne \"atl-cs-001.litwareinc.com\"", &KIM) == 1);
  CHECK(holds("DisplayName -like \"* Myer\"", &KEN) == 1);
  CHECK(holds("DisplayName -notlike \"K*\"", &KIM) == 0);
  CHECK(holds("VoicePolicy -eq $Null", &KEN) == 1);
  CHECK(holds("VoicePolicy -ne $Null", &KEN) == 0);
  CHECK(holds("RegistrarPool -eq $null", &KIM) == 1);
  CHECK(holds("Enabled -eq $True", &KEN) == 1);
  CHECK(holds("Enabled -eq $False", &KIM) == 1);
  CHECK(holds("DisplayName -gt \"Kim\"", &KEN) == 0 && holds("DisplayName -lt 'L'", &KEN) == 1);
  CHECK(holds("DisplayName -ceq 'Ken Myer'", &KEN) == 1);
  CHECK(holds("RegistrarPool -eq atl-cs-001.litwareinc.com", &KEN) == 1); /* a bare word */
}

static void test_logic_and_forms(void) {
  CHECK(holds("Enabled -eq $True -and DisplayName -like 'K*'", &KEN) == 1);
  CHECK(holds("Enabled -eq $True -and DisplayName -like 'K*'", &KIM) == 0);
  CHECK(holds("Enabled -eq $True -or DisplayName -eq 'Kim Akers'", &KIM) == 1);
  CHECK(holds("-not (Enabled -eq $True)", &KIM) == 1);
  CHECK(holds("!(Enabled -eq $True)", &KEN) == 0);
  CHECK(holds("$_.DisplayName -eq 'Ken Myer'", &KEN) == 1);
  /* en dash (U+2013) as in the Lync 2013 help prose; smart quotes */
  CHECK(holds("RegistrarPool \xE2\x80\x93" "eq \"atl-cs-001.litwareinc.com\"", &KEN) == 1);
  CHECK(holds("DisplayName -eq \xE2\x80\x9CKen Myer\xE2\x80\x9D", &KEN) == 1);
  CHECK(holds("DisplayName -eq 'it''s'", &KEN) == 0);
}

static void test_errors(void) {
  char err[512];
  CHECK(csf_parse(NULL, "RegistrarPool -eq ", err, sizeof err) == NULL);
  CHECK(strstr(err, "Invalid filter syntax.") && strstr(err, "at position 19."));
  CHECK(csf_parse(NULL, "RegistrarPool \"x\"", err, sizeof err) == NULL);
  CHECK(csf_parse(NULL, "(Enabled -eq $true", err, sizeof err) == NULL);
  CHECK(csf_parse(NULL, "DisplayName -eq 'open", err, sizeof err) == NULL);
  CHECK(csf_parse(NULL, "", err, sizeof err) == NULL);
  CsfNode *n = csf_parse(NULL, "Enabled -eq $true -and UserProperty -eq 'x'", err, sizeof err);
  CHECK(n != NULL);
  CHECK(!csf_check(n, "Enabled -eq $true -and UserProperty -eq 'x'", known, NULL, err,
                   sizeof err));
  CHECK(strstr(err, "\"UserProperty\" is not a recognized filterable property.") &&
        strstr(err, "at position 24."));
  csf_free(n);
}

static void test_equals_shortcut(void) {
  char err[512];
  CsfNode *n = csf_parse(NULL, "registrarpool -eq \"atl-cs-002.litwareinc.com\"", err, sizeof err);
  const char *v = csf_equals(n, "RegistrarPool");
  CHECK(v && strcmp(v, "atl-cs-002.litwareinc.com") == 0);
  csf_free(n);
  n = csf_parse(NULL, "RegistrarPool -eq 'a' -and Enabled -eq $true", err, sizeof err);
  CHECK(csf_equals(n, "RegistrarPool") == NULL);
  csf_free(n);
}

int main(void) {
  test_comparisons();
  test_logic_and_forms();
  test_errors();
  test_equals_shortcut();
  return check_done();
}
