/* test_detect.c - the detector on fixed series: steady, sparse, weekend, a spike, a storm; the alert lifecycle on a fake clock. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <math.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alert.h"
#include "config.h"
#include "detect.h"
#include "detect_count.h"
#include "detect_model.h"
#include "detect_stat.h"
#include "detector.h"
#include "event.h"
#include "text.h"

#define T0_MS 1790812800000LL /* 2026-10-01T00:00:00Z, a Thursday */
#define MIN_MS 60000LL
#define HOUR_MS 3600000LL
#define DAY_MS 86400000LL

/* ---- what the detector sent ---- */

typedef struct seen {
    char status[16], theme[32], wijk[32], started[32], alert_id[32];
    char quote[LL_DETECT_QUOTE_BYTES + 1];                            /* the first */
    char quotes[LL_DETECT_SAMPLES * (LL_DETECT_QUOTE_BYTES + 3) + 1]; /* all, " | " between */
    int nquotes, withheld; /* withheld: quotes_withheld, 0 when absent */
    long long at_ms;
    int window_min, span_min; /* span_min -1: absent */
    double expected, prior_share;
} seen;

static seen got[512];
static int ngot;

static int sink(void *arg, const char *alert_id, const cJSON *ev) {
    (void)arg;
    assert_true(ngot < 512);
    if (getenv("TEST_DETECT_VERBOSE")) {
        char *j = cJSON_PrintUnformatted(ev);
        fprintf(stderr, "%s\n", j);
        cJSON_free(j);
    }
    seen *s = &got[ngot++];
    memset(s, 0, sizeof(*s));
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data");
    const cJSON *l = cJSON_GetObjectItemCaseSensitive(d, "labels");
    snprintf(s->status, sizeof(s->status), "%s", ll_json_str(d, "status"));
    snprintf(s->theme, sizeof(s->theme), "%s", ll_json_str(l, "theme"));
    const char *w = ll_json_str(l, "wijk");
    snprintf(s->wijk, sizeof(s->wijk), "%s", w ? w : "");
    snprintf(s->started, sizeof(s->started), "%s", ll_json_str(d, "started_at"));
    snprintf(s->alert_id, sizeof(s->alert_id), "%s", alert_id);
    const cJSON *q = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(d, "quotes"), 0);
    snprintf(s->quote, sizeof(s->quote), "%s", cJSON_IsString(q) ? q->valuestring : "");
    cJSON_ArrayForEach(q, cJSON_GetObjectItemCaseSensitive(d, "quotes")) {
        size_t at = strlen(s->quotes);
        snprintf(s->quotes + at, sizeof(s->quotes) - at, "%s%s", s->nquotes++ ? " | " : "",
                 q->valuestring);
    }
    const cJSON *wh = cJSON_GetObjectItemCaseSensitive(d, "quotes_withheld");
    s->withheld = cJSON_IsNumber(wh) ? wh->valueint : 0;
    assert_int_equal(ll_time_parse_ms(ll_json_str(ev, "time"), &s->at_ms), 0);
    assert_string_equal(alert_id, ll_json_str(d, "alert_id"));
    assert_string_equal(ll_json_str(ev, "type"), LL_TYPE_ALERT);
    assert_non_null(ll_json_str(d, "method"));
    assert_non_null(cJSON_GetObjectItemCaseSensitive(d, "window_min"));
    const cJSON *span = cJSON_GetObjectItemCaseSensitive(d, "span_min");
    s->window_min = cJSON_GetObjectItemCaseSensitive(d, "window_min")->valueint;
    s->span_min = cJSON_IsNumber(span) ? span->valueint : -1;
    s->expected = cJSON_GetObjectItemCaseSensitive(d, "expected")->valuedouble;
    const cJSON *prior = cJSON_GetObjectItemCaseSensitive(d, "prior_share");
    s->prior_share = cJSON_IsNumber(prior) ? prior->valuedouble : -1;
    return 0;
}

static int count(const char *status, const char *theme, const char *wijk) {
    int n = 0;
    for (int i = 0; i < ngot; i++)
        if ((!status || !strcmp(got[i].status, status)) &&
            (!theme || !strcmp(got[i].theme, theme)) && (!wijk || !strcmp(got[i].wijk, wijk)))
            n++;
    return n;
}

/* ---- a small traffic generator: Poisson arrivals, sorted ---- */

typedef struct tev {
    long long t;
    char id[24], theme[16], wijk[16], thread[24];
} tev;

static tev *evs;
static int nevs, capevs;
static uint64_t rng = 88172645463325252ULL;

static double unif(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return ((rng >> 11) + 0.5) / 9007199254740992.0;
}

static void push(long long t, const char *theme, const char *wijk, const char *thread) {
    if (nevs == capevs) {
        capevs = capevs ? capevs * 2 : 4096;
        evs = realloc(evs, (size_t)capevs * sizeof(*evs));
        assert_non_null(evs);
    }
    tev *e = &evs[nevs];
    e->t = t;
    snprintf(e->id, sizeof(e->id), "ev-%d", nevs);
    snprintf(e->theme, sizeof(e->theme), "%s", theme);
    snprintf(e->wijk, sizeof(e->wijk), "%s", wijk);
    if (thread)
        snprintf(e->thread, sizeof(e->thread), "%s", thread);
    else
        snprintf(e->thread, sizeof(e->thread), "th-%d", nevs);
    nevs++;
}

/* rate_h(t) contacts an hour, from t0 for len ms */
static void poisson(const char *theme, const char *wijk, long long t0, long long len,
                    double (*rate_h)(long long t)) {
    /* thinning against the peak rate */
    double peak = 0;
    for (long long t = t0; t < t0 + len; t += HOUR_MS)
        peak = fmax(peak, rate_h(t));
    double t = (double)t0;
    while (peak > 0) {
        t += -log(unif()) / (peak / HOUR_MS);
        if (t >= t0 + len)
            break;
        if (unif() * peak <= rate_h((long long)t))
            push((long long)t, theme, wijk, NULL);
    }
}

static int cmp_t(const void *a, const void *b) {
    long long x = ((const tev *)a)->t, y = ((const tev *)b)->t;
    return x < y ? -1 : x > y;
}

static ll_detect_opts opts(void) {
    ll_detect_opts o;
    memset(&o, 0, sizeof(o));
    o.stat.method = LL_DSTAT_SCAN;
    o.stat.nwin = 4;
    int w[] = {10, 30, 60, 180};
    memcpy(o.stat.win_min, w, sizeof(w));
    o.stat.min_count = 3;
    o.stat.min_ratio = 3;
    o.stat.alpha = 1e-4;
    o.stat.ears_z = 3;
    o.lateness_s = 120;
    o.quiet_min = 30;
    o.repeat_min = 240;
    o.hold_min = 30;
    o.hold_ratio = 2;
    o.warmup_min = 4320;
    o.memory_min = 1440;
    o.utc_offset_min = 60;
    o.halflife_days = 14;
    o.prior_min = 720;
    o.event_clock = 1;
    snprintf(o.gemeente, sizeof(o.gemeente), "Rotterdam");
    snprintf(o.source, sizeof(o.source), "/luisterloop/detect");
    return o;
}

/* The text of every event run() replays; run_input, when set, may change each input. */
static const char *run_text = "tekst";
static void (*run_input)(ll_dinput *in);

/* Replays evs (sorted here) through a fresh detector; alerts land in got. */
static void run(const ll_detect_opts *o, long long end_ms) {
    qsort(evs, (size_t)nevs, sizeof(*evs), cmp_t);
    char e[256];
    ngot = 0;
    ll_dstore *st = ll_dstore_memory_new(o->memory_min, e, sizeof(e));
    assert_non_null(st);
    ll_detector *d = ll_detector_new(o, st, sink, NULL, e, sizeof(e));
    assert_non_null(d);
    static ll_dinput in[500];
    for (int i = 0; i < nevs; i += 500) {
        int n = nevs - i < 500 ? nevs - i : 500;
        for (int k = 0; k < n; k++) {
            tev *v = &evs[i + k];
            in[k] = (ll_dinput){v->t,      v->id,    v->theme, v->wijk[0] ? v->wijk : NULL,
                                v->thread, run_text, 0};
            if (run_input)
                run_input(&in[k]);
        }
        assert_int_equal(ll_detector_add(d, in, n, e, sizeof(e)), 0);
    }
    assert_int_equal(ll_detector_tick(d, end_ms, e, sizeof(e)), 0);
    ll_detector_free(d);
    ll_dstore_free(st);
    nevs = 0;
}

/* One step of a live clock at now: the events of evs from *next that have come in by then
 * (lag_ms after their own time) are counted, then the clock ticks. */
static void live_step(ll_detector *d, int *next, long long now, long long lag_ms) {
    static ll_dinput in[LL_DETECT_BATCH_MAX];
    char e[256];
    int n = 0;
    while (*next < nevs && evs[*next].t + lag_ms <= now && n < LL_DETECT_BATCH_MAX) {
        tev *v = &evs[(*next)++];
        in[n++] = (ll_dinput){v->t, v->id, v->theme, v->wijk, v->thread, "tekst", 0};
    }
    if (n)
        assert_int_equal(ll_detector_add(d, in, n, e, sizeof(e)), 0);
    assert_int_equal(ll_detector_tick(d, now, e, sizeof(e)), 0);
}

static double r_steady(long long t) {
    (void)t;
    return 6;
}
static double r_two(long long t) {
    (void)t;
    return 2;
}
static double r_sparse(long long t) {
    (void)t;
    return 0.05;
}
static double r_daily(long long t) {
    int h = (int)((t / HOUR_MS + 1) % 24);
    return h >= 8 && h < 18 ? 8 : 0.5;
}
static double r_weekend(long long t) {
    int dow = (int)(((t / DAY_MS) + 3) % 7); /* 0 = Monday */
    return dow >= 5 ? 0.3 : r_daily(t);
}

/* ---- the statistics ---- */

static void poisson_tail_values(void **state) {
    (void)state;
    assert_true(fabs(ll_poisson_sf(1, 1.0) - (1 - exp(-1.0))) < 1e-12);
    assert_true(fabs(ll_poisson_sf(12, 4.0) - 0.000915) < 1e-5);
    assert_true(ll_poisson_sf(0, 3.0) == 1.0);
    assert_true(ll_poisson_sf(5, 0.0) == 0.0);
    double far = ll_poisson_sf(200, 10.0);
    assert_true(far > 0 && far < 1e-100); /* the tail does not collapse to 0 or 1 */
    assert_true(fabs(ll_poisson_sf(1000, 1000.0) - 0.5) < 0.02);
}

