/* scope.c - PowerShell's dynamic scopes: a chain of variable tables from
 * the current scope up to global. A child reads its parents' variables;
 * assignment creates a local one; private variables are seen only by the
 * scope that made them. Functions live in scopes too. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "interp_int.h"
#include "../parser/xalloc.h"

Scope *scope_new(Scope *parent) {
  Scope *s = xcalloc(1, sizeof *s);
  s->parent = parent;
  s->refs = 1;
  s->vars = s->small; /* most call scopes hold a handful of variables */
  s->capvars = SCOPE_SMALL;
  return s;
}

static void var_free(Var *v) {
  val_unref(v->v);
  free(v); /* the name lives in the same allocation */
}

void scope_free(Scope *s) {
  if (!s || --s->refs > 0) return;
  for (size_t i = 0; i < s->capvars; i++)
    if (s->vars[i]) var_free(s->vars[i]);
  if (s->vars != s->small) free(s->vars);
  for (size_t i = 0; i < s->nfuncs; i++) {
    free(s->funcs[i].name);
    cmd_free(s->funcs[i].cmd);
  }
  free(s->funcs);
  free(s);
}

static bool name_eq(const Var *v, const char *name, size_t len, uint32_t h) {
  if (v->hash != h) return false;
  if (v->len == len && memcmp(v->name, name, len) == 0) return true;
  return val_streq_ci(v->name, v->len, name, len);
}

Var *scope_find_local(Scope *s, const char *name, size_t len, uint32_t h) {
  if (!s->capvars) return NULL;
  size_t mask = s->capvars - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    Var *v = s->vars[i];
    if (!v) return NULL;
    if (name_eq(v, name, len, h)) return v;
  }
}

Var *scope_lookup(Scope *s, const char *name, size_t len, uint32_t h) {
  for (Scope *c = s; c; c = c->parent) {
    Var *v = scope_find_local(c, name, len, h);
    if (v && (c == s || !(v->flags & VAR_PRIVATE))) return v;
  }
  return NULL;
}

static void scope_grow(Scope *s) {
  size_t cap = s->capvars ? s->capvars * 2 : 16;
  Var **nv = xcalloc(cap, sizeof *nv);
  for (size_t i = 0; i < s->capvars; i++) {
    Var *v = s->vars[i];
    if (!v) continue;
    size_t j = v->hash & (cap - 1);
    while (nv[j]) j = (j + 1) & (cap - 1);
    nv[j] = v;
  }
  if (s->vars != s->small) free(s->vars);
  s->vars = nv;
  s->capvars = cap;
}

Var *scope_local(Scope *s, const char *name, size_t len, uint32_t h) {
  Var *v = scope_find_local(s, name, len, h);
  if (v) return v;
  if ((s->nvars + 1) * 2 > s->capvars) scope_grow(s);
  v = xcalloc(1, sizeof *v + len + 1);
  v->name = (char *)(v + 1);
  memcpy(v->name, name, len);
  v->len = len;
  v->hash = h;
  size_t mask = s->capvars - 1, i = h & mask;
  while (s->vars[i]) i = (i + 1) & mask;
  s->vars[i] = v;
  s->nvars++;
  return v;
}

void scope_set(Scope *s, const char *name, size_t len, Value v) {
  Var *var = scope_local(s, name, len, ev_hash(name, len));
  val_unref(var->v);
  var->v = v;
}

bool scope_remove(Scope *s, const char *name, size_t len) {
  uint32_t h = ev_hash(name, len);
  Var *v = scope_find_local(s, name, len, h);
  if (!v) return false;
  /* rebuild the table without v (removal is rare) */
  Var **old = s->vars;
  size_t cap = s->capvars;
  s->vars = xcalloc(cap, sizeof *s->vars);
  s->nvars = 0;
  for (size_t i = 0; i < cap; i++) {
    Var *x = old[i];
    if (!x || x == v) continue;
    size_t j = x->hash & (cap - 1);
    while (s->vars[j]) j = (j + 1) & (cap - 1);
    s->vars[j] = x;
    s->nvars++;
  }
  if (old != s->small) free(old);
  var_free(v);
  return true;
}

Command *scope_find_func(Scope *s, const char *name) {
  size_t len = strlen(name);
  for (Scope *c = s; c; c = c->parent)
    for (size_t i = 0; i < c->nfuncs; i++)
      if (val_streq_ci(c->funcs[i].name, strlen(c->funcs[i].name), name, len))
        return c->funcs[i].cmd;
  return NULL;
}

