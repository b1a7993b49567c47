/* types.c - see types.h: the static type table, accelerators, interned
 * types (T[], List[T], unknown object types) and the -is relation.
 *
 * Names resolve through one case-insensitive map from text to TypeInfo.
 * It starts with every full name, every full name without "System.", the
 * accelerators and the short names of exception types; each name that
 * resolves the slow way (arrays, generics) is added as written. The map
 * and every interned TypeInfo stay reachable from globals for the life of
 * the process. */
#include "types.h"
#include "../parser/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* the static table                                                    */

enum {
  X_OBJECT, X_VALUETYPE, X_ENUM, X_VOID, X_BOOL, X_SWITCH, X_CHAR, X_BYTE, X_SBYTE, X_INT16,
  X_UINT16, X_INT, X_UINT32, X_LONG, X_UINT64, X_FLOAT, X_DOUBLE, X_DECIMAL, X_STRING,
  X_ARRAYCLS, X_OBJARR, X_HASHTABLE, X_ORDERED, X_PSCUSTOM, X_PSOBJECT, X_SCRIPTBLOCK,
  X_ARRAYLIST, X_TYPE, X_RUNTIMETYPE, X_MATH, X_CONVERT, X_REGEX, X_GUID, X_DATETIME,
  X_TIMESPAN, X_ENVIRONMENT, X_VERSION, X_IPADDRESS, X_XML, X_STRINGBUILDER, X_ERRORRECORD,
  /* interfaces and other known reference types (T_OTHER) */
  X_IENUMERABLE, X_ICOLLECTION, X_ILIST, X_IDICTIONARY, X_ICOMPARABLE, X_IFORMATTABLE,
  X_URI, X_BIGINT, X_CULTURE, X_REF, X_NULLSTRING, X_SECURESTRING, X_CREDENTIAL, X_WILDCARD,
  X_ENCODING, X_CONSOLE, X_FILE, X_PATH, X_DIRECTORY, X_FILEINFO, X_DIRINFO, X_DBNULL,
  X_STRINGCMP, X_CHARUNI, X_BITCONV, X_PSVARIABLE,
  /* exceptions */
  X_EXCEPTION, X_SYSTEMEXC, X_APPEXC, X_ARGEXC, X_ARGNULL, X_ARGRANGE, X_INVALIDOP,
  X_DISPOSED, X_FORMATEXC, X_INDEXEXC, X_NOTSUPPORTED, X_NOTIMPL, X_NULLREF, X_ARITH,
  X_DIVZERO, X_OVERFLOW, X_IOEXC, X_FILENOTFOUND, X_DIRNOTFOUND, X_INVALIDCAST, X_KEYNOTFOUND,
  X_UNAUTHORIZED, X_TIMEOUT, X_WEBEXC, X_RUNTIMEEXC, X_PSINVALIDCAST, X_PARAMBIND,
  X_METHODEXC, X_METHODINVOKE, X_SESSIONSTATE, X_ITEMNOTFOUND, X_DRIVENOTFOUND,
  X_PROVIDERNOTFOUND, X_CMDNOTFOUND, X_PARSEEXC, X_INCOMPLETEPARSE, X_PSARG, X_PSARGNULL,
  X_PSARGRANGE, X_PSINVALIDOP, X_PSNOTSUPPORTED, X_PSNOTIMPL, X_ACTIONSTOP, X_PIPESTOPPED,
  X_METADATAEXC, X_VALIDATIONEXC, X_WILDCARDEXC, X_CALLDEPTH, X_WRITEERROR, X_HALTCMD,
  X_COUNT
};

#define B(x) (&g_types[x])
#define TY(x, id, full, short, base) [x] = {id, full, short, base, false, NULL}
#define EXC(x, full, short, base) TY(x, T_EXCEPTION, full, short, B(base))
#define SMA "System.Management.Automation."

