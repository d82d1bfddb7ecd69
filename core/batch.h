/* batch.h - consumed messages and a role's per-message items: what one Kafka transaction commits.
 *
 * A batch belongs to an ll_stream (stream.h), which gathers it on the main
 * thread, and then to a committer lane (committer.h), which commits it; it is
 * never in two hands at once. The role keeps its own per-message state in the
 * items: item_size bytes each, zeroed when the message arrives, item i next to
 * msg[i]. What the role's items point to (trees, serialised outputs) the role
 * frees in its clear hook; the messages are the batch's. */
#ifndef LL_BATCH_H
#define LL_BATCH_H

#include <assert.h>
#include <librdkafka/rdkafka.h>
#include <stddef.h>

/* How a batch's transaction ended. */
enum ll_txn_outcome {
    LL_TXN_COMMITTED, /* outputs and input offsets are in */
    LL_TXN_ABORTED,   /* none of it is in: the input is read again */
    LL_TXN_FATAL,     /* the producer is fenced or broken: stop */
};

typedef struct ll_batch {
    rd_kafka_message_t **msg; /* [0, n), owned by the batch */
    void *items;              /* [0, n), the role's, item_size bytes each */
    size_t item_size;
    int cap; /* messages it can hold (batch_max) */
    int n;
    int slot;     /* which of its stream's batches (0..lanes): for per-batch state a role keeps */
    int gathered; /* messages [0, gathered) were given to the role's gathered hook */
    size_t bytes; /* input bytes gathered */
    long long t0; /* when its first message arrived (ll_mono_us) */
    long long t_closed; /* when gathering ended */
    long long t_handed; /* when its lane took it */
    int full;           /* it closed full: the input is behind (set by its stream) */
    /* In the committer: its place in the commit order and, once done, the outcome. */
    unsigned long long seq;
    int done;
    enum ll_txn_outcome outcome;
    rd_kafka_topic_partition_list_t *rewind; /* its first offsets, when aborted */
    rd_kafka_consumer_group_metadata_t *cgmd;
    /* Its messages were destroyed early (ll_batch_release_messages): msg[] is NULL, n and the
     * items stay, and its offsets are these two lists (the batch's). */
    int released;
    rd_kafka_topic_partition_list_t *next_offsets, *first_offsets;
} ll_batch;

/* Item i of b, as the role's item type. */
static inline void *ll_batch_item(const ll_batch *b, int i) {
    assert(i >= 0 && i < b->n);
    return (char *)b->items + (size_t)i * b->item_size;
}

/* Room for cap messages and items of item_size. 0, or -1 out of memory (then
 * ll_batch_fini is still safe). */
int ll_batch_init(ll_batch *b, int cap, size_t item_size, int slot);
/* Destroys the messages (the role has cleared its items) and empties b. */
void ll_batch_release(ll_batch *b);
/* Destroys b's messages before b is done with, keeping its items, n and (in two lists)
 * its offsets for ll_batch_offsets: a batch whose outputs are produced no longer needs its
 * input, whose fetch buffers would otherwise stay resident until its transaction commits.
 * After it msg[i] is NULL. 0, or -1 out of memory (then b is unchanged). */
int ll_batch_release_messages(ll_batch *b);
/* Releases the arrays; b must be empty. NULL-safe on a half-initialised b. */
void ll_batch_fini(ll_batch *b);
/* Takes m (which must not be an error) as the next message; b must have room. */
void ll_batch_add(ll_batch *b, rd_kafka_message_t *m);

/* Per partition of the batch, the offset to commit (after its last message)
 * or to read again from (its first), added to into (NULL: a new list). The
 * caller owns the list. */
enum ll_batch_offsets { LL_OFFSETS_NEXT, LL_OFFSETS_FIRST };
rd_kafka_topic_partition_list_t *ll_batch_offsets(const ll_batch *b, enum ll_batch_offsets which,
                                                  rd_kafka_topic_partition_list_t *into);
/* dst gets, per partition, the lower of its and src's offset; src is consumed
 * (either may be NULL). Returns dst, or src when dst was NULL. */
rd_kafka_topic_partition_list_t *ll_offsets_min(rd_kafka_topic_partition_list_t *dst,
                                                rd_kafka_topic_partition_list_t *src);

#endif
