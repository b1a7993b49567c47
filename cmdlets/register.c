/* register.c - every built-in table, registered in the host's order
 * (runtime/main.c), then the default views. */
#include "cmdlets.h"
#include "fspath.h"

void cmdlets_register_all(Interp *I) {
  static const CmdDef *const TABLES[] = {
      core_cmdlets,     help_cmdlets,      object_cmdlets,    session_cmdlets,
      history_cmdlets,  format_cmdlets,    security_cmdlets,  cs_policy_cmdlets,
      cs_user_cmdlets,  cs_lab_cmdlets,    provider_cmdlets,  cs_ucs_cmdlets,
      cs_exchange_cmdlets, cs_admin_cmdlets, csv_cmdlets,    json_cmdlets,
      files_cmdlets,    checker_cmdlets,
  };
  for (size_t i = 0; i < sizeof TABLES / sizeof TABLES[0]; i++) cmd_register(I, TABLES[i]);
  cmdlets_register_views();
  interp_set_write_guard(I, fspath_write_guard); /* `>` never writes the lab store's files */
}
