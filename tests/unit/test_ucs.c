/* test_ucs.c - the UCS engine, one test per rule (names carry the rule ids
 * of ucs-model.md and the sections of ucs-decisions.md). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ucs.h"
#include "check.h"


#define MIN 60
#define DAY 86400


static Store *lab(void) {
  char *err = NULL;
  Store *s = store_open(":memory:", &err);
  if (!s) printf("cannot open: %s\n", err);
  return s;
}

static int64_t uid(Store *s, const char *identity) {
  int64_t *ids = NULL;
  size_t n = 0;
  UcsResult r = {0};
  ucs_find_users(s, identity, &ids, &n, &r);
  int64_t id = n == 1 ? ids[0] : 0;
  free(ids);
  ucs_result_free(&r);
  return id;
}

static StoreUser get(Store *s, int64_t id) {
  StoreUser u;
  store_user_get(s, id, &u);
  return u;
}

static StoreState state(Store *s, int64_t id) {
  StoreUser u = get(s, id);
  StoreState st = u.state;
  store_user_free(&u);
  return st;
}

static bool ok_quiet(bool ok, UcsResult *r) {
  ucs_result_free(r);
  return ok;
}

static bool sign_in(Store *s, int64_t id, int client) {
  UcsResult r = {0};
  return ok_quiet(ucs_sign_in(s, &id, 1, client, &r), &r);
}

static bool skip(Store *s, int64_t secs) {
  UcsResult r = {0};
  return ok_quiet(ucs_skip_time(s, secs, &r), &r);
}

static bool has_code(const UcsResult *r, UcsCode c) {
  for (size_t i = 0; i < r->n; i++)
    if (r->v[i].code == c) return true;
  return false;
}

static const char *text_of(Store *s, const UcsResult *r, UcsCode c) {
  static char buf[1024];
  for (size_t i = 0; i < r->n; i++)
    if (r->v[i].code == c) return ucs_msg_text(s, &r->v[i], buf, sizeof buf);
  return "";
}

/* Ken signs in with Lync 2013 and 10 minutes pass: his contacts are in UCS. */
static int64_t ken_in_ucs(Store *s) {
  int64_t ken = uid(s, "Ken Myer");
  sign_in(s, ken, 2013);
  skip(s, 10 * MIN);
  return ken;
}

static UcsTestResult test_ucs(Store *s, const char *sip) {
  UcsTestResult t;
  UcsResult r = {0};
  ucs_test_contact_store(s, sip, "atl-cs-001.litwareinc.com", &t, &r);
  ucs_result_free(&r);
  return t;
}

/* Does any event of the user contain the text? */
typedef struct {
  const char *want;
  bool found;
} EvFind;

static void ev_find(void *ctx, const StoreEvent *e) {
  EvFind *f = ctx;
  char buf[1024];
  if (strstr(ucs_event_text(e, buf, sizeof buf), f->want)) f->found = true;
}

static bool event_has(Store *s, int64_t id, const char *want) {
  EvFind f = {want, false};
  store_event_list(s, id, 0, ev_find, &f);
  return f.found;
}

/* ---------------------------------------------------------------- identities */

static void test_identity_formats(void) {
  Store *s = lab();
  int64_t ken = uid(s, "Ken Myer");
  CHECK(ken != 0);
  CHECK(uid(s, "sip:kenmyer@litwareinc.com") == ken);
  CHECK(uid(s, "SIP:KenMyer@litwareinc.com") == ken);
  CHECK(uid(s, "kenmyer@litwareinc.com") == ken);
  CHECK(uid(s, "litwareinc\\kenmyer") == ken);
  CHECK(uid(s, "LITWAREINC\\KENMYER") == ken);
  CHECK(uid(s, "ken myer") == ken);
  CHECK(uid(s, "* Myer") == ken);
  CHECK(uid(s, "Ken*") == ken);
  CHECK(uid(s, "fabrikam\\kenmyer") == 0);
  int64_t *ids = NULL;
  size_t n = 0;
  UcsResult r = {0};
  CHECK(ucs_find_users(s, "*a*", &ids, &n, &r) && n > 3);
  free(ids);
  CHECK(!ucs_find_users(s, "Nobody Here", &ids, &n, &r));
  CHECK(strcmp(text_of(s, &r, UCS_E_NOT_FOUND),
               "Management object not found for identity \"Nobody Here\".") == 0);
  ucs_result_free(&r);
  store_close(s);
}

static void test_P3_policy_identities(void) {
  Store *s = lab();
  UcsPolicyRef ref;
  UcsResult r = {0};
  StorePolicy p = {0};
  char buf[300];
  CHECK(ucs_policy_parse(s, "GLOBAL", &ref, &r) && ref.scope == PSCOPE_GLOBAL);
  CHECK(ucs_policy_parse(s, "site:redmond", &ref, &r) && ref.scope == PSCOPE_SITE &&
        strcmp(ref.name, "Redmond") == 0);
  CHECK(ucs_policy_parse(s, "UserServer:ATL-CS-001.litwareinc.com", &ref, &r) &&
        ref.scope == PSCOPE_SERVICE && strcmp(ref.name, "atl-cs-001.litwareinc.com") == 0);
  CHECK(ucs_policy_parse(s, "Service:UserServer:atl-cs-002.litwareinc.com", &ref, &r));
  CHECK(ucs_policy_parse(s, "tag:UCS Enabled Users", &ref, &r) && ref.scope == PSCOPE_TAG);
  CHECK(ucs_policy_parse(s, "RedmondUserServicesPolicy", &ref, &r) && ref.scope == PSCOPE_TAG);
  CHECK(!ucs_policy_parse(s, "Service:Registrar:atl-cs-001.litwareinc.com", &ref, &r));
  CHECK(!ucs_policy_parse(s, "site:Paris", &ref, &r) && has_code(&r, UCS_E_NO_SITE));
  CHECK(ucs_policy_get(s, "Tag:ucs enabled users", &p, &r));
  CHECK(strcmp(ucs_policy_identity(&p, buf, sizeof buf), "Tag:UCS Enabled Users") == 0);
  store_policy_free(&p);
  CHECK(ucs_policy_new(s, "site:Redmond", false, 0, &r));
  CHECK(ucs_policy_get(s, "Site:REDMOND", &p, &r) && !p.ucs_allowed);
  CHECK(strcmp(ucs_policy_identity(&p, buf, sizeof buf), "Site:Redmond") == 0);
  store_policy_free(&p);
  CHECK(ucs_policy_new(s, "UserServer:atl-cs-001.litwareinc.com", true, 0, &r));
  CHECK(ucs_policy_get(s, "userserver:atl-cs-001.litwareinc.com", &p, &r));
  CHECK(strcmp(ucs_policy_identity(&p, buf, sizeof buf),
               "Service:UserServer:atl-cs-001.litwareinc.com") == 0);
  store_policy_free(&p);
  ucs_result_free(&r);
  store_close(s);
}

/* ---------------------------------------------------------------- policies */

static void test_P1_global_policy_allows(void) {
  Store *s = lab();
  StorePolicy p;
  UcsResult r = {0};
  CHECK(ucs_policy_get(s, "global", &p, &r) && p.ucs_allowed && p.delay_days == 0);
  store_policy_free(&p);
  ucs_result_free(&r);
  store_close(s);
}

