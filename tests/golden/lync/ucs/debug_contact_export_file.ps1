# source: cmdlets.md 9 (-ContactDataExportFileName: "If that user has not been enabled for the unified contact store, the command will terminate and no contacts will be exported")
$r = Debug-CsUnifiedContactStore -Identity "kenmyer@litwareinc.com" -ContactDataExportFileName "C:\Logs\KenContacts.xml"
"not exported"
Connect-CsLabClient -Identity "Ken Myer"
Skip-CsLabTime -Minutes 10
(Debug-CsUnifiedContactStore -Identity "kenmyer@litwareinc.com" -ContactDataExportFileName "C:\Logs\KenContacts.xml").UcsMigrated
