/* fake_cmdlets.h - a table of made-up cmdlets for the binder's unit test
 * and fuzz target, plus a tiny host that collects what they print.
 * Header-only (static): each program includes it once. */
#ifndef UCSH_FAKE_CMDLETS_H
#define UCSH_FAKE_CMDLETS_H

#include <stdlib.h>
#include <string.h>

#include "../../parser/parser.h"
#include "../../runtime/command.h"
#include "../../runtime/convert.h"
#include "../../runtime/strbuf.h"
#include "../../cmdlets/cmdlets.h"

/* Get-Fake prints "set=<set> Name=value ..." for its bound parameters. */
static Status fake_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  StrBuf b = SB_INIT;
  sb_printf(&b, "set=%s", cmd_parameter_set(c));
  for (int i = 0; i < c->cmd->nparams; i++) {
    if (!c->is_bound[i]) continue;
    char *s = conv_to_cstr(c->bound[i], NULL);
    sb_printf(&b, " %s=%s", c->cmd->params[i].name, s);
    free(s);
  }
  Value v = val_str(b.data ? b.data : "", b.len);
  Status st = cmd_emit(c, v);
  val_unref(v);
  sb_free(&b);
  return st;
}

/* Remove-Fake asks ShouldProcess for its -Identity. */
static Status fake_remove(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  Value *id = cmd_arg(c, "Identity");
  char *s = id ? conv_to_cstr(*id, NULL) : strdup("");
  Status st;
  bool go = cmd_should_process(c, s, "Remove-Fake", &st);
  if (st == ST_OK && go) {
    Value v = val_strf("removed %s", s);
    st = cmd_emit(c, v);
    val_unref(v);
  }
  free(s);
  return st;
}

static const ParamDef fake_params[] = {
    {"Identity", "id", T_STRING, false, 0, 0, NULL, "Who.", "Identity,0,VP"},
    {"Filter", NULL, T_STRING, false, -1, 0, NULL, "Which.", "Filter,M"},
    {"Instance", NULL, T_OBJECT, false, -1, 0, NULL, "What.", "Instance,0,MV"},
    {"Force", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL, "Do it.", NULL},
    {"Count", NULL, T_INT, false, 1, 0, NULL, "How many.", NULL},
    {"InputObject", NULL, T_OBJECT, false, -1, 0, NULL, "Own, beats -InformationAction.",
     NULL},
    {"Level", NULL, T_STRING, false, -1, 0, "Low,High", "A level.", NULL},
    {"SipAddress", "sip", T_STRING, false, -1, PF_PIPELINE_PROP, NULL, "By property.", NULL},
};

static const ParamDef fake_remove_params[] = {
    {"Identity", NULL, T_STRING, false, 0, PF_MANDATORY | PF_PIPELINE_PROP, NULL, "Who.", NULL},
};

static const CmdDef fake_cmdlets[] = {
    {"Get-Fake", NULL, fake_params, (int)(sizeof fake_params / sizeof fake_params[0]), 0, NULL,
     fake_process, NULL, "A fake cmdlet.", NULL, "Identity"},
    {"Remove-Fake", NULL, fake_remove_params, 1, CF_SHOULDPROCESS, NULL, fake_remove, NULL,
     "A fake cmdlet that asks.", NULL, NULL, "High"},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};

/* ---- a host that collects stdout and stderr ---- */

typedef struct FakeHost {
  StrBuf out, err;
  const char *answers; /* lines read_line returns, '\n'-separated; NULL: EOF */
} FakeHost;

static void fake_out(void *ctx, const char *s, size_t n) { sb_putn(&((FakeHost *)ctx)->out, s, n); }
static void fake_err(void *ctx, const char *s, size_t n) { sb_putn(&((FakeHost *)ctx)->err, s, n); }

static char *fake_read(void *ctx, const char *prompt) {
  FakeHost *h = ctx;
  sb_puts(&h->out, prompt);
  if (!h->answers || !*h->answers) return NULL;
  const char *nl = strchr(h->answers, '\n');
  size_t n = nl ? (size_t)(nl - h->answers) : strlen(h->answers);
  char *line = strndup(h->answers, n);
  h->answers += n + (nl ? 1 : 0);
  return line;
}

static Interp *fake_interp(FakeHost *h, bool interactive) {
  HostIO io = {h, fake_out, fake_err, fake_read, interactive};
  Interp *I = interp_new(&io);
  cmd_register(I, core_cmdlets);
  cmd_register(I, fake_cmdlets);
  return I;
}

/* Run text; stdout and stderr are appended to the host's buffers. */
static void fake_run(Interp *I, const char *text) {
  Script *s = NULL;
  ParseErrors errs;
  if (!parse_script(text, strlen(text), NULL, &s, &errs)) {
    parse_errors_free(&errs);
    return;
  }
  interp_run_script(I, s, true, NULL, 0);
  script_release(s);
}

#endif
