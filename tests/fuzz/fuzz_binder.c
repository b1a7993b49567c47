/* fuzz_binder.c - libFuzzer target: the bytes choose the words of a
 * command line (parameter names, prefixes, values, splats, common
 * parameters) for the fake cmdlets of tests/unit/fake_cmdlets.h; the line
 * is parsed and run, so every binding path runs with any mix of
 * arguments. Output is discarded. */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>

#include "../unit/fake_cmdlets.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const words[] = {
    "-Identity", "-Iden", "-id", "-I", "-Filter", "-F", "-Instance", "-Force", "-Force:$false",
    "-Count", "-Count:3", "-InputObject", "-In", "-Level", "Low", "Mid", "-sip", "-SipAddress",
    "x", "1", "'two words'", "$null", "@h", "@a", "-ErrorAction", "SilentlyContinue", "Stop",
    "-ev", "+e", "-OutVariable", "o", "-WarningAction", "-Verbose", "-Confirm:$false", "-WhatIf",
    "-PipelineVariable", "p", "-ea", "-", "--", "-Bogus", "$true", "1,2", "@{a=1}", "{ 1 }",
};

static const char *const heads[] = {
    "Get-Fake", "Remove-Fake", "'a' | Get-Fake", ("[pscustomobject]@{SipAddress='s';Identity='i'} | "
     "Remove-Fake"), "f", "g", "Get-Command -Syntax", "Where-Object",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FakeHost h = {SB_INIT, SB_INIT, NULL};
  static Interp *I;
  if (!I) {
    I = fake_interp(&h, false);
    fake_run(I, "function f { [CmdletBinding(SupportsShouldProcess, DefaultParameterSetName='A')]"
                " param([Parameter(ParameterSetName='A', Position=0, Mandatory)]$x,"
                " [Parameter(ParameterSetName='B', Mandatory)]$y, [switch]$z,"
                " [Parameter(ValueFromPipeline)]$in) process { $PSCmdlet.ParameterSetName } }\n"
                "function g($a, $b) { $args.Count }\n$h = @{Count=1}; $a = 'x', 2\n");
  }
  StrBuf line = SB_INIT;
  sb_puts(&line, size ? heads[data[0] % (sizeof heads / sizeof heads[0])] : "Get-Fake");
  for (size_t i = 1; i < size && i < 24; i++) {
    sb_putc(&line, ' ');
    sb_puts(&line, words[data[i] % (sizeof words / sizeof words[0])]);
  }
  sb_putc(&line, '\n');
  fake_run(I, sb_cstr(&line));
  sb_free(&line);
  sb_reset(&h.out);
  sb_reset(&h.err);
  return 0;
}