static const TypeInfo g_types[X_COUNT] = {
  TY(X_OBJECT, T_OBJECT, "System.Object", "Object", NULL),
  TY(X_VALUETYPE, T_VALUETYPE, "System.ValueType", "ValueType", B(X_OBJECT)),
  TY(X_ENUM, T_ENUM, "System.Enum", "Enum", B(X_VALUETYPE)),
  TY(X_VOID, T_VOID, "System.Void", "Void", B(X_VALUETYPE)),
  TY(X_BOOL, T_BOOL, "System.Boolean", "Boolean", B(X_VALUETYPE)),
  TY(X_SWITCH, T_SWITCH, SMA "SwitchParameter", "SwitchParameter", B(X_VALUETYPE)),
  TY(X_CHAR, T_CHAR, "System.Char", "Char", B(X_VALUETYPE)),
  TY(X_BYTE, T_BYTE, "System.Byte", "Byte", B(X_VALUETYPE)),
  TY(X_SBYTE, T_SBYTE, "System.SByte", "SByte", B(X_VALUETYPE)),
  TY(X_INT16, T_INT16, "System.Int16", "Int16", B(X_VALUETYPE)),
  TY(X_UINT16, T_UINT16, "System.UInt16", "UInt16", B(X_VALUETYPE)),
  TY(X_INT, T_INT, "System.Int32", "Int32", B(X_VALUETYPE)),
  TY(X_UINT32, T_UINT32, "System.UInt32", "UInt32", B(X_VALUETYPE)),
  TY(X_LONG, T_LONG, "System.Int64", "Int64", B(X_VALUETYPE)),
  TY(X_UINT64, T_UINT64, "System.UInt64", "UInt64", B(X_VALUETYPE)),
  TY(X_FLOAT, T_FLOAT, "System.Single", "Single", B(X_VALUETYPE)),
  TY(X_DOUBLE, T_DOUBLE, "System.Double", "Double", B(X_VALUETYPE)),
  TY(X_DECIMAL, T_DECIMAL, "System.Decimal", "Decimal", B(X_VALUETYPE)),
  TY(X_STRING, T_STRING, "System.String", "String", B(X_OBJECT)),
  TY(X_ARRAYCLS, T_ARRAY, "System.Array", "Array", B(X_OBJECT)),
  [X_OBJARR] = {T_ARRAY, "System.Object[]", "Object[]", B(X_ARRAYCLS), true, B(X_OBJECT)},
  TY(X_HASHTABLE, T_HASHTABLE, "System.Collections.Hashtable", "Hashtable", B(X_OBJECT)),
  TY(X_ORDERED, T_ORDERED, "System.Collections.Specialized.OrderedDictionary",
     "OrderedDictionary", B(X_OBJECT)),
  TY(X_PSCUSTOM, T_PSCUSTOM, SMA "PSCustomObject", "PSCustomObject", B(X_OBJECT)),
  TY(X_PSOBJECT, T_PSOBJECT, SMA "PSObject", "PSObject", B(X_OBJECT)),
  TY(X_SCRIPTBLOCK, T_SCRIPTBLOCK, SMA "ScriptBlock", "ScriptBlock", B(X_OBJECT)),
  TY(X_ARRAYLIST, T_ARRAYLIST, "System.Collections.ArrayList", "ArrayList", B(X_OBJECT)),
  TY(X_TYPE, T_TYPE, "System.Type", "Type", B(X_OBJECT)),
  TY(X_RUNTIMETYPE, T_TYPE, "System.RuntimeType", "RuntimeType", B(X_TYPE)),
  TY(X_MATH, T_MATH, "System.Math", "Math", B(X_OBJECT)),
  TY(X_CONVERT, T_CONVERT, "System.Convert", "Convert", B(X_OBJECT)),
  TY(X_REGEX, T_REGEX, "System.Text.RegularExpressions.Regex", "Regex", B(X_OBJECT)),
  TY(X_GUID, T_GUID, "System.Guid", "Guid", B(X_VALUETYPE)),
  TY(X_DATETIME, T_DATETIME, "System.DateTime", "DateTime", B(X_VALUETYPE)),
  TY(X_TIMESPAN, T_TIMESPAN, "System.TimeSpan", "TimeSpan", B(X_VALUETYPE)),
  TY(X_ENVIRONMENT, T_ENVIRONMENT, "System.Environment", "Environment", B(X_OBJECT)),
  TY(X_VERSION, T_VERSION, "System.Version", "Version", B(X_OBJECT)),
  TY(X_IPADDRESS, T_IPADDRESS, "System.Net.IPAddress", "IPAddress", B(X_OBJECT)),
  TY(X_XML, T_XML, "System.Xml.XmlDocument", "XmlDocument", B(X_OBJECT)),
  TY(X_STRINGBUILDER, T_STRINGBUILDER, "System.Text.StringBuilder", "StringBuilder",
     B(X_OBJECT)),
  TY(X_ERRORRECORD, T_ERRORRECORD, SMA "ErrorRecord", "ErrorRecord", B(X_OBJECT)),

  TY(X_IENUMERABLE, T_OTHER, "System.Collections.IEnumerable", "IEnumerable", NULL),
  TY(X_ICOLLECTION, T_OTHER, "System.Collections.ICollection", "ICollection", NULL),
  TY(X_ILIST, T_OTHER, "System.Collections.IList", "IList", NULL),
  TY(X_IDICTIONARY, T_OTHER, "System.Collections.IDictionary", "IDictionary", NULL),
  TY(X_ICOMPARABLE, T_OTHER, "System.IComparable", "IComparable", NULL),
  TY(X_IFORMATTABLE, T_OTHER, "System.IFormattable", "IFormattable", NULL),
  TY(X_URI, T_OTHER, "System.Uri", "Uri", B(X_OBJECT)),
  TY(X_BIGINT, T_OTHER, "System.Numerics.BigInteger", "BigInteger", B(X_VALUETYPE)),
  TY(X_CULTURE, T_OTHER, "System.Globalization.CultureInfo", "CultureInfo", B(X_OBJECT)),
  TY(X_REF, T_OTHER, SMA "PSReference", "PSReference", B(X_OBJECT)),
  TY(X_NULLSTRING, T_OTHER, SMA "Language.NullString", "NullString", B(X_OBJECT)),
  TY(X_SECURESTRING, T_OTHER, "System.Security.SecureString", "SecureString", B(X_OBJECT)),
  TY(X_CREDENTIAL, T_OTHER, SMA "PSCredential", "PSCredential", B(X_OBJECT)),
  TY(X_WILDCARD, T_OTHER, SMA "WildcardPattern", "WildcardPattern", B(X_OBJECT)),
  TY(X_ENCODING, T_OTHER, "System.Text.Encoding", "Encoding", B(X_OBJECT)),
  TY(X_CONSOLE, T_OTHER, "System.Console", "Console", B(X_OBJECT)),
  TY(X_FILE, T_OTHER, "System.IO.File", "File", B(X_OBJECT)),
  TY(X_PATH, T_OTHER, "System.IO.Path", "Path", B(X_OBJECT)),
  TY(X_DIRECTORY, T_OTHER, "System.IO.Directory", "Directory", B(X_OBJECT)),
  TY(X_FILEINFO, T_OTHER, "System.IO.FileInfo", "FileInfo", B(X_OBJECT)),
  TY(X_DIRINFO, T_OTHER, "System.IO.DirectoryInfo", "DirectoryInfo", B(X_OBJECT)),
  TY(X_DBNULL, T_OTHER, "System.DBNull", "DBNull", B(X_OBJECT)),
  TY(X_STRINGCMP, T_OTHER, "System.StringComparison", "StringComparison", B(X_ENUM)),
  TY(X_CHARUNI, T_OTHER, "System.Globalization.CharUnicodeInfo", "CharUnicodeInfo",
     B(X_OBJECT)),
  TY(X_BITCONV, T_OTHER, "System.BitConverter", "BitConverter", B(X_OBJECT)),
  TY(X_PSVARIABLE, T_OTHER, SMA "PSVariable", "PSVariable", B(X_OBJECT)),

  TY(X_EXCEPTION, T_EXCEPTION, "System.Exception", "Exception", B(X_OBJECT)),
  EXC(X_SYSTEMEXC, "System.SystemException", "SystemException", X_EXCEPTION),
  EXC(X_APPEXC, "System.ApplicationException", "ApplicationException", X_EXCEPTION),
  EXC(X_ARGEXC, "System.ArgumentException", "ArgumentException", X_SYSTEMEXC),
  EXC(X_ARGNULL, "System.ArgumentNullException", "ArgumentNullException", X_ARGEXC),
  EXC(X_ARGRANGE, "System.ArgumentOutOfRangeException", "ArgumentOutOfRangeException",
      X_ARGEXC),
  EXC(X_INVALIDOP, "System.InvalidOperationException", "InvalidOperationException",
      X_SYSTEMEXC),
  EXC(X_DISPOSED, "System.ObjectDisposedException", "ObjectDisposedException", X_INVALIDOP),
  EXC(X_FORMATEXC, "System.FormatException", "FormatException", X_SYSTEMEXC),
  EXC(X_INDEXEXC, "System.IndexOutOfRangeException", "IndexOutOfRangeException", X_SYSTEMEXC),
  EXC(X_NOTSUPPORTED, "System.NotSupportedException", "NotSupportedException", X_SYSTEMEXC),
  EXC(X_NOTIMPL, "System.NotImplementedException", "NotImplementedException", X_SYSTEMEXC),
  EXC(X_NULLREF, "System.NullReferenceException", "NullReferenceException", X_SYSTEMEXC),
  EXC(X_ARITH, "System.ArithmeticException", "ArithmeticException", X_SYSTEMEXC),
  EXC(X_DIVZERO, "System.DivideByZeroException", "DivideByZeroException", X_ARITH),
  EXC(X_OVERFLOW, "System.OverflowException", "OverflowException", X_ARITH),
  EXC(X_IOEXC, "System.IO.IOException", "IOException", X_SYSTEMEXC),
  EXC(X_FILENOTFOUND, "System.IO.FileNotFoundException", "FileNotFoundException", X_IOEXC),
  EXC(X_DIRNOTFOUND, "System.IO.DirectoryNotFoundException", "DirectoryNotFoundException",
      X_IOEXC),
  EXC(X_INVALIDCAST, "System.InvalidCastException", "InvalidCastException", X_SYSTEMEXC),
  EXC(X_KEYNOTFOUND, "System.Collections.Generic.KeyNotFoundException", "KeyNotFoundException",
      X_SYSTEMEXC),
  EXC(X_UNAUTHORIZED, "System.UnauthorizedAccessException", "UnauthorizedAccessException",
      X_SYSTEMEXC),
  EXC(X_TIMEOUT, "System.TimeoutException", "TimeoutException", X_SYSTEMEXC),
  EXC(X_WEBEXC, "System.Net.WebException", "WebException", X_INVALIDOP),
  EXC(X_RUNTIMEEXC, SMA "RuntimeException", "RuntimeException", X_SYSTEMEXC),
  EXC(X_PSINVALIDCAST, SMA "PSInvalidCastException", "PSInvalidCastException", X_INVALIDCAST),
  EXC(X_PARAMBIND, SMA "ParameterBindingException", "ParameterBindingException", X_RUNTIMEEXC),
  EXC(X_METHODEXC, SMA "MethodException", "MethodException", X_RUNTIMEEXC),
  EXC(X_METHODINVOKE, SMA "MethodInvocationException", "MethodInvocationException",
      X_METHODEXC),
  EXC(X_SESSIONSTATE, SMA "SessionStateException", "SessionStateException", X_RUNTIMEEXC),
  EXC(X_ITEMNOTFOUND, SMA "ItemNotFoundException", "ItemNotFoundException", X_SESSIONSTATE),
  EXC(X_DRIVENOTFOUND, SMA "DriveNotFoundException", "DriveNotFoundException",
      X_SESSIONSTATE),
  EXC(X_PROVIDERNOTFOUND, SMA "ProviderNotFoundException", "ProviderNotFoundException",
      X_SESSIONSTATE),
  EXC(X_CMDNOTFOUND, SMA "CommandNotFoundException", "CommandNotFoundException", X_RUNTIMEEXC),
  EXC(X_PARSEEXC, SMA "ParseException", "ParseException", X_RUNTIMEEXC),
  EXC(X_INCOMPLETEPARSE, SMA "IncompleteParseException", "IncompleteParseException",
      X_PARSEEXC),
  EXC(X_PSARG, SMA "PSArgumentException", "PSArgumentException", X_ARGEXC),
  EXC(X_PSARGNULL, SMA "PSArgumentNullException", "PSArgumentNullException", X_ARGNULL),
  EXC(X_PSARGRANGE, SMA "PSArgumentOutOfRangeException", "PSArgumentOutOfRangeException",
      X_ARGRANGE),
  EXC(X_PSINVALIDOP, SMA "PSInvalidOperationException", "PSInvalidOperationException",
      X_INVALIDOP),
  EXC(X_PSNOTSUPPORTED, SMA "PSNotSupportedException", "PSNotSupportedException",
      X_NOTSUPPORTED),
  EXC(X_PSNOTIMPL, SMA "PSNotImplementedException", "PSNotImplementedException", X_NOTIMPL),
  EXC(X_ACTIONSTOP, SMA "ActionPreferenceStopException", "ActionPreferenceStopException",
      X_RUNTIMEEXC),
  EXC(X_PIPESTOPPED, SMA "PipelineStoppedException", "PipelineStoppedException",
      X_RUNTIMEEXC),
  EXC(X_METADATAEXC, SMA "MetadataException", "MetadataException", X_RUNTIMEEXC),
  EXC(X_VALIDATIONEXC, SMA "ValidationMetadataException", "ValidationMetadataException",
      X_METADATAEXC),
  EXC(X_WILDCARDEXC, SMA "WildcardPatternException", "WildcardPatternException",
      X_RUNTIMEEXC),
  EXC(X_CALLDEPTH, SMA "ScriptCallDepthException", "ScriptCallDepthException", X_SYSTEMEXC),
  EXC(X_WRITEERROR, "Microsoft.PowerShell.Commands.WriteErrorException",
      "WriteErrorException", X_SYSTEMEXC),
  EXC(X_HALTCMD, SMA "HaltCommandException", "HaltCommandException", X_SYSTEMEXC),
};

