/* latency.c - produce-to-enriched latency for tests/bench/process.sh: offers received events
 * to [topics] raw at a fixed rate, each stamped with its send time in the CloudEvents `time`
 * field (microseconds), and reads [topics] enriched read_committed, taking consumer clock
 * minus `time` per event. A benchmark tool, not a test.
 *
 *   bench_latency -c CONFIG --samples FILE [--rate N] [--duration S] [--trace FILE] [--floor]
 *
 * FILE holds received events, one JSON object a line (e.g. simulate's, dumped from the raw
 * topic with kcat); each send takes the next one round-robin with a fresh id, time and
 * received_at. The producer uses the [web] adapter's Kafka settings of CONFIG. Prints
 * "sent=N received=N p50_ms=.. p90_ms=.. p99_ms=.. max_ms=..".
 *
 * --floor also reads the raw topic in the same reader, so the same run gives what Kafka
 * alone costs on this machine (producer, broker, consumer: no processor in the path) next
 * to the figures through the processor: "floor_p50_ms=.. floor_p99_ms=.. floor_max_ms=..". */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <librdkafka/rdkafka.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "event.h"
#include "kafka.h"
#include "log.h"
#include "text.h"
#include "roles.h"

#define LAT_MAX_SAMPLES 50000
#define LAT_MAX_LINE (64 * 1024)
#define LAT_DRAIN_S 15 /* after the last send, how long to wait for the rest */

static long long wall_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* RFC 3339 UTC with microseconds; ll_time_parse accepts up to nine digits. */
static void format_us(long long us, char *buf, size_t len) {
    time_t s = (time_t)(us / 1000000);
    struct tm tm;
    gmtime_r(&s, &tm);
    char head[32];
    strftime(head, sizeof(head), "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(buf, len, "%s.%06lldZ", head, us % 1000000);
}

/* Inverse of format_us for what the processor passes on; -1 when not ours. */
static long long parse_us(const char *s) {
    time_t t;
    if (!s || ll_time_parse(s, &t) != 0 || strlen(s) != 27 || s[19] != '.')
        return -1;
    char *end = NULL;
    long long frac = strtoll(s + 20, &end, 10);
    if (end != s + 26 || *end != 'Z')
        return -1;
    return (long long)t * 1000000 + frac;
}

/* The string value of a CloudEvents attribute: the first `tag` before "data"
 * (the processor writes the envelope before the data), without escapes. */
static int envelope_str(const char *p, size_t len, const char *tag, char *out, size_t outlen) {
    const char *end = p + len;
    const char *data = memmem(p, len, "\"data\":", 7);
    if (data)
        end = data;
    size_t tl = strlen(tag);
    const char *t = memmem(p, (size_t)(end - p), tag, tl);
    if (!t)
        return -1;
    const char *v = t + tl, *q = memchr(v, '"', (size_t)(end - v));
    if (!q || (size_t)(q - v) >= outlen || memchr(v, '\\', (size_t)(q - v)))
        return -1;
    memcpy(out, v, (size_t)(q - v));
    out[q - v] = '\0';
    return 0;
}

typedef struct series {
    long long *lat_us;
    long long *sent_us; /* when each of lat_us was sent, for --trace */
    size_t n, cap;
} series;

typedef struct reader {
    rd_kafka_t *rk;
    char prefix[64];
    const char *floor_topic; /* the raw topic, with --floor */
    series enriched, floor;
    unsigned long long others;
    volatile int stop;
} reader;

static int series_init(series *s, size_t cap) {
    s->cap = cap;
    s->lat_us = malloc(cap * sizeof(*s->lat_us));
    s->sent_us = malloc(cap * sizeof(*s->sent_us));
    return s->lat_us && s->sent_us ? 0 : -1;
}

static void *reader_run(void *arg) {
    reader *r = arg;
    size_t plen = strlen(r->prefix);
    while (!r->stop) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(r->rk, 100);
        if (!m)
            continue;
        long long now = wall_us();
        if (!m->err) {
            /* The observer must stay light: a scan of the envelope, not a parse. */
            char id[96], ts[48];
            long long sent = -1;
            if (envelope_str(m->payload, m->len, "\"id\":\"", id, sizeof(id)) == 0 &&
                envelope_str(m->payload, m->len, "\"time\":\"", ts, sizeof(ts)) == 0)
                sent = parse_us(ts);
            series *s = r->floor_topic && !strcmp(rd_kafka_topic_name(m->rkt), r->floor_topic)
                            ? &r->floor
                            : &r->enriched;
            if (sent > 0 && !strncmp(id, r->prefix, plen) && s->n < s->cap) {
                s->sent_us[s->n] = sent;
                s->lat_us[s->n++] = now - sent;
            } else
                r->others++;
        } else if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            fprintf(stderr, "bench_latency: consume: %s\n", rd_kafka_message_errstr(m));
        }
        rd_kafka_message_destroy(m);
    }
    return NULL;
}

