/* complete_values.c - the lab's values for tab completion (see
 * complete_values.h). Lists come from the store: small tables (policies,
 * pools) are read whole and filtered here; users through the store's
 * prefix searches, which use the NOCASE indexes and a LIMIT. */
#include "complete_values.h"

#include <stdlib.h>
#include <string.h>

#include "lab.h"

/* Where candidates go: the caller's add(), filtered by prefix, at most max. */
typedef struct CvSink {
  void (*add)(void *ctx, const char *text);
  void *ctx;
  const char *prefix;
  size_t plen, max, n;
  bool online; /* pools: include Lync Online */
} CvSink;

static void cv_offer(CvSink *k, const char *text) {
  if (!text || k->n >= k->max || strlen(text) < k->plen ||
      !val_streq_ci(k->prefix, k->plen, text, k->plen))
    return;
  k->add(k->ctx, text);
  k->n++;
}

/* The shell's store, opened quietly (no store: no candidates). */
static Store *cv_store(Interp *I) {
  char *err = NULL;
  Store *s = lab_store_of(I, &err);
  free(err);
  return s;
}

static void cv_offer_cb(void *ctx, const char *text) { cv_offer(ctx, text); }

static CvSink cv_sink(const char *prefix, size_t max, void (*add)(void *, const char *),
                      void *ctx) {
  return (CvSink){add, ctx, prefix, strlen(prefix), max, 0, false};
}

static void tag_row(void *ctx, const StorePolicy *p) {
  if (p->scope == PSCOPE_TAG) cv_offer(ctx, p->name);
}

static void identity_row(void *ctx, const StorePolicy *p) {
  char buf[512];
  cv_offer(ctx, ucs_policy_identity(p, buf, sizeof buf));
}

static void pool_row(void *ctx, const StorePool *p) {
  CvSink *k = ctx;
  if (p->version != 0 || k->online) cv_offer(k, p->fqdn);
}

void cv_tag_policies(Interp *I, const char *prefix, size_t max,
                     void (*add)(void *ctx, const char *text), void *ctx) {
  Store *s = cv_store(I);
  CvSink k = cv_sink(prefix, max, add, ctx);
  if (s) store_policy_list(s, tag_row, &k);
}

void cv_policy_identities(Interp *I, const char *prefix, size_t max,
                          void (*add)(void *ctx, const char *text), void *ctx) {
  Store *s = cv_store(I);
  CvSink k = cv_sink(prefix, max, add, ctx);
  if (s) store_policy_list(s, identity_row, &k);
}

static bool has_sip_scheme(const char *prefix) {
  return strlen(prefix) >= 4 && val_streq_ci(prefix, 4, "sip:", 4);
}

void cv_users(Interp *I, const char *prefix, size_t max,
              void (*add)(void *ctx, const char *text), void *ctx) {
  Store *s = cv_store(I);
  CvSink k = cv_sink(prefix, max, add, ctx);
  if (!s) return;
  if (has_sip_scheme(prefix)) store_user_sip_prefix(s, prefix, max, cv_offer_cb, &k);
  else store_user_display_prefix(s, prefix, max, cv_offer_cb, &k);
}

void cv_user_sips(Interp *I, const char *prefix, size_t max,
                  void (*add)(void *ctx, const char *text), void *ctx) {
  Store *s = cv_store(I);
  CvSink k = cv_sink(prefix, max, add, ctx);
  if (s) store_user_sip_prefix(s, prefix, max, cv_offer_cb, &k);
}

void cv_pools(Interp *I, const char *prefix, size_t max,
              void (*add)(void *ctx, const char *text), void *ctx) {
  Store *s = cv_store(I);
  CvSink k = cv_sink(prefix, max, add, ctx);
  if (s) store_pool_list(s, pool_row, &k);
}

void cv_move_targets(Interp *I, const char *prefix, size_t max,
                     void (*add)(void *ctx, const char *text), void *ctx) {
  Store *s = cv_store(I);
  CvSink k = cv_sink(prefix, max, add, ctx);
  k.online = true;
  if (s) store_pool_list(s, pool_row, &k);
}
