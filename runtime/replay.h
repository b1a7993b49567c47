/* replay.h - `ucsh -Replay PAGE` (replay.c): a documentation page's
 * command lines run in order against the lab, each with its output and the
 * lab changes it caused. */
#ifndef UCSH_REPLAY_H
#define UCSH_REPLAY_H

#include <stdbool.h>

#include "interp.h"

typedef struct ReplayOptions {
  bool whatif; /* every command as with -WhatIf: nothing changes */
  bool step;   /* on a terminal, ask before each command */
} ReplayOptions;

/* Returns the process exit code: 1 when the page cannot be read. */
int replay_run(Interp *I, const char *path, const ReplayOptions *o);

#endif
