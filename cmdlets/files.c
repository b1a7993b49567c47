/* files.c - the file-system cmdlets runbooks use (issue 6): Get-Content,
 * Set-Content, Add-Content, Out-File, Join-Path, Split-Path, Resolve-Path,
 * Get-ChildItem, Get-Location, Set-Location, Select-String, Read-Host,
 * New-Item and Remove-Item, with Windows PowerShell 5.1's parameters,
 * output and messages.
 *
 * Every path goes through fspath.h (Windows paths are files of the lab's
 * drives, "~" is home, "\" reads as "/"), and every write first asks
 * fspath_refuse_write. Wildcards in -Path expand as the FileSystem
 * provider does (every component may hold them; matches sorted by name,
 * dot files hidden unless the pattern starts with "."); -LiteralPath never
 * expands. A wildcard that matches nothing is silent; a literal path that
 * does not exist is 5.1's ItemNotFoundException.
 *
 * Where 5.1 and Linux differ, ucsh chooses (README, "File cmdlets"):
 *  - Reading: a byte-order mark wins (UTF-8, UTF-16LE/BE, UTF-32LE/BE), as
 *    .NET's StreamReader does. Without one, 5.1 reads the ANSI code page;
 *    ucsh reads UTF-8, and a byte that is not valid UTF-8 is read as the
 *    Windows-1252 character (so an ANSI file from Windows reads as 5.1
 *    reads it). With -Encoding UTF8 an invalid byte is U+FFFD, as .NET's
 *    decoder gives. Lines end at CRLF, LF or CR.
 *  - Writing: "Default" and "Oem" (Set-Content/Add-Content's default) are
 *    UTF-8 without a BOM (Linux's code page); UTF8 has a BOM as in 5.1;
 *    Unicode/String/Unknown is UTF-16LE with a BOM, BigEndianUnicode,
 *    UTF32 and BigEndianUTF32 likewise; Ascii writes "?" for what is not
 *    ASCII; UTF7 is written as UTF-8. A BOM is written only at the start of
 *    a file. Lines end with LF (5.1 on Windows writes CRLF).
 *  - Out-File (like `>`) writes UTF-8 without a BOM by default; 5.1 writes
 *    UTF-16LE. -Encoding Unicode gives 5.1's bytes.
 *  - Get-Location shows a folder of the lab's drives as "C:\...", others as
 *    the Linux path. Join-Path and Split-Path keep the separator the path
 *    uses ("\" unless it has only "/").
 *
 * Prefix: fil_. Ownership as value.h: arguments borrowed, results owned. */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../runtime/convert.h"
#include "../parser/xalloc.h"
#include "../runtime/format.h"
#include "../runtime/member.h"
#include "../runtime/regex.h"
#include "../runtime/secure.h"
#include "../runtime/strbuf.h"
#include "cmdlets.h"
#include "fspath.h"
#include "objutil.h"

#define FIL_PROVIDER "Microsoft.PowerShell.Core\\FileSystem"
#define FIL_FILEINFO "System.IO.FileInfo"
#define FIL_DIRINFO "System.IO.DirectoryInfo"
#define FIL_PATHINFO "System.Management.Automation.PathInfo"
#define FIL_MATCHINFO "Microsoft.PowerShell.Commands.MatchInfo"
#define FIL_ENC_SET                                                                            \
  "Unknown,String,Unicode,Byte,BigEndianUnicode,UTF8,UTF7,UTF32,Ascii,Default,Oem,"            \
  "BigEndianUTF32"
#define FIL_OUT_ENC_SET "Unknown,String,Unicode,BigEndianUnicode,UTF8,UTF7,UTF32,Ascii,Default,Oem"

/* ================================================================ encodings */

typedef enum FilEnc {
  ENC_DEFAULT, /* UTF-8 without BOM; invalid bytes read as Windows-1252 */
  ENC_UTF8,    /* UTF-8 with BOM; invalid bytes read as U+FFFD */
  ENC_ASCII,
  ENC_UTF16LE,
  ENC_UTF16BE,
  ENC_UTF32LE,
  ENC_UTF32BE,
  ENC_BYTE,
} FilEnc;

static const struct {
  const char *name;
  FilEnc enc;
} FIL_ENCODINGS[] = {
    {"Unknown", ENC_UTF16LE}, {"String", ENC_UTF16LE},      {"Unicode", ENC_UTF16LE},
    {"Byte", ENC_BYTE},       {"BigEndianUnicode", ENC_UTF16BE}, {"UTF8", ENC_UTF8},
    {"UTF7", ENC_DEFAULT},    {"UTF32", ENC_UTF32LE},       {"Ascii", ENC_ASCII},
    {"Default", ENC_DEFAULT}, {"Oem", ENC_DEFAULT},         {"BigEndianUTF32", ENC_UTF32BE},
};

/* Byte-order marks, longest first (UTF-32LE starts like UTF-16LE). */
static const struct {
  FilEnc enc;
  const char *bytes;
  size_t n;
} FIL_BOMS[] = {
    {ENC_UTF32LE, "\xFF\xFE\0\0", 4}, {ENC_UTF32BE, "\0\0\xFE\xFF", 4},
    {ENC_UTF8, "\xEF\xBB\xBF", 3},    {ENC_UTF16LE, "\xFF\xFE", 2},
    {ENC_UTF16BE, "\xFE\xFF", 2},
};

/* Windows-1252's 0x80-0x9F (0 where undefined: read as the byte's Latin-1). */
static const unsigned short FIL_CP1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

static FilEnc fil_encoding(CmdCtx *c, FilEnc dflt) {
  Value *v = cmd_arg(c, "Encoding");
  char *s = v ? conv_to_cstr(*v, NULL) : NULL;
  FilEnc e = dflt;
  for (size_t i = 0; s && i < sizeof FIL_ENCODINGS / sizeof FIL_ENCODINGS[0]; i++)
    if (strcasecmp(s, FIL_ENCODINGS[i].name) == 0) e = FIL_ENCODINGS[i].enc;
  free(s);
  return e;
}

/* ================================================================ reading */

/* A file read code point by code point in its encoding. */
typedef struct FilReader {
  FILE *f;
  FilEnc enc;
  bool eof;
  long peek; /* a code point read ahead, or -2 */
  size_t pos, len;
  unsigned char buf[65536];
} FilReader;

/* At least `want` bytes buffered unless the file ends; returns how many. */
static size_t fil_fill(FilReader *r, size_t want) {
  size_t have = r->len - r->pos;
  if (have >= want || r->eof) return have;
  memmove(r->buf, r->buf + r->pos, have);
  r->pos = 0, r->len = have;
  while (r->len - r->pos < want) {
    size_t n = fread(r->buf + r->len, 1, sizeof r->buf - r->len, r->f);
    if (n == 0) {
      r->eof = true;
      break;
    }
    r->len += n;
  }
  return r->len - r->pos;
}

/* Opens path; the BOM (skipped) decides the encoding, else `enc`. NULL
 * with errno set when the file cannot be read. */
static FilReader *fil_reader_open(const char *path, FilEnc enc) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  FilReader *r = xmalloc(sizeof *r);
  r->f = f, r->enc = enc, r->eof = false, r->peek = -2, r->pos = r->len = 0;
  size_t have = fil_fill(r, 4);
  for (size_t i = 0; enc != ENC_BYTE && i < sizeof FIL_BOMS / sizeof FIL_BOMS[0]; i++)
    if (have >= FIL_BOMS[i].n && memcmp(r->buf, FIL_BOMS[i].bytes, FIL_BOMS[i].n) == 0) {
      r->enc = FIL_BOMS[i].enc;
      r->pos = FIL_BOMS[i].n;
      break;
    }
  return r;
}

static void fil_reader_close(FilReader *r) {
  if (!r) return;
  fclose(r->f);
  free(r);
}

static long fil_bad_byte(const FilReader *r, unsigned char b) {
  if (r->enc != ENC_DEFAULT) return 0xFFFD;
  if (b >= 0x80 && b < 0xA0 && FIL_CP1252[b - 0x80]) return FIL_CP1252[b - 0x80];
  return b;
}

static long fil_next_utf8(FilReader *r) {
  size_t have = fil_fill(r, 4);
  if (!have) return -1;
  const unsigned char *p = r->buf + r->pos;
  if (p[0] < 0x80) return r->pos++, p[0];
  size_t need = p[0] >= 0xC2 && p[0] < 0xE0 ? 1 : p[0] >= 0xE0 && p[0] < 0xF0 ? 2
              : p[0] >= 0xF0 && p[0] < 0xF5 ? 3 : 0;
  long cp = p[0] & (0x3F >> need);
  bool ok = need > 0 && have > need;
  for (size_t i = 1; ok && i <= need; i++) {
    ok = (p[i] & 0xC0) == 0x80;
    cp = cp << 6 | (p[i] & 0x3F);
  }
  ok = ok && !(need == 2 && cp < 0x800) && !(cp >= 0xD800 && cp <= 0xDFFF) &&
       !(need == 3 && (cp < 0x10000 || cp > 0x10FFFF));
  if (!ok) return r->pos++, fil_bad_byte(r, p[0]);
  r->pos += need + 1;
  return cp;
}

