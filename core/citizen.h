/* citizen.h - turns what a citizen tells us about themselves into a pseudonym and, only
 * when asked for, a contact; the BSN itself never leaves this module. */
#ifndef LL_CITIZEN_H
#define LL_CITIZEN_H

#include <cjson/cJSON.h>

#include "event.h"

/* The citizen object's fields, types and lengths: for an intake's table (web and balie
 * "citizen") and for ll_citizen_apply. */
extern const ll_json_field ll_citizen_fields[];

/* in: {"bsn"?, "email"?, "phone"?, "name"?} as an adapter received it (may be
 * NULL). Writes data.citizen.pseudonym (keyed hash of the strongest valid
 * identifier) and, when contact_requested, data.contact. path prefixes error
 * fields ("citizen"). Returns 0, or -1 with err set. */
int ll_citizen_apply(const cJSON *in, int contact_requested, cJSON *data, const char *path,
                     ll_err *err);

#endif
