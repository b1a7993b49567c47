/* value.c - see value.h: constructors, reference counting, strings,
 * arrays, hashtables/property bags and case-insensitive text helpers. */
#include "value.h"
#include "../parser/xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../parser/ast.h"




/* ------------------------------------------------------------------ */
/* strings                                                             */

static VStr *vstr_alloc(size_t cap) {
  VStr *s = xmalloc(sizeof(VStr) + cap + 1);
  s->refs = 1;
  s->len = 0;
  s->cap = cap;
  s->data[0] = 0;
  return s;
}

static VStr *vstr_new(const char *p, size_t len) {
  VStr *s = vstr_alloc(len);
  if (len) memcpy(s->data, p, len);
  s->data[len] = 0;
  s->len = len;
  return s;
}

static Value wrap_str(VStr *s) {
  Value v;
  v.kind = V_STR;
  v.u.s = s;
  return v;
}

Value val_str(const char *s, size_t len) { return wrap_str(vstr_new(s, len)); }

Value val_cstr(const char *s) { return s ? val_str(s, strlen(s)) : val_str("", 0); }

Value val_str_try_alloc(size_t len) {
  /* .NET's longest string is 0x3FFFFFDF characters: 'a' * 1GB is already
   * out of memory there (whatever the machine has) */
  if (len > 0x3FFFFFDFu) return val_null();
  VStr *s = xmalloc(sizeof(VStr) + len + 1);
  s->refs = 1;
  s->len = s->cap = len;
  s->data[len] = 0;
  return wrap_str(s);
}

Value val_str_take(char *s, size_t len) {
  Value v = val_str(s, len);
  free(s);
  return v;
}

Value val_strf(const char *fmt, ...) {
  va_list ap, cp;
  va_start(ap, fmt);
  va_copy(cp, ap);
  int n = vsnprintf(NULL, 0, fmt, cp);
  va_end(cp);
  VStr *s = vstr_alloc(n > 0 ? (size_t)n : 0);
  if (n > 0) vsnprintf(s->data, (size_t)n + 1, fmt, ap);
  s->len = n > 0 ? (size_t)n : 0;
  va_end(ap);
  return wrap_str(s);
}

void val_str_append(Value *slot, const char *s, size_t len) {
  if (slot->kind != V_STR) {
    val_unref(*slot);
    *slot = val_str(s, len);
    return;
  }
  VStr *old = slot->u.s;
  size_t need = old->len + len;
  if (old->refs == 1) {
    if (need > old->cap) {
      /* `s` may point into this very string ($s += $s): keep its offset */
      bool inside = s >= old->data && s <= old->data + old->len;
      size_t off = inside ? (size_t)(s - old->data) : 0;
      size_t cap = old->cap < 16 ? 16 : old->cap;
      while (cap < need) cap *= 2;
      old = xrealloc(old, sizeof(VStr) + cap + 1);
      old->cap = cap;
      slot->u.s = old;
      if (inside) s = old->data + off;
    }
    if (len) memmove(old->data + old->len, s, len);
    old->len = need;
    old->data[need] = 0;
    return;
  }
  /* shared: copy, leaving room to grow */
  VStr *ns = vstr_alloc(need + need / 2);
  memcpy(ns->data, old->data, old->len);
  if (len) memcpy(ns->data + old->len, s, len);
  ns->len = need;
  ns->data[need] = 0;
  val_unref(*slot);
  *slot = wrap_str(ns);
}

/* ------------------------------------------------------------------ */
/* arrays                                                              */

static VArr *varr_alloc(size_t cap) {
  VArr *a = xmalloc(sizeof *a);
  a->refs = 1;
  a->flags = 0;
  a->len = 0;
  a->cap = cap;
  a->items = cap ? xmalloc(cap * sizeof(Value)) : NULL;
  a->elem = NULL;
  return a;
}

Value val_arr_new(size_t cap) {
  Value v;
  v.kind = V_ARR;
  v.u.a = varr_alloc(cap);
  return v;
}

Value val_list_new(void) {
  Value v = val_arr_new(0);
  v.u.a->flags = VARR_LIST;
  return v;
}

static void varr_reserve(VArr *a, size_t need) {
  if (need <= a->cap) return;
  size_t cap = a->cap < 4 ? 4 : a->cap;
  while (cap < need) cap *= 2;
  a->items = xrealloc(a->items, cap * sizeof(Value));
  a->cap = cap;
}

void val_arr_push(Value arr, Value item) {
  VArr *a = arr.u.a;
  varr_reserve(a, a->len + 1);
  a->items[a->len++] = item;
}