/* PowerShell's type accelerators (5.1) that ucsh knows. */
static const struct {
  const char *name;
  int x;
} g_accel[] = {
    {"int", X_INT},           {"long", X_LONG},         {"byte", X_BYTE},
    {"sbyte", X_SBYTE},       {"uint16", X_UINT16},     {"uint32", X_UINT32},
    {"uint64", X_UINT64},     {"char", X_CHAR},
    {"bool", X_BOOL},         {"double", X_DOUBLE},     {"float", X_FLOAT},
    {"single", X_FLOAT},      {"decimal", X_DECIMAL},   {"string", X_STRING},
    {"switch", X_SWITCH},     {"object", X_OBJECT},     {"array", X_ARRAYCLS},
    {"hashtable", X_HASHTABLE}, {"ordered", X_ORDERED}, {"pscustomobject", X_PSCUSTOM},
    {"psobject", X_PSOBJECT}, {"scriptblock", X_SCRIPTBLOCK}, {"regex", X_REGEX},
    {"xml", X_XML},           {"guid", X_GUID},         {"datetime", X_DATETIME},
    {"timespan", X_TIMESPAN}, {"type", X_TYPE},         {"void", X_VOID},
    {"version", X_VERSION},   {"ipaddress", X_IPADDRESS}, {"uri", X_URI},
    {"bigint", X_BIGINT},     {"cultureinfo", X_CULTURE}, {"ref", X_REF},
    {"NullString", X_NULLSTRING}, {"securestring", X_SECURESTRING},
    {"pscredential", X_CREDENTIAL}, {"WildcardPattern", X_WILDCARD},
    {"psvariable", X_PSVARIABLE},
};

