/* format.c - views, cell text and the 5.1 table/list writers (format.h).
 * Section map: views; text helpers; cell values; line wrapping; column
 * widths; the table writer; the list writer; documents; the outputter. */
#define _POSIX_C_SOURCE 200809L
#include "format.h"
#include "../parser/xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "convert.h"
#include "interp_int.h"
#include "member.h"
#include "strbuf.h"

/* ================= views ================= */

static FmtView *g_views;
static int g_nviews, g_capviews;

static void builtin_views(void);

static void view_free(FmtView *v) {
  for (int i = 0; i < v->n; i++) free(v->props[i]), free(v->labels[i]);
  free(v->props), free(v->labels), free(v->widths), free(v->aligns), free(v->type_name);
  free(v->group_by);
}

/* "Count:R" -> alignment right, the name cut to "Count" (L, C, R). */
static int take_align(char *prop) {
  char *colon = strrchr(prop, ':');
  if (!colon || strlen(colon) != 2) return FMT_ALIGN_UNDEF;
  static const char codes[] = "LCR";
  const char *c = strchr(codes, colon[1]);
  if (!c || !colon[1]) return FMT_ALIGN_UNDEF;
  *colon = 0;
  return FMT_ALIGN_LEFT + (int)(c - codes);
}

/* "TargetFqdn=Target Fqdn" -> the label "Target Fqdn", the name cut to
 * "TargetFqdn"; NULL when there is no label. */
static char *take_label(char *prop) {
  char *eq = strchr(prop, '=');
  if (!eq) return NULL;
  *eq = 0;
  return xstrdup(eq + 1);
}

static int split_props(const char *props, char ***out) {
  int n = 0, cap = 4;
  char **a = xmalloc((size_t)cap * sizeof *a);
  for (const char *p = props; p && *p;) {
    while (*p == ' ' || *p == ',') p++;
    const char *e = p;
    while (*e && *e != ',') e++;
    const char *t = e;
    while (t > p && t[-1] == ' ') t--;
    if (t > p) {
      if (n == cap) a = xrealloc(a, (size_t)(cap *= 2) * sizeof *a);
      a[n++] = xstrndup(p, (size_t)(t - p));
    }
    p = e;
  }
  *out = a;
  return n;
}

void fmt_view_register(const char *type_name, FmtShape shape, const char *props,
                       const int *widths) {
  builtin_views();
  FmtView v = {xstrdup(type_name), shape, 0, NULL, NULL, NULL, NULL, NULL};
  v.n = split_props(props, &v.props);
  v.labels = xcalloc((size_t)v.n + 1, sizeof *v.labels);
  v.widths = xcalloc((size_t)v.n + 1, sizeof *v.widths);
  v.aligns = xcalloc((size_t)v.n + 1, sizeof *v.aligns);
  for (int i = 0; widths && i < v.n; i++) v.widths[i] = widths[i];
  for (int i = 0; i < v.n; i++) {
    v.aligns[i] = take_align(v.props[i]);
    v.labels[i] = take_label(v.props[i]);
  }
  for (int i = 0; i < g_nviews; i++)
    if (strcasecmp(g_views[i].type_name, type_name) == 0) {
      view_free(&g_views[i]);
      g_views[i] = v;
      return;
    }
  if (g_nviews == g_capviews) {
    g_capviews = g_capviews ? g_capviews * 2 : 8;
    g_views = xrealloc(g_views, (size_t)g_capviews * sizeof *g_views);
  }
  g_views[g_nviews++] = v;
}

/* Views every session has: hashtables print through DictionaryEntry's
 * "Dictionary" table (DotNetTypes.format.ps1xml: Name 30 wide, Value). */
static bool g_builtins; /* registered since the last fmt_views_clear */
static void builtin_views(void) {
  static const int dict_w[] = {30, 0};
  if (g_builtins) return;
  g_builtins = true;
  fmt_view_register("System.Collections.DictionaryEntry", FMT_TABLE, "Name,Value", dict_w);
}

void fmt_view_group(const char *type_name, const char *prop) {
  for (int i = 0; i < g_nviews; i++)
    if (strcasecmp(g_views[i].type_name, type_name) == 0) {
      free(g_views[i].group_by);
      g_views[i].group_by = xstrdup(prop);
    }
}

const FmtView *fmt_view_find(const char *type_name) {
  builtin_views();
  for (int i = 0; type_name && i < g_nviews; i++)
    if (strcasecmp(g_views[i].type_name, type_name) == 0) return &g_views[i];
  return NULL;
}

void fmt_views_clear(void) {
  for (int i = 0; i < g_nviews; i++) view_free(&g_views[i]);
  free(g_views);
  g_views = NULL;
  g_nviews = g_capviews = 0;
  g_builtins = false;
}

/* ================= text helpers (cells = code points) ================= */