static long fil_unit(const unsigned char *p, FilEnc enc) {
  switch (enc) {
  case ENC_UTF16LE: return p[0] | p[1] << 8;
  case ENC_UTF16BE: return p[0] << 8 | p[1];
  case ENC_UTF32LE: return (long)((unsigned long)p[0] | (unsigned long)p[1] << 8 |
                                  (unsigned long)p[2] << 16 | (unsigned long)p[3] << 24);
  default: return (long)((unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 |
                         (unsigned long)p[2] << 8 | (unsigned long)p[3]);
  }
}

static long fil_next_wide(FilReader *r) {
  size_t w = r->enc == ENC_UTF16LE || r->enc == ENC_UTF16BE ? 2 : 4;
  size_t have = fil_fill(r, 2 * w);
  if (!have) return -1;
  if (have < w) { /* a truncated code unit */
    r->pos = r->len;
    return 0xFFFD;
  }
  long u = fil_unit(r->buf + r->pos, r->enc);
  r->pos += w;
  if (w == 4) return u < 0 || u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF) ? 0xFFFD : u;
  if (u < 0xD800 || u > 0xDFFF) return u;
  long lo = have >= 2 * w ? fil_unit(r->buf + r->pos, r->enc) : -1;
  if (u > 0xDBFF || lo < 0xDC00 || lo > 0xDFFF) return 0xFFFD;
  r->pos += w;
  return 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
}

/* The next code point, or -1 at the end. */
static long fil_next(FilReader *r) {
  if (r->peek != -2) {
    long cp = r->peek;
    r->peek = -2;
    return cp;
  }
  switch (r->enc) {
  case ENC_UTF16LE: case ENC_UTF16BE: case ENC_UTF32LE: case ENC_UTF32BE:
    return fil_next_wide(r);
  case ENC_ASCII:
    if (!fil_fill(r, 1)) return -1;
    return r->buf[r->pos] < 0x80 ? r->buf[r->pos++] : (r->pos++, '?');
  default: return fil_next_utf8(r);
  }
}

static void fil_put_cp(StrBuf *b, long cp) {
  if (cp < 0x80) sb_putc(b, (char)cp);
  else sb_put_utf8(b, (unsigned)cp);
}

/* One line, without its end, into b (reset first); false at the end. */
static bool fil_read_line(FilReader *r, StrBuf *b) {
  sb_reset(b);
  long cp = fil_next(r);
  if (cp < 0) return false;
  for (; cp >= 0 && cp != '\n'; cp = fil_next(r)) {
    if (cp == '\r') {
      long nx = fil_next(r);
      if (nx != '\n') r->peek = nx;
      break;
    }
    fil_put_cp(b, cp);
  }
  return true;
}

/* ================================================================ writing */

typedef struct FilWriter {
  FILE *f;
  FilEnc enc;
} FilWriter;

/* Opens for writing (append or truncate); the BOM goes at the start of an
 * empty file. False with errno set. */
static bool fil_writer_open(FilWriter *w, const char *path, FilEnc enc, bool append) {
  w->f = fopen(path, append ? "ab" : "wb");
  w->enc = enc == ENC_BYTE ? ENC_DEFAULT : enc;
  if (!w->f) return false;
  fseek(w->f, 0, SEEK_END);
  bool empty = ftell(w->f) == 0;
  for (size_t i = 0; empty && i < sizeof FIL_BOMS / sizeof FIL_BOMS[0]; i++)
    if (FIL_BOMS[i].enc == w->enc) {
      fwrite(FIL_BOMS[i].bytes, 1, FIL_BOMS[i].n, w->f);
      break;
    }
  return true;
}

static bool fil_writer_close(FilWriter *w) {
  bool ok = w->f && fclose(w->f) == 0;
  w->f = NULL;
  return ok;
}

/* A code point from UTF-8 text (invalid bytes: U+FFFD); advances *i. */
static long fil_decode(const unsigned char *s, size_t n, size_t *i) {
  unsigned char b = s[*i];
  if (b < 0x80) return (*i)++, b;
  size_t need = b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2
              : b >= 0xF0 && b < 0xF5 ? 3 : 0;
  if (need == 0 || *i + need >= n) return (*i)++, 0xFFFD;
  long cp = b & (0x3F >> need);
  for (size_t k = 1; k <= need; k++) {
    if ((s[*i + k] & 0xC0) != 0x80) return (*i)++, 0xFFFD;
    cp = cp << 6 | (s[*i + k] & 0x3F);
  }
  *i += need + 1;
  return cp;
}

static void fil_put_unit(FilWriter *w, unsigned long u) {
  unsigned char o[4];
  size_t n = w->enc == ENC_UTF16LE || w->enc == ENC_UTF16BE ? 2 : 4;
  bool le = w->enc == ENC_UTF16LE || w->enc == ENC_UTF32LE;
  for (size_t k = 0; k < n; k++) o[le ? k : n - 1 - k] = (unsigned char)(u >> (8 * k));
  fwrite(o, 1, n, w->f);
}

/* Writes UTF-8 text in the writer's encoding. */
static void fil_write(FilWriter *w, const char *s, size_t n) {
  if (w->enc == ENC_DEFAULT || w->enc == ENC_UTF8) {
    fwrite(s, 1, n, w->f);
    return;
  }
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    long cp = fil_decode(u, n, &i);
    if (w->enc == ENC_ASCII) fputc(cp < 0x80 ? (int)cp : '?', w->f);
    else if (w->enc == ENC_UTF32LE || w->enc == ENC_UTF32BE || cp < 0x10000)
      fil_put_unit(w, (unsigned long)cp);
    else {
      fil_put_unit(w, 0xD800 + ((unsigned long)(cp - 0x10000) >> 10));
      fil_put_unit(w, 0xDC00 + ((unsigned long)(cp - 0x10000) & 0x3FF));
    }
  }
}

/* ================================================================ errors */

/* "Get-Content" -> "Microsoft.PowerShell.Commands.GetContentCommand" */
static void fil_fqid(CmdCtx *c, const char *id, char *out, size_t n) {
  size_t k = (size_t)snprintf(out, n, "%s,Microsoft.PowerShell.Commands.", id);
  for (const char *t = c->cmd->def->name; *t && k + 8 < n; t++)
    if (*t != '-') out[k++] = *t;
  snprintf(out + k, n - k, "Command");
}

