/* drives.h - Windows file paths in documented commands ("C:\Logs\x.zip")
 * as real files of the lab.
 *
 * Drive X: is the folder <drives>/X and a UNC path \\server\share\... is
 * <drives>/UNC/server/share/..., where <drives> is $UCSH_DRIVES, else the
 * folder "drives" beside the lab store's file, else (a :memory: lab) a
 * throwaway folder that is removed when the interpreter is freed. Folders
 * on a drive are created as needed (the documents assume C:\Logs exists).
 * Any other path is used as it is, with \ read as /.
 *
 * Ownership: strings passed in are borrowed; results are malloc'd. */
#ifndef UCSH_DRIVES_H
#define UCSH_DRIVES_H

#include <stdbool.h>

#include "../runtime/interp.h"

/* The real path of `typed`; store_path is the lab store's path (":memory:"
 * for a throwaway lab). NULL and *err (owned) when the drives folder or
 * the file's folder cannot be made. */
char *drives_path(Interp *I, const char *store_path, const char *typed, char **err);

/* Does the path name a Windows drive or a UNC share? */
bool drives_is_windows(const char *typed);

#endif
