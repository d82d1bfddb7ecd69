/* escalate.c - the escalate role: urgent signals and firing alerts to their team's queue, once.
 *
 * Reads feedback.enriched and feedback.alerts (read_committed) on the shared
 * consume-transform-produce loop (core/stream.h). Every enriched event with
 * urgency critical or high and every firing alert is routed to a team
 * (core/route.h) and goes to two places: the team's Redis Stream
 * ll:esc:{TEAM} (consumer group caseworkers) and, as a CloudEvent, the topic
 * feedback.escalations.
 *
 * Exactly once across crashes, although Redis takes no part in the Kafka
 * transaction: the entry is added only by a Lua script that in the same
 * atomic step sets a mark for the escalation (SET with a TTL) naming the
 * input (topic/partition/offset) and the stream id it made. When the input
 * is read again (a crash, an abort, a rebalance before the commit) the script
 * finds the mark and adds nothing; since the mark names this very input, the
 * mirror event is produced again, with the same stream id, into the new
 * transaction, whose commit also moves the input offsets: one committed
 * mirror. When the mark names another input (an alert re-sent while it is
 * firing, a duplicate), nothing is mirrored either. The scripts of a batch
 * go out as its messages arrive and their replies are read once when it
 * closes: one round trip per batch. */
#include "escalate.h"

#include <hiredis/hiredis.h>
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escalation.h"
#include "event.h"
#include "http.h"
#include "keys.h"
#include "queues.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "redis.h"
#include "stop.h"
#include "stream.h"
#include "text.h"
#include "escalations.h"

LL_METRIC(m_consumed, "ll_escalate_consumed_total", NULL, LL_COUNTER,
          "enriched events and alerts read (committed)");
LL_METRIC(m_escalated, "ll_escalate_escalations_total", NULL, LL_COUNTER,
          "escalations added to a team stream and mirrored (committed)");
LL_METRIC(m_dup, "ll_escalate_duplicates_total", NULL, LL_COUNTER,
          "escalations already on their stream from another input (an alert re-sent)");
LL_METRIC(m_invalid, "ll_escalate_invalid_total", NULL, LL_COUNTER,
          "messages that were not a usable enriched event or alert, skipped");
LL_METRIC(m_redis_rtt, "ll_escalate_redis_roundtrips_total", NULL, LL_COUNTER,
          "Redis round trips (at most one per batch)");
LL_TXN_METRICS(m_txn, "ll_escalate", "aborted transactions (their batch is read again)",
               "from batch start to transaction commit");
LL_METRIC(m_delay, "ll_escalate_stream_delay_seconds", NULL, LL_HISTOGRAM,
          "from the input's Kafka timestamp to its entry on the team stream");

/* The mark is read first: present, the escalation was added before (by the
 * input it names) and nothing is added now. A stream that does not exist yet
 * (a new team, or Redis lost its data) gets its group from id 0, so the first
 * entry is delivered to case workers too.
 * KEYS: mark, stream. ARGV: input, ttl_s, maxlen, group, field, value, ... */
static const char esc_script[] =
    "local prev = redis.call('GET', KEYS[1])\n"
    "if prev then return prev end\n"
    "if redis.call('EXISTS', KEYS[2]) == 0 then\n"
    "  redis.call('XGROUP', 'CREATE', KEYS[2], ARGV[4], '0', 'MKSTREAM')\n"
    "end\n"
    "local id = redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[3], '*', unpack(ARGV, 5))\n"
    "local mark = ARGV[1] .. ' ' .. id\n"
    "redis.call('SET', KEYS[1], mark, 'EX', ARGV[2])\n"
    "return mark\n";

enum esc_state {
    ESC_SKIP, /* nothing to escalate (or unusable) */
    ESC_NEW,  /* on its stream (now, or by this very input before): mirror it */
    ESC_DUP,  /* on its stream from another input: nothing more to do */
};

/* How often the queue gauges are read from Redis (queues.h). */
#define QUEUES_POLL_MS 5000