/* A non-terminating error of this cmdlet; takes target. */
static Status fil_error(CmdCtx *c, const char *exc, const char *id, const char *cat,
                        Value target, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static Status fil_error(CmdCtx *c, const char *exc, const char *id, const char *cat,
                        Value target, const char *fmt, ...) {
  char fqid[160];
  fil_fqid(c, id, fqid, sizeof fqid);
  va_list ap;
  va_start(ap, fmt);
  Status st = cmd_verrorf(c, exc, fqid, cat, target, fmt, ap);
  va_end(ap);
  val_unref(target);
  return st;
}

/* A terminating error of this cmdlet (a .NET exception thrown out of it). */
static Status fil_throw(CmdCtx *c, const char *exc, const char *id, const char *cat,
                        Value target, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static Status fil_throw(CmdCtx *c, const char *exc, const char *id, const char *cat,
                        Value target, const char *fmt, ...) {
  char fqid[160];
  fil_fqid(c, id, fqid, sizeof fqid);
  va_list ap;
  va_start(ap, fmt);
  Status st = cmd_vthrowf(c, exc, fqid, cat, target, fmt, ap);
  va_end(ap);
  val_unref(target);
  return st;
}

/* ================================================================ paths */

static bool fil_is_sep(char ch) { return ch == '\\' || ch == '/'; }

/* A provider-qualified path (from PSPath) without its provider. */
static const char *fil_unqualify(const char *typed) {
  static const char *const PFX[] = {FIL_PROVIDER "::", "FileSystem::"};
  for (size_t i = 0; i < 2; i++)
    if (strncasecmp(typed, PFX[i], strlen(PFX[i])) == 0) return typed + strlen(PFX[i]);
  return typed;
}

/* The absolute form of a real path, "." and ".." folded (textually). */
static char *fil_abs(const char *real) {
  StrBuf b = SB_INIT;
  char cwd[4096];
  if (real[0] != '/') sb_puts(&b, getcwd(cwd, sizeof cwd) ? cwd : "/");
  for (const char *p = real; *p;) {
    while (*p == '/') p++;
    size_t n = strcspn(p, "/");
    if (n == 0) break;
    if (n == 2 && p[0] == '.' && p[1] == '.') {
      while (b.len > 0 && b.data[b.len - 1] != '/') b.len--;
      if (b.len > 0) b.len--;
      b.data[b.len] = 0;
    } else if (!(n == 1 && p[0] == '.')) {
      sb_putc(&b, '/');
      sb_putn(&b, p, n);
    }
    p += n;
  }
  if (b.len == 0) sb_putc(&b, '/');
  return sb_take(&b, NULL);
}

/* The lab's drives folder (absolute), when the drives are in use. */
static char *fil_drives_root(CmdCtx *c) {
  if (!interp_ext_get(c->I, INTERP_EXT_DRIVES)) return NULL;
  Status st;
  char *cdrive = fspath_resolve(c, "C:\\", &st);
  if (!cdrive) return NULL;
  char *abs = fil_abs(cdrive);
  free(cdrive);
  char *slash = strrchr(abs, '/');
  if (slash && slash != abs) *slash = 0;
  return abs;
}

/* How a real path is shown: a file of the lab's drives as "C:\..." (a
 * share as "\\server\share\..."), any other as its absolute Linux path.
 * root: fil_drives_root's answer (may be NULL). */
static char *fil_shown_in(const char *root, const char *real) {
  char *abs = fil_abs(real);
  size_t rn = root ? strlen(root) : 0;
  if (!root || strncmp(abs, root, rn) != 0 || abs[rn] != '/') return abs;
  const char *rest = abs + rn + 1;
  StrBuf b = SB_INIT;
  if (strncmp(rest, "UNC/", 4) == 0) {
    sb_puts(&b, "\\\\");
    rest += 4;
  } else if (isalpha((unsigned char)rest[0]) && (rest[1] == '/' || !rest[1])) {
    sb_printf(&b, "%c:\\", rest[0]);
    rest += rest[1] ? 2 : 1;
  } else {
    return abs;
  }
  for (; *rest; rest++) sb_putc(&b, *rest == '/' ? '\\' : *rest);
  free(abs);
  return sb_take(&b, NULL);
}

static char *fil_shown(CmdCtx *c, const char *real) {
  char *root = fil_drives_root(c);
  char *s = fil_shown_in(root, real);
  free(root);
  return s;
}

/* 5.1's ItemNotFoundException for a path that does not exist. */
static Status fil_not_found(CmdCtx *c, const char *real) {
  char *shown = fil_shown(c, real);
  Status st = fil_error(c, "System.Management.Automation.ItemNotFoundException", "PathNotFound",
                        "ObjectNotFound", val_cstr(shown),
                        "Cannot find path '%s' because it does not exist.", shown);
  free(shown);
  return st;
}

static Status fil_io_error(CmdCtx *c, const char *id, const char *real, int err) {
  char *shown = fil_shown(c, real);
  Status st;
  if (err == EACCES || err == EISDIR || err == EPERM)
    st = fil_error(c, "System.UnauthorizedAccessException", id, "PermissionDenied",
                   val_cstr(shown), "Access to the path '%s' is denied.", shown);
  else if (err == ENOENT || err == ENOTDIR)
    st = fil_error(c, "System.IO.DirectoryNotFoundException", id, "ObjectNotFound",
                   val_cstr(shown), "Could not find a part of the path '%s'.", shown);
  else
    st = fil_error(c, "System.IO.IOException", id, "WriteError", val_cstr(shown), "%s: '%s'",
                   strerror(err), shown);
  free(shown);
  return st;
}

typedef Status (*FilItemFn)(CmdCtx *c, void *ctx, const char *real);

typedef struct FilGlob {
  FilItemFn fn;
  void *ctx;
  int matched;
} FilGlob;

static int fil_name_cmp(const void *a, const void *b) {
  return strcasecmp(*(char *const *)a, *(char *const *)b);
}

/* The names in folder `dir` matching pattern p (n bytes), sorted (owned). */
static char **fil_dir_matches(const char *dir, const char *p, size_t n, int *count) {
  *count = 0;
  DIR *d = opendir(*dir ? dir : ".");
  if (!d) return NULL;
  char **names = NULL;
  int cap = 0;
  for (struct dirent *e; (e = readdir(d));) {
    const char *nm = e->d_name;
    if (nm[0] == '.' && (p[0] != '.' || !strcmp(nm, ".") || !strcmp(nm, ".."))) continue;
    if (!wc_match(p, n, nm, strlen(nm), false)) continue;
    if (*count == cap) {
      cap = cap ? cap * 2 : 16;
      names = xrealloc(names, (size_t)cap * sizeof *names);
    }
    names[(*count)++] = xstrdup(nm);
  }
  closedir(d);
  if (*count) qsort(names, (size_t)*count, sizeof *names, fil_name_cmp);
  return names;
}

static void fil_join_real(StrBuf *b, const char *name, size_t n) {
  if (b->len && b->data[b->len - 1] != '/') sb_putc(b, '/');
  sb_putn(b, name, n);
}

/* Expands the components of rest below prefix b. */
static Status fil_glob(CmdCtx *c, FilGlob *g, StrBuf *b, const char *rest) {
  while (*rest == '/') rest++;
  if (!*rest) {
    struct stat sb;
    if (lstat(sb_cstr(b), &sb) != 0) return ST_OK;
    g->matched++;
    return g->fn(c, g->ctx, sb_cstr(b));
  }
  size_t n = strcspn(rest, "/"), keep = b->len;
  Status st = ST_OK;
  if (!wc_has_wildcard(rest, n)) {
    fil_join_real(b, rest, n);
    st = fil_glob(c, g, b, rest + n);
  } else {
    int count;
    char **names = fil_dir_matches(sb_cstr(b), rest, n, &count);
    for (int i = 0; i < count; i++) {
      if (st == ST_OK) {
        b->len = keep, b->data[keep] = 0;
        fil_join_real(b, names[i], strlen(names[i]));
        st = fil_glob(c, g, b, rest + n);
      }
      free(names[i]);
    }
    free(names);
  }
  b->len = keep;
  if (b->data) b->data[keep] = 0;
  return st;
}

/* A path without wildcards loses its escapes ("`[" is "["). */
static void fil_unescape(char *p) {
  char *o = p;
  for (; *p; p++) {
    if (*p == '`' && p[1]) p++;
    *o++ = *p;
  }
  *o = 0;
}

/* Calls fn for each item `typed` names: the path itself (literal, or no
 * wildcard: it need not exist), else each existing match. *matched: how
 * many wildcard matches there were (-1: a literal path). */
static Status fil_expand(CmdCtx *c, const char *typed, bool literal, FilItemFn fn, void *ctx,
                         int *matched) {
  typed = fil_unqualify(typed);
  Status st;
  char *real = fspath_resolve(c, typed, &st);
  if (!real) return st;
  if (isalpha((unsigned char)typed[0]) && typed[1] == ':' && (!typed[2] || (fil_is_sep(typed[2]) && !typed[3])))
    mkdir(real, 0777); /* a drive's root always exists */
  if (literal || !wc_has_wildcard(real, strlen(real))) {
    *matched = -1;
    if (!literal) fil_unescape(real);
    st = fn(c, ctx, real);
  } else {
    FilGlob g = {fn, ctx, 0};
    StrBuf b = SB_INIT;
    sb_puts(&b, real[0] == '/' ? "/" : "");
    st = fil_glob(c, &g, &b, real);
    sb_free(&b);
    *matched = g.matched;
  }
  free(real);
  return st;
}

/* -Path or -LiteralPath, whichever is bound (NULL when neither). */
static char **fil_path_args(CmdCtx *c, bool *literal, int *n) {
  Value *lit = cmd_arg(c, "LiteralPath");
  *literal = lit != NULL;
  return obj_strs(lit ? lit : cmd_arg(c, "Path"), n);
}

/* Each item of every -Path/-LiteralPath: fn for each (wildcards expanded);
 * a literal path that does not exist is reported unless want_missing. */
typedef struct FilEach {
  FilItemFn fn;
  void *ctx;
  bool want_missing;
} FilEach;

static Status fil_each_exists(CmdCtx *c, void *ctx, const char *real) {
  FilEach *e = ctx;
  struct stat sb;
  if (!e->want_missing && stat(real, &sb) != 0) return fil_not_found(c, real);
  return e->fn(c, e->ctx, real);
}

static Status fil_each_path(CmdCtx *c, FilItemFn fn, void *ctx, bool want_missing) {
  bool literal;
  int n, matched;
  char **paths = fil_path_args(c, &literal, &n);
  FilEach e = {fn, ctx, want_missing};
  Status st = ST_OK;
  for (int i = 0; i < n && st == ST_OK; i++)
    st = fil_expand(c, paths[i], literal, fil_each_exists, &e, &matched);
  obj_strs_free(paths, n);
  return st;
}

/* ================================================================ Get-Content */

typedef struct FilGc {
  int64_t total, tail; /* -1: not given */
  bool raw;
  FilEnc enc;
} FilGc;

/* The last `n` lines, emitted at the end of the file. */
typedef struct FilRing {
  Value *v;
  int64_t n, len, start;
} FilRing;

static void fil_ring_push(FilRing *r, Value line) {
  if (r->len < r->n) {
    r->v = xrealloc(r->v, (size_t)(r->len + 1) * sizeof *r->v);
    r->v[r->len++] = line;
    return;
  }
  val_unref(r->v[r->start]);
  r->v[r->start] = line;
  r->start = (r->start + 1) % r->n;
}

static Status fil_ring_emit(CmdCtx *c, FilRing *r) {
  Status st = ST_OK;
  for (int64_t i = 0; i < r->len; i++) {
    Value v = r->v[(r->start + i) % r->len];
    if (st == ST_OK) st = cmd_emit(c, v);
    val_unref(v);
  }
  free(r->v);
  return st;
}

static Status fil_gc_bytes(CmdCtx *c, FilReader *r, const FilGc *g) {
  Status st = ST_OK;
  for (int64_t k = 0; st == ST_OK && (g->total < 0 || k < g->total) && fil_fill(r, 1); k++)
    st = cmd_emit(c, val_int(r->buf[r->pos++]));
  return st;
}

static Status fil_gc_raw(CmdCtx *c, FilReader *r) {
  StrBuf b = SB_INIT;
  for (long cp; (cp = fil_next(r)) >= 0;) fil_put_cp(&b, cp);
  if (b.len == 0) return ST_OK; /* an empty file: nothing */
  size_t n;
  char *s = sb_take(&b, &n);
  Value v = val_str_take(s, n);
  Status st = cmd_emit(c, v);
  val_unref(v);
  return st;
}

/* Lines as they are read (-TotalCount stops early; -Tail keeps the last). */
static Status fil_gc_lines(CmdCtx *c, FilReader *r, const FilGc *g) {
  StrBuf b = SB_INIT;
  FilRing ring = {NULL, g->tail, 0, 0};
  Status st = ST_OK;
  for (int64_t k = 0; st == ST_OK && g->tail != 0 && (g->total < 0 || k < g->total); k++) {
    if (!fil_read_line(r, &b)) break;
    Value v = val_str(b.data ? b.data : "", b.len);
    if (g->tail > 0) {
      fil_ring_push(&ring, v);
      continue;
    }
    st = cmd_emit(c, v);
    val_unref(v);
    if (st == ST_OK && interp_stop_requested(c->I)) break;
  }
  sb_free(&b);
  Status rs = fil_ring_emit(c, &ring);
  return st != ST_OK ? st : rs;
}

static Status fil_gc_item(CmdCtx *c, void *ctx, const char *real) {
  const FilGc *g = ctx;
  struct stat sb;
  if (stat(real, &sb) == 0 && S_ISDIR(sb.st_mode))
    return fil_io_error(c, "GetContentReaderUnauthorizedAccessError", real, EISDIR);
  FilReader *r = fil_reader_open(real, g->enc);
  if (!r) return fil_io_error(c, "GetContentReaderIOError", real, errno);
  Status st = g->enc == ENC_BYTE ? fil_gc_bytes(c, r, g)
              : g->raw           ? fil_gc_raw(c, r)
                                 : fil_gc_lines(c, r, g);
  fil_reader_close(r);
  return st;
}

static int64_t fil_long_arg(CmdCtx *c, const char *name, int64_t dflt) {
  Value *v = cmd_arg(c, name);
  int64_t n = dflt;
  if (v && !conv_to_long(*v, &n, NULL)) n = dflt;
  return n;
}

static Status gc_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  FilGc g = {fil_long_arg(c, "TotalCount", -1), fil_long_arg(c, "Tail", -1),
             cmd_switch(c, "Raw"), fil_encoding(c, ENC_DEFAULT)};
  if (cmd_arg(c, "TotalCount") && cmd_arg(c, "Tail"))
    return fil_throw(c, "System.Management.Automation.PSInvalidOperationException",
                     "TailAndHeadCannotCoexist", "InvalidOperation", val_null(),
                     "The parameters TotalCount and Tail cannot be used together. Please "
                     "specify only one parameter.");
  if (g.total < -1) g.total = -1; /* 5.1: a negative count reads everything */
  return fil_each_path(c, fil_gc_item, &g, false);
}

/* ================================================================ Set-/Add-Content */

typedef struct FilSc {
  FilWriter *w;
  int n;
  bool opened, append, nonewline, bytes;
} FilSc;

static Status fil_sc_open_one(CmdCtx *c, void *ctx, const char *real) {
  FilSc *s = ctx;
  Status st;
  struct stat sb;
  if (stat(real, &sb) == 0 && S_ISDIR(sb.st_mode))
    return fil_io_error(c, "SetContentWriterUnauthorizedAccessError", real, EISDIR);
  if (fspath_refuse_write(c, real, &st)) return st;
  FilWriter w;
  if (!fil_writer_open(&w, real, fil_encoding(c, ENC_DEFAULT), s->append))
    return fil_io_error(c, "GetContentWriterIOError", real, errno);
  s->w = xrealloc(s->w, (size_t)(s->n + 1) * sizeof *s->w);
  s->w[s->n++] = w;
  return ST_OK;
}

static void sc_cleanup(CmdCtx *c) {
  FilSc *s = c->state;
  if (!s) return;
  for (int i = 0; i < s->n; i++) fil_writer_close(&s->w[i]);
  free(s->w);
  free(s);
  c->state = NULL;
}

static Status sc_begin(CmdCtx *c) {
  FilSc *s = xcalloc(1, sizeof *s);
  s->append = strcasecmp(c->cmd->def->name, "Add-Content") == 0;
  s->nonewline = cmd_switch(c, "NoNewline");
  s->bytes = fil_encoding(c, ENC_DEFAULT) == ENC_BYTE;
  c->state = s;
  return ST_OK;
}

/* -Encoding Byte: each value is one byte. */
static void fil_sc_byte(FilSc *s, Value v) {
  int64_t b = 0;
  conv_to_long(v, &b, NULL);
  for (int i = 0; i < s->n; i++) fputc((int)(b & 0xFF), s->w[i].f);
}

static Status fil_sc_value(CmdCtx *c, void *ctx, Value v) {
  FilSc *s = ctx;
  if (s->bytes) fil_sc_byte(s, v);
  char *text = s->bytes ? NULL : v.kind == V_NULL ? xstrdup("") : conv_to_cstr(v, NULL);
  size_t n = v.kind == V_STR ? val_slen(v) : text ? strlen(text) : 0;
  for (int i = 0; text && i < s->n; i++) {
    fil_write(&s->w[i], v.kind == V_STR ? val_sdata(v) : text, n);
    if (!s->nonewline) fil_write(&s->w[i], "\n", 1);
  }
  free(text);
  return cmd_switch(c, "PassThru") ? cmd_emit(c, v) : ST_OK;
}

static Status sc_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  FilSc *s = c->state;
  if (!s->opened) { /* the files open (and Set-Content empties them) with the first value */
    s->opened = true;
    Status st = fil_each_path(c, fil_sc_open_one, s, true);
    if (st != ST_OK) return st;
  }
  Value *v = cmd_arg(c, "Value");
  return v ? obj_each(c, *v, fil_sc_value, s) : ST_OK;
}

