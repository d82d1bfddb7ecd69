/* kafka.c - librdkafka set-up with luisterloop's delivery guarantees, and topic admin. */
#include "kafka.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "stop.h"
#include "text.h"

static void kafka_log_cb(const rd_kafka_t *rk, int level, const char *fac, const char *buf) {
    (void)rk;
    int l = level <= 3   ? LL_LOG_ERROR
            : level <= 4 ? LL_LOG_WARN
            : level <= 6 ? LL_LOG_INFO
                         : LL_LOG_DEBUG;
    LL_LOG(l, "kafka %s: %s", fac, buf);
}

static void kafka_error_cb(rd_kafka_t *rk, int err, const char *reason, void *opaque) {
    (void)opaque;
    if (err == RD_KAFKA_RESP_ERR__FATAL) {
        char buf[512];
        rd_kafka_resp_err_t orig = rd_kafka_fatal_error(rk, buf, sizeof(buf));
        ll_error("kafka fatal error %s: %s", rd_kafka_err2name(orig), buf);
        return;
    }
    ll_warn("kafka %s: %s", rd_kafka_err2name((rd_kafka_resp_err_t)err), reason);
}

static int conf_set(rd_kafka_conf_t *conf, const char *k, const char *v, char *errstr,
                    size_t errlen) {
    char e[256];
    if (rd_kafka_conf_set(conf, k, v, e, sizeof(e)) != RD_KAFKA_CONF_OK) {
        snprintf(errstr, errlen, "kafka %s=%s: %s", k, v, e);
        return -1;
    }
    return 0;
}

rd_kafka_conf_t *ll_kafka_conf_new(const ll_config *cfg, const char *s, char *errstr,
                                   size_t errlen) {
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    if (conf_set(conf, "bootstrap.servers", cfg->brokers, errstr, errlen) != 0)
        goto fail;
    /* Fewer round trips on loopback and LAN; overridable per role. */
    if (conf_set(conf, "socket.nagle.disable", "true", errstr, errlen) != 0)
        goto fail;
    const char *order[2] = {"common", s};
    for (int k = 0; k < (strcmp(s, "common") == 0 ? 1 : 2); k++) {
        const ll_kafka_props *p = ll_config_kafka(cfg, order[k]);
        for (int i = 0; i < p->n; i++) {
            char e[256];
            if (rd_kafka_conf_set(conf, p->items[i].name, p->items[i].value, e, sizeof(e)) !=
                RD_KAFKA_CONF_OK) {
                snprintf(errstr, errlen, "%s:%d: kafka.%s: %s", cfg->path, p->items[i].line,
                         p->items[i].name, e);
                goto fail;
            }
        }
    }
    rd_kafka_conf_set_log_cb(conf, kafka_log_cb);
    rd_kafka_conf_set_error_cb(conf, kafka_error_cb);
    return conf;
fail:
    rd_kafka_conf_destroy(conf);
    return NULL;
}

int ll_kafka_conf_default(rd_kafka_conf_t *conf, const ll_config *cfg, const char *s,
                          const char *name, const char *value, char *errstr, size_t errlen) {
    const char *order[2] = {"common", s};
    for (int k = 0; k < 2; k++) {
        const ll_kafka_props *p = ll_config_kafka(cfg, order[k]);
        for (int i = 0; i < p->n; i++)
            if (strcmp(p->items[i].name, name) == 0)
                return 0;
    }
    return conf_set(conf, name, value, errstr, errlen);
}