static void count_policy(void *ctx, const StorePolicy *p) {
  (void)p;
  ++*(int *)ctx;
}

static void test_P8_filter(void) {
  Store *s = lab();
  UcsResult r = {0};
  ucs_policy_new(s, "site:Redmond", false, 0, &r);
  ucs_policy_new(s, "site:Dallas", false, 0, &r);
  int n = 0;
  CHECK(ucs_policy_list(s, "site:*", count_policy, &n, &r) && n == 2);
  n = 0;
  CHECK(ucs_policy_list(s, "tag:*", count_policy, &n, &r) && n == 1);
  n = 0;
  CHECK(ucs_policy_list(s, NULL, count_policy, &n, &r) && n == 4);
  ucs_result_free(&r);
  store_close(s);
}

static void test_duplicate_policy_refused(void) {
  Store *s = lab();
  UcsResult r = {0};
  CHECK(ucs_policy_new(s, "NoUnifiedContactStore", false, 0, &r));
  CHECK(!ucs_policy_new(s, "nounifiedcontactstore", true, 0, &r));
  CHECK(strstr(text_of(s, &r, UCS_E_POLICY_EXISTS), "Tag:NoUnifiedContactStore"));
  StorePolicy p;
  CHECK(ucs_policy_get(s, "NoUnifiedContactStore", &p, &r) && !p.ucs_allowed);
  store_policy_free(&p);
  CHECK(!ucs_policy_new(s, "global", true, 0, &r));
  ucs_result_free(&r);
  store_close(s);
}

static void test_P10_remove_global_resets(void) {
  Store *s = lab();
  UcsResult r = {0};
  UcsPolicyChange c = {.set_allowed = true, .ucs_allowed = false};
  CHECK(ucs_policy_set(s, NULL, &c, &r)); /* P6: no identity = global */
  StorePolicy p;
  CHECK(ucs_policy_get(s, "global", &p, &r) && !p.ucs_allowed);
  store_policy_free(&p);
  CHECK(ucs_policy_remove(s, "global", false, &r) && has_code(&r, UCS_W_GLOBAL_RESET));
  CHECK(ucs_policy_get(s, "global", &p, &r) && p.ucs_allowed);
  store_policy_free(&p);
  ucs_result_free(&r);
  store_close(s);
}

static void test_P9_remove_assigned_tag(void) {
  Store *s = lab();
  UcsResult r = {0};
  CHECK(!ucs_policy_remove(s, "UCS Enabled Users", false, &r) &&
        has_code(&r, UCS_E_POLICY_IN_USE));
  StorePolicy p;
  CHECK(ucs_policy_get(s, "UCS Enabled Users", &p, &r)); /* nothing changed */
  store_policy_free(&p);
  CHECK(ucs_policy_remove(s, "UCS Enabled Users", true, &r));
  StoreUser u = get(s, uid(s, "Ken Myer"));
  CHECK(u.policy_id == 0 && u.policy == NULL);
  store_user_free(&u);
  ucs_result_free(&r);
  store_close(s);
}

static void test_P11_delay_range(void) {
  Store *s = lab();
  UcsResult r = {0};
  CHECK(!ucs_policy_new(s, "Slow", true, 181, &r) && has_code(&r, UCS_E_DELAY_RANGE));
  CHECK(!ucs_policy_new(s, "Slow", true, -1, &r));
  CHECK(ucs_policy_new(s, "Slow", true, 180, &r));
  ucs_result_free(&r);
  store_close(s);
}

static void test_P11_delay_postpones_start(void) {
  Store *s = lab();
  UcsResult r = {0};
  UcsPolicyChange c = {.set_delay = true, .delay_days = 2};
  CHECK(ucs_policy_set(s, "UCS Enabled Users", &c, &r));
  int64_t ken = uid(s, "Ken Myer");
  sign_in(s, ken, 2013);
  CHECK(state(s, ken) == CS_LYNC && event_has(s, ken, "(MigrationDelayInDays, P11)"));
  skip(s, 2 * DAY - MIN);
  CHECK(state(s, ken) == CS_LYNC);
  skip(s, MIN);
  CHECK(state(s, ken) == CS_MIGRATING);
  skip(s, 10 * MIN);
  CHECK(state(s, ken) == CS_UCS);
  ucs_result_free(&r);
  store_close(s);
}

static void test_E3_precedence(void) {
  Store *s = lab();
  UcsResult r = {0};
  int64_t pilar = uid(s, "Pilar Ackerman");
  StoreUser u = get(s, pilar);
  CHECK(u.eff_allowed); /* global */
  store_user_free(&u);
  CHECK(ucs_policy_new(s, "site:Redmond", false, 0, &r));
  u = get(s, pilar);
  CHECK(!u.eff_allowed); /* site over global */
  store_user_free(&u);
  CHECK(ucs_policy_new(s, "UserServer:atl-cs-001.litwareinc.com", true, 0, &r));
  u = get(s, pilar);
  CHECK(u.eff_allowed); /* service over site */
  store_user_free(&u);
  CHECK(ucs_policy_new(s, "NoUnifiedContactStore", false, 0, &r));
  CHECK(ucs_policy_grant(s, &pilar, 1, "NoUnifiedContactStore", &r));
  u = get(s, pilar);
  CHECK(!u.eff_allowed && strcmp(u.policy, "NoUnifiedContactStore") == 0); /* per-user first */
  store_user_free(&u);
  ucs_result_free(&r);
  store_close(s);
}

static void test_E1_E2_grant_and_unassign(void) {
  Store *s = lab();
  UcsResult r = {0};
  int64_t ken = uid(s, "Ken Myer");
  UcsPolicyChange c = {.set_allowed = true, .ucs_allowed = false};
  ucs_policy_set(s, "global", &c, &r);
  CHECK(ucs_policy_new(s, "AllowUnifiedContactStore", true, 0, &r));
  CHECK(ucs_policy_grant(s, &ken, 1, "AllowUnifiedContactStore", &r));
  StoreUser u = get(s, ken);
  CHECK(u.eff_allowed && strcmp(u.policy, "AllowUnifiedContactStore") == 0);
  store_user_free(&u);
  CHECK(ucs_policy_grant(s, &ken, 1, NULL, &r)); /* -PolicyName $Null */
  u = get(s, ken);
  CHECK(!u.eff_allowed && u.policy == NULL);
  store_user_free(&u);
  CHECK(ucs_policy_grant(s, &ken, 1, "tag:AllowUnifiedContactStore", &r));
  ucs_result_free(&r);
  store_close(s);
}

static void test_grant_not_a_user_policy(void) {
  Store *s = lab();
  UcsResult r = {0};
  int64_t ken = uid(s, "Ken Myer");
  CHECK(!ucs_policy_grant(s, &ken, 1, "RedmondUserServicesPolicy", &r));
  CHECK(strcmp(text_of(s, &r, UCS_E_NOT_USER_POLICY),
               "Policy \"RedmondUserServicesPolicy\" is not a user policy. You can assign only a"
               " user policy to a specific user.") == 0);
  StoreUser u = get(s, ken);
  CHECK(u.policy && strcmp(u.policy, "UCS Enabled Users") == 0); /* unchanged */
  store_user_free(&u);
  ucs_result_free(&r);
  store_close(s);
}

