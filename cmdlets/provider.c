/* provider.c - Get-ItemProperty and Test-Path over a small provider
 * dispatch, enough for the client registry check of seed 002 (M7):
 *
 *   Get-ItemProperty -Path "HKCU:\Software\Microsoft\Office\15.0\Lync\<SIP URL>\UCS"
 *
 * Providers by path:
 *   HKCU:\..., HKLM:\... and Registry::HKEY_CURRENT_USER\... (also with the
 *       Microsoft.PowerShell.Core\ prefix): the registry. HKCU is the client
 *       computer of the lab user the path names; it holds the keys
 *       Software\Microsoft\Office\15.0\Lync, one <SIP URL> key per lab user
 *       (named with or without "sip:"), and under it the UCS key with the
 *       DWORD InUCSMode = 2165 while that user's contacts are in the unified
 *       contact store (decisions 3: set when a migration completes, removed
 *       with the key when a rollback completes; the value outside UCS mode is
 *       not documented, so the key is absent then). HKLM is empty.
 *   Env:NAME and Variable:NAME: Test-Path only.
 *   Anything else: the file system. C:\... and \\server\share\... are the
 *       lab's drives (drives.h, as Export-CsUserData writes them); other
 *       paths are used as written ("\" read as "/", a leading "~" as the
 *       home directory). Test-Path works; Get-ItemProperty of a file-system
 *       item is not supported yet (the file-system cmdlets come with a later
 *       issue).
 *
 * Get-ItemProperty of a registry key returns one PSCustomObject: the key's
 * values, then PSPath, PSParentPath, PSChildName, PSDrive (drive paths
 * only) and PSProvider, as Windows PowerShell 5.1 does; a key without
 * values returns nothing. A missing key is PowerShell's ItemNotFoundException
 * ("Cannot find path '<path>' because it does not exist."). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../runtime/convert.h"
#include "../parser/xalloc.h"
#include "cmdlets.h"
#include "drives.h"
#include "fspath.h"
#include "lab.h"
#include "objutil.h"

#define PROV_REGISTRY "Microsoft.PowerShell.Core\\Registry"
#define PROV_IN_UCS_MODE 2165 /* M7 */
#define PROV_MAX_PARTS 32

typedef enum { PK_FS, PK_REG, PK_ENV, PK_VAR, PK_NODRIVE } ProvKind;
typedef enum { HIVE_HKCU, HIVE_HKLM } ProvHive;

/* How a path may start: drive and provider-qualified forms. */
static const struct {
  const char *prefix, *drive;
  ProvKind kind;
  ProvHive hive;
} PROV_ROOTS[] = {
    {"HKCU:", "HKCU", PK_REG, HIVE_HKCU},
    {"HKLM:", "HKLM", PK_REG, HIVE_HKLM},
    {PROV_REGISTRY "::HKEY_CURRENT_USER", NULL, PK_REG, HIVE_HKCU},
    {PROV_REGISTRY "::HKEY_LOCAL_MACHINE", NULL, PK_REG, HIVE_HKLM},
    {"Registry::HKEY_CURRENT_USER", NULL, PK_REG, HIVE_HKCU},
    {"Registry::HKEY_LOCAL_MACHINE", NULL, PK_REG, HIVE_HKLM},
    {"Env:", "Env", PK_ENV, 0},
    {"Variable:", "Variable", PK_VAR, 0},
};

static const char *const PROV_HIVE_NAME[] = {"HKEY_CURRENT_USER", "HKEY_LOCAL_MACHINE"};

/* The keys above the per-user keys of the Lync 2013 client. */
static const char *const PROV_LYNC_KEY[] = {"Software", "Microsoft", "Office", "15.0", "Lync"};
#define PROV_LYNC_DEPTH 5

typedef struct ProvPath {
  ProvKind kind;
  ProvHive hive;
  const char *typed, *drive; /* borrowed */
  char *buf;                 /* owns the parts, or the file-system path */
  char *parts[PROV_MAX_PARTS];
  int nparts;
} ProvPath;