int ll_kafka_conf_stream_defaults(rd_kafka_conf_t *conf, const ll_config *cfg, const char *s,
                                  const char *instance_id, char *errstr, size_t errlen) {
    /* Static membership under the transactional id: a processor restarted
     * after a crash takes its partitions back at once instead of waiting out
     * the session of its dead predecessor. */
    if (ll_kafka_conf_default(conf, cfg, s, "auto.offset.reset", "earliest", errstr, errlen) != 0 ||
        ll_kafka_conf_default(conf, cfg, s, "group.instance.id", instance_id, errstr, errlen) !=
            0 ||
        ll_kafka_conf_default(conf, cfg, s, "session.timeout.ms", "10000", errstr, errlen) != 0)
        return -1;
    /* Prefetch about one full batch, not librdkafka's 64 MB queue and 50 MB
     * fetches: on a backlog those defaults alone put the processor over 130 MB
     * RSS (tests/bench/process.sh), and a batch never needs more. The queue
     * overshoots by one fetch (decided while it is below the limit), which is
     * compressed: a 2 MB lz4 fetch is ~7 MB of events. 1 MB fetches took the
     * processor's peak RSS from ~72 to ~59 MiB at the same speed, now that the
     * stream re-arms a fetch the queue limit left waiting (ll_kafka_fetch_rearm).
     * And 64 KB a partition: a 1 MB fetch of a backlog's six partitions was
     * ~6,000 events, 3.3 MB in the queue at once (its debug log), where
     * 384 KB at most is ~1.3 MB: peak RSS 60.0 -> 54.1 MiB, and CPU per event
     * lower with it (tests/bench/HISTORY.md, "12-01 late evening"). Behind on
     * one partition alone, a fetch then brings 64 KB (~80 events as the intake
     * writes them, uncompressed; ~300 of the loader's lz4): on loopback, a
     * round trip of a millisecond or two, more than a processor reads; where
     * the brokers are far, kafka.max.partition.fetch.bytes raises it. */
    if (ll_kafka_conf_default(conf, cfg, s, "queued.max.messages.kbytes", "2048", errstr, errlen) !=
            0 ||
        ll_kafka_conf_default(conf, cfg, s, "fetch.max.bytes", "1048576", errstr, errlen) != 0 ||
        ll_kafka_conf_default(conf, cfg, s, "max.partition.fetch.bytes", "65536", errstr, errlen) !=
            0)
        return -1;
    /* One fetch per 5 ms or 64 KB instead of one per producer request: at a
     * few thousand events/s the broker's CPU went to answering fetches of a
     * handful of events, and every transaction waited on it. */
    if (ll_kafka_conf_default(conf, cfg, s, "fetch.min.bytes", "65536", errstr, errlen) != 0 ||
        ll_kafka_conf_default(conf, cfg, s, "fetch.wait.max.ms", "5", errstr, errlen) != 0)
        return -1;
    return 0;
}

int ll_kafka_conf_txn_defaults(rd_kafka_conf_t *conf, const ll_config *cfg, const char *s,
                               char *errstr, size_t errlen) {
    /* A transaction that starts right after the previous commit finds the
     * broker still writing that commit's markers (CONCURRENT_TRANSACTIONS);
     * librdkafka retries after retry.backoff.ms, 100 ms by default, which
     * was most of a batch's latency in tests/bench/process.sh. */
    if (ll_kafka_conf_default(conf, cfg, s, "retry.backoff.ms", "5", errstr, errlen) != 0)
        return -1;
    /* Payloads travel by reference (an iovec each), not copied into the
     * request's buffer: a request of a transaction's backlog was a fresh
     * block of up to batch.size, above the processor's mmap threshold, so
     * its pages were faulted in and zeroed for every request. The producer
     * thread had half of the processor's page faults and ~15% of its CPU
     * samples; without the copy (and with dedup.c's writes in 32 KiB) the
     * faults over 100,000 events went ~47,000 -> ~21,000 and that thread's
     * CPU -21% (tests/bench/HISTORY.md, 12-01 night). */
    return ll_kafka_conf_default(conf, cfg, s, "message.copy.max.bytes", "0", errstr, errlen);
}

/* A client of type on conf, which owns conf from then on; NULL with errstr "WHAT: reason"
 * (conf destroyed) when librdkafka refuses it. */
static rd_kafka_t *client_new(rd_kafka_type_t type, rd_kafka_conf_t *conf, const char *what,
                              char *errstr, size_t errlen) {
    char e[512];
    rd_kafka_t *rk = rd_kafka_new(type, conf, e, sizeof(e));
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        snprintf(errstr, errlen, "%s: %s", what, e);
    }
    return rk;
}

