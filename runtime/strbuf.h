/* strbuf.h - a growable byte buffer (always NUL-terminated).
 * Ownership: the StrBuf owns `data`; sb_take() hands it to the caller
 * (free() it) and leaves the buffer empty. */
#ifndef UCSH_STRBUF_H
#define UCSH_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct StrBuf {
  char *data; /* NULL until the first append */
  size_t len, cap;
} StrBuf;

#define SB_INIT {NULL, 0, 0}

void sb_putn(StrBuf *b, const char *s, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_putc(StrBuf *b, char c);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *b, const char *fmt, va_list ap);
void sb_put_utf8(StrBuf *b, unsigned cp); /* encode one code point */
const char *sb_cstr(StrBuf *b);          /* "" when empty; borrowed */
char *sb_take(StrBuf *b, size_t *len);   /* owned; never NULL */
void sb_reset(StrBuf *b);                /* len = 0, keeps memory */
void sb_free(StrBuf *b);

#endif
