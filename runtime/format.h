/* format.h - PowerShell 5.1's formatting and output machinery (the part of
 * Out-Default, Out-String, Format-Table and Format-List that lays text out).
 *
 * The model follows Windows PowerShell 5.1's FormatAndOutput code:
 *   - Out-Default opens a "document" with the first object that is not a
 *     scalar. Its view comes from a registered view for the object's type
 *     name, else from the object's own properties: a table for 1-4
 *     properties, a list for 5 or more. The document stays open until the
 *     output ends (the end of a script, of a REPL line, of Out-String).
 *   - A generated view applies to every later object (missing properties
 *     print blank); a registered view applies only to its type, other
 *     objects print "out of band" as a list. Scalars and strings always
 *     print as their text, ErrorRecords in the error view.
 *   - A table without fixed column widths holds its rows for up to 300 ms
 *     and sizes the columns from them (5.1's OutputGroupQueue), so host text
 *     written meanwhile (Write-Host) appears before the table, as in 5.1.
 *   - Layout (TableWriter, ListWriter, ColumnWidthManager of 5.1): every
 *     table column is padded to its width, the last one too (5.1 pads; 6.0
 *     stopped); numbers and booleans are right-aligned, header included;
 *     too-long cells end in "..."; labels longer than a column wrap; a
 *     table too wide loses or shrinks its right-most columns. A table
 *     starts with a blank line and ends with two; a list starts with two
 *     blank lines, ends each entry with one and the list with two more.
 *   - The console width: LineOutput uses the buffer width minus one (5.1's
 *     ConsoleLineOutput), so an 80-column host lays out in 79; Out-String,
 *     Out-File and `>` use the full width.
 *
 * Ownership as in value.h. Strings handed to fmt_doc_* are taken. */
#ifndef UCSH_FORMAT_H
#define UCSH_FORMAT_H

#include <stdbool.h>
#include <stddef.h>

#include "interp.h"
#include "value.h"

typedef enum FmtShape { FMT_TABLE, FMT_LIST } FmtShape;

/* Column alignment, numbered as .NET's TextAlignment. */
enum { FMT_ALIGN_UNDEF = 0, FMT_ALIGN_LEFT = 1, FMT_ALIGN_CENTER = 2, FMT_ALIGN_RIGHT = 3 };

/* ---- the view registry (format.ps1xml in small) ---- */

typedef struct FmtView {
  char *type_name;
  FmtShape shape;
  int n;         /* number of properties */
  char **props;  /* property names, in display order */
  char **labels; /* what the header or list shows for each; NULL: the name */
  int *widths;   /* table column widths, 0 = sized from the data */
  int *aligns;   /* FMT_ALIGN_*, from a ":L"/":C"/":R" suffix on the name */
  char *group_by; /* a property whose changes start a new group, or NULL */
} FmtView;

/* Register (or replace) the default view of a type: `props` is a
 * comma-separated list of property names, each optionally followed by
 * "=Label" (the label a format.ps1xml view gives it, e.g.
 * "TargetFqdn=Target Fqdn") and suffixed ":L",
 * ":C" or ":R" for its column alignment (default: left, as 5.1 views); `widths` is NULL or has one
 * entry per property (0: sized from the data). Type names compare
 * case-insensitively. Views live until fmt_views_clear(). */
void fmt_view_register(const char *type_name, FmtShape shape, const char *props,
                       const int *widths);
const FmtView *fmt_view_find(const char *type_name); /* NULL if none */
/* Group a registered table view by a property, as Get-Member's view does:
 * each run of equal values gets a "   Prop: value" header and its own table. */
void fmt_view_group(const char *type_name, const char *prop);
void fmt_views_clear(void);

/* ---- values as cells ---- */

/* The text a property value shows in a table cell or list: $null is "",
 * collections are "{a, b, c, d...}" cut at $FormatEnumerationLimit
 * (default 4), elements by their name/id/key property. malloc'd. */
char *fmt_cell(Interp *I, Value v);
/* 5.1's default column alignment for a value: right for numbers and
 * booleans, left otherwise. */
int fmt_default_align(Value v);
/* The type name Out-Default matches views with ("System.Int32" ...). */
const char *fmt_type_name(Value v);

/* ---- format documents: what Format-Table / Format-List emit ----
 * PowerShell's Format-* cmdlets emit objects that only render. ucsh emits
 * one V_HANDLE per Format-* call holding the finished cells; Out-Default,
 * Out-String and `> file` render it (any other command sees an opaque
 * object of type Microsoft.PowerShell.Commands.Internal.Format.FormatStartData). */
typedef struct FmtDoc FmtDoc;
FmtDoc *fmt_doc_new(FmtShape shape);
void fmt_doc_column(FmtDoc *d, char *label, int width, int align); /* table; takes label */
void fmt_doc_row(FmtDoc *d, char **cells); /* takes the array and its ncols strings */
/* A list entry: takes both arrays and their n strings. */
void fmt_doc_entry(FmtDoc *d, char **labels, char **values, int n);
/* A scalar or string met inside the document: printed as-is in its place. */
void fmt_doc_text(FmtDoc *d, char *text); /* takes text */
void fmt_doc_options(FmtDoc *d, bool hide_header, bool wrap);
Value fmt_doc_value(FmtDoc *d); /* the handle (owned); takes d */
bool fmt_is_doc(Value v);

/* ---- the outputter: one Out-Default (or Out-String) run ---- */

typedef void (*FmtWriteFn)(void *ctx, const char *s, size_t n);
typedef struct FmtOut FmtOut;
/* width: the usable columns (the console's width minus one, or Out-String's
 * -Width). I may be NULL (no $FormatEnumerationLimit lookup; ErrorRecords
 * print as text). */
FmtOut *fmt_out_new(Interp *I, int width, FmtWriteFn write, void *ctx);
void fmt_out_object(FmtOut *f, Value v); /* v borrowed; arrays unroll */
void fmt_out_end(FmtOut *f);             /* end the open document, drain */
void fmt_out_free(FmtOut *f);            /* ends it first */

/* The host's width in columns: HostIO.columns when set, else the
 * terminal's width when stdout is one, else 80. */
int fmt_host_width(const Interp *I);

#endif
