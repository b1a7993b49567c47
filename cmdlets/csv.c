/* csv.c - Import-Csv, Export-Csv, ConvertTo-Csv and ConvertFrom-Csv as
 * Windows PowerShell 5.1 has them (powershell.md §7, §11; the 5.1 cmdlet
 * pages; CsvCommands.cs of the PowerShell sources before 6.0).
 *
 * Three layers, each feeding the next: text decoding (a file's bytes in
 * its encoding to UTF-8, csv_reader_*), the record reader (5.1's
 * ParseNextRecord, csv_read_record; see csv.h), and the cmdlets, which
 * turn records into objects (one template object per header, copied per
 * row, so a row costs one allocation per field) or objects into lines
 * (buffered, encoded on the way out).
 *
 * Encodings, a deliberate choice: Export-Csv writes ASCII by default, as
 * 5.1 does (its page: "The default value is ASCII"), so a character beyond
 * ASCII becomes '?' unless -Encoding UTF8 (with a BOM, as 5.1's UTF8) or
 * Unicode is given; runbooks that keep names like "Renée" must say so, in
 * ucsh as in 5.1. Import-Csv reads a BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE),
 * else UTF-8 (the 5.1 page: "If the file has no BOM, it assumes the
 * encoding is UTF8"), else what -Encoding names. Gaps: UTF7 is read and
 * written as UTF-8/ASCII, OEM as Windows-1252 (Default), -Path takes no
 * wildcards, and a read-only file is not made writable by -Force. */
#define _POSIX_C_SOURCE 200809L
#include "csv.h"
#include "../parser/xalloc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../runtime/convert.h"
#include "cmdlets.h"
#include "drives.h"
#include "fspath.h"
#include "objutil.h"

/* ==================================================================== */
/* Decoding: bytes in the file's encoding to UTF-8                       */

enum { RAW_CHUNK = 1 << 16 };

struct CsvReader {
  FILE *f;          /* NULL: all the text is in buf */
  CsvEnc enc;       /* the decoding in force (CE_AUTO until the first read) */
  unsigned char *raw; /* undecoded bytes (RAW_CHUNK + carry) */
  size_t rlen;
  bool raw_eof;
  char *buf;        /* decoded UTF-8; the parser reads buf[pos..len) */
  size_t pos, len, cap;
  char delim[5];
  size_t dlen;
};

/* Windows-1252's 0x80-0x9F (the rest is Latin-1). */
static const uint16_t CP1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

static void buf_reserve(CsvReader *r, size_t more) {
  if (r->len + more <= r->cap) return;
  while (r->cap < r->len + more) r->cap = r->cap ? r->cap * 2 : RAW_CHUNK * 2;
  r->buf = xrealloc(r->buf, r->cap);
}

static void put_cp(CsvReader *r, uint32_t cp) {
  char tmp[4];
  if (cp < 0x80) {
    r->buf[r->len++] = (char)cp;
    return;
  }
  size_t n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  static const unsigned char LEAD[5] = {0, 0, 0xC0, 0xE0, 0xF0};
  for (size_t i = n - 1; i > 0; i--) tmp[i] = (char)(0x80 | (cp & 0x3F)), cp >>= 6;
  tmp[0] = (char)(LEAD[n] | cp);
  memcpy(r->buf + r->len, tmp, n);
  r->len += n;
}

/* Length of the valid UTF-8 sequence at s (1-4), 0 when invalid, -1 when
 * it may be valid but is cut off at the end of the bytes; *bad gets the
 * length of the maximal invalid prefix to replace by one U+FFFD. */
static int utf8_seq(const unsigned char *s, size_t n, size_t *bad) {
  unsigned char c = s[0];
  int need = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
           : c >= 0xC2 && c <= 0xF4 ? 4 : 0;
  *bad = 1;
  if (need <= 1) return need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c == 0xE0) lo = 0xA0;
  else if (c == 0xED) hi = 0x9F;
  else if (c == 0xF0) lo = 0x90;
  else if (c == 0xF4) hi = 0x8F;
  for (int i = 1; i < need; i++) {
    if ((size_t)i >= n) return -1;
    if (s[i] < lo || s[i] > hi) {
      *bad = (size_t)i;
      return 0;
    }
    lo = 0x80, hi = 0xBF;
  }
  return need;
}

static size_t dec_utf8(CsvReader *r, const unsigned char *s, size_t n, bool eof) {
  size_t i = 0;
  while (i < n) {
    size_t run = i;
    while (run < n && s[run] < 0x80) run++;
    memcpy(r->buf + r->len, s + i, run - i);
    r->len += run - i;
    i = run;
    if (i >= n) break;
    size_t bad;
    int k = utf8_seq(s + i, n - i, &bad);
    if (k < 0 && !eof) break;
    if (k > 0) {
      memcpy(r->buf + r->len, s + i, (size_t)k);
      r->len += (size_t)k, i += (size_t)k;
    } else {
      put_cp(r, 0xFFFD);
      i += k < 0 ? n - i : bad;
    }
  }
  return i;
}

static size_t dec_utf16(CsvReader *r, const unsigned char *s, size_t n, bool eof, bool be) {
  size_t i = 0;
  while (i + 2 <= n) {
    uint32_t u = be ? (uint32_t)(s[i] << 8 | s[i + 1]) : (uint32_t)(s[i + 1] << 8 | s[i]);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 4 > n && !eof) break;
      uint32_t v = i + 4 > n ? 0 : be ? (uint32_t)(s[i + 2] << 8 | s[i + 3])
                                      : (uint32_t)(s[i + 3] << 8 | s[i + 2]);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        put_cp(r, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        i += 4;
        continue;
      }
      u = 0xFFFD;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      u = 0xFFFD;
    }
    put_cp(r, u);
    i += 2;
  }
  if (eof && i < n) put_cp(r, 0xFFFD), i = n;
  return i;
}

static size_t dec_utf32(CsvReader *r, const unsigned char *s, size_t n, bool eof) {
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    uint32_t u = (uint32_t)s[i] | (uint32_t)s[i + 1] << 8 | (uint32_t)s[i + 2] << 16 |
                 (uint32_t)s[i + 3] << 24;
    put_cp(r, u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF) ? 0xFFFD : u);
  }
  if (eof && i < n) put_cp(r, 0xFFFD), i = n;
  return i;
}

static size_t dec_single(CsvReader *r, const unsigned char *s, size_t n, bool ansi) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    put_cp(r, c < 0x80 ? c : !ansi ? '?' : c < 0xA0 ? CP1252[c - 0x80] : c);
  }
  return n;
}

