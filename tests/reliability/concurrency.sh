#!/bin/sh
# concurrency.sh UCSH STORE_INTEGRITY [ROUNDS N READS PROCS] - several ucsh
# processes on one store file at once (issue 7 point 3), with the workloads
# of concurrency.ps1:
#   1. PROCS (default "2 4") processes at once, each on its own N users:
#      per-user grants, sign-ins, migrations and permanent rollbacks, ROUNDS
#      times. Every user must end exactly as a serial run leaves it (Lync
#      Server, policy Off, 3 contacts, nothing scheduled) and the event log
#      must hold every command's events (per kind, per user).
#   2. as many processes at once on the same N users, each granting its own
#      policy (odd processes one that allows the unified contact store, even
#      ones one that does not), signing in, migrating and rolling back, every
#      command one transaction over all N users: all N users must share one
#      state (any serial order of whole commands leaves them alike), one of
#      the granted policies, 3 contacts; a Migrating or RollingBack state has
#      its scheduled check; every grant's N events are logged, each kind's
#      count is a multiple of N, and the migrations and rollbacks started
#      minus those ended is what the final state says.
#   3. a reader doing READS (default 10,000) Get-CsLabUser reads while
#      another process migrates and rolls back the whole pool in a loop:
#      every read shows a consistent user (3 contacts, condition Ok, the
#      pool's policy; Migrating or RollingBack only with a NextCheck and,
#      Migrating, signed in with Lync 2013), and the reads must have seen at
#      least two states (the test is not vacuous).
# After each: every process exited 0 with an empty stderr (a "database is
# locked" or any other error fails it), and PRAGMA integrity_check is ok.
# Prints figures and "N passed, N failed". The ctest (reliability/
# concurrency) runs the defaults; a long form, for example:
#   sh tests/reliability/concurrency.sh build/ucsh build/store_integrity 20 2000 100000 "2 4 8"
ucsh=$1
check=$2
rounds=${3:-2}
n=${4:-100}
reads=${5:-10000}
procs=${6:-"2 4"}
case $ucsh in /*) ;; *) ucsh=$PWD/$ucsh ;; esac
case $check in /*) ;; *) check=$PWD/$check ;; esac
here=$(cd "$(dirname "$0")" && pwd)
ps1=$here/concurrency.ps1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }
now() { date +%s.%N 2>/dev/null || date +%s; }
lab() { UCSH_STORE=:memory: "$ucsh" -NonInteractive -Store "$store" -Command "$1"; }
# start NAME ARGS...: one workload process in the background, its pid kept
start() {
  name=$1; shift
  (UCSH_STORE=:memory: "$ucsh" -NonInteractive -Store "$store" -File "$ps1" "$@" \
    >"$tmp/$name.out" 2>"$tmp/$name.err"; echo $? >"$tmp/$name.rc") &
}
# clean NAMES...: each process exited 0 and wrote nothing to stderr
clean() {
  for q in "$@"; do
    rc=$(cat "$tmp/$q.rc" 2>/dev/null)
    if grep -qi 'locked\|busy' "$tmp/$q.err"; then
      bad "$label: $q saw a busy store: $(grep -i -m1 'locked\|busy' "$tmp/$q.err")"
    elif [ -s "$tmp/$q.err" ] || [ "$rc" != 0 ]; then
      bad "$label: $q exited ${rc:-?}: $(head -3 "$tmp/$q.err")"
    else ok; fi
  done
}
integrity() {
  res=$("$check" "$store" 2>&1)
  if [ "$res" = ok ]; then ok; else bad "$label: integrity_check: $(echo "$res" | head -3)"; fi
}
# users: Name|ContactStore|ContactCount|DataCondition|NextCheck|Policy|SignedIn|Client
users() {
  lab 'Get-CsLabUser | ForEach-Object { "$($_.DisplayName)|$($_.ContactStore)|$($_.ContactCount)|" +
    "$($_.DataCondition)|$($_.NextCheck)|$($_.UserServicesPolicy)|$($_.SignedIn)|$($_.ClientVersion)" }'
}
events() { lab 'Get-CsLabEvent | ForEach-Object { "$($_.User)|$($_.Kind)" }'; }

for p in $procs; do
  # ---- 1. p processes, each on its own users
  label="$p writers, own users"
  store=$tmp/own$p.db
  setup='New-CsUserServicesPolicy -Identity Off -UcsAllowed $False | Out-Null'
  for i in $(seq "$p"); do
    setup="$setup; New-CsLabUser -DisplayName 'R$i User' -Count $n -Contacts 3 | Out-Null"
    setup="$setup; New-CsUserServicesPolicy -Identity C$i -UcsAllowed \$True | Out-Null"
  done
  lab "$setup"
  t0=$(now)
  for i in $(seq "$p"); do start own$i range "R$i User" "$n" "$rounds" "C$i" Off x; done
  wait
  t1=$(now)
  clean $(for i in $(seq "$p"); do echo own$i; done)
  users >"$tmp/users"
  got=$(awk -F'|' '$1 ~ /^R[0-9]+ User / && !($2 == "LyncServer" && $3 == 3 && $4 == "Ok" &&
    $5 == "" && $6 == "Off") { print; exit }' "$tmp/users")
  cnt=$(grep -c '^R[0-9]* User ' "$tmp/users")
  if [ -z "$got" ] && [ "$cnt" = $((p * n)) ]; then ok; else bad "$label: $cnt users, e.g. $got"; fi
  # per user: 2 grants a round; one migration started, completed, rolled back
  # (started, completed, permanent) a round
  events | awk -F'|' -v r="$rounds" -v want=$((p * n)) '
    $1 ~ /^sip:r[0-9]+user/ { k[$1] = 1
      if ($2 == "PolicyGranted") g[$1]++
      else if ($2 ~ /^MigrationStarted/) ms[$1]++
      else c[$1 "|" $2]++ }
    END { for (u in k) { n++
        if (g[u] != 2 * r || ms[u] != r || c[u "|MigrationCompleted"] != r ||
            c[u "|RollbackStarted"] != r || c[u "|RollbackCompleted"] != r ||
            c[u "|RollbackPermanent"] != r) { print u ": grants " g[u] ", migrations " ms[u] \
            ", completed " c[u "|MigrationCompleted"] ", rollbacks " c[u "|RollbackStarted"] \
            "/" c[u "|RollbackCompleted"]; exit 1 } }
      if (n != want) { print n " users in the event log, not " want; exit 1 } }' >"$tmp/ev" &&
    ok || bad "$label: event log: $(cat "$tmp/ev")"
  integrity
  txs=$((p * rounds * (2 * n + 4)))
  echo "$label: $p x $rounds rounds x $n users, $txs transactions in $(echo "$t1 - $t0" | bc 2>/dev/null || echo ?) s"

  # ---- 2. p processes on the same users
  label="$p writers, shared users"
  store=$tmp/shared$p.db
  setup="New-CsLabUser -DisplayName 'S User' -Count $n -Contacts 3 | Out-Null"
  for i in $(seq "$p"); do
    allowed='$True'; [ $((i % 2)) = 0 ] && allowed='$False'
    setup="$setup; New-CsUserServicesPolicy -Identity S$i -UcsAllowed $allowed | Out-Null"
  done
  lab "$setup"
  t0=$(now)
  for i in $(seq "$p"); do start shared$i shared "S User" "$n" "$rounds" "S$i" - x; done
  wait
  t1=$(now)
  clean $(for i in $(seq "$p"); do echo shared$i; done)
  users | grep '^S User ' | cut -d'|' -f2- | sort | uniq -c >"$tmp/states"
  final=$(awk '{ $1 = ""; sub(/^ /, ""); print }' "$tmp/states")
  if [ "$(wc -l <"$tmp/states")" = 1 ] && [ "$(awk '{ print $1 }' "$tmp/states")" = "$n" ] &&
    echo "$final" | awk -F'|' -v p="$p" '$2 == 3 && $3 == "Ok" && $5 ~ /^S[0-9]+$/ &&
      substr($5, 2) + 0 >= 1 && substr($5, 2) + 0 <= p &&
      (($1 != "Migrating" && $1 != "RollingBack") || $4 != "") { ok = 1 } END { exit !ok }'
  then ok; else bad "$label: the users differ or are inconsistent:"; cat "$tmp/states"; fi
  events | awk -F'|' -v n="$n" -v want=$((p * rounds * n)) -v st="${final%%|*}" '
    $1 ~ /^sip:suser/ { c[$2]++ }
    END { if (c["PolicyGranted"] != want) { print "grants " c["PolicyGranted"] ", not " want; exit 1 }
      for (k in c) if (c[k] % n) { print k " " c[k] " times, not a multiple of " n; exit 1 }
      m = c["MigrationStarted"] + c["MigrationStartedByPolicy"] + c["RemigrationStarted"] - \
          c["MigrationCompleted"] - c["MigrationCancelled"]
      b = c["RollbackStarted"] - c["RollbackCompleted"]
      if (m != (st == "Migrating") * n || b != (st == "RollingBack") * n) {
        print "final state " st " but " m " migrations and " b " rollbacks open"; exit 1 }
      for (k in c) if (c[k]) printf "%s %d, ", k, c[k] / n; print "" }' >"$tmp/ev" &&
    ok || bad "$label: event log: $(cat "$tmp/ev")"
  integrity
  echo "$label: $p x $rounds rounds on $n users in $(echo "$t1 - $t0" | bc 2>/dev/null || echo ?) s," \
    "final: $final; events per user: $(cat "$tmp/ev")"
done

# ---- 3. a reader during pool-wide migrations
label="reader during migrations"
store=$tmp/pool.db
lab "New-CsLabUser -DisplayName 'Pool User' -Count $n -Contacts 3 | Out-Null
  New-CsUserServicesPolicy -Identity Pool -UcsAllowed \$True | Out-Null
  Get-CsUser -Filter {RegistrarPool -eq 'atl-cs-001.litwareinc.com'} |
    Grant-CsUserServicesPolicy -PolicyName Pool"
t0=$(now)
start migrate migrate "Pool User" "$n" 0 Pool - "$tmp/stop"
start reader reader "Pool User" "$n" "$reads" Pool - -
while [ ! -f "$tmp/reader.rc" ]; do sleep 0.05; done
touch "$tmp/stop"
wait
t1=$(now)
clean migrate reader
awk -F'|' -v want="$reads" '
  { n++; seen[$2]++
    why = ""
    if ($1 !~ /^Pool User [0-9]+$/) why = "no user"
    else if ($3 != 3) why = $3 " contacts"
    else if ($4 != "Ok") why = "condition " $4
    else if ($6 != "Pool" || $7 != "True") why = "policy " $6 "/" $7
    else if ($2 != "LyncServer" && $2 != "Migrating" && $2 != "UnifiedContactStore" &&
             $2 != "RollingBack") why = "state " $2
    else if (($2 == "Migrating" || $2 == "RollingBack") && $5 == "") why = $2 " without a NextCheck"
    else if ($2 == "Migrating" && ($8 != "True" || $9 != "2013")) why = "Migrating, not signed in with 2013"
    if (why != "" && bad++ < 5) print "read " n ": " why ": " $0 }
  END { for (s in seen) { k++; printf "%s %d, ", s, seen[s] }
    print n " reads"
    if (n != want) { print "not " want " reads"; exit 1 }
    if (k < 2) { print "the reads saw one state only: vacuous"; exit 1 }
    exit bad > 0 }' "$tmp/reader.out" >"$tmp/rd" && ok || bad "$label: $(cat "$tmp/rd")"
integrity
echo "$label: $(sed 's/^cycles //' "$tmp/migrate.out") pool-wide migration cycles of $n users;" \
  "reads by state: $(tail -1 "$tmp/rd"); $(echo "$t1 - $t0" | bc 2>/dev/null || echo ?) s"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
