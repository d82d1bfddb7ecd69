/* rebuild.c - a rebuild's own state in `process --rebuild --to SUFFIX`: its topics,
 * its Redis namespace and how far it is. */
#include "rebuild.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "keys.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "stop.h"
#include "text.h"

LL_METRIC(m_rebuild_left, "ll_process_rebuild_remaining", NULL, LL_GAUGE,
          "process --rebuild: inputs on the raw topic at its start not committed yet");
LL_METRIC(m_rebuild_total, "ll_process_rebuild_inputs", NULL, LL_GAUGE,
          "process --rebuild: inputs on the raw topic at its start, from its first retained one");

/* How often a rebuild reports how far it is. */
#define REBUILD_REPORT_US 3000000
/* Seconds a rebuild asks again when the brokers answer "not now" at its start. */
#define REBUILD_TRIES 60

/* A rebuild's progress per partition of the raw topic: done is the next
 * offset after what its transactions committed, written by the lanes. */
struct ll_rebuild {
    char suffix[LL_MAX_REBUILD_SUFFIX + 1];
    int follow;
    ll_config cfg; /* the role's, with enriched.SUFFIX and dlq.SUFFIX */
    char ns[LL_MAX_KEY_NS_BYTES + 1];
    int nparts;
    long long first[LL_MAX_LAG_PARTITIONS], end[LL_MAX_LAG_PARTITIONS];
    long long done[LL_MAX_LAG_PARTITIONS];
    pthread_mutex_t lock; /* done */
    long long reported_us, reported_left;
    int finished;
};

ll_rebuild *ll_rebuild_new(const ll_config *cfg, const char *suffix, int follow, char *errstr,
                           size_t errlen) {
    if (!*suffix || strlen(suffix) > LL_MAX_REBUILD_SUFFIX ||
        strspn(suffix, "abcdefghijklmnopqrstuvwxyz0123456789-_") != strlen(suffix)) {
        snprintf(errstr, errlen,
                 "process: --to '%s': 1 to %d of a-z, 0-9, '-' and '_' "
                 "(it names topics and Redis keys)",
                 suffix, LL_MAX_REBUILD_SUFFIX);
        return NULL;
    }
    ll_rebuild *rb = calloc(1, sizeof(*rb));
    if (!rb) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&rb->lock, NULL);
    snprintf(rb->suffix, sizeof(rb->suffix), "%s", suffix);
    rb->follow = follow;
    /* A copy of the role's config with the new topics: every hook of the
     * processor reads its topics from the config it runs with. */
    rb->cfg = *cfg;
    int n1 = snprintf(rb->cfg.topic_enriched, sizeof(rb->cfg.topic_enriched), "%s.%s",
                      cfg->topic_enriched, suffix);
    int n2 =
        snprintf(rb->cfg.topic_dlq, sizeof(rb->cfg.topic_dlq), "%s.%s", cfg->topic_dlq, suffix);
    snprintf(rb->ns, sizeof(rb->ns), LL_KEY_REBUILD_NS_FMT, suffix);
    if (n1 < 0 || (size_t)n1 >= sizeof(rb->cfg.topic_enriched) || n2 < 0 ||
        (size_t)n2 >= sizeof(rb->cfg.topic_dlq)) {
        snprintf(errstr, errlen,
                 "process: --to '%s' makes a topic, group or transactional.id too long", suffix);
        ll_rebuild_free(rb);
        return NULL;
    }
    LL_METRICS_REGISTER(&m_rebuild_left, &m_rebuild_total);
    return rb;
}

const ll_config *ll_rebuild_config(const ll_rebuild *rb) { return &rb->cfg; }
const char *ll_rebuild_ns(const ll_rebuild *rb) { return rb->ns; }
const char *ll_rebuild_suffix(const ll_rebuild *rb) { return rb->suffix; }
int ll_rebuild_finished(const ll_rebuild *rb) { return rb->finished; }

void ll_rebuild_committed(ll_rebuild *rb, const ll_batch *b) {
    /* From its offsets: its messages may be gone (ll_batch_release_messages). */
    rd_kafka_topic_partition_list_t *next = ll_batch_offsets(b, LL_OFFSETS_NEXT, NULL);
    pthread_mutex_lock(&rb->lock);
    for (int i = 0; i < next->cnt; i++) {
        const rd_kafka_topic_partition_t *tp = &next->elems[i];
        if (tp->partition < 0 || tp->partition >= rb->nparts)
            continue;
        long long *done = &rb->done[tp->partition];
        if (tp->offset > *done)
            *done = tp->offset;
    }
    pthread_mutex_unlock(&rb->lock);
    rd_kafka_topic_partition_list_destroy(next);
}

