/* format.c - Format-Table, Format-List, Out-String, Out-Default and
 * Out-Host. The layout itself is runtime/format.c's.
 *
 * Format-Table and Format-List collect their input and, at the end, emit
 * ONE format document (a V_HANDLE, see format.h) holding the finished cell
 * texts; Out-Default, Out-String and `> file` render it. PowerShell emits a
 * FormatStartData/GroupStartData/FormatEntryData.../FormatEndData sequence
 * instead; like those objects, the document only renders. Scalars and
 * strings met before the first object pass straight through (5.1 prints
 * them out of band); later ones stay in the document in their place. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "../runtime/convert.h"
#include "../parser/xalloc.h"
#include "../runtime/format.h"
#include "../runtime/member.h"
#include "../runtime/regex.h"
#include "../runtime/strbuf.h"
#include "cmdlets.h"

#define NP(a) ((int)(sizeof a / sizeof a[0]))

/* ---- columns: what -Property (or the default view) asks for ---- */

typedef struct Col {
  char *label;
  char *prop;  /* a property name, or NULL with `expr` */
  Value expr;  /* a script block (calculated property) or V_NULL */
  int width, align;
} Col;

typedef struct FmtState {
  FmtShape shape;
  Value items;  /* objects in arrival order (arrays/hashtables expanded) */
  Col *cols;
  int ncols;
  bool have_cols;
} FmtState;

static void add_col(FmtState *s, char *label, char *prop, Value expr, int width, int align) {
  s->cols = xrealloc(s->cols, ((size_t)s->ncols + 1) * sizeof *s->cols);
  s->cols[s->ncols++] = (Col){label, prop, val_ref(expr), width, align};
}

/* The value of a column for one object (owned). */
static Value col_value(CmdCtx *c, const Col *col, Value o) {
  if (col->prop) {
    if (o.kind == V_OBJ) {
      Value *p = val_obj_prop(o, col->prop);
      return p ? val_ref(*p) : val_null();
    }
    RtError e = {0};
    Value out;
    MemResult r = mem_get(o, col->prop, strlen(col->prop), &out, &e);
    rt_error_clear(&e);
    return r == MEM_OK ? out : val_null();
  }
  if (col->expr.kind != V_BLOCK) return val_null();
  Collector r;
  collector_init(&r);
  interp_invoke_block(c->I, col->expr, false, true, o, NULL, 0, &r.sink);
  Value v = collector_result(&r);
  collector_free(&r);
  return v;
}

/* The alignment names of a calculated property's Alignment key. */
static int align_of(Value v) {
  static const struct { const char *name; int align; } names[] = {
      {"Left", FMT_ALIGN_LEFT}, {"Center", FMT_ALIGN_CENTER}, {"Right", FMT_ALIGN_RIGHT}};
  char *s = conv_to_cstr(v, NULL);
  int a = FMT_ALIGN_UNDEF;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (val_streq_ci(s, strlen(s), names[i].name, strlen(names[i].name))) a = names[i].align;
  free(s);
  return a;
}

/* @{Name/Label=...; Expression=...; Width=...; Alignment=...}: keys by
 * their first letter, as the unique prefixes PowerShell accepts. */
static void calc_col(FmtState *s, Value h) {
  char *label = NULL, *prop = NULL;
  Value expr = val_null();
  int width = 0, align = FMT_ALIGN_UNDEF;
  for (size_t i = 0; i < h.u.h->len; i++) {
    char *k = conv_to_cstr(h.u.h->ents[i].key, NULL);
    Value v = h.u.h->ents[i].val;
    char c0 = (char)(k[0] | 0x20);
    if (c0 == 'n' || c0 == 'l') free(label), label = conv_to_cstr(v, NULL);
    else if (c0 == 'e' && v.kind == V_BLOCK) expr = v;
    else if (c0 == 'e') free(prop), prop = conv_to_cstr(v, NULL);
    else if (c0 == 'w') conv_to_int(v, &width, NULL);
    else if (c0 == 'a') align = align_of(v);
    free(k);
  }
  if (!label) label = prop ? xstrdup(prop) : expr.kind == V_BLOCK ? conv_to_cstr(expr, NULL) : xstrdup("");
  add_col(s, label, prop, expr, width > 0 ? width : 0, align);
}