rd_kafka_t *ll_kafka_producer_new(rd_kafka_conf_t *conf, const char *transactional_id, char *errstr,
                                  size_t errlen) {
    if (conf_set(conf, "enable.idempotence", "true", errstr, errlen) != 0 ||
        conf_set(conf, "acks", "all", errstr, errlen) != 0 ||
        (transactional_id &&
         conf_set(conf, "transactional.id", transactional_id, errstr, errlen) != 0)) {
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    return client_new(RD_KAFKA_PRODUCER, conf, "kafka producer", errstr, errlen);
}

rd_kafka_t *ll_kafka_consumer_new(rd_kafka_conf_t *conf, const char *group_id, char *errstr,
                                  size_t errlen) {
    if (conf_set(conf, "group.id", group_id, errstr, errlen) != 0 ||
        conf_set(conf, "isolation.level", "read_committed", errstr, errlen) != 0 ||
        conf_set(conf, "enable.auto.commit", "false", errstr, errlen) != 0) {
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    rd_kafka_t *rk = client_new(RD_KAFKA_CONSUMER, conf, "kafka consumer", errstr, errlen);
    if (!rk)
        return NULL;
    rd_kafka_poll_set_consumer(rk);
    return rk;
}

int ll_kafka_topics_create(const ll_config *cfg, int timeout_ms, char *errstr, size_t errlen) {
    const char *names[] = {cfg->topic_raw,    cfg->topic_enriched,    cfg->topic_dlq,
                           cfg->topic_alerts, cfg->topic_escalations, cfg->topic_aggregates};
    const int n = (int)(sizeof(names) / sizeof(names[0]));
    rd_kafka_NewTopic_t *nt[6] = {0};
    rd_kafka_queue_t *q = NULL;
    rd_kafka_AdminOptions_t *opts = NULL;
    rd_kafka_event_t *rev = NULL;
    int rc = -1;
    rd_kafka_conf_t *conf = ll_kafka_conf_new(cfg, "common", errstr, errlen);
    if (!conf)
        return -1;
    rd_kafka_t *rk = client_new(RD_KAFKA_PRODUCER, conf, "kafka", errstr, errlen);
    if (!rk)
        return -1;
    char e[512];
    for (int i = 0; i < n; i++) {
        nt[i] = rd_kafka_NewTopic_new(names[i], cfg->topic_partitions, cfg->topic_replication, e,
                                      sizeof(e));
        if (!nt[i]) {
            snprintf(errstr, errlen, "topic %s: %s", names[i], e);
            goto out;
        }
        /* The DLQ's originals are sealed now, yet still whole mails and raw events with
         * contact data: a week to look at them (a weekend included), then gone. It was
         * thirty days in clear (issue 14). */
        if (strcmp(names[i], cfg->topic_dlq) == 0)
            rd_kafka_NewTopic_set_config(nt[i], "retention.ms", LL_DLQ_RETENTION_MS);
        /* Aggregates are keyed by window and dimensions: a re-emission
         * replaces the earlier one, and compaction keeps only the latest. */
        if (strcmp(names[i], cfg->topic_aggregates) == 0)
            rd_kafka_NewTopic_set_config(nt[i], "cleanup.policy", "compact");
    }
    q = rd_kafka_queue_new(rk);
    opts = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS);
    rd_kafka_AdminOptions_set_request_timeout(opts, timeout_ms, e, sizeof(e));
    rd_kafka_AdminOptions_set_operation_timeout(opts, timeout_ms, e, sizeof(e));
    rd_kafka_CreateTopics(rk, nt, (size_t)n, opts, q);
    rev = rd_kafka_queue_poll(q, timeout_ms + 5000);
    if (!rev) {
        snprintf(errstr, errlen, "no answer from Kafka at %s within %d ms", cfg->brokers,
                 timeout_ms);
        goto out;
    }
    if (rd_kafka_event_error(rev)) {
        snprintf(errstr, errlen, "create topics: %s", rd_kafka_event_error_string(rev));
        goto out;
    }
    const rd_kafka_CreateTopics_result_t *res = rd_kafka_event_CreateTopics_result(rev);
    size_t cnt = 0;
    const rd_kafka_topic_result_t **tr = rd_kafka_CreateTopics_result_topics(res, &cnt);
    rc = 0;
    for (size_t i = 0; i < cnt; i++) {
        rd_kafka_resp_err_t err = rd_kafka_topic_result_error(tr[i]);
        const char *tn = rd_kafka_topic_result_name(tr[i]);
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
            ll_info("created topic %s (%d partitions, replication %d)", tn, cfg->topic_partitions,
                    cfg->topic_replication);
        else if (err == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
            ll_info("topic %s exists", tn);
        else {
            snprintf(errstr, errlen, "topic %s: %s", tn, rd_kafka_topic_result_error_string(tr[i]));
            rc = -1;
        }
    }
out:
    if (rev)
        rd_kafka_event_destroy(rev);
    if (opts)
        rd_kafka_AdminOptions_destroy(opts);
    if (q)
        rd_kafka_queue_destroy(q);
    for (int i = 0; i < n; i++)
        if (nt[i])
            rd_kafka_NewTopic_destroy(nt[i]);
    rd_kafka_destroy(rk);
    return rc;
}

rd_kafka_resp_err_t ll_kafka_produce(rd_kafka_t *rk, const ll_kafka_record *rec, int poll_ms,
                                     long long deadline_ms) {
    for (;;) {
        /* Structured mode of the CloudEvents Kafka binding: the value is the
         * event, this header says so (librdkafka copies it). */
        rd_kafka_resp_err_t err = rd_kafka_producev(
            rk, RD_KAFKA_V_TOPIC(rec->topic), RD_KAFKA_V_KEY(rec->key, rec->key ? rec->keylen : 0),
            RD_KAFKA_V_VALUE(rec->val, rec->len), RD_KAFKA_V_MSGFLAGS(rec->flags),
            RD_KAFKA_V_HEADER(LL_KAFKA_CE_HEADER, LL_KAFKA_CE_CONTENT_TYPE,
                              (ssize_t)(sizeof(LL_KAFKA_CE_CONTENT_TYPE) - 1)),
            RD_KAFKA_V_OPAQUE(rec->opaque), RD_KAFKA_V_END);
        if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL && deadline_ms == LL_KAFKA_NO_WAIT)
            return err; /* the caller pushes back */
        if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL && (!deadline_ms || ll_now_ms() < deadline_ms)) {
            rd_kafka_poll(rk, poll_ms); /* make room: the queue is bounded */
            continue;
        }
        if (err)
            ll_warn("produce to %s: %s", rec->topic, rd_kafka_err2str(err));
        return err;
    }
}

