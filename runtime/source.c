/* source.c - script text from files and streams: UTF-8 with or without a
 * BOM, UTF-16LE/BE with a BOM, any line endings (the parser copes). Part
 * of the core so that a running script can call another script file. */
#define _POSIX_C_SOURCE 200809L
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "../parser/xalloc.h"
#include "strbuf.h"

/* ---- decoding script text ---- */

static void put_cp(StrBuf *b, unsigned cp) { sb_put_utf8(b, cp); }

static char *utf16_to_utf8(const unsigned char *p, size_t n, bool le, size_t *outlen) {
  StrBuf b = SB_INIT;
  for (size_t i = 0; i + 1 < n; i += 2) {
    unsigned u = le ? (unsigned)(p[i] | p[i + 1] << 8) : (unsigned)(p[i] << 8 | p[i + 1]);
    if (u >= 0xD800 && u < 0xDC00 && i + 3 < n) {
      unsigned l = le ? (unsigned)(p[i + 2] | p[i + 3] << 8) : (unsigned)(p[i + 2] << 8 | p[i + 3]);
      if (l >= 0xDC00 && l < 0xE000) {
        put_cp(&b, 0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00));
        i += 2;
        continue;
      }
    }
    put_cp(&b, u);
  }
  return sb_take(&b, outlen);
}

char *host_decode(const unsigned char *p, size_t n, size_t *outlen) {
  if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) return utf16_to_utf8(p + 2, n - 2, true, outlen);
  if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) return utf16_to_utf8(p + 2, n - 2, false, outlen);
  if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) p += 3, n -= 3;
  char *s = xmalloc(n + 1);
  memcpy(s, p, n);
  s[n] = 0;
  *outlen = n;
  return s;
}

char *host_read_stream(FILE *f, size_t *len) {
  StrBuf b = SB_INIT;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) sb_putn(&b, buf, n);
  size_t rawlen;
  char *raw = sb_take(&b, &rawlen);
  char *s = host_decode((unsigned char *)raw, rawlen, len);
  free(raw);
  return s;
}

char *host_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *s = host_read_stream(f, len);
  fclose(f);
  return s;
}