static int u8len(const char *p) {
  unsigned char c = (unsigned char)*p;
  int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  for (int i = 1; i < n; i++)
    if (!p[i]) return i;
  return n;
}

static int cells_n(const char *s, size_t len) {
  int n = 0;
  for (size_t i = 0; i < len; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  return n;
}

static int cells(const char *s) { return cells_n(s, strlen(s)); }

/* Bytes taken by the first n cells of s. */
static size_t head_bytes(const char *s, int n) {
  size_t b = 0;
  for (; n > 0 && s[b]; n--) b += (size_t)u8len(s + b);
  return b;
}

static void spaces(StrBuf *b, int n) {
  for (; n > 0; n--) sb_putc(b, ' ');
}

typedef struct StrList {
  char **v;
  int n, cap;
} StrList;

static void sl_push(StrList *l, char *s) {
  if (l->n == l->cap) l->v = xrealloc(l->v, (size_t)(l->cap = l->cap ? l->cap * 2 : 4) * sizeof *l->v);
  l->v[l->n++] = s;
}

static void sl_free(StrList *l) {
  for (int i = 0; i < l->n; i++) free(l->v[i]);
  free(l->v);
  l->v = NULL, l->n = l->cap = 0;
}

static char *take_buf(StrBuf *b) {
  char *s = b->data ? b->data : xstrdup("");
  b->data = NULL, b->len = b->cap = 0;
  return s;
}

/* ================= cell values ================= */

static int enum_limit(Interp *I) {
  Value *v = I ? interp_var_get(I, "FormatEnumerationLimit") : NULL;
  return v && v->kind == V_INT ? v->u.i : 4;
}

/* GetObjectName: an element of a collection shows its name/id/key. */
static void elem_name(StrBuf *b, Value e) {
  static const char *const names[] = {"Name", "Id", "Key"};
  if (e.kind == V_ARR) { sb_puts(b, "System.Object[]"); return; }
  if (e.kind == V_OBJ && e.u.o->cls != OBJ_ERRORRECORD) {
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
      Value *p = val_obj_prop(e, names[i]);
      if (p) { conv_append_str(b, *p, NULL); return; }
    }
  }
  conv_append_str(b, e, NULL);
}

static void enum_text(StrBuf *b, Value v, int limit) {
  sb_putc(b, '{');
  size_t n = v.kind == V_ARR ? val_arr_len(v) : v.u.h->len;
  for (size_t i = 0; i < n; i++) {
    if (limit >= 0 && (int)i == limit) { sb_puts(b, "..."); break; }
    if (i) sb_puts(b, ", ");
    if (v.kind == V_ARR) elem_name(b, val_arr_at(v, i));
    else conv_append_str(b, v.u.h->ents[i].key, NULL);
  }
  sb_putc(b, '}');
}

char *fmt_cell(Interp *I, Value v) {
  StrBuf b = SB_INIT;
  if (v.kind == V_ARR || v.kind == V_HASH) enum_text(&b, v, enum_limit(I));
  else if (v.kind != V_NULL) conv_append_str(&b, v, NULL);
  return take_buf(&b);
}

int fmt_default_align(Value v) {
  switch (v.kind) {
  case V_BOOL: case V_INT: case V_LONG: case V_DOUBLE: return FMT_ALIGN_RIGHT;
  default: return FMT_ALIGN_LEFT;
  }
}

const char *fmt_type_name(Value v) {
  if (v.kind == V_OBJ) return v.u.o->type_name->data;
  if (v.kind == V_HANDLE) return v.u.hd->type->type_name;
  return conv_type_name(v);
}

/* ================= line wrapping (GenerateLinesWithWordWrap) ================= */

/* Split one line (no newline) into pieces of at most `first` cells, then
 * `next` cells, breaking after blanks; a word longer than a line is cut. */
static void wrap_line(StrList *out, const char *s, int first, int next) {
  if (cells(s) <= first) { sl_push(out, xstrdup(s)); return; }
  int rem = first, cur = first;
  bool on_first = true;
  StrBuf sb = SB_INIT;
  const char *p = s;
  for (;;) {
    const char *w = p;
    while (*p && *p != ' ' && *p != '\t') p++;
    bool last = !*p;
    size_t wl = (size_t)(p - w) + (last ? 0 : 1);
    if (!last) p++;
    int n = cells_n(w, wl);
    if (n > cur) {
      for (size_t i = 0; i < wl;) {
        int cl = u8len(w + i);
        if (rem < 1) {
          sl_push(out, take_buf(&sb));
          if (on_first) on_first = false, cur = next;
          rem = cur;
        }
        sb_putn(&sb, w + i, (size_t)cl);
        rem--, i += (size_t)cl;
      }
    } else if (n > rem) {
      sl_push(out, take_buf(&sb));
      sb_putn(&sb, w, wl);
      if (on_first) on_first = false, cur = next;
      rem = cur - n;
    } else {
      sb_putn(&sb, w, wl);
      rem -= n;
    }
    if (last) break;
  }
  sl_push(out, take_buf(&sb));
}

