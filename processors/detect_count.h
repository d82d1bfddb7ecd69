/* detect_count.h - counting distinct new threads per series and minute, replay-safe, behind one store interface.
 *
 * What is counted: per series (theme x wijk, theme city-wide, wijk over all
 * themes) and one-minute event-time bucket, the threads seen for the first
 * time within memory_min. One citizen calling ten times is one thread, so a
 * repeat-contact storm counts once; a spike is many citizens.
 *
 * Replay-safe: the first sighting of (series, thread) leaves a mark naming
 * the event that made it and puts the thread in its minute's bucket set.
 * Another event of the thread finds the mark and counts nothing; the same
 * event read again (after a crash, a rebalance, an aborted transaction)
 * finds its own mark, re-adds the thread to the bucket (a no-op) and counts
 * nothing either: the detector that counted it still has it, and a
 * restarted one reads the buckets back. A re-read never counts twice.
 *
 * Two stores: Redis (the live role; one pipelined round trip per batch, a
 * script per mark so mark and bucket change together; the bucket sets let a
 * restarted detector rebuild its counts) and memory (replay and unit tests;
 * the same semantics, gone at exit). */
#ifndef LL_DETECT_COUNT_H
#define LL_DETECT_COUNT_H

#include <hiredis/hiredis.h>
#include <stddef.h>

#include "ll_limits.h"

/* One sighting to mark: in series_key, thread at minute, by event_id. */
typedef struct ll_dmark {
    const char *series_key;
    const char *thread;
    const char *event_id;
    long long minute;
    int is_new; /* out: 1 the first time (series, thread) is seen within memory_min */
} ll_dmark;

typedef struct ll_dstore ll_dstore;

/* Marks m[0..n) in one round trip and fills their is_new. -1 with errstr
 * when the store failed (then nothing is known about any of them). */
int ll_dstore_mark(ll_dstore *st, ll_dmark *m, int n, char *errstr, size_t errlen);
/* The new-thread count of each minute from..to (inclusive) of a series, as
 * the store holds them; out has to - from + 1 slots. The memory store holds
 * no buckets and gives zeros. */
int ll_dstore_counts(ll_dstore *st, const char *series_key, long long from, long long to, int *out,
                     char *errstr, size_t errlen);
/* Every series key the store has counted for (Redis); the memory store has
 * none. cb returns nonzero to stop. */
int ll_dstore_series(ll_dstore *st, int (*cb)(void *arg, const char *series_key), void *arg,
                     char *errstr, size_t errlen);
unsigned long long ll_dstore_roundtrips(const ll_dstore *st);
/* Marks that could not be kept because the memory store was full: counted
 * as new (a spike is better over-counted than missed). */
unsigned long long ll_dstore_overflows(const ll_dstore *st);
void ll_dstore_free(ll_dstore *st);

/* memory_min: how long a thread stays "seen". */
ll_dstore *ll_dstore_memory_new(int memory_min, char *errstr, size_t errlen);
/* On c (borrowed; outlives the store), its keys under namespace ns (the
 * detector's group, core/keys.h). Loads the mark script. */
ll_dstore *ll_dstore_redis_new(redisContext *c, const char *ns, int memory_min, char *errstr,
                               size_t errlen);

#endif