void val_arr_set(Value arr, size_t i, Value item) {
  VArr *a = arr.u.a;
  if (i >= a->len) {
    val_unref(item);
    return;
  }
  Value old = a->items[i];
  a->items[i] = item;
  val_unref(old);
}

static VArr *varr_copy(const VArr *src, size_t extra) {
  VArr *a = varr_alloc(src->len + extra);
  a->flags = src->flags;
  a->elem = src->elem;
  for (size_t i = 0; i < src->len; i++) a->items[i] = val_ref(src->items[i]);
  a->len = src->len;
  return a;
}

Value val_arr_copy(Value arr) {
  Value v;
  v.kind = V_ARR;
  v.u.a = varr_copy(arr.u.a, 0);
  return v;
}

void val_arr_append_slot(Value *slot, Value item) {
  if (slot->kind != V_ARR) {
    Value a = val_arr_new(2);
    if (slot->kind != V_NULL) val_arr_push(a, *slot);
    val_arr_push(a, item);
    *slot = a;
    return;
  }
  VArr *a = slot->u.a;
  if (a->refs != 1) {
    VArr *c = varr_copy(a, a->len / 2 + 4);
    val_unref(*slot);
    slot->u.a = a = c;
  }
  if (!(a->flags & VARR_LIST)) a->elem = NULL; /* the result is Object[] */
  val_arr_push(*slot, item);
}

/* ------------------------------------------------------------------ */
/* case-insensitive text                                               */

/* Decode one UTF-8 code point at *p (< end). Invalid bytes map to
 * 0x110000 + byte so they never equal a real character. */
static uint32_t utf8_next(const unsigned char **pp, const unsigned char *end) {
  const unsigned char *p = *pp;
  uint32_t c = *p;
  int n = c >= 0xF8 ? -1 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : c < 0x80 ? 0 : -1;
  *pp = p + 1;
  if (n == 0) return c;
  if (n < 0 || end - p <= n) return 0x110000u + c;
  uint32_t cp = c & (0x3Fu >> n);
  for (int i = 1; i <= n; i++) {
    if ((p[i] & 0xC0) != 0x80) return 0x110000u + c;
    cp = (cp << 6) | (p[i] & 0x3Fu);
  }
  *pp = p + n + 1;
  return cp;
}

static uint32_t fold_latin(uint32_t c) {
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c < 0x100) return c;
  if (c == 0x130) return 'i';
  if (c == 0x178) return 0xFF;
  if (c == 0x17F) return 's';
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c | 1;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
  return c;
}

static uint32_t fold_greek(uint32_t c) {
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if (c == 0x3C2) return 0x3C3; /* final sigma */
  return c;
}

static uint32_t fold_cyrillic(uint32_t c) {
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c == 0x4C0) return 0x4CF;
  if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F))
    return c | 1;
  if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? c + 1 : c;
  return c;
}

/* Simple lower-case folding of one code point. */
static uint32_t fold_cp(uint32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c < 0x180) return fold_latin(c);
  if (c >= 0x370 && c < 0x400) return fold_greek(c);
  if (c >= 0x400 && c < 0x530) return fold_cyrillic(c);
  return c;
}

static uint32_t next_folded(const unsigned char **p, const unsigned char *end) {
  unsigned char c = **p;
  if (c < 0x80) {
    (*p)++;
    return (c >= 'A' && c <= 'Z') ? c + 32u : c;
  }
  return fold_cp(utf8_next(p, end));
}

int val_strcasecmp(const char *a, size_t alen, const char *b, size_t blen) {
  const unsigned char *p = (const unsigned char *)a, *pe = p + alen;
  const unsigned char *q = (const unsigned char *)b, *qe = q + blen;
  while (p < pe && q < qe) {
    uint32_t x = next_folded(&p, pe), y = next_folded(&q, qe);
    if (x != y) return x < y ? -1 : 1;
  }
  if (p < pe) return 1;
  if (q < qe) return -1;
  return 0;
}

bool val_streq_ci(const char *a, size_t alen, const char *b, size_t blen) {
  /* ASCII fast path; the first non-ASCII byte hands over to full folding */
  size_t n = alen < blen ? alen : blen, i = 0;
  for (; i < n; i++) {
    unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
    if ((x | y) & 0x80) break;
    if (x == y) continue;
    if ((x | 0x20) != (y | 0x20) || (unsigned char)((x | 0x20) - 'a') > 'z' - 'a') return false;
  }
  if (i == n) return alen == blen;
  return val_strcasecmp(a + i, alen - i, b + i, blen - i) == 0;
}

