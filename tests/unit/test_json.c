/* test_json.c - the JSON writer and reader of ConvertTo-/ConvertFrom-Json
 * (cmdlets/json.h): 5.1's layout and escapes, depth, number types, errors
 * and the nesting limit. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "../../cmdlets/json.h"
#include "check.h"

/* v's JSON (consumes v); a static buffer. */
static const char *write_of(Value v, int depth, bool compress) {
  static char out[4096];
  StrBuf b = SB_INIT;
  RtError e = {0};
  bool ok = json_write(&b, v, depth, compress, &e);
  snprintf(out, sizeof out, "%s", ok ? sb_cstr(&b) : "<error>");
  sb_free(&b), rt_error_clear(&e), val_unref(v);
  return out;
}

static void test_write(void) {
  Value h = val_hash_new(true);
  Value a = val_arr_new(0);
  val_arr_push(a, val_int(1)), val_arr_push(a, val_cstr("x"));
  val_hash_setc(h, "Eras", a);
  val_hash_setc(h, "E", val_arr_new(0));
  CHECK(strcmp(write_of(val_ref(h), 2, false),
               "{\n    \"Eras\":  [\n                 1,\n                 \"x\"\n"
               "             ],\n    \"E\":  [\n\n          ]\n}") == 0);
  CHECK(strcmp(write_of(h, 2, true), "{\"Eras\":[1,\"x\"],\"E\":[]}") == 0);
  CHECK(strcmp(write_of(val_cstr("<&'\x01\xff"), 2, true), "\"\\u003c\\u0026\\u0027\\u0001\xEF\xBF\xBD\"") == 0);
  CHECK(strcmp(write_of(val_double(0.1), 2, true), "0.1") == 0);
  CHECK(strcmp(write_of(val_long(INT64_MIN), 2, true), "-9223372036854775808") == 0);
  Value deep = val_hash_new(false), in = val_hash_new(false);
  val_hash_setc(in, "b", val_int(1));
  val_hash_setc(deep, "a", in);
  CHECK(strcmp(write_of(deep, 0, true), "{\"a\":\"System.Collections.Hashtable\"}") == 0);
  Value bad = val_hash_new(false);
  val_hash_set(bad, val_int(1), val_int(2));
  CHECK(strcmp(write_of(bad, 2, true), "<error>") == 0);
}

/* Parse text: true when it parses; *v owned. */
static bool parse(const char *text, Value *v, char **msg) {
  RtError e = {0};
  bool ok = json_parse(text, strlen(text), v, &e);
  if (msg) *msg = e.msg ? strdup(e.msg) : NULL;
  rt_error_clear(&e);
  return ok;
}

static void test_parse(void) {
  Value v;
  char *msg;
  CHECK(parse("  ", &v, NULL) && v.kind == V_NULL);
  CHECK(parse("2147483647", &v, NULL) && v.kind == V_INT);
  CHECK(parse("2147483648", &v, NULL) && v.kind == V_LONG);
  CHECK(parse("1e3", &v, NULL) && v.kind == V_DOUBLE && v.u.d == 1000);
  CHECK(parse("-.5", &v, NULL) && v.kind == V_DOUBLE && v.u.d == -0.5);
  CHECK(parse("[1,{\"a\":[]}]", &v, NULL) && v.kind == V_ARR && val_arr_len(v) == 2);
  CHECK(val_arr_at(v, 1).kind == V_OBJ && val_obj_prop(val_arr_at(v, 1), "a")->kind == V_ARR);
  val_unref(v);
  CHECK(parse("\"\\ud83d\\ude00\"", &v, NULL) && strcmp(val_sdata(v), "\xF0\x9F\x98\x80") == 0);
  val_unref(v);
  CHECK(!parse("tru", &v, &msg) && strcmp(msg, "Invalid JSON primitive: tru.") == 0);
  free(msg);
  CHECK(!parse("{\"a\":1,\"A\":2}", &v, &msg) && strstr(msg, "'a' and 'A'"));
  free(msg);
  CHECK(!parse("\"\\q\"", &v, &msg) && strstr(msg, "Unrecognized escape sequence."));
  free(msg);
  size_t n = 200000;
  char *deep = malloc(n + 1);
  memset(deep, '[', n), deep[n] = 0;
  CHECK(!parse(deep, &v, &msg) && strncmp(msg, "RecursionLimit exceeded. (100)", 30) == 0);
  free(msg), free(deep);
  CHECK(!parse("1 2", &v, NULL) && v.kind == V_NULL);
}

int main(void) {
  test_write();
  test_parse();
  return check_done();
}