typedef struct esc_item {
    enum esc_state state;
    int sent; /* its script is on the wire: a reply to read */
    ll_escalation esc;
    long long ts_ms; /* the input's Kafka timestamp */
    char stream_id[48];
    char *out; /* the mirror event; malloc'ed, then librdkafka's */
    size_t outlen;
} esc_item;

typedef struct escalate {
    const ll_config *cfg;
    const ll_escalate_cfg *ec; /* [escalate] */
    ll_stream *stream;
    redisContext *redis;
    char sha[41];
    int redis_stale; /* reconnect before the next batch */
    int pending;     /* replies the batch being gathered is owed */
    int broken;      /* a command could not be sent: the batch is read again */
    char ttl[16], maxlen[16];
    ll_queues *queues; /* the teams' queue gauges, set between batches */
} escalate;

static void input_of(const rd_kafka_message_t *m, char *buf, size_t len) {
    snprintf(buf, len, "%s/%d/%lld", rd_kafka_topic_name(m->rkt), m->partition,
             (long long)m->offset);
}

/* Puts one escalation's script on the wire (written by the caller). */
static int script_append(escalate *e, const rd_kafka_message_t *m, esc_item *it) {
    char mark[LL_MAX_TEAM_BYTES + LL_ESC_ID_BYTES + 32], stream[LL_MAX_TEAM_BYTES + 16];
    char input[300];
    char *fv[LL_ESC_MAX_FIELDS];
    size_t fl[LL_ESC_MAX_FIELDS];
    int nf = ll_escalation_fields(&it->esc, fv, fl, LL_ESC_MAX_FIELDS);
    if (nf < 0)
        return -1;
    snprintf(mark, sizeof(mark), LL_KEY_ESC_MARK_FMT, it->esc.team, it->esc.id);
    snprintf(stream, sizeof(stream), LL_KEY_ESC_FMT, it->esc.team);
    input_of(m, input, sizeof(input));
    const char *argv[9 + LL_ESC_MAX_FIELDS];
    size_t lens[9 + LL_ESC_MAX_FIELDS];
    int n = 0;
#define ARG(s) (argv[n] = (s), lens[n] = strlen(argv[n]), n++)
    ARG("EVALSHA");
    ARG(e->sha);
    ARG("2");
    ARG(mark);
    ARG(stream);
    ARG(input);
    ARG(e->ttl);
    ARG(e->maxlen);
    ARG(LL_ESC_GROUP);
#undef ARG
    for (int i = 0; i < nf; i++) {
        argv[n] = fv[i];
        lens[n++] = fl[i];
    }
    int rc = redisAppendCommandArgv(e->redis, n, argv, lens) == REDIS_OK ? 0 : -1;
    ll_escalation_fields_free(fv, nf);
    return rc;
}

/* Messages [from, n) arrived: what is to be escalated has its script sent at
 * once, so Redis works it while the lane commits the batch before. */
static void esc_gathered(void *role, ll_batch *b, int from) {
    escalate *e = role;
    int sent = 0;
    for (int i = from; i < b->n; i++) {
        esc_item *it = ll_batch_item(b, i);
        const rd_kafka_message_t *m = b->msg[i];
        it->state = ESC_SKIP;
        ll_err err;
        cJSON *ev = m->payload && m->len
                        ? ll_json_parse(m->payload, m->len, LL_MAX_SERIALISED_EVENT_BYTES, &err)
                        : NULL;
        if (!m->payload || !m->len)
            ll_err_set(&err, "", "empty message");
        int rc =
            ev ? ll_escalation_build(ev, &e->ec->routes, e->ec->excerpt_bytes, &it->esc, &err) : -1;
        cJSON_Delete(ev);
        if (rc < 0) {
            ll_metric_add(&m_invalid, 1);
            ll_warn("skipping %s[%d]@%lld: %s%s%s", rd_kafka_topic_name(m->rkt), m->partition,
                    (long long)m->offset, err.field, err.field[0] ? ": " : "", err.msg);
            continue;
        }
        if (rc == 0)
            continue;
        it->state = ESC_NEW;
        it->ts_ms = rd_kafka_message_timestamp(m, NULL);
        if (e->broken || !e->redis)
            continue;
        if (script_append(e, m, it) != 0) {
            e->broken = 1;
            continue;
        }
        it->sent = 1;
        e->pending++;
        sent++;
    }
    int done = 0;
    while (sent && !done && !e->broken)
        if (redisBufferWrite(e->redis, &done) != REDIS_OK) {
            ll_warn("redis: %s", e->redis->errstr);
            e->broken = 1;
        }
}