void scope_set_func(Scope *s, const char *name, Command *cmd) {
  size_t len = strlen(name);
  for (size_t i = 0; i < s->nfuncs; i++)
    if (val_streq_ci(s->funcs[i].name, strlen(s->funcs[i].name), name, len)) {
      cmd_free(s->funcs[i].cmd);
      s->funcs[i].cmd = cmd;
      return;
    }
  if (s->nfuncs == s->capfuncs) {
    s->capfuncs = s->capfuncs ? s->capfuncs * 2 : 8;
    s->funcs = xrealloc(s->funcs, s->capfuncs * sizeof *s->funcs);
  }
  s->funcs[s->nfuncs].name = xstrdup(name);
  s->funcs[s->nfuncs].hash = ev_hash(name, len);
  s->funcs[s->nfuncs++].cmd = cmd;
}

/* ------------------------------------------------------------------ */
/* variables by scope name, for the *-Variable cmdlets (interp.h)      */

/* The scope a -Scope argument names: NULL/"Local"/"Private" the current
 * one, "Script", "Global", or a number of levels up. NULL if none. */
static Scope *scope_named(Interp *I, const char *name) {
  if (!name || !*name || val_streq_ci(name, strlen(name), "Local", 5) ||
      val_streq_ci(name, strlen(name), "Private", 7))
    return I->scope;
  if (val_streq_ci(name, strlen(name), "Global", 6)) return I->global;
  if (val_streq_ci(name, strlen(name), "Script", 6))
    return I->script_scope ? I->script_scope : I->global;
  char *end;
  long up = strtol(name, &end, 10);
  if (*end || up < 0) return NULL;
  Scope *s = I->scope;
  for (; s && up > 0; up--) s = s->parent;
  return s;
}

bool interp_var_scope_ok(Interp *I, const char *scope) { return scope_named(I, scope) != NULL; }

Value *interp_var_find(Interp *I, const char *name, const char *scope, unsigned *options) {
  size_t len = strlen(name);
  uint32_t h = ev_hash(name, len);
  Scope *s = scope_named(I, scope);
  Var *v = !s ? NULL : scope ? scope_find_local(s, name, len, h) : scope_lookup(s, name, len, h);
  if (v && options) *options = v->flags;
  return v ? &v->v : NULL;
}

bool interp_var_put(Interp *I, const char *name, const char *scope, Value v, int options,
                    bool force) {
  Scope *s = scope_named(I, scope);
  if (!s) s = I->scope;
  size_t len = strlen(name);
  Var *var = scope_local(s, name, len, ev_hash(name, len));
  bool locked = (var->flags & VAR_CONST) || ((var->flags & VAR_READONLY) && !force);
  if (locked) {
    val_unref(v);
    return false;
  }
  val_unref(var->v);
  var->v = v;
  if (options >= 0) var->flags = (unsigned)options;
  return true;
}

bool interp_var_delete(Interp *I, const char *name, const char *scope, bool force) {
  size_t len = strlen(name);
  uint32_t h = ev_hash(name, len);
  Scope *s = scope ? scope_named(I, scope) : NULL;
  if (!scope)
    for (Scope *c = I->scope; c && !s; c = c->parent)
      if (scope_find_local(c, name, len, h)) s = c;
  Var *v = s ? scope_find_local(s, name, len, h) : NULL;
  if (!v) return false;
  if ((v->flags & VAR_CONST) || ((v->flags & VAR_READONLY) && !force)) return false;
  return scope_remove(s, name, len);
}

/* Every variable visible from the named scope, nearest first; a nearer
 * variable hides a farther one with the same name. */
void interp_var_visit(Interp *I, const char *scope, InterpVarFn fn, void *ctx) {
  Scope *from = scope_named(I, scope);
  for (Scope *c = from; c; c = c->parent) {
    for (size_t i = 0; i < c->capvars; i++) {
      Var *v = c->vars[i];
      if (!v || (c != from && (v->flags & VAR_PRIVATE))) continue;
      Var *near = scope_lookup(from, v->name, v->len, v->hash);
      if (near == v) fn(ctx, v->name, v->v, v->flags);
    }
    if (scope) break; /* an explicit -Scope lists that scope only */
  }
}

int interp_alias_count(const Interp *I) { return I->naliases; }

void interp_alias_at(const Interp *I, int i, const char **name, const char **target) {
  *name = I->aliases[i].name;
  *target = I->aliases[i].target;
}
