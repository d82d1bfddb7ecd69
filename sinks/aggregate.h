/* aggregate.h - the aggregate role: feedback.enriched -> closed windows on feedback.aggregates. */
#ifndef LL_AGGREGATE_H
#define LL_AGGREGATE_H

#include "role.h"

/* The windows, in the order of their index in a key ("1m", "1h", "1d"). */
#define LL_AGG_NWINDOWS 3

extern const ll_role ll_role_aggregate;

/* [aggregate]: the aggregate role's settings. */
typedef struct ll_aggregate_cfg {
    char group[128];
    char txn_id[128];
    int batch_max;
    int batch_wait_ms;
    int txn_timeout_ms;
    int lateness_s;
    int state_ttl_s;
    char metrics_listen[128];
} ll_aggregate_cfg;

extern const ll_config_section ll_aggregate_config;

#endif