enum ll_kafka_errclass ll_kafka_error_class(const rd_kafka_error_t *error) {
    if (rd_kafka_error_is_fatal(error))
        return LL_KAFKA_FATAL;
    if (rd_kafka_error_txn_requires_abort(error))
        return LL_KAFKA_ABORT;
    if (rd_kafka_error_is_retriable(error))
        return LL_KAFKA_RETRIABLE;
    /* Anything else leaves the transaction state unknown: start over. */
    return LL_KAFKA_FATAL;
}

int ll_kafka_queue_wakeup(rd_kafka_queue_t *q, int fds[2]) {
    if (pipe(fds) != 0)
        return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
    }
    rd_kafka_queue_io_event_enable(q, fds[1], "1", 1);
    return 0;
}

int ll_kafka_assign_beginning(rd_kafka_t *rk, const char *topic, int *partitions, char *errstr,
                              size_t errlen) {
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
    const rd_kafka_metadata_t *md = NULL;
    rd_kafka_resp_err_t err =
        rkt ? rd_kafka_metadata(rk, 0, rkt, &md, 10000) : RD_KAFKA_RESP_ERR__INVALID_ARG;
    if (!err && (md->topic_cnt != 1 || md->topics[0].err))
        err = md->topic_cnt == 1 ? md->topics[0].err : RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC;
    if (err) {
        snprintf(errstr, errlen, "topic %s: %s", topic, rd_kafka_err2str(err));
        if (md)
            rd_kafka_metadata_destroy(md);
        if (rkt)
            rd_kafka_topic_destroy(rkt);
        return -1;
    }
    int n = md->topics[0].partition_cnt;
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(n > 0 ? n : 1);
    for (int p = 0; p < n; p++)
        rd_kafka_topic_partition_list_add(l, topic, md->topics[0].partitions[p].id)->offset =
            RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(rkt);
    err = rd_kafka_assign(rk, l);
    rd_kafka_topic_partition_list_destroy(l);
    if (err) {
        snprintf(errstr, errlen, "assign %s: %s", topic, rd_kafka_err2str(err));
        return -1;
    }
    *partitions = n;
    return 0;
}

