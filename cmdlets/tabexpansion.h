/* tabexpansion.h - TabExpansion2 (tabexpansion.c): tab completion as
 * PowerShell exposes it to scripts, over runtime/complete.c. Its row sits
 * in help.c's table (help_cmdlets), with Get-Command and Get-Help. */
#ifndef UCSH_TABEXPANSION_H
#define UCSH_TABEXPANSION_H

#include "../runtime/command.h"

#define TABEXP_NPARAMS 3
extern const ParamDef tabexp_params[TABEXP_NPARAMS];
extern const CmdExample tabexp_examples[];
Status tabexp_process(CmdCtx *c, Value in, bool has_input);

#define TABEXP_ROW                                                                             \
  {"TabExpansion2", NULL, tabexp_params, TABEXP_NPARAMS, 0, NULL, tabexp_process, NULL,       \
   "Gets the tab completions of a command line at a cursor position.", NULL, "ScriptInputSet", \
   NULL, "System.Management.Automation.CommandCompletion",                                     \
   "Returns what the Tab key would offer for -inputScript with the cursor at -cursorColumn "   \
   "(default: the end): a CommandCompletion object with CompletionMatches (CompletionText, "   \
   "ListItemText, ResultType, ToolTip), ReplacementIndex and ReplacementLength. Command "      \
   "names, parameter names, parameter values (ValidateSet values, policy names, users, "       \
   "pools, files) and variables are completed.",                                               \
   tabexp_examples}

#endif