/* What a registry key holds. */
typedef struct ProvKey {
  bool exists, in_ucs_mode;
} ProvKey;

/* ---------------------------------------------------------------- paths */

static bool prov_is_sep(char ch) { return ch == '\\' || ch == '/'; }

/* Splits rest into key names (empty ones skipped). */
static void prov_split(ProvPath *p, const char *rest) {
  p->buf = xstrdup(rest);
  for (char *t = p->buf; *t;) {
    while (prov_is_sep(*t)) *t++ = 0;
    if (!*t) break;
    if (p->nparts == PROV_MAX_PARTS) {
      p->nparts++; /* deeper than any key: never exists */
      break;
    }
    p->parts[p->nparts++] = t;
    while (*t && !prov_is_sep(*t)) t++;
  }
}

/* A drive name "Xy:" at the start (two letters or more: one letter is a
 * Windows drive letter, which the file system keeps as part of the name). */
static bool prov_unknown_drive(const char *typed) {
  size_t n = strcspn(typed, ":\\/");
  return n >= 2 && typed[n] == ':';
}

static void prov_parse(const char *typed, ProvPath *p) {
  *p = (ProvPath){.typed = typed};
  for (size_t i = 0; i < sizeof PROV_ROOTS / sizeof PROV_ROOTS[0]; i++) {
    size_t n = strlen(PROV_ROOTS[i].prefix);
    if (strncasecmp(typed, PROV_ROOTS[i].prefix, n) != 0) continue;
    bool drive_form = PROV_ROOTS[i].prefix[n - 1] == ':'; /* HKCU:Software is fine too */
    if (!drive_form && typed[n] && !prov_is_sep(typed[n])) continue;
    p->kind = PROV_ROOTS[i].kind;
    p->hive = PROV_ROOTS[i].hive;
    p->drive = PROV_ROOTS[i].drive;
    prov_split(p, typed + n);
    return;
  }
  p->kind = !drives_is_windows(typed) && prov_unknown_drive(typed) ? PK_NODRIVE : PK_FS;
}

/* The real file of a file-system path (p->buf): a Windows path is on the
 * lab's drives, which need the lab store's place; *ok false when the
 * drives folder cannot be made (*err says why, owned). */
static Status prov_fs_resolve(CmdCtx *c, ProvPath *p, bool *ok, char **err) {
  *ok = false;
  *err = NULL;
  if (!drives_is_windows(p->typed)) {
    p->buf = fspath_plain(p->typed);
    *ok = true;
    return ST_OK;
  }
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  p->buf = drives_path(c->I, store_path(s), p->typed, err);
  *ok = p->buf != NULL;
  const char *t = p->typed; /* a drive's root always exists */
  if (*ok && t[1] == ':' && (!t[2] || (prov_is_sep(t[2]) && !t[3]))) mkdir(p->buf, 0777);
  return ST_OK;
}

static void prov_path_free(ProvPath *p) {
  free(p->buf);
  p->buf = NULL;
}

/* ---------------------------------------------------------------- the registry */

typedef struct ProvUserHit {
  bool found, in_ucs_mode;
} ProvUserHit;

static void prov_user_hit(void *ctx, const StoreUser *u) {
  ProvUserHit *h = ctx;
  h->found = true;
  h->in_ucs_mode = u->in_ucs_mode;
}

/* The <SIP URL> key of a lab user: its name is the SIP address, with or
 * without "sip:". */
static Status prov_user_key(CmdCtx *c, const char *name, ProvUserHit *hit) {
  Status st;
  Store *s = lab_store(c, &st);
  if (!s) return st;
  char sip[512];
  snprintf(sip, sizeof sip, "%s%s", strncasecmp(name, "sip:", 4) == 0 ? "" : "sip:", name);
  StoreUserQuery q = {.sip = sip};
  if (store_user_list(s, &q, prov_user_hit, hit) != STORE_OK)
    return lab_fail(c, "LabStoreFailed", "ReadError", "The lab store failed: %s",
                    store_errmsg(s));
  return ST_OK;
}