static void scan_needs_count_ratio_and_p(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    ll_dstat_result r;
    int obs[4] = {2, 2, 2, 2};
    double ex[4] = {0.001, 0.003, 0.006, 0.018};
    ll_dstat_scan(&o.stat, obs, ex, 1, &r);
    assert_false(r.alarm); /* under min_count however unlikely */
    int obs2[4] = {30, 40, 50, 60};
    double ex2[4] = {12, 36, 72, 216};
    ll_dstat_scan(&o.stat, obs2, ex2, 1, &r);
    assert_false(r.alarm); /* under min_ratio however significant */
    int obs3[4] = {9, 9, 9, 9};
    double ex3[4] = {0.3, 0.9, 1.8, 5.4};
    ll_dstat_scan(&o.stat, obs3, ex3, 1, &r);
    assert_true(r.alarm);
    assert_int_equal(r.window_min, 10);
    assert_true(r.p_value > 0 && r.p_value < 1e-6);
    ll_dstat_scan(&o.stat, obs3, ex3, 2, &r); /* warm-up doubles count and ratio */
    assert_true(r.alarm);
    int obs4[4] = {5, 5, 5, 5};
    double ex4[4] = {0.1, 0.3, 0.6, 1.8};
    ll_dstat_scan(&o.stat, obs4, ex4, 2, &r);
    assert_false(r.alarm);
    ll_dstat_scan(&o.stat, obs4, ex4, 1, &r);
    assert_true(r.alarm);
}

static void ears_c2_sd_floor(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    ll_dstat_result r;
    int zero[LL_EARS_BASELINE_BINS] = {0};
    ll_dstat_ears_c2(&o.stat, 5, zero, 1, &r);
    assert_true(r.alarm); /* sd 0 would divide by zero: the floor makes z finite */
    assert_true(isfinite(r.score));
    int busy[LL_EARS_BASELINE_BINS] = {3, 5, 4, 6, 2, 4, 5};
    ll_dstat_ears_c2(&o.stat, 7, busy, 1, &r);
    assert_false(r.alarm);
}

static void profile_learns_day_and_week(void **state) {
    (void)state;
    ll_dprofile pr;
    ll_dprofile_init(&pr, 60);
    assert_true(ll_dprofile_factor(&pr, 0) == 1.0);
    for (long long m = T0_MS / MIN_MS; m < (T0_MS + 28 * DAY_MS) / MIN_MS; m++)
        ll_dprofile_learn(&pr, m, r_weekend(m * MIN_MS) / 60.0);
    long long monday_noon = (T0_MS + 4 * DAY_MS + 11 * HOUR_MS) / MIN_MS;
    long long monday_3am = (T0_MS + 4 * DAY_MS + 2 * HOUR_MS) / MIN_MS;
    long long sunday_noon = (T0_MS + 3 * DAY_MS + 11 * HOUR_MS) / MIN_MS;
    double mean = ll_dprofile_mean(&pr);
    double fn = ll_dprofile_factor(&pr, monday_noon), fa = ll_dprofile_factor(&pr, monday_3am),
           fs = ll_dprofile_factor(&pr, sunday_noon);
    /* the truth: 8/h at a weekday noon, 0.5/h at night, 0.3/h on Sunday */
    assert_true(fabs(mean * fn * 60 - 8) < 2.5);
    assert_true(mean * fa * 60 < 1.5);
    assert_true(mean * fs * 60 < 2.5);
}

static void level_shrinks_sparse_series(void **state) {
    (void)state;
    ll_dlevel lv = {0};
    double decay = ll_decay_per_minute(14);
    assert_true(fabs(ll_dlevel_rate(&lv, 0.1, 720) - 0.1) < 1e-12); /* no data: the prior */
    for (int m = 0; m < 7 * 1440; m++)
        ll_dlevel_learn(&lv, m % 1440 == 0, 1.0, decay, 1); /* one a day */
    double r = ll_dlevel_rate(&lv, 0.1, 720);
    assert_true(r > 1.0 / 1440 && r < 0.02); /* near its own rate, not the prior's */
    ll_dlevel lv2 = lv;
    for (int m = 0; m < 60; m++)
        ll_dlevel_learn(&lv2, 50, 1.0, decay, 0); /* a spike, not learnt */
    assert_true(ll_dlevel_rate(&lv2, 0.1, 720) < 0.02);
}

/* One series moves the pooled prior of its kind by a bounded share (user check of 12-02:
 * one client's 20,500 notes in one wijk silenced every other series): 150 like series at
 * rates spread log-uniformly from 0.05 to 12 an hour, as in the benchmark, a day each. */
static void pooled_prior_bounds_one_series(void **state) {
    (void)state;
    enum { N = 150 };
    double c[N], e[N], scratch[N], plain = 0;
    for (int i = 0; i < N; i++) {
        e[i] = 1440;
        c[i] = 0.05 * pow(240.0, i / (N - 1.0)) / 60 * e[i];
        plain += c[i] / (N * 1440.0);
    }
    /* no rate of a spread like this one is capped: the pool is the plain average */
    double pool = ll_dlevel_pooled(c, e, N, scratch);
    assert_true(fabs(pool - plain) < 1e-12);
    /* a flood in one of them: the plain average would go up 3.6 times, the pool by 5% */
    c[N / 3] += 20500;
    assert_true((plain + 20500 / (N * 1440.0)) / plain > 3.5);
    double flooded = ll_dlevel_pooled(c, e, N, scratch);
    if (!(flooded > pool && flooded < 1.06 * pool))
        fail_msg("pool %g, flooded %g", pool, flooded);
    /* a flood in each of a tenth of them: each is capped, the median stays among the others */
    for (int i = 0; i < N; i += 10)
        c[i] += 20500;
    flooded = ll_dlevel_pooled(c, e, N, scratch);
    if (!(flooded < 3 * pool))
        fail_msg("pool %g, a tenth flooded %g", pool, flooded);
    /* a series without minutes yet weighs nothing; no minutes at all: no prior */
    e[0] = 0;
    c[0] = 5;
    assert_true(ll_dlevel_pooled(c, e, 1, scratch) == 0);
    assert_true(ll_dlevel_pooled(c, e, 0, scratch) == 0);
}

/* ---- fixed series ---- */

static void steady_series_is_quiet(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    poisson("afval", "Noord", T0_MS, 7 * DAY_MS, r_steady);
    poisson("parkeren", "Noord", T0_MS, 7 * DAY_MS, r_steady);
    run(&o, T0_MS + 7 * DAY_MS);
    assert_int_equal(ngot, 0);
}

static void sparse_series_is_quiet(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    for (int i = 0; i < 6; i++) {
        char w[16];
        snprintf(w, sizeof(w), "Wijk%d", i);
        poisson("zorg", w, T0_MS, 21 * DAY_MS, r_sparse);
    }
    poisson("afval", "Noord", T0_MS, 21 * DAY_MS, r_steady);
    run(&o, T0_MS + 21 * DAY_MS);
    /* The busy afval in Noord no longer lifts the six sparse series' prior (ll_dlevel_pooled:
     * 6 an hour among six of 0.05 is 120 times their median; it lifted their expectation by
     * 60% and kept them quiet by that alone). At their own rate, four contacts in three hours
     * (p 5.6e-5 at 0.15 expected) come about once in these 18 series-weeks at this alpha,
     * and did: one incident is within the budget (2 a week per 100 series, README), two are
     * not; the busy series is never one. */
    if (count("firing", NULL, NULL) > 1 || count("firing", "afval", NULL) > 0)
        fail_msg("%d firing, %d of afval", count("firing", NULL, NULL),
                 count("firing", "afval", NULL));
}

static void weekend_is_not_a_spike(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    /* Monday morning after a quiet weekend is a steep rise, and normal */
    poisson("afval", "Noord", T0_MS, 21 * DAY_MS, r_weekend);
    poisson("afval", "Charlois", T0_MS, 21 * DAY_MS, r_weekend);
    run(&o, T0_MS + 21 * DAY_MS);
    assert_int_equal(ngot, 0);
}

static void spike_is_one_incident(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    poisson("afval", "Noord", T0_MS, 7 * DAY_MS, r_daily);
    poisson("afval", "Charlois", T0_MS, 7 * DAY_MS, r_daily);
    poisson("parkeren", "Noord", T0_MS, 7 * DAY_MS, r_daily);
    long long s0 = T0_MS + 5 * DAY_MS + 13 * HOUR_MS;
    for (int i = 0; i < 16; i++) /* 16 extra citizens in a quarter hour: 8/h becomes 72/h */
        push(s0 + (long long)(unif() * 15 * MIN_MS), "afval", "Noord", NULL);
    run(&o, T0_MS + 7 * DAY_MS);
    assert_int_equal(count("firing", "afval", "Noord"), 1);
    assert_int_equal(count("resolved", "afval", "Noord"), 1);
    /* the city-wide afval and all of Noord are lifted by the same citizens:
     * inhibited, not three incidents */
    assert_int_equal(ngot, 2);
    seen *f = &got[0], *r = &got[1];
    assert_string_equal(f->status, "firing");
    assert_string_equal(r->status, "resolved");
    assert_string_equal(f->started, r->started);
    /* fired before the quarter hour was over */
    int h, mi;
    assert_int_equal(sscanf(f->started + 11, "%d:%d", &h, &mi), 2);
    long long fired = T0_MS + 5 * DAY_MS + h * HOUR_MS + mi * MIN_MS;
    assert_true(fired > s0 && fired - s0 <= 15 * MIN_MS);
    /* resolved within hold_min + quiet_min of the spike's end (and a minute
     * for the evaluation), not when the 180-minute window lets go of it */
    long long end = s0 + 15 * MIN_MS;
    assert_true(r->at_ms > end + o.quiet_min * MIN_MS);
    assert_true(r->at_ms <= end + (long long)(o.hold_min + o.quiet_min + 1) * MIN_MS);
}

/* An alert's quotes tell of a theme in a district: the street stays, the house number
 * beside a person's health goes (REPORT-user3, privacy observations). */
static void alert_quotes_keep_the_street_not_the_number(void **state) {
    (void)state;
    uint64_t rng_before = rng; /* the tests after this one draw what they drew before */
    ll_detect_opts o = opts();
    poisson("afval", "Noord", T0_MS, 7 * DAY_MS, r_daily);
    long long s0 = T0_MS + 5 * DAY_MS + 13 * HOUR_MS;
    for (int i = 0; i < 16; i++)
        push(s0 + (long long)(unif() * 15 * MIN_MS), "afval", "Noord", NULL);
    rng = rng_before;
    run_text = "Losliggende stoeptegels voor nummer 12 in de Ommoordseweg, mijn moeder is "
               "gestruikeld";
    run(&o, T0_MS + 7 * DAY_MS);
    run_text = "tekst";
    assert_int_equal(count("firing", "afval", "Noord"), 1);
    assert_string_equal(got[0].quote, "Losliggende stoeptegels voor nummer [nr] in de "
                                      "Ommoordseweg, mijn moeder is gestruikeld");
}