/* The canonical record of each TypeId (-1: none). */
static int id_index(TypeId id) {
  switch (id) {
  case T_OBJECT: return X_OBJECT;
  case T_VOID: return X_VOID;
  case T_BOOL: return X_BOOL;
  case T_SWITCH: return X_SWITCH;
  case T_CHAR: return X_CHAR;
  case T_BYTE: return X_BYTE;
  case T_SBYTE: return X_SBYTE;
  case T_INT16: return X_INT16;
  case T_UINT16: return X_UINT16;
  case T_INT: return X_INT;
  case T_UINT32: return X_UINT32;
  case T_LONG: return X_LONG;
  case T_UINT64: return X_UINT64;
  case T_FLOAT: return X_FLOAT;
  case T_DOUBLE: return X_DOUBLE;
  case T_DECIMAL: return X_DECIMAL;
  case T_STRING: return X_STRING;
  case T_ARRAY: return X_OBJARR;
  case T_HASHTABLE: return X_HASHTABLE;
  case T_ORDERED: return X_ORDERED;
  case T_PSCUSTOM: return X_PSCUSTOM;
  case T_PSOBJECT: return X_PSOBJECT;
  case T_SCRIPTBLOCK: return X_SCRIPTBLOCK;
  case T_ARRAYLIST: return X_ARRAYLIST;
  case T_TYPE: return X_TYPE;
  case T_MATH: return X_MATH;
  case T_CONVERT: return X_CONVERT;
  case T_REGEX: return X_REGEX;
  case T_GUID: return X_GUID;
  case T_DATETIME: return X_DATETIME;
  case T_TIMESPAN: return X_TIMESPAN;
  case T_ENVIRONMENT: return X_ENVIRONMENT;
  case T_VERSION: return X_VERSION;
  case T_IPADDRESS: return X_IPADDRESS;
  case T_XML: return X_XML;
  case T_STRINGBUILDER: return X_STRINGBUILDER;
  case T_VALUETYPE: return X_VALUETYPE;
  case T_ENUM: return X_ENUM;
  case T_ERRORRECORD: return X_ERRORRECORD;
  case T_EXCEPTION: return X_EXCEPTION;
  default: return -1;
  }
}

