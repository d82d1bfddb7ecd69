/* dashboard.h - the dashboard role: feedback.enriched -> /api/v1/summary. */
#ifndef LL_DASHBOARD_H
#define LL_DASHBOARD_H

#include "role.h"

extern const ll_role ll_role_dashboard;

/* [dashboard]: its HTTP address and what its clients may take. */
typedef struct ll_dashboard_cfg {
    char listen[128];
    ll_http_cfg http;
} ll_dashboard_cfg;

extern const ll_config_section ll_dashboard_config;

#endif
