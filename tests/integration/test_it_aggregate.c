/* test_it_aggregate.c - `luisterloop aggregate` on the real Kafka and Redis: every count of
 * every closed window read back from feedback.aggregates against a reference computed here
 * from the enriched events it came from, late events within and past the allowed lateness,
 * a repeated event id, and a kill -9 in the middle of the stream. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"

#define N_MAIN 1200
#define MAX_EVENTS (N_MAIN + 16)
#define MAX_KEYS 4096
#define LATENESS_S 600
#define NTHREADS 48

static const char *const themes[] = {"afval", "parkeren", "overlast"};
static const char *const channels[] = {"web", "phone", "balie"};
static const char *const kinds[] = {"complaint", "question", "compliment", "report"};
static const char *const wijken[] = {"Noord", "Delfshaven", NULL};
static const char *const levels[] = {"low", "normal", "high", "critical"};
static const char *const win_name[3] = {"1m", "1h", "1d"};
static const long long win_len[3] = {60, 3600, 86400};

/* One test event, as produced. */
typedef struct tev {
    char id[128];
    long long t;
    int theme, channel, kind, wijk, thread, contacts, level, formal, in_term, emo;
    double score;
} tev;

/* The reference count of one window. */
typedef struct ref {
    char key[256];
    long long end;
    long long contacts, complaints, compliments, questions, negative, urgent, repeat, formal,
        awb_in_term, anger, joy;
    double sentiment_sum;
    uint64_t threads; /* bit per thread index */
} ref;

/* What the topic says last for one key. */
typedef struct got {
    char key[256];
    cJSON *ev;
    int records;
    long long last_version;
    int versions_rise;
} got;

static struct {
    tev ev[MAX_EVENTS];
    int n;
    ref refs[MAX_KEYS];
    int nrefs;
    got gots[MAX_KEYS];
    int ngots;
    char tag[96];
    unsigned long long seed;
} S;

static unsigned rnd(unsigned n) {
    S.seed = S.seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)((S.seed >> 33) % n);
}

