/* committer.h - Kafka transactions for batches, in input order, on one or more lanes.
 *
 * The committing half of a consume-transform-produce loop (stream.h is the
 * other half and drives it). A batch whose work is done is handed to a lane:
 * one transactional producer and one thread. The lane begins a transaction,
 * lets the role produce the batch's outputs into it (hooks.produce), adds the
 * batch's input offsets and commits. With more than one lane the next batch's
 * produce and offsets overlap this one's commit and its markers, which one
 * producer's next transaction must wait for. Lanes keep the order of the
 * input: a batch sends its offsets only after its predecessor did (of two
 * committed offset records for a partition the later written one counts), and
 * commits only after its predecessor committed (its offsets imply that input
 * was done with). When one aborts, every batch after it aborts too, and
 * ll_committer_collect hands back the first offsets to read all of them again.
 *
 * Ownership: the committer owns its lanes and their producers. A batch handed
 * over is the lane's until ll_committer_collect has taken its outcome; the
 * lane empties it (hooks.clear, then its messages) before that, so a
 * collected batch is empty and the caller's again. The role's hooks run on
 * the lane threads: they may touch only the batch they are given, and state
 * the role has made safe for that (counters, metrics). */
#ifndef LL_COMMITTER_H
#define LL_COMMITTER_H

#include <librdkafka/rdkafka.h>
#include <stddef.h>

#include "batch.h"
#include "config.h"
#include "metrics.h"

typedef struct ll_committer ll_committer;

/* What a lane lends the role's produce hook. */
typedef struct ll_txn_out {
    rd_kafka_t *producer; /* in a transaction: produce with ll_txn_produce */
    char *scratch;        /* LL_MAX_SERIALISED_EVENT_BYTES, this lane's alone */
} ll_txn_out;

/* Where a committed batch's time went (ll_mono_us), for the role's log line. */
typedef struct ll_txn_times {
    long long offsets; /* its offsets step began (after produce) */
    long long commit;  /* its commit step began */
    long long end;     /* it committed */
} ll_txn_times;

typedef struct ll_committer_hooks {
    void *role; /* first argument of every hook */
    /* Produces b's outputs into the open transaction; 0, or -1 to abort it
     * (b is then read again). */
    int (*produce)(void *role, ll_txn_out *out, ll_batch *b);
    /* b committed: count and log (optional). */
    void (*committed)(void *role, const ll_batch *b, const ll_txn_times *t);
    /* Frees what b's items hold; the messages go right after. Also called by
     * the stream for a batch it gives up. */
    void (*clear)(void *role, ll_batch *b);
} ll_committer_hooks;

/* A transactional role's metrics: committed transactions, aborts, batch start
 * (its first input) to commit, and offsets-plus-commit (the broker's share).
 * LL_TXN_METRICS(var, "ll_ROLE", aborts_help, batch_help) declares them
 * as ll_ROLE_transactions_total, _aborts_total, _batch_seconds and
 * _commit_seconds; the role registers them (ll_txn_metrics_register) and
 * hands them to its committer (or stream). */
typedef struct ll_txn_metrics {
    ll_metric transactions, aborts, batch_seconds, commit_seconds;
} ll_txn_metrics;
#define LL_TXN_METRICS(var, prefix, aborts_help, batch_help)                                   \
    static ll_txn_metrics var = {                                                              \
        {.family = prefix "_transactions_total",                                               \
         .help = "committed transactions",                                                     \
         .type = LL_COUNTER},                                                                  \
        {.family = prefix "_aborts_total", .help = aborts_help, .type = LL_COUNTER},           \
        {.family = prefix "_batch_seconds", .help = batch_help, .type = LL_HISTOGRAM},         \
        {.family = prefix "_commit_seconds",                                                   \
         .help = "offsets into the transaction and its commit: the broker's share of a batch", \
         .type = LL_HISTOGRAM}}
void ll_txn_metrics_register(ll_txn_metrics *m);

/* Tests only: the N of LL_*_FAULT_ABORT_EVERY=N in the environment (every Nth
 * transaction aborted, see fault_abort_every), warned about; 0 when unset. */
unsigned long long ll_txn_fault_from_env(const char *var);

#define LL_COMMITTER_MAX_OUTPUTS 4

