/* fuzz_csv.c - libFuzzer target: the bytes (after the first) are a CSV
 * file read by Import-Csv, or text given to ConvertFrom-Csv; the first byte
 * picks the options. The rows are then formatted, written back as CSV, and
 * fed to a runbook's loop (Import-Csv | ForEach-Object { Grant-... }) on
 * the :memory: lab, so hostile cells reach the Lync cmdlets too. */
#include "fuzz_host.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const readers[] = {
    "$rows = @(Import-Csv in.csv)",
    "$rows = @(Import-Csv -Path in.csv -Delimiter ';')",
    "$rows = @(Import-Csv in.csv -Header Identity, PolicyName, Extra)",
    "$rows = @(Import-Csv in.csv -Encoding Unicode)",
    "$rows = @(Import-Csv -LiteralPath in.csv -UseCulture)",
    "$rows = @(Get-Content in.csv | ConvertFrom-Csv)",
    "$rows = @(ConvertFrom-Csv -InputObject (Get-Content in.csv -Raw) -Delimiter \"`t\")",
    "$rows = @(Import-Csv in.csv -Encoding UTF8 -Header A)",
};

static const char USE[] =
    "\n$rows | Format-Table | Out-String | Out-Null\n"
    "$rows | Format-List | Out-String | Out-Null\n"
    "$rows | ConvertTo-Csv -NoTypeInformation | Out-Null\n"
    "$rows | Export-Csv out.csv -NoTypeInformation\n"
    "$rows | Select-Object -First 20 | ForEach-Object {\n"
    "  Grant-CsUserServicesPolicy -Identity $_.Identity -PolicyName $_.PolicyName -ErrorAction SilentlyContinue\n"
    "  Get-CsUser -Identity $_.($_.PSObject.Properties.Name | Select-Object -First 1) -ErrorAction SilentlyContinue\n"
    "}\n"
    "$rows | Sort-Object -Property Identity | Group-Object PolicyName | Out-Null\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_run_reader(data, size, "in.csv", readers, sizeof readers / sizeof readers[0], USE);
  return 0;
}