static void test_E5_policy_change_keeps_contacts_in_ucs(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  CHECK(state(s, ken) == CS_UCS);
  UcsResult r = {0};
  CHECK(ucs_policy_new(s, "NoUnifiedContactStore", false, 0, &r));
  CHECK(ucs_policy_grant(s, &ken, 1, "NoUnifiedContactStore", &r));
  CHECK(has_code(&r, UCS_W_E5_STAYS) && r.v[r.n - 1].user_id == ken);
  CHECK(strstr(text_of(s, &r, UCS_W_E5_STAYS), "Ken Myer"));
  CHECK(state(s, ken) == CS_UCS);
  CHECK(test_ucs(s, "sip:kenmyer@litwareinc.com").success);
  ucs_result_free(&r);
  UcsPolicyChange c = {.set_allowed = true, .ucs_allowed = false};
  CHECK(ucs_policy_set(s, "global", &c, &r)); /* Ken is not governed by global: no warning */
  CHECK(!has_code(&r, UCS_W_E5_STAYS));
  ucs_result_free(&r);
  store_close(s);
}

/* ---------------------------------------------------------------- migration */

static void test_M1_M3_M4_migration_takes_10_minutes(void) {
  Store *s = lab();
  int64_t ken = uid(s, "Ken Myer");
  CHECK(sign_in(s, ken, 2013));
  CHECK(state(s, ken) == CS_MIGRATING);
  CHECK(!test_ucs(s, "sip:kenmyer@litwareinc.com").success);
  skip(s, 9 * MIN);
  CHECK(state(s, ken) == CS_MIGRATING);
  skip(s, MIN);
  CHECK(state(s, ken) == CS_UCS);
  CHECK(store_clock(s) == STORE_EPOCH + 10 * MIN);
  UcsTestResult t = test_ucs(s, "sip:kenmyer@litwareinc.com");
  CHECK(t.success && t.latency_ms > 0);
  CHECK(event_has(s, ken, "(M4, M7)"));
  store_close(s);
}

static void test_M5_relogon_prompt(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  StoreUser u = get(s, ken);
  CHECK(u.relogon && u.signed_in);
  store_user_free(&u);
  CHECK(event_has(s, ken, "(M5)"));
  UcsResult r = {0};
  CHECK(ucs_sign_out(s, &ken, 1, &r));
  u = get(s, ken);
  CHECK(!u.relogon && !u.signed_in);
  store_user_free(&u);
  ucs_result_free(&r);
  /* signed out when the migration completes: no prompt */
  int64_t pilar = uid(s, "Pilar Ackerman");
  sign_in(s, pilar, 2013);
  ucs_sign_out(s, &pilar, 1, &r);
  skip(s, 10 * MIN);
  u = get(s, pilar);
  CHECK(u.state == CS_UCS && !u.relogon);
  store_user_free(&u);
  ucs_result_free(&r);
  store_close(s);
}

static void test_M7_registry_value(void) {
  Store *s = lab();
  int64_t ken = uid(s, "Ken Myer");
  StoreUser u = get(s, ken);
  CHECK(!u.in_ucs_mode);
  store_user_free(&u);
  ken_in_ucs(s);
  u = get(s, ken);
  CHECK(u.in_ucs_mode);
  store_user_free(&u);
  UcsResult r = {0};
  ucs_rollback(s, &ken, 1, false, &r);
  skip(s, 5 * MIN);
  u = get(s, ken);
  CHECK(!u.in_ucs_mode && u.state == CS_LYNC);
  store_user_free(&u);
  ucs_result_free(&r);
  store_close(s);
}

static void test_M2_lync2010_client_never_migrates(void) {
  Store *s = lab();
  int64_t ken = uid(s, "Ken Myer");
  CHECK(sign_in(s, ken, 2010));
  skip(s, DAY);
  CHECK(state(s, ken) == CS_LYNC);
  CHECK(event_has(s, ken, "Lync 2010 client, which never starts a migration (M2)"));
  StoreUser u = get(s, ken);
  const char *b[8];
  int k = ucs_user_blockers(&u, b, 8);
  CHECK(k == 1 && strstr(b[0], "(M2)"));
  store_user_free(&u);
  store_close(s);
}

static bool blocker_named(Store *s, const char *who, const char *want) {
  StoreUser u = get(s, uid(s, who));
  const char *b[16];
  int k = ucs_user_blockers(&u, b, 16);
  bool found = false;
  for (int i = 0; i < k; i++) found = found || strstr(b[i], want);
  store_user_free(&u);
  return found;
}

static void test_M1_blockers_in_words(void) {
  Store *s = lab();
  CHECK(blocker_named(s, "Aidan Delaney", "mailbox is on Exchange 2010 (M1)"));
  CHECK(blocker_named(s, "Jonathan Haas", "has no Exchange mailbox (M1)"));
  CHECK(blocker_named(s, "Jeff Hay", "has not signed into the Exchange 2013 mailbox yet (M1)"));
  CHECK(blocker_named(s, "Ellen Adams", "Lync Server 2010 pool"));
  CHECK(blocker_named(s, "Kim Akers", "Lync Online"));
  CHECK(blocker_named(s, "Ken Myer", "(M3)"));
  /* none of them migrates on a Lync 2013 sign-in */
  const char *who[] = {"Aidan Delaney", "Jonathan Haas", "Jeff Hay", "Ellen Adams", "Kim Akers"};
  for (size_t i = 0; i < 5; i++) {
    int64_t id = uid(s, who[i]);
    sign_in(s, id, 2013);
    CHECK(state(s, id) == CS_LYNC);
    CHECK(event_has(s, id, "no migration started"));
  }
  /* M1: signing into the mailbox once lifts Jeff's blocker */
  int64_t jeff = uid(s, "Jeff Hay");
  UcsResult r = {0};
  CHECK(ucs_mailbox_sign_in(s, &jeff, 1, &r));
  sign_in(s, jeff, 2013);
  CHECK(state(s, jeff) == CS_MIGRATING);
  ucs_result_free(&r);
  store_close(s);
}

static void test_M1_server_to_server_auth(void) {
  Store *s = lab();
  StoreExDb d;
  store_exdb_find(s, "DB2013", &d);
  store_exserver_set(s, d.server_id, false, true);
  store_exdb_free(&d);
  int64_t ken = uid(s, "Ken Myer");
  sign_in(s, ken, 2013);
  CHECK(state(s, ken) == CS_LYNC);
  CHECK(blocker_named(s, "Ken Myer", "server-to-server"));
  store_close(s);
}

static void test_decisions3_policy_change_triggers(void) {
  Store *s = lab();
  UcsResult r = {0};
  UcsPolicyChange off = {.set_allowed = true, .ucs_allowed = false};
  UcsPolicyChange on = {.set_allowed = true, .ucs_allowed = true};
  CHECK(ucs_policy_set(s, "global", &off, &r));
  int64_t pilar = uid(s, "Pilar Ackerman");
  sign_in(s, pilar, 2013);
  CHECK(state(s, pilar) == CS_LYNC);
  CHECK(blocker_named(s, "Pilar Ackerman", "(M1, E3)"));
  CHECK(ucs_policy_set(s, "global", &on, &r));
  CHECK(state(s, pilar) == CS_MIGRATING);
  CHECK(event_has(s, pilar, "policy change"));
  ucs_result_free(&r);
  store_close(s);
}