/* The spike's events ("sp-N") tell, in turn, of a death wish (withheld, as
 * ll_detect_input_from_json marks one), of a full container, and of the same container
 * with another house number (the same quote once the number is [nr]). */
static void spike_texts(ll_dinput *in) {
    if (strncmp(in->id, "sp-", 3))
        return;
    static const char *const texts[] = {"Ik wil er niet meer zijn, ik zie geen uitweg",
                                        "Container vol bij nummer 12 in de Kerkstraat",
                                        "Container vol bij nummer 14 in de Kerkstraat"};
    long n = strtol(in->id + 3, NULL, 10);
    in->quote = texts[n % 3];
    in->withheld = n % 3 == 0;
}

/* An alert quotes each text once, and no text that told of suicide or self-harm: the user
 * check of 12-01 saw a replayed alert quote one text twice, and a privacy officer would
 * question a citizen's suicidal words as an alert's anecdote. Those samples are counted in
 * quotes_withheld instead. */
static void alert_quotes_are_distinct_and_withhold_suicide(void **state) {
    (void)state;
    uint64_t rng_before = rng;
    ll_detect_opts o = opts();
    poisson("afval", "Noord", T0_MS, 7 * DAY_MS, r_daily);
    long long s0 = T0_MS + 5 * DAY_MS + 13 * HOUR_MS;
    for (int i = 0; i < 16; i++) {
        push(s0 + i * MIN_MS, "afval", "Noord", NULL);
        snprintf(evs[nevs - 1].id, sizeof(evs[nevs - 1].id), "sp-%d", i);
    }
    rng = rng_before;
    run_input = spike_texts;
    run(&o, T0_MS + 7 * DAY_MS);
    run_input = NULL;
    assert_int_equal(count("firing", "afval", "Noord"), 1);
    int f = 0;
    while (strcmp(got[f].status, "firing"))
        f++;
    /* the three newest samples: one withheld, the container once (not twice), and
     * one more distinct text */
    if (strstr(got[f].quotes, "uitweg") || got[f].withheld < 1)
        fail_msg("withheld %d, quotes: %s", got[f].withheld, got[f].quotes);
    const char *first = strstr(got[f].quotes, "Container vol bij nummer [nr] in de Kerkstraat");
    if (!first || strstr(first + 1, "Container vol"))
        fail_msg("quotes: %s", got[f].quotes);
    assert_int_equal(got[f].nquotes + got[f].withheld, LL_DETECT_SAMPLES);
}

/* A spike that thins out is one incident: the hold test keeps it while its
 * citizens still come, and once it has resolved, the long windows that
 * still hold its counts do not start a second one (its minutes are its
 * own). Here 12 citizens in 10 minutes, then one every 12 minutes for two
 * hours on a quiet series. */
static void thinning_spike_is_one_incident(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    poisson("zorg", "Noord", T0_MS, 7 * DAY_MS, r_sparse);
    poisson("afval", "Noord", T0_MS, 7 * DAY_MS, r_daily);
    long long s0 = T0_MS + 5 * DAY_MS + 10 * HOUR_MS;
    for (int i = 0; i < 12; i++)
        push(s0 + i * 50000LL, "zorg", "Noord", NULL);
    for (int i = 1; i <= 10; i++)
        push(s0 + 10 * MIN_MS + i * 12 * MIN_MS, "zorg", "Noord", NULL);
    run(&o, T0_MS + 7 * DAY_MS);
    assert_int_equal(count("firing", "zorg", "Noord"), 1);
    assert_int_equal(count("resolved", "zorg", "Noord"), 1);
    assert_int_equal(ngot, 2);
    /* it lasted while the citizens came (the last at 2:10 after the
     * start), and ended within hold_min + quiet_min after */
    long long last = s0 + 130 * MIN_MS;
    assert_true(got[1].at_ms >= last);
    assert_true(got[1].at_ms <= last + (long long)(o.hold_min + o.quiet_min + 1) * MIN_MS);
}

/* Afval contacts without a wijk (no postcode given) count only in the
 * city-wide afval series; a spike in Noord brings its share of them too
 * (a third here, as in the steady traffic), and is still one incident. */
static void unlocated_contacts_of_a_spike_are_one_incident(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    poisson("afval", "Noord", T0_MS, 7 * DAY_MS, r_daily);
    poisson("afval", "Charlois", T0_MS, 7 * DAY_MS, r_daily);
    poisson("afval", "", T0_MS, 7 * DAY_MS, r_daily);
    poisson("parkeren", "Noord", T0_MS, 7 * DAY_MS, r_daily);
    long long s0 = T0_MS + 5 * DAY_MS + 13 * HOUR_MS;
    for (int i = 0; i < 48; i++)
        push(s0 + (long long)(unif() * 15 * MIN_MS), "afval", "Noord", NULL);
    /* without their share counted with Noord's excess, these 24 fire the
     * city-wide afval as a second incident */
    for (int i = 0; i < 24; i++)
        push(s0 + (long long)(unif() * 15 * MIN_MS), "afval", "", NULL);
    run(&o, T0_MS + 7 * DAY_MS);
    assert_int_equal(count("firing", "afval", "Noord"), 1);
    assert_int_equal(ngot, 2);
}

static void citywide_spread_spike_alerts_citywide(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    const char *wijken[] = {"Noord",     "Charlois",   "Delfshaven",
                            "Kralingen", "Feijenoord", "Hillegersberg"};
    for (int w = 0; w < 6; w++)
        poisson("afval", wijken[w], T0_MS, 5 * DAY_MS, r_two);
    long long s0 = T0_MS + 4 * DAY_MS + 10 * HOUR_MS;
    /* four extra citizens in each wijk in 15 minutes: no wijk stands out,
     * the city does */
    for (int w = 0; w < 6; w++)
        for (int i = 0; i < 4; i++)
            push(s0 + (long long)(unif() * 15 * MIN_MS), "afval", wijken[w], NULL);
    run(&o, T0_MS + 5 * DAY_MS);
    assert_int_equal(count("firing", "afval", ""), 1);
    assert_int_equal(count("firing", "afval", "Noord"), 0);
}

static void repeat_storm_is_not_a_spike(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    poisson("parkeren", "Charlois", T0_MS, 5 * DAY_MS, r_daily);
    long long s0 = T0_MS + 4 * DAY_MS + 11 * HOUR_MS;
    for (int i = 0; i < 40; i++) /* one citizen, forty calls in twenty minutes */
        push(s0 + i * 30000LL, "parkeren", "Charlois", "one-angry-thread");
    run(&o, T0_MS + 5 * DAY_MS);
    assert_int_equal(ngot, 0);
}

static void warmup_holds_alerts_back(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    poisson("afval", "Noord", T0_MS, 12 * HOUR_MS, r_steady);
    for (int i = 0; i < 30; i++)
        push(T0_MS + 6 * HOUR_MS + i * 20000LL, "afval", "Noord", NULL);
    run(&o, T0_MS + 12 * HOUR_MS);
    assert_int_equal(ngot, 0);
    o.warmup_min = 60;
    poisson("afval", "Noord", T0_MS, 12 * HOUR_MS, r_steady);
    for (int i = 0; i < 30; i++)
        push(T0_MS + 6 * HOUR_MS + i * 20000LL, "afval", "Noord", NULL);
    run(&o, T0_MS + 12 * HOUR_MS);
    assert_int_equal(count("firing", "afval", "Noord"), 1);
}

/* One client's flood must not silence every other series (user check of 12-02, REPORT-user5
 * item 7): 20,500 call notes of afval in Stadscentrum raised the average of like series, which
 * is every series' prior, so a young detector (the demo's warm-up of minutes) expected tens a
 * minute everywhere and neither the riool smell in Delfshaven (17, 41, 11 a minute) nor the
 * demo's afval spike in Feijenoord (18, 13, 18, 12) fired. flood_at_min: minutes after the
 * start; during the warm-up the flood cannot alert itself, after it it must. */
static const char *const demo_wijken[] = {"Stadscentrum", "Delfshaven", "Feijenoord",
                                          "Noord",        "Charlois",   "Kralingen"};
static double r_one_a_minute(long long t) {
    (void)t;
    return 60;
}
static void flood_run(int flood_at_min, int flood) {
    ll_detect_opts o = opts();
    o.warmup_min = 5;
    long long t0 = T0_MS + 10 * HOUR_MS, len = 45 * MIN_MS;
    const char *themes[] = {"afval", "openbare-ruimte", "parkeren", "overlast"};
    for (int w = 0; w < 6; w++)
        for (int k = 0; k < 4; k++) {
            poisson(themes[k], demo_wijken[w], t0, len, r_one_a_minute);
            if (k == 0) /* afval twice as busy */
                poisson(themes[k], demo_wijken[w], t0, len, r_one_a_minute);
        }
    for (int i = 0; i < flood; i++) /* each its own call, so each a new thread */
        push(t0 + flood_at_min * MIN_MS + (long long)i * 3 * MIN_MS / flood, "afval",
             "Stadscentrum", NULL);
    const int riool[] = {17, 41, 11}, spike[] = {18, 13, 18, 12};
    for (int m = 0; m < 3; m++)
        for (int i = 0; i < riool[m]; i++)
            push(t0 + (16 + m) * MIN_MS + i * MIN_MS / riool[m], "openbare-ruimte", "Delfshaven",
                 NULL);
    for (int m = 0; m < 4; m++)
        for (int i = 0; i < spike[m]; i++)
            push(t0 + (27 + m) * MIN_MS + i * MIN_MS / spike[m], "afval", "Feijenoord", NULL);
    run(&o, t0 + len);
}

static void flood_in_one_series_silences_no_other(void **state) {
    (void)state;
    uint64_t rng_before = rng; /* the tests after this one draw what they drew before */
    /* the control: without the flood both fire */
    flood_run(3, 0);
    assert_int_equal(count("firing", "openbare-ruimte", "Delfshaven"), 1);
    assert_int_equal(count("firing", "afval", "Feijenoord"), 1);
    /* in the warm-up: it cannot alert, and it silences nothing */
    flood_run(3, 20500);
    assert_int_equal(count("firing", "openbare-ruimte", "Delfshaven"), 1);
    assert_int_equal(count("firing", "afval", "Feijenoord"), 1);
    /* after it: the flood alerts itself, and still silences nothing after it */
    flood_run(10, 10000);
    assert_int_equal(count("firing", "afval", "Stadscentrum"), 1);
    assert_int_equal(count("firing", "openbare-ruimte", "Delfshaven"), 1);
    assert_int_equal(count("firing", "afval", "Feijenoord"), 1);
    rng = rng_before;
}

