/* dedup.c - the processor's Redis pipeline: exact repeats of an event id and the citizen's thread,
 * one round trip per batch.
 *
 * The commands are written in chunks of LL_PROCESS_REDIS_CHUNK rather than
 * per consumer poll: a write per poll would wake Redis for a handful of
 * commands each time, which doubled its CPU per event at 5,000 events/s. */
#include "dedup.h"

#include <assert.h>
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "event.h"
#include "keys.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "redis.h"
#include "signals.h"
#include "text.h"

LL_METRIC(m_redis_cmds, "ll_process_redis_commands_total", NULL, LL_COUNTER, "Redis commands");
LL_METRIC(m_redis_rtt, "ll_process_redis_roundtrips_total", NULL, LL_COUNTER,
          "Redis round trips (one per pipelined batch)");
LL_METRIC(m_redis_wait, "ll_process_redis_wait_short_total", NULL, LL_COUNTER,
          "batches read again because fewer replicas than redis_wait_replicas confirmed them");
LL_METRIC(m_redis_wait_degraded, "ll_process_redis_wait_degraded_total", NULL, LL_COUNTER,
          "batches committed on fewer replicas than redis_wait_replicas because fewer were attached");

struct ll_dedup {
    char redis_url[512];
    char ns[LL_MAX_KEY_NS_BYTES + 1]; /* key namespace, keys.h */
    int ttl_s;
    int window_s;
    redisContext *redis;
    char thread_sha[41];
    int pending;   /* replies not read yet */
    int unwritten; /* commands appended but not written to the socket yet */
    int broken;    /* a write or read failed: nothing more goes out */
    int stale;     /* out of step or broken: reconnect before the next batch */
    int wait_replicas;   /* WAIT for this many replicas at the end of a batch; 0: none */
    int wait_timeout_ms;
    int waiting;         /* this batch's WAIT reply is owed */
};

ll_dedup *ll_dedup_new(const char *redis, const char *ns, int ttl_s, int window_s) {
    assert(strlen(ns) <= LL_MAX_KEY_NS_BYTES);
    ll_dedup *d = calloc(1, sizeof(*d));
    if (!d)
        return NULL;
    snprintf(d->redis_url, sizeof(d->redis_url), "%s", redis);
    snprintf(d->ns, sizeof(d->ns), "%s", ns);
    d->ttl_s = ttl_s;
    d->window_s = window_s;
    ll_metric_register(&m_redis_cmds);
    ll_metric_register(&m_redis_rtt);
    return d;
}

void ll_dedup_free(ll_dedup *d) {
    if (!d)
        return;
    if (d->redis)
        redisFree(d->redis);
    free(d);
}

