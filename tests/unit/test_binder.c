/* test_binder.c - the parameter binder on a table of fake cmdlets
 * (fake_cmdlets.h): name matching, ambiguity, own-beats-common, parameter
 * sets, positions per set, pipeline by property name, mandatory errors,
 * splatting, ShouldProcess and the sets parser. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>

#include "../../runtime/binder.h"
#include "fake_cmdlets.h"

static int passed, failed;

/* Run `script` on a fresh shell; stdout must equal want_out (NULL: don't
 * check) and stderr must contain want_err (NULL: must be empty). */
static void expect(const char *script, const char *want_out, const char *want_err,
                   const char *answers, int line) {
  FakeHost h = {SB_INIT, SB_INIT, answers};
  Interp *I = fake_interp(&h, answers != NULL);
  fake_run(I, script);
  const char *out = sb_cstr(&h.out), *err = sb_cstr(&h.err);
  bool ok = (!want_out || strcmp(out, want_out) == 0) &&
            (want_err ? strstr(err, want_err) != NULL : h.err.len == 0);
  if (ok) passed++;
  else {
    failed++;
    printf("FAIL line %d: %s\n  stdout: [%s]\n  stderr: [%s]\n", line, script, out, err);
  }
  interp_free(I);
  sb_free(&h.out);
  sb_free(&h.err);
}
#define OUT(script, want) expect(script, want, NULL, NULL, __LINE__)
#define ERR(script, want) expect(script, NULL, want, NULL, __LINE__)
#define ASK(script, answers, want) expect(script, want, NULL, answers, __LINE__)

static void matching(void) {
  OUT("Get-Fake -Identity a", "set=Identity Identity=a\n");
  OUT("Get-Fake -identity:a", "set=Identity Identity=a\n");
  OUT("Get-Fake -Iden a", "set=Identity Identity=a\n");         /* unique prefix */
  OUT("Get-Fake -id a", "set=Identity Identity=a\n");           /* alias */
  OUT("Get-Fake -sip s", "set=Identity SipAddress=s\n");        /* alias */
  OUT("Get-Fake -Inp x", "set=Identity InputObject=x\n");       /* own beats common */
  ERR("Get-Fake -In x", "Possible matches include: -Instance -InputObject.");
  OUT("Get-Fake -InformationA Ignore", "set=Identity\n");        /* common by prefix */
  OUT("Get-Fake -Fo", "set=Identity Force=True\n");
  OUT("Get-Fake -Force:$false", "set=Identity Force=False\n");
  ERR("Get-Fake -I x", "Parameter cannot be processed because the parameter name 'I' is "
                       "ambiguous. Possible matches include: -Identity -Instance -InputObject.");
  ERR("Get-Fake -F x", "Possible matches include: -Filter -Force.");
  ERR("Get-Fake -Bogus 1", "A parameter cannot be found that matches parameter name 'Bogus'.");
  ERR("Get-Fake -Bogus 1", "NamedParameterNotFound,Get-Fake");
  ERR("Get-Fake -Count", "Missing an argument for parameter 'Count'. Specify a parameter of type "
                         "'System.Int32' and try again.");
  ERR("Get-Fake -Count abc", "ParameterArgumentTransformationError,Get-Fake");
  ERR("Get-Fake -Level Mid", "does not belong to the set \"Low,High\"");
  ERR("Get-Fake -Identity a -Identity b", "is specified more than once");
  ERR("Get-Fake -ErrorAction Sometimes", "Cannot bind parameter 'ErrorAction'.");
  ERR("Get-Fake -WhatIf", "A parameter cannot be found that matches parameter name 'WhatIf'.");
}

static void sets(void) {
  OUT("Get-Fake", "set=Identity\n");                               /* default set */
  OUT("Get-Fake a 3", "set=Identity Identity=a Count=3\n");        /* positions */
  OUT("Get-Fake -Filter f", "set=Filter Filter=f\n");
  OUT("Get-Fake -Filter f 5", "set=Filter Filter=f Count=5\n");    /* Count in every set */
  OUT("Get-Fake -Instance x", "set=Instance Instance=x\n");
  ERR("Get-Fake -Identity a -Filter b",
      "Parameter set cannot be resolved using the specified named parameters.");
  ERR("Get-Fake -Identity a -Filter b", "AmbiguousParameterSet,Get-Fake");
  ERR("Get-Fake -Filter f 1 b", "A positional parameter cannot be found that accepts argument 'b'.");
  ERR("Get-Fake -Filter:$null", "Cannot bind argument to parameter 'Filter' because it is null.");
}

