/* process.c - the processor role: feedback.raw -> feedback.enriched, effectively once.
 *
 * Consume-transform-produce in Kafka transactions: a batch's outputs and its
 * input offsets commit together, so a crash or rebalance either keeps all of
 * a batch or none of it. De-duplication marks in Redis name the input that
 * made them, so replaying that input after a crash is not mistaken for a
 * duplicate.
 *
 * While a committer lane runs batch N's transaction, the main thread gathers
 * batch N+1, prepares its events as they arrive and sends their Redis
 * commands; when a lane is free the batch closes, its replies are read (one
 * round trip) and its events serialised and handed over. With more than one
 * lane (transactions_in_flight), each has its own transactional producer, so
 * N+1's produce and offsets overlap N's commit and its markers, which one
 * producer's next transaction must wait for. Lanes keep the order of the
 * input: a batch sends its offsets only after its predecessor did, and commits
 * only after its predecessor committed; when one aborts, every batch after it
 * aborts too and all of them are read again. */
#include "process.h"

#include <hiredis/hiredis.h>
#include <pthread.h>
#include <librdkafka/rdkafka.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "enrich.h"
#include "event.h"
#include "http.h"
#include "ident.h"
#include "kafka.h"
#include "keys.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "pool.h"
#include "redis.h"
#include "signals.h"
#include "text.h"
#include "thread.h"

LL_METRIC(m_consumed, "ll_process_consumed_total", NULL, LL_COUNTER, "raw events read");
LL_METRIC(m_enriched, "ll_process_enriched_total", NULL, LL_COUNTER, "enriched events committed");
LL_METRIC(m_dup, "ll_process_duplicates_total", NULL, LL_COUNTER,
          "exact repeats of an event id, dropped");
LL_METRIC(m_dlq, "ll_process_deadletters_total", NULL, LL_COUNTER,
          "inputs sent to the dead-letter topic");
LL_METRIC(m_batches, "ll_process_transactions_total", NULL, LL_COUNTER,
          "committed transactions");
LL_METRIC(m_aborts, "ll_process_aborts_total", NULL, LL_COUNTER,
          "aborted transactions (their batch is read again)");
LL_METRIC(m_redis_cmds, "ll_process_redis_commands_total", NULL, LL_COUNTER, "Redis commands");
LL_METRIC(m_redis_rtt, "ll_process_redis_roundtrips_total", NULL, LL_COUNTER,
          "Redis round trips (one per pipelined batch)");
LL_METRIC(m_batch_time, "ll_process_batch_seconds", NULL, LL_HISTOGRAM,
          "from batch start to transaction commit");
LL_METRIC(m_commit_time, "ll_process_commit_seconds", NULL, LL_HISTOGRAM,
          "offsets into the transaction and its commit: the broker's share of a batch");

enum item_state { IT_DLQ, IT_NEW, IT_DUP };

typedef struct item {
    rd_kafka_message_t *msg;
    cJSON *ev;
    enum item_state state;
    ll_err err;
    const char *pseudonym; /* inside ev */
    ll_thread_info th;
    int failed;  /* out of memory while enriching: the batch is retried */
    char *out;   /* the serialised enriched event; malloc'ed, then librdkafka's */
    char id[LL_MAX_ID_BYTES + 1]; /* the Kafka key when the input had none */
    size_t outlen;
} item;

typedef struct batch {
    item *items;
    int n;
    int prepared; /* items [0, prepared) are parsed and text-enriched */
    int redis_sent; /* items [0, redis_sent) have their Redis commands on the wire */
    int redis_pending; /* replies not read yet */
    int redis_unwritten; /* commands appended but not written to the socket yet */
    int redis_broken;  /* a command could not be sent: the batch is read again */
    size_t bytes; /* input bytes gathered */
    long long t0;       /* when its first event arrived */
    long long t_closed; /* when gathering ended */
    long long t_handed; /* when its lane took it */
    /* One per pool member, for its JSON trees; all or none (then malloc). */
    ll_arena *arena[LL_MAX_PROCESS_WORKERS];
    /* In a lane: its place in the commit order and, once done, the outcome. */
    unsigned long long seq;
    int done;
    int rc; /* 0 committed, 1 aborted, -1 fatal */
    rd_kafka_topic_partition_list_t *rewind; /* its first offsets, when aborted */
    rd_kafka_consumer_group_metadata_t *cgmd;
} batch;

struct proc;

/* A committer lane: one transactional producer and the thread that drives it,
 * one batch at a time. */
typedef struct lane {
    struct proc *p;
    rd_kafka_t *producer;
    char txn_id[208];
    char *buf; /* for dead letters */
    pthread_t th;
    int started;
    batch *b; /* handed over, its transaction not yet over */
} lane;

typedef struct proc {
    const ll_config *cfg;
    char txn_id[192];
    rd_kafka_t *consumer;
    redisContext *redis;
    char thread_sha[41];
    ll_enricher *en[LL_MAX_PROCESS_WORKERS]; /* one per worker: not thread-safe */
    ll_pool *pool;
    rd_kafka_queue_t *cq; /* the consumer's queue: a lane that is done wakes its poll */
    int nlanes;
    lane lanes[LL_MAX_TXN_IN_FLIGHT];
    /* One being worked, one per lane in flight. */
    batch batches[LL_MAX_TXN_IN_FLIGHT + 1];
    batch *cur; /* the main thread's */
    char *scratch[LL_MAX_PROCESS_WORKERS]; /* per pool member, for serialising */
    int rebalanced;
    int assigned;
    int redis_stale; /* the connection may be out of step: reconnect first */
    /* Everything below is shared with the lanes, under mu. */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    batch *inflight[LL_MAX_TXN_IN_FLIGHT]; /* handed over, oldest first */
    int ninflight;
    unsigned long long next_seq;    /* of the next batch handed over (from 1) */
    unsigned long long offsets_seq; /* the last batch whose offsets step is over */
    unsigned long long ended_seq;   /* the last batch whose transaction is over */
    int ended_ok;                   /* ...and whether it committed */
    int lanes_stop;
    /* Fault injection for tests (LL_PROCESS_FAULT_ABORT_EVERY=N): every Nth
     * transaction is aborted 100 ms into its commit, as a failed commit is. */
    unsigned long long fault_abort_every;
} proc;

