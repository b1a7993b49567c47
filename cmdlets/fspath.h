/* fspath.h - the paths the file cmdlets take (Import-Csv, Export-Csv,
 * Get-Content, Out-File, ...). A Windows path ("C:\Logs\users.csv",
 * "\\server\share\x") is a real file of the lab's drives (drives.h; that
 * needs the lab store's place, so the store is opened); any other path is
 * used as it is, "~" at its start being the home folder and "\" read as
 * "/", relative to the current directory.
 *
 * The lab store's own files (the database and its -wal, -shm and -journal
 * files) are never opened for writing by a file cmdlet.
 *
 * Ownership: typed is borrowed; results are malloc'd. */
#ifndef UCSH_FSPATH_H
#define UCSH_FSPATH_H

#include <stdbool.h>

#include "../runtime/command.h"

/* The real path of `typed`. NULL with a terminating error raised (*st)
 * when the lab's drives folder (or the file's folder on it) cannot be
 * made. */
char *fspath_resolve(CmdCtx *c, const char *typed, Status *st);

/* A path that is not a Windows one, as the shell means it: "~" at its
 * start is the home folder, "\" reads as "/". */
char *fspath_plain(const char *typed);

/* Before writing `real`: true when it is one of the lab store's files, and
 * then a terminating error naming the path has been raised (*st). */
bool fspath_refuse_write(CmdCtx *c, const char *real, Status *st);

/* The same rule for the runtime's own file writes (`>`, `>>`): the
 * interpreter's write guard (interp_set_write_guard), set by
 * cmdlets_register_all. The refusal's message (malloc'd), or NULL. */
char *fspath_write_guard(Interp *I, const char *path);

#endif
