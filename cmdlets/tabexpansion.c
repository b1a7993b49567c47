/* tabexpansion.c - TabExpansion2 -inputScript <string> [-cursorColumn <int>]:
 * runtime/complete.c's candidates as PowerShell's CommandCompletion object.
 * Columns count characters (code points), as the shell's strings do. */
#define _POSIX_C_SOURCE 200809L
#include "tabexpansion.h"
#include "../parser/xalloc.h"

#include <stdlib.h>
#include <string.h>

#include "../runtime/complete.h"
#include "../runtime/convert.h"

const ParamDef tabexp_params[TABEXP_NPARAMS] = {
    {"inputScript", NULL, T_STRING, false, 0, PF_MANDATORY | PF_ALLOW_NULL, NULL,
     "The command line to complete."},
    {"cursorColumn", NULL, T_INT, false, 1, 0, NULL,
     "Where the cursor is, in characters from the start (default: the end)."},
    {"options", NULL, T_HASHTABLE, false, 2, 0, NULL, "Accepted; no options are used."},
};

const CmdExample tabexp_examples[] = {
    {"(TabExpansion2 'Grant-CsU').CompletionMatches.CompletionText",
     "Lists the commands that start with Grant-CsU."},
    {"TabExpansion2 ($s = 'Grant-CsUserServicesPolicy -Pol') $s.Length | "
     "Select-Object -ExpandProperty CompletionMatches",
     "Shows the parameters that -Pol completes to."},
    {NULL, NULL},
};

/* Byte offset of character column col in s (clamped to the end). */
static size_t byte_at(const char *s, int64_t col) {
  size_t i = 0;
  for (int64_t k = 0; s[i] && k < col; k++)
    for (i++; ((unsigned char)s[i] & 0xC0) == 0x80; i++) {}
  return i;
}

/* Characters in s[0..n). */
static int32_t chars_in(const char *s, size_t n) {
  int32_t k = 0;
  for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
  return k;
}

static Value match_object(const Completion *cp, size_t i) {
  Value o = val_obj_new(OBJ_GENERIC, "System.Management.Automation.CompletionResult");
  val_obj_set(o, "CompletionText", val_cstr(cp->items[i]));
  val_obj_set(o, "ListItemText", val_cstr(cp->labels[i]));
  val_obj_set(o, "ResultType", val_cstr(complete_kind_name(cp->kinds[i])));
  val_obj_set(o, "ToolTip", val_cstr(cp->tips[i]));
  return o;
}

static Value completion_object(const char *line, const Completion *cp) {
  Value o = val_obj_new(OBJ_GENERIC, "System.Management.Automation.CommandCompletion");
  Value matches = val_arr_new(cp->n);
  for (size_t i = 0; i < cp->n; i++) val_arr_push(matches, match_object(cp, i));
  int32_t at = chars_in(line, cp->start);
  val_obj_set(o, "CurrentMatchIndex", val_int(-1));
  val_obj_set(o, "ReplacementIndex", val_int(at));
  val_obj_set(o, "ReplacementLength", val_int(chars_in(line, cp->end) - at));
  val_obj_set(o, "CompletionMatches", matches);
  return o;
}

Status tabexp_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Value *script = cmd_arg(c, "inputScript"), *col = cmd_arg(c, "cursorColumn");
  char *line = script && script->kind != V_NULL ? conv_to_cstr(*script, NULL) : xstrdup("");
  int64_t column = INT64_MAX;
  RtError e = {0};
  if (col && !conv_to_long(*col, &column, &e)) column = INT64_MAX;
  rt_error_clear(&e);
  Completion cp;
  complete_line(c->I, line, byte_at(line, column < 0 ? 0 : column), &cp);
  Value o = completion_object(line, &cp);
  complete_free(&cp);
  free(line);
  Status st = cmd_emit(c, o);
  val_unref(o);
  return st;
}