enum collect_mode {
    COLLECT_DONE, /* take what is finished, do not wait */
    COLLECT_SLOT, /* wait until a lane is free for the next batch */
    COLLECT_ALL,  /* wait until no batch is in flight */
};

static int collect(proc *p, enum collect_mode mode, rd_kafka_topic_partition_list_t **rewind);
static void batch_clear(proc *p, batch *b);

static void rebalance_cb(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque) {
    proc *p = opaque;
    p->rebalanced = 1;
    /* The batches in their transactions finish under the old assignment, before
     * the partitions go: committed, or aborted and left to whoever reads
     * them next from the committed offsets. */
    rd_kafka_topic_partition_list_t *rewind = NULL;
    if (collect(p, COLLECT_ALL, &rewind) < 0)
        ll_error("transaction failed fatally during a rebalance");
    if (rewind)
        rd_kafka_topic_partition_list_destroy(rewind);
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        ll_info("assigned %d partitions", parts->cnt);
        rd_kafka_assign(rk, parts);
        p->assigned = parts->cnt;
    } else {
        ll_info("revoked %d partitions", parts->cnt);
        rd_kafka_assign(rk, NULL);
        p->assigned = 0;
    }
}

static int ready(void *arg) {
    proc *p = arg;
    return p->redis != NULL && !p->redis->err;
}

/* Drops every JSON tree of b at once (no-op without arenas). */
static void batch_drop_trees(batch *b) {
    for (int w = 0; w < LL_MAX_PROCESS_WORKERS && b->arena[w]; w++)
        ll_arena_reset(b->arena[w]);
}

static void batch_clear(proc *p, batch *b) {
    (void)p;
    for (int i = 0; i < b->n; i++) {
        free(b->items[i].out);
        if (!b->arena[0])
            cJSON_Delete(b->items[i].ev);
        rd_kafka_message_destroy(b->items[i].msg);
    }
    b->n = 0;
    b->prepared = 0;
    b->redis_sent = 0;
    b->redis_pending = 0;
    b->redis_unwritten = 0;
    b->redis_broken = 0;
    b->bytes = 0;
    batch_drop_trees(b);
}

static void batch_redis_discard(proc *p, batch *b);

/* The main thread gives a batch up: what Redis still owes it is read first,
 * so the next batch's replies stay in step (or, when that cannot be, the
 * connection is replaced before the next batch). */
static void batch_drop(proc *p, batch *b) {
    batch_redis_discard(p, b);
    if (b->redis_broken)
        p->redis_stale = 1;
    batch_clear(p, b);
}

static void batch_prepare(proc *p, batch *b);
static void batch_redis_send(proc *p, batch *b, int flush);

/* Under mu: whether a lane can take the next batch (the oldest one's outcome
 * may still wait to be collected). */
static int lane_free_locked(const proc *p) {
    return p->ninflight < p->nlanes || p->inflight[0]->done;
}

static int slot_ready(proc *p) {
    pthread_mutex_lock(&p->mu);
    int r = lane_free_locked(p);
    pthread_mutex_unlock(&p->mu);
    return r;
}

/* Fills the batch: waits for a first message, then keeps taking and preparing
 * what arrives while every lane is busy, so that when one is free only the
 * Redis round trip and the serialisation stand between the batch and its
 * transaction. Closes it once a lane is free and batch_wait_ms have passed
 * since its first event, or when it is full. */
static void batch_gather(proc *p, batch *b) {
    p->rebalanced = 0;
    long long deadline = 0;
    while (b->n < p->cfg->process_batch_max && b->bytes < LL_PROCESS_BATCH_BYTES &&
           !ll_stop_requested()) {
        int wait = 100;
        if (b->n > 0) {
            batch_prepare(p, b);
            batch_redis_send(p, b, 0);
            if (slot_ready(p)) {
                long long left = deadline - ll_mono_us();
                if (left <= 0)
                    return;
                wait = (int)((left + 999) / 1000);
            }
        }
        rd_kafka_message_t *m = rd_kafka_consumer_poll(p->consumer, wait);
        if (p->rebalanced) {
            /* What was gathered before the rebalance may now be another
             * processor's: drop it; the new assignment reads those partitions
             * again from their committed offsets. m, returned after the
             * callback, already belongs to the new assignment. */
            batch_drop(p, b);
            p->rebalanced = 0;
        }
        /* Nothing within the wait, or a lane's wake-up: look again. */
        while (m) {
            if (m->err) {
                if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF)
                    ll_warn("consume: %s", rd_kafka_message_errstr(m));
                rd_kafka_message_destroy(m);
            } else {
                item *it = &b->items[b->n++];
                memset(it, 0, sizeof(*it));
                it->msg = m;
                b->bytes += m->len;
                if (b->n == 1) {
                    b->t0 = ll_mono_us();
                    deadline = b->t0 + (long long)p->cfg->process_batch_wait_ms * 1000;
                }
            }
            if (b->n >= p->cfg->process_batch_max || b->bytes >= LL_PROCESS_BATCH_BYTES)
                break;
            /* What is queued already, without waiting. */
            m = rd_kafka_consumer_poll(p->consumer, 0);
            if (p->rebalanced) {
                batch_drop(p, b);
                p->rebalanced = 0;
            }
        }
        if (b->n == 0)
            return; /* idle */
    }
}

typedef struct slice_ctx {
    proc *p;
    batch *b;
    int base; /* the pool's [lo, hi) are relative to it */
} slice_ctx;

/* Parse, validate and the text work of items [lo, hi), before the batch's
 * Redis round trip; runs on the worker pool. */
static void batch_prepare_slice(void *ctx, int worker, int lo, int hi) {
    const slice_ctx *sc = ctx;
    proc *p = sc->p;
    ll_arena *prev = ll_json_arena_set(sc->b->arena[worker]);
    for (int i = lo; i < hi; i++) {
        item *it = &sc->b->items[sc->base + i];
        it->state = IT_DLQ;
        if (!it->msg->payload || it->msg->len == 0) {
            ll_err_set(&it->err, "", "empty message");
            continue;
        }
        it->ev = ll_json_parse(it->msg->payload, it->msg->len, LL_MAX_EVENT_BYTES, &it->err);
        if (!it->ev)
            continue;
        if (ll_event_validate_received(it->ev, &it->err) != 0) {
            cJSON_Delete(it->ev);
            it->ev = NULL;
            continue;
        }
        const cJSON *cit = cJSON_GetObjectItemCaseSensitive(ll_event_data(it->ev), "citizen");
        it->pseudonym = cit ? ll_json_str(cit, "pseudonym") : NULL;
        it->state = IT_NEW;
        if (ll_enrich_prepare(p->en[worker], it->ev) != 0)
            it->failed = 1;
    }
    ll_json_arena_set(prev);
}