int ll_kafka_read_to_end(const ll_config *cfg, const char *section, const char *group,
                         const char *topic, int assign_tries, int idle_ms, ll_kafka_record_fn fn,
                         void *arg, char *errstr, size_t errlen) {
    int rc = -1, partitions = 0, eofs = 0;
    unsigned char *eof = NULL;
    rd_kafka_t *rk = NULL;
    char e[512];
    rd_kafka_conf_t *conf = ll_kafka_conf_new(cfg, section, errstr, errlen);
    if (!conf)
        return -1;
    if (rd_kafka_conf_set(conf, "enable.partition.eof", "true", e, sizeof(e)) != RD_KAFKA_CONF_OK) {
        snprintf(errstr, errlen, "kafka: %s", e);
        rd_kafka_conf_destroy(conf);
        return -1;
    }
    if (!(rk = ll_kafka_consumer_new(conf, group, errstr, errlen)))
        return -1;
    for (int tries = 0; ll_kafka_assign_beginning(rk, topic, &partitions, errstr, errlen) != 0;
         tries++) {
        if (tries >= assign_tries || ll_stop_requested()) {
            size_t l = strlen(errstr);
            snprintf(errstr + l, errlen - l, " (does `luisterloop topics` make it?)");
            goto out;
        }
        sleep(1);
    }
    if (!(eof = calloc((size_t)partitions + 1, 1))) {
        snprintf(errstr, errlen, "out of memory");
        goto out;
    }
    long long deadline = ll_mono_us() + (long long)idle_ms * 1000;
    while (eofs < partitions && !ll_stop_requested()) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 200);
        if (!m) {
            if (ll_mono_us() > deadline) {
                snprintf(errstr, errlen, "%s: no end reached within %d ms", topic, idle_ms);
                goto out;
            }
            continue;
        }
        deadline = ll_mono_us() + (long long)idle_ms * 1000;
        if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            if (m->partition >= 0 && m->partition < partitions && !eof[m->partition]) {
                eof[m->partition] = 1;
                eofs++;
            }
        } else if (m->err) {
            ll_warn("%s: %s", topic, rd_kafka_message_errstr(m));
        } else {
            fn(arg, m);
        }
        rd_kafka_message_destroy(m);
    }
    if (eofs >= partitions)
        rc = 0;
    else
        snprintf(errstr, errlen, "%s", ""); /* a stop was asked */
out:
    free(eof);
    ll_kafka_consumer_free(rk);
    return rc;
}

int ll_kafka_subscribe(rd_kafka_t *rk, const char *const *topics, int n, char *errstr,
                       size_t errlen) {
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(n > 0 ? n : 1);
    for (int i = 0; i < n; i++)
        rd_kafka_topic_partition_list_add(l, topics[i], RD_KAFKA_PARTITION_UA);
    rd_kafka_resp_err_t err = rd_kafka_subscribe(rk, l);
    rd_kafka_topic_partition_list_destroy(l);
    if (err) {
        snprintf(errstr, errlen, "subscribe %s: %s", n > 0 ? topics[0] : "", rd_kafka_err2str(err));
        return -1;
    }
    return 0;
}

void ll_kafka_consumer_free(rd_kafka_t *rk) {
    if (!rk)
        return;
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
}

/* One partition's lag gauge: registered the first time it is assigned. */
typedef struct lag_slot {
    char topic[128];
    int32_t partition;
    char labels[200];
    ll_metric m;
} lag_slot;

static lag_slot lag_slots[LL_MAX_LAG_PARTITIONS];
static int lag_n;

static lag_slot *lag_get(const char *topic, int32_t partition) {
    for (int i = 0; i < lag_n; i++)
        if (lag_slots[i].partition == partition && !strcmp(lag_slots[i].topic, topic))
            return &lag_slots[i];
    if (lag_n >= LL_MAX_LAG_PARTITIONS)
        return NULL;
    lag_slot *l = &lag_slots[lag_n++];
    snprintf(l->topic, sizeof(l->topic), "%s", topic);
    l->partition = partition;
    snprintf(l->labels, sizeof(l->labels), "topic=\"%s\",partition=\"%d\"", topic, (int)partition);
    l->m = (ll_metric){.family = "ll_consumer_lag",
                       .labels = l->labels,
                       .help = "messages on the broker not yet read, per assigned partition",
                       .type = LL_GAUGE};
    ll_metric_register(&l->m);
    return l;
}

/* The next offset after the last message each partition handed to its role
 * (ll_kafka_lag_handed), from the consuming thread; read by the lag's. */
typedef struct handed_slot {
    char topic[128];
    int32_t partition;
    int64_t next;
} handed_slot;

static pthread_mutex_t handed_lock = PTHREAD_MUTEX_INITIALIZER;
static handed_slot handed_slots[LL_MAX_LAG_PARTITIONS];
static int handed_n;

void ll_kafka_lag_handed(const rd_kafka_message_t *m) {
    if (!m || m->err || !m->rkt)
        return;
    const char *topic = rd_kafka_topic_name(m->rkt);
    pthread_mutex_lock(&handed_lock);
    int i = 0;
    while (i < handed_n &&
           (handed_slots[i].partition != m->partition || strcmp(handed_slots[i].topic, topic)))
        i++;
    if (i == handed_n && handed_n < LL_MAX_LAG_PARTITIONS) {
        snprintf(handed_slots[i].topic, sizeof(handed_slots[i].topic), "%s", topic);
        handed_slots[i].partition = m->partition;
        handed_n++;
    }
    if (i < handed_n)
        handed_slots[i].next = m->offset + 1;
    pthread_mutex_unlock(&handed_lock);
}

/* 0 when the partition handed nothing since the start. */
static int64_t handed_next(const char *topic, int32_t partition) {
    int64_t next = 0;
    pthread_mutex_lock(&handed_lock);
    for (int i = 0; i < handed_n; i++)
        if (handed_slots[i].partition == partition && !strcmp(handed_slots[i].topic, topic))
            next = handed_slots[i].next;
    pthread_mutex_unlock(&handed_lock);
    return next;
}

/* Sets the lag of rk's assigned partitions: the end (the broker's answer when
 * timeout_ms > 0, else the cached high watermark) less the group's committed
 * offset (committed) or the consumer's position; 0 for the partitions no
 * longer assigned. A partition whose figures could not be had keeps its value.
 *
 * Committed, the offsets stop short of the end on a transactional topic: every
 * transaction ends in a commit marker, a record that takes an offset and is never
 * handed over, so a reader that had read and committed everything showed a lag of 1
 * on each partition the writer had touched (feedback.enriched for escalate and
 * aggregate, test_it_metrics). librdkafka moves the position past such records. When
 * everything the role was handed is committed (the last message handed is below the
 * committed offset), what lies between the commit and the position is markers and
 * aborted records, and the lag counts from the position. The position is read before
 * what was handed: a message handed in between is then below the position read, and
 * its own note keeps the count on the commit. A role stuck with a batch handed and
 * not committed still counts from its commit. */
