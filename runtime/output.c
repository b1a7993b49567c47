/* output.c - the default formatter (Out-Default) in its first form:
 * scalars one per line, hashtables as a Name/Value table, ErrorRecords in
 * the error view, other objects as a list. Tables of objects with column
 * widths come with the cmdlet-machinery issue. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convert.h"
#include "interp_int.h"

static void put(Interp *I, StrBuf *b) {
  if (b->len) I->io.write_out(I->io.ctx, b->data, b->len);
  sb_reset(b);
}

static void pad(StrBuf *b, const char *s, size_t width) {
  size_t n = 0;
  for (const char *p = s; *p; p++)
    if (((unsigned char)*p & 0xC0) != 0x80) n++;
  sb_puts(b, s);
  for (; n < width; n++) sb_putc(b, ' ');
}

static void hash_rows(StrBuf *b, Value h) {
  for (size_t i = 0; i < h.u.h->len; i++) {
    char *k = conv_to_cstr(h.u.h->ents[i].key, NULL);
    char *v = conv_to_cstr(h.u.h->ents[i].val, NULL);
    pad(b, k, 30);
    sb_printf(b, " %s\n", v);
    free(k), free(v);
  }
}

static void list_view(StrBuf *b, Value o) {
  VHash *h = o.u.o->props;
  size_t w = 0;
  for (size_t i = 0; i < h->len; i++) {
    char *k = conv_to_cstr(h->ents[i].key, NULL);
    size_t n = strlen(k);
    if (n > w) w = n;
    free(k);
  }
  sb_putc(b, '\n');
  for (size_t i = 0; i < h->len; i++) {
    char *k = conv_to_cstr(h->ents[i].key, NULL);
    char *v = conv_to_cstr(h->ents[i].val, NULL);
    pad(b, k, w);
    sb_printf(b, " : %s\n", v);
    free(k), free(v);
  }
  sb_putc(b, '\n');
}

void out_flush(Interp *I) {
  if (I->out_mode) {
    StrBuf b = SB_INIT;
    sb_putc(&b, '\n');
    put(I, &b);
    sb_free(&b);
    I->out_mode = 0;
  }
}

void out_value(Interp *I, Value v) {
  StrBuf *b = &I->outbuf;
  if (v.kind == V_NULL) return;
  if (v.kind == V_ARR) {
    for (size_t i = 0; i < val_arr_len(v); i++) out_value(I, val_arr_at(v, i));
    return;
  }
  if (v.kind == V_HASH) {
    if (!I->out_mode) {
      sb_puts(b, "\nName                           Value\n----                           -----\n");
      I->out_mode = 1;
    }
    hash_rows(b, v);
    put(I, b);
    return;
  }
  out_flush(I);
  if (v.kind == V_OBJ && v.u.o->cls == OBJ_ERRORRECORD) {
    interp_print_error(I, v);
    return;
  }
  if (v.kind == V_OBJ && v.u.o->cls != OBJ_EXCEPTION) {
    list_view(b, v);
  } else {
    conv_append_str(b, v, NULL);
    sb_putc(b, '\n');
  }
  put(I, b);
}

void out_to_file(Interp *I, Value items, const char *path, bool append) {
  FILE *f = fopen(path, append ? "ab" : "wb");
  if (!f) {
    RtError e = {0};
    rt_fail(&e, "System.IO.IOException", "FileOpenFailure", "OpenError",
            "Could not open file '%s': %s", path, strerror(errno));
    Value rec = interp_error_record(I, &e, NULL, NULL, val_null());
    rt_error_clear(&e);
    interp_write_error(I, rec);
    return;
  }
  for (size_t i = 0; i < val_arr_len(items); i++) {
    char *s = conv_to_cstr(val_arr_at(items, i), NULL);
    fprintf(f, "%s\n", s);
    free(s);
  }
  fclose(f);
}