uint32_t val_hash_ci(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s, *e = p + len;
  uint32_t h = 2166136261u;
  while (p < e) {
    uint32_t c = next_folded(&p, e);
    do {
      h = (h ^ (c & 0xFF)) * 16777619u;
      c >>= 8;
    } while (c);
  }
  return h;
}

/* ------------------------------------------------------------------ */
/* hashtables                                                          */

static VHash *vhash_alloc(bool ordered) {
  VHash *h = xcalloc(1, sizeof *h);
  h->refs = 1;
  h->flags = ordered ? VHASH_ORDERED : 0;
  return h;
}

Value val_hash_new(bool ordered) {
  Value v;
  v.kind = V_HASH;
  v.u.h = vhash_alloc(ordered);
  return v;
}

static uint32_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return (uint32_t)x;
}

static bool dbl_as_long(double d, int64_t *out) {
  if (!(d >= -9.2e18 && d <= 9.2e18)) return false;
  int64_t l = (int64_t)d;
  if ((double)l != d) return false;
  *out = l;
  return true;
}

static uint32_t key_hash(Value k) {
  int64_t l;
  switch (k.kind) {
  case V_STR: return val_hash_ci(k.u.s->data, k.u.s->len);
  case V_NULL: return 0;
  case V_BOOL: return k.u.b ? 0x9e3779b9u : 0x7f4a7c15u;
  case V_INT: return mix64((uint64_t)(int64_t)k.u.i);
  case V_LONG: return mix64((uint64_t)k.u.l);
  case V_DOUBLE:
    if (dbl_as_long(k.u.d, &l)) return mix64((uint64_t)l);
    memcpy(&l, &k.u.d, sizeof l);
    return mix64((uint64_t)l);
  default: return mix64((uint64_t)(uintptr_t)k.u.s);
  }
}

static bool is_num(Value v) { return v.kind == V_INT || v.kind == V_LONG || v.kind == V_DOUBLE; }

static bool num_eq(Value a, Value b) {
  if (a.kind != V_DOUBLE && b.kind != V_DOUBLE) {
    int64_t x = a.kind == V_INT ? a.u.i : a.u.l, y = b.kind == V_INT ? b.u.i : b.u.l;
    return x == y;
  }
  double x = a.kind == V_DOUBLE ? a.u.d : a.kind == V_INT ? a.u.i : (double)a.u.l;
  double y = b.kind == V_DOUBLE ? b.u.d : b.kind == V_INT ? b.u.i : (double)b.u.l;
  return x == y;
}

static bool key_eq(Value a, Value b) {
  if (is_num(a) && is_num(b)) return num_eq(a, b);
  if (a.kind != b.kind) return false;
  switch (a.kind) {
  case V_NULL: return true;
  case V_BOOL: return a.u.b == b.u.b;
  case V_STR: return val_streq_ci(a.u.s->data, a.u.s->len, b.u.s->data, b.u.s->len);
  case V_TYPE: return a.u.t == b.u.t;
  default: return a.u.s == b.u.s; /* identity of the heap object */
  }
}

static void index_rebuild(VHash *h, size_t icap) {
  free(h->index);
  h->index_cap = icap;
  h->index = xmalloc(icap * sizeof(int32_t));
  for (size_t i = 0; i < icap; i++) h->index[i] = -1;
  for (size_t i = 0; i < h->len; i++) {
    size_t j = h->ents[i].hash & (icap - 1);
    while (h->index[j] >= 0) j = (j + 1) & (icap - 1);
    h->index[j] = (int32_t)i;
  }
}

/* Entry index of `key`, or -1. */
static long hash_find_ent(const VHash *h, Value key, uint32_t hv) {
  if (!h->index_cap) return -1;
  size_t mask = h->index_cap - 1;
  for (size_t j = hv & mask;; j = (j + 1) & mask) {
    int32_t e = h->index[j];
    if (e < 0) return -1;
    if (h->ents[e].hash == hv && key_eq(h->ents[e].key, key)) return e;
  }
}

static void hash_add(VHash *h, Value key, Value val, uint32_t hv) {
  if (h->len == h->cap) {
    h->cap = h->cap ? h->cap * 2 : 4;
    h->ents = xrealloc(h->ents, h->cap * sizeof(VHashEnt));
  }
  VHashEnt *e = &h->ents[h->len++];
  e->key = key;
  e->val = val;
  e->hash = hv;
  if (h->len * 2 > h->index_cap) {
    index_rebuild(h, h->index_cap ? h->index_cap * 2 : 8);
    return;
  }
  size_t mask = h->index_cap - 1, j = hv & mask;
  while (h->index[j] >= 0) j = (j + 1) & mask;
  h->index[j] = (int32_t)(h->len - 1);
}