typedef struct ll_committer_conf {
    const ll_config *cfg;
    const char *section; /* [section] with its kafka.* properties */
    const char *txn_id;  /* lane 0's transactional.id; lane k's is "ID.k" */
    int lanes;           /* 1..LL_MAX_TXN_IN_FLIGHT */
    /* With one lane: a transaction whose batch closed full (the input is
     * behind) takes in the next batches, up to join_max (1..LL_TXN_JOIN_MAX;
     * 0 or 1: one batch per transaction). Fewer transactions for the same
     * input, each batch still batch_max at most. */
    int join_max;
    /* Each batch's input messages are destroyed once its outputs are produced into the
     * transaction (ll_batch_release_messages), so a transaction that takes in join_max
     * batches holds their items, not their input. The role's committed hook must then not
     * read b->msg. */
    int release_produced;
    /* How long a lane offering its transaction waits for the main thread's
     * next batch to begin (its first message) when it is between two
     * batches; 0: LL_TXN_JOIN_GRACE_MS. */
    int join_grace_ms;
    int txn_timeout_ms;
    /* The topics the role produces to (NULL-ended, at most
     * LL_COMMITTER_MAX_OUTPUTS; optional): each producer asks for their
     * metadata once its transactions are initialised. librdkafka 2.0.2 asks
     * for a topic it first meets in a produce only at its next 1 s topic
     * scan, so the first transaction waited up to a second (0.56-0.76 s in
     * tests/bench/HISTORY.md, "11-30 night") before its messages had a
     * partition. */
    const char *outputs[LL_COMMITTER_MAX_OUTPUTS + 1];
    /* Tests only: every Nth transaction is aborted 100 ms into its commit, as a
     * failed commit is (0: never). */
    unsigned long long fault_abort_every;
    ll_txn_metrics *metrics; /* the role's, registered by it */
} ll_committer_conf;

/* Creates the lanes' producers (not yet started). wake, when not NULL, is
 * yielded whenever a lane finishes, so a consumer poll waiting for a free lane
 * returns (rd_kafka_queue_yield). NULL with errstr. */
ll_committer *ll_committer_new(const ll_committer_conf *conf, const ll_committer_hooks *hooks,
                               rd_kafka_queue_t *wake, char *errstr, size_t errlen);
/* Fences any earlier incarnation with these transactional.ids and aborts what
 * it left open, retrying while that is retriable; then asks for the metadata
 * of conf.outputs (a failure there is only logged). 0, or -1 (logged). */
int ll_committer_init_transactions(ll_committer *c);
/* Starts the lane threads. 0, or -1 (logged). */
int ll_committer_start(ll_committer *c);

/* Whether a lane can take the next batch now: 0 no, 1 yes, 2 yes, into the
 * transaction of the batch before it (which waits for it: see join_max). */
int ll_committer_lane_free(ll_committer *c);
/* The caller (the main thread) has a batch on its way, or no longer: a
 * transaction open for joining waits for it only meanwhile. */
void ll_committer_coming(ll_committer *c, int coming);
/* Whether b is in a lane's hands (handed over, outcome not collected). */
int ll_committer_holds(ll_committer *c, const ll_batch *b);
/* Hands b, whose work is done, to the next lane, which must be free
 * (ll_committer_collect with LL_COLLECT_SLOT first). consumer gives the group
 * metadata the offsets are committed for. b may be empty: a transaction of
 * outputs alone (a detector's clock moved with no input), no offsets.
 * 0, or -1 when the lane was free only for joining and its transaction
 * closed since (with join_max > 1 only): collect again and retry. */
int ll_committer_hand_over(ll_committer *c, ll_batch *b, rd_kafka_t *consumer);

enum ll_collect_mode {
    LL_COLLECT_DONE, /* take what is finished, do not wait */
    LL_COLLECT_SLOT, /* wait until a lane is free for the next batch */
    LL_COLLECT_ALL,  /* wait until no batch is in flight */
};
/* Takes the outcomes of finished batches, oldest first, waiting as mode says.
 * LL_TXN_COMMITTED when none failed; LL_TXN_ABORTED when one aborted: then
 * every batch after it aborted too, none is in flight any more, and *rewind
 * has the first offsets to read again (the caller's to use or destroy; NULL
 * when the aborted batches were empty);
 * LL_TXN_FATAL when a producer failed fatally. */
enum ll_txn_outcome ll_committer_collect(ll_committer *c, enum ll_collect_mode mode,
                                         rd_kafka_topic_partition_list_t **rewind);

/* Produces one output into the transaction of out (ll_kafka_produce with
 * back-pressure). 0, or -1 (logged): abort the transaction. */
int ll_txn_produce(ll_txn_out *out, const char *topic, const void *key, size_t keylen, void *val,
                   size_t len, int flags);

/* Waits for the batches in flight and stops the lanes (idempotent). */
void ll_committer_stop(ll_committer *c);
/* Stops the lanes, flushes and destroys the producers. NULL-safe, also on a
 * committer never started. */
void ll_committer_free(ll_committer *c);

#endif