/* Does the registry key exist, and what does it hold? */
static Status prov_reg_key(CmdCtx *c, const ProvPath *p, ProvKey *k) {
  *k = (ProvKey){0};
  if (p->hive != HIVE_HKCU) {
    k->exists = p->nparts == 0;
    return ST_OK;
  }
  for (int i = 0; i < p->nparts && i < PROV_LYNC_DEPTH; i++)
    if (strcasecmp(p->parts[i], PROV_LYNC_KEY[i]) != 0) return ST_OK;
  if (p->nparts <= PROV_LYNC_DEPTH) {
    k->exists = true;
    return ST_OK;
  }
  if (p->nparts > PROV_LYNC_DEPTH + 2) return ST_OK;
  ProvUserHit hit = {0};
  Status st = prov_user_key(c, p->parts[PROV_LYNC_DEPTH], &hit);
  if (st != ST_OK || !hit.found) return st;
  if (p->nparts == PROV_LYNC_DEPTH + 1) k->exists = true;
  else if (strcasecmp(p->parts[PROV_LYNC_DEPTH + 1], "UCS") == 0) {
    k->exists = k->in_ucs_mode = hit.in_ucs_mode;
  }
  return ST_OK;
}

/* HKEY_CURRENT_USER\Software\... down to `depth` key names, as typed. */
static Value prov_reg_text(const ProvPath *p, int depth, const char *provider) {
  Value s = val_strf("%s%s%s", provider ? provider : "", provider ? "::" : "",
                     PROV_HIVE_NAME[p->hive]);
  for (int i = 0; i < depth; i++) {
    val_str_append(&s, "\\", 1);
    val_str_append(&s, p->parts[i], strlen(p->parts[i]));
  }
  return s;
}

/* ---------------------------------------------------------------- errors */

static Status prov_not_found(CmdCtx *c, const char *shown) {
  return obj_fail(c, "System.Management.Automation.ItemNotFoundException",
                  "PathNotFound,Microsoft.PowerShell.Commands.GetItemPropertyCommand",
                  "ObjectNotFound", val_cstr(shown),
                  "Cannot find path '%s' because it does not exist.", shown);
}

static Status prov_no_drive(CmdCtx *c, const char *typed) {
  int n = (int)strcspn(typed, ":");
  return obj_fail(c, "System.Management.Automation.DriveNotFoundException",
                  "DriveNotFound,Microsoft.PowerShell.Commands.GetItemPropertyCommand",
                  "ObjectNotFound", val_str(typed, (size_t)n),
                  "Cannot find drive. A drive with the name '%.*s' does not exist.", n, typed);
}

static Status prov_not_supported(CmdCtx *c, const char *typed, const char *why) {
  return obj_fail(c, "System.Management.Automation.PSNotSupportedException",
                  "NotSupported,Microsoft.PowerShell.Commands.GetItemPropertyCommand",
                  "NotImplemented", val_cstr(typed), "%s", why);
}

/* ---------------------------------------------------------------- Test-Path */

typedef enum { PT_ANY, PT_CONTAINER, PT_LEAF } ProvPathType;

static ProvPathType prov_path_type(CmdCtx *c) {
  static const char *const NAMES[] = {"Any", "Container", "Leaf"};
  Value *v = cmd_arg(c, "PathType");
  char *s = v ? conv_to_cstr(*v, NULL) : NULL;
  ProvPathType t = PT_ANY;
  for (int i = 0; s && i < 3; i++)
    if (obj_ci_eq(s, NAMES[i])) t = (ProvPathType)i;
  free(s);
  return t;
}

static bool prov_fs_test(const char *path, ProvPathType want) {
  struct stat sb;
  if (stat(path, &sb) != 0) return false;
  bool dir = S_ISDIR(sb.st_mode);
  return want == PT_ANY || (want == PT_CONTAINER) == dir;
}

/* Env: and Variable: items are leaves; their drive roots are containers. */
static bool prov_item_test(CmdCtx *c, const ProvPath *p, ProvPathType want) {
  if (p->nparts == 0) return want != PT_LEAF;
  if (p->nparts != 1 || want == PT_CONTAINER) return false;
  return p->kind == PK_ENV ? getenv(p->parts[0]) != NULL
                           : interp_var_get(c->I, p->parts[0]) != NULL;
}

