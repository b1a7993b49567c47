# source: Exchange identity forms (name, alias, e-mail address, domain\alias) and its ManagementObjectNotFoundException text for a recipient that is not a mailbox
Get-Mailbox -Identity "Ken Myer" | Format-List Name,Alias,Database,ServerName,PrimarySmtpAddress
(Get-Mailbox kenmyer).Database
(Get-Mailbox "aidandelaney@litwareinc.com").Database
(Get-Mailbox "litwareinc\marcotanaka").Database
Get-Mailbox -Identity "Jonathan Haas"