static Value *vhash_get(VHash *h, Value key) {
  long e = hash_find_ent(h, key, key_hash(key));
  return e < 0 ? NULL : &h->ents[e].val;
}

static void vhash_set(VHash *h, Value key, Value val) {
  uint32_t hv = key_hash(key);
  long e = hash_find_ent(h, key, hv);
  if (e >= 0) {
    Value old = h->ents[e].val;
    h->ents[e].val = val;
    val_unref(old);
    val_unref(key);
    return;
  }
  hash_add(h, key, val, hv);
}

static void vhash_free(VHash *h) {
  for (size_t i = 0; i < h->len; i++) {
    val_unref(h->ents[i].key);
    val_unref(h->ents[i].val);
  }
  free(h->ents);
  free(h->index);
  free(h);
}

/* The property bag behind a hashtable or an object. */
static VHash *bag_of(Value v) {
  if (v.kind == V_HASH) return v.u.h;
  if (v.kind == V_OBJ) return v.u.o->props;
  return NULL;
}

Value *val_hash_get(Value h, Value key) {
  VHash *b = bag_of(h);
  return b ? vhash_get(b, key) : NULL;
}

/* Look up a C-string key without building a Value for it. */
static Value *get_cstr(VHash *b, const char *key) {
  size_t len = strlen(key);
  uint32_t hv = val_hash_ci(key, len);
  if (!b->index_cap) return NULL;
  size_t mask = b->index_cap - 1;
  for (size_t j = hv & mask;; j = (j + 1) & mask) {
    int32_t e = b->index[j];
    if (e < 0) return NULL;
    Value k = b->ents[e].key;
    if (b->ents[e].hash == hv && k.kind == V_STR &&
        val_streq_ci(k.u.s->data, k.u.s->len, key, len))
      return &b->ents[e].val;
  }
}

Value *val_hash_getc(Value h, const char *key) {
  VHash *b = bag_of(h);
  return b ? get_cstr(b, key) : NULL;
}

void val_hash_set(Value h, Value key, Value val) {
  VHash *b = bag_of(h);
  if (!b) {
    val_unref(key);
    val_unref(val);
    return;
  }
  vhash_set(b, key, val);
}

void val_hash_setc(Value h, const char *key, Value val) {
  VHash *b = bag_of(h);
  if (!b) {
    val_unref(val);
    return;
  }
  Value *slot = get_cstr(b, key);
  if (slot) {
    Value old = *slot;
    *slot = val;
    val_unref(old);
    return;
  }
  Value k = val_cstr(key);
  hash_add(b, k, val, key_hash(k));
}

bool val_hash_remove(Value h, Value key) {
  VHash *b = bag_of(h);
  if (!b) return false;
  long e = hash_find_ent(b, key, key_hash(key));
  if (e < 0) return false;
  Value k = b->ents[e].key, v = b->ents[e].val;
  memmove(b->ents + e, b->ents + e + 1, (b->len - (size_t)e - 1) * sizeof(VHashEnt));
  b->len--;
  index_rebuild(b, b->index_cap);
  val_unref(k);
  val_unref(v);
  return true;
}

size_t val_hash_len(Value h) {
  VHash *b = bag_of(h);
  return b ? b->len : 0;
}

static VHash *vhash_copy(const VHash *src) {
  VHash *h = vhash_alloc(src->flags & VHASH_ORDERED);
  h->flags = src->flags;
  if (!src->len) return h;
  h->cap = src->len;
  h->ents = xmalloc(h->cap * sizeof(VHashEnt));
  for (size_t i = 0; i < src->len; i++) {
    h->ents[i].key = val_ref(src->ents[i].key);
    h->ents[i].val = val_ref(src->ents[i].val);
    h->ents[i].hash = src->ents[i].hash;
  }
  h->len = src->len;
  /* the same entries in the same order: the same index */
  h->index_cap = src->index_cap;
  h->index = xmalloc(h->index_cap * sizeof(int32_t));
  memcpy(h->index, src->index, h->index_cap * sizeof(int32_t));
  return h;
}

Value val_hash_copy(Value h) {
  VHash *b = bag_of(h);
  Value v;
  v.kind = V_HASH;
  v.u.h = b ? vhash_copy(b) : vhash_alloc(false);
  if (h.kind == V_OBJ) v.u.h->flags |= VHASH_ORDERED;
  return v;
}

/* ------------------------------------------------------------------ */
/* objects, blocks, handles                                            */

