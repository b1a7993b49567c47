/* fuzz_eval.c - libFuzzer target: the bytes are a script, run by a fresh
 * interpreter with every cmdlet on a :memory: lab store, under the step
 * and time budget of fuzz_host.h, in its file-system sandbox. Any error is
 * fine; a crash, a leak or a sanitizer report is not. */
#include "fuzz_host.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Interp *I = fuzz_interp();
  fuzz_run(I, (const char *)data, size);
  fuzz_interp_done(I);
  return 0;
}
