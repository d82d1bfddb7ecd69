/* passthrough.c - the processor's ceiling for tests/bench/process.sh: copies feedback.raw
 * unchanged to another topic with the processor's librdkafka settings and the loop shape of
 * processors/process.c (gather a batch, begin, produce, send_offsets_to_transaction, commit),
 * without parsing, Redis or enrichment. A benchmark tool, not a test.
 *
 *   bench_passthrough -c CONFIG --to TOPIC [--group G] [--txn ID]
 *
 * Reads [topics] raw and [process] batch_max, batch_wait_ms, transaction_timeout_ms and
 * kafka.* of CONFIG; runs until SIGINT/SIGTERM. */
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "kafka.h"
#include "ll_limits.h"
#include "log.h"
#include "stop.h"
#include "text.h"
#include "processors/process.h"
#include "roles.h"

typedef struct pass {
    const ll_config *cfg;
    const ll_process_cfg *pc; /* [process] */
    const char *to;
    rd_kafka_t *consumer, *producer;
    rd_kafka_message_t **msgs; /* cfg->process_batch_max */
    int n;
    int rebalanced;
    long long dry_at; /* since when the consumer's queue has been found empty; 0: it has not */
    unsigned long long copied, batches, aborts;
    /* Where the time went, summed over the committed transactions (us): gathering the
     * batch, producing it, sending its offsets, committing. */
    long long us_gather, us_produce, us_offsets, us_commit;
} pass;

static void rebalance_cb(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque) {
    pass *p = opaque;
    p->rebalanced = 1;
    rd_kafka_assign(rk, err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS ? parts : NULL);
}

static void batch_clear(pass *p) {
    for (int i = 0; i < p->n; i++)
        rd_kafka_message_destroy(p->msgs[i]);
    p->n = 0;
}

/* As process.c's batch_gather: wait for a first message, then take what is
 * queued until batch_max or batch_wait_ms. */
static void batch_gather(pass *p) {
    p->rebalanced = 0;
    int wait = p->dry_at ? LL_STREAM_REARM_MS : 100;
    long long deadline = 0;
    while (p->n < p->pc->batch_max && !ll_stop_requested()) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(p->consumer, wait);
        if (p->rebalanced) {
            batch_clear(p);
            p->rebalanced = 0;
        }
        if (!m) {
            /* As core/stream.c's queue_empty: make partitions with more to read
             * fetch now, not when librdkafka 2.0 next looks (up to a second). */
            long long now = ll_mono_us();
            if (!p->dry_at)
                p->dry_at = now;
            else if (now - p->dry_at >= LL_STREAM_REARM_MS * 1000LL) {
                ll_kafka_fetch_rearm(p->consumer);
                p->dry_at = now;
            }
            if (p->n == 0 || now >= deadline)
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
        p->dry_at = 0;
        p->msgs[p->n++] = m;
        if (p->n == 1)
            deadline = ll_mono_us() + (long long)p->pc->batch_wait_ms * 1000;
        wait = 0;
    }
}

/* Through ll_kafka_produce as the processor's lanes do, so the baseline pays for the
 * same per-message work (the CloudEvents header among it). */
static int produce(pass *p, const rd_kafka_message_t *m) {
    const ll_kafka_record rec = {p->to, m->key, m->key_len, m->payload, m->len, RD_KAFKA_MSG_F_COPY,
                                 NULL};
    return ll_kafka_produce(p->producer, &rec, 50, 0) ? -1 : 0;
}

static rd_kafka_topic_partition_list_t *batch_offsets(pass *p, int first) {
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(16);
    for (int i = 0; i < p->n; i++) {
        const rd_kafka_message_t *m = p->msgs[i];
        const char *t = rd_kafka_topic_name(m->rkt);
        rd_kafka_topic_partition_t *tp = rd_kafka_topic_partition_list_find(l, t, m->partition);
        int64_t off = first ? m->offset : m->offset + 1;
        if (!tp)
            rd_kafka_topic_partition_list_add(l, t, m->partition)->offset = off;
        else if (first ? off < tp->offset : off > tp->offset)
            tp->offset = off;
    }
    return l;
}