/* Reads what Redis still owes a batch that is given up. */
static void esc_dropped(void *role, ll_batch *b) {
    escalate *e = role;
    (void)b;
    while (e->pending > 0 && !e->broken) {
        redisReply *r = NULL;
        if (redisGetReply(e->redis, (void **)&r) != REDIS_OK || !r)
            e->broken = 1;
        freeReplyObject(r);
        e->pending--;
    }
    if (e->broken)
        e->redis_stale = 1;
    e->pending = 0;
    e->broken = 0;
}

/* The batch closed: read its replies (the round trip) and make the mirrors. */
static enum ll_work_outcome esc_work(void *role, ll_batch *b) {
    escalate *e = role;
    int need = 0;
    for (int i = 0; i < b->n; i++) {
        esc_item *it = ll_batch_item(b, i);
        need |= it->state == ESC_NEW && !it->sent;
    }
    if (need || e->broken)
        return LL_WORK_RETRY; /* Redis was down while it gathered: read it again */
    if (e->pending > 0)
        ll_metric_add(&m_redis_rtt, 1);
    int failed = 0;
    long long now = ll_now_ms();
    for (int i = 0; i < b->n && e->pending > 0; i++) {
        esc_item *it = ll_batch_item(b, i);
        if (!it->sent)
            continue;
        redisReply *r = NULL;
        if (redisGetReply(e->redis, (void **)&r) != REDIS_OK || !r) {
            ll_warn("redis: %s", e->redis->errstr);
            e->broken = 1;
            return LL_WORK_RETRY; /* esc_dropped marks the connection stale */
        }
        e->pending--;
        it->sent = 0;
        if (r->type != REDIS_REPLY_STRING) {
            /* e.g. NOSCRIPT after a Redis restart: the reconnect loads it.
             * Read on, so the connection stays in step. */
            ll_warn("redis: escalation script: %s",
                    r->type == REDIS_REPLY_ERROR ? r->str : "unexpected reply");
            failed = 1;
            freeReplyObject(r);
            continue;
        }
        char input[300];
        input_of(b->msg[i], input, sizeof(input));
        const char *sp = strchr(r->str, ' ');
        size_t il = strlen(input);
        if (!sp || (size_t)(sp - r->str) != il || memcmp(r->str, input, il) != 0) {
            it->state = ESC_DUP; /* added by another input */
        } else {
            snprintf(it->stream_id, sizeof(it->stream_id), "%s", sp + 1);
            if (it->ts_ms > 0)
                ll_metric_observe_us(&m_delay, (now - it->ts_ms) * 1000);
        }
        freeReplyObject(r);
    }
    if (failed) {
        e->redis_stale = 1;
        return LL_WORK_RETRY;
    }
    for (int i = 0; i < b->n; i++) {
        esc_item *it = ll_batch_item(b, i);
        if (it->state != ESC_NEW)
            continue;
        char stream[LL_MAX_TEAM_BYTES + 16];
        snprintf(stream, sizeof(stream), LL_KEY_ESC_FMT, it->esc.team);
        if (!(it->out = ll_escalation_event(&it->esc, e->cfg->source_base, stream, it->stream_id,
                                            &it->outlen)))
            return LL_WORK_RETRY; /* out of memory */
    }
    return LL_WORK_DONE;
}

