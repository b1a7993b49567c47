#!/bin/sh
# tests/reliability/crash_long.sh - the long form of the crash-consistency
# test (issue 7 point 1): 100 SIGKILLs at random points of the migration-and-
# rollback runbook on 10,000 users, each followed by the checks of crash.sh
# (which ctest runs in its quick form: 10 kills on 2,000 users). Prints the
# figures. A few minutes on the shared 2-core machine.
#
# Usage: sh tests/reliability/crash_long.sh [BUILD_DIR]   (default: build)
#   CRASH_SEED, CRASH_CHAIN, CRASH_CONTACTS, CRASH_KEEP: as for crash.sh.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
exec sh "$here/crash.sh" "$build" "${CRASH_USERS:-10000}" "${CRASH_KILLS:-100}"