static Status sc_end(CmdCtx *c) {
  sc_cleanup(c);
  return ST_OK;
}

/* ================================================================ Out-File */

typedef struct FilOf {
  FilWriter w;
  FmtOut *fo;
} FilOf;

static void fil_of_write(void *ctx, const char *s, size_t n) { fil_write(ctx, s, n); }

static void of_cleanup(CmdCtx *c) {
  FilOf *o = c->state;
  if (!o) return;
  fmt_out_free(o->fo);
  fil_writer_close(&o->w);
  free(o);
  c->state = NULL;
}

static Status fil_of_open(CmdCtx *c, const char *real, const char *typed) {
  bool append = cmd_switch(c, "Append");
  struct stat sb;
  bool exists = stat(real, &sb) == 0;
  Status st;
  if (exists && S_ISDIR(sb.st_mode)) return fil_io_error(c, "FileOpenFailure", real, EISDIR);
  if (exists && !append && cmd_switch(c, "NoClobber"))
    return fil_throw(c, "System.IO.IOException", "NoClobber", "ResourceExists",
                     val_cstr(typed), "The file '%s' already exists.", typed);
  if (fspath_refuse_write(c, real, &st)) return st;
  FilOf *o = xcalloc(1, sizeof *o);
  if (!fil_writer_open(&o->w, real, fil_encoding(c, ENC_DEFAULT), append)) {
    free(o);
    return fil_io_error(c, "FileOpenFailure", real, errno);
  }
  int64_t width = fil_long_arg(c, "Width", 0);
  o->fo = fmt_out_new(c->I, width > 0 && width < 100000 ? (int)width : fmt_host_width(c->I),
                      fil_of_write, &o->w);
  c->state = o;
  return ST_OK;
}

static Status of_begin(CmdCtx *c) {
  int n;
  Value *pv = cmd_arg(c, "LiteralPath");
  char **paths = obj_strs(pv ? pv : cmd_arg(c, "FilePath"), &n);
  if (!n) return ST_OK;
  Status st;
  const char *typed = fil_unqualify(paths[0]);
  char *real = fspath_resolve(c, typed, &st);
  if (real) st = fil_of_open(c, real, typed);
  free(real);
  obj_strs_free(paths, n);
  return st;
}

static Status of_process(CmdCtx *c, Value in, bool has_input) {
  FilOf *o = c->state;
  Value v;
  if (!o || !obj_input(c, in, has_input, &v)) return ST_OK;
  fmt_out_object(o->fo, v);
  return ST_OK;
}

static Status of_end(CmdCtx *c) {
  of_cleanup(c);
  return ST_OK;
}

/* ================================================================ PathInfo */

/* A PathInfo for a real path (Path: as shown; ProviderPath: the real file). */
static Value fil_pathinfo(CmdCtx *c, const char *real) {
  char *shown = fil_shown(c, real), *abs = fil_abs(real);
  Value o = val_obj_new(OBJ_GENERIC, FIL_PATHINFO);
  bool drive = isalpha((unsigned char)shown[0]) && shown[1] == ':';
  val_obj_set(o, "Drive", drive ? val_str(shown, 1) : val_null());
  val_obj_set(o, "Provider", val_cstr(FIL_PROVIDER));
  val_obj_set(o, "ProviderPath", val_cstr(abs));
  val_obj_set(o, "Path", val_cstr(shown));
  val_obj_set_text(o, val_cstr(shown));
  free(shown), free(abs);
  return o;
}

/* ================================================================ Join-/Split-Path */

/* The separator a path uses: "\" unless it has "/" and no "\". */
static char fil_sep_of(const char *p) {
  return strchr(p, '/') && !strchr(p, '\\') ? '/' : '\\';
}

static char *fil_join(const char *path, const char *child) {
  char sep = fil_sep_of(*path ? path : child);
  size_t n = strlen(path);
  while (n > 0 && fil_is_sep(path[n - 1]) && !(n == 3 && path[1] == ':')) n--;
  while (fil_is_sep(*child)) child++;
  StrBuf b = SB_INIT;
  sb_putn(&b, path, n);
  if (!(n && fil_is_sep(path[n - 1])) && (*child || n == 0)) sb_putc(&b, sep);
  sb_puts(&b, child);
  return sb_take(&b, NULL);
}

typedef struct FilJp {
  int resolved;
} FilJp;

static Status fil_emit_shown(CmdCtx *c, void *ctx, const char *real) {
  (void)ctx;
  char *shown = fil_shown(c, real);
  Value v = val_cstr(shown);
  free(shown);
  Status st = cmd_emit(c, v);
  val_unref(v);
  return st;
}

static Status fil_resolve_emit(CmdCtx *c, const char *path, FilItemFn fn) {
  int matched;
  FilEach e = {fn, NULL, false};
  Status st = fil_expand(c, path, false, fil_each_exists, &e, &matched);
  if (st == ST_OK && matched == 0) {
    Status st2;
    char *real = fspath_resolve(c, fil_unqualify(path), &st2);
    if (!real) return st2;
    st = fil_not_found(c, real);
    free(real);
  }
  return st;
}

