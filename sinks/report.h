/* report.h - `luisterloop report`: what citizens told us in a period, per theme, from feedback.aggregates. */
#ifndef LL_REPORT_H
#define LL_REPORT_H

#include "role.h"

extern const ll_role ll_role_report;

#endif