/* GenerateLines: honour embedded newlines (dropping CRs), then wrap. */
static void gen_lines(StrList *out, const char *val, int first, int next) {
  StrBuf line = SB_INIT;
  for (const char *p = val;; p++) {
    if (*p == '\r') continue;
    if (*p == '\n' || !*p) {
      char *s = take_buf(&line);
      wrap_line(out, s, first, next);
      free(s);
      if (!*p) break;
      continue;
    }
    sb_putc(&line, *p);
  }
}

/* ================= column widths (ColumnWidthManager) ================= */

static int table_width(const int *w, int n) {
  int sum = 0, vis = 0;
  for (int k = 0; k < n; k++)
    if (w[k] > 0) sum += w[k], vis++;
  return sum + (vis - 1);
}

static void trim_to_fit(int *w, int n, int avail) {
  for (;;) {
    int excess = table_width(w, n) - avail;
    if (excess <= 0) return;
    int last = n - 1;
    for (int k = 0; k < n; k++)
      if (w[k] < 0) { last = k - 1; break; }
    if (last < 0) return;
    w[last] = w[last] - excess < 1 ? -1 : w[last] - excess;
  }
}

static void fit_columns(int *w, int n, int avail) {
  bool all = true;
  for (int k = 0; k < n; k++)
    if (w[k] <= 0) all = false;
  if (!all) {
    bool fixed[n > 0 ? n : 1];
    for (int k = 0; k < n; k++) {
      fixed[k] = w[k] > 0;
      if (w[k] == 0) w[k] = 1;
    }
    int room = avail - table_width(w, n);
    while (room > 0)
      for (int k = 0; k < n && room > 0; k++)
        if (!fixed[k]) w[k]++, room--;
    if (room >= 0) return;
  }
  trim_to_fit(w, n, avail);
}

/* ================= the table writer (TableWriter) ================= */

typedef struct Table {
  int n;
  int *w;     /* final widths; <= 0: hidden */
  int *align;
  bool disabled, hide_header;
} Table;

/* GenerateRowField: cut at a newline, pad or truncate to `width`. */
static void row_field(StrBuf *b, const char *val, int width, int align) {
  StrBuf t = SB_INIT;
  size_t nl = strcspn(val, "\r\n");
  sb_putn(&t, val, nl);
  if (val[nl]) sb_puts(&t, "...");
  const char *s = t.data ? t.data : "";
  int len = cells(s);
  if (len <= width) {
    int pad = width - len, left = align == FMT_ALIGN_RIGHT ? pad : align == FMT_ALIGN_CENTER ? pad / 2 : 0;
    spaces(b, left);
    sb_puts(b, s);
    spaces(b, pad - left);
  } else {
    int keep = width - 3 > 0 ? width - 3 : width;
    const char *dots = width - 3 > 0 ? "..." : "";
    if (align == FMT_ALIGN_RIGHT) {
      size_t from = head_bytes(s, len - keep);
      sb_puts(b, dots);
      sb_puts(b, s + from);
    } else {
      sb_putn(b, s, head_bytes(s, keep));
      sb_puts(b, dots);
    }
  }
  sb_free(&t);
}

static int col_align(const Table *t, const int *align, int k) {
  int a = align && align[k] != FMT_ALIGN_UNDEF ? align[k] : t->align[k];
  return a == FMT_ALIGN_UNDEF ? FMT_ALIGN_LEFT : a;
}

static void single_row(StrBuf *b, const Table *t, char *const *vals, const int *align) {
  for (int k = 0; k < t->n; k++) {
    if (t->w[k] <= 0) continue;
    if (k > 0) sb_putc(b, ' ');
    row_field(b, vals[k] ? vals[k] : "", t->w[k], col_align(t, align, k));
  }
  sb_putc(b, '\n');
}

/* GenerateTableRow: every cell wrapped to its column, rows of the tallest. */
static void multi_row(StrBuf *b, const Table *t, char *const *vals, const int *align) {
  StrList cols[t->n > 0 ? t->n : 1];
  int rows = 0;
  for (int k = 0; k < t->n; k++) {
    cols[k] = (StrList){0};
    if (t->w[k] <= 0) continue;
    gen_lines(&cols[k], vals[k] ? vals[k] : "", t->w[k], t->w[k]);
    if (cols[k].n > rows) rows = cols[k].n;
  }
  for (int r = 0; r < rows; r++) {
    bool first = true;
    for (int k = 0; k < t->n; k++) {
      if (t->w[k] <= 0) continue;
      if (!first) sb_putc(b, ' ');
      first = false;
      const char *s = r < cols[k].n ? cols[k].v[r] : "";
      row_field(b, s, t->w[k], col_align(t, align, k));
    }
    sb_putc(b, '\n');
  }
  for (int k = 0; k < t->n; k++) sl_free(&cols[k]);
}