/* 0 committed, 1 aborted and rewound, -1 fatal. */
static int batch_transact(pass *p) {
    rd_kafka_error_t *e;
    long long t0 = ll_mono_us();
    if ((e = rd_kafka_begin_transaction(p->producer)))
        goto error;
    for (int i = 0; i < p->n; i++)
        if (produce(p, p->msgs[i]) != 0)
            goto abort;
    long long t1 = ll_mono_us();
    rd_kafka_topic_partition_list_t *offs = batch_offsets(p, 0);
    rd_kafka_consumer_group_metadata_t *cgmd = rd_kafka_consumer_group_metadata(p->consumer);
    e = rd_kafka_send_offsets_to_transaction(p->producer, offs, cgmd, 30000);
    rd_kafka_consumer_group_metadata_destroy(cgmd);
    rd_kafka_topic_partition_list_destroy(offs);
    if (e)
        goto error;
    long long t2 = ll_mono_us();
    while ((e = rd_kafka_commit_transaction(p->producer, 60000))) {
        if (ll_kafka_error_class(e) != LL_KAFKA_RETRIABLE)
            goto error;
        rd_kafka_error_destroy(e);
    }
    long long t3 = ll_mono_us();
    p->copied += (unsigned long long)p->n;
    p->batches++;
    p->us_produce += t1 - t0;
    p->us_offsets += t2 - t1;
    p->us_commit += t3 - t2;
    ll_debug("committed %d: produce %.1f ms, offsets %.1f ms, commit %.1f ms", p->n,
             (double)(t1 - t0) / 1000, (double)(t2 - t1) / 1000, (double)(t3 - t2) / 1000);
    return 0;
error:
    ll_warn("transaction: %s", rd_kafka_error_string(e));
    if (ll_kafka_error_class(e) == LL_KAFKA_FATAL) {
        rd_kafka_error_destroy(e);
        return -1;
    }
    rd_kafka_error_destroy(e);
abort:
    p->aborts++;
    if ((e = rd_kafka_abort_transaction(p->producer, 60000))) {
        ll_error("abort: %s", rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
        return -1;
    }
    rd_kafka_topic_partition_list_t *l = batch_offsets(p, 1);
    if ((e = rd_kafka_seek_partitions(p->consumer, l, 5000)))
        rd_kafka_error_destroy(e);
    rd_kafka_topic_partition_list_destroy(l);
    return 1;
}

static int usage(void) {
    fprintf(stderr, "usage: bench_passthrough -c CONFIG --to TOPIC [--group G] [--txn ID]\n");
    return 2;
}

int main(int argc, char **argv) {
    const char *path = NULL, *to = NULL, *group = "bench-passthrough", *txn = "bench-passthrough-0";
    for (int i = 1; i < argc; i++) {
        if (i + 1 >= argc)
            return usage();
        if (!strcmp(argv[i], "-c"))
            path = argv[++i];
        else if (!strcmp(argv[i], "--to"))
            to = argv[++i];
        else if (!strcmp(argv[i], "--group"))
            group = argv[++i];
        else if (!strcmp(argv[i], "--txn"))
            txn = argv[++i];
        else
            return usage();
    }
    if (!path || !to)
        return usage();
    static ll_config cfg;
    char errstr[512];
    if (ll_roles_config_load(&cfg, path, errstr, sizeof(errstr)) != 0) {
        fprintf(stderr, "%s\n", errstr);
        return 2;
    }
    ll_log_init("passthrough", ll_log_level_parse(cfg.log_level));
    ll_stop_install();
    int rc = 1;
    const ll_process_cfg *pc = ll_config_settings(&cfg, &ll_process_config);
    pass p = {.cfg = &cfg, .pc = pc, .to = to};
    p.msgs = calloc((size_t)pc->batch_max, sizeof(*p.msgs));
    if (!p.msgs)
        goto out;

    /* The processor's consumer and producer settings (process.c process_init). */
    rd_kafka_conf_t *cconf = ll_kafka_conf_new(&cfg, "process", errstr, sizeof(errstr));
    if (!cconf ||
        ll_kafka_conf_stream_defaults(cconf, &cfg, "process", txn, errstr, sizeof(errstr)) != 0) {
        if (cconf)
            rd_kafka_conf_destroy(cconf);
        fprintf(stderr, "%s\n", errstr);
        goto out;
    }
    rd_kafka_conf_set_rebalance_cb(cconf, rebalance_cb);
    rd_kafka_conf_set_opaque(cconf, &p);
    if (!(p.consumer = ll_kafka_consumer_new(cconf, group, errstr, sizeof(errstr)))) {
        fprintf(stderr, "%s\n", errstr);
        goto out;
    }
    rd_kafka_conf_t *pconf = ll_kafka_conf_new(&cfg, "process", errstr, sizeof(errstr));
    char tmo[32];
    snprintf(tmo, sizeof(tmo), "%d", pc->txn_timeout_ms);
    if (!pconf ||
        rd_kafka_conf_set(pconf, "transaction.timeout.ms", tmo, errstr, sizeof(errstr)) !=
            RD_KAFKA_CONF_OK ||
        ll_kafka_conf_txn_defaults(pconf, &cfg, "process", errstr, sizeof(errstr)) != 0) {
        if (pconf)
            rd_kafka_conf_destroy(pconf);
        fprintf(stderr, "%s\n", errstr);
        goto out;
    }
    if (!(p.producer = ll_kafka_producer_new(pconf, txn, errstr, sizeof(errstr)))) {
        fprintf(stderr, "%s\n", errstr);
        goto out;
    }
    rd_kafka_error_t *e;
    while ((e = rd_kafka_init_transactions(p.producer, 30000))) {
        int retriable = rd_kafka_error_is_retriable(e);
        fprintf(stderr, "init transactions: %s\n", rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
        if (!retriable || ll_stop_requested())
            goto out;
    }
    rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, cfg.topic_raw, RD_KAFKA_PARTITION_UA);
    rd_kafka_resp_err_t serr = rd_kafka_subscribe(p.consumer, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    if (serr) {
        fprintf(stderr, "subscribe %s: %s\n", cfg.topic_raw, rd_kafka_err2str(serr));
        goto out;
    }
    rc = 0;
    while (!ll_stop_requested()) {
        long long g0 = ll_mono_us();
        batch_gather(&p);
        if (p.n == 0)
            continue;
        long long g = ll_mono_us() - g0;
        int r = batch_transact(&p);
        if (r == 0)
            p.us_gather += g;
        batch_clear(&p);
        if (r < 0) {
            rc = 1;
            break;
        }
    }
    fprintf(stderr, "passthrough: %llu copied in %llu transactions, %llu aborts\n", p.copied,
            p.batches, p.aborts);
    if (p.batches > 0) {
        double nb = (double)p.batches * 1000;
        fprintf(stderr,
                "passthrough: per transaction %.1f ms gathering, %.1f producing, %.1f sending "
                "offsets, %.1f committing\n",
                (double)p.us_gather / nb, (double)p.us_produce / nb, (double)p.us_offsets / nb,
                (double)p.us_commit / nb);
    }
out:
    batch_clear(&p);
    if (p.consumer) {
        rd_kafka_consumer_close(p.consumer);
        rd_kafka_destroy(p.consumer);
    }
    if (p.producer) {
        rd_kafka_flush(p.producer, 5000);
        rd_kafka_destroy(p.producer);
    }
    free(p.msgs);
    ll_config_free(&cfg);
    return rc;
}