/* The encoding a BOM at the start names (and its length), else CE_AUTO. */
static CsvEnc bom_of(const unsigned char *s, size_t n, size_t *len) {
  static const struct { const char *bytes; size_t n; CsvEnc enc; } BOMS[] = {
      {"\xEF\xBB\xBF", 3, CE_UTF8},
      {"\xFF\xFE\x00\x00", 4, CE_UTF32LE},
      {"\xFF\xFE", 2, CE_UTF16LE},
      {"\xFE\xFF", 2, CE_UTF16BE},
  };
  for (size_t i = 0; i < sizeof BOMS / sizeof BOMS[0]; i++)
    if (n >= BOMS[i].n && memcmp(s, BOMS[i].bytes, BOMS[i].n) == 0) {
      *len = BOMS[i].n;
      return BOMS[i].enc;
    }
  *len = 0;
  return CE_AUTO;
}

static size_t decode(CsvReader *r, const unsigned char *s, size_t n, bool eof) {
  buf_reserve(r, n * 3 + 8);
  switch (r->enc) {
  case CE_UTF16LE: return dec_utf16(r, s, n, eof, false);
  case CE_UTF16BE: return dec_utf16(r, s, n, eof, true);
  case CE_UTF32LE: return dec_utf32(r, s, n, eof);
  case CE_ASCII: return dec_single(r, s, n, false);
  case CE_ANSI: return dec_single(r, s, n, true);
  default: return dec_utf8(r, s, n, eof);
  }
}

/* Decode more of the file; false when nothing more is left. */
static bool rd_fill(CsvReader *r) {
  if (!r->f) return false;
  buf_reserve(r, 1);
  memmove(r->buf, r->buf + r->pos, r->len - r->pos);
  r->len -= r->pos, r->pos = 0;
  size_t before = r->len;
  while (r->len == before && !(r->raw_eof && r->rlen == 0)) {
    if (!r->raw_eof) {
      size_t got = fread(r->raw + r->rlen, 1, RAW_CHUNK, r->f);
      r->raw_eof = got < RAW_CHUNK;
      r->rlen += got;
    }
    size_t skip = 0;
    if (r->enc == CE_AUTO || r->enc >= CE_UTF8_NOBOM) {
      CsvEnc b = bom_of(r->raw, r->rlen, &skip);
      if (b == CE_AUTO && r->rlen < 4 && !r->raw_eof) continue;
      r->enc = b != CE_AUTO ? b : r->enc == CE_UTF8_NOBOM ? CE_UTF8 : r->enc;
      if (r->enc == CE_AUTO) r->enc = CE_UTF8;
    }
    size_t used = skip + decode(r, r->raw + skip, r->rlen - skip, r->raw_eof);
    memmove(r->raw, r->raw + used, r->rlen - used);
    r->rlen -= used;
    if (r->raw_eof && r->len == before) {
      r->rlen = 0;
      break;
    }
  }
  return r->len > r->pos;
}

static inline int rd_peek(CsvReader *r) {
  if (r->pos < r->len || rd_fill(r)) return (unsigned char)r->buf[r->pos];
  return -1;
}

static inline int rd_get(CsvReader *r) {
  int c = rd_peek(r);
  if (c >= 0) r->pos++;
  return c;
}

static CsvReader *reader_new(const char *delim) {
  CsvReader *r = xcalloc(1, sizeof *r);
  size_t n = strlen(delim);
  r->dlen = n == 0 || n > 4 ? 1 : n;
  memcpy(r->delim, n == 0 || n > 4 ? "," : delim, r->dlen);
  return r;
}

CsvReader *csv_reader_mem(const char *text, size_t len, const char *delim) {
  CsvReader *r = reader_new(delim);
  r->enc = CE_UTF8;
  r->cap = len + 1;
  r->buf = xmalloc(r->cap);
  memcpy(r->buf, text, len);
  r->len = len;
  return r;
}

CsvReader *csv_reader_file(FILE *f, CsvEnc enc, const char *delim) {
  CsvReader *r = reader_new(delim);
  r->f = f;
  r->enc = enc == CE_UTF8 ? CE_UTF8_NOBOM : enc; /* a BOM may still name another */
  r->raw = xmalloc(RAW_CHUNK + 8);
  return r;
}

void csv_reader_free(CsvReader *r) {
  if (!r) return;
  if (r->f) fclose(r->f);
  free(r->raw);
  free(r->buf);
  free(r);
}

CsvEnc csv_reader_encoding(const CsvReader *r) { return r->enc == CE_AUTO ? CE_UTF8 : r->enc; }

/* ==================================================================== */
/* Records: 5.1's ParseNextRecord                                        */

static void rec_push(CsvRecord *rec, size_t start) {
  if (rec->n == rec->cap) {
    rec->cap = rec->cap ? rec->cap * 2 : 16;
    rec->off = xrealloc(rec->off, (size_t)rec->cap * sizeof *rec->off);
    rec->len = xrealloc(rec->len, (size_t)rec->cap * sizeof *rec->len);
  }
  rec->off[rec->n] = start;
  rec->len[rec->n++] = rec->text.len - start;
}

const char *csv_field(const CsvRecord *rec, int i) {
  return rec->text.data ? rec->text.data + rec->off[i] : "";
}

void csv_record_free(CsvRecord *rec) {
  sb_free(&rec->text);
  free(rec->off);
  free(rec->len);
  memset(rec, 0, sizeof *rec);
}

/* c (just read) starts the delimiter? Then the rest of it is consumed. */
static bool at_delim(CsvReader *r, int c) {
  if (c != (unsigned char)r->delim[0]) return false;
  if (r->dlen == 1) return true;
  while (r->len - r->pos < r->dlen - 1 && rd_fill(r)) {
  }
  if (r->len - r->pos < r->dlen - 1 || memcmp(r->buf + r->pos, r->delim + 1, r->dlen - 1))
    return false;
  r->pos += r->dlen - 1;
  return true;
}

/* c (just read) ends a line: LF, or CR followed by LF (both consumed). A
 * lone CR is an ordinary character in 5.1. */
static bool at_newline(CsvReader *r, int c) {
  if (c == '\n') return true;
  if (c != '\r' || rd_peek(r) != '\n') return false;
  r->pos++;
  return true;
}

/* 5.1's ReadTillNextDelimiter: the rest of the field up to a delimiter or
 * the end of the record; only blanks (eat) are dropped. */