/* The history-dependent part and the serialisation, after the Redis round trip. */
static void batch_finish_slice(void *ctx, int worker, int lo, int hi) {
    const slice_ctx *sc = ctx;
    proc *p = sc->p;
    ll_arena *prev = ll_json_arena_set(sc->b->arena[worker]);
    for (int i = lo; i < hi; i++) {
        item *it = &sc->b->items[sc->base + i];
        if (it->state != IT_NEW)
            continue;
        if (ll_enrich_finish(p->en[worker], it->ev, &it->th) != 0) {
            it->failed = 1;
            continue;
        }
        /* Written once into the member's scratch buffer, then into a block of
         * its own that librdkafka takes over without copying again. */
        size_t n = ll_event_serialise(it->ev, p->scratch[worker], LL_MAX_EVENT_BYTES * 2);
        if (n == 0) {
            /* Too large to travel: a dead letter, not a retry. */
            it->outlen = (size_t)LL_MAX_EVENT_BYTES * 2 + 1;
            continue;
        }
        if (!(it->out = malloc(n))) {
            it->failed = 1;
            continue;
        }
        memcpy(it->out, p->scratch[worker], n);
        it->outlen = n;
        if (!it->msg->key)
            snprintf(it->id, sizeof(it->id), "%s", ll_json_str(it->ev, "id"));
    }
    ll_json_arena_set(prev);
}

static int batch_failed(const batch *b) {
    for (int i = 0; i < b->n; i++)
        if (b->items[i].failed)
            return 1;
    return 0;
}

static void mark_of(const rd_kafka_message_t *m, char *buf, size_t len) {
    snprintf(buf, len, "%d:%lld", m->partition, (long long)m->offset);
}

/* The batch's Redis commands go out while it is still being gathered (per
 * event a SET NX GET of its id and, for a known citizen, the thread script),
 * in order, and Redis works them while the lane commits the batch before; the
 * replies are read once, when the batch closes: one round trip per batch.
 * They are written in chunks of LL_PROCESS_REDIS_CHUNK commands (all of them
 * when flush is set): a write per poll would wake Redis for a handful of
 * commands each time, which doubled its CPU per event at 5,000 events/s. */
static void batch_redis_send(proc *p, batch *b, int flush) {
    int cmds = 0;
    for (; b->redis_sent < b->prepared && !b->redis_broken; b->redis_sent++) {
        item *it = &b->items[b->redis_sent];
        if (it->state != IT_NEW)
            continue;
        char mark[48], key[LL_MAX_ID_BYTES + 32], ttl[16];
        mark_of(it->msg, mark, sizeof(mark));
        int kl = snprintf(key, sizeof(key), LL_KEY_SEEN_FMT, ll_json_str(it->ev, "id"));
        int tl = snprintf(ttl, sizeof(ttl), "%d", p->cfg->process_dedup_ttl_s);
        const char *argv[] = {"SET", key, mark, "NX", "GET", "EX", ttl};
        const size_t lens[] = {3, (size_t)kl, strlen(mark), 2, 3, 2, (size_t)tl};
        if (redisAppendCommandArgv(p->redis, 7, argv, lens) != REDIS_OK) {
            b->redis_broken = 1;
            break;
        }
        cmds++;
        b->redis_pending++;
        if (it->pseudonym) {
            const cJSON *d = ll_event_data(it->ev);
            time_t t;
            ll_time_parse(ll_json_str(d, "received_at"), &t);
            if (ll_thread_append(p->redis, p->thread_sha, it->pseudonym, ll_json_str(d, "theme"),
                                 ll_json_str(it->ev, "id"), ll_json_str(d, "channel"),
                                 (long long)t * 1000, p->cfg->process_thread_window_s) != 0) {
                b->redis_broken = 1;
                break;
            }
            cmds++;
            b->redis_pending++;
        }
    }
    if (cmds)
        ll_metric_add(&m_redis_cmds, (unsigned long long)cmds);
    b->redis_unwritten += cmds;
    if (b->redis_unwritten == 0 || (!flush && b->redis_unwritten < LL_PROCESS_REDIS_CHUNK))
        return;
    b->redis_unwritten = 0;
    int done = 0;
    while (!done && !b->redis_broken)
        if (redisBufferWrite(p->redis, &done) != REDIS_OK) {
            ll_warn("redis: %s", p->redis->errstr);
            b->redis_broken = 1;
        }
}

/* Reads and drops what a batch that is given up still has coming. */
static void batch_redis_discard(proc *p, batch *b) {
    while (b->redis_pending > 0 && !b->redis_broken) {
        redisReply *r = NULL;
        if (redisGetReply(p->redis, (void **)&r) != REDIS_OK || !r)
            b->redis_broken = 1;
        freeReplyObject(r);
        b->redis_pending--;
    }
}

/* Sends what is left, then reads every reply of the batch. Returns -1 when
 * Redis failed (the batch must be read again after a reconnect). */
static int batch_redis(proc *p, batch *b) {
    batch_redis_send(p, b, 1);
    if (b->redis_broken)
        return -1;
    if (b->redis_pending == 0)
        return 0;
    ll_metric_add(&m_redis_rtt, 1);
    int rc = 0;
    for (int i = 0; i < b->redis_sent; i++) {
        item *it = &b->items[i];
        if (it->state != IT_NEW)
            continue;
        redisReply *r = NULL;
        if (redisGetReply(p->redis, (void **)&r) != REDIS_OK || !r) {
            ll_warn("redis: %s", p->redis->errstr);
            b->redis_broken = 1;
            return -1; /* the context is dead; reconnect */
        }
        b->redis_pending--;
        if (r->type == REDIS_REPLY_STRING) {
            char mark[48];
            mark_of(it->msg, mark, sizeof(mark));
            /* Our own mark: this very input, read again after a crash. */
            if (strcmp(r->str, mark) != 0)
                it->state = IT_DUP;
        } else if (r->type != REDIS_REPLY_NIL) {
            ll_warn("redis: unexpected reply to SET: %s",
                    r->type == REDIS_REPLY_ERROR ? r->str : "?");
            rc = -1; /* read on, so the pipeline stays in step */
        }
        freeReplyObject(r);
        if (!it->pseudonym)
            continue;
        if (redisGetReply(p->redis, (void **)&r) != REDIS_OK || !r) {
            ll_warn("redis: %s", p->redis->errstr);
            b->redis_broken = 1;
            return -1;
        }
        b->redis_pending--;
        const cJSON *d = ll_event_data(it->ev);
        if (ll_thread_parse(r, it->pseudonym, ll_json_str(d, "theme"), &it->th) != 0) {
            ll_warn("redis: thread script: %s", r->type == REDIS_REPLY_ERROR ? r->str : "?");
            rc = -1; /* e.g. NOSCRIPT after a Redis restart: reconnect reloads it */
        }
        freeReplyObject(r);
    }
    return rc;
}

/* flags: RD_KAFKA_MSG_F_COPY, or RD_KAFKA_MSG_F_FREE to hand val (malloc'ed)
 * to librdkafka, which frees it once delivered; on failure it stays ours. */
static int produce(lane *l, const char *topic, const void *key, size_t keylen, void *val,
                   size_t len, int flags) {
    for (;;) {
        rd_kafka_resp_err_t err = rd_kafka_producev(
            l->producer, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_KEY(key, keylen),
            RD_KAFKA_V_VALUE(val, len), RD_KAFKA_V_MSGFLAGS(flags), RD_KAFKA_V_END);
        if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            rd_kafka_poll(l->producer, 50); /* make room: bounded queue */
            continue;
        }
        if (err)
            ll_warn("produce to %s: %s", topic, rd_kafka_err2str(err));
        return err ? -1 : 0;
    }
}

static int produce_deadletter(lane *l, const item *it) {
    const proc *p = l->p;
    const rd_kafka_message_t *m = it->msg;
    char natural[256], id[LL_EVENT_ID_LEN + 1], now[LL_MAX_TIME_BYTES], source[256];
    snprintf(natural, sizeof(natural), "%s/%d/%lld", rd_kafka_topic_name(m->rkt), m->partition,
             (long long)m->offset);
    snprintf(source, sizeof(source), "%s/process", p->cfg->source_base);
    ll_event_id_from_key(source, natural, id);
    ll_time_format_ms(ll_now_ms(), now, sizeof(now));
    cJSON *ev = ll_event_new(id, source, LL_TYPE_DEADLETTER, now);
    cJSON *d = ev ? ll_event_data(ev) : NULL;
    int rc = -1;
    char *b64 = NULL;
    if (!d || !cJSON_AddStringToObject(d, "reason", it->err.msg) ||
        (it->err.field[0] && !cJSON_AddStringToObject(d, "field", it->err.field)) ||
        !cJSON_AddStringToObject(d, "topic", rd_kafka_topic_name(m->rkt)) ||
        !cJSON_AddNumberToObject(d, "partition", m->partition) ||
        !cJSON_AddNumberToObject(d, "offset", (double)m->offset) ||
        !cJSON_AddStringToObject(d, "stage", "process"))
        goto out;
    size_t plen = m->payload ? m->len : 0;
    int utf8 = plen > 0 && ll_utf8_valid(m->payload, plen, NULL) && !memchr(m->payload, 0, plen);
    if (utf8) {
        char *s = malloc(plen + 1);
        if (!s)
            goto out;
        memcpy(s, m->payload, plen);
        s[plen] = '\0';
        cJSON *o = cJSON_CreateString(s);
        free(s);
        if (!o || !cJSON_AddItemToObject(d, "original", o))
            goto out;
    } else if (plen > 0) {
        size_t blen = sodium_base64_encoded_len(plen, sodium_base64_VARIANT_ORIGINAL);
        if (!(b64 = malloc(blen)))
            goto out;
        sodium_bin2base64(b64, blen, m->payload, plen, sodium_base64_VARIANT_ORIGINAL);
        if (!cJSON_AddStringToObject(d, "original_base64", b64))
            goto out;
    }
    /* The DLQ keeps what it was given, up to the event bound: a much larger
     * original is cut and flagged rather than lost with the rest. */
    size_t n = ll_event_serialise(ev, l->buf, LL_MAX_EVENT_BYTES * 2);
    if (n == 0) {
        cJSON_DeleteItemFromObjectCaseSensitive(d, "original");
        cJSON_DeleteItemFromObjectCaseSensitive(d, "original_base64");
        cJSON_AddTrueToObject(d, "original_omitted");
        n = ll_event_serialise(ev, l->buf, LL_MAX_EVENT_BYTES * 2);
    }
    if (n == 0)
        goto out;
    rc = produce(l, p->cfg->topic_dlq, NULL, 0, l->buf, n, RD_KAFKA_MSG_F_COPY);
    if (rc == 0)
        ll_metric_add(&m_dlq, 1);
out:
    free(b64);
    cJSON_Delete(ev);
    return rc;
}

static int batch_produce(lane *l, batch *b, int *enriched) {
    const proc *p = l->p;
    *enriched = 0;
    for (int i = 0; i < b->n; i++) {
        item *it = &b->items[i];
        if (it->state == IT_DUP)
            continue;
        if (it->state == IT_DLQ) {
            ll_info("dead letter %s[%d]@%lld: %s%s%s", rd_kafka_topic_name(it->msg->rkt),
                    it->msg->partition, (long long)it->msg->offset, it->err.field,
                    it->err.field[0] ? ": " : "", it->err.msg);
            if (produce_deadletter(l, it) != 0)
                return -1;
            continue;
        }
        if (it->outlen > (size_t)LL_MAX_EVENT_BYTES * 2) {
            ll_err_set(&it->err, "", "enriched event larger than %d bytes", LL_MAX_EVENT_BYTES * 2);
            if (produce_deadletter(l, it) != 0)
                return -1;
            continue;
        }
        const void *key = it->msg->key;
        size_t keylen = it->msg->key_len;
        if (!key) {
            key = it->id;
            keylen = strlen(key);
        }
        if (produce(l, p->cfg->topic_enriched, key, keylen, it->out, it->outlen,
                    RD_KAFKA_MSG_F_FREE) != 0)
            return -1; /* it->out is still ours; batch_clear frees it */
        it->out = NULL;  /* librdkafka's now */
        (*enriched)++;
    }
    return 0;
}

/* The next offset of each partition in the batch. */
static rd_kafka_topic_partition_list_t *batch_offsets(const batch *b, int first,
                                                      rd_kafka_topic_partition_list_t *l) {
    if (!l)
        l = rd_kafka_topic_partition_list_new(16);
    for (int i = 0; i < b->n; i++) {
        const rd_kafka_message_t *m = b->items[i].msg;
        const char *t = rd_kafka_topic_name(m->rkt);
        rd_kafka_topic_partition_t *tp = rd_kafka_topic_partition_list_find(l, t, m->partition);
        if (!tp) {
            tp = rd_kafka_topic_partition_list_add(l, t, m->partition);
            tp->offset = first ? m->offset : m->offset + 1;
        } else if (first ? m->offset < tp->offset : m->offset + 1 > tp->offset) {
            tp->offset = first ? m->offset : m->offset + 1;
        }
    }
    return l;
}

/* After an abort: read again from the first offsets in l (consumed). */
static void rewind_to(proc *p, rd_kafka_topic_partition_list_t *l) {
    rd_kafka_error_t *e = rd_kafka_seek_partitions(p->consumer, l, 5000);
    if (e) {
        ll_warn("rewind: %s", rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
    }
    rd_kafka_topic_partition_list_destroy(l);
}

static int redis_reconnect(proc *p) {
    int backoff_ms = 200;
    while (!ll_stop_requested()) {
        if (p->redis)
            redisFree(p->redis);
        char e[256];
        p->redis = ll_redis_connect(p->cfg->redis, 2000, e, sizeof(e));
        if (p->redis && ll_thread_script_load(p->redis, p->thread_sha, e, sizeof(e)) == 0) {
            p->redis_stale = 0;
            ll_info("redis connected");
            return 0;
        }
        /* No consumer poll while waiting: it would hand out messages of the
         * rewound batch. A Redis outage longer than max.poll.interval.ms costs
         * a rejoin of the group, not data. */
        ll_warn("%s; retrying in %d ms", e, backoff_ms);
        usleep((useconds_t)backoff_ms * 1000);
        if (backoff_ms < 5000)
            backoff_ms *= 2;
    }
    return -1;
}

/* Lanes wait here for their predecessor in the commit order: until *at has
 * reached seq - 1. */
static void order_wait(proc *p, const unsigned long long *at, unsigned long long seq) {
    pthread_mutex_lock(&p->mu);
    while (*at + 1 < seq)
        pthread_cond_wait(&p->cv, &p->mu);
    pthread_mutex_unlock(&p->mu);
}

/* Batch seq's offsets step is over (sent or failed): its successor may send. */
static void offsets_passed(proc *p, unsigned long long seq) {
    pthread_mutex_lock(&p->mu);
    if (p->offsets_seq < seq)
        p->offsets_seq = seq;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
}

/* Waits until batch seq's predecessor's transaction is over; returns whether
 * it committed (ended_ok stays the predecessor's until seq itself ends). */
static int predecessor_committed(proc *p, unsigned long long seq) {
    order_wait(p, &p->ended_seq, seq);
    pthread_mutex_lock(&p->mu);
    int ok = p->ended_ok;
    pthread_mutex_unlock(&p->mu);
    return ok;
}

static void transaction_ended(proc *p, unsigned long long seq, int committed) {
    pthread_mutex_lock(&p->mu);
    p->ended_seq = seq;
    p->ended_ok = committed;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
}

/* A lane's part: the transaction of a batch whose work is done, in its place
 * in the commit order. Returns 0 when it committed, 1 when it was aborted,
 * -1 on a fatal error. */
static int batch_commit(lane *l, batch *b) {
    proc *p = l->p;
    rd_kafka_error_t *e = NULL;
    int enriched = 0, offsets_over = 0, fatal = 0;
    const char *step = "begin";
    b->t_handed = ll_mono_us();
    long long tc = 0, to = 0;
    if ((e = rd_kafka_begin_transaction(l->producer)))
        goto error;
    step = "produce";
    if (batch_produce(l, b, &enriched) != 0)
        goto abort;
    /* Offsets reach the group coordinator in input order: of two committed
     * offset records for a partition, the later written one counts. */
    step = "send offsets";
    order_wait(p, &p->offsets_seq, b->seq);
    tc = ll_mono_us();
    rd_kafka_topic_partition_list_t *offs = batch_offsets(b, 0, NULL);
    e = rd_kafka_send_offsets_to_transaction(l->producer, offs, b->cgmd, 30000);
    rd_kafka_topic_partition_list_destroy(offs);
    offsets_passed(p, b->seq);
    offsets_over = 1;
    if (e)
        goto error;
    to = ll_mono_us();
    /* A batch commits only after the one before it: its offsets imply that
     * input was done with. */
    step = "commit";
    if (!predecessor_committed(p, b->seq)) {
        ll_info("transaction of the batch before failed; aborting this one too");
        goto abort;
    }
    if (p->fault_abort_every && b->seq % p->fault_abort_every == 0) {
        /* Like a commit that times out: slow, so the batches after it are
         * in flight when it fails. */
        usleep(100000);
        ll_warn("fault injection: aborting transaction %llu", b->seq);
        goto abort;
    }
    for (;;) {
        e = rd_kafka_commit_transaction(l->producer, 60000);
        if (!e)
            break;
        if (ll_kafka_error_class(e) != LL_KAFKA_RETRIABLE)
            goto error;
        ll_warn("commit: %s; retrying", rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
        e = NULL;
    }
    transaction_ended(p, b->seq, 1);
    int dups = 0, dlq = 0;
    for (int i = 0; i < b->n; i++) {
        dups += b->items[i].state == IT_DUP;
        dlq += b->items[i].state == IT_DLQ;
    }
    ll_metric_add(&m_consumed, (unsigned long long)b->n);
    ll_metric_add(&m_enriched, (unsigned long long)enriched);
    ll_metric_add(&m_dup, (unsigned long long)dups);
    ll_metric_add(&m_batches, 1);
    ll_metric_observe_us(&m_batch_time, ll_mono_us() - b->t0);
    long long tend = ll_mono_us();
    ll_metric_observe_us(&m_commit_time, tend - tc);
    /* Where each transaction spent its time, for whoever chases latency. */
    ll_debug("committed %llu: %d in, %d enriched, %d duplicates, %d dead letters; gathered "
             "%.1f ms, worked %.1f ms, produce %.1f ms, offsets %.1f ms, commit %.1f ms",
             b->seq, b->n, enriched, dups, dlq, (double)(b->t_closed - b->t0) / 1000,
             (double)(b->t_handed - b->t_closed) / 1000, (double)(tc - b->t_handed) / 1000,
             (double)(to - tc) / 1000, (double)(tend - to) / 1000);
    return 0;

error:
    if (ll_kafka_error_class(e) == LL_KAFKA_FATAL) {
        ll_error("transaction %s: fatal: %s", step, rd_kafka_error_string(e));
        fatal = 1;
    } else {
        ll_warn("transaction %s: %s; aborting the batch", step, rd_kafka_error_string(e));
    }
    rd_kafka_error_destroy(e);
abort:
    if (!offsets_over)
        offsets_passed(p, b->seq);
    if (!fatal) {
        ll_metric_add(&m_aborts, 1);
        e = rd_kafka_abort_transaction(l->producer, 60000);
        if (e) {
            ll_error("abort: %s", rd_kafka_error_string(e));
            fatal = ll_kafka_error_class(e) == LL_KAFKA_FATAL;
            rd_kafka_error_destroy(e);
        }
    }
    /* The order holds for failures too: the next batch learns of this one. */
    predecessor_committed(p, b->seq);
    transaction_ended(p, b->seq, 0);
    return fatal ? -1 : 1;
}

static void *lane_main(void *arg) {
    lane *l = arg;
    proc *p = l->p;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->lanes_stop && !l->b)
            pthread_cond_wait(&p->cv, &p->mu);
        if (p->lanes_stop)
            break;
        batch *b = l->b;
        pthread_mutex_unlock(&p->mu);
        int rc = batch_commit(l, b);
        rd_kafka_topic_partition_list_t *rewind = rc == 1 ? batch_offsets(b, 1, NULL) : NULL;
        rd_kafka_consumer_group_metadata_destroy(b->cgmd);
        b->cgmd = NULL;
        batch_clear(p, b);
        pthread_mutex_lock(&p->mu);
        l->b = NULL;
        b->rc = rc;
        b->rewind = rewind;
        b->done = 1;
        pthread_cond_broadcast(&p->cv);
        if (p->cq) /* the main thread may be waiting for a free lane */
            rd_kafka_queue_yield(p->cq);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Hands a batch whose work is done to its lane, which must be free. */
static void hand_over(proc *p, batch *b) {
    b->cgmd = rd_kafka_consumer_group_metadata(p->consumer);
    b->done = 0;
    b->rc = 0;
    b->rewind = NULL;
    pthread_mutex_lock(&p->mu);
    b->seq = p->next_seq++;
    lane *l = &p->lanes[b->seq % (unsigned long long)p->nlanes];
    l->b = b;
    p->inflight[p->ninflight++] = b;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
}

/* dst gets, per partition, the lower of its and src's offset; src is consumed. */
static rd_kafka_topic_partition_list_t *offsets_min(rd_kafka_topic_partition_list_t *dst,
                                                    rd_kafka_topic_partition_list_t *src) {
    if (!dst)
        return src;
    for (int i = 0; src && i < src->cnt; i++) {
        const rd_kafka_topic_partition_t *s = &src->elems[i];
        rd_kafka_topic_partition_t *d =
            rd_kafka_topic_partition_list_find(dst, s->topic, s->partition);
        if (!d)
            rd_kafka_topic_partition_list_add(dst, s->topic, s->partition)->offset = s->offset;
        else if (s->offset < d->offset)
            d->offset = s->offset;
    }
    if (src)
        rd_kafka_topic_partition_list_destroy(src);
    return dst;
}

/* Takes the outcomes of finished batches, oldest first, waiting as mode says.
 * Returns 0, -1 when a transaction failed fatally, or 1 when one aborted: then
 * every batch after it aborted too, none is in flight any more, and *rewind
 * has the first offsets to read again (the caller's to use or destroy). */
static int collect(proc *p, enum collect_mode mode, rd_kafka_topic_partition_list_t **rewind) {
    int rc = 0;
    *rewind = NULL;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->ninflight > 0 && p->inflight[0]->done) {
            batch *b = p->inflight[0];
            memmove(&p->inflight[0], &p->inflight[1], (size_t)(p->ninflight - 1) * sizeof(b));
            p->ninflight--;
            if (b->rc < 0)
                rc = -1;
            else if (b->rc == 1 && rc == 0)
                rc = 1;
            *rewind = offsets_min(*rewind, b->rewind);
            b->rewind = NULL;
            b->done = 0;
        }
        int enough;
        if (rc != 0 || mode == COLLECT_ALL) /* a failure takes the rest of the chain with it */
            enough = p->ninflight == 0;
        else if (mode == COLLECT_SLOT)
            enough = lane_free_locked(p);
        else
            enough = 1;
        if (enough)
            break;
        pthread_cond_wait(&p->cv, &p->mu);
    }
    if (rc != 0)
        p->ended_ok = 1; /* a new chain starts from the rewind */
    pthread_mutex_unlock(&p->mu);
    return rc;
}

/* Parses and text-enriches what was gathered since the last call. */
static void batch_prepare(proc *p, batch *b) {
    if (b->prepared >= b->n)
        return;
    slice_ctx sc = {p, b, b->prepared};
    ll_pool_run(p->pool, batch_prepare_slice, &sc, b->n - b->prepared);
    b->prepared = b->n;
}

/* The main thread's part: parse, enrich and de-duplicate batch b. Returns 0,
 * 1 when it must be read again (Redis failed: *redis_failed is set; or out
 * of memory). */
static int batch_work(proc *p, batch *b, int *redis_failed) {
    slice_ctx sc = {p, b, 0};
    *redis_failed = 0;
    batch_prepare(p, b);
    if (batch_failed(b))
        return 1;
    if (batch_redis(p, b) != 0) {
        *redis_failed = 1;
        return 1;
    }
    ll_pool_run(p->pool, batch_finish_slice, &sc, b->n);
    if (batch_failed(b))
        return 1;
    /* The trees are written out: drop them now, not when the batch commits,
     * so only the batch being worked holds trees (RSS). */
    if (b->arena[0]) {
        for (int i = 0; i < b->n; i++) {
            b->items[i].ev = NULL;
            b->items[i].pseudonym = NULL;
        }
        batch_drop_trees(b);
    }
    return 0;
}

