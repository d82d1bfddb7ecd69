/* passthrough.c - the processor's ceiling for tests/bench/process.sh: copies feedback.raw
 * unchanged to another topic through the processor's own loop (core/stream.h: batches
 * gathered while a lane commits the one before, each batch's copies and input offsets in one
 * transaction) with the processor's librdkafka settings, without parsing, Redis or
 * enrichment. A benchmark tool, not a test.
 *
 *   bench_passthrough -c CONFIG --to TOPIC [--group G] [--txn ID]
 *
 * Reads [topics] raw and [process] batch_max, batch_wait_ms, transactions_in_flight,
 * transaction_batches, transaction_timeout_ms and kafka.* of CONFIG; runs until SIGINT/SIGTERM, then prints how
 * many it copied and where a transaction's time went (at log_level = debug, per transaction). */
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "kafka.h"
#include "ll_limits.h"
#include "log.h"
#include "stop.h"
#include "stream.h"
#include "text.h"
#include "processors/process.h"
#include "roles.h"

LL_TXN_METRICS(m_txn, "ll_passthrough", "aborted transactions", "from batch start to commit");

typedef struct pass {
    const char *to;
    /* Written by the lane (one unless transactions_in_flight says more), read at the end. */
    unsigned long long copied, batches, txns;
    long long last_end; /* of the transaction counted last: its further batches share it */
    /* Where the time went (us), summed over the committed batches: gathering, waiting for a
     * lane; and over the transactions: producing (with the batches that joined), sending the
     * offsets, committing. */
    long long us_gather, us_wait, us_produce, us_offsets, us_commit;
    /* The broker's share of each transaction (offsets and commit): the longest, and how
     * many took over 100 and over 250 ms (a latency spike's likely cause). */
    long long us_broker_max;
    unsigned long long broker_over_100, broker_over_250;
} pass;

static enum ll_work_outcome on_work(void *role, ll_batch *b) {
    (void)role;
    (void)b;
    return LL_WORK_DONE;
}

/* Through ll_txn_produce as the processor's lanes do, so the baseline pays for the
 * same per-message work (the CloudEvents header among it). */
static int on_produce(void *role, ll_txn_out *out, ll_batch *b) {
    const pass *p = role;
    for (int i = 0; i < b->n; i++) {
        const rd_kafka_message_t *m = b->msg[i];
        if (ll_txn_produce(out, p->to, m->key, m->key_len, m->payload, m->len,
                           RD_KAFKA_MSG_F_COPY) != 0)
            return -1;
    }
    return 0;
}

static void on_committed(void *role, const ll_batch *b, const ll_txn_times *t) {
    pass *p = role;
    p->copied += (unsigned long long)b->n;
    p->batches++;
    p->us_gather += b->t_closed - b->t0;
    p->us_wait += b->t_handed - b->t_closed;
    if (t->end != p->last_end) { /* the transaction's first batch */
        p->last_end = t->end;
        p->txns++;
        p->us_produce += t->offsets - b->t_handed;
        p->us_offsets += t->commit - t->offsets;
        p->us_commit += t->end - t->commit;
        long long broker = t->end - t->offsets;
        if (broker > p->us_broker_max)
            p->us_broker_max = broker;
        p->broker_over_100 += broker > 100000;
        p->broker_over_250 += broker > 250000;
    }
    ll_debug("committed %d: gathered %.1f ms, waited %.1f ms, produce %.1f ms, offsets %.1f ms, "
             "commit %.1f ms",
             b->n, (double)(b->t_closed - b->t0) / 1000, (double)(b->t_handed - b->t_closed) / 1000,
             (double)(t->offsets - b->t_handed) / 1000, (double)(t->commit - t->offsets) / 1000,
             (double)(t->end - t->commit) / 1000);
}

static void on_clear(void *role, ll_batch *b) {
    (void)role;
    (void)b;
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
    ll_txn_metrics_register(&m_txn);
    const ll_process_cfg *pc = ll_config_settings(&cfg, &ll_process_config);
    pass p = {.to = to};
    /* The processor's stream (process.c process_init), with a role that copies. */
    const ll_stream_conf sconf = {
        .txn =
            {
                .cfg = &cfg,
                .section = "process",
                .txn_id = txn,
                .lanes = pc->txn_in_flight,
                .join_max = pc->txn_batches,
                .release_produced = 1, /* as the processor's */
                .txn_timeout_ms = pc->txn_timeout_ms,
                .outputs = {to},
                .metrics = &m_txn,
            },
        .group = group,
        .topics = {cfg.topic_raw},
        .batch_max = pc->batch_max,
        .batch_bytes = LL_PROCESS_BATCH_BYTES,
        .batch_wait_ms = pc->batch_wait_ms,
        .item_size = 1,
    };
    const ll_stream_hooks hooks = {
        .role = &p,
        .work = on_work,
        .produce = on_produce,
        .committed = on_committed,
        .clear = on_clear,
    };
    int rc = 1;
    ll_stream *s = ll_stream_new(&sconf, &hooks, errstr, sizeof(errstr));
    if (!s) {
        fprintf(stderr, "%s\n", errstr);
        goto out;
    }
    if (ll_stream_init_transactions(s) != 0 || ll_stream_subscribe(s) != 0)
        goto out;
    rc = ll_stream_run(s) != 0;
    fprintf(stderr, "passthrough: %llu copied in %llu transactions (%llu batches), %llu aborts\n",
            p.copied, p.txns, p.batches, ll_metric_get(&m_txn.aborts));
    if (p.txns > 0) {
        double nb = (double)p.batches * 1000, nt = (double)p.txns * 1000;
        fprintf(stderr,
                "passthrough: per batch %.1f ms gathering, %.1f waiting for the lane; per "
                "transaction %.1f producing (and taking batches in), %.1f sending offsets, %.1f "
                "committing\n",
                (double)p.us_gather / nb, (double)p.us_wait / nb, (double)p.us_produce / nt,
                (double)p.us_offsets / nt, (double)p.us_commit / nt);
        fprintf(stderr,
                "passthrough: offsets and commit over 100 ms in %llu transactions, over 250 ms in "
                "%llu; longest %.1f ms\n",
                p.broker_over_100, p.broker_over_250, (double)p.us_broker_max / 1000);
    }
out:
    ll_stream_free(s);
    ll_config_free(&cfg);
    return rc;
}
