/* value.h - ucsh's runtime values.
 *
 * THE OWNERSHIP RULE (followed everywhere in runtime/ and cmdlets/):
 *   - A Value passed to a function as an argument is BORROWED: the callee
 *     must val_ref() it to keep it.
 *   - A Value returned (as the result or through an out parameter) is OWNED
 *     by the caller, who must val_unref() it (or hand it on).
 *   - Containers own their elements: val_arr_push/val_hash_set TAKE the
 *     value given to them (consume a reference); getters that return a
 *     pointer into a container (val_arr_at, val_hash_get) return BORROWED
 *     values valid while the container lives unchanged.
 * Scalars (null, bool, numbers, types) need no counting; val_ref/val_unref
 * are no-ops for them, so code may always call them.
 *
 * Strings are UTF-8, length-counted, may contain NUL. Comparisons default
 * to case-insensitive, as in PowerShell. */
#ifndef UCSH_VALUE_H
#define UCSH_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum ValKind {
  V_NULL = 0,
  V_BOOL,
  V_INT,    /* System.Int32  */
  V_LONG,   /* System.Int64  */
  V_DOUBLE, /* System.Double (also [decimal], a documented gap) */
  V_STR,    /* System.String */
  V_ARR,    /* System.Object[] or System.Collections.ArrayList (VARR_LIST) */
  V_HASH,   /* System.Collections.Hashtable or ...Specialized.OrderedDictionary */
  V_OBJ,    /* PSCustomObject, ErrorRecord, exceptions, other typed objects */
  V_BLOCK,  /* System.Management.Automation.ScriptBlock */
  V_TYPE,   /* System.RuntimeType: the value of [int], [math] */
  V_HANDLE, /* opaque native object with its own vtable (cmdlets' use) */
} ValKind;

typedef struct VStr VStr;
typedef struct VArr VArr;
typedef struct VHash VHash;
typedef struct VObj VObj;
typedef struct VBlock VBlock;
typedef struct VHandle VHandle;
typedef struct TypeInfo TypeInfo; /* runtime/types.h */

typedef struct Value {
  ValKind kind;
  union {
    bool b;
    int32_t i;
    int64_t l;
    double d;
    VStr *s;
    VArr *a;
    VHash *h;
    VObj *o;
    VBlock *sb;
    const TypeInfo *t;
    VHandle *hd;
  } u;
} Value;

/* ---- heap objects ---- */

struct VStr {
  int32_t refs;
  size_t len, cap; /* cap: bytes available in data (excluding the NUL) */
  char data[];     /* NUL-terminated */
};

enum { VARR_LIST = 1 }; /* VArr.flags: an ArrayList (Add/Remove allowed) */

struct VArr {
  int32_t refs;
  uint32_t flags;
  size_t len, cap;
  Value *items;
  const TypeInfo *elem; /* element type of [int[]] etc., or NULL (Object[]) */
};

/* Hashtable and PSCustomObject property bag: insertion-ordered entries
 * with a case-insensitive index. Deleted entries are compacted. */
typedef struct VHashEnt {
  Value key;
  Value val;
  uint32_t hash;
} VHashEnt;

enum { VHASH_ORDERED = 1 }; /* [ordered]@{} */

struct VHash {
  int32_t refs;
  uint32_t flags;
  size_t len, cap;     /* entries in use / allocated */
  VHashEnt *ents;
  int32_t *index;      /* open-addressing table of entry indexes, -1 empty */
  size_t index_cap;    /* power of two */
};

/* Object classes: how an object behaves beyond its property bag. */
typedef enum ObjClass {
  OBJ_PSCUSTOM,    /* [pscustomobject]: ToString is @{a=1; b=2}            */
  OBJ_ERRORRECORD, /* ErrorRecord: ToString is its exception's message     */
  OBJ_EXCEPTION,   /* an Exception: ToString/Message is its message        */
  OBJ_GENERIC,     /* anything else: ToString is the type name             */
} ObjClass;

struct VObj {
  int32_t refs;
  ObjClass cls;
  VStr *type_name;     /* e.g. "System.Management.Automation.PSCustomObject" */
  VHash *props;        /* ordered properties (note properties)              */
  const TypeInfo *type; /* NULL unless the type is in the type table        */
  VStr *text;           /* its ToString() when that is not the type name, or NULL */
  int64_t tag;          /* an id a cmdlet layer attaches (the lab's user id); 0: none.
                           Not a property: copies and scripts never see it. */
};

/* A script block: the AST node lives in a parsed Script (parser/ast.h),
 * which the block keeps alive. The evaluator defines how it runs. */
struct Node;
struct Script;
struct VBlock {
  int32_t refs;
  struct Script *script;
  const struct Node *node; /* N_SCRIPTBLOCK */
  void *scope;             /* reserved for closures ([scriptblock]::GetNewClosure) */
};

/* An opaque native object (ucsh-side handle types in cmdlets/). */
typedef struct VHandleType {
  const char *type_name;
  void (*free_fn)(void *data);
  /* optional: return a property value (owned) or V_NULL w/ false */
  bool (*get_prop)(void *data, const char *name, Value *out);
  char *(*to_string)(void *data); /* optional, malloc'd */
} VHandleType;

struct VHandle {
  int32_t refs;
  const VHandleType *type;
  void *data;
};