Value val_obj_new(ObjClass cls, const char *type_name) {
  VObj *o = xmalloc(sizeof *o);
  o->refs = 1;
  o->cls = cls;
  o->type_name = vstr_new(type_name ? type_name : "System.Object",
                          strlen(type_name ? type_name : "System.Object"));
  o->props = vhash_alloc(true);
  o->type = NULL;
  o->text = NULL;
  o->tag = 0;
  Value v;
  v.kind = V_OBJ;
  v.u.o = o;
  return v;
}

Value val_obj_from(Value proto) {
  const VObj *p = proto.u.o;
  VObj *o = xmalloc(sizeof *o);
  *o = (VObj){.refs = 1, .cls = p->cls, .type_name = p->type_name, .type = p->type};
  o->type_name->refs++;
  o->props = vhash_copy(p->props);
  return (Value){.kind = V_OBJ, .u.o = o};
}

Value val_pscustom_new(void) {
  return val_obj_new(OBJ_PSCUSTOM, "System.Management.Automation.PSCustomObject");
}

Value *val_obj_prop(Value o, const char *name) {
  if (o.kind != V_OBJ) return NULL;
  return get_cstr(o.u.o->props, name);
}

void val_obj_set(Value o, const char *name, Value v) {
  if (o.kind != V_OBJ) {
    val_unref(v);
    return;
  }
  val_hash_setc(o, name, v);
}

Value val_block_new(struct Script *script, const struct Node *node) {
  VBlock *b = xmalloc(sizeof *b);
  b->refs = 1;
  b->script = script;
  b->node = node;
  b->scope = NULL;
  if (script) script_retain(script);
  Value v;
  v.kind = V_BLOCK;
  v.u.sb = b;
  return v;
}

Value val_handle_new(const VHandleType *type, void *data) {
  VHandle *h = xmalloc(sizeof *h);
  h->refs = 1;
  h->type = type;
  h->data = data;
  Value v;
  v.kind = V_HANDLE;
  v.u.hd = h;
  return v;
}

bool val_is_collection(Value v) { return v.kind == V_ARR; }

/* ------------------------------------------------------------------ */
/* reference counting                                                  */

static void free_arr(VArr *a) {
  for (size_t i = 0; i < a->len; i++) val_unref(a->items[i]);
  free(a->items);
  free(a);
}

void val_obj_set_text(Value o, Value s) {
  if (o.kind != V_OBJ || s.kind != V_STR) { val_unref(s); return; }
  if (o.u.o->text) val_unref((Value){.kind = V_STR, .u.s = o.u.o->text});
  o.u.o->text = s.u.s; /* the reference moves into the object */
}

static void free_obj(VObj *o) {
  if (o->text) val_unref((Value){.kind = V_STR, .u.s = o->text});
  if (--o->type_name->refs == 0) free(o->type_name); /* shared by val_obj_from */
  vhash_free(o->props);
  free(o);
}

static void free_handle(VHandle *h) {
  if (h->type && h->type->free_fn) h->type->free_fn(h->data);
  free(h);
}

static void free_block(VBlock *b) {
  script_release(b->script);
  free(b);
}

static void free_now(Value v) {
  switch (v.kind) {
  case V_STR: free(v.u.s); break;
  case V_ARR: free_arr(v.u.a); break;
  case V_HASH: vhash_free(v.u.h); break;
  case V_OBJ: free_obj(v.u.o); break;
  case V_BLOCK: free_block(v.u.sb); break;
  case V_HANDLE: free_handle(v.u.hd); break;
  default: break;
  }
}

/* Containers are freed from a work list, not by recursion: a 1,000,000-deep
 * nest of arrays (`$a = ,$a` in a loop) is released without running the C
 * stack out. The list's buffer is kept for the next time. */
static struct {
  Value *v;
  size_t n, cap;
  bool active;
} fq;

void val_free_(Value v) {
  if (v.kind != V_ARR && v.kind != V_HASH && v.kind != V_OBJ) { free_now(v); return; }
  if (fq.active) {
    if (fq.n == fq.cap) {
      size_t cap = fq.cap ? fq.cap * 2 : 64;
      Value *nv = realloc(fq.v, cap * sizeof *nv); /* checked: a fallback */
      if (!nv) { free_now(v); return; } /* no memory: recurse as before */
      fq.v = nv, fq.cap = cap;
    }
    fq.v[fq.n++] = v;
    return;
  }
  fq.active = true;
  free_now(v);
  while (fq.n) free_now(fq.v[--fq.n]);
  fq.active = false;
}