static Status prov_test_one(CmdCtx *c, const char *typed, ProvPathType want, bool *out) {
  ProvPath p;
  prov_parse(typed, &p);
  Status st = ST_OK;
  *out = false;
  if (p.kind == PK_REG) {
    ProvKey k;
    st = prov_reg_key(c, &p, &k);
    *out = k.exists && want != PT_LEAF; /* registry keys are containers */
  } else if (p.kind == PK_ENV || p.kind == PK_VAR) {
    *out = prov_item_test(c, &p, want);
  } else if (p.kind == PK_FS) {
    bool ok;
    char *err;
    st = prov_fs_resolve(c, &p, &ok, &err);
    *out = ok && prov_fs_test(p.buf, want);
    free(err);
  }
  prov_path_free(&p);
  return st;
}

/* The paths of -Path or -LiteralPath; an empty one is the binding error
 * of Windows PowerShell 5.1 (statement-terminating). */
static Status prov_paths(CmdCtx *c, char ***paths, int *n) {
  const char *param = cmd_arg(c, "Path") ? "Path" : "LiteralPath";
  *paths = obj_strs(cmd_arg(c, param), n);
  for (int i = 0; i < *n; i++) {
    if (*(*paths)[i]) continue;
    obj_strs_free(*paths, *n);
    *paths = NULL, *n = 0;
    char fqid[160], cls[64];
    size_t k = 0; /* Test-Path -> TestPathCommand */
    for (const char *t = c->cmd->def->name; *t && k + 1 < sizeof cls; t++)
      if (*t != '-') cls[k++] = *t;
    cls[k] = 0;
    snprintf(fqid, sizeof fqid,
             "ParameterArgumentValidationErrorEmptyStringNotAllowed,"
             "Microsoft.PowerShell.Commands.%sCommand", cls);
    RtError e = {0};
    rt_fail(&e, "System.Management.Automation.ParameterBindingValidationException", fqid,
            "InvalidData", "Cannot bind argument to parameter '%s' because it is an empty string.",
            param);
    Value rec = interp_error_record(c->I, &e, c->at, c->cmd->name, val_null());
    rt_error_clear(&e);
    return interp_raise(c->I, rec, false);
  }
  return ST_OK;
}

static Status tp_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  int n = 0;
  char **paths;
  Status st = prov_paths(c, &paths, &n);
  bool valid_only = cmd_switch(c, "IsValid");
  ProvPathType want = prov_path_type(c);
  for (int i = 0; i < n && st == ST_OK; i++) {
    bool yes = true;
    if (!valid_only) st = prov_test_one(c, paths[i], want, &yes);
    if (st == ST_OK) st = cmd_emit(c, val_bool(yes));
  }
  obj_strs_free(paths, n);
  return st;
}

/* ---------------------------------------------------------------- Get-ItemProperty */

/* The values of the key that -Name selects (all without -Name). */
typedef struct ProvValue {
  const char *name;
  int32_t data;
} ProvValue;

static int prov_key_values(const ProvKey *k, ProvValue *out) {
  if (!k->in_ucs_mode) return 0;
  out[0] = (ProvValue){"InUCSMode", PROV_IN_UCS_MODE};
  return 1;
}

static bool prov_name_wanted(char **names, int n, const char *name) {
  return n == 0 || obj_match_any(names, n, name);
}

/* PowerShell's error for a -Name that is not a value of the key. */
static Status prov_missing_names(CmdCtx *c, const ProvPath *p, char **names, int n,
                                 const ProvValue *vals, int nv) {
  Status st = ST_OK;
  for (int i = 0; i < n && st == ST_OK; i++) {
    if (strpbrk(names[i], "*?[")) continue;
    bool found = false;
    for (int k = 0; k < nv && !found; k++) found = obj_ci_eq(names[i], vals[k].name);
    if (found) continue;
    Value key = prov_reg_text(p, p->nparts, NULL);
    st = obj_fail(c, "System.Management.Automation.PSArgumentException",
                  "System.Management.Automation.PSArgumentException,"
                  "Microsoft.PowerShell.Commands.GetItemPropertyCommand",
                  "InvalidArgument", val_cstr(names[i]), "Property %s does not exist at path %s.",
                  names[i], val_sdata(key));
    val_unref(key);
  }
  return st;
}