#define ID_HEAD_FMT "bench-lat-%010d-" /* run id: the pid, padded to a fixed width */
#define ID_HEAD_LEN (sizeof("bench-lat-") - 1 + 10 + 1)
#define ID_DIGITS 12
#define TS_LEN 27 /* format_us */

typedef struct tmpl {
    char *json;
    size_t len, id_at, ts_at, recv_at, recv_len;
    char key[LL_MAX_ID_BYTES + 1];
} tmpl;

static const char *find_placeholder(const char *s, char c, size_t n) {
    char pat[64] = {'"'};
    memset(pat + 1, c, n);
    pat[n + 1] = '"';
    const char *at = strstr(s, pat);
    return at ? at + 1 : NULL;
}

static int tmpl_make(tmpl *t, cJSON *ev, char *buf) {
    cJSON *d = ll_event_data(ev);
    char ph_id[64], ph_ts[TS_LEN + 1], ph_recv[LL_MAX_TIME_BYTES];
    size_t idlen = ID_HEAD_LEN + ID_DIGITS;
    char sample_recv[LL_MAX_TIME_BYTES];
    ll_time_format_ms(0, sample_recv, sizeof(sample_recv));
    size_t recvlen = strlen(sample_recv);
    if (idlen >= sizeof(ph_id))
        return -1;
    memset(ph_id, 'I', idlen);
    ph_id[idlen] = '\0';
    memset(ph_ts, 'T', TS_LEN);
    ph_ts[TS_LEN] = '\0';
    memset(ph_recv, 'R', recvlen);
    ph_recv[recvlen] = '\0';
    cJSON_ReplaceItemInObjectCaseSensitive(ev, "id", cJSON_CreateString(ph_id));
    cJSON_ReplaceItemInObjectCaseSensitive(ev, "time", cJSON_CreateString(ph_ts));
    cJSON_ReplaceItemInObjectCaseSensitive(d, "received_at", cJSON_CreateString(ph_recv));
    size_t n = ll_event_serialise(ev, buf, LL_MAX_EVENT_BYTES);
    const char *i = n ? find_placeholder(buf, 'I', idlen) : NULL;
    const char *ts = n ? find_placeholder(buf, 'T', TS_LEN) : NULL;
    const char *rc = n ? find_placeholder(buf, 'R', recvlen) : NULL;
    const cJSON *cit = cJSON_GetObjectItemCaseSensitive(d, "citizen");
    const char *key = cit ? ll_json_str(cit, "pseudonym") : NULL;
    if (!i || !ts || !rc || !(t->json = malloc(n)))
        return -1;
    memcpy(t->json, buf, n);
    t->len = n;
    t->id_at = (size_t)(i - buf);
    t->ts_at = (size_t)(ts - buf);
    t->recv_at = (size_t)(rc - buf);
    t->recv_len = recvlen;
    snprintf(t->key, sizeof(t->key), "%s", key ? key : "");
    return 0;
}

static int cmp_ll(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y;
}

static double pct_ms(const long long *v, size_t n, double q) {
    if (n == 0)
        return -1;
    size_t i = (size_t)(q * (double)(n - 1) + 0.5);
    return (double)v[i] / 1000.0;
}

/* Sorts the latencies (the trace is written before) and prints " PREFIXreceived=N
 * PREFIXp50_ms=.. PREFIXp90_ms=.. PREFIXp99_ms=.. PREFIXmax_ms=..". */
static void series_print(series *s, const char *prefix) {
    qsort(s->lat_us, s->n, sizeof(*s->lat_us), cmp_ll);
    printf(" %sreceived=%zu %sp50_ms=%.1f %sp90_ms=%.1f %sp99_ms=%.1f %smax_ms=%.1f", prefix, s->n,
           prefix, pct_ms(s->lat_us, s->n, 0.50), prefix, pct_ms(s->lat_us, s->n, 0.90), prefix,
           pct_ms(s->lat_us, s->n, 0.99), prefix,
           s->n ? (double)s->lat_us[s->n - 1] / 1000.0 : -1.0);
}

static int usage(void) {
    fprintf(
        stderr,
        "usage: bench_latency -c CONFIG --samples FILE [--rate N] [--duration S] [--floor]\n"
        "                     [--trace FILE]   (per event: ms since the first send, latency ms,\n"
        "                                     send time in Unix seconds)\n");
    return 2;
}