static bool read_till_delim(CsvReader *r, CsvRecord *rec, bool eat) {
  size_t from = rec->text.len;
  bool nonblank = false;
  for (;;) {
    int c = rd_get(r);
    if (c < 0) break;
    if (at_delim(r, c)) {
      if (eat && !nonblank) rec->text.len = from;
      return false;
    }
    if (at_newline(r, c)) break;
    sb_putc(&rec->text, (char)c);
    nonblank |= c != ' ' && c != '\t';
  }
  if (eat && !nonblank) rec->text.len = from;
  return true;
}

/* What follows a field's first odd character; true: the record ended. */
static bool field_tail(CsvReader *r, CsvRecord *rec, size_t *start, int c, bool eat) {
  sb_putc(&rec->text, (char)c);
  bool eor = read_till_delim(r, rec, eat);
  rec_push(rec, *start);
  *start = rec->text.len;
  return eor;
}

bool csv_read_record(CsvReader *r, CsvRecord *rec) {
  rec->n = 0;
  sb_reset(&rec->text);
  size_t start = 0;
  bool inq = false;
  int c;
  while ((c = rd_get(r)) >= 0) {
    size_t cur = rec->text.len - start;
    if (at_delim(r, c)) {
      if (inq) sb_putn(&rec->text, r->delim, r->dlen);
      else rec_push(rec, start), start = rec->text.len;
    } else if (c == '"') {
      if (inq && rd_peek(r) == '"') {
        r->pos++;
        sb_putc(&rec->text, '"');
      } else if (inq) {
        inq = false;
        bool eor = read_till_delim(r, rec, true);
        rec_push(rec, start), start = rec->text.len;
        if (eor) return true;
      } else if (cur == 0) {
        inq = true;
      } else if (field_tail(r, rec, &start, c, false)) {
        return true;
      }
    } else if (c == ' ' || c == '\t') {
      if (inq) sb_putc(&rec->text, (char)c);
      else if (cur > 0 && field_tail(r, rec, &start, c, true)) return true;
    } else if (c == '\n' || c == '\r') {
      bool nl = at_newline(r, c);
      if (nl && !inq) {
        rec_push(rec, start);
        return true;
      }
      if (nl && c == '\r') sb_putc(&rec->text, '\r'), c = '\n';
      sb_putc(&rec->text, (char)c);
    } else {
      sb_putc(&rec->text, (char)c);
    }
  }
  if (rec->text.len > start) rec_push(rec, start);
  return rec->n > 0;
}

char *csv_read_type_line(CsvReader *r) {
  if (rd_peek(r) != '#') return NULL;
  StrBuf line = SB_INIT;
  int c;
  while ((c = rd_get(r)) >= 0 && c != '\n' && c != '\r') sb_putc(&line, (char)c);
  if (c == '\r' && rd_peek(r) == '\n') r->pos++;
  size_t n;
  char *s = sb_take(&line, &n);
  char *type = NULL;
  if (n >= 5 && strncasecmp(s, "#Type", 5) == 0) {
    const char *a = s + 5, *z = s + n;
    while (a < z && (*a == ' ' || *a == '\t')) a++;
    while (z > a && (z[-1] == ' ' || z[-1] == '\t')) z--;
    if (z > a) type = xstrndup(a, (size_t)(z - a));
  }
  free(s);
  return type;
}

void csv_put_quoted(StrBuf *b, const char *s, size_t n) {
  sb_putc(b, '"');
  const char *q;
  while ((q = memchr(s, '"', n)) != NULL) {
    size_t k = (size_t)(q - s) + 1;
    sb_putn(b, s, k);
    sb_putc(b, '"');
    s += k, n -= k;
  }
  sb_putn(b, s, n);
  sb_putc(b, '"');
}

/* ==================================================================== */
/* Errors and shared parameters                                          */

#define CMD_NS "Microsoft.PowerShell.Commands."

/* A cmdlet's ThrowTerminatingError keeps a .NET exception as it is (the
 * record the runtime makes wraps one in a RuntimeException, as the
 * evaluator's method calls do): `+ CategoryInfo : OpenError: (:)
 * [Import-Csv], FileNotFoundException`. */
static void dotnet_exception(Value rec, const char *exc) {
  Value *ex = val_obj_prop(rec, "Exception"), *ci = val_obj_prop(rec, "CategoryInfo");
  Value *inner = ex ? val_obj_prop(*ex, "InnerException") : NULL;
  if (!inner || inner->kind != V_OBJ || !ci) return;
  Value keep = val_ref(*inner);
  val_obj_set(rec, "Exception", keep);
  const char *dot = strrchr(exc, '.');
  val_obj_set(*ci, "Reason", val_cstr(dot ? dot + 1 : exc));
}

/* A terminating error of this command (ThrowTerminatingError); takes
 * target; fqid is a static string. */
