/* lag.c - samples consumer groups' lag over time, as the broker sees it, for
 * tests/cluster/faults.sh (the lag peak of a fault and the time back to steady) and
 * tests/bench/scale.sh. A group's lag on a topic: over its partitions, the end offset
 * (read_committed: the last stable offset) minus the group's committed offset (a partition
 * it never committed counts from its first offset). It is the broker's view, so it holds while the group's
 * members die, rebalance or restart, which a member's own ll_consumer_lag cannot.
 *
 *   LL_TEST_KAFKA=BROKERS bench_lag INTERVAL_MS DURATION_S GROUP=TOPIC[,TOPIC]...
 *
 * One line per sample: "MS LAG..." (MS: milliseconds since the epoch, when the sample
 * began; one LAG per GROUP argument, the sum over its topics; -1 when the brokers did not
 * answer for that group within 3 s; stderr says which request failed, and the group's
 * client is made anew for the next sample, so a client that holds on to a dead broker's
 * leaderships or coordinator does not stay blind). Runs DURATION_S (0: until SIGTERM or
 * SIGINT).
 * A benchmark tool, not a test. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <librdkafka/rdkafka.h>

#include "harness.h"

enum {
    LAG_MAX_GROUPS = 8,
    LAG_MAX_TOPICS = 4,       /* per group */
    LAG_MAX_PARTITIONS = 256, /* per topic */
    LAG_TIMEOUT_MS = 3000,    /* per request: a slow answer is a missing sample, not a stall */
};

#define LAG_TIMEOUT_MS_STR "3000" /* LAG_TIMEOUT_MS, for the client's socket.timeout.ms */

typedef struct lag_group {
    char spec[256]; /* GROUP=TOPIC[,TOPIC], split in place */
    const char *group;
    const char *topics[LAG_MAX_TOPICS];
    int ntopics;
    rd_kafka_t *rk; /* a consumer of that group.id that never subscribes: it only asks */
    int failed;     /* samples in a row without an answer */
} lag_group;

static volatile sig_atomic_t stop;
static void on_signal(int sig) {
    (void)sig;
    stop = 1;
}

static long long wall_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int parse_group(lag_group *g, const char *arg) {
    if (strlen(arg) >= sizeof(g->spec))
        return -1;
    strcpy(g->spec, arg);
    char *eq = strchr(g->spec, '=');
    if (!eq || eq == g->spec || !eq[1])
        return -1;
    *eq = '\0';
    g->group = g->spec;
    char *save = NULL;
    for (char *t = strtok_r(eq + 1, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        if (g->ntopics == LAG_MAX_TOPICS)
            return -1;
        g->topics[g->ntopics++] = t;
    }
    return g->ntopics > 0 ? 0 : -1;
}

static rd_kafka_t *group_handle(const char *group) {
    char e[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    if (rd_kafka_conf_set(conf, "bootstrap.servers", ll_t_kafka(), e, sizeof(e)) ||
        rd_kafka_conf_set(conf, "group.id", group, e, sizeof(e)) ||
        rd_kafka_conf_set(conf, "enable.auto.commit", "false", e, sizeof(e)) ||
        /* A request to a dead or stopped broker gives up after a sample's timeout, not
         * after librdkafka's default 60 s. */
        rd_kafka_conf_set(conf, "socket.timeout.ms", LAG_TIMEOUT_MS_STR, e, sizeof(e)) ||
        rd_kafka_conf_set(conf, "log_level", "3", e, sizeof(e))) {
        fprintf(stderr, "bench_lag: %s\n", e);
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, e, sizeof(e));
    if (!rk)
        fprintf(stderr, "bench_lag: %s\n", e);
    return rk;
}

/* A topic's first and end offsets at one sample, read once for every group that reads it. */
typedef struct lag_topic {
    const char *name;
    int np; /* partitions; 0: not known at this sample */
    int64_t lo[LAG_MAX_PARTITIONS], hi[LAG_MAX_PARTITIONS];
} lag_topic;

/* Every partition's first (RD_KAFKA_OFFSET_BEGINNING) or end offset (RD_KAFKA_OFFSET_END;
 * read_committed: the last stable offset) into out, in one request per leader.
 * rd_kafka_offsets_for_times keeps to its timeout; rd_kafka_query_watermark_offsets waited
 * 100 s for a broker that had been killed or stopped. 0, or -1 (said on stderr). */
static int topic_ends(rd_kafka_t *rk, const lag_topic *t, int np, int64_t which, int64_t *out) {
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(np);
    int rc = 0;
    for (int p = 0; p < np; p++)
        rd_kafka_topic_partition_list_add(l, t->name, p)->offset = which;
    rd_kafka_resp_err_t err = rd_kafka_offsets_for_times(rk, l, LAG_TIMEOUT_MS);
    for (int p = 0; p < np && !err; p++)
        if ((err = l->elems[p].err) == RD_KAFKA_RESP_ERR_NO_ERROR)
            out[l->elems[p].partition] = l->elems[p].offset;
    if (err) {
        fprintf(stderr, "bench_lag: %lld offsets of %s: %s\n", wall_ms(), t->name,
                rd_kafka_err2str(err));
        rc = -1;
    }
    rd_kafka_topic_partition_list_destroy(l);
    return rc;
}

static void topic_read(rd_kafka_t *rk, lag_topic *t) {
    const rd_kafka_metadata_t *md = NULL;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, t->name, NULL);
    t->np = 0;
    if (!rkt)
        return;
    if (rd_kafka_metadata(rk, 0, rkt, &md, LAG_TIMEOUT_MS) == RD_KAFKA_RESP_ERR_NO_ERROR &&
        md->topic_cnt == 1 && !md->topics[0].err && md->topics[0].partition_cnt > 0 &&
        md->topics[0].partition_cnt <= LAG_MAX_PARTITIONS) {
        int np = md->topics[0].partition_cnt;
        if (topic_ends(rk, t, np, RD_KAFKA_OFFSET_BEGINNING, t->lo) == 0 &&
            topic_ends(rk, t, np, RD_KAFKA_OFFSET_END, t->hi) == 0)
            t->np = np;
    } else {
        fprintf(stderr, "bench_lag: %lld metadata of %s: no answer\n", wall_ms(), t->name);
    }
    if (md)
        rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(rkt);
}

/* The group's lag on one topic; -1 when an answer did not come in time. */
static long long topic_lag(rd_kafka_t *rk, const lag_topic *t) {
    long long lag = -1;
    if (t->np == 0)
        return -1;
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(t->np);
    for (int p = 0; p < t->np; p++)
        rd_kafka_topic_partition_list_add(l, t->name, p);
    rd_kafka_resp_err_t err = rd_kafka_committed(rk, l, LAG_TIMEOUT_MS);
    if (err)
        fprintf(stderr, "bench_lag: %lld committed offsets on %s: %s\n", wall_ms(), t->name,
                rd_kafka_err2str(err));
    if (!err) {
        lag = 0;
        for (int p = 0; p < t->np; p++) {
            if (l->elems[p].err) {
                lag = -1;
                break;
            }
            int64_t from = l->elems[p].offset >= 0 ? l->elems[p].offset : t->lo[p];
            lag += t->hi[p] > from ? t->hi[p] - from : 0;
        }
    }
    rd_kafka_topic_partition_list_destroy(l);
    return lag;
}

/* The topic of that name in the table, added when new; NULL when the table is full. */
static lag_topic *topic_of(lag_topic *tab, int *n, const char *name) {
    for (int i = 0; i < *n; i++)
        if (!strcmp(tab[i].name, name))
            return &tab[i];
    if (*n == LAG_MAX_GROUPS * LAG_MAX_TOPICS)
        return NULL;
    tab[*n].name = name;
    return &tab[(*n)++];
}

static int parse_long(const char *s, long min, long max, long *out) {
    char *end = NULL;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < min || v > max)
        return -1;
    *out = v;
    return 0;
}

