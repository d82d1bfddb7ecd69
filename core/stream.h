/* stream.h - a consume-transform-produce loop, effectively once: the machinery a role plugs its work into.
 *
 * A role that reads topics and writes what it makes of them (process: raw ->
 * enriched; detect: enriched -> alerts) gets from this: a read_committed
 * consumer in a group, batches gathered while the committer's lanes run the
 * transactions of earlier ones (committer.h), each batch's outputs and input
 * offsets in one Kafka transaction, rebalances that let the batches in flight
 * finish first, and after an abort (or a batch the role cannot finish) every
 * uncommitted input read again from the first offsets. So a crash or
 * rebalance keeps all of a batch or none of it.
 *
 * The role supplies its per-message item type (conf.item_size) and hooks;
 * the stream calls them as follows, for each batch:
 *
 *   main thread   gathered(b, from)  messages [from, b->n) arrived: start on
 *                                    them (parse, send lookups) while the
 *                                    lanes are busy; called at least once for
 *                                    every message before work
 *                 work(b)            the batch closed (a lane is free): finish
 *                                    it; LL_WORK_DONE hands it to a lane,
 *                                    LL_WORK_RETRY gives it up and reads it again
 *                 dropped(b)         b is given up before its transaction
 *                                    (retry, abort, rebalance): settle what is
 *                                    outstanding; then clear(b)
 *                 turn()             at the start of every turn, e.g. to
 *                                    reconnect a lookup store
 *   lane thread   produce(out, b)    write b's outputs into the transaction
 *                 committed(b, t)    count and log
 *                 clear(b)           free what b's items hold
 *
 * Batches: conf.lanes + 1 of them (one being gathered, one per lane), their
 * slot 0..lanes fixed, so a role can keep per-batch state (arenas) by slot.
 * The stream owns the consumer, the committer and the batches; the role owns
 * its items' contents. Hooks may be NULL except work, produce and clear. */
#ifndef LL_STREAM_H
#define LL_STREAM_H

#include <librdkafka/rdkafka.h>
#include <stddef.h>

#include "batch.h"
#include "committer.h"

#define LL_STREAM_MAX_TOPICS 4

/* What the role's work hook made of a closed batch. */
enum ll_work_outcome {
    LL_WORK_DONE,  /* hand it to a lane */
    LL_WORK_RETRY, /* give it up: everything since the last commit is read again */
};

/* What the role's turn hook wants. */
enum ll_turn_outcome {
    LL_TURN_GO,    /* gather the next batch */
    LL_TURN_SKIP,  /* not now (stopping): skip this turn */
    LL_TURN_FATAL, /* stop with an error */
};

typedef struct ll_stream_hooks {
    void *role; /* first argument of every hook */
    void (*gathered)(void *role, ll_batch *b, int from);
    enum ll_work_outcome (*work)(void *role, ll_batch *b);
    void (*dropped)(void *role, ll_batch *b);
    enum ll_turn_outcome (*turn)(void *role);
    /* On the lanes; see committer.h. */
    int (*produce)(void *role, ll_txn_out *out, ll_batch *b);
    void (*committed)(void *role, const ll_batch *b, const ll_txn_times *t);
    void (*clear)(void *role, ll_batch *b);
} ll_stream_hooks;

typedef struct ll_stream_conf {
    ll_committer_conf txn;                    /* cfg, section, transactional.id, lanes, metrics */
    const char *group;                        /* consumer group */
    const char *topics[LL_STREAM_MAX_TOPICS]; /* read; NULL-terminated when fewer */
    int batch_max;                            /* messages per batch */
    size_t batch_bytes;                       /* input bytes per batch: bounds what a batch holds */
    int batch_wait_ms;                        /* after its first message, while a lane is free */
    size_t item_size;                         /* the role's per-message item */
    /* Optional histograms (registered by the role) of how long the main
     * thread blocks: in a consumer poll that found nothing queued (input),
     * and for a lane to take a worked batch (lane). With the role's own waits
     * they say whether the loop leaves the cores idle (tests/bench/process.sh). */
    ll_metric *wait_input_us, *wait_lane_us;
} ll_stream_conf;

typedef struct ll_stream ll_stream;

/* The consumer (static membership named txn.txn_id), the committer and the
 * batches. Nothing is read or fenced yet. NULL with errstr. */
ll_stream *ll_stream_new(const ll_stream_conf *conf, const ll_stream_hooks *hooks, char *errstr,
                         size_t errlen);
/* Fences earlier incarnations (ll_committer_init_transactions). 0 or -1. */
int ll_stream_init_transactions(ll_stream *s);
/* Subscribes to the topics. 0, or -1 (logged). */
int ll_stream_subscribe(ll_stream *s);
/* Starts the lanes and runs turns until a stop is asked (stop.h); the
 * batches in their transactions still commit before it returns. 0, or -1
 * when a transaction failed fatally. */
int ll_stream_run(ll_stream *s);
/* The stream's consumer, for a role that asks about its topics and the
 * group's offsets (process --rebuild: how far it is). Owned by the stream. */
rd_kafka_t *ll_stream_consumer(ll_stream *s);
/* Waits for the batches in flight, gives up the one being gathered, closes
 * the consumer, destroys the producers. NULL-safe; the role's hooks must
 * still work (free the role's state after this). */
void ll_stream_free(ll_stream *s);

/* Whether a stream whose consumer's queue holds `queued` messages, `read` of them handed since
 * its last look, at `per` payload bytes each, against a queue of `limit` bytes, should wake its
 * fetchers now: when the queue may have come near its limit since they were last woken (*full,
 * kept by the caller between looks, cleared once it wakes them) and now holds less. A dry queue
 * is left to the stream's re-arm. Exposed for the unit tests. */
int ll_stream_fetch_due(long long queued, long long read, long long per, long long limit,
                        int *full);

#endif
