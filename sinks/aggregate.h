/* aggregate.h - the aggregate role: feedback.enriched -> closed windows on feedback.aggregates. */
#ifndef LL_AGGREGATE_H
#define LL_AGGREGATE_H

#include "role.h"

/* The windows, in the order of their index in a key ("1m", "1h", "1d"). */
#define LL_AGG_NWINDOWS 3

extern const ll_role ll_role_aggregate;

#endif
