/* rebuild.h - what is a rebuild's own in `process --rebuild --to SUFFIX`: its topics and
 * Redis namespace, and how far it is.
 *
 * The processor runs the same loop as live; this object holds the rest: a copy of the
 * config with enriched.SUFFIX and dlq.SUFFIX, the Redis key namespace (keys.h), and per
 * partition of the raw topic its first retained offset, its end when the rebuild started
 * and the next offset the rebuild's transactions committed. The lanes write that last
 * (ll_rebuild_committed), the main thread reads it (ll_rebuild_report); a lock between. */
#ifndef LL_REBUILD_H
#define LL_REBUILD_H

#include <librdkafka/rdkafka.h>
#include <stddef.h>

#include "batch.h"
#include "config.h"

typedef struct ll_rebuild ll_rebuild;

/* A rebuild into TOPIC.suffix of cfg's enriched and dead-letter topics (cfg outlives it).
 * NULL with errstr when suffix is not 1 to LL_MAX_REBUILD_SUFFIX of a-z, 0-9, '-' and '_'
 * or makes a topic name too long. Registers its two gauges. */
ll_rebuild *ll_rebuild_new(const ll_config *cfg, const char *suffix, int follow, char *errstr,
                           size_t errlen);
/* The config the rebuild's processor runs with (its own topics); the Redis namespace of
 * its keys; its suffix. */
const ll_config *ll_rebuild_config(const ll_rebuild *rb);
const char *ll_rebuild_ns(const ll_rebuild *rb);
const char *ll_rebuild_suffix(const ll_rebuild *rb);
/* Where it starts and ends, asked of the brokers with rk (the stream's consumer): the
 * raw topic's retained range per partition and what group committed already (a rebuild
 * that was stopped goes on where it was). 0, or -1 (logged). */
int ll_rebuild_bounds(ll_rebuild *rb, rd_kafka_t *rk, const char *group);
/* Lane thread: b's transaction committed. */
void ll_rebuild_committed(ll_rebuild *rb, const ll_batch *b);
/* Main thread: logs how far it is (every few seconds; at once when force) and sets the
 * gauges; once every input that was there at its start is committed, says so and asks
 * for the stop (unless it follows). */
void ll_rebuild_report(ll_rebuild *rb, int force);
/* Whether every input that was there at its start is committed (as last reported). */
int ll_rebuild_finished(const ll_rebuild *rb);
void ll_rebuild_free(ll_rebuild *rb);

#endif
