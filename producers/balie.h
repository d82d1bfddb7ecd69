/* balie.h - the front-desk adapter: POST /v1/visits. */
#ifndef LL_BALIE_H
#define LL_BALIE_H

#include <cjson/cJSON.h>

#include "event.h"
#include "config.h"
#include "role.h"

extern const ll_role ll_role_balie;

/* [balie]: the front-desk intake. */
typedef struct ll_balie_cfg {
    ll_intake_cfg intake;
} ll_balie_cfg;

extern const ll_config_section ll_balie_config;

/* visit: {"visit_id","location","desk","staff_id","kind","text","subject","citizen",
 * "contact_requested","postcode","formal","visited_at"} -> a received event, or NULL. */
cJSON *ll_balie_visit_to_event(const cJSON *visit, const char *client, const char *source_base,
                               ll_err *err);

#endif
