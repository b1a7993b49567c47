/* complete_values.h - tab completion of the Lync cmdlets' parameter values
 * from the lab store (ParamDef.complete, see runtime/command.h): policy
 * names and identities, user display names and SIP addresses, pool FQDNs.
 * Each reads the shell's store quietly (lab_store_of): no store, no
 * candidates, and nothing printed. */
#ifndef UCSH_COMPLETE_VALUES_H
#define UCSH_COMPLETE_VALUES_H

#include "../runtime/command.h"

/* Per-user (tag) policy names: -PolicyName of Grant-CsUserServicesPolicy. */
void cv_tag_policies(Interp *I, const char *prefix, size_t max,
                     void (*add)(void *ctx, const char *text), void *ctx);
/* Policy identities as ucsh prints them (Global, Site:Redmond,
 * Service:UserServer:<fqdn>, Tag:<name>): -Identity of the policy cmdlets. */
void cv_policy_identities(Interp *I, const char *prefix, size_t max,
                          void (*add)(void *ctx, const char *text), void *ctx);
/* Users: SIP addresses when the prefix starts with sip:, else display names. */
void cv_users(Interp *I, const char *prefix, size_t max,
              void (*add)(void *ctx, const char *text), void *ctx);
/* Users' SIP addresses only (-UserSipAddress, -SipUri). */
void cv_user_sips(Interp *I, const char *prefix, size_t max,
                  void (*add)(void *ctx, const char *text), void *ctx);
/* Registrar pool FQDNs (not Lync Online). */
void cv_pools(Interp *I, const char *prefix, size_t max,
              void (*add)(void *ctx, const char *text), void *ctx);
/* Where Move-CsUser -Target can go: the pools and sipfed.online.lync.com. */
void cv_move_targets(Interp *I, const char *prefix, size_t max,
                     void (*add)(void *ctx, const char *text), void *ctx);

#endif