static void table_header(StrBuf *b, const Table *t, char *const *labels) {
  if (t->disabled || t->hide_header) return;
  multi_row(b, t, labels, NULL);
  char *dash[t->n > 0 ? t->n : 1];
  for (int k = 0; k < t->n; k++) {
    int c = t->w[k];
    int lc = labels[k] ? cells(labels[k]) : 0;
    if (lc && lc < c) c = lc;
    dash[k] = xmalloc(c > 0 ? (size_t)c + 1 : 1);
    memset(dash[k], '-', c > 0 ? (size_t)c : 0);
    dash[k][c > 0 ? c : 0] = 0;
  }
  single_row(b, t, dash, NULL);
  for (int k = 0; k < t->n; k++) free(dash[k]);
}

/* TableWriter.Initialize: fit the widths to the screen. */
static void table_init(Table *t, int n, const int *widths, const int *align, int screen,
                       bool hide) {
  t->n = n;
  t->w = xmalloc(((size_t)n + 1) * sizeof *t->w);
  t->align = xmalloc(((size_t)n + 1) * sizeof *t->align);
  memcpy(t->w, widths, (size_t)n * sizeof *t->w);
  memcpy(t->align, align, (size_t)n * sizeof *t->align);
  t->hide_header = hide;
  t->disabled = screen < 5 || n == 0;
  if (t->disabled) return;
  fit_columns(t->w, n, screen);
  bool any = false;
  for (int k = 0; k < n; k++)
    if (t->w[k] >= 1) any = true;
  t->disabled = !any;
}

static void table_free(Table *t) {
  free(t->w), free(t->align);
  t->w = t->align = NULL;
}

/* ================= the list writer (ListWriter) ================= */

static void list_entry(StrBuf *b, char *const *labels, char *const *values, int n, int width) {
  int lw = 0;
  for (int k = 0; k < n; k++)
    if (cells(labels[k]) > lw) lw = cells(labels[k]);
  if (width - 3 - 1 - 1 < 0 || n == 0) return;
  if (lw > width - 3 - 1) lw = width - 3 - 1;
  int field = width - (lw + 3);
  for (int k = 0; k < n; k++) {
    StrBuf lab = SB_INIT;
    int lc = cells(labels[k]);
    if (lc > lw) sb_putn(&lab, labels[k], head_bytes(labels[k], lw));
    else sb_puts(&lab, labels[k]), spaces(&lab, lw - lc);
    sb_puts(&lab, " : ");
    StrList lines = {0};
    gen_lines(&lines, values[k] ? values[k] : "", field, field);
    for (int i = 0; i < lines.n; i++) {
      if (i == 0) sb_puts(b, lab.data);
      else spaces(b, lw + 3);
      sb_puts(b, lines.v[i]);
      sb_putc(b, '\n');
    }
    sl_free(&lines);
    sb_free(&lab);
  }
}

/* ================= documents (Format-Table / Format-List output) ================= */

struct FmtDoc {
  FmtShape shape;
  int ncols;
  char **labels;
  int *widths, *align;
  bool hide_header, wrap;
  int nrows, caprows;
  char ***rows;       /* table: [nrows][ncols] */
  char ***entry_lab;  /* list: [nrows][entry_n[i]] */
  int *entry_n;
};

FmtDoc *fmt_doc_new(FmtShape shape) {
  FmtDoc *d = xcalloc(1, sizeof *d);
  d->shape = shape;
  return d;
}

void fmt_doc_column(FmtDoc *d, char *label, int width, int align) {
  d->labels = xrealloc(d->labels, ((size_t)d->ncols + 1) * sizeof *d->labels);
  d->widths = xrealloc(d->widths, ((size_t)d->ncols + 1) * sizeof *d->widths);
  d->align = xrealloc(d->align, ((size_t)d->ncols + 1) * sizeof *d->align);
  d->labels[d->ncols] = label;
  d->widths[d->ncols] = width;
  d->align[d->ncols++] = align;
}

static void doc_grow(FmtDoc *d) {
  if (d->nrows < d->caprows) return;
  d->caprows = d->caprows ? d->caprows * 2 : 8;
  d->rows = xrealloc(d->rows, (size_t)d->caprows * sizeof *d->rows);
  d->entry_lab = xrealloc(d->entry_lab, (size_t)d->caprows * sizeof *d->entry_lab);
  d->entry_n = xrealloc(d->entry_n, (size_t)d->caprows * sizeof *d->entry_n);
}

