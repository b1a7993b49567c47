/* xalloc.h - the allocation rule, written once: ucsh does not run on
 * without memory.
 *
 * Every allocation in lexer/, parser/, runtime/ and cmdlets/ goes through
 * these functions (the front end is the lowest layer that allocates, so
 * the rule lives here and every layer above includes it), except the few
 * that turn a refusal into something better and say so where they call
 * the C library: a catchable System.OutOfMemoryException (eval.c), a
 * fallback (value.c's freeing of deep data), a flag the caller reports
 * (ucs.c's text buffer). These functions never
 * return NULL: when the C library refuses, xalloc_die prints "ucsh: out of
 * memory" on stderr and ends the process with status 70 (EX_SOFTWARE),
 * without running exit handlers. Nothing is half-applied by that: the lab
 * store's open transaction, if any, is rolled back when the store is next
 * opened, as after a crash. A library that allocates for us (PCRE2's
 * contexts) reports its NULL through xalloc_die too.
 *
 * tests/reliability/oom.c holds every site to this: it fails the Nth
 * malloc, calloc, realloc, strdup or strndup of the front end, runtime and
 * cmdlets while running the test scripts, for every N, and requires an
 * ordinary exit each time, never a signal.
 *
 * Ownership is the C library's: the caller frees what these return. */
#ifndef UCSH_XALLOC_H
#define UCSH_XALLOC_H

#include <stddef.h>

/* The exit status of a process that ran out of memory. */
enum { XALLOC_EXIT = 70 };

_Noreturn void xalloc_die(void);
/* malloc, calloc, realloc; a size of 0 allocates 1 byte. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* strdup, strndup; NULL in gives NULL out. */
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif
