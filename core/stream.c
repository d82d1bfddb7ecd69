/* stream.c - a consume-transform-produce loop, effectively once: the machinery a role plugs its work into.
 *
 * While a committer lane runs batch N's transaction, the main thread gathers
 * batch N+1 and lets the role start on its messages as they arrive; when a
 * lane is free the batch closes, the role finishes it and it is handed over.
 * So a batch closes the moment the broker can take it, and only the role's
 * closing work stands between it and its transaction. When the input is
 * behind, the transaction of a full batch waits for the next ones to join it
 * (committer.h, join_max): the batch being gathered then closes when full
 * or when nothing more is queued. */
#include "stream.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kafka.h"
#include "ll_limits.h"
#include "log.h"
#include "stop.h"
#include "text.h"

struct ll_stream {
    ll_stream_conf conf;
    ll_stream_hooks hooks;
    rd_kafka_t *consumer;
    rd_kafka_queue_t *cq; /* the consumer's queue: a lane that is done wakes its poll */
    ll_committer *committer;
    int nbatches;
    /* One being gathered, the rest in transactions: one per lane, or with
     * one lane as many as a transaction takes in. */
    ll_batch batches[LL_STREAM_MAX_BATCHES];
    ll_batch *cur;           /* the main thread's */
    ll_kafka_lag_watch *lag; /* sets the lag gauges while turn() may block (Redis down) */
    long long dry_at;   /* since when the consumer's queue has been found empty; 0: it has not */
    long long rearm_at; /* while dry: when to re-arm the fetch next (ll_mono_us) */
    /* Payload bytes read since the fetch was last re-armed, against the
     * consumer's queue limit: once as many have come as the queue holds, the
     * queue filled up and stopped the fetches (librdkafka fetches 10 times
     * faster than the processor reads), so a dry queue has no fetch on its
     * way and waiting for one is time lost. 0 limit: not known. */
    long long since_rearm, queue_limit;
    /* The payloads read, for their mean size (fetch_ahead); read_msgs at its
     * last look, whether the queue may have filled since it last woke the
     * fetchers, and when that was (ll_mono_us). */
    long long read_bytes, read_msgs, ahead_read, ahead_asked_at;
    int ahead_full;
    int rebalanced;
    int consumer_fatal; /* the consumer failed for good: the role leaves */
};

/* The main thread gives a batch up before its transaction. */
static void batch_drop(ll_stream *s, ll_batch *b) {
    ll_committer_coming(s->committer, 0);
    if (s->hooks.dropped)
        s->hooks.dropped(s->hooks.role, b);
    s->hooks.clear(s->hooks.role, b);
    ll_batch_release(b);
}

/* After an abort: read again from the first offsets in l (consumed). */
static void rewind_to(ll_stream *s, rd_kafka_topic_partition_list_t *l) {
    rd_kafka_error_t *e = rd_kafka_seek_partitions(s->consumer, l, 5000);
    if (e) {
        ll_warn("rewind: %s", rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
    }
    rd_kafka_topic_partition_list_destroy(l);
}

static void rebalance_cb(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque) {
    ll_stream *s = opaque;
    s->rebalanced = 1;
    /* The batches in their transactions finish under the old assignment, before
     * the partitions go: committed, or aborted and left to whoever reads
     * them next from the committed offsets. */
    rd_kafka_topic_partition_list_t *rewind = NULL;
    if (ll_committer_collect(s->committer, LL_COLLECT_ALL, &rewind) == LL_TXN_FATAL)
        ll_error("transaction failed fatally during a rebalance");
    if (rewind)
        rd_kafka_topic_partition_list_destroy(rewind);
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        ll_info("assigned %d partitions", parts->cnt);
        rd_kafka_assign(rk, parts);
    } else {
        ll_info("revoked %d partitions", parts->cnt);
        rd_kafka_assign(rk, NULL);
    }
}

/* Lets the role start on what arrived since the last call. */
static void batch_started(ll_stream *s, ll_batch *b) {
    if (b->gathered >= b->n)
        return;
    if (s->hooks.gathered)
        s->hooks.gathered(s->hooks.role, b, b->gathered);
    b->gathered = b->n;
}

