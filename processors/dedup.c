/* dedup.c - the processor's Redis pipeline: exact repeats of an event id and the citizen's thread,
 * one round trip per batch.
 *
 * The commands are written in chunks of LL_PROCESS_REDIS_CHUNK rather than
 * per consumer poll: a write per poll would wake Redis for a handful of
 * commands each time, which doubled its CPU per event at 5,000 events/s. */
#include "dedup.h"

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

struct ll_dedup {
    char redis_url[512];
    int ttl_s;
    int window_s;
    redisContext *redis;
    char thread_sha[41];
    int pending;   /* replies not read yet */
    int unwritten; /* commands appended but not written to the socket yet */
    int broken;    /* a write or read failed: nothing more goes out */
    int stale;     /* out of step or broken: reconnect before the next batch */
};

ll_dedup *ll_dedup_new(const char *redis, int ttl_s, int window_s) {
    ll_dedup *d = calloc(1, sizeof(*d));
    if (!d)
        return NULL;
    snprintf(d->redis_url, sizeof(d->redis_url), "%s", redis);
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
        d->redis = ll_redis_connect(d->redis_url, 2000, e, sizeof(e));
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
    char mark[48], key[LL_MAX_ID_BYTES + 32], ttl[16];
    mark_of(m, mark, sizeof(mark));
    int kl = snprintf(key, sizeof(key), LL_KEY_SEEN_FMT, ll_json_str(ev, "id"));
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
        time_t t;
        ll_time_parse(ll_json_str(data, "received_at"), &t);
        if (ll_thread_append(d->redis, d->thread_sha, pseudonym, ll_json_str(data, "theme"),
                             ll_json_str(ev, "id"), ll_json_str(data, "channel"),
                             (long long)t * 1000, d->window_s) != 0) {
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

int ll_dedup_replies_begin(ll_dedup *d) {
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

void ll_dedup_discard(ll_dedup *d) {
    while (d->pending > 0 && !d->broken) {
        redisReply *r = next_reply(d);
        freeReplyObject(r);
    }
}
