/* escalations.h - the escalations tool: a team's queue for case workers (list, claim, ack, release). */
#ifndef LL_ESCALATIONS_H
#define LL_ESCALATIONS_H

#include "role.h"
#include "route.h"

extern const ll_role ll_role_escalations;

/* [escalate]: the escalate role's and this tool's settings. */
typedef struct ll_escalate_cfg {
    char group[128];
    char txn_id[128];
    int batch_max;
    int batch_wait_ms;
    int txn_timeout_ms;
    int mark_ttl_s;
    int stream_maxlen;
    int excerpt_bytes;
    int claim_idle_s;
    char metrics_listen[128];
    ll_routes routes; /* route = ... lines, in order, and default_team */

} ll_escalate_cfg;

extern const ll_config_section ll_escalate_config;

#endif