static void name_cols(FmtState *s, const char *pat, Value first) {
  if (!wc_has_wildcard(pat, strlen(pat)) || first.kind != V_OBJ) {
    add_col(s, xstrdup(pat), xstrdup(pat), val_null(), 0, FMT_ALIGN_UNDEF);
    return;
  }
  VHash *h = first.u.o->props;
  for (size_t i = 0; i < h->len; i++) {
    char *k = conv_to_cstr(h->ents[i].key, NULL);
    if (wc_match(pat, strlen(pat), k, strlen(k), false)) add_col(s, xstrdup(k), k, val_null(), 0, 0);
    else free(k);
  }
}

static void default_cols(FmtState *s, Value first) {
  const FmtView *v = fmt_view_find(fmt_type_name(first));
  if (v && v->shape == s->shape) {
    for (int k = 0; k < v->n; k++)
      add_col(s, xstrdup(v->labels[k] ? v->labels[k] : v->props[k]), xstrdup(v->props[k]),
              val_null(), v->widths[k], FMT_ALIGN_LEFT);
    return;
  }
  if (first.kind != V_OBJ) return;
  VHash *h = first.u.o->props;
  size_t n = s->shape == FMT_TABLE && h->len > 10 ? 10 : h->len; /* 5.1's table cap */
  for (size_t i = 0; i < n; i++) {
    char *k = conv_to_cstr(h->ents[i].key, NULL);
    add_col(s, k, xstrdup(k), val_null(), 0, FMT_ALIGN_UNDEF);
  }
}

/* Fix the columns with the first object; unset alignments come from its
 * values (numbers and booleans right). */
static void setup_cols(CmdCtx *c, FmtState *s, Value first) {
  Value *p = cmd_arg(c, "Property");
  s->have_cols = true;
  if (p) {
    Value list = p->kind == V_ARR ? *p : val_null();
    size_t n = p->kind == V_ARR ? val_arr_len(*p) : 1;
    for (size_t i = 0; i < n; i++) {
      Value it = p->kind == V_ARR ? val_arr_at(list, i) : *p;
      if (it.kind == V_HASH) {
        calc_col(s, it);
      } else {
        char *name = conv_to_cstr(it, NULL);
        name_cols(s, name, first);
        free(name);
      }
    }
  } else {
    default_cols(s, first);
  }
  for (int k = 0; k < s->ncols; k++) {
    if (s->cols[k].align != FMT_ALIGN_UNDEF) continue;
    Value v = col_value(c, &s->cols[k], first);
    s->cols[k].align = fmt_default_align(v);
    val_unref(v);
  }
}

/* ---- Format-Table / Format-List ---- */

static Status fmt_begin_shape(CmdCtx *c, FmtShape shape) {
  FmtState *s = xcalloc(1, sizeof *s);
  s->shape = shape;
  s->items = val_arr_new(0);
  c->state = s;
  return ST_OK;
}

static Status ft_begin(CmdCtx *c) { return fmt_begin_shape(c, FMT_TABLE); }
static Status fl_begin(CmdCtx *c) { return fmt_begin_shape(c, FMT_LIST); }

static bool is_object(Value v) {
  return v.kind == V_OBJ && v.u.o->cls != OBJ_ERRORRECORD && v.u.o->cls != OBJ_EXCEPTION &&
         v.u.o->props->len > 0;
}

static Status collect(CmdCtx *c, FmtState *s, Value v) {
  if (v.kind == V_NULL) return ST_OK;
  if (!is_object(v) && !s->have_cols && val_arr_len(s->items) == 0)
    return cmd_emit(c, v); /* out of band before the document starts */
  if (is_object(v) && !s->have_cols) setup_cols(c, s, v);
  val_arr_push(s->items, val_ref(v));
  return ST_OK;
}

