/* process.c - the processor role: feedback.raw -> feedback.enriched, effectively once.
 *
 * Consume-transform-produce in Kafka transactions: a batch's outputs and its
 * input offsets commit together, so a crash or rebalance either keeps all of
 * a batch or none of it. De-duplication marks in Redis name the input that
 * made them, so replaying that input after a crash is not mistaken for a
 * duplicate.
 *
 * Two batches are in the pipe: while a committer thread runs batch N's
 * transaction (produce, offsets, commit: broker round trips), the main thread
 * gathers and enriches batch N+1, including its Redis round trip. N+1 is
 * handed over only after N committed; when N aborts, both are read again. */
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
    size_t bytes; /* input bytes gathered */
    long long t0; /* when its work started */
    long long t_handed; /* when the committer took it */
    /* One per pool member, for its JSON trees; all or none (then malloc). */
    ll_arena *arena[LL_MAX_PROCESS_WORKERS];
} batch;

typedef struct proc {
    const ll_config *cfg;
    char txn_id[192];
    rd_kafka_t *consumer;
    rd_kafka_t *producer;
    redisContext *redis;
    char thread_sha[41];
    ll_enricher *en[LL_MAX_PROCESS_WORKERS]; /* one per worker: not thread-safe */
    ll_pool *pool;
    batch batches[2];
    batch *cur; /* the main thread's */
    char *buf;  /* the committer's, for dead letters */
    char *scratch[LL_MAX_PROCESS_WORKERS]; /* per pool member, for serialising */
    int rebalanced;
    int assigned;
    /* The committer: one batch at a time, handed over under mu. */
    pthread_t committer;
    int committer_started;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    batch *inflight;          /* handed over, not yet collected */
    int inflight_done;        /* its transaction is over */
    int inflight_rc;          /* 0 committed, 1 aborted, -1 fatal */
    rd_kafka_topic_partition_list_t *inflight_rewind; /* its first offsets, when aborted */
    rd_kafka_consumer_group_metadata_t *inflight_cgmd;
    int committer_stop;
} proc;

static int commit_collect(proc *p, int block, rd_kafka_topic_partition_list_t **rewind);
static void batch_clear(proc *p, batch *b);

static void rebalance_cb(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque) {
    proc *p = opaque;
    p->rebalanced = 1;
    /* The batch in its transaction finishes under the old assignment, before
     * the partitions go: committed, or aborted and left to whoever reads
     * them next from the committed offsets. */
    rd_kafka_topic_partition_list_t *rewind = NULL;
    if (commit_collect(p, 1, &rewind) < 0)
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
    b->bytes = 0;
    batch_drop_trees(b);
}

/* Fills the batch: waits for a first message, then takes what is queued. */
static void batch_gather(proc *p, batch *b) {
    p->rebalanced = 0;
    int wait = 100;
    long long deadline = 0;
    while (b->n < p->cfg->process_batch_max && b->bytes < LL_PROCESS_BATCH_BYTES &&
           !ll_stop_requested()) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(p->consumer, wait);
        if (p->rebalanced) {
            /* What was gathered before the rebalance may now be another
             * processor's: drop it; the new assignment reads those partitions
             * again from their committed offsets. m, returned after the
             * callback, already belongs to the new assignment. */
            batch_clear(p, b);
            p->rebalanced = 0;
        }
        if (!m) {
            if (b->n == 0 || ll_mono_us() >= deadline)
                return;
            wait = (int)((deadline - ll_mono_us()) / 1000);
            if (wait <= 0)
                return;
            continue;
        }
        if (m->err) {
            if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF)
                ll_warn("consume: %s", rd_kafka_message_errstr(m));
            rd_kafka_message_destroy(m);
            continue;
        }
        item *it = &b->items[b->n++];
        memset(it, 0, sizeof(*it));
        it->msg = m;
        b->bytes += m->len;
        if (b->n == 1)
            deadline = ll_mono_us() + (long long)p->cfg->process_batch_wait_ms * 1000;
        wait = 0;
    }
}

