/* report.h - `luisterloop report`: what citizens told us in a period, per theme, from feedback.aggregates. */
#ifndef LL_REPORT_H
#define LL_REPORT_H

#include "role.h"

extern const ll_role ll_role_report;

/* [report]: what the report reads besides the topics. */
typedef struct ll_report_cfg {
    char improvements[1024];
    int quotes;
    int timeout_ms;
} ll_report_cfg;

extern const ll_config_section ll_report_config;

#endif
