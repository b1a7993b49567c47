/* fmt.h - .NET composite and numeric formatting, en-US / invariant culture:
 * "{0} {1,-10} {2:N}" -f ..., and ToString('N2') style format strings
 * (standard C D E F G N P X R and custom 0 # . , % ; patterns). */
#ifndef UCSH_FMT_H
#define UCSH_FMT_H

#include "rterr.h"
#include "strbuf.h"
#include "value.h"

/* The -f operator: format `fmt` with args (borrowed). Errors use .NET's
 * texts: "Error formatting a string: Index (zero based) must be greater
 * than or equal to zero and less than the size of the argument list.." */
bool fmt_composite(StrBuf *out, const char *fmt, size_t len, const Value *args, int nargs,
                   RtError *err);
/* One value with a format spec ("N2", "D3", "X", "0.00", "P1"); an empty or
 * NULL spec gives the plain string form. */
bool fmt_value(StrBuf *out, Value v, const char *spec, size_t speclen, RtError *err);

#endif
