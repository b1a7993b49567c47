/* fuzz_store.c - libFuzzer target: the bytes are a lab store file (the
 * seeds are real stores; the fuzzer damages them). The shell opens it as
 * its store and runs a few Lync commands that read and write it: each must
 * work, or end with the store's clear "damaged or foreign" error, never a
 * crash. */
#include "fuzz_host.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char SCRIPT[] =
    "Get-CsUser | Select-Object -First 3 | Format-List | Out-String | Out-Null\n"
    "Get-CsLabUser -ErrorAction SilentlyContinue | Select-Object -First 3 | Out-Null\n"
    "Get-CsUserServicesPolicy | Out-Null\n"
    "New-CsLabUser -DisplayName 'Fuzz User' -Count 2 -Contacts 2 | Out-Null\n"
    "New-CsUserServicesPolicy -Identity FuzzPolicy -UcsAllowed $true | Out-Null\n"
    "Get-CsUser | Grant-CsUserServicesPolicy -PolicyName FuzzPolicy\n"
    "Skip-CsLabTime -Days 2 | Out-Null\n"
    "Test-CsUnifiedContactStore -UserSipAddress sip:fuzz.user1@litwareinc.com "
    "-ErrorAction SilentlyContinue | Out-Null\n"
    "Get-CsLabEvent | Select-Object -Last 5 | Out-Null\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_sandbox_enter();
  unlink("lab.db-wal");
  unlink("lab.db-shm");
  unlink("lab.db-journal");
  fuzz_write_file("lab.db", data, size);
  Interp *I = fuzz_interp();
  setenv("UCSH_STORE", "lab.db", 1);
  fuzz_run(I, SCRIPT, sizeof SCRIPT - 1);
  fuzz_interp_done(I);
  return 0;
}
