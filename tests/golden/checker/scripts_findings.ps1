# source: issue 6 point 4 ("nothing in the documented procedures of scripts/ that follow the documentation"); scripts/README.md (which runbooks show a pitfall on purpose)
# No runbook has an error; the documented procedures get no warning; the
# runbooks that show a pitfall on purpose get exactly that one.
$runbooks = 'seed001-configure-ucs', 'seed000-rollback-to-lync2010', 'seed002-migrate-users',
  'enable-users-for-ucs', 'release-note-block-all-workaround', 'test-ucs-access',
  'partner-application-s2s', 'examples-tests-and-debug', 'examples-user-data',
  'examples-user-lifecycle', 'scenario-a01-default-everyone-migrates',
  'scenario-a02-no-migration-without-2013', 'scenario-a05-permanent-rollback',
  'scenario-a08-rollback-to-lync2010', 'scenario-a12-move-cross-premises',
  'csv-enable-users', 'csv-permanent-rollback', 'pool-move-to-2010-safely', 'export-and-safe-restore',
  # pitfalls shown on purpose:
  'backup-restore-bk1-bk2', 'examples-rollback-and-move', 'examples-user-services-policy',
  'move-users-mv1-mv4', 'scenario-a04-policy-change-keeps-ucs', 'scenario-a06-temporary-rollback',
  'scenario-a09-rollback-force-loses-contacts', 'scenario-a10-exchange-rollback-blocked',
  'scenario-a11-export-import-mode-change', 'seed000-rollback-exchange-to-lync2013',
  # the E5 caution on seed 001's first half (global UcsAllowed $False with no
  # rollback after it: anyone already in UCS would stay there):
  'scenario-a03-selective-enablement', 'scenario-a07-unassign-en-dash'
foreach ($n in $runbooks) {
  $f = @(Test-CsLabRunbook "$PSScriptRoot/../../../scripts/$n.ps1")
  "{0}: {1}" -f $n, (($f | ForEach-Object { "$($_.Severity) $($_.Rule) $($_.Line)" }) -join ', ')
}
