/* test_it_fetch.c - ll_kafka_fetch_rearm (core/kafka.c) on the real broker: a consumer with
 * the stream's settings (a 2 MB queue) reading a backlog five times that size, made to fetch
 * again each time its queue runs dry (as core/stream.c does) and also while messages are still
 * queued, reads every offset of every partition exactly once and in order; a consumer at the
 * end of its partitions re-arms none. The stream's fetches stay at 1 MB (peak RSS). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "harness.h"
#include "kafka.h"
#include "roles.h"

#define PARTS 3
#define EVENTS 20000
#define EVENT_BYTES 500 /* 10 MB in all: five times the stream's queue */

static void topic_create(const char *topic) {
    char e[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", ll_t_kafka(), e, sizeof(e));
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, e, sizeof(e));
    assert_non_null(rk);
    rd_kafka_NewTopic_t *nt = rd_kafka_NewTopic_new(topic, PARTS, 1, e, sizeof(e));
    assert_non_null(nt);
    rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
    rd_kafka_CreateTopics(rk, &nt, 1, NULL, q);
    rd_kafka_event_t *ev = rd_kafka_queue_poll(q, 30000);
    assert_non_null(ev);
    size_t n;
    const rd_kafka_topic_result_t **res =
        rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev), &n);
    assert_int_equal(n, 1);
    assert_int_equal(rd_kafka_topic_result_error(res[0]), RD_KAFKA_RESP_ERR_NO_ERROR);
    rd_kafka_event_destroy(ev);
    rd_kafka_queue_destroy(q);
    rd_kafka_NewTopic_destroy(nt);
    rd_kafka_destroy(rk);
}

/* A consumer as the stream makes it (ll_kafka_conf_stream_defaults), assigned every
 * partition of topic from offset 0. */
static rd_kafka_t *consumer_new(const char *topic) {
    static ll_config cfg;
    char path[256], e[512];
    snprintf(path, sizeof(path), "/tmp/ll-test-fetch-%d.conf", (int)getpid());
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "[common]\nbrokers = %s\n", ll_t_kafka());
    fclose(f);
    assert_int_equal(ll_roles_config_load(&cfg, path, e, sizeof(e)), 0);
    remove(path);
    rd_kafka_conf_t *conf = ll_kafka_conf_new(&cfg, "process", e, sizeof(e));
    assert_non_null(conf);
    char group[128];
    ll_t_unique(group, sizeof(group), "fetch");
    assert_int_equal(ll_kafka_conf_stream_defaults(conf, &cfg, "process", group, e, sizeof(e)), 0);
    /* Small fetches: the queue overshoots its limit by one fetch, decompressed (peak RSS). */
    char v[32];
    size_t vl = sizeof(v);
    assert_int_equal(rd_kafka_conf_get(conf, "fetch.max.bytes", v, &vl), RD_KAFKA_CONF_OK);
    assert_true(atol(v) <= 1048576);
    vl = sizeof(v);
    assert_int_equal(rd_kafka_conf_get(conf, "max.partition.fetch.bytes", v, &vl),
                     RD_KAFKA_CONF_OK);
    assert_true(atol(v) <= 65536);
    rd_kafka_t *rk = ll_kafka_consumer_new(conf, group, e, sizeof(e));
    assert_non_null(rk);
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(PARTS);
    for (int p = 0; p < PARTS; p++)
        rd_kafka_topic_partition_list_add(l, topic, p)->offset = 0;
    assert_int_equal(rd_kafka_assign(rk, l), RD_KAFKA_RESP_ERR_NO_ERROR);
    rd_kafka_topic_partition_list_destroy(l);
    return rk;
}

static void backlog_read_once_in_order(void **state) {
    (void)state;
    char topic[128];
    ll_t_unique(topic, sizeof(topic), "fetch");
    topic_create(topic);
    static char buf[EVENTS][EVENT_BYTES];
    static const char *vals[EVENTS];
    static size_t lens[EVENTS];
    for (int i = 0; i < EVENTS; i++) {
        memset(buf[i], 'a' + i % 26, EVENT_BYTES);
        vals[i] = buf[i];
        lens[i] = EVENT_BYTES;
    }
    ll_t_produce(topic, NULL, vals, lens, EVENTS); /* no key: spread over the partitions */

    rd_kafka_t *rk = consumer_new(topic);
    long long next[PARTS] = {0};
    int got = 0, rearmed = 0, polls = 0;
    long long until = ll_t_now_ms() + 120000;
    while (got < EVENTS && ll_t_now_ms() < until) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 20);
        polls++;
        if (!m) {
            rearmed += ll_kafka_fetch_rearm(rk);
            continue;
        }
        if (!m->err) {
            assert_true(m->partition >= 0 && m->partition < PARTS);
            /* The next offset of its partition: nothing read twice, nothing skipped. */
            assert_int_equal(m->offset, next[m->partition]);
            next[m->partition]++;
            got++;
            /* Also with messages still queued: they are dropped and fetched again
             * from the position, which is right after this one. */
            if (got % 997 == 0)
                rearmed += ll_kafka_fetch_rearm(rk);
        }
        rd_kafka_message_destroy(m);
    }
    assert_int_equal(got, EVENTS);
    assert_true(rearmed > 0);
    /* At the end: nothing more, nothing to re-arm, and no message comes late. */
    for (int i = 0; i < 10; i++) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 50);
        if (m) {
            assert_int_not_equal(m->err, RD_KAFKA_RESP_ERR_NO_ERROR);
            rd_kafka_message_destroy(m);
        }
    }
    assert_int_equal(ll_kafka_fetch_rearm(rk), 0);
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(backlog_read_once_in_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
