/* views.c - default views of the built-in cmdlets' output types, as
 * Windows PowerShell 5.1's format files (DotNetTypes.format.ps1xml,
 * PowerShellCore.format.ps1xml) declare them, so Out-Default shows them the
 * way an administrator knows them. Widths of 0 are sized from the data. */
#include "cmdlets.h"
#include "../runtime/format.h"

/* Get-CsUser's default properties (cs_user.c USER_PROPS, in order). */
#define CSU_VIEW                                                                               \
  "Identity,VoicePolicy,VoiceRoutingPolicy,ConferencingPolicy,PresencePolicy,DialPlan,"       \
  "LocationPolicy,ClientPolicy,ClientVersionPolicy,ArchivingPolicy,ExchangeArchivingPolicy,"  \
  "PinPolicy,ExternalAccessPolicy,MobilityPolicy,PersistentChatPolicy,UserServicesPolicy,"    \
  "HostedVoiceMail,HostedVoicemailPolicy,HostingProvider,RegistrarPool,Enabled,SipAddress,"   \
  "LineURI,EnterpriseVoiceEnabled,ExUmEnabled,HomeServer,DisplayName,SamAccountName"

typedef struct ViewRow {
  const char *type_name;
  FmtShape shape;
  const char *props;
  int widths[6];
} ViewRow;