/* A flood must not teach the profile of the hour of the day and the day of the week
 * (REPORT-detect6, left alone there). The profile was learnt from the city-wide total,
 * flood included: 20,000 notes of one client in an hour lifted that hour's and that
 * weekday's factors and their means, for weeks (28-day half-life), so every other hour and
 * weekday expected far less: 146 firings (flood on day 1) and 232 (day 4) where the control
 * has 2, 14 and 26 of them on the spike's series. flood_day: the day of the flood (0 for
 * none), at 10:00 local; the spike, elsewhere, comes spike_day at the same hour: 16 extra
 * citizens in a quarter hour of parkeren in Charlois (8 an hour). */
static void profile_flood_run(int flood_day, int spike_day) {
    ll_detect_opts o = opts();
    rng = 88172645463325252ULL; /* the same traffic in every run, but for the flood */
    const char *themes[] = {"afval", "parkeren", "overlast"},
               *wijken[] = {"Noord", "Charlois", "Kralingen"};
    for (int k = 0; k < 3; k++)
        for (int w = 0; w < 3; w++)
            poisson(themes[k], wijken[w], T0_MS, (spike_day + 1) * DAY_MS, r_daily);
    long long f0 = T0_MS + flood_day * DAY_MS + 9 * HOUR_MS; /* 10:00 local */
    for (int i = 0; flood_day && i < 20000; i++) /* each its own call, so each a new thread */
        push(f0 + (long long)i * HOUR_MS / 20000, "afval", "Noord", NULL);
    long long s0 = T0_MS + spike_day * DAY_MS + 9 * HOUR_MS + 10 * MIN_MS;
    for (int i = 0; i < 16; i++)
        push(s0 + (long long)(unif() * 15 * MIN_MS), "parkeren", "Charlois", NULL);
    run(&o, T0_MS + (spike_day + 1) * DAY_MS);
}

static void flood_teaches_the_profile_nothing(void **state) {
    (void)state;
    uint64_t rng_before = rng; /* the tests after this one draw what they drew before */
    for (int flood_day = 1; flood_day <= 4; flood_day += 3) {
        /* the control: without a flood the spike fires */
        profile_flood_run(0, flood_day + 7);
        assert_int_equal(count("firing", "parkeren", "Charlois"), 1);
        int control = count("firing", NULL, NULL);
        /* a flood on day 1, in the warm-up, where it cannot alert itself; on day 4, after
         * it, where it alerts itself: the spike a week later fires all the same, and the
         * flood brings no false alarm in other hours */
        profile_flood_run(flood_day, flood_day + 7);
        print_message("flood on day %d: %d firings, %d without it\n", flood_day,
                      count("firing", NULL, NULL), control);
        assert_int_equal(count("firing", "parkeren", "Charlois"), 1);
        assert_int_equal(count("firing", "afval", "Noord"), flood_day > 1);
        assert_true(count("firing", NULL, NULL) <= control + (flood_day > 1));
    }
    rng = rng_before;
}

/* The last firing alert of wijk among those sent (fails the test when there is none). */
static const seen *last_firing(const char *wijk) {
    const seen *f = NULL;
    for (int i = 0; i < ngot; i++)
        if (!strcmp(got[i].status, "firing") && !strcmp(got[i].wijk, wijk))
            f = &got[i];
    assert_non_null(f);
    return f;
}

/* The demo's case (user check of 12-01, REPORT-user3 item 13): "71 observed, 22.5 expected
 * in 180 min" on a detector 13 minutes old. Every window then holds the same minutes, and the
 * longest has the largest share of alpha, so it is the one named; the alert says how many
 * of its minutes were seen (span_min) and how much of the baseline is the prior. */
static void young_detector_names_the_minutes_it_saw(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    o.warmup_min = 5;
    poisson("afval", "Noord", T0_MS, 20 * MIN_MS, r_steady);
    for (int i = 0; i < 30; i++)
        push(T0_MS + 10 * MIN_MS + i * 6000LL, "afval", "Noord", NULL);
    run(&o, T0_MS + 20 * MIN_MS);
    assert_int_equal(count("firing", "afval", "Noord"), 1);
    const seen *f = last_firing("Noord");
    long long age_min = (f->at_ms - T0_MS) / MIN_MS; /* minutes the detector has seen */
    assert_int_equal(f->window_min, 180);
    if (f->span_min < 1 || f->span_min > age_min)
        fail_msg("span_min %d on a detector %lld minutes old", f->span_min, age_min);
    /* what expected stands for: a share of it is the prior, told as such */
    assert_true(f->prior_share > 0 && f->prior_share < 1);
    /* a detector with days of history names the whole window, and its own baseline */
    o = opts();
    poisson("afval", "Noord", T0_MS, 7 * DAY_MS, r_steady);
    long long s0 = T0_MS + 5 * DAY_MS + 13 * HOUR_MS;
    for (int i = 0; i < 16; i++)
        push(s0 + (long long)(unif() * 10 * MIN_MS), "afval", "Noord", NULL);
    run(&o, s0 + HOUR_MS);
    f = last_firing("Noord");
    assert_int_equal(f->span_min, f->window_min);
    assert_true(f->prior_share >= 0 && f->prior_share < 0.5);
}

/* The demo's timeline as up.sh --demo runs it (deploy/lib/roles.sh: detect --warmup 5 on the
 * wall clock, started lead_min minutes before simulate's traffic; the spike afval in 3072,
 * Feijenoord, from DEMO_SPIKE_S for five minutes at 0.3 more a second). burst: user check 6's
 * 160 probes in Feijenoord in the traffic's second minute, 12 of them afval. Returns the
 * traffic's start; the alerts are in got. */
#define DEMO_WARMUP_MIN 5
#define DEMO_SPIKE_S 360
static long long demo_run(int lead_min, int burst) {
    ll_detect_opts o = opts();
    o.warmup_min = DEMO_WARMUP_MIN;
    o.event_clock = 0;
    long long t0 = T0_MS + 10 * HOUR_MS + 15000, len = 20 * MIN_MS;
    /* 5 a second, as simulate --rate 5, over 14 themes in 14 wijken (the demo's 196 series):
     * one a minute each, two in half of the wijken, afval in Feijenoord three */
    static char names[14][16];
    for (int i = 0; i < 14; i++)
        snprintf(names[i], sizeof(names[i]), i == 2 ? "Feijenoord" : "w%d", i);
    for (int w = 0; w < 14; w++)
        for (int k = 0; k < 14; k++)
            for (int n = 0; n < 1 + (w < 7) + (w == 2 && k == 0); n++)
                poisson(k ? names[k] : "afval", names[w], t0, len, r_one_a_minute);
    if (burst) {
        const char *bt[] = {"openbare-ruimte", "overlast", "parkeren", "wonen", "inkomen"};
        for (int i = 0; i < 160; i++)
            push(t0 + MIN_MS + i * 300LL, i < 12 ? "afval" : bt[i % 5], "Feijenoord", NULL);
    }
    for (int i = 0; i < 90; i++) /* 0.3 a second for 300 s */
        push(t0 + DEMO_SPIKE_S * 1000LL + (long long)(unif() * 300000), "afval", "Feijenoord",
             NULL);
    qsort(evs, (size_t)nevs, sizeof(*evs), cmp_t);
    char e[256];
    ngot = 0;
    ll_dstore *st = ll_dstore_memory_new(o.memory_min, e, sizeof(e));
    ll_detector *d = ll_detector_new(&o, st, sink, NULL, e, sizeof(e));
    assert_non_null(d);
    /* what comes in each second is counted, then the clock ticks (tick_ms 1000) */
    int next = 0;
    for (long long now = t0 - lead_min * MIN_MS; now <= t0 + len; now += 1000)
        live_step(d, &next, now, 0);
    ll_detector_free(d);
    ll_dstore_free(st);
    nevs = 0;
    return t0;
}

/* The demo shows its alert within minutes of its traffic, whatever the detector's start and
 * a burst in the warm-up (user check 6, item 4). Before (12-02), a detector started before the
 * traffic learnt those minutes as zeros: three minutes ahead, every busy series fired at the
 * warm-up's end and the spike came as one of them or not at all (replay of user check 6's
 * stack: 33 alerts, 41 with the burst and the spike hidden); the spike came ten minutes in. */
static void demo_alert_within_minutes(void **state) {
    (void)state;
    for (int lead = 0; lead <= 3; lead++)
        for (int burst = 0; burst <= 1; burst++) {
            long long t0 = demo_run(lead, burst);
            int spike = -1, others = 0;
            for (int i = 0; i < ngot; i++) {
                if (strcmp(got[i].status, "firing"))
                    continue;
                if (!strcmp(got[i].theme, "afval") && !strcmp(got[i].wijk, "Feijenoord") &&
                    spike < 0)
                    spike = i;
                else if (!burst || strcmp(got[i].wijk, "Feijenoord"))
                    others++; /* the burst may fire its own series in Feijenoord */
            }
            if (spike < 0)
                fail_msg("lead %d min, burst %d: the spike did not fire (%d alerts)", lead, burst,
                         ngot);
            long long at = got[spike].at_ms - t0, started;
            assert_int_equal(ll_time_parse_ms(got[spike].started, &started), 0);
            /* on the dashboard before the spike's third minute is out: nine minutes in */
            if (started < t0 + DEMO_SPIKE_S * 1000LL || at > 9 * MIN_MS)
                fail_msg("lead %d min, burst %d: the spike's alert at %.1f min, started %.1f min "
                         "into the traffic",
                         lead, burst, at / 60000.0, (started - t0) / 60000.0);
            if (others)
                fail_msg("lead %d min, burst %d: %d other alerts", lead, burst, others);
        }
}

/* ---- a spike a minute boundary cuts, on a loaded machine ---- */

/* How the events of a live run reach the detector: `lag_ms` after their time (the pipeline
 * behind), and not at all while the detector stalls (from stall_ms for stall_len_ms after
 * t0: a transaction or Redis holding its loop); the loop counts what has come, then ticks,
 * every 250 ms. */
typedef struct loaded {
    long long lag_ms, stall_ms, stall_len_ms;
} loaded;

