/* dashboard.h - the dashboard role: feedback.enriched -> /api/v1/summary. */
#ifndef LL_DASHBOARD_H
#define LL_DASHBOARD_H

#include "role.h"

extern const ll_role ll_role_dashboard;

#endif