static void fmt_time(long long t, char *buf, size_t len) {
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static char *event_json(const tev *e) {
    char ts[32], wijk[64] = "", awb[160] = "", emo[64];
    fmt_time(e->t, ts, sizeof(ts));
    if (wijken[e->wijk])
        snprintf(wijk, sizeof(wijk), ",\"area\":{\"postcode4\":\"3031\",\"wijk\":\"%s\"}",
                 wijken[e->wijk]);
    if (e->formal)
        snprintf(
            awb, sizeof(awb),
            ",\"formal\":true,\"awb\":{\"formal\":true,\"received\":\"%.10s\",\"deadline\":\"%s\"}",
            ts, e->in_term ? "2026-04-13" : "2026-03-01");
    snprintf(emo, sizeof(emo), "[%s%s%s]", e->emo & 1 ? "\"anger\"" : "", e->emo == 3 ? "," : "",
             e->emo & 2 ? "\"joy\"" : "");
    const char *label = e->score < -0.2 ? "negative" : e->score > 0.2 ? "positive" : "neutral";
    char *j = malloc(2048);
    snprintf(j, 2048,
             "{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"/t\","
             "\"type\":\"nl.luisterloop.feedback.enriched\",\"time\":\"%s\","
             "\"datacontenttype\":\"application/json\",\"data\":{\"channel\":\"%s\","
             "\"kind\":\"%s\",\"initiated\":\"reactive\",\"text\":\"De container is vol\","
             "\"received_at\":\"%s\",\"theme\":\"%s\",\"themes\":[],"
             "\"sentiment\":{\"score\":%.3f,\"label\":\"%s\"},\"emotions\":%s,"
             "\"urgency\":{\"level\":\"%s\",\"reasons\":[]}%s%s,"
             "\"thread\":{\"id\":\"th-%s-%d\",\"contacts\":%d,\"channels\":[\"web\"]}}}",
             e->id, ts, channels[e->channel], kinds[e->kind], ts, themes[e->theme], e->score, label,
             emo, levels[e->level], wijk, awb, S.tag, e->thread, e->contacts);
    return j;
}

static void add_event(long long t, const char *id) {
    tev *e = &S.ev[S.n++];
    memset(e, 0, sizeof(*e));
    if (id)
        snprintf(e->id, sizeof(e->id), "%s", id);
    else
        snprintf(e->id, sizeof(e->id), "%s-%d", S.tag, S.n);
    e->t = t;
    e->theme = (int)rnd(3);
    e->channel = (int)rnd(3);
    e->kind = (int)rnd(4);
    e->wijk = (int)rnd(3);
    e->thread = (int)rnd(NTHREADS);
    e->contacts = 1 + (int)rnd(3);
    e->level = (int)rnd(4);
    e->formal = rnd(8) == 0;
    e->in_term = rnd(3) != 0;
    e->emo = (int)rnd(4);
    e->score = ((int)rnd(2001) - 1000) / 1000.0;
}

static void window_key(char *out, size_t len, int w, long long start, const tev *e) {
    char ts[32];
    fmt_time(start, ts, sizeof(ts));
    snprintf(out, len, "%s|%s|%s|%s|%s|%s", win_name[w], ts, themes[e->theme], channels[e->channel],
             kinds[e->kind], wijken[e->wijk] ? wijken[e->wijk] : "-");
}

/* The reference: the rules of the README, applied in the order produced. */
static long long reference(void) {
    long long wm = 0;
    for (int i = 0; i < S.n; i++) {
        const tev *e = &S.ev[i];
        int dup = 0;
        for (int j = 0; j < i; j++)
            dup |= !strcmp(S.ev[j].id, e->id);
        for (int w = 0; w < 3 && !dup; w++) {
            long long start = e->t - e->t % win_len[w];
            if (start + win_len[w] + LATENESS_S <= wm)
                continue;
            char key[256];
            window_key(key, sizeof(key), w, start, e);
            ref *r = NULL;
            for (int k = 0; k < S.nrefs && !r; k++)
                if (!strcmp(S.refs[k].key, key))
                    r = &S.refs[k];
            if (!r) {
                assert_true(S.nrefs < MAX_KEYS);
                r = &S.refs[S.nrefs++];
                memset(r, 0, sizeof(*r));
                snprintf(r->key, sizeof(r->key), "%s", key);
                r->end = start + win_len[w];
            }
            r->contacts++;
            r->complaints += e->kind == 0;
            r->questions += e->kind == 1;
            r->compliments += e->kind == 2;
            r->negative += e->score < -0.2;
            r->urgent += e->level >= 2;
            r->repeat += e->contacts > 1;
            r->formal += e->formal;
            r->awb_in_term += e->formal && e->in_term;
            r->anger += (e->emo & 1) != 0;
            r->joy += (e->emo & 2) != 0;
            r->sentiment_sum += e->score;
            r->threads |= 1ULL << e->thread;
        }
        if (e->t > wm)
            wm = e->t;
    }
    return wm;
}

static void collect(const char *key, size_t keylen, const char *val, size_t len, void *arg) {
    (void)arg;
    char k[256];
    snprintf(k, sizeof(k), "%.*s", (int)keylen, key ? key : "");
    cJSON *ev = cJSON_ParseWithLength(val, len);
    assert_non_null(ev);
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data");
    long long version =
        (long long)cJSON_GetNumberValue(cJSON_GetObjectItemCaseSensitive(d, "version"));
    got *g = NULL;
    for (int i = 0; i < S.ngots && !g; i++)
        if (!strcmp(S.gots[i].key, k))
            g = &S.gots[i];
    if (!g) {
        assert_true(S.ngots < MAX_KEYS);
        g = &S.gots[S.ngots++];
        memset(g, 0, sizeof(*g));
        snprintf(g->key, sizeof(g->key), "%s", k);
        g->versions_rise = 1;
    } else {
        if (version <= g->last_version)
            g->versions_rise = 0;
        cJSON_Delete(g->ev);
    }
    g->ev = ev;
    g->records++;
    g->last_version = version;
}

static double num(const cJSON *o, const char *name) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    if (!cJSON_IsNumber(v)) {
        fprintf(stderr, "field %s missing\n", name);
        fail();
    }
    return v->valuedouble;
}