/* A poll found the consumer's queue empty. Once it has stayed empty for
 * LL_STREAM_REARM_FIRST_MS, and then every LL_STREAM_REARM_MS, partitions
 * with more to read are made to fetch now (ll_kafka_fetch_rearm): librdkafka
 * 2.0 leaves a partition whose queue filled up unfetched for up to a second
 * after the queue is read empty, which on a backlog left the loop idle two
 * thirds of the time (tests/bench/process.sh figures in the README). The
 * first re-arm of a dry spell comes soon: on a backlog the queue runs dry
 * because its limit stopped the fetches, and the 20 ms until the re-arm were
 * the longest of the processor's input waits (HISTORY, "12-01 afternoon");
 * at once when a queue's worth has been read since the last re-arm (see
 * since_rearm): the 2 ms were ~a third of the input wait of a backlog's
 * read, one dry spell per 2 MB (HISTORY, "12-01 late evening"). */
static void queue_empty(ll_stream *s) {
    long long now = ll_mono_us();
    if (!s->dry_at) {
        s->dry_at = now;
        s->rearm_at = now + LL_STREAM_REARM_FIRST_MS * 1000LL;
        if (s->queue_limit && s->since_rearm >= s->queue_limit)
            s->rearm_at = now;
    }
    if (now >= s->rearm_at) {
        ll_kafka_fetch_rearm(s->consumer);
        s->since_rearm = 0;
        s->rearm_at = now + LL_STREAM_REARM_MS * 1000LL;
    }
}

/* After a drain of the consumer's queue. Past its limit the queue stops the
 * fetches, and nothing wakes librdkafka 2.0's fetcher when it is read below
 * again: the next fetch went out only once queue_empty found the queue dry,
 * and the loop waited for its round trip, once every ~5,500 events of a
 * backlog (a fetch's answer is one partition's lz4 batch, ~1,600 events).
 * When the queue may have come near its limit since the last look (what it
 * holds and what was read since, at the payloads' mean size) and now holds
 * less, the lag watch's thread wakes the fetchers, so the next fetch lands
 * while most of the limit's worth is still queued. The queue holds no more
 * than before (librdkafka fetches only below the limit); it is refilled
 * sooner. A stream that keeps up never fills its queue and never asks. */
static void fetch_ahead(ll_stream *s) {
    if (!s->lag || !s->queue_limit || !s->read_msgs)
        return;
    long long len = (long long)rd_kafka_queue_length(s->cq);
    int due = ll_stream_fetch_due(len, s->read_msgs - s->ahead_read, s->read_bytes / s->read_msgs,
                                  s->queue_limit, &s->ahead_full);
    s->ahead_read = s->read_msgs;
    long long now = ll_mono_us();
    if (!due || now - s->ahead_asked_at < LL_STREAM_REARM_MS * 1000LL)
        return;
    ll_kafka_lag_watch_fetch(s->lag);
    s->ahead_full = 0;
    s->ahead_asked_at = now;
}

int ll_stream_fetch_due(long long queued, long long read, long long per, long long limit,
                        int *full) {
    /* Looks come a drain (a batch) apart: a quarter's margin, so a queue that went just past
     * its limit and was read just below it between two looks is not missed. */
    long long near = limit / 4 * 3;
    if ((queued + read) * per >= near)
        *full = 1;
    return *full && queued > 0 && queued * per < near;
}

static int batch_full(const ll_stream *s, const ll_batch *b) {
    return b->n >= s->conf.batch_max || b->bytes >= s->conf.batch_bytes;
}

/* Fills the batch: waits for a first message, then keeps taking what arrives
 * (and letting the role start on it) while every lane is busy. Closes it once
 * a lane is free and batch_wait_ms have passed since its first message, or
 * when it is full. */