/* Format-* enumerate their input: arrays, and hashtables as DictionaryEntry. */
static Status fmt_process(CmdCtx *c, Value in, bool has_input) {
  FmtState *s = c->state;
  Value *io = cmd_arg(c, "InputObject");
  if (!has_input && io) in = *io, has_input = true;
  if (!has_input) return ST_OK;
  Status st = ST_OK;
  if (in.kind == V_ARR) {
    for (size_t i = 0; i < val_arr_len(in) && st == ST_OK; i++) st = collect(c, s, val_arr_at(in, i));
    return st;
  }
  if (in.kind != V_HASH) return collect(c, s, in);
  for (size_t i = 0; i < in.u.h->len && st == ST_OK; i++) {
    Value e = val_obj_new(OBJ_GENERIC, "System.Collections.DictionaryEntry");
    val_obj_set(e, "Name", val_ref(in.u.h->ents[i].key));
    val_obj_set(e, "Key", val_ref(in.u.h->ents[i].key));
    val_obj_set(e, "Value", val_ref(in.u.h->ents[i].val));
    st = collect(c, s, e);
    val_unref(e);
  }
  return st;
}

static char **cells_of(CmdCtx *c, FmtState *s, Value o) {
  char **v = xmalloc(((size_t)s->ncols + 1) * sizeof *v);
  for (int k = 0; k < s->ncols; k++) {
    Value x = col_value(c, &s->cols[k], o);
    v[k] = fmt_cell(c->I, x);
    val_unref(x);
  }
  return v;
}

static char **labels_of(FmtState *s) {
  char **l = xmalloc(((size_t)s->ncols + 1) * sizeof *l);
  for (int k = 0; k < s->ncols; k++) l[k] = xstrdup(s->cols[k].label);
  return l;
}

static Status fmt_end(CmdCtx *c) {
  FmtState *s = c->state;
  if (val_arr_len(s->items) == 0) return ST_OK;
  FmtDoc *d = fmt_doc_new(s->shape);
  for (int k = 0; s->shape == FMT_TABLE && k < s->ncols; k++)
    fmt_doc_column(d, xstrdup(s->cols[k].label), s->cols[k].width, s->cols[k].align);
  fmt_doc_options(d, cmd_switch(c, "HideTableHeaders"), cmd_switch(c, "Wrap"));
  for (size_t i = 0; i < val_arr_len(s->items); i++) {
    Value o = val_arr_at(s->items, i);
    if (!is_object(o)) fmt_doc_text(d, conv_to_cstr(o, NULL));
    else if (s->shape == FMT_TABLE) fmt_doc_row(d, cells_of(c, s, o));
    else fmt_doc_entry(d, labels_of(s), cells_of(c, s, o), s->ncols);
  }
  Value doc = fmt_doc_value(d);
  Status st = cmd_emit(c, doc);
  val_unref(doc);
  return st;
}

static void fmt_cleanup(CmdCtx *c) {
  FmtState *s = c->state;
  for (int k = 0; k < s->ncols; k++) {
    free(s->cols[k].label), free(s->cols[k].prop);
    val_unref(s->cols[k].expr);
  }
  free(s->cols);
  s->cols = NULL, s->ncols = 0;
  val_unref(s->items);
  s->items = val_null();
}