static Status jp_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  int n;
  char **paths = obj_strs(cmd_arg(c, "Path"), &n);
  Value *cv = cmd_arg(c, "ChildPath");
  char *child = cv ? conv_to_cstr(*cv, NULL) : xstrdup("");
  Status st = ST_OK;
  for (int i = 0; i < n && st == ST_OK; i++) {
    char *j = fil_join(paths[i], child);
    if (cmd_switch(c, "Resolve")) st = fil_resolve_emit(c, j, fil_emit_shown);
    else {
      Value v = val_cstr(j);
      st = cmd_emit(c, v);
      val_unref(v);
    }
    free(j);
  }
  free(child);
  obj_strs_free(paths, n);
  return st;
}

/* Where the qualifier ("C:" or "\\server\share"-less "X:") ends, or 0. */
static size_t fil_qualifier(const char *p) {
  size_t n = strcspn(p, ":\\/");
  return p[n] == ':' && n > 0 ? n + 1 : 0;
}

/* Split-Path's piece of one path (owned), or NULL for "no qualifier". */
static char *fil_split(const char *p, const char *what) {
  size_t len = strlen(p), q = fil_qualifier(p);
  while (len > q + 1 && fil_is_sep(p[len - 1])) len--;
  size_t cut = len;
  while (cut > q && !fil_is_sep(p[cut - 1])) cut--;
  if (!strcmp(what, "Leaf")) return xstrndup(p + cut, len - cut);
  if (!strcmp(what, "Qualifier")) return q ? xstrndup(p, q) : NULL;
  if (!strcmp(what, "NoQualifier")) return xstrdup(p + q);
  /* Parent: up to the last separator; the root keeps its separator */
  if (cut == 0 || cut == len) return xstrdup("");
  size_t end = cut - 1;
  while (end > q && fil_is_sep(p[end - 1])) end--;
  if (end == q && fil_is_sep(p[q])) end = q + 1;
  return xstrndup(p, end);
}

static const char *fil_split_kind(CmdCtx *c) {
  static const char *const KINDS[] = {"Leaf", "Qualifier", "NoQualifier", "IsAbsolute"};
  for (size_t i = 0; i < 4; i++)
    if (cmd_switch(c, KINDS[i])) return KINDS[i];
  return "Parent";
}

static Status fil_split_one(CmdCtx *c, const char *p, const char *kind) {
  if (!strcmp(kind, "IsAbsolute")) {
    bool abs = fil_qualifier(p) ? fil_is_sep(p[fil_qualifier(p)]) : fil_is_sep(p[0]) || p[0] == '~';
    return cmd_emit(c, val_bool(abs));
  }
  char *piece = fil_split(p, kind);
  if (!piece)
    return fil_error(c, "System.Management.Automation.PSArgumentException", "ParsePathFormatError",
                     "InvalidArgument", val_cstr(p),
                     "Cannot parse the path because the path does not contain a qualifier.");
  Status st;
  if (cmd_switch(c, "Resolve") && *piece) st = fil_resolve_emit(c, piece, fil_emit_shown);
  else {
    Value v = val_cstr(piece);
    st = cmd_emit(c, v);
    val_unref(v);
  }
  free(piece);
  return st;
}

static Status spl_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  bool literal;
  int n;
  char **paths = fil_path_args(c, &literal, &n);
  const char *kind = fil_split_kind(c);
  Status st = ST_OK;
  for (int i = 0; i < n && st == ST_OK; i++) st = fil_split_one(c, fil_unqualify(paths[i]), kind);
  obj_strs_free(paths, n);
  return st;
}

/* ================================================================ Resolve-Path */

/* "./x" (or ".\x") relative to the current folder, as -Relative gives it. */
static char *fil_relative(CmdCtx *c, const char *real) {
  char cwd[4096];
  char *here = fil_shown(c, getcwd(cwd, sizeof cwd) ? cwd : "."), *there = fil_shown(c, real);
  char sep = fil_sep_of(there);
  size_t hn = strlen(here);
  StrBuf b = SB_INIT;
  if (!strncmp(there, here, hn) && fil_is_sep(there[hn])) sb_printf(&b, ".%s", there + hn);
  else if (!strcmp(there, here)) sb_puts(&b, ".");
  else { /* a sibling folder: "..\x" per level up */
    size_t common = 0;
    for (size_t i = 0; here[i] && here[i] == there[i]; i++)
      if (fil_is_sep(here[i])) common = i;
    for (size_t i = common; here[i]; i++)
      if (fil_is_sep(here[i])) sb_printf(&b, "..%c", sep);
    sb_puts(&b, there + common + 1);
  }
  free(here), free(there);
  return sb_take(&b, NULL);
}

static Status fil_rvpa_item(CmdCtx *c, void *ctx, const char *real) {
  (void)ctx;
  Value v;
  if (cmd_switch(c, "Relative")) {
    char *rel = fil_relative(c, real);
    v = val_cstr(rel);
    free(rel);
  } else {
    v = fil_pathinfo(c, real);
  }
  Status st = cmd_emit(c, v);
  val_unref(v);
  return st;
}

static Status rvpa_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  bool literal;
  int n;
  char **paths = fil_path_args(c, &literal, &n);
  Status st = ST_OK;
  for (int i = 0; i < n && st == ST_OK; i++) {
    if (literal) {
      int matched;
      FilEach e = {fil_rvpa_item, NULL, false};
      st = fil_expand(c, paths[i], true, fil_each_exists, &e, &matched);
    } else {
      st = fil_resolve_emit(c, paths[i], fil_rvpa_item);
    }
  }
  obj_strs_free(paths, n);
  return st;
}

/* ================================================================ *-Location */

static Status gl_end(CmdCtx *c) {
  char cwd[4096];
  Value v = fil_pathinfo(c, getcwd(cwd, sizeof cwd) ? cwd : "/");
  Status st = cmd_emit(c, v);
  val_unref(v);
  return st;
}

/* Relative store or drives settings would move with the current folder:
 * pin them before the first chdir. */
static void fil_pin_env(const char *name) {
  const char *v = getenv(name);
  if (!v || !*v || v[0] == '/' || !strcmp(v, ":memory:")) return;
  char *abs = fil_abs(v);
  setenv(name, abs, 1);
  free(abs);
}

static Status fil_sl_item(CmdCtx *c, void *ctx, const char *real) {
  int *done = ctx;
  if ((*done)++) return ST_OK; /* several matches: the first */
  struct stat sb;
  if (stat(real, &sb) != 0) return fil_not_found(c, real);
  if (!S_ISDIR(sb.st_mode) || chdir(real) != 0) {
    char *shown = fil_shown(c, real);
    Status st = fil_error(c, "System.Management.Automation.ItemNotFoundException",
                          "PathNotFound", "ObjectNotFound", val_cstr(shown),
                          "Cannot find path '%s' because it does not exist.", shown);
    free(shown);
    return st;
  }
  char cwd[4096];
  Value pi = fil_pathinfo(c, getcwd(cwd, sizeof cwd) ? cwd : real);
  interp_var_set_global(c->I, "PWD", val_ref(pi));
  Status st = cmd_switch(c, "PassThru") ? cmd_emit(c, pi) : ST_OK;
  val_unref(pi);
  return st;
}

static Status sl_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  fil_pin_env("UCSH_STORE");
  fil_pin_env("UCSH_DRIVES");
  bool literal;
  int n, done = 0, matched;
  char **paths = fil_path_args(c, &literal, &n);
  Status st = fil_expand(c, n ? paths[0] : "~", literal, fil_sl_item, &done, &matched);
  if (st == ST_OK && matched == 0) {
    char *real = fspath_resolve(c, fil_unqualify(paths[0]), &st);
    if (real) st = fil_not_found(c, real);
    free(real);
  }
  obj_strs_free(paths, n);
  return st;
}

/* ================================================================ Get-ChildItem */

typedef struct FilGci {
  char *root;         /* the drives folder, or NULL */
  char **inc, **exc;  /* -Include, -Exclude */
  int ninc, nexc;
  char *filter;       /* -Filter, or NULL */
  bool recurse, files, dirs, names, force;
  const char *base;   /* -Name: the listed folder (real), names relative to it */
} FilGci;

/* "d-----", "-a----", "-ar---" */
static void fil_mode(const struct stat *sb, char out[7]) {
  bool dir = S_ISDIR(sb->st_mode);
  snprintf(out, 7, "%c%c%c---", dir ? 'd' : '-', dir ? '-' : 'a',
           (sb->st_mode & 0222) ? '-' : 'r');
}

static Value fil_item_object(const FilGci *g, const char *real, const struct stat *sb) {
  bool dir = S_ISDIR(sb->st_mode);
  char *full = fil_shown_in(g->root, real), mode[7];
  const char *slash = strrchr(full, fil_sep_of(full)), *name = slash ? slash + 1 : full;
  char *parent = xstrndup(full, slash ? (size_t)(slash - full) : 0);
  if (slash && (slash == full || (slash[-1] == ':' && slash == full + 2))) {
    free(parent);
    parent = xstrndup(full, (size_t)(slash - full) + 1); /* the root keeps its separator */
  }
  const char *dot = strrchr(name, '.');
  fil_mode(sb, mode);
  Value o = val_obj_new(OBJ_GENERIC, dir ? FIL_DIRINFO : FIL_FILEINFO);
  val_obj_set(o, "PSPath", val_strf("%s::%s", FIL_PROVIDER, full));
  val_obj_set(o, "PSParentPath", val_strf("%s::%s", FIL_PROVIDER, parent));
  val_obj_set(o, "PSChildName", val_cstr(name));
  val_obj_set(o, "PSIsContainer", val_bool(dir));
  val_obj_set(o, "Mode", val_cstr(mode));
  val_obj_set(o, "Name", val_cstr(name));
  val_obj_set(o, "FullName", val_cstr(full));
  val_obj_set(o, dir ? "Parent" : "DirectoryName", val_cstr(parent));
  if (!dir) val_obj_set(o, "Length", val_long((int64_t)sb->st_size));
  val_obj_set(o, "Extension", val_cstr(dot && dot != name ? dot : ""));
  val_obj_set(o, "BaseName",
              dir || !dot || dot == name ? val_cstr(name) : val_str(name, (size_t)(dot - name)));
  val_obj_set(o, "Exists", val_bool(true));
  val_obj_set(o, "LastWriteTime", date_from_unix((double)sb->st_mtime));
  val_obj_set_text(o, val_cstr(name));
  free(full), free(parent);
  return o;
}

