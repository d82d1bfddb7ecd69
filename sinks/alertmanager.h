/* alertmanager.h - the alertmanager role: feedback.alerts -> Prometheus Alertmanager's v2 API. */
#ifndef LL_ALERTMANAGER_H
#define LL_ALERTMANAGER_H

#include "role.h"

extern const ll_role ll_role_alertmanager;

#endif
