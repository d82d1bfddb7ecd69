/* test_committer.c - the committer's one lane on librdkafka's mock cluster (no broker): when a
 * backlog's transaction takes in the main thread's next batch, and when it does not wait. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "batch.h"
#include "committer.h"
#include "config.h"
#include "text.h"

LL_TXN_METRICS(m_txn, "ll_test_committer", "aborted transactions", "from batch start to commit");

/* The batches carry no messages and make no outputs: only the transactions' shape is looked at. */
static int produce_nothing(void *role, ll_txn_out *out, ll_batch *b) {
    (void)role;
    (void)out;
    (void)b;
    return 0;
}

static void clear_nothing(void *role, ll_batch *b) {
    (void)role;
    (void)b;
}

typedef struct fixture {
    rd_kafka_t *owner; /* holds the mock cluster */
    rd_kafka_mock_cluster_t *mc;
    rd_kafka_t *consumer; /* its group metadata goes with each batch */
    ll_config cfg;
    ll_committer *c;
    ll_batch b[2];
    unsigned long long txns0;
} fixture;

/* A committer of one lane taking up to 4 batches a transaction; grace_ms its join_grace_ms. */
static void setup(fixture *f, int grace_ms) {
    memset(f, 0, sizeof(*f));
    char e[512];
    rd_kafka_conf_t *oc = rd_kafka_conf_new();
    assert_int_equal(rd_kafka_conf_set(oc, "log_level", "0", e, sizeof(e)), RD_KAFKA_CONF_OK);
    f->owner = rd_kafka_new(RD_KAFKA_PRODUCER, oc, e, sizeof(e));
    assert_non_null(f->owner);
    rd_kafka_mock_cluster_t *mc = f->mc = rd_kafka_mock_cluster_new(f->owner, 1);
    assert_non_null(mc);
    assert_int_equal(ll_config_load(&f->cfg, NULL, NULL, 0, e, sizeof(e)), 0);
    snprintf(f->cfg.brokers, sizeof(f->cfg.brokers), "%s", rd_kafka_mock_cluster_bootstraps(mc));

    rd_kafka_conf_t *cc = rd_kafka_conf_new();
    assert_int_equal(rd_kafka_conf_set(cc, "bootstrap.servers", f->cfg.brokers, e, sizeof(e)),
                     RD_KAFKA_CONF_OK);
    assert_int_equal(rd_kafka_conf_set(cc, "group.id", "test-committer", e, sizeof(e)),
                     RD_KAFKA_CONF_OK);
    f->consumer = rd_kafka_new(RD_KAFKA_CONSUMER, cc, e, sizeof(e));
    assert_non_null(f->consumer);

    const ll_committer_conf conf = {
        .cfg = &f->cfg,
        .section = "common",
        .txn_id = "test-committer-0",
        .lanes = 1,
        .join_max = 4,
        .join_grace_ms = grace_ms,
        .txn_timeout_ms = 10000,
        .metrics = &m_txn,
    };
    const ll_committer_hooks hooks = {NULL, produce_nothing, NULL, clear_nothing};
    f->c = ll_committer_new(&conf, &hooks, NULL, e, sizeof(e));
    assert_non_null(f->c);
    assert_int_equal(ll_committer_init_transactions(f->c), 0);
    assert_int_equal(ll_committer_start(f->c), 0);
    for (int k = 0; k < 2; k++)
        assert_int_equal(ll_batch_init(&f->b[k], 10, 1, k), 0);
    f->txns0 = ll_metric_get(&m_txn.transactions);
}

static void teardown(fixture *f) {
    ll_committer_free(f->c);
    for (int k = 0; k < 2; k++)
        ll_batch_fini(&f->b[k]);
    rd_kafka_destroy(f->consumer);
    ll_config_free(&f->cfg);
    rd_kafka_mock_cluster_destroy(f->mc);
    rd_kafka_destroy(f->owner);
}

static void sleep_ms(int ms) {
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* The main thread's side of a hand-over: its batch is on its way, a lane takes it (waiting,
 * as the stream does, for a free one); then it collects everything and says how many
 * transactions committed. */