static bool fil_in_drives(const char *root, const char *real) {
  char *abs = fil_abs(real);
  size_t rn = root ? strlen(root) : 0;
  bool in = root && !strncmp(abs, root, rn) && abs[rn] == '/';
  free(abs);
  return in;
}

static bool fil_gci_wanted(const FilGci *g, const char *name, bool dir) {
  if ((g->files && dir) || (g->dirs && !dir)) return false;
  if (g->filter && !wc_match(g->filter, strlen(g->filter), name, strlen(name), false))
    return false;
  if (g->ninc && !obj_match_any(g->inc, g->ninc, name)) return false;
  return !(g->nexc && obj_match_any(g->exc, g->nexc, name));
}

static Status fil_gci_emit(CmdCtx *c, const FilGci *g, const char *real, const struct stat *sb) {
  const char *name = strrchr(real, '/') ? strrchr(real, '/') + 1 : real;
  if (!fil_gci_wanted(g, name, S_ISDIR(sb->st_mode))) return ST_OK;
  Value v;
  if (g->names) {
    size_t bn = g->base ? strlen(g->base) : 0;
    const char *rel = g->base && !strncmp(real, g->base, bn) && real[bn] == '/' ? real + bn + 1 : name;
    char *r = xstrdup(rel), sep = fil_in_drives(g->root, real) ? '\\' : '/';
    for (char *t = r; *t; t++)
      if (*t == '/') *t = sep;
    v = val_cstr(r);
    free(r);
  } else {
    v = fil_item_object(g, real, sb);
  }
  Status st = cmd_emit(c, v);
  val_unref(v);
  return st;
}

/* A folder's entries: folders first, then files, each sorted by name;
 * then, with -Recurse, each subfolder's. */
static Status fil_gci_dir(CmdCtx *c, const FilGci *g, const char *dir) {
  int n;
  char **names = fil_dir_matches(dir, g->force ? ".*" : "*", g->force ? 2 : 1, &n);
  if (g->force) { /* ".*" gave the dot files; add the rest */
    int m;
    char **more = fil_dir_matches(dir, "*", 1, &m);
    names = xrealloc(names, (size_t)(n + m + 1) * sizeof *names);
    for (int i = 0; i < m; i++) names[n + i] = more[i];
    free(more);
    n += m;
    qsort(names, (size_t)n, sizeof *names, fil_name_cmp);
  }
  char **paths = xcalloc((size_t)n + 1, sizeof *paths);
  bool *isdir = xcalloc((size_t)n + 1, sizeof *isdir);
  struct stat sb;
  for (int i = 0; i < n; i++) {
    StrBuf b = SB_INIT;
    sb_puts(&b, dir);
    fil_join_real(&b, names[i], strlen(names[i]));
    paths[i] = sb_take(&b, NULL);
    isdir[i] = stat(paths[i], &sb) == 0 && S_ISDIR(sb.st_mode);
    free(names[i]);
  }
  free(names);
  Status st = ST_OK;
  for (int pass = 0; pass < 3; pass++) /* folders, files, then recursion */
    for (int i = 0; i < n && st == ST_OK; i++) {
      if (pass < 2 && isdir[i] == (pass == 0) && stat(paths[i], &sb) == 0)
        st = fil_gci_emit(c, g, paths[i], &sb);
      if (pass == 2 && isdir[i] && g->recurse && !interp_stop_requested(c->I))
        st = fil_gci_dir(c, g, paths[i]);
    }
  for (int i = 0; i < n; i++) free(paths[i]);
  free(paths), free(isdir);
  return st;
}

static Status fil_gci_item(CmdCtx *c, void *ctx, const char *real) {
  FilGci *g = ctx;
  struct stat sb;
  if (stat(real, &sb) != 0) return fil_not_found(c, real);
  if (!S_ISDIR(sb.st_mode)) return fil_gci_emit(c, g, real, &sb);
  g->base = real;
  return fil_gci_dir(c, g, real);
}

/* A wildcard match that is a folder is listed as an item, not opened. */
static Status fil_gci_match(CmdCtx *c, void *ctx, const char *real) {
  FilGci *g = ctx;
  struct stat sb;
  if (stat(real, &sb) != 0) return ST_OK;
  Status st = fil_gci_emit(c, g, real, &sb);
  if (st == ST_OK && S_ISDIR(sb.st_mode) && g->recurse) {
    g->base = NULL;
    st = fil_gci_dir(c, g, real);
  }
  return st;
}

static Status gci_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Value *fv = cmd_arg(c, "Filter");
  FilGci g = {.recurse = cmd_switch(c, "Recurse"), .files = cmd_switch(c, "File"),
              .dirs = cmd_switch(c, "Directory"), .names = cmd_switch(c, "Name"),
              .force = cmd_switch(c, "Force")};
  g.inc = obj_strs(cmd_arg(c, "Include"), &g.ninc);
  g.exc = obj_strs(cmd_arg(c, "Exclude"), &g.nexc);
  g.filter = fv ? conv_to_cstr(*fv, NULL) : NULL;
  g.root = fil_drives_root(c);
  bool literal;
  int n;
  char **paths = fil_path_args(c, &literal, &n);
  Status st = ST_OK;
  for (int i = 0; i < (n ? n : 1) && st == ST_OK; i++) {
    const char *p = n ? fil_unqualify(paths[i]) : ".";
    int matched;
    Status st2;
    char *real = fspath_resolve(c, p, &st2);
    if (!g.root) g.root = fil_drives_root(c); /* a Windows path opened the drives */
    bool wild = real && !literal && wc_has_wildcard(real, strlen(real));
    free(real);
    if (st2 != ST_OK) st = st2;
    else st = fil_expand(c, p, literal, wild ? fil_gci_match : fil_gci_item, &g, &matched);
  }
  obj_strs_free(paths, n);
  obj_strs_free(g.inc, g.ninc);
  obj_strs_free(g.exc, g.nexc);
  free(g.filter), free(g.root);
  return st;
}

/* ================================================================ Select-String */

typedef struct FilSls {
  Rx **rx;
  char **pats;
  int n;
  bool notmatch, all, list, quiet, found, done;
  FilEnc enc;
  int64_t input_no;
  char *cwd_shown;
} FilSls;

/* The matches of the first pattern that matches line (an empty array: none). */
static Value fil_sls_matches(const FilSls *s, const char *line, size_t n, int *which) {
  Value arr = val_arr_new(1);
  for (int p = 0; p < s->n && val_arr_len(arr) == 0; p++) {
    RxMatch m;
    for (size_t from = 0; from <= n && rx_search(s->rx[p], line, n, from, &m);) {
      val_arr_push(arr, mem_regex_match(s->rx[p], line, &m));
      *which = p;
      if (!s->all) break;
      from = (size_t)m.end[0] > from ? (size_t)m.end[0] : from + 1;
    }
  }
  return arr;
}

/* path NULL: the input stream. */
static Value fil_matchinfo(const FilSls *s, const char *shown, int64_t no, const char *line,
                           size_t n, int which, Value matches) {
  Value o = val_obj_new(OBJ_GENERIC, FIL_MATCHINFO);
  const char *base = shown ? strrchr(shown, fil_sep_of(shown)) : NULL;
  val_obj_set(o, "IgnoreCase", val_bool(true));
  val_obj_set(o, "LineNumber", val_long(no));
  val_obj_set(o, "Line", val_str(line, n));
  val_obj_set(o, "Filename", val_cstr(shown ? (base ? base + 1 : shown) : "InputStream"));
  val_obj_set(o, "Path", val_cstr(shown ? shown : "InputStream"));
  val_obj_set(o, "Pattern", val_cstr(s->pats[which]));
  val_obj_set(o, "Context", val_null());
  val_obj_set(o, "Matches", matches);
  if (!shown) {
    val_obj_set_text(o, val_str(line, n));
    return o;
  }
  /* the console shows the path relative to the current folder (MatchInfo.RelativePath) */
  size_t cn = strlen(s->cwd_shown);
  const char *rel = strncasecmp(shown, s->cwd_shown, cn) == 0 && fil_is_sep(shown[cn])
                        ? shown + cn + 1 : shown;
  Value t = val_strf("%s:%lld:", rel, (long long)no);
  val_str_append(&t, line, n);
  val_obj_set_text(o, t);
  return o;
}

/* One line: a MatchInfo (or the -Quiet answer) when it is selected. */
static Status fil_sls_line(CmdCtx *c, FilSls *s, const char *shown, int64_t no, const char *line,
                           size_t n) {
  int which = 0;
  Value ms = fil_sls_matches(s, line, n, &which);
  bool hit = (val_arr_len(ms) > 0) != s->notmatch;
  if (!hit || s->done) {
    val_unref(ms);
    return ST_OK;
  }
  s->found = true;
  if (s->quiet) {
    s->done = true;
    val_unref(ms);
    return cmd_emit(c, val_bool(true));
  }
  Value o = fil_matchinfo(s, shown, no, line, n, which, ms);
  Status st = cmd_emit(c, o);
  val_unref(o);
  return st;
}