static void check_window(const ref *r, const got *g) {
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(g->ev, "data");
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(d, "counts");
    const cJSON *emo = cJSON_GetObjectItemCaseSensitive(c, "emotions");
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(g->ev, "type");
    assert_string_equal(cJSON_GetStringValue(type), "nl.luisterloop.aggregate");
    int threads = 0;
    for (int i = 0; i < NTHREADS; i++)
        threads += (r->threads >> i) & 1;
    const struct {
        const char *name;
        long long want;
    } exact[] = {
        {"contacts", r->contacts},       {"threads", threads},        {"complaints", r->complaints},
        {"compliments", r->compliments}, {"questions", r->questions}, {"negative", r->negative},
        {"urgent", r->urgent},           {"repeat", r->repeat},       {"formal", r->formal},
        {"awb_in_term", r->awb_in_term},
    };
    for (size_t i = 0; i < sizeof(exact) / sizeof(exact[0]); i++)
        if ((long long)num(c, exact[i].name) != exact[i].want) {
            fprintf(stderr, "%s: %s = %.0f, want %lld\n", r->key, exact[i].name,
                    num(c, exact[i].name), exact[i].want);
            fail();
        }
    double anger = cJSON_GetObjectItemCaseSensitive(emo, "anger") ? num(emo, "anger") : 0;
    double joy = cJSON_GetObjectItemCaseSensitive(emo, "joy") ? num(emo, "joy") : 0;
    assert_int_equal((long long)anger, r->anger);
    assert_int_equal((long long)joy, r->joy);
    double mean = r->sentiment_sum / (double)r->contacts;
    if (fabs(num(c, "sentiment_mean") - mean) > 0.0011 ||
        fabs(num(c, "negative_share") - (double)r->negative / (double)r->contacts) > 0.0011 ||
        fabs(num(c, "repeat_share") - (double)r->repeat / (double)r->contacts) > 0.0011) {
        fprintf(stderr, "%s: mean %.4f (want %.4f), shares %.3f %.3f\n", r->key,
                num(c, "sentiment_mean"), mean, num(c, "negative_share"), num(c, "repeat_share"));
        fail();
    }
    /* the dims and the window as the key says */
    const cJSON *dims = cJSON_GetObjectItemCaseSensitive(d, "dims");
    char key[256];
    snprintf(key, sizeof(key), "%s|%s|%s|%s|%s|%s",
             cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(d, "window")),
             cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(d, "start")),
             cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(dims, "theme")),
             cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(dims, "channel")),
             cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(dims, "kind")),
             cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(dims, "wijk")));
    assert_string_equal(key, r->key);
}

static void produce_all(const char *topic, int from, int to) {
    const char *vals[MAX_EVENTS];
    size_t lens[MAX_EVENTS];
    for (int i = from; i < to; i++) {
        vals[i - from] = event_json(&S.ev[i]);
        lens[i - from] = strlen(vals[i - from]);
    }
    /* one key: one partition, so the order produced is the order read */
    ll_t_produce(topic, "one-citizen", vals, lens, to - from);
    for (int i = 0; i < to - from; i++)
        free((void *)vals[i]);
}

static void wait_done(const char *group, const char *topic, int timeout_ms) {
    long long committed = 0, end = 1, t0 = ll_t_now_ms();
    while (ll_t_now_ms() - t0 < timeout_ms) {
        ll_t_group_progress(group, topic, &committed, &end);
        if (committed >= end)
            return;
        ll_t_sleep_ms(200);
    }
    fprintf(stderr, "group %s: %lld of %lld after %d ms\n", group, committed, end, timeout_ms);
    fail();
}