/* ---- constructors (results owned) ---- */
static inline Value val_null(void) { Value v; v.kind = V_NULL; v.u.l = 0; return v; }
static inline Value val_bool(bool b) { Value v; v.kind = V_BOOL; v.u.l = 0; v.u.b = b; return v; }
static inline Value val_int(int32_t i) { Value v; v.kind = V_INT; v.u.l = 0; v.u.i = i; return v; }
static inline Value val_long(int64_t l) { Value v; v.kind = V_LONG; v.u.l = l; return v; }
static inline Value val_double(double d) { Value v; v.kind = V_DOUBLE; v.u.d = d; return v; }
static inline Value val_type(const TypeInfo *t) { Value v; v.kind = V_TYPE; v.u.t = t; return v; }

Value val_str(const char *s, size_t len); /* copies */
Value val_cstr(const char *s);            /* copies a NUL-terminated string */
Value val_str_take(char *s, size_t len);  /* takes a malloc'd buffer */
/* A string of len bytes for the caller to fill (data[len] is NUL), or
 * val_null() when memory runs out or len passes .NET's longest string
 * (0x3FFFFFDF): for sizes a script chooses ('a' * 100MB), where running
 * out must be an error, not an abort. */
Value val_str_try_alloc(size_t len);
Value val_strf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
Value val_arr_new(size_t cap);            /* empty Object[] */
Value val_list_new(void);                 /* empty ArrayList */
Value val_hash_new(bool ordered);
Value val_obj_new(ObjClass cls, const char *type_name); /* empty property bag */
/* A new object of proto's class and type whose properties are a shallow
 * copy of proto's (the values shared by reference): many objects of one
 * shape without hashing a name per object. No ToString text, no tag. */
Value val_obj_from(Value proto);
Value val_pscustom_new(void);
Value val_block_new(struct Script *script, const struct Node *node); /* retains script */
Value val_handle_new(const VHandleType *type, void *data);

/* ---- reference counting ----
 * Every heap object starts with its `int32_t refs`, so counting is inline;
 * freeing (at zero) is val_free_. */
static inline bool val_counted(Value v) { return v.kind >= V_STR && v.kind != V_TYPE; }
static inline int32_t *val_refs_(Value v) { return (int32_t *)(void *)v.u.s; }
void val_free_(Value v); /* frees a counted value whose count reached zero */
/* Returns v, with one more reference. */
static inline Value val_ref(Value v) {
  if (val_counted(v)) (*val_refs_(v))++;
  return v;
}
/* Releases one reference; frees at zero. */
static inline void val_unref(Value v) {
  if (val_counted(v) && --(*val_refs_(v)) <= 0) val_free_(v);
}

/* ---- strings ---- */
static inline const char *val_sdata(Value v) { return v.u.s->data; }
static inline size_t val_slen(Value v) { return v.u.s->len; }
/* Append to the string held in *slot in place when it is unshared
 * (refs == 1), else replace *slot with a new string. Amortised O(n). */
void val_str_append(Value *slot, const char *s, size_t len);

/* ---- arrays ---- */
static inline size_t val_arr_len(Value v) { return v.u.a->len; }
static inline Value val_arr_at(Value v, size_t i) { return v.u.a->items[i]; } /* borrowed */
void val_arr_push(Value arr, Value item);         /* takes item */
void val_arr_set(Value arr, size_t i, Value item); /* takes item, releases old */
/* Append `item` to the array held in *slot: in place when unshared, else
 * copy first. The result is always Object[] (or stays an ArrayList). */
void val_arr_append_slot(Value *slot, Value item); /* takes item */
Value val_arr_copy(Value arr); /* shallow copy, owned */

/* ---- hashtables and property bags (keys compared case-insensitively;
 * string keys by ordinal-ignore-case, numbers by value) ---- */
Value *val_hash_get(Value h, Value key);          /* borrowed slot or NULL */
Value *val_hash_getc(Value h, const char *key);   /* same, C-string key */
void val_hash_set(Value h, Value key, Value val); /* takes key and val */
void val_hash_setc(Value h, const char *key, Value val); /* takes val */
bool val_hash_remove(Value h, Value key);
size_t val_hash_len(Value h);
Value val_hash_copy(Value h); /* shallow copy keeping the ordered flag */
/* iterate: for (size_t i = 0; i < h.u.h->len; i++) h.u.h->ents[i] */

/* ---- objects ---- */
Value *val_obj_prop(Value o, const char *name);       /* borrowed or NULL */
void val_obj_set(Value o, const char *name, Value v); /* takes v; adds if new */
/* Give an object its string form (a date's text, a GUID): ToString() and
 * string conversion use it; it is not a property. Takes s (a V_STR). */
void val_obj_set_text(Value o, Value s);

/* ---- identity and helpers ---- */
bool val_is_collection(Value v); /* V_ARR (PowerShell enumerates it) */
uint32_t val_hash_ci(const char *s, size_t len); /* case-insensitive hash */
/* Case-insensitive comparison of UTF-8 text with simple Unicode folding
 * (ASCII and Latin-1/Latin Extended/Greek/Cyrillic letters). */
int val_strcasecmp(const char *a, size_t alen, const char *b, size_t blen);
bool val_streq_ci(const char *a, size_t alen, const char *b, size_t blen);

#endif