static Status fil_sls_file(CmdCtx *c, void *ctx, const char *real) {
  FilSls *s = ctx;
  struct stat sb;
  if (stat(real, &sb) == 0 && S_ISDIR(sb.st_mode)) return ST_OK; /* 5.1 skips folders */
  FilReader *r = fil_reader_open(real, s->enc);
  if (!r) return fil_io_error(c, "ProcessingFile", real, errno);
  char *shown = fil_shown(c, real);
  StrBuf b = SB_INIT;
  Status st = ST_OK;
  bool was_found = s->found;
  s->found = false;
  for (int64_t no = 1; st == ST_OK && !s->done && fil_read_line(r, &b); no++) {
    st = fil_sls_line(c, s, shown, no, b.data ? b.data : "", b.len);
    if (s->list && s->found) break;
  }
  s->found = s->found || was_found;
  sb_free(&b);
  free(shown);
  fil_reader_close(r);
  return st;
}

static void sls_cleanup(CmdCtx *c) {
  FilSls *s = c->state;
  if (!s) return;
  obj_strs_free(s->pats, s->n);
  free(s->rx);
  free(s->cwd_shown);
  free(s);
  c->state = NULL;
}

static Status sls_begin(CmdCtx *c) {
  FilSls *s = xcalloc(1, sizeof *s);
  c->state = s;
  s->pats = obj_strs(cmd_arg(c, "Pattern"), &s->n);
  s->rx = xcalloc((size_t)s->n + 1, sizeof *s->rx);
  unsigned flags = (cmd_switch(c, "CaseSensitive") ? RX_CASE : 0) |
                   (cmd_switch(c, "SimpleMatch") ? RX_LITERAL : 0);
  for (int i = 0; i < s->n; i++) {
    char *err = NULL;
    s->rx[i] = rx_get(s->pats[i], strlen(s->pats[i]), flags, &err);
    if (!s->rx[i]) {
      Status st = fil_throw(c, "System.ArgumentException", "InvalidRegex", "InvalidArgument",
                            val_cstr(s->pats[i]), "%s", err ? err : s->pats[i]);
      free(err);
      return st;
    }
  }
  s->notmatch = cmd_switch(c, "NotMatch"), s->all = cmd_switch(c, "AllMatches");
  s->list = cmd_switch(c, "List"), s->quiet = cmd_switch(c, "Quiet");
  s->enc = fil_encoding(c, ENC_DEFAULT);
  char cwd[4096];
  s->cwd_shown = fil_shown(c, getcwd(cwd, sizeof cwd) ? cwd : "/");
  return ST_OK;
}

static Status sls_process(CmdCtx *c, Value in, bool has_input) {
  FilSls *s = c->state;
  Value v;
  if (s->done) return ST_OK;
  if (!obj_input(c, in, has_input, &v)) return fil_each_path(c, fil_sls_file, s, false);
  if (v.kind == V_OBJ && (!strcmp(fmt_type_name(v), FIL_FILEINFO))) { /* Get-ChildItem | sls */
    Value full = obj_prop(v, "FullName");
    char *p = conv_to_cstr(full, NULL);
    val_unref(full);
    int matched;
    Status st = fil_expand(c, p, true, fil_sls_file, s, &matched);
    free(p);
    return st;
  }
  if (v.kind == V_NULL) return ST_OK;
  s->input_no++;
  if (s->list && s->found) return ST_OK;
  char *text = conv_to_cstr(v, NULL);
  Status st = fil_sls_line(c, s, NULL, s->input_no, text, strlen(text));
  free(text);
  return st;
}

static Status sls_end(CmdCtx *c) {
  FilSls *s = c->state;
  Status st = s->quiet && !s->found ? cmd_emit(c, val_bool(false)) : ST_OK;
  sls_cleanup(c);
  return st;
}

/* ================================================================ Read-Host */

static Status rh_end(CmdCtx *c) {
  if (!interp_can_prompt(c->I))
    return fil_throw(c, "System.Management.Automation.PSInvalidOperationException",
                     "InvalidOperation", "InvalidOperation", val_null(),
                     "Windows PowerShell is in NonInteractive mode. Read and Prompt "
                     "functionality is not available.");
  Value *pv = cmd_arg(c, "Prompt");
  char *p = pv ? conv_to_cstr(*pv, NULL) : NULL;
  char *prompt = p ? xmalloc(strlen(p) + 3) : xstrdup("");
  if (p) sprintf(prompt, "%s: ", p);
  char *line = interp_read_line(c->I, prompt);
  free(p), free(prompt);
  if (!line) return ST_OK; /* the end of the input */
  Value v = cmd_switch(c, "AsSecureString") ? sec_string_of(line)
                                            : val_cstr(line);
  free(line);
  Status st = cmd_emit(c, v);
  val_unref(v);
  return st;
}

/* ================================================================ New-Item, Remove-Item */

static Status fil_ni_item(CmdCtx *c, void *ctx, const char *real) {
  (void)ctx;
  Value *tv = cmd_arg(c, "ItemType");
  char *type = tv ? conv_to_cstr(*tv, NULL) : xstrdup("File");
  bool dir = strcasecmp(type, "Directory") == 0, force = cmd_switch(c, "Force");
  free(type);
  struct stat sb;
  Status st = ST_OK;
  bool exists = stat(real, &sb) == 0;
  char *shown = fil_shown(c, real);
  if (exists && !(force && dir == S_ISDIR(sb.st_mode))) {
    st = dir ? fil_error(c, "System.IO.IOException", "DirectoryExist", "ResourceExists",
                         val_cstr(shown), "An item with the specified name %s already exists.",
                         shown)
             : fil_error(c, "System.IO.IOException", "NewItemIOError", "WriteError",
                         val_cstr(shown), "The file '%s' already exists.", shown);
  } else if (!fspath_refuse_write(c, real, &st)) {
    if (dir) {
      char *d = fil_abs(real);
      for (char *p = d + 1; st == ST_OK; p++) {
        if (*p && *p != '/') continue;
        char saved = *p;
        *p = 0;
        if (mkdir(d, 0777) != 0 && errno != EEXIST) st = fil_io_error(c, "CreateDirectoryIOError", d, errno);
        *p = saved;
        if (!saved) break;
      }
      free(d);
    } else {
      FilWriter w;
      Value *vv = cmd_arg(c, "Value");
      char *text = vv ? conv_to_cstr(*vv, NULL) : xstrdup("");
      if (!fil_writer_open(&w, real, ENC_DEFAULT, false))
        st = fil_io_error(c, "NewItemIOError", real, errno);
      else
        fil_write(&w, text, strlen(text)), fil_writer_close(&w);
      free(text);
    }
    if (st == ST_OK && stat(real, &sb) == 0) {
      char *root = fil_drives_root(c);
      FilGci g = {.root = root};
      Value o = fil_item_object(&g, real, &sb);
      st = cmd_emit(c, o);
      val_unref(o);
      free(root);
    }
  }
  free(shown);
  return st;
}

static Status ni_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  int n;
  char **paths = obj_strs(cmd_arg(c, "Path"), &n);
  Value *nv = cmd_arg(c, "Name");
  char *name = nv ? conv_to_cstr(*nv, NULL) : NULL;
  Status st = ST_OK;
  for (int i = 0; i < (n ? n : 1) && st == ST_OK; i++) {
    char *p = name ? fil_join(n ? paths[i] : ".", name) : xstrdup(n ? paths[i] : ".");
    char *real = fspath_resolve(c, fil_unqualify(p), &st);
    if (real) st = fil_ni_item(c, NULL, real);
    free(real), free(p);
  }
  free(name);
  obj_strs_free(paths, n);
  return st;
}

static int fil_rm_tree(const char *path) {
  struct stat sb;
  if (lstat(path, &sb) != 0) return -1;
  if (!S_ISDIR(sb.st_mode)) return unlink(path);
  DIR *d = opendir(path);
  int rc = 0;
  for (struct dirent *e; d && (e = readdir(d));) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    StrBuf b = SB_INIT;
    sb_printf(&b, "%s/%s", path, e->d_name);
    if (fil_rm_tree(sb_cstr(&b)) != 0) rc = -1;
    sb_free(&b);
  }
  if (d) closedir(d);
  return rmdir(path) != 0 ? -1 : rc;
}

static bool fil_has_children(const char *dir) {
  DIR *d = opendir(dir);
  bool any = false;
  for (struct dirent *e; d && !any && (e = readdir(d));)
    any = strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
  if (d) closedir(d);
  return any;
}

static Status fil_ri_item(CmdCtx *c, void *ctx, const char *real) {
  (void)ctx;
  struct stat sb;
  if (lstat(real, &sb) != 0) return fil_not_found(c, real);
  Status st;
  if (fspath_refuse_write(c, real, &st)) return st;
  bool dir = S_ISDIR(sb.st_mode);
  char *shown = fil_shown(c, real);
  if (dir && !cmd_switch(c, "Recurse") && fil_has_children(real)) {
    st = fil_error(c, "System.IO.IOException", "RemoveItemIOError", "WriteError",
                   val_cstr(shown),
                   "The item at %s has children and the Recurse parameter was not specified.",
                   shown);
  } else if (cmd_should_process(c, shown, dir ? "Remove Directory" : "Remove File", &st)) {
    if (fil_rm_tree(real) != 0) st = fil_io_error(c, "RemoveFileSystemItemIOError", real, errno);
  }
  free(shown);
  return st;
}

static Status ri_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  return fil_each_path(c, fil_ri_item, NULL, false);
}

/* ================================================================ the table */

#define FIL_PATH(help) \
  {"Path", NULL, T_STRING, true, 0, PF_PIPELINE_PROP, NULL, help, "Path,0,MP"}, \
  {"LiteralPath", "PSPath", T_STRING, true, -1, 0, NULL, "The paths, exactly as written (no wildcards).", "LiteralPath,-1,MP"}
#define FIL_ENCODING(set) \
  {"Encoding", NULL, T_STRING, false, -1, 0, set, "The file's encoding (Default: UTF-8 without a BOM in ucsh).", NULL}