static void lag_update(rd_kafka_t *rk, int committed, int timeout_ms) {
    rd_kafka_topic_partition_list_t *parts = NULL;
    if (rd_kafka_assignment(rk, &parts) || !parts)
        return;
    char assigned[LL_MAX_LAG_PARTITIONS] = {0};
    /* The group's committed offsets, not the consumer's position: they hold
     * still while the role is stuck, and so the lag grows with the topic. */
    int known = parts->cnt > 0 && !(committed ? rd_kafka_committed(rk, parts, timeout_ms)
                                              : rd_kafka_position(rk, parts));
    rd_kafka_topic_partition_list_t *pos = NULL;
    if (known && committed) {
        pos = rd_kafka_topic_partition_list_copy(parts);
        if (rd_kafka_position(rk, pos)) {
            rd_kafka_topic_partition_list_destroy(pos);
            pos = NULL;
        }
    }
    for (int i = 0; i < parts->cnt; i++) {
        const rd_kafka_topic_partition_t *p = &parts->elems[i];
        lag_slot *l = lag_get(p->topic, p->partition);
        if (!l)
            continue;
        assigned[l - lag_slots] = 1;
        int64_t lo = 0, hi = 0;
        if (!known || p->err ||
            (timeout_ms > 0
                 ? rd_kafka_query_watermark_offsets(rk, p->topic, p->partition, &lo, &hi,
                                                    timeout_ms)
                 : rd_kafka_get_watermark_offsets(rk, p->topic, p->partition, &lo, &hi)) ||
            hi < 0)
            continue;
        /* nothing committed, or not read yet: all of it waits */
        int64_t at = p->offset >= 0 ? p->offset : lo;
        if (pos && p->offset >= 0 && pos->elems[i].offset > at) {
            int64_t handed = handed_next(p->topic, p->partition);
            if (handed <= at)
                at = pos->elems[i].offset;
        }
        ll_metric_set(&l->m, (unsigned long long)(hi > at ? hi - at : 0));
    }
    for (int i = 0; i < lag_n; i++)
        if (!assigned[i])
            ll_metric_set(&lag_slots[i].m, 0);
    if (pos)
        rd_kafka_topic_partition_list_destroy(pos);
    rd_kafka_topic_partition_list_destroy(parts);
}

void ll_kafka_lag_update(rd_kafka_t *rk, int timeout_ms) {
    lag_update(rk, 1, timeout_ms > 0 ? timeout_ms : 1);
}

void ll_kafka_lag_update_position(rd_kafka_t *rk) { lag_update(rk, 0, 0); }

struct ll_kafka_lag_watch {
    rd_kafka_t *rk; /* borrowed */
    int interval_ms, stop;
    int fetch_asked; /* ll_kafka_lag_watch_fetch: wake the fetchers once */
    unsigned long long fetch_wakes;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
};

/* A request to each leader of rk's assigned partitions (their ends, asked
 * and thrown away): an op on a broker thread makes it decide its fetches
 * again, and nothing else public does without dropping what is queued (a
 * seek or a resume does). Blocks for the round trip. */
static void fetch_wake(rd_kafka_t *rk) {
    rd_kafka_topic_partition_list_t *parts = NULL;
    if (rd_kafka_assignment(rk, &parts) || !parts)
        return;
    if (parts->cnt > 0) {
        for (int i = 0; i < parts->cnt; i++)
            parts->elems[i].offset = RD_KAFKA_OFFSET_END; /* the time asked: the latest */
        rd_kafka_offsets_for_times(rk, parts, LL_KAFKA_LAG_TIMEOUT_MS);
    }
    rd_kafka_topic_partition_list_destroy(parts);
}

static void *lag_watch_main(void *arg) {
    ll_kafka_lag_watch *w = arg;
    pthread_mutex_lock(&w->lock);
    while (!w->stop) {
        pthread_mutex_unlock(&w->lock);
        ll_kafka_lag_update(w->rk, LL_KAFKA_LAG_TIMEOUT_MS);
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec += w->interval_ms / 1000;
        until.tv_nsec += (long)(w->interval_ms % 1000) * 1000000L;
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        pthread_mutex_lock(&w->lock);
        while (!w->stop) {
            if (w->fetch_asked) {
                w->fetch_asked = 0;
                pthread_mutex_unlock(&w->lock);
                fetch_wake(w->rk);
                pthread_mutex_lock(&w->lock);
                w->fetch_wakes++;
                continue;
            }
            if (pthread_cond_timedwait(&w->wake, &w->lock, &until) != 0)
                break;
        }
    }
    pthread_mutex_unlock(&w->lock);
    return NULL;
}

