/* views.c - default views of the built-in cmdlets' output types, as
 * Windows PowerShell 5.1's format files (DotNetTypes.format.ps1xml,
 * PowerShellCore.format.ps1xml) declare them, so Out-Default shows them the
 * way an administrator knows them. Widths of 0 are sized from the data. */
#include "cmdlets.h"
#include "../runtime/format.h"

typedef struct ViewRow {
  const char *type_name;
  FmtShape shape;
  const char *props;
  int widths[6];
} ViewRow;

static const ViewRow views[] = {
    {"Microsoft.PowerShell.Commands.GenericMeasureInfo", FMT_LIST,
     "Count,Average,Sum,Maximum,Minimum,Property", {0}},
    {"Microsoft.PowerShell.Commands.TextMeasureInfo", FMT_TABLE,
     "Lines,Words,Characters,Property", {0}},
    {"Microsoft.PowerShell.Commands.GroupInfo", FMT_TABLE, "Count:R,Name,Group", {5, 25, 0}},
    {"Microsoft.PowerShell.Commands.GroupInfoNoElement", FMT_TABLE, "Count:R,Name", {5, 25}},
    {"System.Management.Automation.PSVariable", FMT_TABLE, "Name,Value", {30, 0}},
    /* 5.1 adds Version and Source (module) columns; ucsh has no modules */
    {"System.Management.Automation.CmdletInfo", FMT_TABLE, "CommandType,Name", {15, 0}},
    {"System.Management.Automation.FunctionInfo", FMT_TABLE, "CommandType,Name", {15, 0}},
    {"System.Management.Automation.AliasInfo", FMT_TABLE, "CommandType,DisplayName", {15, 0}},
};

void cmdlets_register_views(void) {
  for (size_t i = 0; i < sizeof views / sizeof views[0]; i++) {
    const ViewRow *v = &views[i];
    bool any = false;
    for (int k = 0; k < 6; k++) any = any || v->widths[k];
    fmt_view_register(v->type_name, v->shape, v->props, any ? v->widths : NULL);
  }
  /* Get-Member: one table per type, under "   TypeName: <type>" */
  fmt_view_register("Microsoft.PowerShell.Commands.MemberDefinition", FMT_TABLE,
                    "Name,MemberType,Definition", NULL);
  fmt_view_group("Microsoft.PowerShell.Commands.MemberDefinition", "TypeName");
}
