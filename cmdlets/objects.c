/* objects.c - the general-purpose object cmdlets: Select-Object,
 * Sort-Object, Group-Object, Measure-Object, New-Object, Add-Member and
 * Get-Member (powershell.md §7). Each keeps its state between begin,
 * process and end in a struct; cleanup frees it however the command ends. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "../runtime/convert.h"
#include "../parser/xalloc.h"
#include "../runtime/member.h"
#include "../runtime/regex.h"
#include "../runtime/strbuf.h"
#include "../runtime/types.h"
#include "cmdlets.h"
#include "objutil.h"

/* A hashtable entry whose key abbreviates `word` ("n", "Na" for Name). */
static Value *calc_key(Value h, const char *word) {
  for (size_t i = 0; i < h.u.h->len; i++) {
    Value k = h.u.h->ents[i].key;
    if (k.kind == V_STR && val_slen(k) > 0 && val_slen(k) <= strlen(word) &&
        val_streq_ci(val_sdata(k), val_slen(k), word, val_slen(k)))
      return &h.u.h->ents[i].val;
  }
  return NULL;
}

/* ==================================================================== */
/* Select-Object                                                         */

typedef struct SelProp {
  char *name; /* output name (calculated), or the name/wildcard to select */
  Value expr; /* script block or property name (calculated only) */
  bool calc;
} SelProp;

typedef struct SelState {
  SelProp *props;
  int nprops;
  char **excl;
  int nexcl;
  char *expand;
  bool unique;
  Value seen;   /* what -Unique has emitted */
  Value buffer; /* inputs held for -Last / -SkipLast */
  int64_t first, last, skip, skiplast; /* -1: not given */
  Value index;  /* -Index values, or V_NULL */
  int64_t pos;  /* inputs seen so far */
} SelState;

static int64_t int_arg(CmdCtx *c, const char *name) {
  Value *v = cmd_arg(c, name);
  int64_t n = -1;
  RtError e = {0};
  if (v && !conv_to_long(*v, &n, &e)) n = -1;
  rt_error_clear(&e);
  return n;
}

static void sel_add_prop(SelState *s, Value p) {
  SelProp *sp = &s->props[s->nprops++];
  sp->expr = val_null();
  if (p.kind == V_HASH) {
    Value *n = calc_key(p, "Name"), *l = calc_key(p, "Label"), *e = calc_key(p, "Expression");
    sp->calc = true;
    sp->expr = e ? val_ref(*e) : val_null();
    Value *nm = n ? n : l;
    sp->name = conv_to_cstr(nm ? *nm : e ? *e : val_null(), NULL);
  } else if (p.kind == V_BLOCK) {
    sp->calc = true;
    sp->expr = val_ref(p);
    sp->name = conv_to_cstr(p, NULL);
  } else {
    sp->name = conv_to_cstr(p, NULL);
  }
}

static Status sel_begin(CmdCtx *c) {
  SelState *s = xcalloc(1, sizeof *s);
  c->state = s;
  s->seen = val_arr_new(0);
  s->buffer = val_arr_new(0);
  s->index = val_null();
  Value *p = cmd_arg(c, "Property"), *x = cmd_arg(c, "ExpandProperty"), *ix = cmd_arg(c, "Index");
  if (p) {
    size_t n = p->kind == V_ARR ? val_arr_len(*p) : 1;
    s->props = xcalloc(n + 1, sizeof *s->props);
    for (size_t i = 0; i < n; i++) sel_add_prop(s, p->kind == V_ARR ? val_arr_at(*p, i) : *p);
  }
  s->excl = obj_strs(cmd_arg(c, "ExcludeProperty"), &s->nexcl);
  if (x) s->expand = conv_to_cstr(*x, NULL);
  if (ix) s->index = val_ref(*ix);
  s->unique = cmd_switch(c, "Unique");
  s->first = int_arg(c, "First"), s->last = int_arg(c, "Last");
  s->skip = int_arg(c, "Skip"), s->skiplast = int_arg(c, "SkipLast");
  return ST_OK;
}

static void sel_cleanup(CmdCtx *c) {
  SelState *s = c->state;
  if (!s) return;
  for (int i = 0; i < s->nprops; i++) free(s->props[i].name), val_unref(s->props[i].expr);
  free(s->props);
  obj_strs_free(s->excl, s->nexcl);
  free(s->expand);
  val_unref(s->seen), val_unref(s->buffer), val_unref(s->index);
  free(s);
  c->state = NULL;
}

/* Two emitted objects are the same for -Unique: equal values, or objects
 * with the same properties holding equal values (case-sensitive). */
static bool same_object(Value a, Value b) {
  if (a.kind != V_OBJ || b.kind != V_OBJ) {
    if ((a.kind == V_OBJ) != (b.kind == V_OBJ)) return false;
    return obj_compare(a, b, true) == 0;
  }
  VHash *ha = a.u.o->props, *hb = b.u.o->props;
  if (ha->len != hb->len) return false;
  for (size_t i = 0; i < ha->len; i++) {
    Value *other = val_hash_get(b, ha->ents[i].key);
    if (!other || obj_compare(ha->ents[i].val, *other, true) != 0) return false;
  }
  return true;
}

static Status sel_emit(CmdCtx *c, SelState *s, Value v) {
  if (s->unique) {
    for (size_t i = 0; i < val_arr_len(s->seen); i++)
      if (same_object(val_arr_at(s->seen, i), v)) return ST_OK;
    val_arr_push(s->seen, val_ref(v));
  }
  return cmd_emit(c, v);
}

static Status sel_dup(CmdCtx *c, const char *name) {
  return obj_fail(c, "System.Management.Automation.PSArgumentException",
                  "AlreadyExistingUserSpecifiedPropertyNoExpand,"
                  "Microsoft.PowerShell.Commands.SelectObjectCommand",
                  "InvalidOperation", val_null(),
                  "The property cannot be processed because the property \"%s\" already exists.",
                  name);
}

/* Add name=value to the new object unless it is excluded or there. */
static Status sel_put(CmdCtx *c, SelState *s, Value o, const char *name, Value v, bool quiet) {
  if (obj_match_any(s->excl, s->nexcl, name)) {
    val_unref(v);
    return ST_OK;
  }
  if (val_obj_prop(o, name)) {
    val_unref(v);
    return quiet ? ST_OK : sel_dup(c, name);
  }
  val_obj_set(o, name, v);
  return ST_OK;
}

static Status sel_one_prop(CmdCtx *c, SelState *s, const SelProp *p, Value in, Value o) {
  if (p->calc) {
    Value v;
    Status st = obj_eval(c, in, p->expr, &v);
    return st != ST_OK ? st : sel_put(c, s, o, p->name, v, false);
  }
  if (!wc_has_wildcard(p->name, strlen(p->name)))
    return sel_put(c, s, o, p->name, obj_prop(in, p->name), false);
  Value names = obj_prop_names(in);
  Status st = ST_OK;
  for (size_t i = 0; i < val_arr_len(names) && st == ST_OK; i++) {
    const char *n = val_sdata(val_arr_at(names, i));
    if (wc_match(p->name, strlen(p->name), n, strlen(n), false))
      st = sel_put(c, s, o, n, obj_prop(in, n), true);
  }
  val_unref(names);
  return st;
}