/* One turn of the pipe: gather and work a batch, take the outcomes of
 * finished transactions, hand this batch over. Returns -1 on a fatal error. */
static int pipe_turn(proc *p) {
    batch *b = p->cur;
    rd_kafka_topic_partition_list_t *rewind = NULL;
    if (p->redis_stale) {
        p->redis_stale = 0;
        if (redis_reconnect(p) != 0)
            return ll_stop_requested() ? 0 : -1;
    }
    batch_gather(p, b);
    if (b->n == 0) {
        /* Idle: an aborted transaction is read again now, not at the next event. */
        int rc = collect(p, COLLECT_DONE, &rewind);
        if (rewind)
            rewind_to(p, rewind);
        return rc < 0 ? -1 : 0;
    }
    b->t_closed = ll_mono_us();
    int redis_failed = 0;
    int w = batch_work(p, b, &redis_failed);
    int rc = collect(p, COLLECT_SLOT, &rewind);
    if (rc < 0) {
        if (rewind)
            rd_kafka_topic_partition_list_destroy(rewind);
        batch_drop(p, b);
        return -1;
    }
    if (rc == 1 || w != 0) {
        /* Everything after the last commit is read again; Redis state is
         * replay-safe, so this batch's round trip does no harm. */
        rewind_to(p, batch_offsets(b, 1, rewind));
        batch_drop(p, b);
        if (redis_failed && redis_reconnect(p) != 0)
            return ll_stop_requested() ? 0 : -1;
        return 0;
    }
    hand_over(p, b);
    /* The next free batch: neither in flight nor this one. */
    pthread_mutex_lock(&p->mu);
    for (int k = 0; k <= p->nlanes; k++) {
        batch *c = &p->batches[k];
        int busy = 0;
        for (int i = 0; i < p->ninflight; i++)
            busy |= p->inflight[i] == c;
        if (!busy) {
            p->cur = c;
            break;
        }
    }
    pthread_mutex_unlock(&p->mu);
    return 0;
}

static void process_shutdown(void *state);

static void *process_init(const ll_config *cfg, int argc, char **argv, char *errstr,
                          size_t errlen) {
    const char *instance = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--instance") == 0 && i + 1 < argc) {
            instance = argv[++i];
        } else {
            snprintf(errstr, errlen, "process: unexpected argument '%s'", argv[i]);
            return NULL;
        }
    }
    proc *p = calloc(1, sizeof(*p));
    if (!p) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    p->cfg = cfg;
    if (instance)
        snprintf(p->txn_id, sizeof(p->txn_id), "%s-%s", cfg->process_txn_id, instance);
    else
        snprintf(p->txn_id, sizeof(p->txn_id), "%s", cfg->process_txn_id);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, NULL);
    p->cur = &p->batches[0];
    p->nlanes = cfg->process_txn_in_flight;
    const char *fault = getenv("LL_PROCESS_FAULT_ABORT_EVERY");
    if (fault && *fault) {
        p->fault_abort_every = strtoull(fault, NULL, 10);
        ll_warn("LL_PROCESS_FAULT_ABORT_EVERY=%llu: transactions will be aborted (tests only)",
                p->fault_abort_every);
    }
    p->next_seq = 1;
    p->ended_ok = 1;
    int buf_ok = 1;
    for (int k = 0; k < p->nlanes; k++)
        buf_ok &= (p->lanes[k].buf = malloc(LL_MAX_EVENT_BYTES * 2)) != NULL;
    for (int w = 0; w < cfg->process_workers; w++)
        buf_ok &= (p->scratch[w] = malloc(LL_MAX_EVENT_BYTES * 2)) != NULL;
    if (!buf_ok) {
        snprintf(errstr, errlen, "out of memory");
        goto fail;
    }
    ll_json_hooks_install();
    int arenas = 1;
    for (int k = 0; k <= p->nlanes; k++) {
        batch *b = &p->batches[k];
        if (!(b->items = calloc((size_t)cfg->process_batch_max, sizeof(item)))) {
            snprintf(errstr, errlen, "out of memory");
            goto fail;
        }
        /* Keep what a typical batch needs between rounds, return the rest. */
        for (int w = 0; w < cfg->process_workers && arenas; w++)
            arenas = (b->arena[w] = ll_arena_new(LL_PROCESS_ARENA_KEEP)) != NULL;
    }
    if (!arenas) {
        ll_warn("no address space for arenas; JSON trees use malloc");
        for (int k = 0; k <= p->nlanes; k++)
            for (int w = 0; w < LL_MAX_PROCESS_WORKERS; w++) {
                ll_arena_free(p->batches[k].arena[w]);
                p->batches[k].arena[w] = NULL;
            }
    }
    ll_metric_register(&m_consumed);
    ll_metric_register(&m_enriched);
    ll_metric_register(&m_dup);
    ll_metric_register(&m_dlq);
    ll_metric_register(&m_batches);
    ll_metric_register(&m_aborts);
    ll_metric_register(&m_redis_cmds);
    ll_metric_register(&m_redis_rtt);
    ll_metric_register(&m_batch_time);
    ll_metric_register(&m_commit_time);
    for (int w = 0; w < cfg->process_workers; w++)
        if (!(p->en[w] = ll_enricher_new(cfg, errstr, errlen)))
            goto fail;
    if (!(p->pool = ll_pool_new(cfg->process_workers, errstr, errlen)))
        goto fail;

    rd_kafka_conf_t *cconf = ll_kafka_conf_new(cfg, LL_SECT_PROCESS, errstr, errlen);
    if (!cconf)
        goto fail;
    char e[256];
    if (ll_kafka_conf_stream_defaults(cconf, cfg, LL_SECT_PROCESS, p->txn_id, errstr, errlen) !=
        0) {
        rd_kafka_conf_destroy(cconf);
        goto fail;
    }
    rd_kafka_conf_set_rebalance_cb(cconf, rebalance_cb);
    rd_kafka_conf_set_opaque(cconf, p);
    if (!(p->consumer = ll_kafka_consumer_new(cconf, cfg->process_group, errstr, errlen)))
        goto fail;
    p->cq = rd_kafka_queue_get_consumer(p->consumer);

    /* Lane 0 keeps the configured transactional.id, so a processor that ran
     * with one lane is fenced by its successor like before. */
    for (int k = 0; k < p->nlanes; k++) {
        lane *l = &p->lanes[k];
        l->p = p;
        if (k == 0)
            snprintf(l->txn_id, sizeof(l->txn_id), "%s", p->txn_id);
        else
            snprintf(l->txn_id, sizeof(l->txn_id), "%s.%d", p->txn_id, k);
        rd_kafka_conf_t *pconf = ll_kafka_conf_new(cfg, LL_SECT_PROCESS, errstr, errlen);
        if (!pconf)
            goto fail;
        if (ll_kafka_conf_txn_defaults(pconf, cfg, LL_SECT_PROCESS, errstr, errlen) != 0) {
            rd_kafka_conf_destroy(pconf);
            goto fail;
        }
        char tmo[32];
        snprintf(tmo, sizeof(tmo), "%d", cfg->process_txn_timeout_ms);
        if (rd_kafka_conf_set(pconf, "transaction.timeout.ms", tmo, e, sizeof(e)) !=
            RD_KAFKA_CONF_OK) {
            snprintf(errstr, errlen, "kafka: %s", e);
            rd_kafka_conf_destroy(pconf);
            goto fail;
        }
        if (!(l->producer = ll_kafka_producer_new(pconf, l->txn_id, errstr, errlen)))
            goto fail;
    }
    return p;