int ll_dedup_connect(ll_dedup *d) {
    int backoff_ms = 200;
    while (!ll_stop_requested()) {
        if (d->redis)
            redisFree(d->redis);
        char e[256];
        /* A read must outlast the batch's WAIT. */
        d->redis = ll_redis_connect(d->redis_url, d->wait_replicas ? d->wait_timeout_ms + 2000 : 2000, e, sizeof(e));
        d->pending = d->unwritten = d->broken = 0;
        if (d->redis && ll_thread_script_load(d->redis, d->thread_sha, e, sizeof(e)) == 0) {
            d->stale = 0;
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

int ll_dedup_stale(const ll_dedup *d) {
    return d->stale;
}

int ll_dedup_ready(const ll_dedup *d) {
    return d->redis != NULL && !d->redis->err;
}

static void broke(ll_dedup *d) {
    d->broken = 1;
    d->stale = 1;
}

static void mark_of(const rd_kafka_message_t *m, char *buf, size_t len) {
    snprintf(buf, len, "%d:%lld", m->partition, (long long)m->offset);
}

void ll_dedup_append(ll_dedup *d, const rd_kafka_message_t *m, const cJSON *ev,
                     const char *pseudonym) {
    if (d->broken)
        return;
    char mark[48], key[LL_MAX_ID_BYTES + LL_MAX_KEY_NS_BYTES + 32], ttl[16];
    mark_of(m, mark, sizeof(mark));
    int kl = snprintf(key, sizeof(key), LL_KEY_SEEN_FMT, d->ns, ll_json_str(ev, "id"));
    int tl = snprintf(ttl, sizeof(ttl), "%d", d->ttl_s);
    const char *argv[] = {"SET", key, mark, "NX", "GET", "EX", ttl};
    const size_t lens[] = {3, (size_t)kl, strlen(mark), 2, 3, 2, (size_t)tl};
    if (redisAppendCommandArgv(d->redis, 7, argv, lens) != REDIS_OK) {
        broke(d);
        return;
    }
    int cmds = 1;
    if (pseudonym) {
        const cJSON *data = ll_event_data(ev);
        /* Milliseconds: two contacts of one citizen in the same second would
         * tie, and a tie is ordered by member, so the thread's first member
         * (its id) could change when the second arrives. */
        long long t_ms = 0;
        ll_time_parse_ms(ll_json_str(data, "received_at"), &t_ms);
        if (ll_thread_append(d->redis, d->thread_sha, d->ns, pseudonym, ll_json_str(data, "theme"),
                             ll_json_str(ev, "id"), ll_json_str(data, "channel"), t_ms, d->window_s) != 0) {
            /* The SET went in: its answer is owed, but the connection is
             * given up anyway. */
            d->pending++;
            d->unwritten++;
            ll_metric_add(&m_redis_cmds, 1);
            broke(d);
            return;
        }
        cmds++;
    }
    d->pending += cmds;
    d->unwritten += cmds;
    ll_metric_add(&m_redis_cmds, (unsigned long long)cmds);
}

void ll_dedup_flush(ll_dedup *d, int all) {
    if (d->unwritten == 0 || (!all && d->unwritten < LL_PROCESS_REDIS_CHUNK))
        return;
    d->unwritten = 0;
    int done = 0;
    while (!done && !d->broken)
        if (redisBufferWrite(d->redis, &done) != REDIS_OK) {
            ll_warn("redis: %s", d->redis->errstr);
            broke(d);
        }
}

void ll_dedup_set_wait(ll_dedup *d, int replicas, int timeout_ms) {
    d->wait_replicas = replicas;
    d->wait_timeout_ms = timeout_ms;
    ll_metric_register(&m_redis_wait);
    ll_metric_register(&m_redis_wait_degraded);
}

int ll_dedup_replies_begin(ll_dedup *d) {
    d->waiting = 0;
    /* The batch's marks and threads reach a replica before its transaction
     * commits, so a failover to that replica keeps every decision Kafka
     * already has: in the same round trip, answered last. */
    if (d->wait_replicas > 0 && d->pending > 0 && !d->broken) {
        if (redisAppendCommand(d->redis, "WAIT %d %d", d->wait_replicas, d->wait_timeout_ms) != REDIS_OK) {
            broke(d);
            return -1;
        }
        d->pending++;
        d->unwritten++;
        d->waiting = 1;
        ll_metric_add(&m_redis_cmds, 1);
    }
    ll_dedup_flush(d, 1);
    if (d->broken)
        return -1;
    if (d->pending > 0)
        ll_metric_add(&m_redis_rtt, 1);
    return 0;
}

/* The next reply, or NULL (the connection is then given up). */
static redisReply *next_reply(ll_dedup *d) {
    redisReply *r = NULL;
    if (redisGetReply(d->redis, (void **)&r) != REDIS_OK || !r) {
        ll_warn("redis: %s", d->redis->errstr);
        broke(d);
        return NULL;
    }
    d->pending--;
    return r;
}

enum ll_dedup_verdict ll_dedup_read(ll_dedup *d, const rd_kafka_message_t *m, const cJSON *ev,
                                    const char *pseudonym, ll_thread_info *th) {
    if (d->broken)
        return LL_DEDUP_BROKEN;
    enum ll_dedup_verdict v = LL_DEDUP_FIRST;
    redisReply *r = next_reply(d);
    if (!r)
        return LL_DEDUP_BROKEN;
    if (r->type == REDIS_REPLY_STRING) {
        char mark[48];
        mark_of(m, mark, sizeof(mark));
        /* Our own mark: this very input, read again after a crash. */
        if (strcmp(r->str, mark) != 0)
            v = LL_DEDUP_REPEAT;
    } else if (r->type != REDIS_REPLY_NIL) {
        ll_warn("redis: unexpected reply to SET: %s", r->type == REDIS_REPLY_ERROR ? r->str : "?");
        v = LL_DEDUP_BAD_REPLY; /* read on, so the pipeline stays in step */
        d->stale = 1;
    }
    freeReplyObject(r);
    if (!pseudonym)
        return v;
    if (!(r = next_reply(d)))
        return LL_DEDUP_BROKEN;
    if (ll_thread_parse(r, pseudonym, ll_json_str(ll_event_data(ev), "theme"), th) != 0) {
        ll_warn("redis: thread script: %s", r->type == REDIS_REPLY_ERROR ? r->str : "?");
        v = LL_DEDUP_BAD_REPLY; /* e.g. NOSCRIPT after a Redis restart: reconnect reloads it */
        d->stale = 1;
    }
    freeReplyObject(r);
    return v;
}

/* Replicas the master lists in ROLE; -1 when it cannot tell (the
 * connection is then given up). */
static long long replicas_attached(ll_dedup *d) {
    redisReply *r = redisCommand(d->redis, "ROLE");
    long long n = -1;
    if (r && r->type == REDIS_REPLY_ARRAY && r->elements >= 3 && r->element[2]->type == REDIS_REPLY_ARRAY)
        n = (long long)r->element[2]->elements;
    if (r)
        freeReplyObject(r);
    else
        broke(d);
    return n;
}

int ll_dedup_replies_end(ll_dedup *d) {
    if (!d->waiting)
        return 0;
    d->waiting = 0;
    redisReply *r = next_reply(d);
    if (!r)
        return -1;
    long long got = r->type == REDIS_REPLY_INTEGER ? r->integer : -1;
    freeReplyObject(r);
    if (got >= d->wait_replicas)
        return 0;
    /* Fewer replicas than asked are attached at all (after a failover the
     * promoted one stands alone until the old master returns as its replica):
     * there is no failover target to protect, so the ones there must do. */
    long long attached = replicas_attached(d);
    if (attached >= 0 && attached < d->wait_replicas && got >= attached) {
        ll_metric_add(&m_redis_wait_degraded, 1);
        static ll_log_limit dlim;
        unsigned long dleft;
        if (ll_log_allow(&dlim, 30000, &dleft))
            ll_warn("redis: only %lld of %d replicas attached; batches commit on what they confirm (%lu such lines left out)",
                    attached, d->wait_replicas, dleft);
        return 0;
    }
    ll_metric_add(&m_redis_wait, 1);
    static ll_log_limit lim;
    unsigned long left_out;
    if (ll_log_allow(&lim, 10000, &left_out))
        ll_warn("redis: %lld of %d replicas confirmed the batch within %d ms; it is read again (%lu such lines left out)",
                got, d->wait_replicas, d->wait_timeout_ms, left_out);
    return -1;
}

void ll_dedup_discard(ll_dedup *d) {
    d->waiting = 0;
    while (d->pending > 0 && !d->broken) {
        redisReply *r = next_reply(d);
        freeReplyObject(r);
    }
}
