/* security.c - the Microsoft.PowerShell.Security cmdlet a runbook needs to
 * build a credential without a prompt: ConvertTo-SecureString. (The
 * SecureString and PSCredential objects live in runtime/secure.h, shared
 * with Get-Credential and [pscredential]::new.) */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "../runtime/convert.h"
#include "../runtime/secure.h"
#include "cmdlets.h"
#include "objutil.h"

#define CSS_CMD "Microsoft.PowerShell.Commands.ConvertToSecureStringCommand"

/* Windows PowerShell 5.1's ForceRequired text (SecureStringCommands.resx), as a
 * non-terminating ArgumentException (SecureStringCommands.cs). */
static Status css_force_required(CmdCtx *c) {
  return obj_fail(c, "System.ArgumentException", "ImportSecureString_ForceRequired," CSS_CMD,
                  "InvalidArgument", val_null(),
                  "The system cannot protect plain text input. To suppress this warning and "
                  "convert the plain text to a SecureString, reissue the command specifying the "
                  "Force parameter. For more information ,type: get-help "
                  "ConvertTo-SecureString.");
}

/* An encrypted standard string (from ConvertFrom-SecureString on Windows)
 * cannot be decrypted here: no DPAPI and no user key store, so it fails as
 * it does for a string encrypted by another user or computer. */
static Status css_cannot_decrypt(CmdCtx *c) {
  return obj_fail(c, "System.Security.Cryptography.CryptographicException",
                  "ImportSecureString_InvalidArgument_CryptographicError," CSS_CMD,
                  "InvalidArgument", val_null(), "Key not valid for use in specified state.");
}

static Status css_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input; /* -String is bound from the pipeline object */
  Value *sv = cmd_arg(c, "String");
  char *text = sv ? conv_to_cstr(*sv, NULL) : NULL;
  Status st;
  if (!cmd_switch(c, "AsPlainText")) st = css_cannot_decrypt(c);
  else if (!cmd_switch(c, "Force")) st = css_force_required(c);
  else {
    Value ss = sec_string_of(text);
    st = cmd_emit(c, ss);
    val_unref(ss);
  }
  free(text);
  return st;
}

static const ParamDef css_params[] = {
    {"String", NULL, T_STRING, false, 0, PF_MANDATORY | PF_PIPELINE | PF_NOT_NULL_OR_EMPTY, NULL,
     "The string to convert: plain text with -AsPlainText -Force, else an encrypted "
     "standard string (which ucsh cannot decrypt)."},
    {"SecureKey", NULL, T_OBJECT, false, 1, 0, NULL,
     "The key of an encrypted standard string (not supported by ucsh).", "Secure,1"},
    {"AsPlainText", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "The string is plain text. Windows PowerShell 5.1 also requires -Force.", "PlainText"},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Confirms that you know plain text is not protected.", "PlainText"},
    {"Key", NULL, T_BYTE, true, -1, 0, NULL,
     "The AES key of an encrypted standard string (not supported by ucsh).", "Open"},
};

static const CmdExample css_examples[] = {
    {"$ss = ConvertTo-SecureString \"P@ssW0rD!\" -AsPlainText -Force",
     "Converts a plain text password to a secure string (5.1 requires -Force with "
     "-AsPlainText)."},
    {"$ss = ConvertTo-SecureString \"P@ssW0rD!\" -AsPlainText -Force\n"
     "$credential = New-Object System.Management.Automation.PSCredential "
     "(\"litwareinc\\kenmyer\", $ss)",
     "Builds the credential Get-Credential would return, without a prompt (for runbooks)."},
    {NULL, NULL},
};

const CmdDef security_cmdlets[] = {
    {"ConvertTo-SecureString", NULL, css_params, NP(css_params), 0, NULL, css_process, NULL,
     "Converts plain text or encrypted strings to secure strings.", NULL, "Secure", NULL,
     "System.Security.SecureString",
     "With -AsPlainText -Force, makes a secure string from plain text; the secure string "
     "never shows its text (it prints as System.Security.SecureString and keeps only its "
     "Length: ucsh keeps no passwords). Use it with New-Object "
     "System.Management.Automation.PSCredential to build a credential without a prompt. "
     "Encrypted standard strings (ConvertFrom-SecureString output, -Key, -SecureKey) cannot "
     "be decrypted in ucsh: they fail with \"Key not valid for use in specified state.\"",
     css_examples},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