static int esc_produce(void *role, ll_txn_out *out, ll_batch *b) {
    escalate *e = role;
    for (int i = 0; i < b->n; i++) {
        esc_item *it = ll_batch_item(b, i);
        if (it->state != ESC_NEW)
            continue;
        if (ll_txn_produce(out, e->cfg->topic_escalations, it->esc.key, strlen(it->esc.key),
                           it->out, it->outlen, RD_KAFKA_MSG_F_FREE) != 0)
            return -1;  /* it->out is still ours: esc_clear frees it */
        it->out = NULL; /* librdkafka's now */
    }
    return 0;
}

static void esc_committed(void *role, const ll_batch *b, const ll_txn_times *t) {
    (void)role;
    (void)t;
    int escalated = 0, dups = 0;
    for (int i = 0; i < b->n; i++) {
        const esc_item *it = ll_batch_item(b, i);
        if (it->state == ESC_NEW) {
            escalated++;
            /* For whoever follows a case: ids and team only, no content. */
            ll_info("escalated %s to %s (%s)", it->esc.id, it->esc.team, it->stream_id);
        }
        dups += it->state == ESC_DUP;
    }
    ll_metric_add(&m_consumed, (unsigned long long)b->n);
    ll_metric_add(&m_escalated, (unsigned long long)escalated);
    ll_metric_add(&m_dup, (unsigned long long)dups);
}

static void esc_clear(void *role, ll_batch *b) {
    (void)role;
    for (int i = 0; i < b->n; i++) {
        esc_item *it = ll_batch_item(b, i);
        ll_escalation_clear(&it->esc);
        free(it->out);
        memset(it, 0, sizeof(*it));
    }
}

/* Every team the rules name gets its stream and group now, so case workers
 * can wait on a queue before its first case. */
static int groups_create(escalate *e, char *errstr, size_t errlen) {
    const char *teams[LL_MAX_TEAMS];
    int n = ll_routes_teams(&e->ec->routes, teams, LL_MAX_TEAMS);
    for (int i = 0; i < n; i++) {
        char key[LL_MAX_TEAM_BYTES + 16];
        snprintf(key, sizeof(key), LL_KEY_ESC_FMT, teams[i]);
        redisReply *r = redisCommand(e->redis, "XGROUP CREATE %s %s 0 MKSTREAM", key, LL_ESC_GROUP);
        int ok = r && (r->type == REDIS_REPLY_STATUS ||
                       (r->type == REDIS_REPLY_ERROR && strncmp(r->str, "BUSYGROUP", 9) == 0));
        if (!ok)
            snprintf(errstr, errlen, "redis XGROUP CREATE %s: %s", key,
                     !r                             ? e->redis->errstr
                     : r->type == REDIS_REPLY_ERROR ? r->str
                                                    : "?");
        freeReplyObject(r);
        if (!ok)
            return -1;
    }
    return 0;
}

static int redis_setup(redisContext *c, void *arg, char *errstr, size_t errlen) {
    escalate *e = arg;
    return ll_redis_script_load(c, esc_script, e->sha, errstr, errlen) == 0 &&
                   groups_create(e, errstr, errlen) == 0
               ? 0
               : -1;
}

static int redis_reconnect(escalate *e) {
    if (ll_redis_reconnect(&e->redis, e->cfg->redis, 2000, redis_setup, e) != 0)
        return -1;
    e->redis_stale = 0;
    return 0;
}

static enum ll_turn_outcome esc_turn(void *role) {
    escalate *e = role;
    if (!e->redis_stale && e->redis && !e->redis->err) {
        /* between batches no reply is outstanding: the connection is free */
        if (e->pending == 0 && ll_queues_poll(e->queues, e->redis, QUEUES_POLL_MS) != 0)
            e->redis_stale = 1;
        return LL_TURN_GO;
    }
    return redis_reconnect(e) == 0 ? LL_TURN_GO : LL_TURN_SKIP;
}

static int ready(void *arg) {
    escalate *e = arg;
    return e->redis != NULL && !e->redis->err;
}

static const char *admin_listen(const void *state) {
    const escalate *e = state;
    return e->ec->metrics_listen;
}

static void escalate_shutdown(void *state);

