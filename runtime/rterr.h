/* rterr.h - a runtime failure as the value layer reports it.
 *
 * Lower layers (conversions, operators, members, regex users) describe a
 * failure with an RtError; the evaluator turns it into a PowerShell
 * ErrorRecord with a position. Ownership: `msg` is malloc'd and owned by
 * the RtError (rt_error_clear frees it); the other fields are static
 * strings. */
#ifndef UCSH_RTERR_H
#define UCSH_RTERR_H

#include <stdbool.h>

typedef struct RtError {
  char *msg;            /* the message, e.g. "Attempted to divide by zero." */
  const char *exc;      /* .NET exception full name, e.g. "System.DivideByZeroException" */
  const char *fqid;     /* FullyQualifiedErrorId, e.g. "RuntimeException"; NULL: derive */
  const char *category; /* CategoryInfo category, e.g. "NotSpecified", "InvalidArgument" */
} RtError;

/* Fill *e (if not NULL) and return false, so callers can write
 * `return rt_fail(e, ...)`. A previous message is freed. */
bool rt_fail(RtError *e, const char *exc, const char *fqid, const char *category,
             const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void rt_error_clear(RtError *e);

/* Commonly used exception names */
#define EXC_RUNTIME "System.Management.Automation.RuntimeException"
#define EXC_DIVZERO "System.DivideByZeroException"
#define EXC_INVALIDCAST "System.Management.Automation.PSInvalidCastException"
#define EXC_ARGUMENT "System.ArgumentException"
#define EXC_INVALIDOP "System.InvalidOperationException"
#define EXC_METHOD "System.Management.Automation.MethodInvocationException"
#define EXC_OVERFLOW "System.OverflowException"
#define EXC_FORMAT "System.FormatException"
#define EXC_INDEX "System.IndexOutOfRangeException"
#define EXC_NOTSUPPORTED "System.NotSupportedException"

#endif