static int parse_num(const char *s, long lo, long hi, long *out) {
    char *end = NULL;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

/* Reader assigned to every partition of the topics at their current end, so it sees
 * exactly what is written from now on. */
static rd_kafka_t *reader_new(const ll_config *cfg, const char *const *topics, int ntopics,
                              char *errstr, size_t errlen) {
    rd_kafka_conf_t *conf = ll_kafka_conf_new(cfg, "common", errstr, errlen);
    if (!conf)
        return NULL;
    char group[64];
    snprintf(group, sizeof(group), "bench-latency-%d", (int)getpid());
    /* Do not let the measuring consumer wait long on the broker for a fuller fetch. */
    if (rd_kafka_conf_set(conf, "fetch.wait.max.ms", "10", errstr, errlen) != RD_KAFKA_CONF_OK) {
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    rd_kafka_t *rk = ll_kafka_consumer_new(conf, group, errstr, errlen);
    if (!rk)
        return NULL;
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(12);
    for (int t = 0; t < ntopics; t++) {
        const rd_kafka_metadata_t *md = NULL;
        rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topics[t], NULL);
        int np = -1;
        if (rd_kafka_metadata(rk, 0, rkt, &md, 10000) == 0 && md->topic_cnt == 1 &&
            !md->topics[0].err)
            np = md->topics[0].partition_cnt;
        if (md)
            rd_kafka_metadata_destroy(md);
        rd_kafka_topic_destroy(rkt);
        if (np < 0) {
            snprintf(errstr, errlen, "no metadata for %s", topics[t]);
            rd_kafka_topic_partition_list_destroy(l);
            rd_kafka_destroy(rk);
            return NULL;
        }
        for (int p = 0; p < np; p++) {
            int64_t lo = 0, hi = 0;
            rd_kafka_query_watermark_offsets(rk, topics[t], p, &lo, &hi, 10000);
            rd_kafka_topic_partition_list_add(l, topics[t], p)->offset = hi;
        }
    }
    rd_kafka_assign(rk, l);
    rd_kafka_topic_partition_list_destroy(l);
    return rk;
}

int main(int argc, char **argv) {
    const char *path = NULL, *samples = NULL, *trace = NULL;
    long rate = 5000, duration = 20;
    int floor = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--floor")) {
            floor = 1;
            continue;
        }
        if (i + 1 >= argc)
            return usage();
        const char *a = argv[i], *v = argv[++i];
        if (!strcmp(a, "-c"))
            path = v;
        else if (!strcmp(a, "--samples"))
            samples = v;
        else if (!strcmp(a, "--trace"))
            trace = v;
        else if (!strcmp(a, "--rate")) {
            if (parse_num(v, 1, 1000000, &rate) != 0)
                return usage();
        } else if (!strcmp(a, "--duration")) {
            if (parse_num(v, 1, 3600, &duration) != 0)
                return usage();
        } else
            return usage();
    }
    if (!path || !samples)
        return usage();
    static ll_config cfg;
    char errstr[512];
    if (ll_roles_config_load(&cfg, path, errstr, sizeof(errstr)) != 0) {
        fprintf(stderr, "%s\n", errstr);
        return 2;
    }
    ll_log_init("latency", ll_log_level_parse(cfg.log_level));

    /* The sample events, each serialised once with fixed-width placeholders
     * for id, time and received_at, overwritten in place per send: the load
     * generator must not cost more than what it measures. */
    tmpl *pool = calloc(LAT_MAX_SAMPLES, sizeof(*pool));
    char *line = malloc(LAT_MAX_LINE);
    char *buf = malloc(LL_MAX_EVENT_BYTES);
    FILE *f = fopen(samples, "r");
    if (!pool || !line || !buf || !f) {
        perror(samples);
        return 1;
    }
    int npool = 0;
    while (npool < LAT_MAX_SAMPLES && fgets(line, LAT_MAX_LINE, f)) {
        ll_err err;
        cJSON *ev = ll_json_parse(line, strcspn(line, "\n"), LL_MAX_EVENT_BYTES, &err);
        if (ev && ll_event_validate_received(ev, &err) == 0 &&
            tmpl_make(&pool[npool], ev, buf) == 0)
            npool++;
        cJSON_Delete(ev);
    }
    fclose(f);
    free(line);
    if (npool == 0) {
        fprintf(stderr, "bench_latency: no valid received events in %s\n", samples);
        return 1;
    }

    reader r = {0};
    /* The pid part of the id is padded so every id has the placeholder's width. */
    char idhead[32];
    snprintf(idhead, sizeof(idhead), ID_HEAD_FMT, (int)getpid());
    snprintf(r.prefix, sizeof(r.prefix), "%s", idhead);
    size_t cap = (size_t)(rate * duration) + 1;
    const char *topics[] = {cfg.topic_enriched, cfg.topic_raw};
    if (floor)
        r.floor_topic = cfg.topic_raw;
    if (series_init(&r.enriched, cap) != 0 || (floor && series_init(&r.floor, cap) != 0) ||
        !(r.rk = reader_new(&cfg, topics, floor ? 2 : 1, errstr, sizeof(errstr)))) {
        fprintf(stderr, "bench_latency: %s\n", errstr);
        return 1;
    }
    pthread_t th;
    pthread_create(&th, NULL, reader_run, &r);

    rd_kafka_conf_t *pconf = ll_kafka_conf_new(&cfg, "web", errstr, sizeof(errstr));
    rd_kafka_t *rk = pconf ? ll_kafka_producer_new(pconf, NULL, errstr, sizeof(errstr)) : NULL;
    if (!rk) {
        fprintf(stderr, "bench_latency: %s\n", errstr);
        return 1;
    }
    unsigned long long sent = 0, failed = 0;
    long long total = rate * duration, t0 = ll_mono_us();
    for (long long i = 0; i < total; i++) {
        long long due = t0 + i * 1000000 / rate;
        long long wait = due - ll_mono_us();
        if (wait > 1000) /* sleep in steps of at least a millisecond, send what is due */
            usleep((useconds_t)wait);
        const tmpl *t = &pool[i % npool];
        memcpy(buf, t->json, t->len);
        char id[64], ts[48], recv[LL_MAX_TIME_BYTES];
        int idl = snprintf(id, sizeof(id), "%s%0*lld", idhead, ID_DIGITS, i);
        long long now = wall_us();
        format_us(now, ts, sizeof(ts));
        ll_time_format_ms(now / 1000, recv, sizeof(recv));
        memcpy(buf + t->id_at, id, (size_t)idl);
        memcpy(buf + t->ts_at, ts, TS_LEN);
        memcpy(buf + t->recv_at, recv, t->recv_len);
        const char *key = t->key[0] ? t->key : id;
        /* As an adapter writes: through ll_kafka_produce, header and all. */
        const ll_kafka_record rec = {cfg.topic_raw,       key, strlen(key), buf, t->len,
                                     RD_KAFKA_MSG_F_COPY, NULL};
        rd_kafka_resp_err_t e = ll_kafka_produce(rk, &rec, 10, 0);
        if (e)
            failed++;
        else
            sent++;
        rd_kafka_poll(rk, 0);
    }
    double offered_s = (double)(ll_mono_us() - t0) / 1e6;
    if (rd_kafka_flush(rk, 30000) != 0)
        failed += (unsigned long long)rd_kafka_outq_len(rk);
    rd_kafka_destroy(rk);
    long long drain_end = ll_mono_us() + LAT_DRAIN_S * 1000000LL;
    while ((r.enriched.n < sent || (floor && r.floor.n < sent)) && ll_mono_us() < drain_end)
        usleep(50000);
    r.stop = 1;
    pthread_join(th, NULL);
    rd_kafka_consumer_close(r.rk);
    rd_kafka_destroy(r.rk);

    /* Whether the tail is spread or comes in stalls shows over time. */
    if (trace) {
        FILE *tf = fopen(trace, "w");
        if (!tf) {
            perror(trace);
        } else {
            const series *e = &r.enriched;
            for (size_t i = 0; i < e->n; i++)
                fprintf(tf, "%.1f %.1f %.3f\n", (double)(e->sent_us[i] - e->sent_us[0]) / 1000.0,
                        (double)e->lat_us[i] / 1000.0, (double)e->sent_us[i] / 1e6);
            fclose(tf);
        }
    }
    series *e = &r.enriched, *fl = &r.floor;
    printf("offered_rate=%.0f sent=%llu failed=%llu", (double)sent / offered_s, sent, failed);
    series_print(e, "");
    if (floor)
        series_print(fl, "floor_");
    printf("\n");
    for (int i = 0; i < npool; i++)
        free(pool[i].json);
    free(pool);
    free(buf);
    free(e->lat_us);
    free(e->sent_us);
    free(fl->lat_us);
    free(fl->sent_us);
    ll_config_free(&cfg);
    return e->n == sent && (!floor || fl->n == sent) && failed == 0 ? 0 : 1;
}
