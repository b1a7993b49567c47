/* types.h - the .NET type names ucsh knows: [int], [string[]], [math] ...
 *
 * TypeInfo records are static or interned for the life of the process;
 * nobody frees them. Lookup is case-insensitive, "System." is optional, and
 * PowerShell's accelerators are known (int, long, double, decimal, string,
 * char, byte, bool, switch, object, array, hashtable, ordered,
 * pscustomobject, psobject, scriptblock, regex, xml, guid, datetime,
 * timespan, type, void, math, convert, environment, ipaddress, version,
 * System.Collections.ArrayList, System.Collections.Generic.List[T], ...). */
#ifndef UCSH_TYPES_H
#define UCSH_TYPES_H

#include <stdbool.h>
#include <stddef.h>

#include "value.h"

typedef enum TypeId {
  T_OTHER = 0, /* interned by name, no special behaviour */
  T_OBJECT, T_VOID, T_BOOL, T_SWITCH, T_CHAR, T_BYTE, T_SBYTE, T_INT16, T_UINT16,
  T_INT, T_UINT32, T_LONG, T_UINT64, T_FLOAT, T_DOUBLE, T_DECIMAL, T_STRING,
  T_ARRAY,      /* System.Array / Object[] when is_array with elem OBJECT */
  T_HASHTABLE, T_ORDERED, T_PSCUSTOM, T_PSOBJECT, T_SCRIPTBLOCK, T_ARRAYLIST,
  T_LIST,       /* System.Collections.Generic.List[T] (elem set) */
  T_TYPE, T_MATH, T_CONVERT, T_REGEX, T_GUID, T_DATETIME, T_TIMESPAN,
  T_ENVIRONMENT, T_VERSION, T_IPADDRESS, T_XML, T_STRINGBUILDER, T_VALUETYPE,
  T_ENUM, T_CHARARRAY_DUMMY,
  T_ERRORRECORD, T_EXCEPTION, /* System.Exception and subclasses: see base */
  T_ID_COUNT
} TypeId;

struct TypeInfo {
  TypeId id;
  const char *full_name;        /* "System.Int32", "System.Object[]" */
  const char *name;             /* "Int32", "Object[]" */
  const TypeInfo *base;         /* base class (for -is and typed catch), NULL for Object */
  bool is_array;                /* T[] */
  const TypeInfo *elem;         /* element type for arrays and List[T] */
};

/* Resolve a type name as written in source ("int", "string[]",
 * "System.Collections.Generic.List[string]", "DivideByZeroException").
 * Returns NULL for an unknown name. */
const TypeInfo *type_lookup(const char *name, size_t len);
const TypeInfo *type_by_id(TypeId id);
const TypeInfo *type_array_of(const TypeInfo *elem); /* interned T[] */
/* Intern an arbitrary full type name (for objects like ErrorRecord or
 * "Deserialized.Foo"); base may be NULL (Object). */
const TypeInfo *type_intern(const char *full_name, const TypeInfo *base);

/* The runtime type of a value (V_OBJ: from its type name/class). */
const TypeInfo *type_of(Value v);
/* -is: v is of type t or derives from it (Object matches anything non-null). */
bool type_is(Value v, const TypeInfo *t);
bool type_derives(const TypeInfo *t, const TypeInfo *base);

#endif