/* The integration test's [detect] (tests/integration/test_it_detect.c): one-minute windows,
 * min_count 150, min_ratio 10, a warm-up of one learnt minute, quiet_min 1. */
static ll_detect_opts it_opts(void) {
    ll_detect_opts o = opts();
    o.stat.nwin = 1;
    o.stat.win_min[0] = 1;
    o.stat.min_count = 150;
    o.stat.min_ratio = 10;
    o.stat.alpha = 0.00009;
    o.warmup_min = 1;
    o.quiet_min = 1;
    o.lateness_s = 5;
    o.event_clock = 0;
    return o;
}

/* Ten minutes from t0 (a whole minute): 20 new citizens a minute on afval in Noord and in
 * Charlois, on parkeren and on wonen in Feijenoord, and (lone_child) one on afval in
 * Feijenoord; evs holds the rise. The alerts land in got. */
static void loaded_run(long long t0, int lone_child, loaded l) {
    const char *steady[][2] = {{"afval", "Noord"},
                               {"afval", "Charlois"},
                               {"parkeren", "Feijenoord"},
                               {"wonen", "Feijenoord"}};
    for (int mi = 0; mi < 10; mi++) {
        for (int k = 0; k < 4; k++)
            for (int i = 0; i < 20; i++)
                push(t0 + mi * MIN_MS + k * 700 + i * 2900LL, steady[k][0], steady[k][1], NULL);
        if (lone_child)
            push(t0 + mi * MIN_MS + 31000, "afval", "Feijenoord", NULL);
    }
    qsort(evs, (size_t)nevs, sizeof(*evs), cmp_t);
    ll_detect_opts o = it_opts();
    char e[256];
    ngot = 0;
    ll_dstore *st = ll_dstore_memory_new(o.memory_min, e, sizeof(e));
    ll_detector *d = ll_detector_new(&o, st, sink, NULL, e, sizeof(e));
    assert_non_null(d);
    int next = 0;
    for (long long now = t0; now <= t0 + 12 * MIN_MS; now += 250) {
        if (now > t0 + l.stall_ms && now < t0 + l.stall_ms + l.stall_len_ms)
            continue;
        live_step(d, &next, now, l.lag_ms);
    }
    ll_detector_free(d);
    ll_dstore_free(st);
    nevs = 0;
}

/* n new citizens on theme in wijk, evenly over len_ms from t */
static void rise(long long t, long long len_ms, int n, const char *theme, const char *wijk) {
    for (int i = 0; i < n; i++)
        push(t + len_ms * i / n, theme, wijk, NULL);
}

/* A 30-second spike of 45 new citizens a second on afval in Feijenoord (simulate --spike
 * factor=10 at 5 a second, as test_it_detect has it) is one incident wherever a minute
 * boundary cuts it (CI of session 24, on a machine at load 10-17: the city-wide afval and
 * Feijenoord over all themes fired at the end of the spike's first minute, the spike's own
 * series a minute later, so neither parent was inhibited). In its first minute the spike's
 * series is short of its floor, min_count, or twice that while the series is young, and its
 * parents, which count their other wijken's and themes' citizens too, are not: each case
 * below brings its first minute in under the floor another way. Before, its parents fired
 * there (four alerts more); now their start waits an evaluation for it, as Alertmanager's
 * group_wait does, and the spike's series fires in the next. */
static void split_spike_is_one_incident(void **state) {
    (void)state;
    const long long t0 = T0_MS + 10 * HOUR_MS, cut = t0 + 5 * MIN_MS; /* the boundary */
    const struct {
        const char *how;
        long long before_ms; /* of the spike before the boundary */
        int lone_child;
        loaded l;
    } cases[] = {
        /* 135 of it before the boundary: under min_count, its parents over it */
        {"cut 3 s in", 3000, 1, {0, 0, 0}},
        /* 450 before the boundary, of which the last 7 s (315) come after that minute's
         * evaluation: counted late, in the minute the test has passed */
        {"counted late", 10000, 1, {7000, 0, 0}},
        /* its series born with it, in that minute: young, so it needs twice min_count (300)
         * and has 270; the detector stalls across both boundaries and evaluates the two
         * minutes in one burst, with all of their events in */
        {"born with it, burst after a stall", 6000, 0, {0, 4 * MIN_MS + 58000, 82000}},
    };
    for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
        rise(cut - cases[c].before_ms, 30000, 1350, "afval", "Feijenoord");
        loaded_run(t0, cases[c].lone_child, cases[c].l);
        if (ngot != 2 || count("firing", "afval", "Feijenoord") != 1 ||
            count("resolved", "afval", "Feijenoord") != 1) {
            for (int i = 0; i < ngot; i++)
                print_message("  %s %s|%s at %s\n", got[i].status, got[i].theme,
                              got[i].wijk[0] ? got[i].wijk : "*", got[i].started);
            fail_msg("%s: %d alerts, %d firing for the spike's own series", cases[c].how, ngot,
                     count("firing", "afval", "Feijenoord"));
        }
        assert_string_equal(got[0].started, "2026-10-01T10:06:00.000Z");
    }
    /* Look-alikes that still fire their parent. A rise of 120 in each of two wijken within
     * that minute, each under the floor with its 20 (and pending, like the spike's series
     * above): neither fires, so the city-wide afval's start, held for them, goes out a minute
     * late, with the minute it started in. */
    rise(cut - 40000, 30000, 120, "afval", "Noord");
    rise(cut - 40000, 30000, 120, "afval", "Charlois");
    loaded_run(t0, 1, (loaded){0, 0, 0});
    assert_int_equal(count("firing", NULL, NULL), 1);
    assert_int_equal(count("firing", "afval", ""), 1);
    assert_string_equal(got[0].started, "2026-10-01T10:05:00.000Z");
    assert_true(got[0].at_ms == cut + MIN_MS);
    /* Beside the cut spike, 300 afval contacts without a wijk in its first minute: a rise of
     * the city-wide afval of its own, which its pending child does not explain: it fires at
     * once; Feijenoord over all themes is the spike's, which fires a minute later. */
    rise(cut - 3000, 30000, 1350, "afval", "Feijenoord");
    rise(cut - 40000, 30000, 300, "afval", "");
    loaded_run(t0, 1, (loaded){0, 0, 0});
    assert_int_equal(count("firing", NULL, NULL), 2);
    assert_int_equal(count("firing", "afval", ""), 1);
    assert_int_equal(count("firing", "afval", "Feijenoord"), 1);
    assert_true(got[0].at_ms == cut && !got[0].wijk[0]);
}

/* ---- counting ---- */

static void recount_and_lateness(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    char e[256];
    ngot = 0;
    ll_dstore *st = ll_dstore_memory_new(o.memory_min, e, sizeof(e));
    ll_detector *d = ll_detector_new(&o, st, sink, NULL, e, sizeof(e));
    assert_non_null(d);
    ll_dinput in[3] = {
        {T0_MS + 10 * MIN_MS, "a", "afval", "Noord", "t1", NULL, 0},
        {T0_MS + 10 * MIN_MS + 5000, "b", "afval", "Noord", "t1", NULL, 0}, /* same thread */
        {T0_MS + 11 * MIN_MS, "c", "afval", NULL, NULL, NULL, 0},           /* no wijk, anonymous */
    };
    assert_int_equal(ll_detector_add(d, in, 3, e, sizeof(e)), 0);
    ll_detect_counters c;
    ll_detector_counters(d, &c);
    assert_int_equal(c.new_threads, 2);
    assert_int_equal(c.events, 3);
    /* the same events again (a re-read after a crash): nothing new */
    assert_int_equal(ll_detector_add(d, in, 3, e, sizeof(e)), 0);
    ll_detector_counters(d, &c);
    assert_int_equal(c.new_threads, 2);
    /* 90 s late is within lateness; ten minutes late is not */
    ll_dinput later[3] = {
        {T0_MS + 20 * MIN_MS, "d", "afval", "Noord", "t2", NULL, 0},
        {T0_MS + 20 * MIN_MS - 90000, "e", "afval", "Noord", "t3", NULL, 0},
        {T0_MS + 10 * MIN_MS, "f", "afval", "Noord", "t4", NULL, 0},
    };
    assert_int_equal(ll_detector_add(d, later, 3, e, sizeof(e)), 0);
    ll_detector_counters(d, &c);
    assert_int_equal(c.new_threads, 4);
    assert_int_equal(c.late, 1);
    assert_int_equal(ll_detector_nseries(d), 3);
    ll_detector_free(d);
    ll_dstore_free(st);
}

static void memory_store_marks(void **state) {
    (void)state;
    char e[128];
    ll_dstore *st = ll_dstore_memory_new(60, e, sizeof(e));
    ll_dmark m[3] = {{"afval|*", "t1", "a", 100, 0},
                     {"afval|*", "t1", "b", 101, 0},
                     {"afval|*", "t1", "a", 100, 0}};
    assert_int_equal(ll_dstore_mark(st, m, 3, e, sizeof(e)), 0);
    assert_int_equal(m[0].is_new, 1);
    assert_int_equal(m[1].is_new, 0); /* another event of the thread */
    assert_int_equal(m[2].is_new, 0); /* the first event again: counted already */
    /* an hour later the thread is forgotten and new again */
    ll_dmark later = {"afval|*", "t1", "z", 170, 0};
    assert_int_equal(ll_dstore_mark(st, &later, 1, e, sizeof(e)), 0);
    assert_int_equal(later.is_new, 1);
    /* many threads: the table grows, no overflow */
    static ll_dmark many[10000];
    static char ids[10000][16];
    for (int i = 0; i < 10000; i++) {
        snprintf(ids[i], sizeof(ids[i]), "x%d", i);
        many[i] = (ll_dmark){"afval|*", ids[i], ids[i], 200, 0};
    }
    assert_int_equal(ll_dstore_mark(st, many, 10000, e, sizeof(e)), 0);
    for (int i = 0; i < 10000; i++)
        assert_int_equal(many[i].is_new, 1);
    assert_int_equal(ll_dstore_overflows(st), 0);
    ll_dstore_free(st);
    ll_dstore_free(NULL);
}

/* ---- the lifecycle on a fake clock ---- */