static void windows_exact_after_late_events_and_kill9(void **state) {
    (void)state;
    char dir[256], cfg[300], log[320], enriched[160], aggs[160], group[160];
    ll_t_unique(S.tag, sizeof(S.tag), "agg");
    S.seed = 20261129;
    ll_t_workspace(S.tag, dir, sizeof(dir), cfg, sizeof(cfg));
    snprintf(log, sizeof(log), "%s/aggregate.log", dir);
    ll_t_config_write(cfg, S.tag, ll_t_free_port(), ll_t_free_port(), ll_t_free_port());
    int mport = ll_t_free_port();
    FILE *f = fopen(cfg, "a");
    assert_non_null(f);
    snprintf(group, sizeof(group), "agg-group.%s", S.tag);
    /* small transactions, so the kill lands between many of them */
    fprintf(f,
            "[aggregate]\ngroup = %s\ntransactional_id = agg-txn.%s\nbatch_max = 10\n"
            "batch_wait_ms = 0\nallowed_lateness_s = %d\nmetrics_listen = 127.0.0.1:%d\n",
            group, S.tag, LATENESS_S, mport);
    fclose(f);
    ll_t_topics_create(cfg);
    snprintf(enriched, sizeof(enriched), "enriched.%s", S.tag);
    snprintf(aggs, sizeof(aggs), "agg.%s", S.tag);

    /* 2026-03-02 10:00 UTC, a Monday; contacts over three hours in time order */
    const long long t0 = 1772445600LL;
    for (int i = 0; i < N_MAIN; i++)
        add_event(t0 + (long long)i * (3 * 3600) / N_MAIN + (long long)rnd(20), NULL);
    for (int i = 1; i < N_MAIN; i++) /* keep the order: a late one is made on purpose below */
        if (S.ev[i].t < S.ev[i - 1].t)
            S.ev[i].t = S.ev[i - 1].t;
    long long wm = S.ev[N_MAIN - 1].t;
    add_event(wm - 300, NULL);        /* late, within every window's lateness: re-emits */
    add_event(wm - 900, NULL);        /* past its minute's lateness, within its hour's */
    add_event(wm - 2 * 3600, NULL);   /* only its day still open */
    add_event(S.ev[5].t, S.ev[5].id); /* a repeat of an id: counted once */
    add_event(t0 + 2 * 86400, NULL);  /* moves the watermark past every day above */
    add_event(t0 + 1800, NULL);       /* past every lateness: counted nowhere */
    long long final_wm = reference();

    /* Half the stream, a kill -9 while the aggregator works on it, the rest (with every late
     * event and the repeat) only after the kill and the restart. The rest waits for the kill
     * so that the kill always lands before the stream's end: with the whole stream produced
     * at once, a quiet machine let the aggregator finish it between two polls of its
     * progress (CI, ASan build). */
    const int half = N_MAIN / 2;
    produce_all(enriched, 0, half);
    pid_t pid = ll_t_spawn("aggregate", cfg, log, NULL, NULL);
    long long committed = 0, end = 0, tstart = ll_t_now_ms();
    do {
        ll_t_sleep_ms(50);
        ll_t_group_progress(group, enriched, &committed, &end);
        /* end 0: the broker did not answer this poll (ll_t_group_progress says 0 of 0) */
    } while ((end == 0 || committed < end / 4) && ll_t_now_ms() - tstart < 60000);
    assert_true(end > 0 && committed >= end / 4); /* it committed part of the first half */
    assert_int_equal(ll_t_stop(pid, SIGKILL, 5000), 128 + SIGKILL);
    fprintf(stderr, "killed at %lld of the first half's %lld; %d more events after it\n", committed,
            end, S.n - half);
    produce_all(enriched, half, S.n);
    pid = ll_t_spawn("aggregate", cfg, log, NULL, NULL);
    wait_done(group, enriched, 120000);
    assert_int_equal(ll_t_wait_http(mport, "/metrics", 200, 5000), 200);
    char body[65536];
    assert_int_equal(ll_t_http(mport, "GET", "/metrics", NULL, NULL, 0, body, sizeof(body)), 200);
    assert_non_null(strstr(body, "ll_aggregate_events_total{result=\"counted\"}"));
    assert_int_equal(ll_t_stop(pid, SIGTERM, 20000), 0);
    assert_true(ll_t_file_has(log, "restored [0-9]+ open windows"));

    ll_t_consume_all(aggs, 1, 3000, collect, NULL);
    int checked = 0, rose = 0;
    for (int k = 0; k < S.nrefs; k++) {
        const ref *r = &S.refs[k];
        got *g = NULL;
        for (int i = 0; i < S.ngots && !g; i++)
            if (!strcmp(S.gots[i].key, r->key))
                g = &S.gots[i];
        if (r->end > final_wm) {
            /* still open: nothing said yet */
            if (g)
                fprintf(stderr, "open window on the topic: %s\n", r->key);
            assert_null(g);
            continue;
        }
        if (!g)
            fprintf(stderr, "missing on the topic: %s\n", r->key);
        assert_non_null(g);
        check_window(r, g);
        assert_true(g->versions_rise);
        rose += g->last_version >= 2;
        checked++;
    }
    /* nothing on the topic that the reference does not have */
    for (int i = 0; i < S.ngots; i++) {
        int known = 0;
        for (int k = 0; k < S.nrefs && !known; k++)
            known = !strcmp(S.refs[k].key, S.gots[i].key);
        if (!known)
            fprintf(stderr, "unexpected on the topic: %s\n", S.gots[i].key);
        assert_true(known);
        cJSON_Delete(S.gots[i].ev);
    }
    fprintf(stderr, "%d closed windows checked, %d re-emitted with a higher version\n", checked,
            rose);
    assert_true(checked > 1000);
    assert_true(rose >= 1);
    /* On the wire as the CloudEvents Kafka binding says (issue 17). */
    assert_int_equal(ll_t_cloudevents_check(aggs, "nl.luisterloop.aggregate", checked), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(windows_exact_after_late_events_and_kill9),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
