#!/bin/sh
# run.sh - run one libFuzzer target for a given time, sandboxed.
#
#   sh tests/fuzz/run.sh BUILD_DIR TARGET SECONDS
#
# BUILD_DIR is a clang build configured with -DUCSH_FUZZ=ON -DUCSH_SANITIZE=ON
# (ASan and UBSan). TARGET is parse, binder, eval, csv, json or store. The
# target runs in a fresh work folder holding a copy of its committed corpus
# (plus every test script, for parse and eval); the targets that run scripts
# chroot into that folder (fuzz_host.h), so a script can write or remove
# only what is in it. Leak detection is on. At the end the script prints the
# run's figures and lists any crash, leak or timeout file; it exits non-zero
# when there is one. Findings become regression inputs in
# tests/fuzz/corpus/TARGET, which ctest replays.
set -eu
[ $# -eq 3 ] || { echo "usage: run.sh BUILD_DIR TARGET SECONDS" >&2; exit 64; }
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BIN=$(cd "$1" && pwd)/tests/fuzz_$2
T=$2 SECS=$3
[ -x "$BIN" ] || { echo "run.sh: no $BIN (configure with -DUCSH_FUZZ=ON)" >&2; exit 1; }
W=$(mktemp -d "${TMPDIR:-/tmp}/ucsh-fuzz-$T.XXXXXX")
mkdir -p "$W/corpus" "$W/seeds" "$W/artifacts"
cp -r "$SRC/tests/fuzz/corpus/$T/." "$W/corpus/"
case $T in parse | eval) find "$SRC/tests/golden" "$SRC/scripts" -name '*.ps1' \
    -exec cp {} "$W/seeds/" \; ;; esac
MAXLEN=4096
[ "$T" = store ] && MAXLEN=65536
cd "$W"
# The script-running targets chroot into "." when allowed (root, with /proc
# bound inside: LeakSanitizer reads /proc/self). Otherwise they run in a
# temporary folder, unconfined.
if [ "$(id -u)" = 0 ] && mkdir proc && mount --bind /proc proc 2>/dev/null; then
  export UCSH_FUZZ_CHROOT=1
  trap 'umount "$W/proc" 2>/dev/null || true' EXIT
else
  echo "run.sh: no chroot (not root, or /proc cannot be bound); scripts run unconfined" >&2
fi
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  "$BIN" -max_total_time="$SECS" -max_len="$MAXLEN" -timeout=20 -rss_limit_mb=2048 \
  -artifact_prefix=artifacts/ -print_final_stats=1 corpus seeds >run.log 2>&1 || true
grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ *DONE" run.log || true
found=$(ls artifacts | wc -l)
echo "run.sh: $T for ${SECS}s in $W: $found finding(s)"
ls artifacts
[ "$found" = 0 ]