static void batch_gather(ll_stream *s, ll_batch *b) {
    s->rebalanced = 0;
    long long deadline = 0;
    while (!batch_full(s, b) && !ll_stop_requested()) {
        int wait = 100;
        if (b->n > 0) {
            batch_started(s, b);
            int lane = ll_committer_lane_free(s->committer);
            if (lane == 2) {
                /* A transaction waits to take this batch in: it closes full,
                 * or now when nothing more is queued. */
                if (s->dry_at)
                    return;
                wait = 0;
            } else if (lane) {
                long long left = deadline - ll_mono_us();
                if (left <= 0)
                    return;
                wait = (int)((left + 999) / 1000);
            }
        }
        if (s->dry_at) {
            long long until = (s->rearm_at - ll_mono_us() + 999) / 1000;
            if (wait > until)
                wait = until > 1 ? (int)until : 1;
        }
        long long t = s->conf.wait_input_us && wait > 0 ? ll_mono_us() : 0;
        rd_kafka_message_t *m = rd_kafka_consumer_poll(s->consumer, wait);
        if (t)
            ll_metric_observe_us(s->conf.wait_input_us, ll_mono_us() - t);
        if (!m)
            queue_empty(s);
        if (s->rebalanced) {
            /* What was gathered before the rebalance may now be another
             * processor's: drop it; the new assignment reads those partitions
             * again from their committed offsets. m, returned after the
             * callback, already belongs to the new assignment. */
            batch_drop(s, b);
            s->rebalanced = 0;
        }
        /* Nothing within the wait, or a lane's wake-up: look again. */
        while (m) {
            if (m->err == RD_KAFKA_RESP_ERR__FATAL) {
                /* A fenced static member (its session ran out while a broker was
                 * down, and it rejoined as "another" member with its own id) gets
                 * nothing more from this consumer: leave, so the supervisor starts
                 * a fresh one. Committed work is safe; the rest is read again. */
                char why[512];
                rd_kafka_fatal_error(s->consumer, why, sizeof(why));
                ll_error("consumer failed fatally (%s); leaving for a restart", why);
                s->consumer_fatal = 1;
                rd_kafka_message_destroy(m);
                return;
            } else if (m->err) {
                if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF)
                    ll_warn("consume: %s", rd_kafka_message_errstr(m));
                rd_kafka_message_destroy(m);
            } else {
                s->dry_at = 0;
                s->since_rearm += (long long)m->len;
                s->read_bytes += (long long)m->len;
                s->read_msgs++;
                ll_kafka_lag_handed(m);
                ll_batch_add(b, m);
                if (b->n == 1) {
                    ll_committer_coming(s->committer, 1);
                    b->t0 = ll_mono_us();
                    deadline = b->t0 + (long long)s->conf.batch_wait_ms * 1000;
                }
            }
            if (batch_full(s, b))
                break;
            /* What is queued already, without waiting. */
            m = rd_kafka_consumer_poll(s->consumer, 0);
            if (!m)
                queue_empty(s);
            if (s->rebalanced) {
                batch_drop(s, b);
                s->rebalanced = 0;
            }
        }
        if (b->n == 0)
            return; /* idle */
        fetch_ahead(s);
    }
}

/* One turn: gather and work a batch, take the outcomes of finished
 * transactions, hand this batch over. Returns -1 on a fatal error. */
static int turn(ll_stream *s) {
    ll_batch *b = s->cur;
    rd_kafka_topic_partition_list_t *rewind = NULL;
    if (s->hooks.turn) {
        enum ll_turn_outcome t = s->hooks.turn(s->hooks.role);
        if (t != LL_TURN_GO)
            return t == LL_TURN_FATAL ? -1 : 0;
    }
    batch_gather(s, b);
    if (s->consumer_fatal) {
        batch_drop(s, b);
        return -1;
    }
    if (b->n == 0) {
        /* Idle: an aborted transaction is read again now, not at the next event. */
        enum ll_txn_outcome rc = ll_committer_collect(s->committer, LL_COLLECT_DONE, &rewind);
        if (rewind)
            rewind_to(s, rewind);
        return rc == LL_TXN_FATAL ? -1 : 0;
    }
    b->t_closed = ll_mono_us();
    b->full = batch_full(s, b);
    batch_started(s, b);
    enum ll_work_outcome w = s->hooks.work(s->hooks.role, b);
    long long t = s->conf.wait_lane_us ? ll_mono_us() : 0;
    do {
        enum ll_txn_outcome rc = ll_committer_collect(s->committer, LL_COLLECT_SLOT, &rewind);
        if (rc == LL_TXN_FATAL) {
            if (rewind)
                rd_kafka_topic_partition_list_destroy(rewind);
            batch_drop(s, b);
            return -1;
        }
        if (rc == LL_TXN_ABORTED || w == LL_WORK_RETRY) {
            /* Everything after the last commit is read again. */
            rewind_to(s, ll_batch_offsets(b, LL_OFFSETS_FIRST, rewind));
            batch_drop(s, b);
            return 0;
        }
        /* Refused when the transaction it was to join closed meanwhile. */
    } while (ll_committer_hand_over(s->committer, b, s->consumer) != 0);
    if (t)
        ll_metric_observe_us(s->conf.wait_lane_us, ll_mono_us() - t);
    /* The next free batch: neither in flight nor this one. */
    s->cur = NULL;
    for (int k = 0; k < s->nbatches && !s->cur; k++)
        if (&s->batches[k] != b && !ll_committer_holds(s->committer, &s->batches[k]))
            s->cur = &s->batches[k];
    assert(s->cur);
    return 0;
}