/* The new PSCustomObject holding the selected properties (owned). */
static Status sel_project(CmdCtx *c, SelState *s, Value in, Value *out) {
  Value o = val_pscustom_new();
  Status st = ST_OK;
  for (int i = 0; i < s->nprops && st == ST_OK; i++) st = sel_one_prop(c, s, &s->props[i], in, o);
  if (st != ST_OK) {
    val_unref(o);
    return st;
  }
  *out = o;
  return ST_OK;
}

typedef struct ExpandCtx {
  SelState *s;
  Value notes; /* PSCustomObject of properties to add, or V_NULL */
} ExpandCtx;

/* One element of an expanded property: with -Property, it gains the
 * selected properties as note properties. */
static Status sel_expand_item(CmdCtx *c, void *ctx, Value item) {
  ExpandCtx *x = ctx;
  if (x->notes.kind == V_OBJ && item.kind == V_OBJ) {
    VHash *h = x->notes.u.o->props;
    for (size_t i = 0; i < h->len; i++) {
      char *n = conv_to_cstr(h->ents[i].key, NULL);
      Status st = val_obj_prop(item, n) ? sel_dup(c, n) : ST_OK;
      if (!val_obj_prop(item, n)) val_obj_set(item, n, val_ref(h->ents[i].val));
      free(n);
      if (st != ST_OK) return st;
    }
  }
  return sel_emit(c, x->s, item);
}

static Status sel_expand(CmdCtx *c, SelState *s, Value in) {
  RtError e = {0};
  Value v;
  if (mem_get(in, s->expand, strlen(s->expand), &v, &e) != MEM_OK) {
    rt_error_clear(&e);
    return obj_fail(c, "System.Management.Automation.PSArgumentException",
                    "ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand",
                    "InvalidArgument", val_ref(in), "Property \"%s\" cannot be found.", s->expand);
  }
  ExpandCtx x = {s, val_null()};
  Status st = s->nprops ? sel_project(c, s, in, &x.notes) : ST_OK;
  if (st == ST_OK) st = obj_each(c, v, sel_expand_item, &x);
  val_unref(x.notes);
  val_unref(v);
  return st;
}

static Status sel_object(CmdCtx *c, SelState *s, Value in) {
  if (in.kind == V_NULL) return ST_OK;
  if (s->expand) return sel_expand(c, s, in);
  if (!s->nprops) return sel_emit(c, s, in);
  Value o;
  Status st = sel_project(c, s, in, &o);
  if (st != ST_OK) return st;
  st = sel_emit(c, s, o);
  val_unref(o);
  return st;
}

static bool sel_in_index(SelState *s, int64_t pos) {
  size_t n = s->index.kind == V_ARR ? val_arr_len(s->index) : 1;
  for (size_t i = 0; i < n; i++) {
    Value v = s->index.kind == V_ARR ? val_arr_at(s->index, i) : s->index;
    int64_t k;
    RtError e = {0};
    bool ok = conv_to_long(v, &k, &e);
    rt_error_clear(&e);
    if (ok && k == pos) return true;
  }
  return false;
}

static Status sel_process(CmdCtx *c, Value in, bool has_input) {
  SelState *s = c->state;
  if (!obj_input(c, in, has_input, &in)) return ST_OK;
  int64_t pos = s->pos++;
  if (s->index.kind != V_NULL) return sel_in_index(s, pos) ? sel_object(c, s, in) : ST_OK;
  if (s->last >= 0 || s->skiplast >= 0) {
    val_arr_push(s->buffer, val_ref(in));
    if (s->first < 0) return ST_OK;
  }
  bool skip_here = s->skip > 0 && s->last < 0;
  if (skip_here && pos < s->skip) return ST_OK;
  int64_t n = skip_here ? pos - s->skip : pos;
  if (s->first >= 0 && n >= s->first) return ST_OK;
  if (s->last >= 0 && s->first < 0) return ST_OK;
  return sel_object(c, s, in);
}

static Status sel_end(CmdCtx *c) {
  SelState *s = c->state;
  if (s->last < 0 && s->skiplast < 0) return ST_OK;
  int64_t n = (int64_t)val_arr_len(s->buffer), from = 0, to = n;
  if (s->skiplast >= 0) to = n - s->skiplast;
  if (s->last >= 0) {
    if (s->skip > 0) to = n - s->skip;
    from = to - s->last;
  }
  if (from < 0) from = 0;
  Status st = ST_OK;
  for (int64_t i = from; i < to && st == ST_OK; i++)
    st = sel_object(c, s, val_arr_at(s->buffer, (size_t)i));
  return st;
}