void ll_kafka_lag_watch_fetch(ll_kafka_lag_watch *w) {
    if (!w)
        return;
    pthread_mutex_lock(&w->lock);
    w->fetch_asked = 1;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->lock);
}

unsigned long long ll_kafka_lag_watch_fetch_wakes(ll_kafka_lag_watch *w) {
    if (!w)
        return 0;
    pthread_mutex_lock(&w->lock);
    unsigned long long n = w->fetch_wakes;
    pthread_mutex_unlock(&w->lock);
    return n;
}

ll_kafka_lag_watch *ll_kafka_lag_watch_start(rd_kafka_t *rk, int interval_ms) {
    ll_kafka_lag_watch *w = calloc(1, sizeof(*w));
    if (!w) {
        ll_error("consumer lag: out of memory");
        return NULL;
    }
    w->rk = rk;
    w->interval_ms = interval_ms > 0 ? interval_ms : 1000;
    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->wake, NULL);
    int rc = pthread_create(&w->thread, NULL, lag_watch_main, w);
    if (rc != 0) {
        ll_error("consumer lag: cannot start its thread: %s", strerror(rc));
        pthread_cond_destroy(&w->wake);
        pthread_mutex_destroy(&w->lock);
        free(w);
        return NULL;
    }
    return w;
}

void ll_kafka_lag_watch_stop(ll_kafka_lag_watch *w) {
    if (!w)
        return;
    pthread_mutex_lock(&w->lock);
    w->stop = 1;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->lock);
    pthread_join(w->thread, NULL);
    pthread_cond_destroy(&w->wake);
    pthread_mutex_destroy(&w->lock);
    free(w);
}

int ll_kafka_fetch_rearm(rd_kafka_t *rk) {
    rd_kafka_topic_partition_list_t *parts = NULL;
    if (rd_kafka_assignment(rk, &parts) || !parts)
        return 0;
    int n = 0;
    if (parts->cnt > 0 && !rd_kafka_position(rk, parts)) {
        rd_kafka_topic_partition_list_t *behind = rd_kafka_topic_partition_list_new(parts->cnt);
        for (int i = 0; i < parts->cnt; i++) {
            const rd_kafka_topic_partition_t *p = &parts->elems[i];
            int64_t lo = 0, hi = 0;
            /* Not read yet (no position): its first fetch is still to come. */
            if (p->offset < 0 ||
                rd_kafka_get_watermark_offsets(rk, p->topic, p->partition, &lo, &hi) ||
                hi <= p->offset)
                continue;
            rd_kafka_topic_partition_list_add(behind, p->topic, p->partition)->offset = p->offset;
            n++;
        }
        if (n > 0) {
            /* Asynchronous (timeout 0): errors, e.g. a partition just revoked, are not
             * returned, and the next dry poll tries again. */
            rd_kafka_error_t *e = rd_kafka_seek_partitions(rk, behind, 0);
            if (e)
                rd_kafka_error_destroy(e);
        }
        rd_kafka_topic_partition_list_destroy(behind);
    }
    rd_kafka_topic_partition_list_destroy(parts);
    return n;
}

long long ll_kafka_queue_limit_bytes(rd_kafka_t *rk) {
    char v[32];
    size_t n = sizeof(v);
    if (rd_kafka_conf_get(rd_kafka_conf(rk), "queued.max.messages.kbytes", v, &n) !=
        RD_KAFKA_CONF_OK)
        return 0;
    char *end;
    errno = 0;
    long long kb = strtoll(v, &end, 10);
    if (errno || end == v || *end || kb <= 0)
        return 0;
    return kb * 1024;
}