static Status csv_stop(CmdCtx *c, const char *exc, const char *fqid, const char *cat,
                       Value target, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static Status csv_stop(CmdCtx *c, const char *exc, const char *fqid, const char *cat,
                       Value target, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  StrBuf b = SB_INIT;
  sb_vprintf(&b, fmt, ap);
  va_end(ap);
  RtError e = {0};
  rt_fail(&e, exc, fqid, cat, "%s", sb_cstr(&b));
  sb_free(&b);
  Value rec = interp_error_record(c->I, &e, c->at, c->cmd->name, target);
  rt_error_clear(&e);
  val_unref(target);
  dotnet_exception(rec, exc);
  return interp_raise(c->I, rec, false);
}

/* The FullyQualifiedErrorId "<id>,Microsoft.PowerShell.Commands.<Class>". */
typedef enum CsvErrId { CSV_ERR_DUP, CSV_ERR_PATHS, CSV_ERR_OPEN, CSV_ERR_N } CsvErrId;
static const char *fqid(CmdCtx *c, CsvErrId id) {
  static const char *const IDS[][4] = {
      [CSV_ERR_DUP] = {"AlreadyPresentPSMemberInfoInternalCollectionAdd," CMD_NS "ImportCsvCommand",
                       "AlreadyPresentPSMemberInfoInternalCollectionAdd," CMD_NS "ConvertFromCsvCommand",
                       NULL, NULL},
      [CSV_ERR_PATHS] = {"CannotSpecifyPathAndLiteralPath," CMD_NS "ImportCsvCommand", NULL,
                         "CannotSpecifyPathAndLiteralPath," CMD_NS "ExportCsvCommand", NULL},
      [CSV_ERR_OPEN] = {"FileOpenFailure," CMD_NS "ImportCsvCommand", NULL,
                        "FileOpenFailure," CMD_NS "ExportCsvCommand", NULL},
  };
  static const char *const NAMES[4] = {"Import-Csv", "ConvertFrom-Csv", "Export-Csv",
                                       "ConvertTo-Csv"};
  for (int i = 0; i < 4; i++)
    if (strcmp(c->cmd->name, NAMES[i]) == 0 && IDS[id][i]) return IDS[id][i];
  return IDS[id][0];
}

/* -Delimiter, else -UseCulture (the lab's culture is en-US: ","), else ",". */
static void csv_delim(CmdCtx *c, char out[5]) {
  Value *d = cmd_arg(c, "Delimiter");
  strcpy(out, ",");
  if (d && d->kind == V_STR && val_slen(*d) > 0 && val_slen(*d) <= 4)
    memcpy(out, val_sdata(*d), val_slen(*d)), out[val_slen(*d)] = 0;
}

/* -Encoding names (5.1's set) to encodings. */
static CsvEnc csv_encoding(CmdCtx *c, CsvEnc dflt) {
  static const struct { const char *name; CsvEnc enc; } ENC[] = {
      {"Unicode", CE_UTF16LE}, {"UTF7", CE_UTF8},  {"UTF8", CE_UTF8},
      {"ASCII", CE_ASCII},     {"UTF32", CE_UTF32LE}, {"BigEndianUnicode", CE_UTF16BE},
      {"Default", CE_ANSI},    {"OEM", CE_ANSI},
  };
  Value *e = cmd_arg(c, "Encoding");
  if (!e || e->kind != V_STR) return dflt;
  for (size_t i = 0; i < sizeof ENC / sizeof ENC[0]; i++)
    if (obj_ci_eq(val_sdata(*e), ENC[i].name)) return ENC[i].enc;
  return dflt;
}

#define ENC_VSET "Unicode,UTF7,UTF8,ASCII,UTF32,BigEndianUnicode,Default,OEM"

/* The path as 5.1 shows it in messages: a Windows path as typed, else the
 * absolute path. malloc'd. */
static char *shown_path(const char *typed, const char *real) {
  if (drives_is_windows(typed) || real[0] == '/') return xstrdup(drives_is_windows(typed) ? typed : real);
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) return xstrdup(real);
  char *out = xmalloc(strlen(cwd) + strlen(real) + 2);
  sprintf(out, "%s/%s", cwd, real[0] == '.' && real[1] == '/' ? real + 2 : real);
  return out;
}

/* 5.1's ReportFileOpenFailure: the .NET exception's text for errno. */
static Status open_failed(CmdCtx *c, const char *typed, const char *real, int err) {
  char *p = shown_path(typed, real);
  Status st;
  if (err == ENOENT)
    st = csv_stop(c, "System.IO.FileNotFoundException", fqid(c, CSV_ERR_OPEN), "OpenError",
                  val_null(), "Could not find file '%s'.", p);
  else if (err == EACCES || err == EISDIR)
    st = csv_stop(c, "System.UnauthorizedAccessException", fqid(c, CSV_ERR_OPEN), "OpenError",
                  val_null(), "Access to the path '%s' is denied.", p);
  else
    st = csv_stop(c, "System.IO.IOException", fqid(c, CSV_ERR_OPEN), "OpenError", val_null(),
                  "%s: '%s'.", strerror(err), p);
  free(p);
  return st;
}

/* ==================================================================== */
/* Import-Csv and ConvertFrom-Csv: records to objects                    */

typedef struct CsvIn {
  char delim[5];
  char **header; /* the names (from -Header or the first record), or NULL */
  int nheader;
  char *type;    /* "CSV:<type>" from a #TYPE line, or NULL */
  Value proto;   /* the objects' template (V_NULL until the first row) */
  int *col;      /* [nprops] each property's field */
  int nprops;
  bool warned;   /* the missing-header warning was written */
  bool fixed_header; /* -Header given (Import-Csv keeps it per file) */
  CsvRecord rec;
} CsvIn;

static void in_reset_shape(CsvIn *s) {
  val_unref(s->proto);
  s->proto = val_null();
  free(s->col);
  s->col = NULL;
  s->nprops = 0;
}

static void in_set_header(CsvIn *s, char **names, int n) {
  obj_strs_free(s->header, s->nheader);
  s->header = names, s->nheader = n;
  in_reset_shape(s);
}

static void in_free(CsvIn *s) {
  in_set_header(s, NULL, 0);
  free(s->type);
  csv_record_free(&s->rec);
  free(s);
}

static void in_cleanup(CmdCtx *c) {
  if (c->state) in_free(c->state);
  c->state = NULL;
}

static Status dup_member(CmdCtx *c, const char *name) {
  return csv_stop(c, "System.Management.Automation.ExtendedTypeSystemException",
                  fqid(c, CSV_ERR_DUP), "NotSpecified", val_null(),
                  "The member \"%s\" is already present.", name);
}

/* 5.1's ValidatePropertyNames: no name twice (empty names aside). */
static Status check_names(CmdCtx *c, char **names, int n) {
  for (int i = 1; i < n; i++)
    for (int j = 0; *names[i] && j < i; j++)
      if (obj_ci_eq(names[i], names[j])) return dup_member(c, names[i]);
  return ST_OK;
}

/* The header from the first record: trailing empty names dropped (one
 * name is kept). */
static Status take_header(CmdCtx *c, CsvIn *s) {
  int n = s->rec.n;
  while (n > 1 && s->rec.len[n - 1] == 0) n--;
  char **names = xcalloc((size_t)n + 1, sizeof *names);
  for (int i = 0; i < n; i++) names[i] = xstrndup(csv_field(&s->rec, i), s->rec.len[i]);
  in_set_header(s, names, n);
  return check_names(c, names, n);
}

/* The template object: the header's names (an empty one is H1, H2, ...;
 * skipped when the delimiter is '"', as 5.1 does), all $null. */
