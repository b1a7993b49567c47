/* cs_user.h - the user objects of the Lync cmdlets (Get-CsUser's ADUser,
 * Grant-*'s -PassThru OCSUserOrAppContact), shared by cs_user.c and
 * cs_policy.c.
 *
 * Ownership as in runtime/value.h: arguments borrowed, results owned. */
#ifndef UCSH_CS_USER_H
#define UCSH_CS_USER_H

#include "../runtime/command.h"
#include "lab.h"
#include "store.h"

#define CSU_TYPE_ADUSER "Microsoft.Rtc.Management.ADConnect.Schema.ADUser"
#define CSU_TYPE_CONTACT "Microsoft.Rtc.Management.ADConnect.Schema.OCSUserOrAppContact"

/* The object Get-CsUser shows for one user (fetched from the store), with
 * the given type name; V_NULL when the user is gone. */
Value csu_user_object_id(Store *s, int64_t user_id, const char *type_name);

/* The same for many users (-PassThru of a batch): one template and one
 * reading of the Set-CsUser attributes serve them all. */
typedef struct CsuObjects CsuObjects;
CsuObjects *csu_objects_new(Store *s, const char *type_name);
Value csu_objects_make(CsuObjects *o, int64_t user_id); /* V_NULL: gone */
void csu_objects_free(CsuObjects *o);

/* The user's Identity (distinguished name) for ShouldProcess targets;
 * writes "" when the user is gone. */
const char *csu_user_dn(Store *s, int64_t user_id, char *buf, size_t n);

/* The users an identity argument names (lab_resolve_users), each asked
 * for with ShouldProcess (target: the user's Identity, the DN); the ones
 * to act on are appended to out. */
Status csu_collect(CmdCtx *c, Store *s, Value arg, LabIds *out);

#endif