static void test_T1_no_contacts_fails(void) {
  Store *s = lab();
  int64_t lisa = uid(s, "Lisa Jacobson");
  sign_in(s, lisa, 2013);
  skip(s, 10 * MIN);
  CHECK(state(s, lisa) == CS_UCS);
  UcsTestResult t = test_ucs(s, "sip:lisajacobson@litwareinc.com");
  CHECK(!t.success);
  CHECK(strcmp(t.error, "No contacts were received for the user. Verify that contacts exist for"
                        " the user.") == 0);
  t = test_ucs(s, "kenmyer@litwareinc.com");
  CHECK(!t.success && strstr(t.error, "not in the unified contact store"));
  UcsResult r = {0};
  CHECK(ucs_test_contact_store(s, "sip:kenmyer@litwareinc.com", "nowhere.litwareinc.com", &t, &r));
  CHECK(!t.success && strstr(t.error, "No matching cluster"));
  ucs_result_free(&r);
  store_close(s);
}

static void test_M8_lync2010_readonly_in_ucs(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  sign_in(s, ken, 2010);
  UcsResult r = {0};
  CHECK(!ucs_contact_add(s, ken, "sip:jeffhay@litwareinc.com", "Colleagues", &r));
  CHECK(has_code(&r, UCS_E_READONLY));
  ucs_result_free(&r);
  sign_in(s, ken, 2013);
  CHECK(ucs_contact_add(s, ken, "jeffhay@litwareinc.com", "Colleagues", &r));
  CHECK(!ucs_contact_add(s, ken, "sip:jeffhay@litwareinc.com", "Colleagues", &r));
  CHECK(has_code(&r, UCS_E_CONTACT_EXISTS));
  CHECK(ucs_contact_remove(s, ken, "sip:jeffhay@litwareinc.com", &r));
  ucs_result_free(&r);
  store_close(s);
}

/* ---------------------------------------------------------------- rollback */

static void test_RB1_rollback_takes_5_minutes(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  UcsResult r = {0};
  CHECK(ucs_rollback(s, &ken, 1, false, &r));
  CHECK(state(s, ken) == CS_ROLLING_BACK);
  CHECK(!test_ucs(s, "sip:kenmyer@litwareinc.com").success);
  skip(s, 5 * MIN);
  StoreUser u = get(s, ken);
  CHECK(u.state == CS_LYNC && u.contacts >= 5);
  store_user_free(&u);
  ucs_result_free(&r);
  store_close(s);
}

static void test_RB2_temporary_rollback_remigrates(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  UcsResult r = {0};
  CHECK(ucs_rollback(s, &ken, 1, false, &r));
  CHECK(has_code(&r, UCS_W_RB_TEMPORARY));
  CHECK(strstr(text_of(s, &r, UCS_W_RB_TEMPORARY), "2/8/2013 9:15:00 AM"));
  ucs_result_free(&r);
  skip(s, 5 * MIN);
  sign_in(s, ken, 2013); /* on hold: no migration */
  CHECK(state(s, ken) == CS_LYNC);
  CHECK(blocker_named(s, "Ken Myer", "(RB2)"));
  skip(s, 6 * DAY);
  CHECK(state(s, ken) == CS_LYNC);
  skip(s, DAY);
  CHECK(state(s, ken) == CS_MIGRATING);
  CHECK(event_has(s, ken, "Re-migration check"));
  skip(s, 10 * MIN);
  CHECK(state(s, ken) == CS_UCS);
  store_close(s);
}

static void test_RB2_recheck_waits_for_sign_in(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  UcsResult r = {0};
  ucs_rollback(s, &ken, 1, false, &r);
  ucs_sign_out(s, &ken, 1, &r);
  skip(s, 8 * DAY);
  CHECK(state(s, ken) == CS_LYNC);
  CHECK(event_has(s, ken, "starts at the next Lync 2013 sign-in (RB2)"));
  sign_in(s, ken, 2013);
  CHECK(state(s, ken) == CS_MIGRATING);
  ucs_result_free(&r);
  store_close(s);
}

static void test_RB3_permanent_rollback(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  UcsResult r = {0};
  UcsPolicyChange off = {.set_allowed = true, .ucs_allowed = false};
  CHECK(ucs_policy_set(s, "UCS Enabled Users", &off, &r));
  CHECK(has_code(&r, UCS_W_E5_STAYS));
  ucs_result_free(&r);
  CHECK(ucs_rollback(s, &ken, 1, false, &r));
  CHECK(!has_code(&r, UCS_W_RB_TEMPORARY));
  skip(s, 8 * DAY);
  sign_in(s, ken, 2013);
  CHECK(state(s, ken) == CS_LYNC);
  CHECK(event_has(s, ken, "(RB3)"));
  ucs_result_free(&r);
  store_close(s);
}

static void test_RB4_force_loses_contacts(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  StoreUser u = get(s, ken);
  int64_t had = u.contacts;
  store_user_free(&u);
  UcsResult r = {0};
  CHECK(ucs_rollback(s, &ken, 1, true, &r));
  CHECK(has_code(&r, UCS_W_CONTACTS_LOST));
  char want[64];
  snprintf(want, sizeof want, "%lld contact(s)", (long long)had);
  CHECK(strstr(text_of(s, &r, UCS_W_CONTACTS_LOST), want));
  u = get(s, ken);
  CHECK(u.state == CS_LYNC && u.contacts == 0 && !u.in_ucs_mode);
  store_user_free(&u);
  ucs_result_free(&r);
  store_close(s);
}

static void test_decisions5_unreachable_needs_force(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  StoreExDb d;
  store_exdb_find(s, "DB2013", &d);
  store_exserver_set(s, d.server_id, true, false);
  store_exdb_free(&d);
  UcsResult r = {0};
  CHECK(ucs_rollback(s, &ken, 1, false, &r));
  CHECK(r.errors == 1 && strstr(text_of(s, &r, UCS_E_RB_UNREACHABLE), "-Force"));
  CHECK(state(s, ken) == CS_UCS);
  ucs_result_free(&r);
  CHECK(ucs_rollback(s, &ken, 1, true, &r) && state(s, ken) == CS_LYNC);
  ucs_result_free(&r);
  store_close(s);
}

static void test_decisions5_rollback_other_states(void) {
  Store *s = lab();
  int64_t ken = uid(s, "Ken Myer"), pilar = uid(s, "Pilar Ackerman");
  sign_in(s, ken, 2013);
  UcsResult r = {0};
  int64_t both[] = {ken, pilar};
  CHECK(ucs_rollback(s, both, 2, false, &r));
  CHECK(has_code(&r, UCS_W_RB_CANCELLED) && has_code(&r, UCS_W_RB_NOTHING));
  CHECK(state(s, ken) == CS_LYNC);
  skip(s, 10 * MIN);
  CHECK(state(s, ken) == CS_LYNC); /* the cancelled migration does not complete */
  ucs_result_free(&r);
  store_close(s);
}