void ll_rebuild_report(ll_rebuild *rb, int force) {
    long long now = ll_mono_us();
    if (rb->finished || (!force && now - rb->reported_us < REBUILD_REPORT_US))
        return;
    long long total = 0, left = 0;
    pthread_mutex_lock(&rb->lock);
    for (int i = 0; i < rb->nparts; i++) {
        total += rb->end[i] - rb->first[i];
        left += rb->done[i] < rb->end[i] ? rb->end[i] - rb->done[i] : 0;
    }
    pthread_mutex_unlock(&rb->lock);
    ll_metric_set(&m_rebuild_total, (unsigned long long)total);
    ll_metric_set(&m_rebuild_left, (unsigned long long)left);
    double secs = (double)(now - rb->reported_us) / 1e6;
    ll_info("rebuild %s: %lld of %lld inputs done (%.1f%%), %.0f/s", rb->suffix, total - left,
            total, total ? 100.0 * (double)(total - left) / (double)total : 100.0,
            rb->reported_us && secs > 0 ? (double)(rb->reported_left - left) / secs : 0.0);
    rb->reported_us = now;
    rb->reported_left = left;
    if (left == 0) {
        rb->finished = 1;
        ll_info("rebuild %s: every input of %s up to its end at the start is in %s%s", rb->suffix,
                rb->cfg.topic_raw, rb->cfg.topic_enriched,
                rb->follow ? "; following new inputs" : "; stopping");
        if (!rb->follow)
            ll_stop_request();
    }
}

/* Whether a question to the brokers is worth asking again: a coordinator that
 * moves or is still loading (a group never seen before, a broker that just
 * started) answers so for a while. */
static int rebuild_retriable(rd_kafka_resp_err_t err) {
    return err == RD_KAFKA_RESP_ERR_NOT_COORDINATOR ||
           err == RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS ||
           err == RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE ||
           err == RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE ||
           err == RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION ||
           err == RD_KAFKA_RESP_ERR__TIMED_OUT || err == RD_KAFKA_RESP_ERR__TRANSPORT ||
           err == RD_KAFKA_RESP_ERR__WAIT_COORD;
}

int ll_rebuild_bounds(ll_rebuild *rb, rd_kafka_t *rk, const char *group) {
    const char *topic = rb->cfg.topic_raw;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_resp_err_t err =
        rkt ? rd_kafka_metadata(rk, 0, rkt, &md, 10000) : RD_KAFKA_RESP_ERR__FAIL;
    if (rkt)
        rd_kafka_topic_destroy(rkt);
    if (err || md->topic_cnt != 1 || md->topics[0].err) {
        if (!err)
            err = md->topic_cnt ? md->topics[0].err : RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC;
        ll_error("rebuild: metadata of %s: %s", topic, rd_kafka_err2str(err));
        if (md)
            rd_kafka_metadata_destroy(md);
        return -1;
    }
    int n = md->topics[0].partition_cnt;
    rd_kafka_metadata_destroy(md);
    if (n > LL_MAX_LAG_PARTITIONS) {
        ll_error("rebuild: %s has %d partitions, more than %d", topic, n, LL_MAX_LAG_PARTITIONS);
        return -1;
    }
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(n);
    for (int i = 0; i < n; i++) {
        int64_t lo = 0, hi = 0;
        for (int tries = 0; tries < REBUILD_TRIES; tries++) {
            err = rd_kafka_query_watermark_offsets(rk, topic, i, &lo, &hi, 10000);
            if (!rebuild_retriable(err) || ll_stop_requested())
                break;
            usleep(1000000);
        }
        if (err) {
            ll_error("rebuild: offsets of %s[%d]: %s", topic, i, rd_kafka_err2str(err));
            rd_kafka_topic_partition_list_destroy(l);
            return -1;
        }
        rb->first[i] = lo;
        rb->end[i] = hi;
        rd_kafka_topic_partition_list_add(l, topic, i);
    }
    for (int tries = 0; tries < REBUILD_TRIES; tries++) {
        err = rd_kafka_committed(rk, l, 10000);
        if (!rebuild_retriable(err) || ll_stop_requested())
            break;
        usleep(1000000);
    }
    if (err) {
        ll_error("rebuild: the offsets of group %s: %s", group, rd_kafka_err2str(err));
        rd_kafka_topic_partition_list_destroy(l);
        return -1;
    }
    pthread_mutex_lock(&rb->lock);
    rb->nparts = n;
    for (int i = 0; i < l->cnt; i++) {
        int32_t part = l->elems[i].partition;
        /* Nothing committed yet (or older than what is retained): from the first. */
        int64_t at = l->elems[i].offset;
        rb->done[part] = at > rb->first[part] ? at : rb->first[part];
    }
    pthread_mutex_unlock(&rb->lock);
    rd_kafka_topic_partition_list_destroy(l);
    return 0;
}

void ll_rebuild_free(ll_rebuild *rb) {
    if (!rb)
        return;
    pthread_mutex_destroy(&rb->lock);
    free(rb);
}