static void lifecycle_fire_repeat_resolve(void **state) {
    (void)state;
    ll_alert_timing tm = {30 * MIN_MS, 240 * MIN_MS};
    ll_alert_state st = {0};
    ll_dstat_result r = {.alarm = 1, .observed = 9, .expected = 1, .window_min = 10};
    long long t = T0_MS;
    assert_int_equal(ll_alert_step(&st, &tm, t, 0, NULL, 0), LL_ALERT_NONE);
    assert_int_equal(ll_alert_step(&st, &tm, t += MIN_MS, 1, &r, 0), LL_ALERT_FIRE);
    long long started = st.started_ms;
    int fires = 0;
    /* five hours of the condition: one repeat after four hours */
    for (int i = 0; i < 300; i++)
        fires += ll_alert_step(&st, &tm, t += MIN_MS, 1, &r, 0) == LL_ALERT_FIRE;
    assert_int_equal(fires, 1);
    assert_int_equal(st.started_ms, started);
    /* the quiet period: nothing for 29 minutes, then exactly one resolved */
    for (int i = 0; i < 29; i++)
        assert_int_equal(ll_alert_step(&st, &tm, t += MIN_MS, 0, NULL, 0), LL_ALERT_NONE);
    assert_int_equal(ll_alert_step(&st, &tm, t += MIN_MS, 0, NULL, 0), LL_ALERT_RESOLVE);
    for (int i = 0; i < 100; i++)
        assert_int_equal(ll_alert_step(&st, &tm, t += MIN_MS, 0, NULL, 0), LL_ALERT_NONE);
    /* a flicker within the quiet period is the same incident */
    assert_int_equal(ll_alert_step(&st, &tm, t += MIN_MS, 1, &r, 0), LL_ALERT_FIRE);
    started = st.started_ms;
    assert_int_equal(ll_alert_step(&st, &tm, t += 10 * MIN_MS, 0, NULL, 0), LL_ALERT_NONE);
    assert_int_equal(ll_alert_step(&st, &tm, t += MIN_MS, 1, &r, 0), LL_ALERT_NONE);
    assert_int_equal(st.started_ms, started);
}

static void lifecycle_silence(void **state) {
    (void)state;
    ll_alert_timing tm = {30 * MIN_MS, 240 * MIN_MS};
    ll_alert_state st = {0};
    ll_dstat_result r = {.alarm = 1, .observed = 9, .expected = 1, .window_min = 10};
    long long t = T0_MS;
    /* starts under a silence: nothing sent, but remembered */
    assert_int_equal(ll_alert_step(&st, &tm, t += MIN_MS, 1, &r, 1), LL_ALERT_NONE);
    long long started = st.started_ms;
    assert_int_equal(ll_alert_step(&st, &tm, t += MIN_MS, 1, &r, 1), LL_ALERT_NONE);
    /* the silence ends while it lasts: it fires, with its first start */
    assert_int_equal(ll_alert_step(&st, &tm, t += MIN_MS, 1, &r, 0), LL_ALERT_FIRE);
    assert_int_equal(st.started_ms, started);
    /* a silence added now does not swallow the resolved of a sent firing */
    for (int i = 0; i < 29; i++)
        assert_int_equal(ll_alert_step(&st, &tm, t += MIN_MS, 0, NULL, 1), LL_ALERT_NONE);
    assert_int_equal(ll_alert_step(&st, &tm, t += MIN_MS, 0, NULL, 1), LL_ALERT_RESOLVE);
    /* an episode wholly under a silence sends nothing at all */
    assert_int_equal(ll_alert_step(&st, &tm, t += MIN_MS, 1, &r, 1), LL_ALERT_NONE);
    for (int i = 0; i < 40; i++)
        assert_int_equal(ll_alert_step(&st, &tm, t += MIN_MS, 0, NULL, 1), LL_ALERT_NONE);
    assert_int_equal(st.active, 0);
}

static void silence_matchers(void **state) {
    (void)state;
    char e[256];
    ll_silence s = {0};
    assert_int_equal(ll_silence_matcher_parse("theme=afval", &s.m[0], e, sizeof(e)), 0);
    assert_int_equal(ll_silence_matcher_parse("wijk!=Noord", &s.m[1], e, sizeof(e)), 0);
    assert_int_equal(s.m[1].negate, 1);
    s.nm = 2;
    s.until_ms = T0_MS + HOUR_MS;
    assert_true(ll_silence_covers(&s, "Rotterdam", "afval", "Charlois", T0_MS));
    assert_true(ll_silence_covers(&s, "Rotterdam", "afval", NULL, T0_MS)); /* city-wide */
    assert_false(ll_silence_covers(&s, "Rotterdam", "afval", "Noord", T0_MS));
    assert_false(ll_silence_covers(&s, "Rotterdam", "parkeren", "Charlois", T0_MS));
    assert_false(ll_silence_covers(&s, "Rotterdam", "afval", "Charlois", T0_MS + HOUR_MS));
    ll_silence_matcher m;
    const char *bad[] = {"afval", "colour=red", "theme=", "=afval", "theme!afval", NULL};
    for (int i = 0; bad[i]; i++) {
        e[0] = '\0';
        assert_int_equal(ll_silence_matcher_parse(bad[i], &m, e, sizeof(e)), -1);
        assert_true(strstr(e, "matcher") != NULL);
    }
    /* a record round trip */
    snprintf(s.id, sizeof(s.id), "0123456789abcdef");
    snprintf(s.comment, sizeof(s.comment), "known: road works");
    s.created_ms = T0_MS;
    char *j = ll_silence_to_json(&s);
    assert_non_null(j);
    ll_silence back;
    assert_int_equal(ll_silence_from_json(j, &back, e, sizeof(e)), 0);
    assert_int_equal(back.nm, 2);
    assert_string_equal(back.comment, "known: road works");
    assert_true(back.until_ms == s.until_ms);
    cJSON_free(j);
    assert_int_equal(ll_silence_from_json("{\"id\":1}", &back, e, sizeof(e)), -1);
}

static void silence_in_detector(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    o.warmup_min = 60;
    char e[256];
    ngot = 0;
    ll_dstore *st = ll_dstore_memory_new(o.memory_min, e, sizeof(e));
    ll_detector *d = ll_detector_new(&o, st, sink, NULL, e, sizeof(e));
    ll_silence s = {0};
    assert_int_equal(ll_silence_matcher_parse("theme=afval", &s.m[0], e, sizeof(e)), 0);
    s.nm = 1;
    s.until_ms = T0_MS + 5 * HOUR_MS + 40 * MIN_MS;
    ll_detector_set_silences(d, &s, 1);
    static ll_dinput in[60];
    static char ids[60][16];
    /* the detector's history starts at its first input: one at 0:00, then an empty morning */
    ll_dinput first = {T0_MS, "s-first", "parkeren", "Charlois", NULL, NULL, 0};
    assert_int_equal(ll_detector_add(d, &first, 1, e, sizeof(e)), 0);
    assert_int_equal(ll_detector_tick(d, T0_MS + 1000, e, sizeof(e)), 0);
    for (int i = 0; i < 60; i++) {
        snprintf(ids[i], sizeof(ids[i]), "s%d", i);
        /* a citizen a minute for an hour from 5:00 */
        in[i] =
            (ll_dinput){T0_MS + 5 * HOUR_MS + i * MIN_MS, ids[i], "afval", "Noord", NULL, NULL, 0};
    }
    assert_int_equal(ll_detector_add(d, in, 60, e, sizeof(e)), 0);
    assert_int_equal(ll_detector_tick(d, T0_MS + 10 * HOUR_MS, e, sizeof(e)), 0);
    /* silenced until 5:40, then it fires with its first start, then resolves */
    assert_int_equal(count("firing", "afval", "Noord"), 1);
    assert_int_equal(count("resolved", "afval", "Noord"), 1);
    assert_true(strcmp(got[0].started, "2026-10-01T05:40:00.000Z") < 0);
    ll_detector_free(d);
    ll_dstore_free(st);
}

static void restore_prevents_second_firing(void **state) {
    (void)state;
    ll_detect_opts o = opts();
    o.warmup_min = 0;
    char e[256];
    ngot = 0;
    ll_dstore *st = ll_dstore_memory_new(o.memory_min, e, sizeof(e));
    ll_detector *d = ll_detector_new(&o, st, sink, NULL, e, sizeof(e));
    const char *prev =
        "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"/luisterloop/detect\",\"type\":"
        "\"nl.luisterloop.alert\",\"time\":\"2026-10-01T04:59:00Z\",\"data\":{\"alert_id\":\"y\","
        "\"status\":\"firing\",\"labels\":{\"theme\":\"afval\",\"wijk\":\"Noord\",\"gemeente\":"
        "\"Rotterdam\"},\"started_at\":\"2026-10-01T04:50:00Z\"}}";
    cJSON *pv = cJSON_Parse(prev);
    assert_int_equal(ll_detector_restore_alert(d, pv, e, sizeof(e)), 0);
    cJSON_Delete(pv);
    assert_int_equal(ll_detector_tick(d, T0_MS + 5 * HOUR_MS, e, sizeof(e)), 0);
    static ll_dinput in[30];
    static char ids[30][16];
    for (int i = 0; i < 30; i++) {
        snprintf(ids[i], sizeof(ids[i]), "r%d", i);
        in[i] =
            (ll_dinput){T0_MS + 5 * HOUR_MS + i * 20000LL, ids[i], "afval", "Noord", NULL, NULL, 0};
    }
    assert_int_equal(ll_detector_add(d, in, 30, e, sizeof(e)), 0);
    assert_int_equal(ll_detector_tick(d, T0_MS + 12 * HOUR_MS, e, sizeof(e)), 0);
    /* it was firing before the restart: no second firing, one resolved */
    assert_int_equal(count("firing", "afval", "Noord"), 0);
    assert_int_equal(count("resolved", "afval", "Noord"), 1);
    assert_string_equal(got[0].started, "2026-10-01T04:50:00.000Z");
    /* a restart after it resolved: the counts of the incident are still
     * in the windows (rebuilt from the store), and start no second one */
    ngot = 0;
    ll_dstore *st2 = ll_dstore_memory_new(o.memory_min, e, sizeof(e));
    ll_detector *d2 = ll_detector_new(&o, st2, sink, NULL, e, sizeof(e));
    char resolved[1024];
    snprintf(resolved, sizeof(resolved),
             "{\"specversion\":\"1.0\",\"id\":\"z\",\"source\":\"/luisterloop/detect\",\"type\":"
             "\"nl.luisterloop.alert\",\"time\":\"2026-10-01T05:40:00Z\",\"data\":{\"alert_id\":"
             "\"y\",\"status\":\"resolved\",\"labels\":{\"theme\":\"afval\",\"wijk\":\"Noord\","
             "\"gemeente\":\"Rotterdam\"},\"started_at\":\"2026-10-01T04:50:00Z\",\"ends_at\":"
             "\"2026-10-01T05:11:00Z\"}}");
    pv = cJSON_Parse(resolved);
    assert_int_equal(ll_detector_restore_alert(d2, pv, e, sizeof(e)), 0);
    cJSON_Delete(pv);
    assert_int_equal(ll_detector_add(d2, in, 30, e, sizeof(e)), 0);
    assert_int_equal(ll_detector_tick(d2, T0_MS + 5 * HOUR_MS + 41 * MIN_MS, e, sizeof(e)), 0);
    assert_int_equal(ll_detector_tick(d2, T0_MS + 9 * HOUR_MS, e, sizeof(e)), 0);
    assert_int_equal(ngot, 0);
    ll_detector_free(d2);
    ll_dstore_free(st2);
    cJSON *bad = cJSON_Parse("{\"data\":{}}");
    assert_int_equal(ll_detector_restore_alert(d, bad, e, sizeof(e)), -1);
    cJSON_Delete(bad);
    ll_detector_free(d);
    ll_dstore_free(st);
}