typedef struct slice_ctx {
    proc *p;
    batch *b;
} slice_ctx;

/* Parse, validate and the text work of items [lo, hi), before the batch's
 * Redis round trip; runs on the worker pool. */
static void batch_prepare_slice(void *ctx, int worker, int lo, int hi) {
    const slice_ctx *sc = ctx;
    proc *p = sc->p;
    ll_arena *prev = ll_json_arena_set(sc->b->arena[worker]);
    for (int i = lo; i < hi; i++) {
        item *it = &sc->b->items[i];
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
        item *it = &sc->b->items[i];
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

/* One pipelined round trip for the whole batch: per event a SET NX GET of its
 * id and, for a known citizen, the thread script. Returns -1 when Redis failed
 * (the batch must be retried). */
static int batch_redis(proc *p, batch *b) {
    int cmds = 0;
    for (int i = 0; i < b->n; i++) {
        item *it = &b->items[i];
        if (it->state != IT_NEW)
            continue;
        char mark[48], key[LL_MAX_ID_BYTES + 32], ttl[16];
        mark_of(it->msg, mark, sizeof(mark));
        int kl = snprintf(key, sizeof(key), LL_KEY_SEEN_FMT, ll_json_str(it->ev, "id"));
        int tl = snprintf(ttl, sizeof(ttl), "%d", p->cfg->process_dedup_ttl_s);
        const char *argv[] = {"SET", key, mark, "NX", "GET", "EX", ttl};
        const size_t lens[] = {3, (size_t)kl, strlen(mark), 2, 3, 2, (size_t)tl};
        if (redisAppendCommandArgv(p->redis, 7, argv, lens) != REDIS_OK)
            return -1;
        cmds++;
        if (it->pseudonym) {
            const cJSON *d = ll_event_data(it->ev);
            time_t t;
            ll_time_parse(ll_json_str(d, "received_at"), &t);
            if (ll_thread_append(p->redis, p->thread_sha, it->pseudonym, ll_json_str(d, "theme"),
                                 ll_json_str(it->ev, "id"), ll_json_str(d, "channel"),
                                 (long long)t * 1000, p->cfg->process_thread_window_s) != 0)
                return -1;
            cmds++;
        }
    }
    if (cmds == 0)
        return 0;
    ll_metric_add(&m_redis_cmds, (unsigned long long)cmds);
    ll_metric_add(&m_redis_rtt, 1);
    int rc = 0;
    for (int i = 0; i < b->n; i++) {
        item *it = &b->items[i];
        if (it->state != IT_NEW)
            continue;
        redisReply *r = NULL;
        if (redisGetReply(p->redis, (void **)&r) != REDIS_OK || !r) {
            ll_warn("redis: %s", p->redis->errstr);
            return -1; /* the context is dead; reconnect */
        }
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
            return -1;
        }
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
static int produce(proc *p, const char *topic, const void *key, size_t keylen, void *val,
                   size_t len, int flags) {
    for (;;) {
        rd_kafka_resp_err_t err = rd_kafka_producev(
            p->producer, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_KEY(key, keylen),
            RD_KAFKA_V_VALUE(val, len), RD_KAFKA_V_MSGFLAGS(flags), RD_KAFKA_V_END);
        if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            rd_kafka_poll(p->producer, 50); /* make room: bounded queue */
            continue;
        }
        if (err)
            ll_warn("produce to %s: %s", topic, rd_kafka_err2str(err));
        return err ? -1 : 0;
    }
}

static int produce_deadletter(proc *p, const item *it) {
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
    size_t n = ll_event_serialise(ev, p->buf, LL_MAX_EVENT_BYTES * 2);
    if (n == 0) {
        cJSON_DeleteItemFromObjectCaseSensitive(d, "original");
        cJSON_DeleteItemFromObjectCaseSensitive(d, "original_base64");
        cJSON_AddTrueToObject(d, "original_omitted");
        n = ll_event_serialise(ev, p->buf, LL_MAX_EVENT_BYTES * 2);
    }
    if (n == 0)
        goto out;
    rc = produce(p, p->cfg->topic_dlq, NULL, 0, p->buf, n, RD_KAFKA_MSG_F_COPY);
    if (rc == 0)
        ll_metric_add(&m_dlq, 1);
out:
    free(b64);
    cJSON_Delete(ev);
    return rc;
}

static int batch_produce(proc *p, batch *b, int *enriched) {
    *enriched = 0;
    for (int i = 0; i < b->n; i++) {
        item *it = &b->items[i];
        if (it->state == IT_DUP)
            continue;
        if (it->state == IT_DLQ) {
            ll_info("dead letter %s[%d]@%lld: %s%s%s", rd_kafka_topic_name(it->msg->rkt),
                    it->msg->partition, (long long)it->msg->offset, it->err.field,
                    it->err.field[0] ? ": " : "", it->err.msg);
            if (produce_deadletter(p, it) != 0)
                return -1;
            continue;
        }
        if (it->outlen > (size_t)LL_MAX_EVENT_BYTES * 2) {
            ll_err_set(&it->err, "", "enriched event larger than %d bytes", LL_MAX_EVENT_BYTES * 2);
            if (produce_deadletter(p, it) != 0)
                return -1;
            continue;
        }
        const void *key = it->msg->key;
        size_t keylen = it->msg->key_len;
        if (!key) {
            key = it->id;
            keylen = strlen(key);
        }
        if (produce(p, p->cfg->topic_enriched, key, keylen, it->out, it->outlen,
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

/* The committer's part: the transaction of a batch whose work is done.
 * Returns 0 when it committed, 1 when it was aborted, -1 on a fatal error. */
static int batch_commit(proc *p, batch *b, rd_kafka_consumer_group_metadata_t *cgmd) {
    rd_kafka_error_t *e = NULL;
    int enriched = 0;
    const char *step = "begin";
    b->t_handed = ll_mono_us();
    if ((e = rd_kafka_begin_transaction(p->producer)))
        goto error;
    step = "produce";
    if (batch_produce(p, b, &enriched) != 0)
        goto abort;
    step = "send offsets";
    long long tc = ll_mono_us(), to = 0;
    rd_kafka_topic_partition_list_t *offs = batch_offsets(b, 0, NULL);
    e = rd_kafka_send_offsets_to_transaction(p->producer, offs, cgmd, 30000);
    rd_kafka_topic_partition_list_destroy(offs);
    if (e)
        goto error;
    to = ll_mono_us();
    step = "commit";
    for (;;) {
        e = rd_kafka_commit_transaction(p->producer, 60000);
        if (!e)
            break;
        if (ll_kafka_error_class(e) != LL_KAFKA_RETRIABLE)
            goto error;
        ll_warn("commit: %s; retrying", rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
        e = NULL;
    }
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
    /* Where a slow transaction spent its time, for whoever chases latency. */
    if (tend - tc > 100000)
        ll_debug("slow transaction (%d events): produce %.1f ms, offsets %.1f ms, commit %.1f ms",
                b->n, (double)(tc - b->t_handed) / 1000, (double)(to - tc) / 1000,
                (double)(tend - to) / 1000);
    ll_debug("committed %d in, %d enriched, %d duplicates, %d dead letters", b->n, enriched, dups,
             dlq);
    return 0;

error:
    if (ll_kafka_error_class(e) == LL_KAFKA_FATAL) {
        ll_error("transaction %s: fatal: %s", step, rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
        return -1;
    }
    ll_warn("transaction %s: %s; aborting the batch", step, rd_kafka_error_string(e));
    rd_kafka_error_destroy(e);
abort:
    ll_metric_add(&m_aborts, 1);
    e = rd_kafka_abort_transaction(p->producer, 60000);
    if (e) {
        ll_error("abort: %s", rd_kafka_error_string(e));
        int fatal = ll_kafka_error_class(e) == LL_KAFKA_FATAL;
        rd_kafka_error_destroy(e);
        if (fatal)
            return -1;
    }
    return 1;
}

static void *committer_main(void *arg) {
    proc *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->committer_stop && (!p->inflight || p->inflight_done))
            pthread_cond_wait(&p->cv, &p->mu);
        if (p->committer_stop)
            break;
        batch *b = p->inflight;
        rd_kafka_consumer_group_metadata_t *cgmd = p->inflight_cgmd;
        pthread_mutex_unlock(&p->mu);
        int rc = batch_commit(p, b, cgmd);
        rd_kafka_topic_partition_list_t *rewind = rc == 1 ? batch_offsets(b, 1, NULL) : NULL;
        rd_kafka_consumer_group_metadata_destroy(cgmd);
        batch_clear(p, b);
        pthread_mutex_lock(&p->mu);
        p->inflight_cgmd = NULL;
        p->inflight_rc = rc;
        p->inflight_rewind = rewind;
        p->inflight_done = 1;
        pthread_cond_broadcast(&p->cv);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Hands a batch whose work is done to the committer. */
static void commit_start(proc *p, batch *b) {
    rd_kafka_consumer_group_metadata_t *cgmd = rd_kafka_consumer_group_metadata(p->consumer);
    pthread_mutex_lock(&p->mu);
    p->inflight = b;
    p->inflight_cgmd = cgmd;
    p->inflight_done = 0;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
}

/* The outcome of the batch in the committer's hands (0 when there is none),
 * waiting for it when block is set; with 1 (aborted), *rewind gets the first
 * offsets to read again, for the caller to merge and use or destroy. With no
 * block and the transaction still running, returns 2. */
static int commit_collect(proc *p, int block, rd_kafka_topic_partition_list_t **rewind) {
    *rewind = NULL;
    pthread_mutex_lock(&p->mu);
    if (!p->inflight) {
        pthread_mutex_unlock(&p->mu);
        return 0;
    }
    if (!block && !p->inflight_done) {
        pthread_mutex_unlock(&p->mu);
        return 2;
    }
    while (!p->inflight_done)
        pthread_cond_wait(&p->cv, &p->mu);
    int rc = p->inflight_rc;
    *rewind = p->inflight_rewind;
    p->inflight_rewind = NULL;
    p->inflight = NULL;
    p->inflight_done = 0;
    pthread_mutex_unlock(&p->mu);
    return rc;
}

/* The main thread's part: parse, enrich and de-duplicate batch b. Returns 0,
 * 1 when it must be read again (Redis failed: *redis_failed is set; or out
 * of memory). */
static int batch_work(proc *p, batch *b, int *redis_failed) {
    b->t0 = ll_mono_us();
    slice_ctx sc = {p, b};
    *redis_failed = 0;
    ll_pool_run(p->pool, batch_prepare_slice, &sc, b->n);
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

/* One turn of the pipe: gather and work a batch, collect the previous
 * transaction, hand this batch over. Returns -1 on a fatal error. */
static int pipe_turn(proc *p) {
    batch *b = p->cur;
    rd_kafka_topic_partition_list_t *rewind = NULL;
    batch_gather(p, b);
    if (b->n == 0) {
        /* Idle: an aborted transaction is read again now, not at the next event. */
        int rc = commit_collect(p, 0, &rewind);
        if (rewind)
            rewind_to(p, rewind);
        return rc < 0 ? -1 : 0;
    }
    int redis_failed = 0;
    int w = batch_work(p, b, &redis_failed);
    int rc = commit_collect(p, 1, &rewind);
    if (rc < 0) {
        if (rewind)
            rd_kafka_topic_partition_list_destroy(rewind);
        batch_clear(p, b);
        return -1;
    }
    if (rc == 1 || w != 0) {
        /* Everything after the last commit is read again; Redis state is
         * replay-safe, so this batch's round trip does no harm. */
        rewind_to(p, batch_offsets(b, 1, rewind));
        batch_clear(p, b);
        if (redis_failed && redis_reconnect(p) != 0)
            return ll_stop_requested() ? 0 : -1;
        return 0;
    }
    commit_start(p, b);
    p->cur = b == &p->batches[0] ? &p->batches[1] : &p->batches[0];
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
    p->buf = malloc(LL_MAX_EVENT_BYTES * 2);
    int scratch_ok = 1;
    for (int w = 0; w < cfg->process_workers; w++)
        scratch_ok &= (p->scratch[w] = malloc(LL_MAX_EVENT_BYTES * 2)) != NULL;
    if (!p->buf || !scratch_ok) {
        snprintf(errstr, errlen, "out of memory");
        goto fail;
    }
    ll_json_hooks_install();
    int arenas = 1;
    for (int k = 0; k < 2; k++) {
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
        for (int k = 0; k < 2; k++)
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
    if (!(p->producer = ll_kafka_producer_new(pconf, p->txn_id, errstr, errlen)))
        goto fail;
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
    /* Fences any earlier incarnation with this transactional.id and aborts
     * what it left open, so a restart after kill -9 continues cleanly. */
    rd_kafka_error_t *err;
    while ((err = rd_kafka_init_transactions(p->producer, 30000))) {
        int retriable = rd_kafka_error_is_retriable(err);
        ll_warn("init transactions: %s%s", rd_kafka_error_string(err),
                retriable ? "; retrying" : "");
        rd_kafka_error_destroy(err);
        if (!retriable || ll_stop_requested()) {
            rc = 1;
            goto out;
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
    ll_info("processing %s -> %s (group %s, transactional.id %s)", p->cfg->topic_raw,
            p->cfg->topic_enriched, p->cfg->process_group, p->txn_id);
    if (pthread_create(&p->committer, NULL, committer_main, p) != 0) {
        ll_error("cannot start the committer thread");
        rc = 1;
        goto out;
    }
    p->committer_started = 1;
    while (!ll_stop_requested()) {
        if (pipe_turn(p) < 0) {
            rc = 1;
            break;
        }
    }
    /* The batch in its transaction still commits before we leave. */
    rd_kafka_topic_partition_list_t *rewind = NULL;
    if (commit_collect(p, 1, &rewind) < 0)
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
    if (p->committer_started) {
        rd_kafka_topic_partition_list_t *rewind = NULL;
        commit_collect(p, 1, &rewind);
        if (rewind)
            rd_kafka_topic_partition_list_destroy(rewind);
        pthread_mutex_lock(&p->mu);
        p->committer_stop = 1;
        pthread_cond_broadcast(&p->cv);
        pthread_mutex_unlock(&p->mu);
        pthread_join(p->committer, NULL);
    }
    for (int k = 0; k < 2; k++) {
        batch *b = &p->batches[k];
        if (b->items)
            batch_clear(p, b);
        free(b->items);
        for (int w = 0; w < LL_MAX_PROCESS_WORKERS; w++)
            ll_arena_free(b->arena[w]);
    }
    if (p->consumer) {
        rd_kafka_consumer_close(p->consumer);
        rd_kafka_destroy(p->consumer);
    }
    if (p->producer) {
        rd_kafka_flush(p->producer, 5000);
        rd_kafka_destroy(p->producer);
    }
    if (p->redis)
        redisFree(p->redis);
    ll_pool_free(p->pool);
    for (int w = 0; w < LL_MAX_PROCESS_WORKERS; w++)
        ll_enricher_free(p->en[w]);
    free(p->buf);
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
