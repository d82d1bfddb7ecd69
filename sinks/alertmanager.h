/* alertmanager.h - the alertmanager role: feedback.alerts -> Prometheus Alertmanager's v2 API. */
#ifndef LL_ALERTMANAGER_H
#define LL_ALERTMANAGER_H

#include "role.h"

extern const ll_role ll_role_alertmanager;

/* [alertmanager]: where alerts go and how often. */
typedef struct ll_alertmanager_cfg {
    char url[512];
    char dashboard_url[512];
    char group[128];
    int resend_s;
    int timeout_ms;
    int backoff_max_s;
    int resolved_lookback_s;
    char metrics_listen[128];
} ll_alertmanager_cfg;

extern const ll_config_section ll_alertmanager_config;

#endif
