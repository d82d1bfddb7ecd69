/* dashboard.h - the dashboard role: feedback.enriched -> /api/v1/summary. */
#ifndef LL_DASHBOARD_H
#define LL_DASHBOARD_H

#include "role.h"

extern const ll_role ll_role_dashboard;

/* [dashboard]: its HTTP address, what its clients may take, its users and page. */
typedef struct ll_dashboard_cfg {
    char listen[128];
    ll_http_cfg http;
    char users[1024];      /* users file (luisterloop user add); relative: to home */
    char assets[1024];     /* the page's folder; "": the checkout's sinks/dashboard */
    char reasons_nl[1024]; /* the reasons' Dutch names; "": the checkout's config/reasons-nl.tsv */
    int cookie_secure;
    int session_ttl_s;
    int signals_kept;
    char web_metrics[128]; /* host:port of the web role's /metrics, for the form funnel */
    int login_max_per_address, login_max_per_user, login_window_s; /* failed logins */
} ll_dashboard_cfg;

extern const ll_config_section ll_dashboard_config;

#endif