int main(int argc, char **argv) {
    static lag_group groups[LAG_MAX_GROUPS];
    static lag_topic topics[LAG_MAX_GROUPS * LAG_MAX_TOPICS];
    int ntopics = 0;
    long interval_ms, duration_s;
    int ngroups = argc - 3, rc = 1;
    if (argc < 4 || ngroups > LAG_MAX_GROUPS) {
        fprintf(stderr,
                "usage: LL_TEST_KAFKA=BROKERS bench_lag INTERVAL_MS DURATION_S "
                "GROUP=TOPIC[,TOPIC]... (at most %d groups)\n",
                LAG_MAX_GROUPS);
        return 2;
    }
    if (parse_long(argv[1], 50, 60000, &interval_ms) != 0) {
        fprintf(stderr, "bench_lag: INTERVAL_MS '%s' is not 50..60000\n", argv[1]);
        return 2;
    }
    if (parse_long(argv[2], 0, 86400, &duration_s) != 0) {
        fprintf(stderr, "bench_lag: DURATION_S '%s' is not 0..86400\n", argv[2]);
        return 2;
    }
    for (int i = 0; i < ngroups; i++) {
        if (parse_group(&groups[i], argv[3 + i]) != 0) {
            fprintf(stderr, "bench_lag: '%s' is not GROUP=TOPIC[,TOPIC] (at most %d topics)\n",
                    argv[3 + i], LAG_MAX_TOPICS);
            return 2;
        }
    }
    for (int i = 0; i < ngroups; i++) {
        if (!(groups[i].rk = group_handle(groups[i].group)))
            goto fail;
        for (int k = 0; k < groups[i].ntopics; k++)
            topic_of(topics, &ntopics, groups[i].topics[k]);
    }
    struct sigaction sa = {.sa_handler = on_signal};
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    long long t_end = duration_s ? wall_ms() + duration_s * 1000 : 0;
    while (!stop && (!t_end || wall_ms() < t_end)) {
        long long t0 = wall_ms();
        printf("%lld", t0);
        for (int i = 0; i < ntopics; i++)
            topic_read(groups[0].rk, &topics[i]);
        for (int i = 0; i < ngroups; i++) {
            long long sum = 0;
            for (int k = 0; k < groups[i].ntopics && sum >= 0; k++) {
                long long l =
                    topic_lag(groups[i].rk, topic_of(topics, &ntopics, groups[i].topics[k]));
                sum = l < 0 ? -1 : sum + l;
            }
            printf(" %lld", sum);
            groups[i].failed = sum < 0 ? groups[i].failed + 1 : 0;
        }
        printf("\n");
        fflush(stdout);
        /* Twice in a row no answer (once is a slow broker, or a new client's first lookup of
         * its coordinator): that group's client is made anew (the first's reads the topics). */
        for (int i = 0; i < ngroups; i++)
            if (groups[i].failed >= 2) {
                fprintf(stderr, "bench_lag: %lld a new client for %s\n", wall_ms(),
                        groups[i].group);
                rd_kafka_destroy(groups[i].rk);
                if (!(groups[i].rk = group_handle(groups[i].group)))
                    goto fail;
                groups[i].failed = 0;
            }
        long long left = t0 + interval_ms - wall_ms();
        if (left > 0 && !stop)
            ll_t_sleep_ms((int)left);
    }
    rc = 0;
fail:
    for (int i = 0; i < ngroups; i++)
        if (groups[i].rk)
            rd_kafka_destroy(groups[i].rk);
    return rc;
}