const TypeInfo *type_by_id(TypeId id) {
  int x = id_index(id);
  return x < 0 ? NULL : &g_types[x];
}

/* ------------------------------------------------------------------ */
/* the name map                                                        */

typedef struct NameEnt {
  const char *name; /* not NUL-terminated necessarily: use len */
  size_t len;
  uint32_t hash;
  const TypeInfo *t;
} NameEnt;

static NameEnt *g_map;
static size_t g_map_cap, g_map_len;

static const TypeInfo *map_get(const char *name, size_t len) {
  if (!g_map_cap) return NULL;
  uint32_t h = val_hash_ci(name, len);
  for (size_t j = h & (g_map_cap - 1);; j = (j + 1) & (g_map_cap - 1)) {
    NameEnt *e = &g_map[j];
    if (!e->name) return NULL;
    if (e->hash == h && val_streq_ci(e->name, e->len, name, len)) return e->t;
  }
}

static void map_insert_ent(NameEnt ent) {
  size_t mask = g_map_cap - 1, j = ent.hash & mask;
  while (g_map[j].name) j = (j + 1) & mask;
  g_map[j] = ent;
}

static void map_grow(void) {
  NameEnt *old = g_map;
  size_t ocap = g_map_cap;
  g_map_cap = ocap ? ocap * 2 : 512;
  g_map = xcalloc(g_map_cap, sizeof *g_map);
  for (size_t i = 0; i < ocap; i++)
    if (old[i].name) map_insert_ent(old[i]);
  free(old);
}

