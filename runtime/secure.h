/* secure.h - System.Security.SecureString and PSCredential objects, shared
 * by ConvertTo-SecureString, Get-Credential and the PSCredential
 * constructor ([pscredential]::new, New-Object).
 *
 * A SecureString never keeps its text: ucsh remembers only its Length
 * (the lab checks no passwords), and it prints as its type name, as in
 * Windows PowerShell. Ownership as in value.h: results owned, arguments
 * borrowed. */
#ifndef UCSH_SECURE_H
#define UCSH_SECURE_H

#include <stdbool.h>
#include <stddef.h>

#include "rterr.h"
#include "types.h"
#include "value.h"

#define SEC_STRING_TYPE "System.Security.SecureString"
#define SEC_CREDENTIAL_TYPE "System.Management.Automation.PSCredential"

/* A SecureString of `length` characters (the characters are not kept). */
Value sec_string_new(size_t length);
/* The SecureString of a text: its length in characters (code points). */
Value sec_string_of(const char *text);
bool sec_is_string(Value v);
/* A PSCredential holding user (copied) and password (a SecureString, shared). */
Value sec_credential_new(const char *user, Value password);

/* The constructors ucsh models: [SecureString]::new() and
 * [PSCredential]::new(userName, password). False when t is neither (then
 * nothing is set); otherwise *out is the new object, or *failed is true
 * and *err says why (PowerShell's method-call texts). */
bool sec_construct(const TypeInfo *t, const Value *args, int nargs, Value *out, RtError *err,
                   bool *failed);

#endif