static Value prov_reg_object(const ProvPath *p, const ProvValue *vals, int nv) {
  Value o = val_pscustom_new();
  for (int i = 0; i < nv; i++) val_obj_set(o, vals[i].name, val_int(vals[i].data));
  val_obj_set(o, "PSPath", prov_reg_text(p, p->nparts, PROV_REGISTRY));
  val_obj_set(o, "PSParentPath", prov_reg_text(p, p->nparts ? p->nparts - 1 : 0, PROV_REGISTRY));
  val_obj_set(o, "PSChildName",
              val_cstr(p->nparts ? p->parts[p->nparts - 1] : PROV_HIVE_NAME[p->hive]));
  if (p->drive) val_obj_set(o, "PSDrive", val_cstr(p->drive));
  val_obj_set(o, "PSProvider", val_cstr(PROV_REGISTRY));
  return o;
}

static Status prov_reg_props(CmdCtx *c, const ProvPath *p, char **names, int n) {
  ProvKey k;
  Status st = prov_reg_key(c, p, &k);
  if (st != ST_OK) return st;
  if (!k.exists) return prov_not_found(c, p->typed);
  ProvValue all[4], keep[4];
  int nall = prov_key_values(&k, all), nkeep = 0;
  for (int i = 0; i < nall; i++)
    if (prov_name_wanted(names, n, all[i].name)) keep[nkeep++] = all[i];
  st = prov_missing_names(c, p, names, n, all, nall);
  if (st != ST_OK || nkeep == 0) return st;
  Value o = prov_reg_object(p, keep, nkeep);
  st = cmd_emit(c, o);
  val_unref(o);
  return st;
}

static Status prov_fs_props(CmdCtx *c, ProvPath *p) {
  bool ok;
  char *err;
  Status st = prov_fs_resolve(c, p, &ok, &err);
  if (st != ST_OK || !ok) {
    if (st == ST_OK)
      st = lab_fail(c, "DrivesUnavailable", "OpenError", "%s", err ? err : "No drives folder.");
    free(err);
    return st;
  }
  struct stat sb;
  if (stat(p->buf, &sb) != 0) {
    char *abs = NULL;
    if (drives_is_windows(p->typed)) {
      abs = xstrdup(p->typed);
    } else if (p->buf[0] != '/') {
      char cwd[4096];
      abs = xmalloc(strlen(p->buf) + sizeof cwd + 2);
      sprintf(abs, "%s/%s", getcwd(cwd, sizeof cwd) ? cwd : ".", p->buf);
    }
    st = prov_not_found(c, abs ? abs : p->buf);
    free(abs);
    return st;
  }
  return prov_not_supported(c, p->typed,
                            "Get-ItemProperty does not read file-system items in ucsh yet; "
                            "it reads the registry keys of the lab's Lync clients (HKCU:).");
}

static Status gip_one(CmdCtx *c, const char *typed, char **names, int n) {
  ProvPath p;
  prov_parse(typed, &p);
  Status st;
  switch (p.kind) {
  case PK_REG: st = prov_reg_props(c, &p, names, n); break;
  case PK_FS: st = prov_fs_props(c, &p); break;
  case PK_NODRIVE: st = prov_no_drive(c, typed); break;
  default:
    st = prov_not_supported(c, typed, "Cannot use interface. The IPropertyCmdletProvider "
                                      "interface is not supported by this provider.");
    break;
  }
  prov_path_free(&p);
  return st;
}