static char *dup_n(const char *s, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

/* Add name -> t unless the name is known. `copy` false: the text lives
 * for the whole run and need not be copied. */
static void map_put(const char *name, size_t len, const TypeInfo *t, bool copy) {
  if (map_get(name, len)) return;
  if ((g_map_len + 1) * 2 > g_map_cap) map_grow();
  NameEnt e = {copy ? dup_n(name, len) : name, len, val_hash_ci(name, len), t};
  map_insert_ent(e);
  g_map_len++;
}

static bool has_prefix_ci(const char *s, size_t len, const char *pre) {
  size_t n = strlen(pre);
  return len >= n && val_streq_ci(s, n, pre, n);
}

/* Register a full name and, for System.*, its short form. */
static void map_put_full(const char *full, const TypeInfo *t, bool copy) {
  size_t len = strlen(full);
  map_put(full, len, t, copy);
  if (has_prefix_ci(full, len, "System.")) map_put(full + 7, len - 7, t, copy);
}

static void map_init(void) {
  if (g_map_cap) return;
  map_grow();
  for (int i = 0; i < X_COUNT; i++) map_put_full(g_types[i].full_name, &g_types[i], false);
  for (size_t i = 0; i < sizeof g_accel / sizeof g_accel[0]; i++)
    map_put(g_accel[i].name, strlen(g_accel[i].name), &g_types[g_accel[i].x], false);
  /* exception short names last, so they never shadow a real name */
  for (int i = 0; i < X_COUNT; i++)
    if (g_types[i].id == T_EXCEPTION)
      map_put(g_types[i].name, strlen(g_types[i].name), &g_types[i], false);
}

/* ------------------------------------------------------------------ */
/* interned types                                                      */

static TypeInfo *new_type(TypeId id, char *full, const char *name, const TypeInfo *base) {
  TypeInfo *t = xcalloc(1, sizeof *t);
  t->id = id;
  t->full_name = full;
  t->name = name;
  t->base = base;
  return t;
}

/* The short name of a full name: after the last '.' outside brackets. */
static const char *short_of(const char *full) {
  const char *s = full;
  int depth = 0;
  for (const char *p = full; *p; p++) {
    if (*p == '[') depth++;
    else if (*p == ']') depth--;
    else if (*p == '.' && depth == 0) s = p + 1;
  }
  return s;
}

static char *concat3(const char *a, const char *b, const char *c) {
  size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
  char *p = xmalloc(la + lb + lc + 1);
  memcpy(p, a, la);
  memcpy(p + la, b, lb);
  memcpy(p + la + lb, c, lc + 1);
  return p;
}

const TypeInfo *type_intern(const char *full_name, const TypeInfo *base) {
  map_init();
  size_t len = strlen(full_name);
  const TypeInfo *t = map_get(full_name, len);
  if (t) return t;
  TypeId id = base && type_derives(base, &g_types[X_EXCEPTION]) ? T_EXCEPTION : T_OTHER;
  char *full = dup_n(full_name, len);
  TypeInfo *nt = new_type(id, full, short_of(full), base ? base : &g_types[X_OBJECT]);
  map_put_full(full, nt, false);
  return nt;
}

const TypeInfo *type_array_of(const TypeInfo *elem) {
  map_init();
  if (!elem || elem == &g_types[X_OBJECT]) return &g_types[X_OBJARR];
  char *full = concat3(elem->full_name, "[]", "");
  const TypeInfo *t = map_get(full, strlen(full));
  if (t && t->is_array && t->elem == elem) {
    free(full);
    return t;
  }
  TypeInfo *nt = new_type(T_ARRAY, full, concat3(elem->name, "[]", ""), &g_types[X_ARRAYCLS]);
  nt->is_array = true;
  nt->elem = elem;
  if (!t) map_put_full(full, nt, false);
  return nt;
}

static const TypeInfo *list_of(const TypeInfo *elem) {
  char *full = concat3("System.Collections.Generic.List`1[", elem->full_name, "]");
  const TypeInfo *t = map_get(full, strlen(full));
  if (t && t->id == T_LIST && t->elem == elem) {
    free(full);
    return t;
  }
  TypeInfo *nt = new_type(T_LIST, full, "List`1", &g_types[X_OBJECT]);
  nt->elem = elem;
  if (!t) map_put_full(full, nt, false);
  return nt;
}

/* ------------------------------------------------------------------ */
/* lookup                                                              */

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

static const TypeInfo *resolve(const char *s, size_t len);

/* "List[string]", "System.Collections.Generic.List[[string]]" */
static const TypeInfo *resolve_generic(const char *s, size_t len) {
  const char *lb = memchr(s, '[', len);
  if (!lb || s[len - 1] != ']') return NULL;
  size_t blen = (size_t)(lb - s);
  const char *arg = lb + 1;
  size_t alen = len - blen - 2;
  while (alen && is_space(*arg)) arg++, alen--;
  while (alen && is_space(arg[alen - 1])) alen--;
  if (alen >= 2 && arg[0] == '[' && arg[alen - 1] == ']') arg++, alen -= 2;
  static const char *const lists[] = {"List", "Collections.Generic.List",
                                      "System.Collections.Generic.List", "List`1",
                                      "System.Collections.Generic.List`1"};
  for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
    if (!val_streq_ci(s, blen, lists[i], strlen(lists[i]))) continue;
    const TypeInfo *e = resolve(arg, alen);
    return e ? list_of(e) : NULL;
  }
  return NULL;
}