static Status make_proto(CmdCtx *c, CsvIn *s) {
  Value o = val_obj_new(OBJ_PSCUSTOM, s->type ? s->type : "System.Management.Automation.PSCustomObject");
  s->col = xcalloc((size_t)s->nheader + 1, sizeof *s->col);
  int h = 1;
  for (int i = 0; i < s->nheader; i++) {
    char hn[24];
    const char *name = s->header[i];
    if (!*name && s->delim[0] == '"') continue;
    if (!*name) snprintf(hn, sizeof hn, "H%d", h++), name = hn;
    if (val_obj_prop(o, name)) {
      val_unref(o);
      return dup_member(c, name);
    }
    val_obj_set(o, name, val_null());
    s->col[s->nprops++] = i;
  }
  s->proto = o;
  if (h > 1 && !s->warned)
    interp_write_warning(c->I, "One or more headers were not specified. Default names starting "
                               "with \"H\" have been used in place of any missing headers.");
  s->warned |= h > 1;
  return ST_OK;
}

/* One row's object down the pipeline. */
static Status emit_row(CmdCtx *c, CsvIn *s) {
  if (s->proto.kind == V_NULL) {
    Status st = make_proto(c, s);
    if (st != ST_OK) return st;
  }
  Value o = val_obj_from(s->proto);
  VHashEnt *e = o.u.o->props->ents;
  const CsvRecord *r = &s->rec;
  for (int k = 0; k < s->nprops; k++) {
    int i = s->col[k];
    e[k].val = i < r->n ? val_str(csv_field(r, i), r->len[i]) : val_null();
  }
  Status st = cmd_emit(c, o);
  val_unref(o);
  return st;
}

/* 5.1's ImportCsvHelper.Import on one input: the #TYPE line, the header
 * (unless known), then a row per record, blank lines skipped. */
static Status import_reader(CmdCtx *c, CsvIn *s, CsvReader *r) {
  if (!s->type) {
    char *t = csv_read_type_line(r);
    if (t) {
      s->type = xmalloc(strlen(t) + 5);
      sprintf(s->type, "CSV:%s", t);
      in_reset_shape(s);
    }
    free(t);
  }
  Status st = ST_OK;
  if (!s->header && csv_read_record(r, &s->rec)) st = take_header(c, s);
  unsigned rows = 0;
  while (st == ST_OK && csv_read_record(r, &s->rec)) {
    if (s->rec.n == 1 && s->rec.len[0] == 0) continue;
    st = emit_row(c, s);
    if (st == ST_OK && (++rows & 1023) == 0 && interp_stop_requested(c->I)) st = ST_ERROR;
  }
  return st;
}

static Status in_begin(CmdCtx *c) {
  CsvIn *s = xcalloc(1, sizeof *s);
  c->state = s;
  s->proto = val_null();
  csv_delim(c, s->delim);
  Value *h = cmd_arg(c, "Header");
  if (h) {
    int n;
    char **names = obj_strs(h, &n);
    in_set_header(s, names, n);
    s->fixed_header = true;
    return check_names(c, names, n);
  }
  return ST_OK;
}

static Status import_file(CmdCtx *c, CsvIn *s, const char *typed) {
  Status st;
  char *real = fspath_resolve(c, typed, &st);
  if (!real) return st;
  struct stat sb;
  FILE *f = stat(real, &sb) == 0 && S_ISDIR(sb.st_mode) ? (errno = EISDIR, NULL) : fopen(real, "rb");
  if (!f) {
    st = open_failed(c, typed, real, errno);
    free(real);
    return st;
  }
  free(real);
  if (!s->fixed_header) in_set_header(s, NULL, 0);
  free(s->type);
  s->type = NULL;
  in_reset_shape(s);
  CsvReader *r = csv_reader_file(f, csv_encoding(c, CE_AUTO), s->delim);
  st = import_reader(c, s, r);
  csv_reader_free(r);
  return st;
}

static Status imp_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Value *p = cmd_arg(c, "Path"), *lp = cmd_arg(c, "LiteralPath");
  if ((p != NULL) == (lp != NULL))
    return csv_stop(c, "System.InvalidOperationException", fqid(c, CSV_ERR_PATHS), "InvalidData",
                    val_null(), "You must specify either the -Path or -LiteralPath parameters, but not both.");
  int n;
  char **paths = obj_strs(p ? p : lp, &n);
  Status st = ST_OK;
  for (int i = 0; i < n && st == ST_OK; i++) st = import_file(c, c->state, paths[i]);
  obj_strs_free(paths, n);
  return st;
}

/* ConvertFrom-Csv: each string is its own input; the header and the type
 * found in one carry over to the next (a quoted field cannot span two). */
static Status cfrom_one(CmdCtx *c, void *ctx, Value item) {
  (void)ctx;
  CsvIn *s = c->state;
  Value text = conv_to_str(item, NULL);
  const char *t = val_sdata(text);
  size_t n = val_slen(text);
  if (n >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0) t += 3, n -= 3; /* a BOM char */
  CsvReader *r = csv_reader_mem(t, n, s->delim);
  val_unref(text);
  Status st = import_reader(c, s, r);
  csv_reader_free(r);
  return st;
}

static Status cfrom_process(CmdCtx *c, Value in, bool has_input) {
  Value v;
  if (!obj_input(c, in, has_input, &v)) return ST_OK;
  return obj_each(c, v, cfrom_one, NULL);
}

/* ==================================================================== */
/* Encoding the output                                                   */

/* The next code point of UTF-8 text (invalid bytes: U+FFFD, one each). */
static uint32_t next_cp(const unsigned char *s, size_t n, size_t *i) {
  size_t bad;
  int k = utf8_seq(s + *i, n - *i, &bad);
  if (k <= 0) {
    *i += 1;
    return 0xFFFD;
  }
  uint32_t cp = k == 1 ? s[*i] : (uint32_t)(s[*i] & (0x7F >> k));
  for (int j = 1; j < k; j++) cp = cp << 6 | (s[*i + (size_t)j] & 0x3F);
  *i += (size_t)k;
  return cp;
}

static void put_unit16(StrBuf *o, uint32_t u, bool be) {
  char b[2] = {(char)(be ? u >> 8 : u & 0xFF), (char)(be ? u & 0xFF : u >> 8)};
  sb_putn(o, b, 2);
}

static unsigned char to_1252(uint32_t cp) {
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return (unsigned char)cp;
  for (int i = 0; i < 32; i++)
    if (CP1252[i] == cp) return (unsigned char)(0x80 + i);
  return '?';
}

