/* kafka.h - librdkafka set-up with luisterloop's delivery guarantees, and topic admin. */
#ifndef LL_KAFKA_H
#define LL_KAFKA_H

#include <librdkafka/rdkafka.h>

#include "config.h"

/* A conf with the brokers, the passthrough kafka.* of [common] and then of
 * section [s], and our log and error callbacks. Caller owns it. */
rd_kafka_conf_t *ll_kafka_conf_new(const ll_config *cfg, const char *s, char *errstr,
                                   size_t errlen);

/* Sets name=value on conf unless the config's [common] or section [s] sets it:
 * luisterloop's defaults that an operator may still tune. */
int ll_kafka_conf_default(rd_kafka_conf_t *conf, const ll_config *cfg, const char *s,
                          const char *name, const char *value, char *errstr, size_t errlen);

/* A producer that only reports success once every in-sync replica has the
 * write: acks=all and idempotence, forced. transactional_id may be NULL.
 * Takes conf in every case. */
/* Defaults for the consumer of a consume-transform-produce loop in section [s]
 * (unless s sets them); instance_id names its static group membership. */
int ll_kafka_conf_stream_defaults(rd_kafka_conf_t *conf, const ll_config *cfg, const char *s,
                                  const char *instance_id, char *errstr, size_t errlen);
/* Defaults for a transactional producer in section [s] (unless s sets them). */
int ll_kafka_conf_txn_defaults(rd_kafka_conf_t *conf, const ll_config *cfg, const char *s,
                               char *errstr, size_t errlen);
rd_kafka_t *ll_kafka_producer_new(rd_kafka_conf_t *conf, const char *transactional_id, char *errstr,
                                  size_t errlen);

/* A consumer that reads only committed data and never auto-commits.
 * Takes conf in every case. */
rd_kafka_t *ll_kafka_consumer_new(rd_kafka_conf_t *conf, const char *group_id, char *errstr,
                                  size_t errlen);
/* Leaves the group (or the assignment) and destroys rk; NULL-safe. */
void ll_kafka_consumer_free(rd_kafka_t *rk);
/* Subscribes rk to the n topics (every partition, in its group). 0, or -1 with
 * errstr ("subscribe FIRST-TOPIC: why"). */
int ll_kafka_subscribe(rd_kafka_t *rk, const char *const *topics, int n, char *errstr,
                       size_t errlen);

/* Creates every topic of the config that does not exist yet. */
int ll_kafka_topics_create(const ll_config *cfg, int timeout_ms, char *errstr, size_t errlen);

/* One record for ll_kafka_produce. flags: RD_KAFKA_MSG_F_COPY, or
 * RD_KAFKA_MSG_F_FREE to hand val (malloc'ed) to librdkafka once it is
 * queued; when it is not, val stays the caller's. opaque reaches the
 * delivery report (may be NULL). */
typedef struct ll_kafka_record {
    const char *topic;
    const void *key; /* may be NULL: no key */
    size_t keylen;
    void *val;
    size_t len;
    int flags;
    void *opaque;
} ll_kafka_record;

/* The Kafka header every message luisterloop writes carries: the CloudEvents
 * Kafka protocol binding, structured mode (the value is the whole event as
 * JSON). A binding-aware reader (the CloudEvents SDKs' Kafka deserialisers)
 * refuses a message with neither this header nor ce_ headers. */
#define LL_KAFKA_CE_HEADER "content-type"
#define LL_KAFKA_CE_CONTENT_TYPE "application/cloudevents+json"

/* deadline_ms for ll_kafka_produce: never wait on a full queue (the caller
 * pushes back itself, as the HTTP intake answers "saturated"). */
#define LL_KAFKA_NO_WAIT (-1LL)

/* Queues rec on rk with back-pressure: while the producer's queue is full
 * (queue.buffering.max.*), serves rk's delivery reports for poll_ms and tries
 * again, until deadline_ms (ll_now_ms() clock; 0: no deadline; LL_KAFKA_NO_WAIT:
 * RD_KAFKA_RESP_ERR__QUEUE_FULL at once, not logged). Returns 0 once queued,
 * else the error (logged). The one way every role produces, so the one place
 * that puts the CloudEvents content-type header on every message. */
rd_kafka_resp_err_t ll_kafka_produce(rd_kafka_t *rk, const ll_kafka_record *rec, int poll_ms,
                                     long long deadline_ms);

/* How to react to a Kafka error (style.md): retry, abort the transaction, or stop. */
enum ll_kafka_errclass { LL_KAFKA_RETRIABLE, LL_KAFKA_ABORT, LL_KAFKA_FATAL };
enum ll_kafka_errclass ll_kafka_error_class(const rd_kafka_error_t *error);

/* Wakes fds[0] when the queue goes from empty to non-empty, so a libevent
 * loop can serve librdkafka without a polling timer. The caller disables it
 * with rd_kafka_queue_io_event_enable(q, -1, NULL, 0) and then closes both. */
int ll_kafka_queue_wakeup(rd_kafka_queue_t *q, int fds[2]);

