/* queues.h - the escalation queues as metrics: depth (unclaimed, claimed) and the oldest unclaimed case's age per team. */
#ifndef LL_QUEUES_H
#define LL_QUEUES_H

#include <hiredis/hiredis.h>

#include "config.h"

typedef struct ll_queues ll_queues;

/* Registers the gauges of every team the routing names (core/route.h).
 * NULL when out of memory. Free with ll_queues_free (NULL-safe). */
ll_queues *ll_queues_new(const ll_config *cfg);
/* Sets the gauges from Redis (XINFO GROUPS, XRANGE after the group's
 * last-delivered id), at most once per interval_ms, and, once every queue was
 * read, ll_escalation_queues_read_timestamp_seconds; c must have no replies
 * outstanding. 0, or -1 when Redis failed (the connection may be broken). */
int ll_queues_poll(ll_queues *q, redisContext *c, int interval_ms);
void ll_queues_free(ll_queues *q);

#endif