/* UTF-8 text in enc's bytes (non-UTF-8 targets go code point by code point). */
static void encode(StrBuf *o, const char *s, size_t n, CsvEnc enc) {
  if (enc == CE_UTF8 || enc == CE_UTF8_NOBOM || enc == CE_AUTO) {
    sb_putn(o, s, n);
    return;
  }
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    if (u[i] < 0x80 && (enc == CE_ASCII || enc == CE_ANSI)) {
      size_t j = i;
      while (j < n && u[j] < 0x80) j++;
      sb_putn(o, s + i, j - i);
      i = j;
      continue;
    }
    uint32_t cp = next_cp(u, n, &i);
    if (enc == CE_ASCII) sb_putc(o, cp < 0x80 ? (char)cp : '?');
    else if (enc == CE_ANSI) sb_putc(o, (char)to_1252(cp));
    else if (enc == CE_UTF32LE) {
      char b[4] = {(char)(cp & 0xFF), (char)(cp >> 8 & 0xFF), (char)(cp >> 16), 0};
      sb_putn(o, b, 4);
    } else if (cp >= 0x10000) {
      put_unit16(o, 0xD800 + ((cp - 0x10000) >> 10), enc == CE_UTF16BE);
      put_unit16(o, 0xDC00 + ((cp - 0x10000) & 0x3FF), enc == CE_UTF16BE);
    } else {
      put_unit16(o, cp, enc == CE_UTF16BE);
    }
  }
}

static const char *bom_bytes(CsvEnc enc, size_t *n) {
  switch (enc) {
  case CE_UTF8: *n = 3; return "\xEF\xBB\xBF";
  case CE_UTF16LE: *n = 2; return "\xFF\xFE";
  case CE_UTF16BE: *n = 2; return "\xFE\xFF";
  case CE_UTF32LE: *n = 4; return "\xFF\xFE\x00\x00";
  default: *n = 0; return "";
  }
}

/* ==================================================================== */
/* Export-Csv and ConvertTo-Csv: objects to lines                        */

typedef struct CsvOut {
  char delim[5];
  bool type_info;     /* the #TYPE line (5.1's default; -NoTypeInformation drops it) */
  char **cols;        /* the columns, fixed by the first object (or the file's header) */
  int ncols;
  bool started;
  StrBuf line, tmp;
  /* Export-Csv only */
  FILE *f;
  CsvEnc enc;
  StrBuf pend;        /* UTF-8 text not yet written */
  StrBuf bytes;
  bool appending;     /* -Append to a file that has content: no header lines */
  char **pre;         /* that file's header, or NULL */
  int npre;
  bool skip;          /* -WhatIf, or the file could not be opened */
  char *typed;
} CsvOut;

static void out_flush(CsvOut *s) {
  if (!s->f || !s->pend.len) return;
  sb_reset(&s->bytes);
  encode(&s->bytes, s->pend.data, s->pend.len, s->enc);
  fwrite(s->bytes.data, 1, s->bytes.len, s->f);
  sb_reset(&s->pend);
}

static void out_cleanup(CmdCtx *c) {
  CsvOut *s = c->state;
  if (!s) return;
  out_flush(s);
  if (s->f) fclose(s->f);
  obj_strs_free(s->cols, s->ncols);
  obj_strs_free(s->pre, s->npre);
  sb_free(&s->line), sb_free(&s->tmp), sb_free(&s->pend), sb_free(&s->bytes);
  free(s->typed);
  free(s);
  c->state = NULL;
}

static CsvOut *out_new(CmdCtx *c) {
  CsvOut *s = xcalloc(1, sizeof *s);
  c->state = s;
  csv_delim(c, s->delim);
  s->type_info = !cmd_switch(c, "NoTypeInformation");
  return s;
}

/* The adapted properties 5.1 lists for a Hashtable and an array (the
 * famous "IsReadOnly","IsFixedSize",... of an exported hashtable). */
typedef enum { AP_FALSE, AP_TRUE, AP_COUNT, AP_ONE, AP_TEXT } ApKind;
typedef struct AdaptedProp {
  const char *name;
  ApKind kind;
  const char *text;
} AdaptedProp;
static const AdaptedProp HASH_PROPS[] = {
    {"IsReadOnly", AP_FALSE, NULL},
    {"IsFixedSize", AP_FALSE, NULL},
    {"IsSynchronized", AP_FALSE, NULL},
    {"Keys", AP_TEXT, "System.Collections.Hashtable+KeyCollection"},
    {"Values", AP_TEXT, "System.Collections.Hashtable+ValueCollection"},
    {"SyncRoot", AP_TEXT, "System.Object"},
    {"Count", AP_COUNT, NULL},
};
static const AdaptedProp ARRAY_PROPS[] = {
    {"Count", AP_COUNT, NULL},    {"Length", AP_COUNT, NULL},   {"LongLength", AP_COUNT, NULL},
    {"Rank", AP_ONE, NULL},       {"SyncRoot", AP_TEXT, NULL},  {"IsReadOnly", AP_FALSE, NULL},
    {"IsFixedSize", AP_TRUE, NULL}, {"IsSynchronized", AP_FALSE, NULL},
};

static const AdaptedProp *adapted(Value v, int *n) {
  if (v.kind == V_HASH) return *n = NP(HASH_PROPS), HASH_PROPS;
  if (v.kind == V_ARR) return *n = NP(ARRAY_PROPS), ARRAY_PROPS;
  *n = 0;
  return NULL;
}

/* The first object's property names: its own, or the adapted ones. */
static void take_columns(CsvOut *s, Value v) {
  int n;
  const AdaptedProp *ap = adapted(v, &n);
  if (ap) {
    s->cols = xcalloc((size_t)n + 1, sizeof *s->cols);
    for (int i = 0; i < n; i++) s->cols[i] = xstrdup(ap[i].name);
    s->ncols = n;
    return;
  }
  Value names = obj_prop_names(v);
  s->cols = obj_strs(&names, &s->ncols);
  val_unref(names);
}

/* A property's value as 5.1's ToString() gives it; false: $null or no
 * such property (an empty, unquoted field). */
static bool field_text(Value v, const char *name, StrBuf *b) {
  int n;
  const AdaptedProp *ap = adapted(v, &n);
  for (int i = 0; ap && i < n; i++) {
    if (!obj_ci_eq(ap[i].name, name)) continue;
    size_t cnt = v.kind == V_HASH ? val_hash_len(v) : val_arr_len(v);
    if (ap[i].kind == AP_COUNT) sb_printf(b, "%zu", cnt);
    else if (ap[i].kind == AP_TEXT) sb_puts(b, ap[i].text ? ap[i].text : conv_type_name(v));
    else sb_puts(b, ap[i].kind == AP_TRUE ? "True" : ap[i].kind == AP_ONE ? "1" : "False");
    return true;
  }
  if (ap) return false;
  /* The object's own properties only: 5.1's PSObject.Properties has no
   * intrinsic Count or Length; a string has its Length. */
  Value *slot = v.kind == V_OBJ ? val_obj_prop(v, name) : NULL;
  Value p = slot ? val_ref(*slot)
          : v.kind == V_STR && obj_ci_eq(name, "Length") ? obj_prop(v, name) : val_null();
  bool have = p.kind != V_NULL;
  if (p.kind == V_ARR) sb_puts(b, conv_type_name(p));
  else if (p.kind == V_STR) sb_putn(b, val_sdata(p), val_slen(p));
  else if (have) conv_append_str(b, p, NULL);
  val_unref(p);
  return have;
}