static Status gip_process(CmdCtx *c, Value in, bool has_input) {
  (void)in, (void)has_input;
  int np = 0, nn = 0;
  char **paths;
  Status st = prov_paths(c, &paths, &np);
  char **names = obj_strs(cmd_arg(c, "Name"), &nn);
  for (int i = 0; i < np && st == ST_OK; i++) st = gip_one(c, paths[i], names, nn);
  obj_strs_free(paths, np);
  obj_strs_free(names, nn);
  return st;
}

/* ---------------------------------------------------------------- the table */

static const ParamDef tp_params[] = {
    {"Path", NULL, T_STRING, true, 0, 0, NULL,
     "The paths to test: a registry key (HKCU:\\...), Env:NAME, Variable:NAME or a file-system "
     "path. Wildcards are not expanded.",
     "Path,0,MVP"},
    {"LiteralPath", "PSPath", T_STRING, true, -1, 0, NULL,
     "The paths to test, exactly as written.", "LiteralPath,-1,MP"},
    {"PathType", "Type", T_STRING, false, -1, 0, "Any,Container,Leaf",
     "Container: a registry key or a directory; Leaf: a file or an Env:/Variable: item."},
    {"IsValid", NULL, T_SWITCH, false, -1, PF_SWITCH, NULL,
     "Test only whether the path is well formed (always True here)."},
};

static const ParamDef gip_params[] = {
    {"Path", NULL, T_STRING, true, 0, 0, NULL,
     "The registry keys to read (HKCU:\\... or Registry::HKEY_CURRENT_USER\\...).",
     "Path,0,MP"},
    {"LiteralPath", "PSPath", T_STRING, true, -1, 0, NULL, "The keys, exactly as written.",
     "LiteralPath,-1,MP"},
    {"Name", "PSProperty", T_STRING, true, 1, 0, NULL,
     "Only these values of the key (wildcards permitted)."},
};

static const CmdExample tp_ex[] = {
    {"Test-Path -Path \"HKCU:\\Software\\Microsoft\\Office\\15.0\\Lync\\sip:kenmyer@litwareinc.com"
     "\\UCS\"",
     "True when Ken's Lync 2013 client has recorded that his contacts are in the unified "
     "contact store (M7)."},
    {"Test-Path -Path C:\\Logs\\ExportedUserData.zip -PathType Leaf",
     "True when the file exists."},
    {NULL, NULL},
};

static const CmdExample gip_ex[] = {
    {"Get-ItemProperty -Path \"HKCU:\\Software\\Microsoft\\Office\\15.0\\Lync\\sip:kenmyer@"
     "litwareinc.com\\UCS\"",
     "The seed 002 check: InUCSMode is 2165 when Ken's contacts are in the unified contact "
     "store; the key does not exist otherwise."},
    {NULL, NULL},
};

const CmdDef provider_cmdlets[] = {
    {"Test-Path", NULL, tp_params, NP(tp_params), 0, NULL, tp_process, NULL,
     "Determines whether all elements of a path exist.", NULL, "Path", NULL, "System.Boolean",
     "The Test-Path cmdlet returns True for each path that exists and False otherwise. "
     "Registry paths (HKCU:) read the lab's simulated Lync client registry: the key "
     "Software\\Microsoft\\Office\\15.0\\Lync\\<SIP URL>\\UCS exists while that user's contacts "
     "are in the unified contact store. Env: and Variable: paths test environment and shell "
     "variables; other paths test the file system (\\ read as /).",
     tp_ex},
    {"Get-ItemProperty", "gp", gip_params, NP(gip_params), 0, NULL, gip_process, NULL,
     "Gets the properties of a specified item.", NULL, "Path", NULL,
     "System.Management.Automation.PSCustomObject",
     "The Get-ItemProperty cmdlet reads the values of registry keys of the lab's simulated Lync "
     "client registry (HKCU:). Under Software\\Microsoft\\Office\\15.0\\Lync\\<SIP URL>\\UCS, "
     "InUCSMode is 2165 while that user's contacts are in the unified contact store (M7). The "
     "object has the key's values, then PSPath, PSParentPath, PSChildName, PSDrive and "
     "PSProvider. A missing key is an ItemNotFoundException; file-system items are not "
     "supported yet.",
     gip_ex},
    {NULL, NULL, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL},
};
