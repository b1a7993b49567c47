/* fuzz_parse.c - libFuzzer target: parse any bytes, dump the tree, free
 * everything. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "ast_dump.h"
#include "parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Script *s = NULL;
  ParseErrors errs;
  if (parse_script((const char *)data, size, "fuzz.ps1", &s, &errs)) {
    char *d = ast_dump(s->root);
    free(d);
    script_retain(s);
    script_release(s);
    script_release(s);
  } else {
    parse_errors_free(&errs);
  }
  return 0;
}