/* Sets ll_consumer_lag{topic,partition} for the partitions assigned to
 * consumer rk: each partition's end less the offset its group committed (its
 * first offset when the group committed none), both asked of the broker
 * (ListOffsets, OffsetFetch; each within timeout_ms), and 0 for partitions no
 * longer assigned; a partition whose figures could not be had keeps its last
 * value. It was librdkafka's cached high watermark less the consumer's
 * position: a processor stuck reconnecting to Redis neither polled nor
 * fetched, both stood still, and every partition read 0 for the whole outage
 * while the topic grew (user check of 12-02). At most LL_MAX_LAG_PARTITIONS
 * are tracked per process, by one thread: the consuming thread, or the
 * watcher below when that thread may block. */
void ll_kafka_lag_update(rd_kafka_t *rk, int timeout_ms);

/* The consuming thread says it handed m to its role (m borrowed); a role whose lag
 * ll_kafka_lag_update sets calls it for every message it takes. A partition whose
 * handed messages are all committed counts its lag from the consumer's position,
 * which librdkafka moves past transaction markers: a caught-up reader of a
 * transactional topic shows 0, not 1 per partition; one with a message handed and not
 * committed counts from its commit. Thread-safe. */
void ll_kafka_lag_handed(const rd_kafka_message_t *m);

/* The same for a consumer that commits no offsets (alertmanager reads its
 * topic from the start each time): the high watermark less its position, as
 * librdkafka last saw them. No request to the broker, so it never blocks. */
void ll_kafka_lag_update_position(rd_kafka_t *rk);

/* How long ll_kafka_lag_update waits for each answer of the broker. */
#define LL_KAFKA_LAG_TIMEOUT_MS 1000

/* A thread that calls ll_kafka_lag_update(rk) every interval_ms until
 * stopped, for a role whose consuming thread blocks while it waits for Redis
 * (core/stream.h) or on an API (internetaken). NULL when it could not start
 * (logged). Stop it before rk
 * is closed; stop(NULL) is a no-op. */
typedef struct ll_kafka_lag_watch ll_kafka_lag_watch;
ll_kafka_lag_watch *ll_kafka_lag_watch_start(rd_kafka_t *rk, int interval_ms);
void ll_kafka_lag_watch_stop(ll_kafka_lag_watch *w);
/* Asks w's thread to make rk's fetchers decide now whether to fetch (a
 * request to each leader of its partitions, which wakes their broker
 * threads), without waiting for it; see ll_kafka_fetch_rearm for why they
 * need it. Queued messages stay. No-op on NULL. */
void ll_kafka_lag_watch_fetch(ll_kafka_lag_watch *w);
/* How many such wakes w's thread has made (tests). */
unsigned long long ll_kafka_lag_watch_fetch_wakes(ll_kafka_lag_watch *w);

/* For a consumer whose queue ran dry while its assigned partitions hold more
 * (their high watermarks, as the last fetches saw them, above the positions):
 * seeks each such partition to its position, which sends its next fetch now.
 * librdkafka before 2.2 stops fetching a partition whose queue exceeded
 * queued.max.messages.kbytes and looks again only when its broker thread next
 * wakes, up to a second later, however soon the queue is read empty
 * (librdkafka issue #2879; 2.2 has fetch.queue.backoff.ms for it). Nothing is
 * read twice or skipped: the queue is empty and the position is the next
 * offset the application would read. Returns the partitions re-armed. */
int ll_kafka_fetch_rearm(rd_kafka_t *rk);

/* Consumer rk's queued.max.messages.kbytes in bytes: how much of the payloads
 * its queue holds before librdkafka stops fetching; 0 when it cannot be read. */
long long ll_kafka_queue_limit_bytes(rd_kafka_t *rk);

/* Assigns every partition of topic to consumer rk from its first offset
 * (no group rebalance); *partitions gets their count, for counting
 * RD_KAFKA_RESP_ERR__PARTITION_EOF (enable.partition.eof) to know when all
 * of it was read. 0, or -1 with errstr. */
int ll_kafka_assign_beginning(rd_kafka_t *rk, const char *topic, int *partitions, char *errstr,
                              size_t errlen);

/* Reads topic from its beginning to its end once, for a role that rebuilds its
 * state from it or reports on it: a consumer of its own ([section]'s kafka.*
 * settings, group only a name: assigned by hand, never joined). fn gets each
 * record in turn (errors are warned about, "TOPIC: ..."), until every partition
 * reported its end: also the end of a partition whose last records are
 * transaction markers (an aborted or fenced transaction), which shows only as
 * an EOF event. A topic not in the metadata yet (made a moment ago) is asked
 * for again once a second, assign_tries times more. idle_ms: the longest wait
 * for the next message or end. 0 when read to the end; -1 with errstr (empty
 * when a stop was asked). */
typedef void (*ll_kafka_record_fn)(void *arg, const rd_kafka_message_t *m);
int ll_kafka_read_to_end(const ll_config *cfg, const char *section, const char *group,
                         const char *topic, int assign_tries, int idle_ms, ll_kafka_record_fn fn,
                         void *arg, char *errstr, size_t errlen);

#endif