static void pipeline(void) {
  OUT("[pscustomobject]@{SipAddress='sip:a'} | Get-Fake -Filter f",
      "set=Filter Filter=f SipAddress=sip:a\n");
  OUT("'bob' | Get-Fake", "set=Identity Identity=bob\n");
  OUT("[pscustomobject]@{Identity='ken'} | Remove-Fake -Confirm:$false", "removed ken\n");
}

static void mandatory(void) {
  ERR("function f { param([Parameter(Mandatory)]$a, [Parameter(Mandatory)]$b) } f",
      "Cannot process command because of one or more missing mandatory parameters: a b.");
  ERR("Remove-Fake", "missing mandatory parameters: Identity.");
  ASK("function f { param([Parameter(Mandatory)][string]$Name) \"hi $Name\" } f", "Ken\n",
      "cmdlet f at command pipeline position 1\nSupply values for the following parameters:\n"
      "Name: hi Ken\n");
}

static void splatting(void) {
  OUT("$h = @{Filter='f'}; Get-Fake @h", "set=Filter Filter=f\n");
  OUT("$a = 'x', 4; Get-Fake @a", "set=Identity Identity=x Count=4\n");
  OUT("$h = @{Count=2}; Get-Fake @h -Identity z", "set=Identity Identity=z Count=2\n");
  OUT("function w { [CmdletBinding()] param($Identity, $Count) Get-Fake @PSBoundParameters }; "
      "w -Count 7", "set=Identity Count=7\n");
}

static void should_process(void) {
  OUT("Remove-Fake a -WhatIf", "What if: Performing the operation \"Remove-Fake\" on target "
                               "\"a\".\n");
  OUT("Remove-Fake a -Confirm:$false", "removed a\n");
  ERR("Remove-Fake a", "Windows PowerShell is in NonInteractive mode. Read and Prompt "
                       "functionality is not available.");
  OUT("$ConfirmPreference = 'None'; Remove-Fake a", "removed a\n");
  OUT("$WhatIfPreference = $true; Remove-Fake a", "What if: Performing the operation "
                                                  "\"Remove-Fake\" on target \"a\".\n");
  const char *q = "\nConfirm\nAre you sure you want to perform this action?\nPerforming the "
                  "operation \"Remove-Fake\" on target \"a\".\n[Y] Yes  [A] Yes to All  [N] No  "
                  "[L] No to All  [S] Suspend  [?] Help (default is \"Y\"): ";
  char want[1024];
  snprintf(want, sizeof want, "%sremoved a\n", q);
  ASK("Remove-Fake a", "y\n", want);
  ASK("Remove-Fake a", "\n", want);
  snprintf(want, sizeof want, "%s", q);
  ASK("Remove-Fake a", "n\n", want);
  /* A: yes to all for the rest of this command's input */
  expect("'a','b' | % { [pscustomobject]@{Identity=$_} } | Remove-Fake", NULL, NULL, "a\n",
         __LINE__);
}

static void sets_parser(void) {
  static const ParamDef pd[] = {
      {"A", NULL, T_STRING, false, -1, 0, NULL, NULL, "One,0,MV;Two,1"},
      {"B", NULL, T_STRING, false, 2, PF_SWITCH, NULL, NULL, NULL},
  };
  static const CmdDef d[] = {{"Test-Sets", NULL, pd, 2, 0, NULL, NULL, NULL, NULL, NULL, "Two"},
                             {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL}};
  FakeHost h = {SB_INIT, SB_INIT, NULL};
  Interp *I = fake_interp(&h, false);
  cmd_register(I, d);
  Command *c = cmd_lookup(I, "test-sets");
  int pos;
  unsigned f;
  bool ok = c && c->nsets == 2 && strcmp(c->sets[0], "Two") == 0 && c->default_set == 0 &&
            bind_param_in_set(&c->params[0], 1, &pos, &f) && pos == 0 &&
            (f & PF_MANDATORY) && (f & PF_PIPELINE) && bind_param_in_set(&c->params[0], 0, &pos, &f) &&
            pos == 1 && !(f & PF_MANDATORY) && bind_param_in_set(&c->params[1], 1, &pos, NULL) &&
            pos == 2;
  if (ok) passed++;
  else failed++, printf("FAIL sets_parser\n");
  interp_free(I);
  sb_free(&h.out);
  sb_free(&h.err);
}

int main(void) {
  matching();
  sets();
  pipeline();
  mandatory();
  splatting();
  should_process();
  sets_parser();
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