static const TypeInfo *resolve(const char *s, size_t len) {
  while (len && is_space(*s)) s++, len--;
  while (len && is_space(s[len - 1])) len--;
  if (!len) return NULL;
  const TypeInfo *t = map_get(s, len);
  if (t) return t;
  if (len > 2 && s[len - 2] == '[' && s[len - 1] == ']') {
    const TypeInfo *e = resolve(s, len - 2);
    t = e ? type_array_of(e) : NULL;
  } else if (s[len - 1] == ']') {
    t = resolve_generic(s, len);
  }
  if (t) map_put(s, len, t, true);
  return t;
}

const TypeInfo *type_lookup(const char *name, size_t len) {
  if (!name) return NULL;
  map_init();
  return resolve(name, len);
}

/* ------------------------------------------------------------------ */
/* the type of a value, and -is                                        */

static const TypeInfo *obj_type(VObj *o) {
  if (o->type) return o->type;
  const char *name = o->type_name->data;
  const TypeInfo *t = map_get(name, o->type_name->len);
  if (!t) {
    const TypeInfo *base = o->cls == OBJ_EXCEPTION ? &g_types[X_EXCEPTION] : NULL;
    if (o->cls == OBJ_ERRORRECORD) base = &g_types[X_ERRORRECORD];
    t = type_intern(name, base);
  }
  o->type = t;
  return t;
}