ll_stream *ll_stream_new(const ll_stream_conf *conf, const ll_stream_hooks *hooks, char *errstr,
                         size_t errlen) {
    assert(hooks->work && hooks->produce && hooks->clear && conf->topics[0]);
    ll_stream *s = calloc(1, sizeof(*s));
    if (!s) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    s->conf = *conf;
    s->hooks = *hooks;
    s->nbatches =
        (conf->txn.lanes == 1 && conf->txn.join_max > 1 ? conf->txn.join_max : conf->txn.lanes) + 1;
    assert(s->nbatches <= LL_STREAM_MAX_BATCHES && conf->txn.join_max <= LL_TXN_JOIN_MAX);
    for (int k = 0; k < s->nbatches; k++)
        if (ll_batch_init(&s->batches[k], conf->batch_max, conf->item_size, k) != 0) {
            snprintf(errstr, errlen, "out of memory");
            goto fail;
        }
    s->cur = &s->batches[0];

    const ll_config *cfg = conf->txn.cfg;
    rd_kafka_conf_t *cconf = ll_kafka_conf_new(cfg, conf->txn.section, errstr, errlen);
    if (!cconf)
        goto fail;
    if (ll_kafka_conf_stream_defaults(cconf, cfg, conf->txn.section, conf->txn.txn_id, errstr,
                                      errlen) != 0) {
        rd_kafka_conf_destroy(cconf);
        goto fail;
    }
    rd_kafka_conf_set_rebalance_cb(cconf, rebalance_cb);
    rd_kafka_conf_set_opaque(cconf, s);
    if (!(s->consumer = ll_kafka_consumer_new(cconf, conf->group, errstr, errlen)))
        goto fail;
    s->cq = rd_kafka_queue_get_consumer(s->consumer);
    s->queue_limit = ll_kafka_queue_limit_bytes(s->consumer);

    const ll_committer_hooks ch = {hooks->role, hooks->produce, hooks->committed, hooks->clear};
    if (!(s->committer = ll_committer_new(&conf->txn, &ch, s->cq, errstr, errlen)))
        goto fail;
    return s;
fail:
    ll_stream_free(s);
    return NULL;
}

int ll_stream_init_transactions(ll_stream *s) {
    return ll_committer_init_transactions(s->committer);
}

int ll_stream_subscribe(ll_stream *s) {
    int n = 0;
    while (n < LL_STREAM_MAX_TOPICS && s->conf.topics[n])
        n++;
    char e[512];
    if (ll_kafka_subscribe(s->consumer, s->conf.topics, n, e, sizeof(e)) != 0) {
        ll_error("%s", e);
        return -1;
    }
    return 0;
}

int ll_stream_run(ll_stream *s) {
    int rc = 0;
    if (ll_committer_start(s->committer) != 0)
        return -1;
    s->lag = ll_kafka_lag_watch_start(s->consumer, 1000);
    while (!ll_stop_requested()) {
        if (turn(s) < 0) {
            rc = -1;
            break;
        }
    }
    /* The batches in their transactions still commit before we leave. */
    rd_kafka_topic_partition_list_t *rewind = NULL;
    if (ll_committer_collect(s->committer, LL_COLLECT_ALL, &rewind) == LL_TXN_FATAL)
        rc = -1;
    if (rewind)
        rd_kafka_topic_partition_list_destroy(rewind);
    ll_kafka_lag_watch_stop(s->lag);
    s->lag = NULL;
    return rc;
}

rd_kafka_t *ll_stream_consumer(ll_stream *s) { return s->consumer; }

void ll_stream_free(ll_stream *s) {
    if (!s)
        return;
    ll_kafka_lag_watch_stop(s->lag); /* before the consumer it reads goes */
    if (s->committer)
        ll_committer_stop(s->committer);
    for (int k = 0; k < s->nbatches; k++) {
        ll_batch *b = &s->batches[k];
        if (b->n > 0) {
            /* Not dropped: nothing is read any more, and the lookups it
             * started are the role's to close. */
            s->hooks.clear(s->hooks.role, b);
            ll_batch_release(b);
        }
        ll_batch_fini(b);
    }
    if (s->cq)
        rd_kafka_queue_destroy(s->cq);
    ll_kafka_consumer_free(s->consumer);
    ll_committer_free(s->committer);
    free(s);
}