void fmt_doc_row(FmtDoc *d, char **cells_) {
  doc_grow(d);
  d->entry_lab[d->nrows] = NULL;
  d->entry_n[d->nrows] = d->ncols;
  d->rows[d->nrows++] = cells_;
}

void fmt_doc_entry(FmtDoc *d, char **labels, char **values, int n) {
  doc_grow(d);
  d->entry_lab[d->nrows] = labels;
  d->entry_n[d->nrows] = n;
  d->rows[d->nrows++] = values;
}

void fmt_doc_text(FmtDoc *d, char *text) {
  doc_grow(d);
  d->entry_lab[d->nrows] = NULL;
  d->entry_n[d->nrows] = -1;
  d->rows[d->nrows] = xmalloc(sizeof(char *));
  d->rows[d->nrows++][0] = text;
}

void fmt_doc_options(FmtDoc *d, bool hide_header, bool wrap) {
  d->hide_header = hide_header;
  d->wrap = wrap;
}

static void strv_free(char **v, int n) {
  for (int i = 0; v && i < n; i++) free(v[i]);
  free(v);
}

static void doc_free(void *p) {
  FmtDoc *d = p;
  for (int r = 0; r < d->nrows; r++) {
    strv_free(d->rows[r], d->entry_n[r] < 0 ? 1 : d->entry_n[r]);
    strv_free(d->entry_lab[r], d->entry_n[r]);
  }
  strv_free(d->labels, d->ncols);
  free(d->rows), free(d->entry_lab), free(d->entry_n), free(d->widths), free(d->align);
  free(d);
}

static const VHandleType doc_type = {
    "Microsoft.PowerShell.Commands.Internal.Format.FormatStartData", doc_free, NULL, NULL};

Value fmt_doc_value(FmtDoc *d) { return val_handle_new(&doc_type, d); }

bool fmt_is_doc(Value v) { return v.kind == V_HANDLE && v.u.hd->type == &doc_type; }

/* ================= the outputter (OutCommandInner + format-default) ================= */

typedef enum PkKind { PK_RAW, PK_ROW, PK_OOB_LIST, PK_ERROR } PkKind;

typedef struct Packet {
  PkKind kind;
  int n;
  char **labels; /* PK_OOB_LIST */
  char **vals;   /* PK_ROW cells, PK_OOB_LIST values; PK_RAW: vals[0] */
  Value err;     /* PK_ERROR */
} Packet;

struct FmtOut {
  Interp *I;
  FmtWriteFn write;
  void *ctx;
  int width;
  bool doc;             /* a document is open */
  FmtShape shape;
  const FmtView *view;  /* registered view, or NULL (generated) */
  int ncols;
  char **names;         /* property names */
  char **labels;        /* what the header or list shows: the view's labels, else the names */
  int *widths, *align;
  Table table;
  bool table_ready;     /* widths fixed and header written */
  bool caching;
  struct timespec t0;
  Packet *q;
  int nq, capq;
  char *group;          /* the current group's value (views with group_by) */
};

enum { GROUPING_MS = 300 }; /* 5.1's autosize window for tables without widths */

static void emit(FmtOut *f, StrBuf *b) {
  if (b->len) f->write(f->ctx, b->data, b->len);
  sb_reset(b);
}

static void emit_str(FmtOut *f, const char *s) { f->write(f->ctx, s, strlen(s)); }

FmtOut *fmt_out_new(Interp *I, int width, FmtWriteFn write, void *ctx) {
  FmtOut *f = xcalloc(1, sizeof *f);
  f->I = I, f->width = width, f->write = write, f->ctx = ctx;
  return f;
}

static void packet_free(Packet *p) {
  strv_free(p->vals, p->kind == PK_RAW ? 1 : p->n);
  strv_free(p->labels, p->n);
  val_unref(p->err);
}

static void write_oob_list(FmtOut *f, char **labels, char **vals, int n) {
  StrBuf b = SB_INIT;
  sb_putc(&b, '\n');
  list_entry(&b, labels, vals, n, f->width);
  sb_putc(&b, '\n');
  emit(f, &b);
  sb_free(&b);
}

static void write_packet(FmtOut *f, Packet *p) {
  StrBuf b = SB_INIT;
  switch (p->kind) {
  case PK_RAW: sb_puts(&b, p->vals[0]), sb_putc(&b, '\n'); break;
  case PK_ROW: single_row(&b, &f->table, p->vals, NULL); break;
  case PK_OOB_LIST: write_oob_list(f, p->labels, p->vals, p->n); break;
  case PK_ERROR:
    if (f->I) interp_print_error(f->I, p->err);
    break;
  }
  if (p->kind == PK_ROW && f->table.disabled) sb_reset(&b);
  emit(f, &b);
  sb_free(&b);
}

