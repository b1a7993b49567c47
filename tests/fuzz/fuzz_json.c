/* fuzz_json.c - libFuzzer target: the bytes (after the first) are JSON text
 * given to ConvertFrom-Json; the first byte picks how. The objects are then
 * formatted, written back with ConvertTo-Json and read again, and their
 * properties read by name. */
#include "fuzz_host.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const readers[] = {
    "$j = Get-Content in.json -Raw | ConvertFrom-Json",
    "$j = ConvertFrom-Json -InputObject (Get-Content in.json -Raw)",
    "$j = Get-Content in.json | ConvertFrom-Json",
    ("$j = (Get-Content in.json -Raw | ConvertFrom-Json).PSObject.Properties | "
     "ForEach-Object { $_.Name; $_.Value }"),
};

static const char USE[] =
    "\n$j | Format-List | Out-String | Out-Null\n"
    "$j | Format-Table | Out-String | Out-Null\n"
    "$t = $j | ConvertTo-Json -Depth 8\n"
    "$t | ConvertFrom-Json | ConvertTo-Json -Compress | Out-Null\n"
    "$j | ConvertTo-Json -Depth 2 -Compress | Out-Null\n"
    "foreach ($o in @($j)) { if ($o) { $o.Identity; $o.a.b; \"$o\" } }\n"
    "@($j) | Where-Object { $_ -ne $null } | Select-Object -First 3 | ConvertTo-Csv | Out-Null\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_run_reader(data, size, "in.json", readers, sizeof readers / sizeof readers[0], USE);
  return 0;
}