fail:
    process_shutdown(p);
    return NULL;
}

static int process_run(void *state) {
    proc *p = state;
    char e[256];
    int rc = 0;
    if (p->cfg->process_metrics_listen[0] &&
        ll_http_admin_thread_start(p->cfg->process_metrics_listen, ready, p, e, sizeof(e)) != 0) {
        ll_error("metrics: %s", e);
        return 1;
    }
    /* Fences any earlier incarnation with these transactional.ids and aborts
     * what it left open, so a restart after kill -9 continues cleanly. */
    for (int k = 0; k < p->nlanes; k++) {
        rd_kafka_error_t *err;
        while ((err = rd_kafka_init_transactions(p->lanes[k].producer, 30000))) {
            int retriable = rd_kafka_error_is_retriable(err);
            ll_warn("init transactions (%s): %s%s", p->lanes[k].txn_id,
                    rd_kafka_error_string(err), retriable ? "; retrying" : "");
            rd_kafka_error_destroy(err);
            if (!retriable || ll_stop_requested()) {
                rc = 1;
                goto out;
            }
        }
    }
    if (redis_reconnect(p) != 0) {
        rc = ll_stop_requested() ? 0 : 1;
        goto out;
    }
    rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, p->cfg->topic_raw, RD_KAFKA_PARTITION_UA);
    rd_kafka_resp_err_t serr = rd_kafka_subscribe(p->consumer, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    if (serr) {
        ll_error("subscribe %s: %s", p->cfg->topic_raw, rd_kafka_err2str(serr));
        rc = 1;
        goto out;
    }
    ll_info("processing %s -> %s (group %s, transactional.id %s, %d in flight)",
            p->cfg->topic_raw, p->cfg->topic_enriched, p->cfg->process_group, p->txn_id,
            p->nlanes);
    for (int k = 0; k < p->nlanes; k++) {
        if (pthread_create(&p->lanes[k].th, NULL, lane_main, &p->lanes[k]) != 0) {
            ll_error("cannot start a committer thread");
            rc = 1;
            goto out;
        }
        p->lanes[k].started = 1;
    }
    while (!ll_stop_requested()) {
        if (pipe_turn(p) < 0) {
            rc = 1;
            break;
        }
    }
    /* The batches in their transactions still commit before we leave. */
    rd_kafka_topic_partition_list_t *rewind = NULL;
    if (collect(p, COLLECT_ALL, &rewind) < 0)
        rc = 1;
    if (rewind)
        rd_kafka_topic_partition_list_destroy(rewind);
out:
    ll_info("stopping: %llu in, %llu enriched, %llu duplicates, %llu dead letters, %llu aborts",
            ll_metric_get(&m_consumed), ll_metric_get(&m_enriched), ll_metric_get(&m_dup),
            ll_metric_get(&m_dlq), ll_metric_get(&m_aborts));
    ll_http_admin_thread_stop();
    return rc;
}

static void process_shutdown(void *state) {
    proc *p = state;
    if (!p)
        return;
    int started = 0;
    for (int k = 0; k < p->nlanes; k++)
        started |= p->lanes[k].started;
    if (started) {
        rd_kafka_topic_partition_list_t *rewind = NULL;
        collect(p, COLLECT_ALL, &rewind);
        if (rewind)
            rd_kafka_topic_partition_list_destroy(rewind);
        pthread_mutex_lock(&p->mu);
        p->lanes_stop = 1;
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->mu);
        for (int k = 0; k < p->nlanes; k++)
            if (p->lanes[k].started)
                pthread_join(p->lanes[k].th, NULL);
    }
    for (int k = 0; k <= p->nlanes; k++) {
        batch *b = &p->batches[k];
        if (b->items)
            batch_clear(p, b);
        free(b->items);
        for (int w = 0; w < LL_MAX_PROCESS_WORKERS; w++)
            ll_arena_free(b->arena[w]);
    }
    if (p->cq)
        rd_kafka_queue_destroy(p->cq);
    if (p->consumer) {
        rd_kafka_consumer_close(p->consumer);
        rd_kafka_destroy(p->consumer);
    }
    for (int k = 0; k < p->nlanes; k++) {
        if (p->lanes[k].producer) {
            rd_kafka_flush(p->lanes[k].producer, 5000);
            rd_kafka_destroy(p->lanes[k].producer);
        }
        free(p->lanes[k].buf);
    }
    if (p->redis)
        redisFree(p->redis);
    ll_pool_free(p->pool);
    for (int w = 0; w < LL_MAX_PROCESS_WORKERS; w++)
        ll_enricher_free(p->en[w]);
    for (int w = 0; w < LL_MAX_PROCESS_WORKERS; w++)
        free(p->scratch[w]);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv);
    free(p);
}

const ll_role ll_role_process = {
    .name = "process",
    .summary = "feedback.raw -> feedback.enriched in Kafka transactions, de-duplicated in Redis",
    .usage = "  --instance NAME   suffix for transactional.id when several run in one group\n",
    .section = LL_SECT_PROCESS,
    .needs_pseudonym_key = 0,
    .init = process_init,
    .run = process_run,
    .shutdown = process_shutdown,
};