/* ProcessCachedGroupOnTable: widths from the labels and the held rows. */
static void size_from_rows(FmtOut *f, int *w) {
  for (int k = 0; k < f->ncols; k++) w[k] = cells(f->labels[k]);
  for (int i = 0; i < f->nq; i++) {
    if (f->q[i].kind != PK_ROW) continue;
    for (int k = 0; k < f->ncols; k++) {
      int c = cells(f->q[i].vals[k]);
      if (c > w[k]) w[k] = c;
    }
  }
}

static void table_start(FmtOut *f, bool from_rows) {
  int w[f->ncols > 0 ? f->ncols : 1];
  if (from_rows) size_from_rows(f, w);
  else memcpy(w, f->widths, (size_t)f->ncols * sizeof *w);
  table_init(&f->table, f->ncols, w, f->align, f->width, false);
  StrBuf b = SB_INIT;
  table_header(&b, &f->table, f->labels);
  emit(f, &b);
  sb_free(&b);
  f->table_ready = true;
}

/* End the grouping window: size the table, write the header and replay. */
static void drain(FmtOut *f) {
  if (!f->caching) return;
  f->caching = false;
  table_start(f, true);
  for (int i = 0; i < f->nq; i++) {
    write_packet(f, &f->q[i]);
    packet_free(&f->q[i]);
  }
  f->nq = 0;
}

static long elapsed_ms(const struct timespec *t0) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return (now.tv_sec - t0->tv_sec) * 1000 + (now.tv_nsec - t0->tv_nsec) / 1000000;
}

static void put_packet(FmtOut *f, Packet p) {
  if (f->caching && elapsed_ms(&f->t0) > GROUPING_MS) {
    if (f->nq == f->capq) f->q = xrealloc(f->q, (size_t)(f->capq = f->capq ? f->capq * 2 : 16) * sizeof *f->q);
    f->q[f->nq++] = p;
    drain(f);
    return;
  }
  if (f->caching) {
    if (f->nq == f->capq) f->q = xrealloc(f->q, (size_t)(f->capq = f->capq ? f->capq * 2 : 16) * sizeof *f->q);
    f->q[f->nq++] = p;
    return;
  }
  write_packet(f, &p);
  packet_free(&p);
}

static void raw_text(FmtOut *f, Value v) {
  Packet p = {PK_RAW, 1, NULL, xmalloc(sizeof(char *)), val_null()};
  p.vals[0] = conv_to_cstr(v, NULL);
  put_packet(f, p);
}

/* The property names of an object, in order (borrowed keys). */
static int obj_prop_count(Value o) { return o.kind == V_OBJ ? (int)o.u.o->props->len : 0; }

static char *prop_cell(FmtOut *f, Value o, const char *name) {
  if (o.kind == V_OBJ) { /* only its own properties (no intrinsic Count) */
    Value *p = val_obj_prop(o, name);
    return p ? fmt_cell(f->I, *p) : xstrdup("");
  }
  RtError e = {0};
  Value out;
  char *s = NULL;
  if (mem_get(o, name, strlen(name), &out, &e) == MEM_OK) {
    s = fmt_cell(f->I, out);
    val_unref(out);
  }
  rt_error_clear(&e);
  return s ? s : xstrdup("");
}

static void oob_list(FmtOut *f, Value o) {
  int n = obj_prop_count(o);
  Packet p = {PK_OOB_LIST, n, xmalloc(((size_t)n + 1) * sizeof(char *)),
              xmalloc(((size_t)n + 1) * sizeof(char *)), val_null()};
  for (int k = 0; k < n; k++) {
    VHashEnt *e = &o.u.o->props->ents[k];
    p.labels[k] = conv_to_cstr(e->key, NULL);
    p.vals[k] = fmt_cell(f->I, e->val);
  }
  put_packet(f, p);
}

static void doc_columns(FmtOut *f, Value o) {
  const FmtView *v = f->view;
  f->ncols = v ? v->n : obj_prop_count(o);
  if (!v && f->shape == FMT_TABLE && f->ncols > 10) f->ncols = 10;
  f->names = xmalloc(((size_t)f->ncols + 1) * sizeof *f->names);
  f->labels = xmalloc(((size_t)f->ncols + 1) * sizeof *f->labels);
  f->widths = xcalloc((size_t)f->ncols + 1, sizeof *f->widths);
  f->align = xcalloc((size_t)f->ncols + 1, sizeof *f->align);
  for (int k = 0; k < f->ncols; k++) {
    if (v) {
      f->names[k] = xstrdup(v->props[k]);
      f->widths[k] = v->widths[k];
      f->align[k] = v->aligns[k];
    } else {
      VHashEnt *e = &o.u.o->props->ents[k];
      f->names[k] = conv_to_cstr(e->key, NULL);
      f->align[k] = fmt_default_align(e->val);
    }
    const char *label = v && v->labels[k] ? v->labels[k] : f->names[k];
    f->labels[k] = xstrdup(label);
  }
}

