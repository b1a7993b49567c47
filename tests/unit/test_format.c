/* test_format.c - the view registry and the 5.1 table/list layout
 * (runtime/format.c), driven without the interpreter's evaluator. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "strbuf.h"

static int passed, failed;

static void check(const char *got, const char *want, const char *what, int line) {
  if (strcmp(got, want) == 0) {
    passed++;
    return;
  }
  failed++;
  printf("FAIL line %d %s:\n--- want\n%s--- got\n%s---\n", line, what, want, got);
}

static void to_buf(void *ctx, const char *s, size_t n) { sb_putn(ctx, s, n); }

static Value policy(const char *identity, int max, const char *desc) {
  Value o = val_obj_new(OBJ_GENERIC, "Test.Rtc.Policy");
  val_obj_set(o, "Identity", val_cstr(identity));
  val_obj_set(o, "MaxSize", val_int(max));
  val_obj_set(o, "Description", val_cstr(desc));
  return o;
}

/* Render objects through one Out-Default run at `width` columns. */
static void render(StrBuf *b, int width, const Value *objs, int n) {
  sb_reset(b);
  FmtOut *f = fmt_out_new(NULL, width, to_buf, b);
  for (int i = 0; i < n; i++) fmt_out_object(f, objs[i]);
  fmt_out_free(f);
}

static void test_registered_table(void) {
  static const int widths[] = {12, 0, 0};
  fmt_view_register("Test.Rtc.Policy", FMT_TABLE, "Identity, MaxSize, Description", widths);
  Value o[3] = {policy("Global", 10, "default"), policy("Tag:Sales", 2000, "sales team"),
                val_cstr("between")};
  StrBuf b = SB_INIT;
  render(&b, 40, o, 3);
  /* a fixed first width: no grouping window; the other columns share the
   * room left (40 - 12 - 2 separators = 26: 13 each), padded to it */
  check(sb_cstr(&b),
        "\n"
        "Identity     MaxSize       Description  \n"
        "--------     -------       -----------  \n"
        "Global       10            default      \n"
        "Tag:Sales    2000          sales team   \n"
        "between\n"
        "\n\n",
        "registered table view", __LINE__);
  for (int i = 0; i < 3; i++) val_unref(o[i]);
  sb_free(&b);
}

static void test_registered_list_and_oob(void) {
  fmt_view_register("Test.Rtc.Policy", FMT_LIST, "Identity,Description", NULL);
  Value other = val_pscustom_new();
  val_obj_set(other, "X", val_int(1));
  Value o[2] = {policy("Global", 1, ""), other};
  StrBuf b = SB_INIT;
  render(&b, 79, o, 2);
  check(sb_cstr(&b),
        "\n\n"
        "Identity    : Global\n"
        "Description : \n"
        "\n"
        "\n"
        "X : 1\n"
        "\n"
        "\n\n",
        "registered list view, other type out of band", __LINE__);
  val_unref(o[0]), val_unref(o[1]);
  sb_free(&b);
}

static void test_generated_table(void) {
  Value a = val_pscustom_new(), c = val_pscustom_new();
  val_obj_set(a, "Name", val_cstr("ken"));
  val_obj_set(a, "Count", val_int(3));
  val_obj_set(c, "Name", val_cstr("alexandra"));
  Value list = val_arr_new(0);
  for (int i = 1; i <= 5; i++) val_arr_push(list, val_int(i));
  val_obj_set(c, "Count", list);
  Value o[2] = {a, c};
  StrBuf b = SB_INIT;
  render(&b, 79, o, 2);
  check(sb_cstr(&b),
        "\n"
        "Name                Count\n"
        "----                -----\n"
        "ken                     3\n"
        "alexandra {1, 2, 3, 4...}\n"
        "\n\n",
        "generated table, widths from the rows", __LINE__);
  val_unref(a), val_unref(c);
  sb_free(&b);
}

static void test_truncation(void) {
  Value a = val_pscustom_new();
  val_obj_set(a, "Key", val_cstr("k"));
  val_obj_set(a, "Text", val_cstr("abcdefghijklmnopqrstuvwxyz"));
  StrBuf b = SB_INIT;
  render(&b, 15, &a, 1);
  check(sb_cstr(&b),
        "\n"
        "Key Text       \n"
        "--- ----       \n"
        "k   abcdefgh...\n"
        "\n\n",
        "last column shrunk to fit, cut with ...", __LINE__);
  val_unref(a);
  sb_free(&b);
}

int main(void) {
  test_registered_table();
  test_registered_list_and_oob();
  test_generated_table();
  test_truncation();
  fmt_views_clear();
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
