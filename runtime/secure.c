/* secure.c - SecureString and PSCredential objects (secure.h). */
#include "secure.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "convert.h"

Value sec_string_new(size_t length) {
  Value s = val_obj_new(OBJ_GENERIC, SEC_STRING_TYPE);
  val_obj_set(s, "Length", val_int((int32_t)length));
  val_obj_set_text(s, val_cstr(SEC_STRING_TYPE));
  return s;
}

Value sec_string_of(const char *text) {
  size_t n = 0;
  for (const unsigned char *p = (const unsigned char *)(text ? text : ""); *p; p++)
    n += (*p & 0xC0) != 0x80;
  return sec_string_new(n);
}

bool sec_is_string(Value v) {
  const TypeInfo *t = type_of(v);
  return t && strcasecmp(t->full_name, SEC_STRING_TYPE) == 0;
}

Value sec_credential_new(const char *user, Value password) {
  Value o = val_obj_new(OBJ_GENERIC, SEC_CREDENTIAL_TYPE);
  val_obj_set(o, "UserName", val_cstr(user));
  val_obj_set(o, "Password", val_ref(password));
  return o;
}

/* PowerShell's texts for a .ctor call whose argument cannot be used. */
static bool ctor_null(RtError *err, const char *param) {
  return rt_fail(err, EXC_METHOD, "PSArgumentNullException", "NotSpecified",
                 "Exception calling \".ctor\" with \"2\" argument(s): \"Value cannot be null.\n"
                 "Parameter name: %s\"", param);
}

static bool ctor_cast(RtError *err, Value arg) {
  char *text = conv_to_cstr(arg, NULL);
  const char *tn = conv_type_name(arg);
  rt_fail(err, "System.Management.Automation.MethodException",
          "MethodArgumentConversionInvalidCastArgument", "NotSpecified",
          "Cannot convert argument \"password\", with value: \"%s\", for \"PSCredential\" to "
          "type \"%s\": \"Cannot convert the \"%s\" value of type \"%s\" to type \"%s\".\"",
          text ? text : "", SEC_STRING_TYPE, text ? text : "", tn, SEC_STRING_TYPE);
  free(text);
  return false;
}

static bool credential_ctor(const Value *args, int nargs, Value *out, RtError *err) {
  if (nargs != 2)
    return rt_fail(err, "System.Management.Automation.MethodException",
                   "MethodCountCouldNotFindBest", "NotSpecified",
                   "Cannot find an overload for \"PSCredential\" and the argument count: \"%d\".",
                   nargs);
  if (args[0].kind == V_NULL) return ctor_null(err, "userName");
  if (args[1].kind == V_NULL) return ctor_null(err, "password");
  if (!sec_is_string(args[1])) return ctor_cast(err, args[1]);
  char *user = conv_to_cstr(args[0], NULL);
  *out = sec_credential_new(user ? user : "", args[1]);
  free(user);
  return true;
}

bool sec_construct(const TypeInfo *t, const Value *args, int nargs, Value *out, RtError *err,
                   bool *failed) {
  *failed = false;
  if (strcasecmp(t->full_name, SEC_CREDENTIAL_TYPE) == 0) {
    *failed = !credential_ctor(args, nargs, out, err);
    return true;
  }
  if (strcasecmp(t->full_name, SEC_STRING_TYPE) == 0 && nargs == 0) {
    *out = sec_string_new(0);
    return true;
  }
  return false;
}