static char *prop_cell(FmtOut *f, Value o, const char *name);

/* A table's header now (fixed widths) or after the grouping window. */
static void table_begin(FmtOut *f) {
  if (f->ncols > 0 && f->widths[0] == 0) {
    f->caching = true;
    clock_gettime(CLOCK_MONOTONIC, &f->t0);
  } else {
    table_start(f, false);
  }
}

/* "   TypeName: X" and a blank line: the start of a group (GroupStart). */
static void group_header(FmtOut *f, Value o) {
  free(f->group);
  f->group = prop_cell(f, o, f->view->group_by);
  StrBuf b = SB_INIT;
  sb_printf(&b, "   %s: %s\n\n", f->view->group_by, f->group);
  emit(f, &b);
  sb_free(&b);
}

/* A new group value ends the table and starts the next group. */
static void group_check(FmtOut *f, Value o) {
  char *g = prop_cell(f, o, f->view->group_by);
  bool same = f->group && strcmp(g, f->group) == 0;
  free(g);
  if (same) return;
  drain(f);
  table_free(&f->table);
  f->table_ready = false;
  emit_str(f, "\n");
  group_header(f, o);
  table_begin(f);
}

/* Open the document with the first object: pick the view and the shape. */
static void doc_open(FmtOut *f, Value o) {
  f->doc = true;
  f->view = fmt_view_find(fmt_type_name(o));
  f->shape = f->view ? f->view->shape : obj_prop_count(o) <= 4 ? FMT_TABLE : FMT_LIST;
  doc_columns(f, o);
  emit_str(f, "\n"); /* FormatStart */
  if (f->shape == FMT_LIST) {
    emit_str(f, "\n"); /* the list's GroupStart */
    return;
  }
  if (f->view && f->view->group_by) group_header(f, o);
  table_begin(f);
}

/* A list without a view lists each object's own properties: 5.1's
 * ListViewGenerator recomputes them for every entry (unlike a table). */
static void own_list_entry(FmtOut *f, Value o) {
  int n = obj_prop_count(o);
  char **labels = xcalloc((size_t)n + 1, sizeof *labels);
  char **vals = xcalloc((size_t)n + 1, sizeof *vals);
  for (int k = 0; k < n; k++) {
    VHashEnt *e = &o.u.o->props->ents[k];
    labels[k] = conv_to_cstr(e->key, NULL);
    vals[k] = fmt_cell(f->I, e->val);
  }
  StrBuf b = SB_INIT;
  list_entry(&b, labels, vals, n, f->width);
  sb_putc(&b, '\n');
  emit(f, &b);
  sb_free(&b);
  strv_free(labels, n);
  strv_free(vals, n);
}

static void payload(FmtOut *f, Value o) {
  if (f->shape == FMT_LIST && !f->view && o.kind == V_OBJ) {
    own_list_entry(f, o);
    return;
  }
  char **vals = xmalloc(((size_t)f->ncols + 1) * sizeof *vals);
  for (int k = 0; k < f->ncols; k++) vals[k] = prop_cell(f, o, f->names[k]);
  if (f->shape == FMT_TABLE) {
    put_packet(f, (Packet){PK_ROW, f->ncols, NULL, vals, val_null()});
    return;
  }
  StrBuf b = SB_INIT;
  list_entry(&b, f->labels, vals, f->ncols, f->width);
  sb_putc(&b, '\n');
  emit(f, &b);
  sb_free(&b);
  strv_free(vals, f->ncols);
}

static void doc_close(FmtOut *f) {
  if (!f->doc) return;
  drain(f);
  emit_str(f, "\n\n"); /* GroupEnd, FormatEnd */
  strv_free(f->names, f->ncols);
  strv_free(f->labels, f->ncols);
  free(f->widths), free(f->align);
  f->names = f->labels = NULL, f->widths = f->align = NULL;
  table_free(&f->table);
  f->doc = f->table_ready = false;
  free(f->group);
  f->group = NULL;
  f->view = NULL;
  f->ncols = 0;
}

static bool is_scalar_like(Value v) {
  if (v.kind != V_OBJ) return true;
  return v.u.o->cls == OBJ_EXCEPTION || v.u.o->props->len == 0;
}

/* Types 5.1 shows as one line of text (their custom views): the property
 * that holds the text. */
static const struct { const char *type_name, *prop; } line_views[] = {
    {"System.DateTime", "DateTime"}, /* Get-Date: "Friday, February 1, 2013 9:00:00 AM" */
    {"System.Security.SecureString", NULL}, /* NULL: the object's text (its type name) */
    {"Microsoft.PowerShell.Commands.MatchInfo", NULL}, /* Select-String: "file:line:text" */
};