static const ParamDef gc_params[] = {
    FIL_PATH("The files to read (wildcards permitted)."),
    {"TotalCount", "First,Head", T_LONG, false, -1, 0, NULL, "Only the first N lines.", NULL},
    {"Tail", "Last", T_INT, false, -1, 0, NULL, "Only the last N lines.", NULL},
    {"ReadCount", NULL, T_LONG, false, -1, 0, NULL, "Accepted; lines are sent one at a time.", NULL},
    {"Raw", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "The whole file as one string, line ends kept.", NULL},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted.", NULL},
    FIL_ENCODING(FIL_ENC_SET),
};

static const ParamDef sc_params[] = {
    FIL_PATH("The files to write (created when missing)."),
    {"Value", NULL, T_OBJECT, true, 1, PF_MANDATORY | PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The content: one line per value.", NULL},
    {"PassThru", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Also send the values down the pipeline.", NULL},
    {"NoNewline", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "No line ends: the values run together.", NULL},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted.", NULL},
    FIL_ENCODING(FIL_ENC_SET),
};

static const ParamDef of_params[] = {
    {"FilePath", "Path", T_STRING, false, 0, 0, NULL, "The file to write.", "ByPath,0,M"},
    {"LiteralPath", "PSPath", T_STRING, false, -1, 0, NULL, "The file, exactly as written.", "ByLiteralPath,-1,M"},
    {"Encoding", NULL, T_STRING, false, 1, 0, FIL_OUT_ENC_SET,
     "The encoding (ucsh's default: UTF-8 without a BOM; 5.1's: Unicode).", NULL},
    {"Append", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Add to the end of the file.", NULL},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted.", NULL},
    {"NoClobber", "NoOverwrite", T_SWITCH, false, -1, PF_SWITCH, NULL, "Never replace an existing file.", NULL},
    {"Width", NULL, T_INT, false, -1, 0, NULL, "Characters per line of the formatted output.", NULL},
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE, NULL, "The objects to write.", NULL},
};

static const ParamDef jp_params[] = {
    {"Path", "PSPath", T_STRING, true, 0, PF_MANDATORY | PF_PIPELINE_PROP, NULL, "The parent paths.", NULL},
    {"ChildPath", NULL, T_STRING, false, 1, PF_MANDATORY | PF_PIPELINE_PROP | PF_ALLOW_NULL, NULL, "The child path to append.", NULL},
    {"Resolve", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Give the existing items the joined path names.", NULL},
};

static const ParamDef spl_params[] = {
    FIL_PATH("The paths to split."),
    {"Parent", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "The parent folder (the default).", NULL},
    {"Leaf", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "The last element.", NULL},
    {"Qualifier", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "The drive (\"C:\").", NULL},
    {"NoQualifier", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "The path without its drive.", NULL},
    {"IsAbsolute", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "True when the path is absolute.", NULL},
    {"Resolve", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "The existing items the result names.", NULL},
};

static const ParamDef rvpa_params[] = {
    FIL_PATH("The paths to resolve (wildcards permitted)."),
    {"Relative", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Relative to the current folder.", NULL},
};

static const ParamDef gci_params[] = {
    {"Path", NULL, T_STRING, true, 0, PF_PIPELINE_PROP, NULL, "The folders or files (default: the current folder).", "Items,0,P"},
    {"LiteralPath", "PSPath", T_STRING, true, -1, 0, NULL, "The paths, exactly as written.", "LiteralItems,-1,MP"},
    {"Filter", NULL, T_STRING, false, 1, 0, NULL, "A wildcard on the names.", NULL},
    {"Include", NULL, T_STRING, true, -1, 0, NULL, "Only names matching these wildcards.", NULL},
    {"Exclude", NULL, T_STRING, true, -1, 0, NULL, "Not names matching these wildcards.", NULL},
    {"Recurse", "s", T_SWITCH, false, -1, PF_SWITCH, NULL, "Also the items of every subfolder.", NULL},
    {"File", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Only files.", NULL},
    {"Directory", "ad", T_SWITCH, false, -1, PF_SWITCH, NULL, "Only folders.", NULL},
    {"Name", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Only the names (relative paths with -Recurse).", NULL},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Also hidden items (names starting with \".\").", NULL},
};

static const ParamDef sl_params[] = {
    {"Path", NULL, T_STRING, false, 0, PF_PIPELINE | PF_PIPELINE_PROP, NULL, "The folder (default: home).", "Path,0,VP"},
    {"LiteralPath", "PSPath", T_STRING, false, -1, 0, NULL, "The folder, exactly as written.", "LiteralPath,-1,MP"},
    {"PassThru", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Send the new location's PathInfo.", NULL},
};

static const ParamDef sls_params[] = {
    {"Pattern", NULL, T_STRING, true, 0, PF_MANDATORY, NULL, "Regular expressions (or text with -SimpleMatch).", NULL},
    {"Path", NULL, T_STRING, true, 1, PF_PIPELINE_PROP, NULL, "The files to search.", "File,1,MP"},
    {"LiteralPath", "PSPath", T_STRING, true, -1, 0, NULL, "The files, exactly as written.", "LiteralFile,-1,M"},
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL, "The text to search.", "Object,-1,MV"},
    {"SimpleMatch", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "The patterns are plain text.", NULL},
    {"CaseSensitive", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Match case.", NULL},
    {"NotMatch", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "The lines that do not match.", NULL},
    {"Quiet", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "True or False instead of MatchInfo objects.", NULL},
    {"List", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Only the first match of each file.", NULL},
    {"AllMatches", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Every match on each line.", NULL},
    FIL_ENCODING(FIL_OUT_ENC_SET),
};

static const ParamDef rh_params[] = {
    {"Prompt", NULL, T_OBJECT, false, 0, PF_PIPELINE | PF_ALLOW_NULL, NULL, "The prompt text (\": \" is added).", NULL},
    {"AsSecureString", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Return a SecureString.", NULL},
};

static const ParamDef ni_params[] = {
    {"Path", NULL, T_STRING, true, 0, PF_PIPELINE_PROP, NULL, "Where to create the item.", NULL},
    {"Name", NULL, T_STRING, false, -1, PF_PIPELINE_PROP, NULL, "The new item's name.", NULL},
    {"ItemType", "Type", T_STRING, false, -1, 0, "File,Directory", "File or Directory.", NULL},
    {"Value", NULL, T_OBJECT, false, -1, PF_PIPELINE, NULL, "A new file's content.", NULL},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Replace a file; accept an existing folder.", NULL},
};

static const ParamDef ri_params[] = {
    FIL_PATH("The items to remove (wildcards permitted)."),
    {"Recurse", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Also a folder's items.", NULL},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Accepted.", NULL},
};

#define FIL_ROW(name, aliases, params, begin, process, end, synopsis, set, out, cleanup, flags) \
  {name, aliases, params, NP(params), flags, begin, process, end, synopsis, cleanup, set, NULL, out, NULL, NULL}

const CmdDef files_cmdlets[] = {
    FIL_ROW("Get-Content", "gc,cat,type", gc_params, NULL, gc_process, NULL,
            "Gets the content of the item at the specified location.", "Path", "System.String", NULL, 0),
    FIL_ROW("Set-Content", "sc", sc_params, sc_begin, sc_process, sc_end,
            "Writes new content or replaces existing content in a file.", "Path", NULL, sc_cleanup, 0),
    FIL_ROW("Add-Content", "ac", sc_params, sc_begin, sc_process, sc_end,
            "Appends content, such as words or data, to a file.", "Path", NULL, sc_cleanup, 0),
    FIL_ROW("Out-File", NULL, of_params, of_begin, of_process, of_end,
            "Sends output to a file.", "ByPath", NULL, of_cleanup, 0),
    FIL_ROW("Join-Path", NULL, jp_params, NULL, jp_process, NULL,
            "Combines a path and a child path into a single path.", NULL, "System.String", NULL, 0),
    FIL_ROW("Split-Path", NULL, spl_params, NULL, spl_process, NULL,
            "Returns the specified part of a path.", "Path", "System.String", NULL, 0),
    FIL_ROW("Resolve-Path", "rvpa", rvpa_params, NULL, rvpa_process, NULL,
            "Resolves the wildcard characters in a path, and displays the path contents.", "Path",
            FIL_PATHINFO, NULL, 0),
    FIL_ROW("Get-ChildItem", "gci,ls,dir", gci_params, NULL, gci_process, NULL,
            "Gets the items and child items in one or more specified locations.", "Items",
            FIL_FILEINFO, NULL, 0),
    {"Get-Location", "gl,pwd", NULL, 0, 0, NULL, NULL, gl_end,
     "Gets information about the current working location.", NULL, NULL, NULL, FIL_PATHINFO, NULL, NULL},
    FIL_ROW("Set-Location", "sl,cd,chdir", sl_params, NULL, sl_process, NULL,
            "Sets the current working location to a specified location.", "Path", FIL_PATHINFO, NULL, 0),
    FIL_ROW("Select-String", "sls", sls_params, sls_begin, sls_process, sls_end,
            "Finds text in strings and files.", "File", FIL_MATCHINFO, sls_cleanup, 0),
    {"Read-Host", NULL, rh_params, NP(rh_params), 0, NULL, NULL, rh_end,
     "Reads a line of input from the console.", NULL, NULL, NULL, "System.String", NULL, NULL},
    FIL_ROW("New-Item", "ni", ni_params, NULL, ni_process, NULL,
            "Creates a new file or folder.", NULL, NULL, NULL, CF_SHOULDPROCESS),
    FIL_ROW("Remove-Item", "ri,rm,del,erase,rd,rmdir", ri_params, NULL, ri_process, NULL,
            "Deletes the specified items.", "Path", NULL, NULL, CF_SHOULDPROCESS),
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