static void hand_over(fixture *f, ll_batch *b) {
    ll_committer_coming(f->c, 1);
    rd_kafka_topic_partition_list_t *rewind = NULL;
    do {
        assert_int_equal(ll_committer_collect(f->c, LL_COLLECT_SLOT, &rewind), LL_TXN_COMMITTED);
        assert_null(rewind);
    } while (ll_committer_hand_over(f->c, b, f->consumer) != 0);
}

/* Whether n transactions have committed within ms, no drain asked. */
static int committed_within(fixture *f, unsigned long long n, int ms) {
    long long until = ll_mono_us() + (long long)ms * 1000;
    while (ll_metric_get(&m_txn.transactions) - f->txns0 < n)
        if (ll_mono_us() > until)
            return 0;
        else
            sleep_ms(1);
    return 1;
}

static unsigned long long drain(fixture *f) {
    rd_kafka_topic_partition_list_t *rewind = NULL;
    assert_int_equal(ll_committer_collect(f->c, LL_COLLECT_ALL, &rewind), LL_TXN_COMMITTED);
    assert_null(rewind);
    return ll_metric_get(&m_txn.transactions) - f->txns0;
}

/* A full batch (the input is behind) is handed over; the main thread's next batch gets its
 * first message 50 ms later, while the lane has long produced the first: the transaction
 * waits for it and commits both. */
static void a_backlog_transaction_waits_for_the_next_batch(void **state) {
    (void)state;
    fixture f;
    setup(&f, 2000);
    f.b[0].full = 1;
    hand_over(&f, &f.b[0]);
    sleep_ms(50);
    long long t0 = ll_mono_us();
    hand_over(&f, &f.b[1]);
    /* Taken into the open transaction, not after its commit. */
    assert_true(ll_mono_us() - t0 < 1500000);
    assert_int_equal(drain(&f), 1);
    teardown(&f);
}

/* Look-alike: a batch that closed short (a stream that is not behind) commits at once, alone,
 * whatever the grace. */
static void a_short_batch_commits_alone_at_once(void **state) {
    (void)state;
    fixture f;
    setup(&f, 2000);
    hand_over(&f, &f.b[0]);
    assert_true(committed_within(&f, 1, 1500));
    sleep_ms(50);
    hand_over(&f, &f.b[1]);
    assert_int_equal(drain(&f), 2);
    teardown(&f);
}

/* After a stall under light load: the first batch closed full, the next one short (the input
 * has caught up). Taken in 50 ms after the first, past LL_TXN_JOIN_CAUGHT_UP_MS, it is the last:
 * the transaction commits at once rather than wait (the grace, 2 s here) for a third. */
static void a_caught_up_transaction_commits_at_once(void **state) {
    (void)state;
    fixture f;
    setup(&f, 2000);
    f.b[0].full = 1;
    hand_over(&f, &f.b[0]);
    sleep_ms(50);
    hand_over(&f, &f.b[1]);
    assert_true(committed_within(&f, 1, 1000));
    assert_int_equal(drain(&f), 1);
    teardown(&f);
}

/* Look-alike: a backlog (both batches full) keeps its transaction open for a third past the same
 * 50 ms. */
static void a_backlog_keeps_joining_past_the_limit(void **state) {
    (void)state;
    fixture f;
    setup(&f, 2000);
    f.b[0].full = 1;
    f.b[1].full = 1;
    hand_over(&f, &f.b[0]);
    sleep_ms(50);
    hand_over(&f, &f.b[1]);
    assert_false(committed_within(&f, 1, 300));
    assert_int_equal(drain(&f), 1);
    teardown(&f);
}

/* A drain (a rebalance, a stop) while the lane waits for the next batch: the transaction
 * commits at once with what it has. */
static void a_drain_ends_the_wait(void **state) {
    (void)state;
    fixture f;
    setup(&f, 2000);
    f.b[0].full = 1;
    long long t0 = ll_mono_us();
    hand_over(&f, &f.b[0]);
    assert_int_equal(drain(&f), 1);
    assert_true(ll_mono_us() - t0 < 1500000);
    teardown(&f);
}

/* Whether list has t/partition at offset. */
static int has_offset(const rd_kafka_topic_partition_list_t *l, int32_t partition, long long off) {
    const rd_kafka_topic_partition_t *tp =
        rd_kafka_topic_partition_list_find((rd_kafka_topic_partition_list_t *)l, "t", partition);
    return tp && tp->offset == off;
}

