/* web.h - the web intake role: POST /v1/feedback to feedback.raw, acknowledged by Kafka. */
#ifndef LL_WEB_H
#define LL_WEB_H

#include "config.h"
#include "role.h"

extern const ll_role ll_role_web;

/* [web]: the web API and the complaint form. */
typedef struct ll_web_cfg {
    ll_intake_cfg intake;
    int threads;
    int form_rate_per_min; /* public form submissions per client address */
} ll_web_cfg;

extern const ll_config_section ll_web_config;

#endif