/* A saved model as "field\tvalue\n" lines (what the live role keeps in Redis). */
typedef struct saved_model {
    char text[8192];
    size_t n;
} saved_model;

static int model_put(void *arg, const char *field, const char *value) {
    saved_model *sm = arg;
    int k = snprintf(sm->text + sm->n, sizeof(sm->text) - sm->n, "%s\t%s\n", field, value);
    assert_true(k > 0 && (size_t)k < sizeof(sm->text) - sm->n);
    sm->n += (size_t)k;
    return 0;
}

static void model_save_of(const ll_detector *d, saved_model *sm) {
    sm->n = 0;
    sm->text[0] = '\0';
    assert_int_equal(ll_detector_model_dump(d, model_put, sm), 0);
}

static void model_load_into(ll_detector *d, const saved_model *sm) {
    char copy[sizeof(sm->text)];
    snprintf(copy, sizeof(copy), "%s", sm->text);
    char *save = NULL;
    for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char *tab = strchr(line, '\t');
        assert_non_null(tab);
        *tab = '\0';
        assert_int_equal(ll_detector_model_load(d, line, tab + 1), 0);
    }
}

/* The alert events a detector sent, as published (for a restart to read back). */
static char sent_json[8][2048];
static int nsent;

static int keeping_sink(void *arg, const char *alert_id, const cJSON *ev) {
    assert_true(nsent < 8);
    char *j = cJSON_PrintUnformatted(ev);
    snprintf(sent_json[nsent++], sizeof(sent_json[0]), "%s", j);
    cJSON_free(j);
    return sink(arg, alert_id, ev);
}

/* The live clock with one-minute windows and no warm-up: the setting where a minute whose
 * evaluation is lost is never decided again (the abort and restart tests). */
static ll_detect_opts live_minute_opts(void) {
    ll_detect_opts o = opts();
    o.event_clock = 0; /* live: the wall clock */
    o.stat.nwin = 1;
    o.stat.win_min[0] = 1;
    o.stat.min_count = 5;
    o.warmup_min = 0;
    return o;
}

/* A detector killed after it evaluated a minute and before that minute's alerts were committed
 * (its model was saved at the minute before, the last committed): the restarted one, a minute
 * on, evaluates that minute first, so the alert goes out once, at its own time; with one-minute
 * windows nothing else would decide it again. One whose alert was committed (the model saved
 * after it, the alert on the topic) sends no second firing. Either way the restarted detector
 * ends where one never killed does: the same model, each minute evaluated and learnt once. */
static void restart_evaluates_the_minutes_not_committed(void **state) {
    (void)state;
    char e[256];
    ll_detect_opts o = live_minute_opts();
    long long m = (T0_MS + 5 * HOUR_MS) / MIN_MS;
    static ll_dinput in[12];
    static char ids[12][16];
    for (int i = 0; i < 12; i++) {
        snprintf(ids[i], sizeof(ids[i]), "kill-%d", i);
        in[i] = (ll_dinput){m * MIN_MS + 700 * i, ids[i], "afval", "Noord", NULL, "tekst", 0};
    }
    ll_dstore *st = ll_dstore_memory_new(o.memory_min, e, sizeof(e));
    ll_detector *d = ll_detector_new(&o, st, keeping_sink, NULL, e, sizeof(e));
    assert_non_null(d);
    ngot = nsent = 0;
    assert_int_equal(ll_detector_add(d, in, 12, e, sizeof(e)), 0);
    assert_int_equal(ll_detector_tick(d, m * MIN_MS + 10000, e, sizeof(e)), 0);
    static saved_model before, after, never_killed, restarted;
    model_save_of(d, &before); /* all of minute m - 1 is committed */
    assert_int_equal(ll_detector_tick(d, (m + 1) * MIN_MS + 5000, e, sizeof(e)), 0);
    assert_int_equal(count("firing", "afval", "Noord"), 1);
    assert_int_equal(nsent, 1);
    model_save_of(d, &after); /* minute m's alert committed */
    for (long long k = 2; k <= 40; k++)
        assert_int_equal(ll_detector_tick(d, (m + k) * MIN_MS + 5000, e, sizeof(e)), 0);
    assert_int_equal(count("resolved", "afval", "Noord"), 1);
    model_save_of(d, &never_killed);
    ll_detector_free(d);
    ll_dstore_free(st);

    for (int committed = 0; committed < 2; committed++) {
        /* the restart: the saved model, the alerts on the topic, the store's counts (the
         * memory store: the input counted again), a minute on */
        ngot = 0;
        st = ll_dstore_memory_new(o.memory_min, e, sizeof(e));
        d = ll_detector_new(&o, st, sink, NULL, e, sizeof(e));
        assert_non_null(d);
        model_load_into(d, committed ? &after : &before);
        if (committed) {
            cJSON *ev = cJSON_Parse(sent_json[0]);
            assert_int_equal(ll_detector_restore_alert(d, ev, e, sizeof(e)), 0);
            cJSON_Delete(ev);
        }
        assert_int_equal(ll_detector_add(d, in, 12, e, sizeof(e)), 0);
        assert_int_equal(ll_detector_tick(d, (m + 2) * MIN_MS + 5000, e, sizeof(e)), 0);
        assert_int_equal(count("firing", "afval", "Noord"), !committed);
        if (!committed)
            assert_true(got[0].at_ms == (m + 1) * MIN_MS); /* minute m's, in order */
        assert_int_equal(count("firing", NULL, NULL), count("firing", "afval", "Noord"));
        for (long long k = 3; k <= 40; k++)
            assert_int_equal(ll_detector_tick(d, (m + k) * MIN_MS + 5000, e, sizeof(e)), 0);
        assert_int_equal(count("firing", "afval", "Noord"), !committed);
        assert_int_equal(count("resolved", "afval", "Noord"), 1);
        assert_int_equal(count("resolved", NULL, NULL), 1);
        model_save_of(d, &restarted);
        assert_string_equal(restarted.text, never_killed.text);
        ll_detector_free(d);
        ll_dstore_free(st);
    }
}

/* ---- the live role's transactions, on librdkafka's mock cluster ---- */

static long long live_clock; /* the wall clock of ll_detect_live's turns */
static long long live_now(void) { return live_clock; }

/* The alert events on topic of the mock cluster at brokers (its one partition, from the
 * start): how many have status st and labels theme and wijk; *observed: the last one's. */
static int alerts_on(const char *brokers, const char *topic, const char *st, const char *theme,
                     const char *wijk, int *observed) {
    char e[512];
    rd_kafka_conf_t *cc = rd_kafka_conf_new();
    assert_int_equal(rd_kafka_conf_set(cc, "bootstrap.servers", brokers, e, sizeof(e)),
                     RD_KAFKA_CONF_OK);
    assert_int_equal(rd_kafka_conf_set(cc, "group.id", "test-detect-read", e, sizeof(e)),
                     RD_KAFKA_CONF_OK);
    assert_int_equal(rd_kafka_conf_set(cc, "enable.partition.eof", "true", e, sizeof(e)),
                     RD_KAFKA_CONF_OK);
    assert_int_equal(rd_kafka_conf_set(cc, "isolation.level", "read_committed", e, sizeof(e)),
                     RD_KAFKA_CONF_OK);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, cc, e, sizeof(e));
    assert_non_null(rk);
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(l, topic, 0)->offset = RD_KAFKA_OFFSET_BEGINNING;
    assert_int_equal(rd_kafka_assign(rk, l), RD_KAFKA_RESP_ERR_NO_ERROR);
    rd_kafka_topic_partition_list_destroy(l);
    int n = 0, eof = 0;
    long long until = ll_mono_us() + 20000000LL;
    while (!eof && ll_mono_us() < until) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
        if (!m)
            continue;
        if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF)
            eof = 1;
        else if (!m->err) {
            cJSON *ev = cJSON_ParseWithLength(m->payload, m->len);
            const cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data");
            const cJSON *lb = cJSON_GetObjectItemCaseSensitive(d, "labels");
            const char *w = ll_json_str(lb, "wijk");
            if (!strcmp(ll_json_str(d, "status"), st) && !strcmp(ll_json_str(lb, "theme"), theme) &&
                !strcmp(w ? w : "", wijk)) {
                n++;
                *observed = cJSON_GetObjectItemCaseSensitive(d, "observed")->valueint;
            }
            cJSON_Delete(ev);
        }
        rd_kafka_message_destroy(m);
    }
    assert_true(eof);
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return n;
}

/* A minute's alert whose transaction aborts goes out in the next one, once. With one-minute
 * windows the minute that fired is out of the windows at the next evaluation: an alert not
 * kept for the next transaction is never decided again. The abort: the broker refuses to add
 * the alerts topic to the transaction. The input is read again after it (counting nothing
 * twice), and the later minutes neither fire the alert again nor lose it. */