static const ParamDef sel_params[] = {
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The objects to select from."},
    {"Property", NULL, T_OBJECT, true, 0, 0, NULL,
     "Properties to select: names, wildcards or calculated @{Name=...; Expression=...}."},
    {"ExcludeProperty", NULL, T_STRING, true, -1, 0, NULL, "Properties to leave out."},
    {"ExpandProperty", NULL, T_STRING, false, -1, 0, NULL,
     "A property whose value (each element of it) is output instead."},
    {"Unique", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Output only the first of identical objects (case-sensitive)."},
    {"Last", NULL, T_INT, false, -1, 0, NULL, "How many objects to take from the end.",
     "DefaultParameter"},
    {"First", NULL, T_INT, false, -1, 0, NULL, "How many objects to take from the start.",
     "DefaultParameter"},
    {"Skip", NULL, T_INT, false, -1, 0, NULL, "How many objects to skip.", "DefaultParameter"},
    {"SkipLast", NULL, T_INT, false, -1, 0, NULL, "How many objects to skip at the end.",
     "SkipLastParameter"},
    {"Wait", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted; ucsh never waits.",
     "DefaultParameter;IndexParameter"},
    {"Index", NULL, T_INT, true, -1, 0, NULL, "Positions (from 0) of the objects to take.",
     "IndexParameter"},
};

/* ==================================================================== */
/* Sort-Object                                                           */

typedef struct SortKey {
  Value expr; /* name, script block, or V_NULL: the object itself */
  int dir;    /* 1 ascending, -1 descending */
} SortKey;

typedef struct SortState {
  Value items;
  SortKey *keys;
  int nkeys;
  bool cs;
} SortState;

static void sort_add_key(SortState *s, Value p, bool desc) {
  SortKey *k = &s->keys[s->nkeys++];
  k->dir = desc ? -1 : 1;
  k->expr = val_null();
  if (p.kind != V_HASH) {
    k->expr = val_ref(p);
    return;
  }
  Value *e = calc_key(p, "Expression"), *d = calc_key(p, "Descending");
  Value *a = calc_key(p, "Ascending");
  if (e) k->expr = val_ref(*e);
  if (d) k->dir = conv_to_bool(*d) ? -1 : 1;
  else if (a) k->dir = conv_to_bool(*a) ? 1 : -1;
}

static Status sort_begin(CmdCtx *c) {
  SortState *s = xcalloc(1, sizeof *s);
  c->state = s;
  s->items = val_arr_new(0);
  s->cs = cmd_switch(c, "CaseSensitive");
  bool desc = cmd_switch(c, "Descending");
  Value *p = cmd_arg(c, "Property");
  size_t n = p ? (p->kind == V_ARR ? val_arr_len(*p) : 1) : 0;
  s->keys = xcalloc(n + 1, sizeof *s->keys);
  for (size_t i = 0; i < n; i++) sort_add_key(s, p->kind == V_ARR ? val_arr_at(*p, i) : *p, desc);
  if (!n) s->keys[s->nkeys++] = (SortKey){val_null(), desc ? -1 : 1};
  return ST_OK;
}

static void sort_cleanup(CmdCtx *c) {
  SortState *s = c->state;
  if (!s) return;
  for (int i = 0; i < s->nkeys; i++) val_unref(s->keys[i].expr);
  free(s->keys);
  val_unref(s->items);
  free(s);
  c->state = NULL;
}

static Status sort_process(CmdCtx *c, Value in, bool has_input) {
  SortState *s = c->state;
  if (obj_input(c, in, has_input, &in)) val_arr_push(s->items, val_ref(in));
  return ST_OK;
}

typedef struct SortRun {
  SortState *s;
  Value *kv; /* [n * nkeys] key values */
} SortRun;

static int sort_cmp(const SortRun *r, size_t a, size_t b) {
  int nk = r->s->nkeys;
  for (int k = 0; k < nk; k++) {
    int c = obj_compare(r->kv[a * nk + k], r->kv[b * nk + k], r->s->cs);
    if (c) return c * r->s->keys[k].dir;
  }
  return 0;
}

/* A stable merge sort of the index array. */
static void merge_sort(const SortRun *r, size_t *ix, size_t *tmp, size_t n) {
  if (n < 2) return;
  size_t h = n / 2, i = 0, j = h, o = 0;
  merge_sort(r, ix, tmp, h);
  merge_sort(r, ix + h, tmp, n - h);
  while (i < h && j < n) tmp[o++] = sort_cmp(r, ix[j], ix[i]) < 0 ? ix[j++] : ix[i++];
  while (i < h) tmp[o++] = ix[i++];
  while (j < n) tmp[o++] = ix[j++];
  memcpy(ix, tmp, n * sizeof *ix);
}

static Status sort_keys(CmdCtx *c, SortState *s, Value *kv, size_t n) {
  for (size_t i = 0; i < n; i++)
    for (int k = 0; k < s->nkeys; k++) {
      Status st = obj_eval(c, val_arr_at(s->items, i), s->keys[k].expr, &kv[i * s->nkeys + k]);
      if (st != ST_OK) return st;
    }
  return ST_OK;
}

static Status sort_end(CmdCtx *c) {
  SortState *s = c->state;
  size_t n = val_arr_len(s->items), nkv = n * (size_t)s->nkeys;
  Value *kv = xcalloc(nkv + 1, sizeof *kv);
  size_t *ix = xcalloc(n + 1, sizeof *ix), *tmp = xcalloc(n + 1, sizeof *tmp);
  Status st = sort_keys(c, s, kv, n);
  SortRun r = {s, kv};
  for (size_t i = 0; i < n; i++) ix[i] = i;
  if (st == ST_OK) merge_sort(&r, ix, tmp, n);
  bool unique = cmd_switch(c, "Unique");
  for (size_t i = 0; i < n && st == ST_OK; i++) {
    if (unique && i > 0 && sort_cmp(&r, ix[i - 1], ix[i]) == 0) continue;
    st = cmd_emit(c, val_arr_at(s->items, ix[i]));
  }
  for (size_t i = 0; i < nkv; i++) val_unref(kv[i]);
  free(kv), free(ix), free(tmp);
  return st;
}

static const ParamDef sort_params[] = {
    {"Property", NULL, T_OBJECT, true, 0, 0, NULL,
     "What to sort by: names, script blocks, or @{Expression=...; Descending=$true}."},
    {"Descending", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Sort from largest to smallest."},
    {"Unique", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Drop objects equal to the previous."},
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The objects to sort."},
    {"Culture", NULL, T_STRING, false, -1, 0, NULL, "Accepted; ucsh sorts as en-US does."},
    {"CaseSensitive", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Compare strings case-sensitively (lower case first)."},
};

/* ==================================================================== */
/* Group-Object                                                          */

typedef struct GroupState {
  Value exprs;  /* array of property expressions, or V_NULL: the objects */
  Value groups; /* array of [keys, name, items] triples as Object[] */
  Value index;  /* name -> array of group numbers (names compare without case) */
  bool cs;
} GroupState;

static Status grp_begin(CmdCtx *c) {
  GroupState *s = xcalloc(1, sizeof *s);
  c->state = s;
  Value *p = cmd_arg(c, "Property");
  s->exprs = p ? (p->kind == V_ARR ? val_arr_copy(*p) : val_arr_new(1)) : val_null();
  if (p && p->kind != V_ARR) val_arr_push(s->exprs, val_ref(*p));
  s->groups = val_arr_new(0);
  s->index = val_hash_new(false);
  s->cs = cmd_switch(c, "CaseSensitive");
  return ST_OK;
}

static void grp_cleanup(CmdCtx *c) {
  GroupState *s = c->state;
  if (!s) return;
  val_unref(s->exprs), val_unref(s->groups), val_unref(s->index);
  free(s);
  c->state = NULL;
}

/* The key values of one object (owned array). */
static Status grp_keys(CmdCtx *c, GroupState *s, Value in, Value *keys) {
  *keys = val_arr_new(1);
  if (s->exprs.kind != V_ARR) {
    val_arr_push(*keys, val_ref(in));
    return ST_OK;
  }
  for (size_t i = 0; i < val_arr_len(s->exprs); i++) {
    Value v, e = val_arr_at(s->exprs, i);
    if (e.kind == V_HASH) {
      Value *x = calc_key(e, "Expression");
      e = x ? *x : val_null();
    }
    Status st = obj_eval(c, in, e, &v);
    if (st != ST_OK) return st;
    val_arr_push(*keys, v);
  }
  return ST_OK;
}

static Value grp_name(Value keys) {
  StrBuf b = SB_INIT;
  for (size_t i = 0; i < val_arr_len(keys); i++) {
    if (i) sb_puts(&b, ", ");
    conv_append_str(&b, val_arr_at(keys, i), NULL);
  }
  size_t n;
  char *t = sb_take(&b, &n);
  return val_str_take(t, n);
}

static bool grp_same(GroupState *s, Value a, Value b) {
  for (size_t i = 0; i < val_arr_len(a); i++)
    if (obj_compare(val_arr_at(a, i), val_arr_at(b, i), s->cs) != 0) return false;
  return true;
}

/* The group an object with these keys belongs to (new at the end if none). */
static Value grp_find(GroupState *s, Value keys, Value name) {
  Value *cands = val_hash_get(s->index, name);
  for (size_t i = 0; cands && i < val_arr_len(*cands); i++) {
    Value g = val_arr_at(s->groups, (size_t)val_arr_at(*cands, i).u.i);
    if (grp_same(s, val_arr_at(g, 0), keys)) return g;
  }
  if (!cands) {
    val_hash_set(s->index, val_ref(name), val_arr_new(1));
    cands = val_hash_get(s->index, name);
  }
  val_arr_push(*cands, val_int((int32_t)val_arr_len(s->groups)));
  Value g = val_arr_new(3);
  val_arr_push(g, val_ref(keys));
  val_arr_push(g, val_ref(name));
  val_arr_push(g, val_arr_new(0));
  val_arr_push(s->groups, g);
  return g;
}

static Status grp_process(CmdCtx *c, Value in, bool has_input) {
  GroupState *s = c->state;
  if (!obj_input(c, in, has_input, &in)) return ST_OK;
  Value keys;
  Status st = grp_keys(c, s, in, &keys);
  if (st == ST_OK) {
    Value name = grp_name(keys);
    Value g = grp_find(s, keys, name);
    val_arr_push(val_arr_at(g, 2), val_ref(in));
    val_unref(name);
  }
  val_unref(keys);
  return st;
}

static Value grp_info(Value g, bool no_element) {
  Value keys = val_arr_at(g, 0), items = val_arr_at(g, 2);
  Value o = val_obj_new(OBJ_GENERIC, no_element ? "Microsoft.PowerShell.Commands.GroupInfoNoElement"
                                                : "Microsoft.PowerShell.Commands.GroupInfo");
  val_obj_set(o, "Count", val_int((int32_t)val_arr_len(items)));
  val_obj_set(o, "Name", val_ref(val_arr_at(g, 1)));
  if (!no_element) val_obj_set(o, "Group", val_ref(items));
  Value values = val_list_new();
  for (size_t i = 0; i < val_arr_len(keys); i++) val_arr_push(values, val_ref(val_arr_at(keys, i)));
  val_obj_set(o, "Values", values);
  return o;
}

static Value grp_table(GroupState *s, bool as_string) {
  Value h = val_hash_new(false);
  for (size_t i = 0; i < val_arr_len(s->groups); i++) {
    Value g = val_arr_at(s->groups, i), keys = val_arr_at(g, 0);
    Value key = as_string ? val_ref(val_arr_at(g, 1))
                : val_arr_len(keys) == 1 ? val_ref(val_arr_at(keys, 0)) : val_ref(keys);
    val_hash_set(h, key, val_ref(val_arr_at(g, 2)));
  }
  return h;
}

static Status grp_end(CmdCtx *c) {
  GroupState *s = c->state;
  if (cmd_switch(c, "AsHashTable")) {
    if (!val_arr_len(s->groups)) return ST_OK;
    Value h = grp_table(s, cmd_switch(c, "AsString"));
    Status st = cmd_emit(c, h);
    val_unref(h);
    return st;
  }
  bool ne = cmd_switch(c, "NoElement");
  Status st = ST_OK;
  for (size_t i = 0; i < val_arr_len(s->groups) && st == ST_OK; i++) {
    Value o = grp_info(val_arr_at(s->groups, i), ne);
    st = cmd_emit(c, o);
    val_unref(o);
  }
  return st;
}

static const ParamDef grp_params[] = {
    {"Property", NULL, T_OBJECT, true, 0, 0, NULL, "What to group by: names or script blocks."},
    {"NoElement", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Leave the Group property out."},
    {"AsHashTable", "AHT", T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Return one hashtable: key -> the group's objects."},
    {"AsString", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "With -AsHashTable: the keys are strings."},
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The objects to group."},
    {"Culture", NULL, T_STRING, false, -1, 0, NULL, "Accepted; ignored."},
    {"CaseSensitive", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Group case-sensitively."},
};

/* ==================================================================== */
/* Measure-Object                                                        */

typedef struct MeasStat {
  char *prop; /* NULL: the objects themselves */
  int32_t count;
  double sum, min, max;
  bool any_num;
  int64_t lines, words, chars;
} MeasStat;

typedef struct MeasState {
  MeasStat *st;
  int n;
  bool numeric, text, ignore_ws;
} MeasState;

static const char *const meas_num_switches[] = {"Sum", "Average", "Maximum", "Minimum"};
static const char *const meas_text_switches[] = {"Line", "Word", "Character"};

static bool any_switch(CmdCtx *c, const char *const *names, int n) {
  for (int i = 0; i < n; i++)
    if (cmd_switch(c, names[i])) return true;
  return false;
}

static Status meas_begin(CmdCtx *c) {
  MeasState *s = xcalloc(1, sizeof *s);
  c->state = s;
  int np;
  char **props = obj_strs(cmd_arg(c, "Property"), &np);
  s->n = np ? np : 1;
  s->st = xcalloc((size_t)s->n, sizeof *s->st);
  for (int i = 0; i < np; i++) s->st[i].prop = props[i];
  free(props); /* the strings now belong to the stats */
  s->numeric = any_switch(c, meas_num_switches, 4);
  s->text = any_switch(c, meas_text_switches, 3);
  s->ignore_ws = cmd_switch(c, "IgnoreWhiteSpace");
  return ST_OK;
}

static void meas_cleanup(CmdCtx *c) {
  MeasState *s = c->state;
  if (!s) return;
  for (int i = 0; i < s->n; i++) free(s->st[i].prop);
  free(s->st);
  free(s);
  c->state = NULL;
}

static bool is_space(unsigned char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }

/* Lines, words and characters of one string, as TextMeasureInfo counts. */
static void meas_text(MeasState *s, MeasStat *m, Value v) {
  Value str = conv_to_str(v, NULL);
  const unsigned char *p = (const unsigned char *)val_sdata(str);
  size_t n = val_slen(str);
  bool in_ws = true;
  for (size_t i = 0; i < n; i++) {
    if ((p[i] & 0xC0) != 0x80 && !(s->ignore_ws && is_space(p[i]))) m->chars++;
    if (p[i] == '\n') m->lines++;
    if (is_space(p[i])) in_ws = true;
    else if (in_ws) m->words++, in_ws = false;
  }
  if (n > 0 && p[n - 1] != '\n') m->lines++;
  val_unref(str);
}

static Status meas_number(CmdCtx *c, MeasStat *m, Value v) {
  double d;
  RtError e = {0};
  bool ok = v.kind != V_OBJ && v.kind != V_HASH && v.kind != V_ARR && conv_to_double(v, &d, &e);
  rt_error_clear(&e);
  if (!ok) {
    char *t = conv_to_cstr(v, NULL);
    Status st = obj_fail(c, "System.Management.Automation.PSInvalidOperationException",
                         "NonNumericInputObject,Microsoft.PowerShell.Commands.MeasureObjectCommand",
                         "InvalidType", val_ref(v), "Input object \"%s\" is not numeric.", t);
    free(t);
    return st;
  }
  m->sum += d;
  if (!m->any_num || d < m->min) m->min = d;
  if (!m->any_num || d > m->max) m->max = d;
  m->any_num = true;
  return ST_OK;
}

static Status meas_process(CmdCtx *c, Value in, bool has_input) {
  MeasState *s = c->state;
  if (!obj_input(c, in, has_input, &in) || in.kind == V_NULL) return ST_OK;
  for (int i = 0; i < s->n; i++) {
    MeasStat *m = &s->st[i];
    if (m->prop && !obj_has_prop(in, m->prop)) continue;
    Value v = m->prop ? obj_prop(in, m->prop) : val_ref(in);
    m->count++;
    Status st = ST_OK;
    if (s->text) meas_text(s, m, v);
    else if (s->numeric && v.kind != V_NULL) st = meas_number(c, m, v);
    val_unref(v);
    if (st != ST_OK) return st;
  }
  return ST_OK;
}

static Value num_or_null(bool want, bool have, double d) {
  return want && have ? val_double(d) : val_null();
}

static Value meas_generic(CmdCtx *c, MeasStat *m) {
  Value o = val_obj_new(OBJ_GENERIC, "Microsoft.PowerShell.Commands.GenericMeasureInfo");
  bool have = m->any_num;
  val_obj_set(o, "Count", val_int(m->count));
  double avg = have ? m->sum / m->count : 0;
  val_obj_set(o, "Average", num_or_null(cmd_switch(c, "Average"), have, avg));
  val_obj_set(o, "Sum", cmd_switch(c, "Sum") ? val_double(m->sum) : val_null());
  val_obj_set(o, "Maximum", num_or_null(cmd_switch(c, "Maximum"), have, m->max));
  val_obj_set(o, "Minimum", num_or_null(cmd_switch(c, "Minimum"), have, m->min));
  val_obj_set(o, "Property", m->prop ? val_cstr(m->prop) : val_null());
  return o;
}

static Value meas_textinfo(CmdCtx *c, MeasStat *m) {
  Value o = val_obj_new(OBJ_GENERIC, "Microsoft.PowerShell.Commands.TextMeasureInfo");
  val_obj_set(o, "Lines", cmd_switch(c, "Line") ? val_int((int32_t)m->lines) : val_null());
  val_obj_set(o, "Words", cmd_switch(c, "Word") ? val_int((int32_t)m->words) : val_null());
  val_obj_set(o, "Characters",
              cmd_switch(c, "Character") ? val_int((int32_t)m->chars) : val_null());
  val_obj_set(o, "Property", m->prop ? val_cstr(m->prop) : val_null());
  return o;
}

static Status meas_end(CmdCtx *c) {
  MeasState *s = c->state;
  Status st = ST_OK;
  for (int i = 0; i < s->n && st == ST_OK; i++) {
    MeasStat *m = &s->st[i];
    if (m->prop && m->count == 0) {
      st = obj_fail(c, "System.Management.Automation.PSArgumentException",
                    "GenericMeasurePropertyNotFound,"
                    "Microsoft.PowerShell.Commands.MeasureObjectCommand",
                    "InvalidArgument", val_null(),
                    "The property \"%s\" cannot be found in the input for any objects.", m->prop);
      continue;
    }
    Value o = s->text ? meas_textinfo(c, m) : meas_generic(c, m);
    st = cmd_emit(c, o);
    val_unref(o);
  }
  return st;
}

#define MSW(n, h, set) {n, NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, h, set}
static const ParamDef meas_params[] = {
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The objects to measure."},
    {"Property", NULL, T_STRING, true, 0, 0, NULL, "Properties to measure."},
    MSW("Sum", "Add the values up.", "GenericMeasure"),
    MSW("Average", "Average the values.", "GenericMeasure"),
    MSW("Maximum", "The largest value.", "GenericMeasure"),
    MSW("Minimum", "The smallest value.", "GenericMeasure"),
    MSW("Line", "Count lines of text.", "TextMeasure"),
    MSW("Word", "Count words of text.", "TextMeasure"),
    MSW("Character", "Count characters of text.", "TextMeasure"),
    MSW("IgnoreWhiteSpace", "Do not count white space as characters.", "TextMeasure"),
};

/* ==================================================================== */
/* New-Object                                                            */

static bool is_psobject_name(const char *n) {
  static const char *const names[] = {"PSObject", "PSCustomObject",
                                      "System.Management.Automation.PSObject",
                                      "System.Management.Automation.PSCustomObject"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (obj_ci_eq(n, names[i])) return true;
  return false;
}

/* -Property on a new object: notes on a PSObject, settable members otherwise. */
static Status no_set_props(CmdCtx *c, Value o, Value props) {
  if (props.kind != V_HASH) return ST_OK;
  for (size_t i = 0; i < props.u.h->len; i++) {
    char *k = conv_to_cstr(props.u.h->ents[i].key, NULL);
    Value v = props.u.h->ents[i].val;
    RtError e = {0};
    if (o.kind == V_OBJ && o.u.o->cls == OBJ_PSCUSTOM) val_obj_set(o, k, val_ref(v));
    else if (!mem_set(o, k, strlen(k), v, &e)) {
      rt_error_clear(&e);
      Status st = obj_fail(c, "System.InvalidOperationException",
                           "InvalidOperationException,"
                           "Microsoft.PowerShell.Commands.NewObjectCommand",
                           "InvalidOperation", val_null(),
                           "The member \"%s\" was not found for the specified .NET object.", k);
      free(k);
      if (st != ST_OK) return st;
      continue;
    }
    free(k);
  }
  return ST_OK;
}

static Status no_construct(CmdCtx *c, const TypeInfo *t, Value *out) {
  Value *al = cmd_arg(c, "ArgumentList");
  const Value *args = NULL;
  int nargs = 0;
  if (al && al->kind == V_ARR) args = al->u.a->items, nargs = (int)val_arr_len(*al);
  else if (al) args = al, nargs = 1;
  RtError e = {0};
  MemResult r = mem_static_invoke(t, "new", 3, args, nargs, out, &e);
  if (r == MEM_OK) return ST_OK;
  bool missing = e.fqid && strcmp(e.fqid, "MethodNotFound") == 0;
  if (!missing) {
    Status st = cmd_error(c, &e, val_null());
    rt_error_clear(&e);
    return st;
  }
  rt_error_clear(&e);
  return obj_fail(c, "System.Management.Automation.PSArgumentException",
                  "CannotFindAppropriateCtor,Microsoft.PowerShell.Commands.NewObjectCommand",
                  "ObjectNotFound", val_null(),
                  "A constructor was not found. Cannot find an appropriate constructor for type "
                  "%s.", t->full_name);
}

static Status no_end(CmdCtx *c) {
  Value *tn = cmd_arg(c, "TypeName"), *props = cmd_arg(c, "Property");
  char *name = tn ? conv_to_cstr(*tn, NULL) : xstrdup("PSObject");
  Value o = val_null();
  Status st = ST_OK;
  const TypeInfo *t = NULL;
  if (is_psobject_name(name)) o = val_pscustom_new();
  else if (!(t = type_lookup(name, strlen(name))))
    st = obj_fail(c, "System.Management.Automation.PSArgumentException",
                  "TypeNotFound,Microsoft.PowerShell.Commands.NewObjectCommand", "InvalidType",
                  val_null(), "Cannot find type [%s]: verify that the assembly containing this "
                  "type is loaded.", name);
  else st = no_construct(c, t, &o);
  free(name);
  if (st == ST_OK && o.kind != V_NULL && props) st = no_set_props(c, o, *props);
  if (st == ST_OK && o.kind != V_NULL) st = cmd_emit(c, o);
  val_unref(o);
  return st;
}

static const ParamDef no_params[] = {
    {"TypeName", NULL, T_STRING, false, 0, 0, NULL, "The type of object to create.",
     "Net,0,M"},
    {"ComObject", NULL, T_STRING, false, -1, 0, NULL, "Not supported by ucsh.",
     "Com,0,M"},
    {"ArgumentList", "Args", T_OBJECT, true, 1, 0, NULL, "Arguments for the constructor.", "Net,1"},
    {"Property", NULL, T_HASHTABLE, false, -1, 0, NULL, "Property values to set on the object."},
    {"Strict", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted; ignored.", "Com"},
};

/* ==================================================================== */
/* Add-Member                                                            */

static Status am_exists(CmdCtx *c, const char *name, Value target) {
  return obj_fail(c, "System.InvalidOperationException",
                  "MemberAlreadyExists,Microsoft.PowerShell.Commands.AddMemberCommand",
                  "InvalidOperation", val_ref(target),
                  "Cannot add a member with the name \"%s\" because a member with that name "
                  "already exists. To overwrite the member anyway, add the Force parameter to "
                  "your command.", name);
}

/* Add one note property (v borrowed). */
static Status am_note(CmdCtx *c, Value o, Value key, Value v) {
  char *name = conv_to_cstr(key, NULL);
  Status st = ST_OK;
  if (o.kind != V_OBJ) {
    st = obj_fail(c, "System.NotSupportedException",
                  "NotSupported,Microsoft.PowerShell.Commands.AddMemberCommand", "NotImplemented",
                  val_ref(o),
                  "ucsh can add members only to objects such as PSCustomObject, not to [%s].",
                  conv_type_name(o));
  } else if (val_obj_prop(o, name) && !cmd_switch(c, "Force")) {
    st = am_exists(c, name, o);
  } else {
    val_obj_set(o, name, val_ref(v));
  }
  free(name);
  return st;
}

static Status am_members(CmdCtx *c, Value o, Value h) {
  if (h.kind != V_HASH) return ST_OK;
  Status st = ST_OK;
  for (size_t i = 0; i < h.u.h->len && st == ST_OK; i++)
    st = am_note(c, o, h.u.h->ents[i].key, h.u.h->ents[i].val);
  return st;
}

/* -MemberType NoteProperty -Name -Value, with the positional forms
 * `Add-Member Name Value` and `Add-Member @{...}` recognised when the
 * binder put them in -MemberType. */
static Status am_typed(CmdCtx *c, Value o, Value mt) {
  Value *name = cmd_arg(c, "Name"), *value = cmd_arg(c, "Value");
  if (mt.kind == V_HASH) return am_members(c, o, mt);
  char *t = conv_to_cstr(mt, NULL);
  bool note = obj_ci_eq(t, "NoteProperty");
  static const char *const others[] = {"AliasProperty", "ScriptProperty", "CodeProperty",
                                       "ScriptMethod", "CodeMethod", "PropertySet",
                                       "MemberSet", "Property", "Method"};
  bool known = note;
  for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) known |= obj_ci_eq(t, others[i]);
  Status st;
  if (!known) st = am_note(c, o, mt, name ? *name : val_null());
  else if (!note)
    st = obj_fail(c, "System.NotSupportedException",
                  "NotSupported,Microsoft.PowerShell.Commands.AddMemberCommand", "NotImplemented",
                  val_ref(o),
                  "ucsh's Add-Member supports only the NoteProperty member type, not %s.", t);
  else if (!name)
    st = obj_fail(c, "System.Management.Automation.ParameterBindingException",
                  "MissingMandatoryParameter,Microsoft.PowerShell.Commands.AddMemberCommand",
                  "InvalidArgument", val_ref(o),
                  "The Name parameter is required for a NoteProperty.");
  else st = am_note(c, o, *name, value ? *value : val_null());
  free(t);
  return st;
}

static Status am_process(CmdCtx *c, Value in, bool has_input) {
  Value o;
  if (!obj_input(c, in, has_input, &o)) return ST_OK;
  Value *members = cmd_arg(c, "NotePropertyMembers"), *np = cmd_arg(c, "NotePropertyName");
  Value *mt = cmd_arg(c, "MemberType"), *npv = cmd_arg(c, "NotePropertyValue");
  Status st = ST_OK;
  if (members) st = am_members(c, o, *members);
  else if (np) st = am_note(c, o, *np, npv ? *npv : val_null());
  else if (mt) st = am_typed(c, o, *mt);
  if (st == ST_OK && cmd_switch(c, "PassThru")) st = cmd_emit(c, o);
  return st;
}

static const ParamDef am_params[] = {
    {"InputObject", NULL, T_OBJECT, false, -1, PF_MANDATORY | PF_PIPELINE, NULL,
     "The object to add members to."},
    {"MemberType", "Type", T_OBJECT, false, 0, 0,
     "AliasProperty,CodeProperty,Property,NoteProperty,ScriptProperty,Properties,"
     "PropertySet,Method,CodeMethod,ScriptMethod,Methods,ParameterizedProperty,MemberSet,"
     "Event,Dynamic,All",
     "The kind of member (PSMemberTypes; ucsh adds NoteProperty).", "MemberSet,0,M"},
    {"Name", NULL, T_STRING, false, 1, 0, NULL, "The member's name.", "MemberSet,1,M"},
    {"Value", NULL, T_OBJECT, false, 2, PF_ALLOW_NULL, NULL, "The member's value.",
     "MemberSet,2"},
    {"SecondValue", NULL, T_OBJECT, false, 3, 0, NULL, "Accepted; unused by note properties.",
     "MemberSet,3"},
    {"NotePropertyName", NULL, T_STRING, false, -1, 0, NULL, "The note property's name.",
     "NotePropertySingleMemberSet,0,M"},
    {"NotePropertyValue", NULL, T_OBJECT, false, -1, PF_ALLOW_NULL, NULL,
     "The note property's value.", "NotePropertySingleMemberSet,1,M"},
    {"NotePropertyMembers", NULL, T_HASHTABLE, false, -1, 0, NULL,
     "A hashtable of note property names and values.", "NotePropertyMultiMemberSet,0,M"},
    {"TypeName", NULL, T_STRING, false, -1, 0, NULL, "Accepted; ucsh keeps the type name."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Overwrite an existing member."},
    {"PassThru", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Output the object."},
};

/* ==================================================================== */
/* Get-Member                                                            */

enum { K_STR = 1, K_NUM = 2, K_ARR = 4, K_HASH = 8, K_ANY = 16 };

typedef struct MemberRow {
  unsigned kinds;
  const char *type, *name, *def;
} MemberRow;

/* What ucsh's member.c supports, with .NET's definitions. */
static const MemberRow member_rows[] = {
    {K_ANY, "Method", "Equals", "bool Equals(System.Object obj)"},
    {K_ANY, "Method", "GetHashCode", "int GetHashCode()"},
    {K_ANY, "Method", "GetType", "type GetType()"},
    {K_ANY, "Method", "ToString", "string ToString()"},
    {K_STR, "Property", "Length", "int Length {get;}"},
    {K_STR, "Method", "Clone", "System.Object Clone(), System.Object ICloneable.Clone()"},
    {K_STR | K_NUM, "Method", "CompareTo", "int CompareTo(System.Object value)"},
    {K_STR, "Method", "Contains", "bool Contains(string value)"},
    {K_STR, "Method", "EndsWith",
     "bool EndsWith(string value), bool EndsWith(string value, System.StringComparison "
     "comparisonType)"},
    {K_STR, "Method", "IndexOf", "int IndexOf(string value), int IndexOf(string value, int "
     "startIndex)"},
    {K_STR, "Method", "Insert", "string Insert(int startIndex, string value)"},
    {K_STR, "Method", "LastIndexOf", "int LastIndexOf(string value)"},
    {K_STR, "Method", "Normalize", "string Normalize()"},
    {K_STR, "Method", "PadLeft", "string PadLeft(int totalWidth), string PadLeft(int "
     "totalWidth, char paddingChar)"},
    {K_STR, "Method", "PadRight", "string PadRight(int totalWidth), string PadRight(int "
     "totalWidth, char paddingChar)"},
    {K_STR, "Method", "Remove", "string Remove(int startIndex, int count), string Remove(int "
     "startIndex)"},
    {K_STR, "Method", "Replace", "string Replace(string oldValue, string newValue)"},
    {K_STR, "Method", "Split", "string[] Split(Params char[] separator)"},
    {K_STR, "Method", "StartsWith",
     "bool StartsWith(string value), bool StartsWith(string value, System.StringComparison "
     "comparisonType)"},
    {K_STR, "Method", "Substring", "string Substring(int startIndex), string Substring(int "
     "startIndex, int length)"},
    {K_STR, "Method", "ToCharArray", "char[] ToCharArray()"},
    {K_STR, "Method", "ToLower", "string ToLower()"},
    {K_STR, "Method", "ToLowerInvariant", "string ToLowerInvariant()"},
    {K_STR, "Method", "ToUpper", "string ToUpper()"},
    {K_STR, "Method", "ToUpperInvariant", "string ToUpperInvariant()"},
    {K_STR, "Method", "Trim", "string Trim(Params char[] trimChars), string Trim()"},
    {K_STR, "Method", "TrimEnd", "string TrimEnd(Params char[] trimChars)"},
    {K_STR, "Method", "TrimStart", "string TrimStart(Params char[] trimChars)"},
    {K_ARR, "Property", "Length", "int Length {get;}"},
    {K_ARR, "AliasProperty", "Count", "Count = Length"},
    {K_ARR, "Method", "Clone", "System.Object Clone()"},
    {K_ARR, "Method", "Contains", "bool IList.Contains(System.Object value)"},
    {K_ARR, "Method", "GetValue", "System.Object GetValue(int index)"},
    {K_ARR, "Method", "IndexOf", "int IList.IndexOf(System.Object value)"},
    {K_HASH, "Property", "Count", "int Count {get;}"},
    {K_HASH, "Property", "Keys", "System.Collections.ICollection Keys {get;}"},
    {K_HASH, "Property", "Values", "System.Collections.ICollection Values {get;}"},
    {K_HASH, "Method", "Add", "void Add(System.Object key, System.Object value)"},
    {K_HASH, "Method", "Clear", "void Clear()"},
    {K_HASH, "Method", "Clone", "System.Object Clone()"},
    {K_HASH, "Method", "Contains", "bool Contains(System.Object key)"},
    {K_HASH, "Method", "ContainsKey", "bool ContainsKey(System.Object key)"},
    {K_HASH, "Method", "ContainsValue", "bool ContainsValue(System.Object value)"},
    {K_HASH, "Method", "Remove", "void Remove(System.Object key)"},
};

typedef struct GmState {
  Value seen; /* type names already listed */
  int objects;
} GmState;

static unsigned gm_kind(Value v) {
  switch (v.kind) {
  case V_STR: return K_STR;
  case V_BOOL: case V_INT: case V_LONG: case V_DOUBLE: return K_NUM;
  case V_ARR: return K_ARR;
  case V_HASH: return K_HASH;
  default: return 0;
  }
}

/* How Get-Member names a value's type in a definition: C# keywords for
 * the primitives, else the name without its namespace. */
static const char *gm_type_word(Value v) {
  switch (v.kind) {
  case V_NULL: return "object";
  case V_BOOL: return "bool";
  case V_INT: return "int";
  case V_LONG: return "long";
  case V_DOUBLE: return "double";
  case V_STR: return "string";
  case V_OBJ: if (v.u.o->cls == OBJ_PSCUSTOM) return "System.Management.Automation.PSCustomObject";
    /* fall through */
  default: return type_of(v)->name;
  }
}

static Value gm_note_def(Value v, const char *name, bool note) {
  StrBuf b = SB_INIT;
  sb_printf(&b, "%s %s", gm_type_word(v), name);
  if (!note) sb_puts(&b, " {get;set;}");
  else if (v.kind == V_NULL) sb_puts(&b, "=null");
  else if (v.kind == V_ARR) sb_printf(&b, "=%s", type_of(v)->full_name);
  else sb_putc(&b, '='), conv_append_str(&b, v, NULL);
  size_t n;
  char *t = sb_take(&b, &n);
  return val_str_take(t, n);
}

static Value gm_row(const char *tn, const char *name, const char *type, Value def) {
  Value o = val_obj_new(OBJ_GENERIC, "Microsoft.PowerShell.Commands.MemberDefinition");
  val_obj_set(o, "TypeName", val_cstr(tn));
  val_obj_set(o, "Name", val_cstr(name));
  val_obj_set(o, "MemberType", val_cstr(type));
  val_obj_set(o, "Definition", def);
  return o;
}

static bool gm_wanted(CmdCtx *c, const char *name, const char *type) {
  int nn, nt;
  char **names = obj_strs(cmd_arg(c, "Name"), &nn);
  char **types = obj_strs(cmd_arg(c, "MemberType"), &nt);
  bool ok = !nn || obj_match_any(names, nn, name);
  bool tok = !nt;
  for (int i = 0; i < nt && !tok; i++) {
    size_t tl = strlen(type);
    tok = obj_ci_eq(types[i], type) || obj_ci_eq(types[i], "All") ||
          (obj_ci_eq(types[i], "Properties") && tl >= 8 &&
           obj_ci_eq(type + tl - 8, "Property")) ||
          (obj_ci_eq(types[i], "Methods") && tl >= 6 && obj_ci_eq(type + tl - 6, "Method"));
  }
  obj_strs_free(names, nn), obj_strs_free(types, nt);
  return ok && tok;
}

static int gm_order(const void *a, const void *b) {
  Value x = *(const Value *)a, y = *(const Value *)b;
  int r = obj_compare(*val_obj_prop(x, "MemberType"), *val_obj_prop(y, "MemberType"), false);
  return r ? r : obj_compare(*val_obj_prop(x, "Name"), *val_obj_prop(y, "Name"), false);
}

/* All member rows of one value (owned array, unsorted). */
static Value gm_rows(Value v, const char *tn) {
  Value rows = val_arr_new(0);
  unsigned k = gm_kind(v);
  for (size_t i = 0; i < sizeof member_rows / sizeof member_rows[0]; i++) {
    const MemberRow *r = &member_rows[i];
    if (!(r->kinds & (k | K_ANY))) continue;
    if (k == K_STR && r->kinds == K_ANY && obj_ci_eq(r->name, "Equals"))
      continue; /* strings list their own Equals below */
    val_arr_push(rows, gm_row(tn, r->name, r->type, val_cstr(r->def)));
  }
  if (k == K_STR)
    val_arr_push(rows, gm_row(tn, "Equals", "Method",
                              val_cstr("bool Equals(System.Object obj), "
                                       "bool Equals(string value)")));
  if (v.kind != V_OBJ) return rows;
  bool note = v.u.o->cls == OBJ_PSCUSTOM;
  Value names = obj_prop_names(v);
  for (size_t i = 0; i < val_arr_len(names); i++) {
    const char *n = val_sdata(val_arr_at(names, i));
    Value pv = *val_obj_prop(v, n);
    val_arr_push(rows, gm_row(tn, n, note ? "NoteProperty" : "Property", gm_note_def(pv, n, note)));
  }
  val_unref(names);
  return rows;
}

static Status gm_object(CmdCtx *c, GmState *s, Value v) {
  const char *tn = v.kind == V_OBJ ? v.u.o->type_name->data : type_of(v)->full_name;
  Value key = val_cstr(tn);
  bool seen = val_hash_get(s->seen, key) != NULL;
  if (seen) {
    val_unref(key);
    return ST_OK;
  }
  val_hash_set(s->seen, key, val_bool(true));
  Value rows = gm_rows(v, tn);
  if (val_arr_len(rows) > 1) qsort(rows.u.a->items, val_arr_len(rows), sizeof(Value), gm_order);
  Status st = ST_OK;
  for (size_t i = 0; i < val_arr_len(rows) && st == ST_OK; i++) {
    Value r = val_arr_at(rows, i);
    const char *name = val_sdata(*val_obj_prop(r, "Name"));
    if (gm_wanted(c, name, val_sdata(*val_obj_prop(r, "MemberType"))))
      st = cmd_emit(c, r);
  }
  val_unref(rows);
  return st;
}

static Status gm_begin(CmdCtx *c) {
  GmState *s = xcalloc(1, sizeof *s);
  s->seen = val_hash_new(false);
  c->state = s;
  return ST_OK;
}

static void gm_cleanup(CmdCtx *c) {
  GmState *s = c->state;
  if (!s) return;
  val_unref(s->seen);
  free(s);
  c->state = NULL;
}

static Status gm_process(CmdCtx *c, Value in, bool has_input) {
  GmState *s = c->state;
  if (!obj_input(c, in, has_input, &in) || in.kind == V_NULL) return ST_OK;
  s->objects++;
  return gm_object(c, s, in);
}

static Status gm_end(CmdCtx *c) {
  GmState *s = c->state;
  if (s->objects) return ST_OK;
  return obj_fail(c, "System.InvalidOperationException",
                  "NoObjectInGetMember,Microsoft.PowerShell.Commands.GetMemberCommand",
                  "CloseError", val_null(),
                  "You must specify an object for the Get-Member cmdlet.");
}

static const ParamDef gm_params[] = {
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The object whose members to list."},
    {"Name", NULL, T_STRING, true, 0, 0, NULL, "Member names to list (wildcards)."},
    {"MemberType", "Type", T_STRING, true, -1, 0, NULL,
     "Member types to list (NoteProperty, Property, Method, Properties, Methods, All)."},
    {"View", NULL, T_STRING, false, -1, 0, NULL, "Accepted; ignored."},
    {"Static", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted; ignored."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted; ignored."},
};

/* ==================================================================== */

const CmdDef object_cmdlets[] = {
    {"Select-Object", "select", sel_params, NP(sel_params), 0, sel_begin, sel_process, sel_end,
     "Selects objects or object properties.", sel_cleanup, "DefaultParameter", NULL,
     "System.Management.Automation.PSCustomObject"},
    {"Sort-Object", "sort", sort_params, NP(sort_params), 0, sort_begin, sort_process, sort_end,
     "Sorts objects by property values.", sort_cleanup},
    {"Group-Object", "group", grp_params, NP(grp_params), 0, grp_begin, grp_process, grp_end,
     "Groups objects that have the same value for specified properties.", grp_cleanup, NULL, NULL,
     "Microsoft.PowerShell.Commands.GroupInfo"},
    {"Measure-Object", "measure", meas_params, NP(meas_params), 0, meas_begin, meas_process,
     meas_end, "Calculates the numeric properties of objects, and the characters, words, and "
     "lines in string objects.", meas_cleanup, "GenericMeasure", NULL,
     "Microsoft.PowerShell.Commands.GenericMeasureInfo"},
    {"New-Object", NULL, no_params, NP(no_params), 0, NULL, NULL, no_end,
     "Creates an instance of a .NET Framework object.", NULL, "Net"},
    {"Add-Member", NULL, am_params, NP(am_params), 0, NULL, am_process, NULL,
     "Adds custom properties to an instance of a PowerShell object.", NULL, "TypeNameSet"},
    {"Get-Member", "gm", gm_params, NP(gm_params), 0, gm_begin, gm_process, gm_end,
     "Gets the properties and methods of objects.", gm_cleanup, NULL, NULL,
     "Microsoft.PowerShell.Commands.MemberDefinition"},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