static bool line_view(FmtOut *f, Value o) {
  const char *tn = fmt_type_name(o);
  for (size_t i = 0; tn && i < sizeof line_views / sizeof line_views[0]; i++) {
    bool hit = strcasecmp(tn, line_views[i].type_name) == 0;
    if (hit && !line_views[i].prop) {
      raw_text(f, o);
      return true;
    }
    Value *p = hit ? val_obj_prop(o, line_views[i].prop) : NULL;
    if (p) {
      raw_text(f, *p);
      return true;
    }
  }
  return false;
}

static void object(FmtOut *f, Value o) {
  if (o.kind == V_OBJ && o.u.o->cls == OBJ_ERRORRECORD) {
    if (!f->I) { raw_text(f, o); return; }
    put_packet(f, (Packet){PK_ERROR, 0, NULL, NULL, val_ref(o)});
    return;
  }
  if (is_scalar_like(o)) { raw_text(f, o); return; }
  if (o.kind == V_OBJ && line_view(f, o)) return;
  if (!f->doc) doc_open(f, o);
  if (f->view && strcasecmp(f->view->type_name, fmt_type_name(o)) != 0) {
    oob_list(f, o);
    return;
  }
  if (f->view && f->view->group_by && f->shape == FMT_TABLE) group_check(f, o);
  payload(f, o);
}

/* A hashtable is enumerated into DictionaryEntry objects. */
static void dict_entries(FmtOut *f, Value h) {
  for (size_t i = 0; i < h.u.h->len; i++) {
    Value e = val_obj_new(OBJ_GENERIC, "System.Collections.DictionaryEntry");
    val_obj_set(e, "Name", val_ref(h.u.h->ents[i].key));
    val_obj_set(e, "Key", val_ref(h.u.h->ents[i].key));
    val_obj_set(e, "Value", val_ref(h.u.h->ents[i].val));
    object(f, e);
    val_unref(e);
  }
}

static void render_doc(FmtOut *f, const FmtDoc *d) {
  StrBuf b = SB_INIT;
  sb_putc(&b, '\n');
  if (d->shape == FMT_LIST) {
    sb_putc(&b, '\n');
    for (int r = 0; r < d->nrows; r++) {
      if (d->entry_n[r] < 0) { sb_puts(&b, d->rows[r][0]), sb_putc(&b, '\n'); continue; }
      list_entry(&b, d->entry_lab[r], d->rows[r], d->entry_n[r], f->width);
      sb_putc(&b, '\n');
    }
  } else {
    int w[d->ncols > 0 ? d->ncols : 1];
    for (int k = 0; k < d->ncols; k++) {
      w[k] = d->widths[k];
      if (w[k] > 0) continue;
      w[k] = cells(d->labels[k]);
      for (int r = 0; r < d->nrows; r++)
        if (d->entry_n[r] >= 0 && cells(d->rows[r][k]) > w[k]) w[k] = cells(d->rows[r][k]);
    }
    Table t;
    table_init(&t, d->ncols, w, d->align, f->width, d->hide_header);
    table_header(&b, &t, d->labels);
    for (int r = 0; r < d->nrows; r++) {
      if (d->entry_n[r] < 0) sb_puts(&b, d->rows[r][0]), sb_putc(&b, '\n');
      else if (!t.disabled) (d->wrap ? multi_row : single_row)(&b, &t, d->rows[r], NULL);
    }
    table_free(&t);
  }
  sb_puts(&b, "\n\n");
  emit(f, &b);
  sb_free(&b);
}

/* Collections nested deeper than this print as their type name, so an
 * ArrayList that contains itself ends instead of recursing for ever. */
enum { FMT_MAX_NEST = 100 };

static void out_object(FmtOut *f, Value v, int nest) {
  switch (v.kind) {
  case V_NULL: return;
  case V_ARR:
    if (nest >= FMT_MAX_NEST) {
      const char *tn = type_of(v)->full_name;
      Value s = val_str(tn, strlen(tn));
      object(f, s);
      val_unref(s);
      return;
    }
    for (size_t i = 0; i < val_arr_len(v); i++) out_object(f, val_arr_at(v, i), nest + 1);
    return;
  case V_HASH: dict_entries(f, v); return;
  default: break;
  }
  if (fmt_is_doc(v)) {
    doc_close(f);
    render_doc(f, v.u.hd->data);
    return;
  }
  object(f, v);
}

void fmt_out_object(FmtOut *f, Value v) { out_object(f, v, 0); }

void fmt_out_end(FmtOut *f) { doc_close(f); }

void fmt_out_free(FmtOut *f) {
  if (!f) return;
  doc_close(f);
  for (int i = 0; i < f->nq; i++) packet_free(&f->q[i]);
  free(f->q);
  free(f);
}

int fmt_host_width(const Interp *I) {
  if (I && I->io.columns > 0) return I->io.columns;
  struct winsize ws;
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    return ws.ws_col;
  return 80;
}