/* ---------------------------------------------------------------- Move-CsUser */

static void test_MV1_MV3_move_to_2010_rolls_back(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  UcsResult r = {0};
  CHECK(ucs_move_user(s, &ken, 1, "dal-cs-001.litwareinc.com", false, &r));
  CHECK(has_code(&r, UCS_W_MOVE_ROLLBACK));
  StoreUser u = get(s, ken);
  CHECK(u.state == CS_LYNC && u.contacts >= 5 && u.pool_version == 2010);
  CHECK(u.policy && strcmp(u.policy, "UCS Enabled Users") == 0); /* MV3 */
  store_user_free(&u);
  CHECK(ucs_move_user(s, &ken, 1, "atl-cs-001.litwareinc.com", false, &r));
  sign_in(s, ken, 2013);
  CHECK(state(s, ken) == CS_MIGRATING); /* MV3: migration recurs */
  CHECK(!ucs_move_user(s, &ken, 1, "nowhere.litwareinc.com", false, &r));
  CHECK(has_code(&r, UCS_E_NO_POOL));
  ucs_result_free(&r);
  store_close(s);
}

static void test_MV2_cross_premises_rolls_back(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  UcsResult r = {0};
  CHECK(ucs_move_user(s, &ken, 1, "sipfed.online.lync.com", false, &r));
  CHECK(state(s, ken) == CS_LYNC);
  ucs_result_free(&r);
  store_close(s);
}

static void test_MV_2013_to_2013_untouched(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  UcsResult r = {0};
  CHECK(ucs_move_user(s, &ken, 1, "atl-cs-002.litwareinc.com", false, &r));
  CHECK(state(s, ken) == CS_UCS && !has_code(&r, UCS_W_MOVE_ROLLBACK));
  CHECK(ucs_move_user(s, &ken, 1, "atl-cs-002.litwareinc.com", false, &r));
  CHECK(has_code(&r, UCS_E_SAME_POOL));
  ucs_result_free(&r);
  store_close(s);
}

static void test_MV4_force(void) {
  Store *s = lab();
  int64_t pilar = uid(s, "Pilar Ackerman");
  UcsResult r = {0};
  CHECK(ucs_move_user(s, &pilar, 1, "atl-cs-002.litwareinc.com", true, &r));
  CHECK(has_code(&r, UCS_W_MOVE_LOST));
  StoreUser u = get(s, pilar);
  CHECK(u.contacts == 0);
  store_user_free(&u);
  ucs_result_free(&r);
  int64_t ken = ken_in_ucs(s);
  CHECK(ucs_move_user(s, &ken, 1, "dal-cs-001.litwareinc.com", true, &r));
  CHECK(has_code(&r, UCS_W_MOVE_HIDDEN));
  u = get(s, ken);
  CHECK(u.state == CS_UCS && u.hidden_ucs && u.contacts >= 5);
  store_user_free(&u);
  UcsTestResult t;
  ucs_test_contact_store(s, "sip:kenmyer@litwareinc.com", "dal-cs-001.litwareinc.com", &t, &r);
  CHECK(!t.success);
  CHECK(ucs_move_user(s, &ken, 1, "atl-cs-001.litwareinc.com", false, &r));
  u = get(s, ken);
  CHECK(u.state == CS_UCS && !u.hidden_ucs);
  store_user_free(&u);
  ucs_result_free(&r);
  store_close(s);
}

/* ---------------------------------------------------------------- Exchange */

static void test_EX1_mailbox_move_blocked_until_rollback(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  UcsResult r = {0};
  CHECK(ucs_move_mailbox(s, &ken, 1, "DB2010", &r) && has_code(&r, UCS_E_MBX_BLOCKED));
  StoreUser u = get(s, ken);
  CHECK(u.ex_version == 2013);
  store_user_free(&u);
  ucs_result_free(&r);
  ucs_rollback(s, &ken, 1, false, &r);
  ucs_result_free(&r);
  CHECK(ucs_move_mailbox(s, &ken, 1, "DB2010", &r) && has_code(&r, UCS_E_MBX_BLOCKED));
  ucs_result_free(&r);
  skip(s, 5 * MIN);
  CHECK(ucs_move_mailbox(s, &ken, 1, "DB2010", &r) && r.errors == 0);
  u = get(s, ken);
  CHECK(u.ex_version == 2010);
  store_user_free(&u);
  CHECK(blocker_named(s, "Ken Myer", "mailbox is on Exchange 2010 (M1)"));
  ucs_result_free(&r);
  store_close(s);
}

static void test_EX2_mailbox_back_to_2013_remigrates_after_7_days(void) {
  Store *s = lab();
  int64_t ken = ken_in_ucs(s);
  UcsResult r = {0};
  ucs_rollback(s, &ken, 1, false, &r);
  skip(s, 5 * MIN);
  ucs_move_mailbox(s, &ken, 1, "DB2010", &r);
  skip(s, DAY);
  ucs_move_mailbox(s, &ken, 1, "DB2013", &r);
  CHECK(state(s, ken) == CS_LYNC);
  sign_in(s, ken, 2013);
  skip(s, 6 * DAY);
  CHECK(state(s, ken) == CS_MIGRATING);
  ucs_result_free(&r);
  store_close(s);
}

/* ---------------------------------------------------------------- export / import */

static void tmp_file(char *out, size_t n, const char *name) {
  check_tmp_path(out, n, name);
  remove(out);
}

static void test_BK2_scenario1_outdated_then_fixed(void) {
  Store *s = lab();
  char path[300];
  tmp_file(path, sizeof path, "before.zip");
  UcsResult r = {0};
  int64_t users = 0;
  CHECK(ucs_export(s, path, "atl-cs-001.litwareinc.com", NULL, false, &users, &r));
  CHECK(users >= 5);
  int64_t ken = ken_in_ucs(s);
  CHECK(ucs_import(s, path, "atl-cs-001.litwareinc.com", NULL, &r));
  CHECK(has_code(&r, UCS_W_IMPORT_OUTDATED));
  CHECK(strstr(text_of(s, &r, UCS_W_IMPORT_OUTDATED), "sip:kenmyer@litwareinc.com"));
  StoreUser u = get(s, ken);
  CHECK(u.cond == COND_OUTDATED && u.state == CS_UCS);
  store_user_free(&u);
  skip(s, DAY);
  u = get(s, ken);
  CHECK(u.cond == COND_OK);
  store_user_free(&u);
  CHECK(event_has(s, ken, "daily migration task"));
  ucs_result_free(&r);
  store_close(s);
}