static const TypeInfo *arr_type(const VArr *a) {
  if (a->flags & VARR_LIST) return a->elem ? list_of(a->elem) : &g_types[X_ARRAYLIST];
  return a->elem ? type_array_of(a->elem) : &g_types[X_OBJARR];
}

const TypeInfo *type_of(Value v) {
  map_init();
  switch (v.kind) {
  case V_NULL: return NULL;
  case V_BOOL: return &g_types[X_BOOL];
  case V_INT: return &g_types[X_INT];
  case V_LONG: return &g_types[X_LONG];
  case V_DOUBLE: return &g_types[X_DOUBLE];
  case V_STR: return &g_types[X_STRING];
  case V_ARR: return arr_type(v.u.a);
  case V_HASH: return &g_types[(v.u.h->flags & VHASH_ORDERED) ? X_ORDERED : X_HASHTABLE];
  case V_OBJ: return obj_type(v.u.o);
  case V_BLOCK: return &g_types[X_SCRIPTBLOCK];
  case V_TYPE: return &g_types[X_RUNTIMETYPE];
  case V_HANDLE:
    return type_intern(v.u.hd->type && v.u.hd->type->type_name ? v.u.hd->type->type_name
                                                                 : "System.Object",
                       NULL);
  }
  return NULL;
}

bool type_derives(const TypeInfo *t, const TypeInfo *base) {
  if (!t || !base) return false;
  if (base == &g_types[X_OBJECT]) return true;
  for (const TypeInfo *p = t; p; p = p->base) {
    if (p == base) return true;
    if (strcmp(p->full_name, base->full_name) == 0) return true;
  }
  return false;
}

/* Interfaces: which values implement them. */
static bool implements(Value v, const TypeInfo *t) {
  bool arr = v.kind == V_ARR, hash = v.kind == V_HASH;
  switch (t - g_types) {
  case X_IENUMERABLE: return arr || hash || v.kind == V_STR;
  case X_ICOLLECTION: return arr || hash;
  case X_ILIST: return arr;
  case X_IDICTIONARY: return hash;
  case X_ICOMPARABLE:
    return v.kind == V_STR || v.kind == V_BOOL || v.kind == V_INT || v.kind == V_LONG ||
           v.kind == V_DOUBLE;
  case X_IFORMATTABLE: return v.kind == V_INT || v.kind == V_LONG || v.kind == V_DOUBLE;
  default: return false;
  }
}

static bool is_value_type(const TypeInfo *t) {
  return type_derives(t, &g_types[X_VALUETYPE]);
}

bool type_is(Value v, const TypeInfo *t) {
  if (!t || v.kind == V_NULL) return false;
  if (t->id == T_OBJECT || t->id == T_PSOBJECT) return true;
  if (t->id == T_PSCUSTOM) return v.kind == V_OBJ && v.u.o->cls == OBJ_PSCUSTOM;
  if (t >= g_types && t < g_types + X_COUNT && implements(v, t)) return true;
  const TypeInfo *vt = type_of(v);
  if (type_derives(vt, t)) return true;
  /* array covariance: string[] is an object[] */
  if (t->is_array && vt && vt->is_array && t->elem && vt->elem && !is_value_type(vt->elem))
    return type_derives(vt->elem, t->elem);
  return false;
}