static void alert_of_an_aborted_transaction_is_sent_once(void **state) {
    (void)state;
    char e[512];
    rd_kafka_conf_t *oc = rd_kafka_conf_new();
    assert_int_equal(rd_kafka_conf_set(oc, "log_level", "0", e, sizeof(e)), RD_KAFKA_CONF_OK);
    rd_kafka_t *owner = rd_kafka_new(RD_KAFKA_PRODUCER, oc, e, sizeof(e));
    assert_non_null(owner);
    rd_kafka_mock_cluster_t *mc = rd_kafka_mock_cluster_new(owner, 1);
    assert_non_null(mc);
    const ll_config_section *secs[] = {&ll_detect_config};
    ll_config cfg;
    assert_int_equal(ll_config_load(&cfg, NULL, secs, 1, e, sizeof(e)), 0);
    snprintf(cfg.brokers, sizeof(cfg.brokers), "%s", rd_kafka_mock_cluster_bootstraps(mc));
    assert_int_equal(rd_kafka_mock_topic_create(mc, cfg.topic_alerts, 1, 1), 0);

    ll_detect_opts o = live_minute_opts();
    ll_detect_live *lv = ll_detect_live_new(&cfg, &o, live_now, e, sizeof(e));
    assert_non_null(lv);
    ll_detector *d = ll_detect_live_detector(lv);
    rd_kafka_topic_partition_list_t *rewind = NULL;

    /* twelve citizens on one wijk within minute m, counted 10 s into it */
    long long m = (T0_MS + 5 * HOUR_MS) / MIN_MS;
    static ll_dinput in[12];
    static char ids[12][16];
    for (int i = 0; i < 12; i++) {
        snprintf(ids[i], sizeof(ids[i]), "live-%d", i);
        in[i] = (ll_dinput){m * MIN_MS + 500 * i, ids[i], "afval", "Noord", NULL, "tekst", 0};
    }
    live_clock = m * MIN_MS + 10000;
    assert_int_equal(ll_detect_live_batch(lv, in, 12, &rewind), LL_TXN_COMMITTED);
    ll_detect_counters c0;
    ll_detector_counters(d, &c0);
    assert_int_equal(c0.new_threads, 12);

    /* minute m ends: it fires, and its transaction aborts */
    rd_kafka_mock_push_request_errors(mc, 24 /* AddPartitionsToTxn */, 1,
                                      RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED);
    live_clock = (m + 1) * MIN_MS + 5000;
    assert_int_equal(ll_detect_live_batch(lv, NULL, 0, &rewind), LL_TXN_ABORTED);
    assert_null(rewind); /* the test's batch has no offsets: its input is read again below */

    /* the input read again, a second later: nothing new is counted */
    live_clock += 1000;
    assert_int_equal(ll_detect_live_batch(lv, in, 12, &rewind), LL_TXN_COMMITTED);
    ll_detect_counters c1;
    ll_detector_counters(d, &c1);
    assert_int_equal(c1.new_threads, 12);
    /* the next minutes end, quiet */
    for (int k = 2; k <= 4; k++) {
        live_clock = (m + k) * MIN_MS + 5000;
        assert_int_equal(ll_detect_live_batch(lv, NULL, 0, &rewind), LL_TXN_COMMITTED);
    }
    int observed = -1;
    assert_int_equal(
        alerts_on(cfg.brokers, cfg.topic_alerts, "firing", "afval", "Noord", &observed), 1);
    assert_int_equal(observed, 12);
    /* one incident: its parents are inhibited, nothing else fired or resolved */
    assert_int_equal(alerts_on(cfg.brokers, cfg.topic_alerts, "firing", "afval", "", &observed), 0);
    assert_int_equal(
        alerts_on(cfg.brokers, cfg.topic_alerts, "resolved", "afval", "Noord", &observed), 0);
    ll_detect_live_free(lv);
    ll_config_free(&cfg);
    rd_kafka_mock_cluster_destroy(mc);
    rd_kafka_destroy(owner);
}

static void fingerprint_is_stable(void **state) {
    (void)state;
    char a[LL_ALERT_ID_LEN + 1], b[LL_ALERT_ID_LEN + 1], c[LL_ALERT_ID_LEN + 1];
    ll_alert_id("Rotterdam", "afval", "Noord", a);
    ll_alert_id("Rotterdam", "afval", "Noord", b);
    ll_alert_id("Rotterdam", "afval", NULL, c);
    assert_string_equal(a, b);
    assert_string_not_equal(a, c);
    assert_int_equal(strlen(a), LL_ALERT_ID_LEN);
}

/* ---- bad input ---- */

static void input_lines(void **state) {
    (void)state;
    struct {
        const char *json, *field;
    } bad[] = {
        {"[1,2]", ""},
        {"{\"time\":\"2026-10-01T00:00:00Z\",\"theme\":\"afval\"}", "id"},
        {"{\"id\":\"a\",\"time\":\"yesterday\",\"theme\":\"afval\"}", "time"},
        {"{\"id\":\"a\",\"time\":\"1999-10-01T00:00:00Z\",\"theme\":\"afval\"}", "time"},
        {"{\"id\":\"a\",\"time\":\"2026-10-01T00:00:00Z\"}", "theme"},
        {"{\"id\":\"a\",\"time\":\"2026-10-01T00:00:00Z\",\"theme\":\"a|b\"}", "theme"},
        {"{\"id\":\"a\",\"time\":\"2026-10-01T00:00:00Z\",\"theme\":\"afval\",\"wijk\":7}", "wijk"},
        {"{\"id\":\"a\",\"time\":\"2026-10-01T00:00:00Z\",\"theme\":\"afval\",\"colour\":1}",
         "colour"},
        {"{\"id\":\"a\",\"time\":\"2026-10-01T00:00:00Z\",\"theme\":\"afval\",\"thread\":\"\"}",
         "thread"},
        {"{\"specversion\":\"1.0\",\"id\":\"a\",\"time\":\"2026-10-01T00:00:00Z\",\"type\":\"x\"}",
         "type"},
        {"{\"specversion\":\"1.0\",\"id\":\"a\",\"time\":\"2026-10-01T00:00:00Z\",\"type\":"
         "\"nl.luisterloop.feedback.enriched\",\"data\":{\"theme\":\"afval\",\"area\":{\"wijk\":\"{"
         "x}\"}}}",
         "data.area.wijk"},
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        cJSON *ev = cJSON_Parse(bad[i].json);
        assert_non_null(ev);
        ll_dinput in;
        ll_err err = {0};
        assert_int_equal(ll_detect_input_from_json(ev, &in, &err), -1);
        assert_string_equal(err.field, bad[i].field);
        assert_true(err.msg[0] != '\0');
        cJSON_Delete(ev);
    }
    cJSON *ok = cJSON_Parse(
        "{\"specversion\":\"1.0\",\"id\":\"a\",\"time\":\"2026-10-01T00:00:00Z\",\"type\":"
        "\"nl.luisterloop.feedback.enriched\",\"data\":{\"theme\":\"afval\",\"text\":\"Vol\","
        "\"area\":{\"wijk\":\"Noord\"},\"thread\":{\"id\":\"th1\",\"contacts\":2}}}");
    ll_dinput in;
    ll_err err = {0};
    assert_int_equal(ll_detect_input_from_json(ok, &in, &err), 0);
    assert_string_equal(in.wijk, "Noord");
    assert_string_equal(in.thread, "th1");
    assert_string_equal(in.quote, "Vol");
    assert_int_equal(in.withheld, 0);
    assert_true(in.t_ms == T0_MS);
    cJSON_Delete(ok);
    /* the urgency names a suicidal family: no quote, withheld (ll_event_tells_of_suicide) */
    const char *reasons[] = {"[\"suicidal statement: death wish: 'niet meer zijn'\"]",
                             "[\"acute danger: 'gas'\",\"self-harm\"]",
                             "[\"suicidal statements of a cat\"]", "[]"};
    for (int i = 0; i < 4; i++) {
        char json[512];
        snprintf(json, sizeof(json),
                 "{\"specversion\":\"1.0\",\"id\":\"a\",\"time\":\"2026-10-01T00:00:00Z\","
                 "\"type\":\"nl.luisterloop.feedback.enriched\",\"data\":{\"theme\":\"afval\","
                 "\"text\":\"Vol\",\"urgency\":{\"level\":\"critical\",\"reasons\":%s}}}",
                 reasons[i]);
        cJSON *ev = cJSON_Parse(json);
        assert_int_equal(ll_detect_input_from_json(ev, &in, &err), 0);
        assert_int_equal(in.withheld, i < 2);
        assert_true(i < 2 ? in.quote == NULL : in.quote != NULL);
        cJSON_Delete(ev);
    }
}

static void options_checked(void **state) {
    (void)state;
    char e[256];
    ll_detect_opts o = opts();
    ll_dstore *st = ll_dstore_memory_new(60, e, sizeof(e));
    o.stat.win_min[1] = 5; /* not ascending */
    assert_null(ll_detector_new(&o, st, sink, NULL, e, sizeof(e)));
    o = opts();
    o.stat.win_min[3] = 240;
    o.lateness_s = 3600; /* the ring cannot hold window and lateness */
    assert_null(ll_detector_new(&o, st, sink, NULL, e, sizeof(e)));
    assert_true(strstr(e, "lateness") != NULL);
    ll_dstore_free(st);
}

int main(void) {
    if (sodium_init() < 0)
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(poisson_tail_values),
        cmocka_unit_test(scan_needs_count_ratio_and_p),
        cmocka_unit_test(ears_c2_sd_floor),
        cmocka_unit_test(profile_learns_day_and_week),
        cmocka_unit_test(level_shrinks_sparse_series),
        cmocka_unit_test(pooled_prior_bounds_one_series),
        cmocka_unit_test(steady_series_is_quiet),
        cmocka_unit_test(sparse_series_is_quiet),
        cmocka_unit_test(weekend_is_not_a_spike),
        cmocka_unit_test(spike_is_one_incident),
        cmocka_unit_test(alert_quotes_keep_the_street_not_the_number),
        cmocka_unit_test(alert_quotes_are_distinct_and_withhold_suicide),
        cmocka_unit_test(thinning_spike_is_one_incident),
        cmocka_unit_test(unlocated_contacts_of_a_spike_are_one_incident),
        cmocka_unit_test(citywide_spread_spike_alerts_citywide),
        cmocka_unit_test(repeat_storm_is_not_a_spike),
        cmocka_unit_test(warmup_holds_alerts_back),
        cmocka_unit_test(flood_in_one_series_silences_no_other),
        cmocka_unit_test(flood_teaches_the_profile_nothing),
        cmocka_unit_test(young_detector_names_the_minutes_it_saw),
        cmocka_unit_test(demo_alert_within_minutes),
        cmocka_unit_test(split_spike_is_one_incident),
        cmocka_unit_test(recount_and_lateness),
        cmocka_unit_test(memory_store_marks),
        cmocka_unit_test(lifecycle_fire_repeat_resolve),
        cmocka_unit_test(lifecycle_silence),
        cmocka_unit_test(silence_matchers),
        cmocka_unit_test(silence_in_detector),
        cmocka_unit_test(restore_prevents_second_firing),
        cmocka_unit_test(alert_of_an_aborted_transaction_is_sent_once),
        cmocka_unit_test(restart_evaluates_the_minutes_not_committed),
        cmocka_unit_test(fingerprint_is_stable),
        cmocka_unit_test(input_lines),
        cmocka_unit_test(options_checked),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    free(evs);
    return rc;
}