static void test_BK2_scenario2_corrupted_repaired_by_rollback(void) {
  Store *s = lab();
  char path[300];
  tmp_file(path, sizeof path, "during.zip");
  int64_t ken = ken_in_ucs(s);
  UcsResult r = {0};
  CHECK(ucs_export(s, path, NULL, "kenmyer@litwareinc.com", false, NULL, &r));
  ucs_rollback(s, &ken, 1, false, &r);
  skip(s, 5 * MIN);
  ucs_result_free(&r);
  CHECK(ucs_import(s, path, NULL, NULL, &r) && has_code(&r, UCS_W_IMPORT_CORRUPTED));
  ucs_result_free(&r);
  StoreUser u = get(s, ken);
  CHECK(u.cond == COND_CORRUPTED);
  store_user_free(&u);
  UcsTestResult t = test_ucs(s, "sip:kenmyer@litwareinc.com");
  CHECK(!t.success && strstr(t.diagnosis, "Incorrect Exchange Version"));
  CHECK(ucs_rollback(s, &ken, 1, false, &r) && has_code(&r, UCS_W_RB_REPAIRED));
  u = get(s, ken);
  CHECK(u.cond == COND_OK && u.state == CS_LYNC);
  store_user_free(&u);
  ucs_result_free(&r);
  store_close(s);
}

static void test_BK_same_mode_restores_contacts(void) {
  Store *s = lab();
  char path[300];
  tmp_file(path, sizeof path, "same.zip");
  int64_t ken = uid(s, "Ken Myer");
  UcsResult r = {0};
  CHECK(ucs_export(s, path, "atl-cs-001.litwareinc.com", NULL, false, NULL, &r));
  CHECK(ucs_contact_add(s, ken, "sip:new@litwareinc.com", "G", &r));
  StoreUser u = get(s, ken);
  int64_t after_add = u.contacts;
  store_user_free(&u);
  CHECK(ucs_import(s, path, "atl-cs-001.litwareinc.com", "kenmyer@litwareinc.com", &r));
  CHECK(r.warnings == 0);
  u = get(s, ken);
  CHECK(u.contacts == after_add - 1 && u.cond == COND_OK);
  store_user_free(&u);
  ucs_result_free(&r);
  store_close(s);
}

static void test_export_import_refusals(void) {
  Store *s = lab();
  char path[300], bad[300];
  tmp_file(path, sizeof path, "x.zip");
  UcsResult r = {0};
  CHECK(ucs_export(s, path, NULL, NULL, false, NULL, &r));
  CHECK(!ucs_export(s, path, NULL, NULL, false, NULL, &r) && has_code(&r, UCS_E_FILE_EXISTS));
  CHECK(ucs_export(s, path, NULL, NULL, true, NULL, &r));
  ucs_result_free(&r);
  /* damaged: one byte changed */
  FILE *f = fopen(path, "r+b");
  fseek(f, 40, SEEK_SET);
  fputc('#', f);
  fclose(f);
  int64_t ken = ken_in_ucs(s);
  CHECK(!ucs_import(s, path, NULL, NULL, &r) && has_code(&r, UCS_E_FILE_BAD));
  StoreUser u = get(s, ken);
  CHECK(u.cond == COND_OK);
  store_user_free(&u);
  ucs_result_free(&r);
  tmp_file(bad, sizeof bad, "other.txt");
  f = fopen(bad, "w");
  fputs("hello\n", f);
  fclose(f);
  CHECK(!ucs_import(s, bad, NULL, NULL, &r) && has_code(&r, UCS_E_FILE_BAD));
  ucs_result_free(&r);
  f = fopen(bad, "w");
  fputs("ucsh-userdata 7\nend\t0\t0\n", f);
  fclose(f);
  CHECK(!ucs_import(s, bad, NULL, NULL, &r) && has_code(&r, UCS_E_FILE_VERSION));
  ucs_result_free(&r);
  CHECK(!ucs_import(s, "/nonexistent/file.zip", NULL, NULL, &r) && has_code(&r, UCS_E_FILE_IO));
  ucs_result_free(&r);
  store_close(s);
}

static void test_BK3_legacy_format_and_convert(void) {
  Store *s = lab();
  char cur[300], old[300], back[300];
  tmp_file(cur, sizeof cur, "cur.zip");
  tmp_file(old, sizeof old, "old.xml");
  tmp_file(back, sizeof back, "back.zip");
  UcsResult r = {0};
  UcsFileInfo info = {0};
  CHECK(ucs_export(s, cur, "atl-cs-001.litwareinc.com", NULL, false, NULL, &r));
  CHECK(ucs_userdata_info(cur, &info, &r) && !info.legacy && info.users >= 5);
  int64_t n = 0;
  CHECK(ucs_convert(cur, old, true, "kenmyer@litwareinc.com", false, &n, &r) && n == 1);
  CHECK(ucs_userdata_info(old, &info, &r) && info.legacy && info.users == 1);
  CHECK(!ucs_convert(cur, old, true, NULL, false, NULL, &r) && has_code(&r, UCS_E_FILE_EXISTS));
  ucs_result_free(&r);
  /* Import-CsUserData checks the format -LegacyFormat names */
  CHECK(!ucs_import_format(s, old, NULL, NULL, false, &r) && has_code(&r, UCS_E_FILE_LEGACY));
  ucs_result_free(&r);
  CHECK(!ucs_import_format(s, cur, NULL, NULL, true, &r) && has_code(&r, UCS_E_FILE_CURRENT));
  ucs_result_free(&r);
  CHECK(ucs_import_format(s, old, NULL, NULL, true, &r) && r.errors == 0);
  /* back to the current format: the recorded states are kept (BK1) */
  CHECK(ucs_convert(old, back, false, NULL, false, &n, &r) && n == 1);
  CHECK(ucs_userdata_info(back, &info, &r) && !info.legacy);
  int64_t ken = ken_in_ucs(s);
  ucs_result_free(&r);
  CHECK(ucs_import_format(s, back, NULL, NULL, false, &r));
  CHECK(has_code(&r, UCS_W_IMPORT_OUTDATED));
  StoreUser u = get(s, ken);
  CHECK(u.cond == COND_OUTDATED);
  store_user_free(&u);
  CHECK(ucs_export_legacy(s, cur, NULL, NULL, true, NULL, &r));
  CHECK(ucs_userdata_info(cur, &info, &r) && info.legacy);
  ucs_result_free(&r);
  store_close(s);
}

static void test_store_user_names(void) {
  Store *s = lab();
  char *display = NULL, *sip = NULL;
  CHECK(store_user_names(s, uid(s, "Ken Myer"), &display, &sip) == STORE_OK);
  CHECK(display && strcmp(display, "Ken Myer") == 0);
  CHECK(sip && strcmp(sip, "sip:kenmyer@litwareinc.com") == 0);
  free(display), free(sip);
  CHECK(store_user_names(s, 999999, &display, &sip) == STORE_NOTFOUND && !display && !sip);
  store_close(s);
}