static const ViewRow views[] = {
    {"Microsoft.PowerShell.Commands.GenericMeasureInfo", FMT_LIST,
     "Count,Average,Sum,Maximum,Minimum,Property", {0}},
    {"Microsoft.PowerShell.Commands.TextMeasureInfo", FMT_TABLE,
     "Lines,Words,Characters,Property", {0}},
    {"Microsoft.PowerShell.Commands.GroupInfo", FMT_TABLE, "Count:R,Name,Group", {5, 25, 0}},
    {"Microsoft.PowerShell.Commands.GroupInfoNoElement", FMT_TABLE, "Count:R,Name", {5, 25}},
    {"System.Management.Automation.PSVariable", FMT_TABLE, "Name,Value", {30, 0}},
    {"Microsoft.PowerShell.Commands.HistoryInfo", FMT_TABLE, "Id:R,CommandLine", {4, 0}},
    /* 5.1 adds Version and Source (module) columns; ucsh has no modules */
    {"System.Management.Automation.CmdletInfo", FMT_TABLE, "CommandType,Name", {15, 0}},
    {"System.Management.Automation.FunctionInfo", FMT_TABLE, "CommandType,Name", {15, 0}},
    {"System.Management.Automation.AliasInfo", FMT_TABLE, "CommandType,DisplayName", {15, 0}},
    /* file-system cmdlets (files.c): 5.1's FileSystem.format.ps1xml columns, without its
     * "Directory: <path>" group header; LastWriteTime shows the whole date */
    {"System.Management.Automation.PathInfo", FMT_TABLE, "Path", {0}},
    {"System.IO.FileInfo", FMT_TABLE, "Mode,LastWriteTime:R,Length:R,Name", {7, 25, 14, 0}},
    {"System.IO.DirectoryInfo", FMT_TABLE, "Mode,LastWriteTime:R,Length:R,Name", {7, 25, 14, 0}},
    /* policy and user cmdlets (cs_policy.c, cs_user.c): lists, as the Lync Server
     * Management Shell prints its configuration and user objects */
    {"Microsoft.Rtc.Management.WritableConfig.Policy.UserServices.UserServicesPolicy", FMT_LIST,
     "Identity,UcsAllowed,MigrationDelayInDays", {0}},
    {"Microsoft.Rtc.Management.ADConnect.Schema.ADUser", FMT_LIST, CSU_VIEW, {0}},
    {"Microsoft.Rtc.Management.ADConnect.Schema.OCSUserOrAppContact", FMT_LIST, CSU_VIEW, {0}},
    {"Microsoft.Rtc.Management.Xds.GetOCsUserPoolInfoCmdlet+UserInformation", FMT_LIST,
     "Identity,PrimaryPoolFqdn,BackupPoolFqdn,UserServicesPoolFqdn,"
     "PrimaryPoolMachinesInPreferredOrder,BackupPoolMachinesInPreferredOrder", {0}},
    {"Microsoft.Rtc.Management.Xds.DisplayPool", FMT_LIST, "Identity,Services,Computers,Fqdn,Site",
     {0}},
    {"Microsoft.Rtc.Management.Xds.DisplaySite", FMT_LIST,
     "Identity,SiteId,Services,Pools,FederationRoute,XmppFederationRoute,DisplayName,"
     "Description,ParentSite,Kind", {0}},
    /* lab cmdlets (cs_lab.c) */
    {"Ucsh.Lab.User", FMT_LIST,
     "DisplayName,SipAddress,RegistrarPool,PoolVersion,ExchangeVersion,MailboxSignedIn,"
     "ClientVersion,SignedIn,ContactStore,ContactCount,DataCondition,RelogonRequired,"
     "UserServicesPolicy,EffectiveUcsAllowed,NextCheck,MigrationBlockers", {0}},
    {"Ucsh.Lab.Contact", FMT_TABLE, "SipAddress,Group,Location,ReadOnly", {0}},
    {"Ucsh.Lab.Event", FMT_LIST, "Time,User,Event", {0}},
    /* UCS operation cmdlets (cs_ucs.c): the synthetic transactions' five lines as the
     * Lync Server 2013 test pages print them; the properties are TargetFqdn and Error
     * ("recorded in the Error and Diagnosis properties", Dn727309) */
    {"Microsoft.Rtc.SyntheticTransactions.WebTaskOutput", FMT_LIST,
     "TargetFqdn=Target Fqdn,Result,Latency,Error=Error Message,Diagnosis", {0}},
    {"Microsoft.Rtc.Management.ResourceData", FMT_LIST,
     "TargetFqdn=Target Fqdn,Result,Latency,Error=Error Message,Diagnosis", {0}},
    {"Microsoft.Rtc.Management.Presence.Cmdlets.GetUcsFrontEndData", FMT_LIST,
     "FrontEnd,UcsDisabledCount,UcsAllowedCount,UcsMigratingCount,UcsMigratedCount,"
     "FailedUserData", {0}},
    {"Microsoft.Rtc.Management.Presence.Cmdlets.GetUcsUserData", FMT_LIST,
     "UserSipAddress,UcsMigrated,ContactStore,MigrationAttempts,LastMigrationAttempt,"
     "UcsAllowed,DataCondition", {0}},
    /* administration cmdlets (cs_admin.c) */
    {"Microsoft.Rtc.Management.Deployment.Core.NTService", FMT_TABLE, "Status,Name,ActivityLevel",
     {0}},
    {"Microsoft.Rtc.Management.WritableConfig.Settings.Roles.Role", FMT_LIST,
     "Identity,SID,Cmdlets,ScriptModules,ConfigScopes,UserScopes,IsStandardRole", {0}},
    {"Microsoft.Rtc.Management.WritableConfig.Settings.SSAuth.PartnerApplication", FMT_LIST,
     "Identity,AuthToken,Name,ApplicationIdentifier,Realm,ApplicationTrustLevel,"
     "AcceptSecurityIdentifierInformation,Enabled", {0}},
    {"Ucsh.Lab.ExchangeServer", FMT_LIST,
     "Fqdn,Version,Databases,ServerToServerAuthentication,Reachable", {0}},
    /* Exchange side (cs_exchange.c), as the Exchange Management Shell prints them */
    {"Microsoft.Exchange.Data.Directory.Management.Mailbox", FMT_TABLE,
     "Name,Alias,ServerName,ProhibitSendQuota", {0}},
    {"Microsoft.Exchange.Data.Directory.Management.MoveRequest", FMT_TABLE,
     "DisplayName,Status,TargetDatabase", {0}},
    {"Microsoft.Exchange.MailboxReplicationService.MoveRequestStatistics", FMT_TABLE,
     "DisplayName,StatusDetail,TotalMailboxSize,TotalArchiveSize,PercentComplete:R", {0}},
};

void cmdlets_register_views(void) {
  for (size_t i = 0; i < sizeof views / sizeof views[0]; i++) {
    const ViewRow *v = &views[i];
    bool any = false;
    for (int k = 0; k < 6; k++) any = any || v->widths[k];
    fmt_view_register(v->type_name, v->shape, v->props, any ? v->widths : NULL);
  }
  /* Get-Member: one table per type, under "   TypeName: <type>" */
  fmt_view_register("Microsoft.PowerShell.Commands.MemberDefinition", FMT_TABLE,
                    "Name,MemberType,Definition", NULL);
  fmt_view_group("Microsoft.PowerShell.Commands.MemberDefinition", "TypeName");
}
