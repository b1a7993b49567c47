#!/bin/sh
# sync.sh [--check] - the golden cases of this area ARE the runbooks of
# scripts/: ucsh cannot yet call or dot-source a .ps1 file from a script
# (README "Known gaps"), so a one-line wrapper `& "$PSScriptRoot/../../../scripts/X.ps1"`
# does not work. This copies every scripts/*.ps1 here byte for byte (BOM
# included). With --check it only reports copies that differ or are missing
# and exits 1 if any do. The .out/.err of each case are reviewed by hand
# against the documentation (see scripts/README.md); refresh them with
# tests/golden/update.sh only after a deliberate change.
here=$(cd "$(dirname "$0")" && pwd)
scripts=$here/../../../scripts
status=0
for f in "$scripts"/*.ps1; do
  name=$(basename "$f")
  if [ "$1" = "--check" ]; then
    if ! cmp -s "$f" "$here/$name"; then
      echo "out of date: tests/golden/runbooks/$name (run tests/golden/runbooks/sync.sh)"
      status=1
    fi
  else
    cp "$f" "$here/$name"
  fi
done
for f in "$here"/*.ps1; do
  [ -e "$scripts/$(basename "$f")" ] && continue
  echo "no runbook for tests/golden/runbooks/$(basename "$f")"
  status=1
done
exit $status