static void test_M11_setup_moves_contacts(void) {
  Store *s = lab();
  UcsResult r = {0};
  int64_t ken = uid(s, "Ken Myer"), aidan = uid(s, "Aidan Delaney");
  UcsPolicyChange off = {.set_allowed = true, .ucs_allowed = false};
  CHECK(ucs_policy_set(s, NULL, &off, &r));
  CHECK(ucs_policy_set(s, "UCS Enabled Users", &off, &r));
  /* not signed in, policy False: -Setup moves the contacts anyway */
  CHECK(ucs_setup_migration(s, ken, &r) && r.warnings == 0);
  CHECK(state(s, ken) == CS_MIGRATING && event_has(s, ken, "-Setup (M11)"));
  skip(s, 10 * MIN);
  CHECK(state(s, ken) == CS_UCS && test_ucs(s, "sip:kenmyer@litwareinc.com").success);
  /* already there: nothing to do */
  CHECK(ucs_setup_migration(s, ken, &r) && r.n == 0 && state(s, ken) == CS_UCS);
  /* Exchange 2010: cannot */
  CHECK(ucs_setup_migration(s, aidan, &r) && has_code(&r, UCS_W_SETUP_BLOCKED));
  CHECK(strstr(text_of(s, &r, UCS_W_SETUP_BLOCKED), "Exchange 2010 (M1)"));
  CHECK(state(s, aidan) == CS_LYNC);
  ucs_result_free(&r);
  /* a rolled-back user on hold is moved too, and its re-migration check goes */
  CHECK(ucs_rollback(s, &ken, 1, true, &r));
  CHECK(ucs_setup_migration(s, ken, &r) && state(s, ken) == CS_MIGRATING);
  StoreUser u = get(s, ken);
  CHECK(!u.hold && u.next_kind == WORK_MIG_DONE);
  store_user_free(&u);
  ucs_result_free(&r);
  store_close(s);
}

/* ---------------------------------------------------------------- clock, lab, atomicity */

static void test_decisions2_clock_runs_work_in_order(void) {
  Store *s = lab();
  int64_t ken = uid(s, "Ken Myer"), pilar = uid(s, "Pilar Ackerman");
  sign_in(s, ken, 2013);
  skip(s, 4 * MIN);
  sign_in(s, pilar, 2013);
  StoreUser u = get(s, pilar);
  CHECK(u.next_due == STORE_EPOCH + 14 * MIN && u.next_kind == WORK_MIG_DONE);
  store_user_free(&u);
  skip(s, 7 * MIN);
  CHECK(state(s, ken) == CS_UCS && state(s, pilar) == CS_MIGRATING);
  skip(s, 3 * MIN);
  CHECK(state(s, pilar) == CS_UCS && store_clock(s) == STORE_EPOCH + 14 * MIN);
  UcsResult r = {0};
  CHECK(!ucs_skip_time(s, -1, &r));
  ucs_result_free(&r);
  store_close(s);
}

static void test_lab_user_defaults_and_count(void) {
  Store *s = lab();
  UcsLabUserSpec spec = {.display = "Test Person"};
  int64_t *ids = NULL;
  size_t n = 0;
  UcsResult r = {0};
  CHECK(ucs_lab_user_new(s, &spec, &ids, &n, &r) && n == 1);
  StoreUser u = get(s, ids[0]);
  CHECK(strcmp(u.sip, "sip:testperson@litwareinc.com") == 0);
  CHECK(strcmp(u.pool, "atl-cs-001.litwareinc.com") == 0 && u.ex_version == 2013 && u.mbx_signed);
  store_user_free(&u);
  free(ids);
  CHECK(!ucs_lab_user_new(s, &spec, &ids, &n, &r) && has_code(&r, UCS_E_USER_EXISTS));
  UcsLabUserSpec many = {.display = "Rehearsal", .count = 50, .contacts = 2,
                         .pool = "atl-cs-002.litwareinc.com", .has_ex = true, .ex_version = 0};
  CHECK(ucs_lab_user_new(s, &many, &ids, &n, &r) && n == 50);
  u = get(s, ids[49]);
  CHECK(strcmp(u.display, "Rehearsal 50") == 0 && u.contacts == 2 && u.ex_version == 0);
  store_user_free(&u);
  free(ids);
  ucs_result_free(&r);
  store_close(s);
}

static void test_atomic_failure_changes_nothing(void) {
  Store *s = lab();
  UcsResult r = {0};
  /* a bulk create that collides with an existing user adds none */
  UcsLabUserSpec many = {.display = "Ken", .sip = "sip:kenmyer@litwareinc.com", .count = 1};
  int64_t *ids = NULL;
  size_t n = 0;
  CHECK(!ucs_lab_user_new(s, &many, &ids, &n, &r));
  UcsLabUserSpec bulk = {.display = "Bulk", .count = 20};
  CHECK(ucs_lab_user_new(s, &bulk, &ids, &n, &r));
  free(ids);
  UcsLabUserSpec again = {.display = "Bulk", .count = 30};
  CHECK(!ucs_lab_user_new(s, &again, &ids, &n, &r));
  CHECK(uid(s, "Bulk 25") == 0 && uid(s, "Bulk 20") != 0);
  /* a refused removal leaves the assignment */
  CHECK(!ucs_policy_remove(s, "UCS Enabled Users", false, &r));
  StoreUser u = get(s, uid(s, "Ken Myer"));
  CHECK(u.policy != NULL);
  store_user_free(&u);
  ucs_result_free(&r);
  store_close(s);
}

static void test_reset_lab(void) {
  Store *s = lab();
  ken_in_ucs(s);
  UcsResult r = {0};
  CHECK(ucs_reset(s, true, &r));
  CHECK(uid(s, "Ken Myer") == 0 && store_clock(s) == STORE_EPOCH);
  CHECK(ucs_reset(s, false, &r));
  CHECK(state(s, uid(s, "Ken Myer")) == CS_LYNC);
  ucs_result_free(&r);
  store_close(s);
}

static void test_words(void) {
  char buf[64];
  CHECK(strcmp(ucs_time_text(STORE_EPOCH, buf, sizeof buf), "2/1/2013 9:00:00 AM") == 0);
  CHECK(strcmp(ucs_time_text(STORE_EPOCH + 4 * 3600, buf, sizeof buf), "2/1/2013 1:00:00 PM") == 0);
  CHECK(strcmp(ucs_state_name(CS_UCS), "UnifiedContactStore") == 0);
  CHECK(ucs_wildcard("site:*", "Site:Redmond") && !ucs_wildcard("tag:*", "Global"));
  CHECK(ucs_wildcard("*", "") && ucs_wildcard("a?c", "ABC") && !ucs_wildcard("a?c", "ac"));
}

static void test_pool_counts(void) {
  Store *s = lab();
  ken_in_ucs(s);
  int64_t pilar = uid(s, "Pilar Ackerman");
  sign_in(s, pilar, 2013);
  StorePool p;
  store_pool_find(s, "atl-cs-001.litwareinc.com", &p);
  StorePoolCounts c;
  CHECK(store_pool_counts(s, p.id, &c) == STORE_OK);
  CHECK(c.migrated == 1 && c.migrating == 1 && c.disabled == 0 && c.allowed >= 3);
  store_pool_free(&p);
  store_close(s);
}

static void test_identity_distinguished_name(void) {
  Store *s = lab();
  char dn[300];
  CHECK(strcmp(ucs_user_dn(s, "Ken Myer", dn, sizeof dn),
               "CN=Ken Myer,CN=Users,DC=litwareinc,DC=com") == 0);
  CHECK(strcmp(ucs_user_dn(s, "Myer, Ken", dn, sizeof dn),
               "CN=Myer\\, Ken,CN=Users,DC=litwareinc,DC=com") == 0);
  int64_t ken = uid(s, "Ken Myer");
  CHECK(ken && uid(s, "CN=Ken Myer,CN=Users,DC=litwareinc,DC=com") == ken);
  CHECK(uid(s, "cn=ken myer,cn=users,dc=litwareinc,dc=com") == ken);
  CHECK(uid(s, "CN=Ken Myer,OU=Elsewhere,DC=litwareinc,DC=com") == 0);
  CHECK(uid(s, "CN=Ken*,CN=Users,DC=litwareinc,DC=com") == 0); /* no wildcards in a DN */
  store_close(s);
}