static void *escalate_init(const ll_config *cfg, int argc, char **argv, char *errstr,
                           size_t errlen) {
    (void)argc; /* none: ll_role_run refused them (.usage is NULL) */
    (void)argv;
    escalate *e = calloc(1, sizeof(*e));
    if (!e) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    e->cfg = cfg;
    const ll_escalate_cfg *ec = e->ec = ll_config_settings(cfg, &ll_escalate_config);
    e->redis_stale = 1;
    snprintf(e->ttl, sizeof(e->ttl), "%d", ec->mark_ttl_s);
    snprintf(e->maxlen, sizeof(e->maxlen), "%d", ec->stream_maxlen);
    LL_METRICS_REGISTER(&m_consumed, &m_escalated, &m_dup, &m_invalid, &m_redis_rtt);
    ll_txn_metrics_register(&m_txn);
    LL_METRICS_REGISTER(&m_delay);
    ll_stream_conf sc = {
        .txn = {.cfg = cfg,
                .section = "escalate",
                .txn_id = ec->txn_id,
                .lanes = 1,
                .txn_timeout_ms = ec->txn_timeout_ms,
                .fault_abort_every = ll_txn_fault_from_env("LL_ESCALATE_FAULT_ABORT_EVERY"),
                .metrics = &m_txn},
        .group = ec->group,
        .topics = {cfg->topic_enriched, cfg->topic_alerts, NULL},
        .batch_max = ec->batch_max,
        .batch_bytes = LL_PROCESS_BATCH_BYTES,
        .batch_wait_ms = ec->batch_wait_ms,
        .item_size = sizeof(esc_item),
    };
    const ll_stream_hooks hooks = {
        .role = e,
        .gathered = esc_gathered,
        .work = esc_work,
        .dropped = esc_dropped,
        .turn = esc_turn,
        .produce = esc_produce,
        .committed = esc_committed,
        .clear = esc_clear,
    };
    if (!(e->queues = ll_queues_new(cfg))) {
        snprintf(errstr, errlen, "out of memory");
        goto fail;
    }
    if (!(e->stream = ll_stream_new(&sc, &hooks, errstr, errlen)))
        goto fail;
    return e;
fail:
    escalate_shutdown(e);
    return NULL;
}

static int escalate_run(void *state) {
    escalate *e = state;
    int rc = 0;
    if (ll_stream_init_transactions(e->stream) != 0 || redis_reconnect(e) != 0 ||
        ll_stream_subscribe(e->stream) != 0) {
        rc = ll_stop_requested() ? 0 : 1;
        goto out;
    }
    ll_info("escalating %s and %s -> ll:esc:{TEAM} and %s (group %s, transactional.id %s, %d "
            "routes)",
            e->cfg->topic_enriched, e->cfg->topic_alerts, e->cfg->topic_escalations, e->ec->group,
            e->ec->txn_id, e->ec->routes.n);
    if (ll_stream_run(e->stream) != 0)
        rc = 1;
out:
    ll_info("stopping: %llu in, %llu escalated, %llu duplicates, %llu invalid, %llu aborts",
            ll_metric_get(&m_consumed), ll_metric_get(&m_escalated), ll_metric_get(&m_dup),
            ll_metric_get(&m_invalid), ll_metric_get(&m_txn.aborts));
    return rc;
}

static void escalate_shutdown(void *state) {
    escalate *e = state;
    if (!e)
        return;
    ll_stream_free(e->stream); /* its hooks still use e->redis */
    if (e->redis)
        redisFree(e->redis);
    ll_queues_free(e->queues);
    free(e);
}

const ll_role ll_role_escalate = {
    .name = "escalate",
    .summary = "urgent signals and firing alerts -> team streams ll:esc:{TEAM} and "
               "feedback.escalations, once",
    .usage = NULL,
    .config = &ll_escalate_config,
    .needs_pseudonym_key = 0,
    .init = escalate_init,
    .run = escalate_run,
    .shutdown = escalate_shutdown,
    .admin_listen = admin_listen,
    .ready = ready,
};