static void build_line(CsvOut *s, Value v) {
  sb_reset(&s->line);
  for (int i = 0; i < s->ncols; i++) {
    if (i) sb_putn(&s->line, s->delim, strlen(s->delim));
    sb_reset(&s->tmp);
    if (field_text(v, s->cols[i], &s->tmp)) csv_put_quoted(&s->line, s->tmp.data ? s->tmp.data : "", s->tmp.len);
  }
}

static void build_names(CsvOut *s) {
  sb_reset(&s->line);
  for (int i = 0; i < s->ncols; i++) {
    if (i) sb_putn(&s->line, s->delim, strlen(s->delim));
    csv_put_quoted(&s->line, s->cols[i], strlen(s->cols[i]));
  }
}

/* "#TYPE <first type name>", a "CSV:" prefix (an imported object) dropped. */
static void build_type(CsvOut *s, Value v) {
  const char *t = v.kind == V_OBJ ? v.u.o->type_name->data : conv_type_name(v);
  if (strncasecmp(t, "CSV:", 4) == 0) t += 4;
  sb_reset(&s->line);
  sb_printf(&s->line, "#TYPE %s", t);
}

typedef Status (*LineFn)(CmdCtx *c, CsvOut *s);

/* 5.1's ProcessRecord: on the first object the columns (and, unless
 * appending, the #TYPE and header lines), then the object's line. */
static Status write_object(CmdCtx *c, CsvOut *s, Value v, LineFn put);

static Status reconcile(CmdCtx *c, CsvOut *s) {
  for (int i = 0; i < s->npre; i++) {
    bool found = false;
    for (int j = 0; j < s->ncols && !found; j++) found = obj_ci_eq(s->pre[i], s->cols[j]);
    if (!found && !cmd_switch(c, "Force"))
      return csv_stop(c, "System.InvalidOperationException",
                      "CannotAppendCsvWithMismatchedPropertyNames," CMD_NS "ExportCsvCommand",
                      "InvalidData", val_cstr(s->pre[i]),
                      "Cannot append CSV content to the following file: %s. The appended object "
                      "does not have a property that corresponds to the following column: %s. To "
                      "continue with mismatched properties, add the -Force parameter, and then "
                      "retry the command.", s->typed, s->pre[i]);
  }
  obj_strs_free(s->cols, s->ncols);
  s->cols = s->pre, s->ncols = s->npre;
  s->pre = NULL, s->npre = 0;
  return ST_OK;
}

static Status write_object(CmdCtx *c, CsvOut *s, Value v, LineFn put) {
  Status st = ST_OK;
  if (!s->started) {
    s->started = true;
    take_columns(s, v);
    if (s->appending && s->pre && (st = reconcile(c, s)) != ST_OK) return st;
    if (!s->appending && s->type_info) build_type(s, v), st = put(c, s);
    if (!s->appending && st == ST_OK) build_names(s), st = put(c, s);
  }
  if (st == ST_OK) build_line(s, v), st = put(c, s);
  return st;
}

/* ConvertTo-Csv: each non-empty line down the pipeline. */
static Status put_string(CmdCtx *c, CsvOut *s) {
  if (!s->line.len) return ST_OK;
  Value v = val_str(s->line.data, s->line.len);
  Status st = cmd_emit(c, v);
  val_unref(v);
  return st;
}

/* Export-Csv: each line, CRLF-ended as StreamWriter.WriteLine on Windows. */
static Status put_file(CmdCtx *c, CsvOut *s) {
  (void)c;
  sb_putn(&s->pend, s->line.data ? s->line.data : "", s->line.len);
  sb_putn(&s->pend, "\r\n", 2);
  if (s->pend.len >= RAW_CHUNK) out_flush(s);
  return ST_OK;
}

static Status cto_begin(CmdCtx *c) {
  out_new(c);
  return ST_OK;
}

static Status cto_process(CmdCtx *c, Value in, bool has_input) {
  Value v;
  if (!obj_input(c, in, has_input, &v) || v.kind == V_NULL) return ST_OK;
  return write_object(c, c->state, v, put_string);
}

/* -Append to a file with content: its header (and encoding) rule. */
static void read_existing(CmdCtx *c, CsvOut *s, const char *real) {
  FILE *f = fopen(real, "rb");
  if (!f) return;
  CsvReader *r = csv_reader_file(f, csv_encoding(c, CE_ASCII), s->delim);
  if (rd_peek(r) < 0) {
    s->enc = csv_reader_encoding(r);
    csv_reader_free(r);
    return;
  }
  s->appending = true;
  s->enc = csv_reader_encoding(r);
  free(csv_read_type_line(r));
  CsvRecord rec = {0};
  if (csv_read_record(r, &rec)) {
    int n = rec.n;
    while (n > 1 && rec.len[n - 1] == 0) n--;
    s->pre = xcalloc((size_t)n + 1, sizeof *s->pre);
    for (int i = 0; i < n; i++) s->pre[i] = xstrndup(csv_field(&rec, i), rec.len[i]);
    s->npre = n;
  }
  csv_record_free(&rec);
  csv_reader_free(r);
}

static Status open_export(CmdCtx *c, CsvOut *s, const char *real) {
  bool append = cmd_switch(c, "Append");
  s->enc = csv_encoding(c, CE_ASCII);
  struct stat sb;
  bool exists = stat(real, &sb) == 0;
  if (append && exists) read_existing(c, s, real);
  if (exists && !append && cmd_switch(c, "NoClobber")) {
    char *p = shown_path(s->typed, real);
    Status st = csv_stop(c, "System.IO.IOException", "NoClobber," CMD_NS "ExportCsvCommand",
                         "ResourceExists", val_cstr(p), "The file '%s' already exists.", p);
    free(p);
    return st;
  }
  s->f = exists && S_ISDIR(sb.st_mode) ? (errno = EISDIR, NULL) : fopen(real, append ? "ab" : "wb");
  if (!s->f) return open_failed(c, s->typed, real, errno);
  size_t bn;
  const char *bom = bom_bytes(s->enc, &bn);
  if (ftell(s->f) == 0 && bn) fwrite(bom, 1, bn, s->f);
  return ST_OK;
}