static void test_BK5_disable_keeps_account_enable_again(void) {
  Store *s = lab();
  int64_t ken = uid(s, "Ken Myer"), pilar = uid(s, "Pilar Ackerman");
  UcsResult r = {0};
  CHECK(ucs_user_disable(s, &ken, 1, &r) && r.n == 0);
  ucs_result_free(&r);
  CHECK(uid(s, "Ken Myer") == 0 && uid(s, "sip:kenmyer@litwareinc.com") == 0);
  int found = 0; /* BK5: gone from Pilar's contact list */
  StoreUser p = get(s, pilar);
  found = (int)p.contacts;
  store_user_free(&p);
  CHECK(found == 2);
  UcsEnableSpec sp = {"atl-cs-002.litwareinc.com", NULL, UCS_SIP_SAM, "litwareinc.com"};
  int64_t *ids = NULL;
  size_t n = 0;
  CHECK(ucs_user_enable(s, "Ken Myer", &sp, &ids, &n, &r) && n == 1);
  ucs_result_free(&r);
  StoreUser u = get(s, n ? ids[0] : 0);
  CHECK(u.sip && strcmp(u.sip, "sip:kenmyer@litwareinc.com") == 0);
  CHECK(u.pool && strcmp(u.pool, "atl-cs-002.litwareinc.com") == 0);
  CHECK(u.policy == NULL && u.contacts == 0 && u.state == CS_LYNC && u.ex_version == 2013);
  store_user_free(&u);
  free(ids);
  /* already enabled: a warning, nothing changes */
  CHECK(ucs_user_enable(s, "Ken Myer", &sp, &ids, &n, &r) && n == 0);
  CHECK(has_code(&r, UCS_W_ALREADY_ENABLED) && !r.errors);
  ucs_result_free(&r);
  /* refusals: unknown account, no SIP domain, unknown pool */
  CHECK(!ucs_user_enable(s, "Nobody Here", &sp, &ids, &n, &r) && has_code(&r, UCS_E_NOT_FOUND));
  ucs_result_free(&r);
  CHECK(ucs_user_disable(s, &pilar, 1, &r));
  ucs_result_free(&r);
  UcsEnableSpec nodom = {"atl-cs-001.litwareinc.com", NULL, UCS_SIP_FIRSTLAST, NULL};
  CHECK(!ucs_user_enable(s, "litwareinc\\pilarackerman", &nodom, &ids, &n, &r) &&
        has_code(&r, UCS_E_BAD_VALUE));
  ucs_result_free(&r);
  UcsEnableSpec nopool = {"nowhere.litwareinc.com", "sip:pilar@litwareinc.com", 0, NULL};
  CHECK(!ucs_user_enable(s, "pilarackerman@litwareinc.com", &nopool, &ids, &n, &r) &&
        has_code(&r, UCS_E_NO_POOL));
  ucs_result_free(&r);
  UcsEnableSpec fl = {"atl-cs-001.litwareinc.com", NULL, UCS_SIP_FIRSTLAST, "litwareinc.com"};
  CHECK(ucs_user_enable(s, "Pilar*", &fl, &ids, &n, &r) && n == 1);
  ucs_result_free(&r);
  CHECK(uid(s, "sip:Pilar.Ackerman@litwareinc.com") != 0);
  free(ids);
  store_close(s);
}

static void test_set_enabled_and_sip(void) {
  Store *s = lab();
  int64_t ken = uid(s, "Ken Myer");
  UcsResult r = {0};
  CHECK(sign_in(s, ken, 2013));
  CHECK(ucs_user_set_enabled(s, &ken, 1, false, &r));
  ucs_result_free(&r);
  StoreUser u = get(s, ken);
  CHECK(!u.enabled && !u.signed_in && (u.blockers & STORE_B_DISABLED));
  store_user_free(&u);
  CHECK(ucs_user_set_enabled(s, &ken, 1, true, &r));
  ucs_result_free(&r);
  CHECK(ucs_user_set_sip(s, ken, "sip:ken@litwareinc.com", &r) && r.n == 0);
  ucs_result_free(&r);
  CHECK(uid(s, "sip:ken@litwareinc.com") == ken);
  CHECK(!ucs_user_set_sip(s, ken, "sip:pilarackerman@litwareinc.com", &r) &&
        has_code(&r, UCS_E_USER_EXISTS));
  ucs_result_free(&r);
  CHECK(!ucs_user_set_sip(s, ken, "ken@litwareinc.com", &r) && has_code(&r, UCS_E_BAD_VALUE));
  ucs_result_free(&r);
  store_close(s);
}

int main(void) {
  if (!check_tmpdir("ucs")) return 2;
  test_identity_formats();
  test_P3_policy_identities();
  test_P1_global_policy_allows();
  test_P8_filter();
  test_duplicate_policy_refused();
  test_P10_remove_global_resets();
  test_P9_remove_assigned_tag();
  test_P11_delay_range();
  test_P11_delay_postpones_start();
  test_E3_precedence();
  test_E1_E2_grant_and_unassign();
  test_grant_not_a_user_policy();
  test_E5_policy_change_keeps_contacts_in_ucs();
  test_M1_M3_M4_migration_takes_10_minutes();
  test_M5_relogon_prompt();
  test_M7_registry_value();
  test_M2_lync2010_client_never_migrates();
  test_M1_blockers_in_words();
  test_M1_server_to_server_auth();
  test_decisions3_policy_change_triggers();
  test_T1_no_contacts_fails();
  test_M8_lync2010_readonly_in_ucs();
  test_RB1_rollback_takes_5_minutes();
  test_RB2_temporary_rollback_remigrates();
  test_RB2_recheck_waits_for_sign_in();
  test_RB3_permanent_rollback();
  test_RB4_force_loses_contacts();
  test_decisions5_unreachable_needs_force();
  test_decisions5_rollback_other_states();
  test_MV1_MV3_move_to_2010_rolls_back();
  test_MV2_cross_premises_rolls_back();
  test_MV_2013_to_2013_untouched();
  test_MV4_force();
  test_EX1_mailbox_move_blocked_until_rollback();
  test_EX2_mailbox_back_to_2013_remigrates_after_7_days();
  test_BK2_scenario1_outdated_then_fixed();
  test_BK2_scenario2_corrupted_repaired_by_rollback();
  test_BK_same_mode_restores_contacts();
  test_export_import_refusals();
  test_BK3_legacy_format_and_convert();
  test_M11_setup_moves_contacts();
  test_store_user_names();
  test_decisions2_clock_runs_work_in_order();
  test_lab_user_defaults_and_count();
  test_atomic_failure_changes_nothing();
  test_reset_lab();
  test_words();
  test_pool_counts();
  test_identity_distinguished_name();
  test_BK5_disable_keeps_account_enable_again();
  test_set_enabled_and_sip();
  return check_done();
}