/* A batch whose outputs are produced lets its input go (the lane's release_produced: a
 * transaction of 8 batches held 8,000 inputs' fetch buffers, +5 MiB peak RSS) and still
 * knows its offsets, to commit them or, aborted, to read it again from its first. */
static void a_released_batch_keeps_its_offsets(void **state) {
    (void)state;
    fixture f;
    setup(&f, 0);
    char e[512];
    rd_kafka_conf_t *pc = rd_kafka_conf_new();
    assert_int_equal(rd_kafka_conf_set(pc, "bootstrap.servers", f.cfg.brokers, e, sizeof(e)),
                     RD_KAFKA_CONF_OK);
    rd_kafka_t *p = rd_kafka_new(RD_KAFKA_PRODUCER, pc, e, sizeof(e));
    assert_non_null(p);
    assert_int_equal(rd_kafka_mock_topic_create(f.mc, "t", 2, 1), RD_KAFKA_RESP_ERR_NO_ERROR);
    for (int i = 0; i < 5; i++)
        assert_int_equal(rd_kafka_producev(p, RD_KAFKA_V_TOPIC("t"), RD_KAFKA_V_PARTITION(i % 2),
                                           RD_KAFKA_V_VALUE("x", 1), RD_KAFKA_V_END),
                         RD_KAFKA_RESP_ERR_NO_ERROR);
    assert_int_equal(rd_kafka_flush(p, 10000), RD_KAFKA_RESP_ERR_NO_ERROR);
    rd_kafka_topic_partition_list_t *a = rd_kafka_topic_partition_list_new(2);
    rd_kafka_topic_partition_list_add(a, "t", 0)->offset = RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_topic_partition_list_add(a, "t", 1)->offset = RD_KAFKA_OFFSET_BEGINNING;
    assert_int_equal(rd_kafka_assign(f.consumer, a), RD_KAFKA_RESP_ERR_NO_ERROR);
    rd_kafka_topic_partition_list_destroy(a);
    ll_batch *b = &f.b[0];
    long long until = ll_mono_us() + 20000000;
    while (b->n < 5 && ll_mono_us() < until) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(f.consumer, 100);
        if (m && m->err)
            rd_kafka_message_destroy(m);
        else if (m)
            ll_batch_add(b, m);
    }
    assert_int_equal(b->n, 5);

    assert_int_equal(ll_batch_release_messages(b), 0);
    assert_int_equal(b->n, 5);
    for (int i = 0; i < b->n; i++)
        assert_null(b->msg[i]);
    rd_kafka_topic_partition_list_t *next = ll_batch_offsets(b, LL_OFFSETS_NEXT, NULL),
                                    *first = ll_batch_offsets(b, LL_OFFSETS_FIRST, NULL);
    assert_int_equal(next->cnt, 2);
    assert_true(has_offset(next, 0, 3) && has_offset(next, 1, 2));
    assert_true(has_offset(first, 0, 0) && has_offset(first, 1, 0));
    /* Merged into another batch's, as a joined transaction's offsets are. */
    rd_kafka_topic_partition_list_t *into = rd_kafka_topic_partition_list_new(2);
    rd_kafka_topic_partition_list_add(into, "t", 0)->offset = 7;
    into = ll_batch_offsets(b, LL_OFFSETS_FIRST, into);
    assert_true(has_offset(into, 0, 0) && has_offset(into, 1, 0));
    rd_kafka_topic_partition_list_destroy(into);
    rd_kafka_topic_partition_list_destroy(next);
    rd_kafka_topic_partition_list_destroy(first);
    ll_batch_release(b);
    assert_int_equal(b->n, 0);
    assert_false(b->released);
    rd_kafka_destroy(p);
    teardown(&f);
}

int main(void) {
    ll_txn_metrics_register(&m_txn);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_backlog_transaction_waits_for_the_next_batch),
        cmocka_unit_test(a_short_batch_commits_alone_at_once),
        cmocka_unit_test(a_caught_up_transaction_commits_at_once),
        cmocka_unit_test(a_backlog_keeps_joining_past_the_limit),
        cmocka_unit_test(a_drain_ends_the_wait),
        cmocka_unit_test(a_released_batch_keeps_its_offsets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