static Status exp_begin(CmdCtx *c) {
  CsvOut *s = out_new(c);
  Value *p = cmd_arg(c, "Path"), *lp = cmd_arg(c, "LiteralPath");
  if ((p != NULL) == (lp != NULL))
    return csv_stop(c, "System.InvalidOperationException", fqid(c, CSV_ERR_PATHS), "InvalidData",
                    val_null(), "You must specify either the -Path or -LiteralPath parameters, but not both.");
  s->typed = conv_to_cstr(p ? *p : *lp, NULL);
  Status st = ST_OK;
  if (!cmd_should_process(c, s->typed, NULL, &st)) {
    s->skip = true;
    return st;
  }
  char *real = fspath_resolve(c, s->typed, &st);
  if (real && !fspath_refuse_write(c, real, &st)) st = open_export(c, s, real);
  free(real);
  s->skip = st != ST_OK;
  return st;
}

static Status exp_process(CmdCtx *c, Value in, bool has_input) {
  CsvOut *s = c->state;
  Value v;
  if (s->skip || !obj_input(c, in, has_input, &v) || v.kind == V_NULL) return ST_OK;
  return write_object(c, s, v, put_file);
}

static Status exp_end(CmdCtx *c) {
  CsvOut *s = c->state;
  out_flush(s);
  if (s->f && fclose(s->f) != 0) {
    s->f = NULL;
    return open_failed(c, s->typed, s->typed, errno);
  }
  s->f = NULL;
  return ST_OK;
}

/* ==================================================================== */
/* The table                                                             */

static const ParamDef imp_params[] = {
    {"Path", NULL, T_STRING, true, 0, PF_PIPELINE | PF_NOT_NULL_OR_EMPTY, NULL,
     "The CSV file(s) to import."},
    {"Delimiter", NULL, T_CHAR, false, 1, 0, NULL,
     "The character between fields (default: comma).", "Delimiter,1"},
    {"LiteralPath", "PSPath", T_STRING, true, -1, PF_PIPELINE_PROP | PF_NOT_NULL_OR_EMPTY, NULL,
     "The CSV file(s), used exactly as typed."},
    {"UseCulture", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Use the culture's list separator (en-US: comma) as the delimiter.", "UseCulture,-1,M"},
    {"Header", NULL, T_STRING, true, -1, PF_NOT_NULL_OR_EMPTY, NULL,
     "Property names to use instead of the file's first line."},
    {"Encoding", NULL, T_STRING, false, -1, 0, ENC_VSET,
     "The file's encoding when it has no byte-order mark (default: UTF8)."},
};

static const ParamDef exp_params[] = {
    {"InputObject", NULL, T_PSOBJECT, false, -1, PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The objects to export."},
    {"Path", NULL, T_STRING, false, 0, PF_NOT_NULL_OR_EMPTY, NULL, "The CSV file to write."},
    {"LiteralPath", "PSPath", T_STRING, false, -1, PF_NOT_NULL_OR_EMPTY, NULL,
     "The CSV file to write, used exactly as typed."},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "With -Append: write even when the objects lack some of the file's columns."},
    {"NoClobber", "NoOverwrite", T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Do not overwrite an existing file."},
    {"Encoding", NULL, T_STRING, false, -1, 0, ENC_VSET,
     "The file's encoding (default: ASCII, as in Windows PowerShell 5.1)."},
    {"Append", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Add to the end of the file, keeping its columns."},
    {"Delimiter", NULL, T_CHAR, false, 1, 0, NULL,
     "The character between fields (default: comma).", "Delimiter,1"},
    {"UseCulture", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Use the culture's list separator (en-US: comma) as the delimiter.", "UseCulture"},
    {"NoTypeInformation", "NTI", T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Leave out the #TYPE line."},
};

static const ParamDef cto_params[] = {
    {"InputObject", NULL, T_PSOBJECT, false, 0, PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP, NULL,
     "The objects to convert."},
    {"Delimiter", NULL, T_CHAR, false, 1, 0, NULL,
     "The character between fields (default: comma).", "Delimiter,1"},
    {"UseCulture", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Use the culture's list separator (en-US: comma) as the delimiter.", "UseCulture"},
    {"NoTypeInformation", "NTI", T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Leave out the #TYPE line."},
};

static const ParamDef cfrom_params[] = {
    {"InputObject", NULL, T_PSOBJECT, true, 0,
     PF_MANDATORY | PF_PIPELINE | PF_PIPELINE_PROP | PF_NOT_NULL_OR_EMPTY, NULL,
     "The CSV text (strings) to convert."},
    {"Delimiter", NULL, T_CHAR, false, 1, PF_NOT_NULL_OR_EMPTY, NULL,
     "The character between fields (default: comma).", "Delimiter,1"},
    {"UseCulture", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Use the culture's list separator (en-US: comma) as the delimiter.", "UseCulture,-1,M"},
    {"Header", NULL, T_STRING, true, -1, PF_NOT_NULL_OR_EMPTY, NULL,
     "Property names to use instead of the first line."},
};

const CmdDef csv_cmdlets[] = {
    {"Import-Csv", "ipcsv", imp_params, NP(imp_params), 0, in_begin, imp_process, NULL,
     "Creates table-like custom objects from the items in a character-separated value (CSV) file.",
     in_cleanup, "Delimiter"},
    {"Export-Csv", "epcsv", exp_params, NP(exp_params), CF_SHOULDPROCESS, exp_begin, exp_process,
     exp_end, "Converts objects into a series of comma-separated (CSV) strings and saves the "
     "strings in a CSV file.", out_cleanup, "Delimiter"},
    {"ConvertTo-Csv", NULL, cto_params, NP(cto_params), 0, cto_begin, cto_process, NULL,
     "Converts objects into a series of comma-separated value (CSV) strings.", out_cleanup,
     "Delimiter", NULL, "System.String"},
    {"ConvertFrom-Csv", NULL, cfrom_params, NP(cfrom_params), 0, in_begin, cfrom_process, NULL,
     "Converts object properties in comma-separated value (CSV) format into CSV versions of the "
     "original objects.", in_cleanup, "Delimiter"},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