static const ParamDef ft_params[] = {
    {"Property", NULL, T_OBJECT, true, 0, 0, NULL,
     "Properties to show: names, wildcards or @{Name=...; Expression=...; Width=...}."},
    {"AutoSize", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Size the columns from the data."},
    {"HideTableHeaders", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Omit the header lines."},
    {"Wrap", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Wrap long cells instead of cutting."},
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The objects to format."},
};

static const ParamDef fl_params[] = {
    {"Property", NULL, T_OBJECT, true, 0, 0, NULL,
     "Properties to show: names, wildcards (* for all) or calculated properties."},
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The objects to format."},
};

/* ---- Out-String / Out-Default / Out-Host ---- */

typedef struct OutState {
  FmtOut *f;
  StrBuf text;
} OutState;

static void to_buf(void *ctx, const char *s, size_t n) { sb_putn(&((OutState *)ctx)->text, s, n); }

static void to_host(void *ctx, const char *s, size_t n) { interp_host_write(ctx, s, n); }

static Status os_begin(CmdCtx *c) {
  OutState *s = xcalloc(1, sizeof *s);
  c->state = s;
  int32_t w = 0;
  Value *wv = cmd_arg(c, "Width");
  if (wv) conv_to_int(*wv, &w, NULL);
  s->f = fmt_out_new(c->I, w > 0 ? w : fmt_host_width(c->I), to_buf, s);
  return ST_OK;
}

static Status out_process(CmdCtx *c, Value in, bool has_input) {
  OutState *s = c->state;
  Value *io = cmd_arg(c, "InputObject");
  if (!has_input && io) in = *io, has_input = true;
  if (has_input) fmt_out_object(s->f, in);
  return ST_OK;
}

static Status stream_lines(CmdCtx *c, const char *t, size_t len) {
  Status st = ST_OK;
  size_t from = 0;
  for (size_t i = 0; i < len && st == ST_OK; i++) {
    if (t[i] != '\n') continue;
    Value line = val_str(t + from, i - from);
    st = cmd_emit(c, line);
    val_unref(line);
    from = i + 1;
  }
  return st;
}

static Status os_end(CmdCtx *c) {
  OutState *s = c->state;
  fmt_out_end(s->f);
  const char *t = sb_cstr(&s->text);
  if (cmd_switch(c, "Stream")) return stream_lines(c, t, s->text.len);
  Value v = val_str(t, s->text.len);
  Status st = cmd_emit(c, v);
  val_unref(v);
  return st;
}

static void out_cleanup(CmdCtx *c) {
  OutState *s = c->state;
  fmt_out_free(s->f);
  s->f = NULL;
  sb_free(&s->text);
}

/* Out-Default / Out-Host: a formatter of their own, ended with the
 * pipeline, writing host text (the console width minus one). */
static Status od_begin(CmdCtx *c) {
  OutState *s = xcalloc(1, sizeof *s);
  c->state = s;
  s->f = fmt_out_new(c->I, fmt_host_width(c->I) - 1, to_host, c->I);
  return ST_OK;
}

static Status od_end(CmdCtx *c) {
  fmt_out_end(((OutState *)c->state)->f);
  return ST_OK;
}

static const ParamDef os_params[] = {
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The objects to render as text."},
    {"Stream", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Send each line as its own string."},
    {"Width", NULL, T_INT, false, -1, 0, NULL, "Characters per line (the host's width)."},
};

static const ParamDef od_params[] = {
    {"InputObject", NULL, T_OBJECT, false, -1, PF_PIPELINE | PF_ALLOW_NULL, NULL,
     "The objects to display."},
};

const CmdDef format_cmdlets[] = {
    {"Format-Table", "ft", ft_params, NP(ft_params), 0, ft_begin, fmt_process, fmt_end,
     "Formats the output as a table.", fmt_cleanup},
    {"Format-List", "fl", fl_params, NP(fl_params), 0, fl_begin, fmt_process, fmt_end,
     "Formats the output as a list of properties.", fmt_cleanup},
    {"Out-String", NULL, os_params, NP(os_params), 0, os_begin, out_process, os_end,
     "Renders objects as the text the console would show.", out_cleanup},
    {"Out-Default", NULL, od_params, NP(od_params), 0, od_begin, out_process, od_end,
     "Sends objects to the default formatter and the host.", out_cleanup},
    {"Out-Host", "oh", od_params, NP(od_params), 0, od_begin, out_process, od_end,
     "Sends objects to the host, formatted.", out_cleanup},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
