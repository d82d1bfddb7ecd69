/* detector.c - the early-warning detector: counts in, alerts out, on an event clock or a wall clock. */
#include "detector.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "address.h"
#include "detect_model.h"
#include "event.h"
#include "keys.h"
#include "text.h"

#define R LL_DETECT_RING_MIN
#define NO_MINUTE (-1LL)
/* Live: an event more than this ahead of the clock is not counted. */
#define FUTURE_SLACK_MIN 2
#define KEY_BYTES (2 * LL_DETECT_LABEL_BYTES + 2)

enum series_kind { K_THEME_WIJK = 0, K_THEME, K_WIJK, K_COUNT };

typedef struct series {
    char key[KEY_BYTES]; /* "theme|wijk", "*" for all */
    char theme[LL_DETECT_LABEL_BYTES], wijk[LL_DETECT_LABEL_BYTES];
    enum series_kind kind;
    int parent[2]; /* theme x wijk: its theme and its wijk series, or -1 */
    char alert_id[LL_ALERT_ID_LEN + 1];
    long long ring_min[R];
    int ring_n[R];
    int obs[LL_DETECT_MAX_WINDOWS]; /* new threads in each window ending at eval_min */
    ll_dlevel level;
    ll_alert_state alert;
    /* the latest new threads of distinct quotes, newest first, for sample_ids and quotes */
    struct {
        char id[LL_MAX_ID_BYTES + 1];
        char quote[LL_DETECT_QUOTE_BYTES + 1];
        int withheld; /* told of suicide or self-harm: no quote (ll_event_tells_of_suicide) */
    } sample[LL_DETECT_SAMPLES];
    int nsamples;
    /* this minute's evaluation */
    ll_dstat_result res;
    int cond;
    /* parents: summed excess of their children's incidents in each window
     * as this parent tests it, and (last) in the hold window */
    double excess[LL_DETECT_MAX_WINDOWS + 1];
    int nstarted;      /* parents: children whose incident started this minute */
    double child_rate; /* parents: the summed rates of their theme x wijk children */
    /* parents: the minute their start was held for a pending child (NO_MINUTE: none), and
     * the start test of that minute, which goes out a minute late when no child fired */
    long long held_min;
    ll_dstat_result held_res;
} series;

struct ll_detector {
    ll_detect_opts o;
    ll_alert_timing tm;
    ll_dstore *store;
    ll_alert_sink sink;
    void *arg;
    series *s;
    int ns;
    double prior[K_COUNT]; /* per kind, this minute's (pool_priors) */
    double pool_c[LL_DETECT_MAX_SERIES], pool_e[LL_DETECT_MAX_SERIES],
        pool_scratch[LL_DETECT_MAX_SERIES];
    int index[2 * LL_DETECT_MAX_SERIES]; /* open addressing on key, -1 empty */
    ll_dprofile profile;
    double decay;
    /* profile factors summed over the ring's minutes up to eval_min (0 for
     * minutes before the first seen): a window's expected-count weight */
    double fcum[R + 1];
    long long clock_ms;   /* the detector's now; never goes back */
    long long eval_min;   /* last minute evaluated */
    long long closed_min; /* last minute learnt */
    long long first_min;  /* minute of the first event, or of a restored model */
    long long data_min;   /* earliest minute counted (NO_MINUTE: none) */
    long long seen_from;  /* the earlier of the two: windows count from here (evaluate) */
    int restored_first;   /* first_min came from a saved model */
    /* from a saved model: the last minute evaluated and the last learnt when it was saved
     * (NO_MINUTE: none); the first tick goes on from there (advance) */
    long long resume_eval, resume_closed;
    ll_silence silences[LL_MAX_SILENCES];
    int nsilences;
    ll_detect_counters ctr;
    int stopped;
    ll_dmark marks[LL_DETECT_BATCH_MAX * 3];
    int mark_series[LL_DETECT_BATCH_MAX * 3];
};

static const char *const method_names[] = {"poisson-scan", "ears-c2"};

int ll_detect_label_ok(const char *s) {
    size_t n = s ? strlen(s) : 0;
    if (n == 0 || n >= LL_DETECT_LABEL_BYTES || ll_has_control(s))
        return 0;
    return strpbrk(s, "{}|*") == NULL;
}

static int series_find(const ll_detector *d, const char *key) {
    size_t mask = sizeof(d->index) / sizeof(d->index[0]) - 1, i = ll_fnv1a_str(key) & mask;
    while (d->index[i] >= 0) {
        if (!strcmp(d->s[d->index[i]].key, key))
            return d->index[i];
        i = (i + 1) & mask;
    }
    return -1;
}

/* theme "*" is every theme, wijk "*" the whole gemeente. -1 when full. */
static int series_get(ll_detector *d, const char *theme, const char *wijk) {
    char key[KEY_BYTES];
    snprintf(key, sizeof(key), "%s|%s", theme, wijk);
    int at = series_find(d, key);
    if (at >= 0)
        return at;
    if (d->ns >= LL_DETECT_MAX_SERIES)
        return -1;
    enum series_kind kind = !strcmp(theme, "*")  ? K_WIJK
                            : !strcmp(wijk, "*") ? K_THEME
                                                 : K_THEME_WIJK;
    int p0 = -1, p1 = -1;
    if (kind == K_THEME_WIJK) {
        /* parents first, so they exist whenever a child does */
        if ((p0 = series_get(d, theme, "*")) < 0 || (p1 = series_get(d, "*", wijk)) < 0 ||
            d->ns >= LL_DETECT_MAX_SERIES)
            return -1;
    }
    series *s = &d->s[d->ns];
    memset(s, 0, sizeof(*s));
    snprintf(s->key, sizeof(s->key), "%s", key);
    snprintf(s->theme, sizeof(s->theme), "%s", theme);
    snprintf(s->wijk, sizeof(s->wijk), "%s", wijk);
    s->kind = kind;
    s->parent[0] = p0;
    s->parent[1] = p1;
    for (int i = 0; i < R; i++)
        s->ring_min[i] = NO_MINUTE;
    s->held_min = NO_MINUTE;
    ll_alert_id(d->o.gemeente, theme, kind == K_THEME ? NULL : wijk, s->alert_id);
    size_t mask = sizeof(d->index) / sizeof(d->index[0]) - 1, i = ll_fnv1a_str(key) & mask;
    while (d->index[i] >= 0)
        i = (i + 1) & mask;
    d->index[i] = d->ns;
    return d->ns++;
}

static int ring_get(const series *s, long long m) {
    int i = (int)(((m % R) + R) % R);
    return s->ring_min[i] == m ? s->ring_n[i] : 0;
}

static void ring_add(ll_detector *d, series *s, long long m, int n) {
    int i = (int)(((m % R) + R) % R);
    if (s->ring_min[i] != m) {
        s->ring_min[i] = m;
        s->ring_n[i] = 0;
    }
    s->ring_n[i] += n;
    if (n > 0 && m >= 0 && (d->data_min == NO_MINUTE || m < d->data_min))
        d->data_min = m;
    if (d->eval_min != NO_MINUTE && m <= d->eval_min)
        for (int w = 0; w < d->o.stat.nwin; w++)
            if (m > d->eval_min - d->o.stat.win_min[w])
                s->obs[w] += n;
}

/* A repeat of a quote already held replaces it (as the newest) instead of the oldest
 * sample: an alert quoted one text twice when it came under two keys or from two threads
 * (user check of 12-01), and three samples are too few to spend two on one text. */
static void sample_add(series *s, const ll_dinput *in) {
    char q[LL_DETECT_QUOTE_BYTES + 1] = "";
    /* an alert's quote tells of a theme in a district, not of one address (core/address.h) */
    if (in->quote && !in->withheld)
        ll_address_quote(in->quote, strlen(in->quote), q, sizeof(q));
    int at = s->nsamples < LL_DETECT_SAMPLES ? s->nsamples : LL_DETECT_SAMPLES - 1;
    for (int i = 0; q[0] && i < s->nsamples; i++)
        if (!strcmp(s->sample[i].quote, q)) {
            at = i;
            break;
        }
    if (at == s->nsamples)
        s->nsamples++;
    memmove(&s->sample[1], &s->sample[0], (size_t)at * sizeof(s->sample[0]));
    snprintf(s->sample[0].id, sizeof(s->sample[0].id), "%s", in->id);
    memcpy(s->sample[0].quote, q, sizeof(q));
    s->sample[0].withheld = in->withheld;
}

/* ---- evaluation ---- */

/* The first minute a new incident of s may be built on: an incident that
 * has ended owns the minutes up to the last one its condition held in, so
 * the counts that made it cannot start a second one while the long windows
 * still hold them (NO_MINUTE: nothing owned). */
static long long since_min(const series *s) {
    return !s->alert.active && s->alert.last_true_ms > 0 ? s->alert.last_true_ms / 60000
                                                         : NO_MINUTE;
}

/* Expected-count weight (summed profile factors) of minutes a..b, within the
 * ring ending at eval_min. */
static double fsum_of(const ll_detector *d, long long a, long long b) {
    long long lo = d->eval_min - R + 1;
    if (a < lo)
        a = lo;
    if (b > d->eval_min)
        b = d->eval_min;
    return b < a ? 0 : d->fcum[b - lo + 1] - d->fcum[a - lo];
}

/* Counts of s in minutes a..b (a window's start to eval_min, mostly). */
static int count_of(const series *s, long long a, long long b) {
    int n = 0;
    for (long long k = a; k <= b; k++)
        n += ring_get(s, k);
    return n;
}

/* The prior of each kind, from the levels as they are this minute (evaluate, before any
 * test): pooled over the series of that kind, so the wijk series share the events that have
 * a wijk, the theme series all of them, and no flooded series sets the others' prior
 * (ll_dlevel_pooled). Pooled from the levels, not from the city-wide total the profile
 * learns, so the minutes of an active alert stay out of it as they stay out of the level. */
static void pool_priors(ll_detector *d) {
    for (int k = 0; k < K_COUNT; k++) {
        int n = 0;
        for (int i = 0; i < d->ns; i++)
            if (d->s[i].kind == (enum series_kind)k) {
                d->pool_c[n] = d->s[i].level.c;
                d->pool_e[n] = d->s[i].level.e;
                n++;
            }
        d->prior[k] = ll_dlevel_pooled(d->pool_c, d->pool_e, n, d->pool_scratch);
    }
}

static double prior_rate(const ll_detector *d, const series *s) { return d->prior[s->kind]; }

/* A series' rate: its own history and the pooled rate of its kind, which
 * weighs prior_min minutes, or as many minutes as the model has learnt when
 * that is fewer: a young model's average is no surer than the series' own
 * few minutes (a detector warmed up for minutes, not days, as in the demo,
 * would otherwise hold every popular series to the average). */
static double prior_weight(const ll_detector *d) {
    double w = d->o.prior_min;
    if ((double)d->profile.minutes < w)
        w = d->profile.minutes > 1 ? (double)d->profile.minutes : 1;
    return w;
}

static double level_rate(const ll_detector *d, const series *s) {
    return ll_dlevel_rate(&s->level, prior_rate(d, s), prior_weight(d));
}

/* What res's figures cover: "71 observed, 22.5 expected in 180 min" on a detector 13 minutes
 * old counted 13 of them, against a baseline that was mostly the prior (user check of 12-01,
 * REPORT-user3 item 13). window_min keeps its meaning (the window tested); span_min and
 * prior_share say the rest. */
static void res_baseline(const ll_detector *d, const series *s, const long long *lo,
                         ll_dstat_result *res) {
    const ll_dstat_params *p = &d->o.stat;
    long long m = d->eval_min, from = lo[0];
    for (int w = 0; w < p->nwin; w++)
        if (p->win_min[w] == res->window_min)
            from = lo[w];
    if (d->seen_from != NO_MINUTE && d->seen_from > from)
        from = d->seen_from;
    long long span = m - from + 1;
    res->span_min = span < 1 ? 1 : span > res->window_min ? res->window_min : (int)span;
    double w = prior_weight(d), e = s->level.e > 0 ? s->level.e : 0;
    /* EARS compares with past bins of its own, no prior */
    res->prior_share = p->method == LL_DSTAT_SCAN ? w / (e + w) : 0;
}

/* The start test of series s with the thresholds p (d->o.stat, or those without the floor
 * for pending): each window from lo[w] (its start, or later when an ended incident owns
 * its first minutes) to eval_min, with the counts reduced by sub[] (its children's incidents;
 * NULL for none). */
static void test_series(ll_detector *d, const ll_dstat_params *p, series *s, const long long *lo,
                        const double *sub, int strict, ll_dstat_result *res) {
    long long m = d->eval_min;
    if (p->method == LL_DSTAT_SCAN) {
        int obs[LL_DETECT_MAX_WINDOWS];
        double expd[LL_DETECT_MAX_WINDOWS];
        double rate = level_rate(d, s);
        for (int w = 0; w < p->nwin; w++) {
            int full = lo[w] == m - p->win_min[w] + 1;
            double o = (full ? s->obs[w] : count_of(s, lo[w], m)) - (sub ? sub[w] : 0);
            obs[w] = o > 0 ? (int)floor(o + 0.5) : 0;
            expd[w] = rate * fsum_of(d, lo[w], m);
        }
        ll_dstat_scan(p, obs, expd, strict, res);
        return;
    }
    int w0 = p->win_min[0], base[LL_EARS_BASELINE_BINS];
    for (int b = 0; b < LL_EARS_BASELINE_BINS; b++) {
        long long hi = m - (long long)(b + LL_EARS_GUARD_BINS + 1) * w0;
        base[b] = 0;
        for (long long k = hi - w0 + 1; k <= hi; k++)
            base[b] += ring_get(s, k);
    }
    double x = count_of(s, lo[0], m) - (sub ? sub[0] : 0);
    ll_dstat_ears_c2(p, x > 0 ? (int)floor(x + 0.5) : 0, base, strict, res);
}

/* The condition of an incident under way: its last hold_min minutes still
 * bring at least one new thread and hold_ratio times what is expected.
 * Weaker than the start test on purpose (hysteresis: a spike that thins
 * out is not resolved and fired again), and on a short window, so that an
 * alert resolves within hold_min + quiet_min of the spike's end instead of
 * when the longest window has let go of it. */
static int hold_test(const ll_detector *d, const series *s, double sub) {
    long long m = d->eval_min, a = m - d->o.hold_min + 1;
    double o = count_of(s, a, m) - sub;
    return o >= 1 && o >= d->o.hold_ratio * level_rate(d, s) * fsum_of(d, a, m);
}

/* The window starts of s at minute m (the last: the hold window's). */
static void window_starts(const ll_detector *d, const series *s, long long m, long long *lo) {
    const ll_dstat_params *p = &d->o.stat;
    long long since = since_min(s);
    for (int w = 0; w < p->nwin; w++) {
        lo[w] = m - p->win_min[w] + 1;
        if (since != NO_MINUTE && since > lo[w])
            lo[w] = since <= m ? since : m + 1;
    }
    lo[p->nwin] = m - d->o.hold_min + 1;
}

static int silenced(const ll_detector *d, const series *s, long long now_ms) {
    for (int i = 0; i < d->nsilences; i++)
        if (ll_silence_covers(&d->silences[i], d->o.gemeente, s->theme,
                              s->kind == K_THEME ? NULL : s->wijk, now_ms))
            return 1;
    return 0;
}

static int emit(ll_detector *d, series *s, enum ll_alert_action act, long long now_ms) {
    if (act == LL_ALERT_NONE)
        return 0;
    const char *ids[LL_DETECT_SAMPLES], *quotes[LL_DETECT_SAMPLES];
    int withheld = 0;
    for (int i = 0; i < s->nsamples; i++) {
        ids[i] = s->sample[i].id;
        quotes[i] = s->sample[i].quote;
        withheld += s->sample[i].withheld;
    }
    ll_alert_info ai = {.alert_id = s->alert_id,
                        .gemeente = d->o.gemeente,
                        .theme = s->theme,
                        .wijk = s->kind == K_THEME ? NULL : s->wijk,
                        .method = method_names[d->o.stat.method],
                        .source = d->o.source,
                        .st = &s->alert,
                        .action = act,
                        .now_ms = now_ms,
                        .sample_ids = ids,
                        .quotes = quotes,
                        .nsamples = s->nsamples,
                        .quotes_withheld = withheld};
    cJSON *ev = ll_alert_event(&ai);
    if (!ev)
        return -1;
    int rc = d->sink(d->arg, s->alert_id, ev);
    cJSON_Delete(ev);
    return rc ? -1 : 0;
}

/* The minutes of theme x wijk series s that its incident owns at minute m: all while it is
 * under way, up to its end once it has ended (while the longest window still holds them);
 * NO_MINUTE: none. */
static long long owned_to(const ll_detector *d, const series *s, long long m) {
    const ll_dstat_params *p = &d->o.stat;
    long long since = since_min(s);
    long long to = s->alert.active ? m : since != NO_MINUTE ? since - 1 : NO_MINUTE;
    return to != NO_MINUTE && to >= m - p->win_min[p->nwin - 1] + 1 ? to : NO_MINUTE;
}

/* What a theme x wijk child's excess counts for in parent pa: a theme's contacts without a
 * wijk count in its city-wide series only, and a local rise brings such contacts too, in the
 * share the theme usually has of them, so a child's excess is scaled up by the parent's rate
 * over its located children's (at most LL_DETECT_UNLOCATED_MAX times). */
static double excess_scale(const ll_detector *d, const series *pa) {
    double pr = level_rate(d, pa);
    double scale = pa->child_rate > 0 && pr > pa->child_rate ? pr / pa->child_rate : 1;
    return scale > LL_DETECT_UNLOCATED_MAX ? LL_DETECT_UNLOCATED_MAX : scale;
}

/* Adds to out[] the excess of series s over its expected count in minutes from..to, in each
 * window of parent pa from its start lo[w] on (the last: the hold window), scaled. */
static void excess_into(ll_detector *d, const series *s, const series *pa, long long from,
                        long long to, const long long *lo, double *out) {
    double rate = level_rate(d, s), scale = excess_scale(d, pa);
    for (int w = 0; w <= d->o.stat.nwin; w++) {
        long long a = lo[w] > from ? lo[w] : from;
        if (a > to)
            continue;
        double ex = count_of(s, a, to) - rate * fsum_of(d, a, to);
        if (ex > 0)
            out[w] += ex * scale;
    }
}

/* What an incident of theme x wijk series s (under way, or ended but still
 * owning minutes in the windows) adds to its parents' windows, as each
 * parent tests them: its excess over the expected count in the minutes it
 * owns (excess_scale). */
static void add_excess(ll_detector *d, const series *s, long long m) {
    long long to = owned_to(d, s, m);
    for (int k = 0; k < 2; k++) {
        series *pa = &d->s[s->parent[k]];
        pa->nstarted += s->alert.active && s->alert.started_ms == (m + 1) * 60000;
        if (to == NO_MINUTE)
            continue;
        long long lo[LL_DETECT_MAX_WINDOWS + 1];
        window_starts(d, pa, m, lo);
        excess_into(d, s, pa, NO_MINUTE, to, lo, pa->excess);
    }
}

/* Whether series s has counted anything in its windows. */
static int counted(const ll_detector *d, const series *s) {
    for (int w = 0; w < d->o.stat.nwin; w++)
        if (s->obs[w] > 0)
            return 1;
    return 0;
}

/* A series younger than the warm-up is tested twice as strictly (the floor doubled). */
static int strictness(const ll_detector *d, const series *s) {
    return s->level.minutes < d->o.warmup_min ? 2 : 1;
}

/* A theme x wijk series about to fire: not under way, and its start test passes but for the
 * floor (min_count, twice that while the series is young). Its rise is there and
 * significant, only not yet counted in full: the rest of a spike that a minute boundary cut
 * comes in the next minute, with the events of this one counted too late for it. */
static int pending(ll_detector *d, series *s, long long m) {
    if (s->alert.active || !counted(d, s))
        return 0;
    ll_dstat_params p = d->o.stat;
    ll_dstat_result r;
    long long lo[LL_DETECT_MAX_WINDOWS + 1];
    window_starts(d, s, m, lo);
    p.min_count = 1;
    test_series(d, &p, s, lo, NULL, strictness(d, s), &r);
    return r.alarm;
}

/* Parent s (not under way) passes its start test at minute m: is that rise its pending
 * children's? Tested again without their excess too (in the minutes after any incident of
 * theirs that has ended): if it no longer passes, its start waits an evaluation (held_min),
 * as Alertmanager's group_wait holds a group's first notification for the alerts that come
 * with it. Looked for only here, when a parent is about to start. */
static int hold_for_children(ll_detector *d, series *s, const long long *lo, int strict,
                             long long m) {
    if (s->held_min == m - 1)
        return 0; /* it has waited its evaluation */
    double sub[LL_DETECT_MAX_WINDOWS + 1];
    memcpy(sub, s->excess, sizeof(sub));
    int n = 0;
    for (int i = 0; i < d->ns; i++) {
        series *c = &d->s[i];
        if (c->kind != K_THEME_WIJK || (&d->s[c->parent[0]] != s && &d->s[c->parent[1]] != s) ||
            !pending(d, c, m))
            continue;
        long long to = owned_to(d, c, m);
        excess_into(d, c, s, to == NO_MINUTE ? NO_MINUTE : to + 1, m, lo, sub);
        n++;
    }
    if (n == 0)
        return 0;
    ll_dstat_result r;
    test_series(d, &d->o.stat, s, lo, sub, strict, &r);
    if (r.alarm)
        return 0;
    s->held_min = m;
    s->held_res = s->res;
    return 1;
}

/* Minute m has ended: move the windows to it and test every series. */
static int evaluate(ll_detector *d, long long m) {
    const ll_dstat_params *p = &d->o.stat;
    for (int i = 0; i < d->ns; i++) {
        series *s = &d->s[i];
        for (int w = 0; w < p->nwin; w++)
            s->obs[w] += ring_get(s, m) - ring_get(s, m - p->win_min[w]);
        memset(s->excess, 0, sizeof(s->excess));
        s->nstarted = 0;
        s->child_rate = 0;
    }
    pool_priors(d);
    for (int i = 0; i < d->ns; i++)
        if (d->s[i].kind == K_THEME_WIJK) {
            double r = level_rate(d, &d->s[i]);
            d->s[d->s[i].parent[0]].child_rate += r;
            d->s[d->s[i].parent[1]].child_rate += r;
        }
    d->eval_min = m;
    /* A window reaching back before the detector's first minute (and its
     * first count) expects nothing of the minutes it did not see: young
     * windows compare what was seen with what was expected while it was. */
    long long seen_from = d->first_min;
    if (d->data_min != NO_MINUTE && (seen_from == NO_MINUTE || d->data_min < seen_from))
        seen_from = d->data_min;
    d->seen_from = seen_from;
    d->fcum[0] = 0;
    for (int i = 0; i < R; i++) {
        long long k = m - R + 1 + i;
        d->fcum[i + 1] = d->fcum[i] + (k >= seen_from ? ll_dprofile_factor(&d->profile, k) : 0);
    }
    long long now_ms = (m + 1) * 60000;
    /* Warm once the model has learnt warmup_min minutes (minutes are learnt
     * allowed_lateness_s after they end): with nothing learnt every
     * expectation is zero and any count a spike. warmup_min = 0 is no
     * warm-up at all, from the first minute on (tests with min_count alone). */
    int warm = d->o.warmup_min == 0 || d->profile.minutes >= d->o.warmup_min;
    /* theme x wijk first; then the parents on what their children's
     * incidents leave, a parent whose rise is its pending children's a minute later */
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < d->ns; i++) {
            series *s = &d->s[i];
            if ((s->kind == K_THEME_WIJK) != (pass == 0))
                continue;
            const double *sub = pass ? s->excess : NULL;
            long long lo[LL_DETECT_MAX_WINDOWS + 1];
            window_starts(d, s, m, lo);
            memset(&s->res, 0, sizeof(s->res));
            s->res.p_value = -1;
            int strict = strictness(d, s), held = 0, released = 0;
            if (counted(d, s) && warm) {
                test_series(d, p, s, lo, sub, strict, &s->res);
                if (s->res.alarm)
                    res_baseline(d, s, lo, &s->res);
            }
            /* A parent's start that only its pending children's rise makes waits an
             * evaluation; then it is theirs if one of them has started an incident
             * (inhibited), and goes out as it was if none has. */
            if (pass == 1 && !s->alert.active) {
                if (s->res.alarm)
                    held = hold_for_children(d, s, lo, strict, m);
                else if (s->held_min == m - 1 && s->nstarted == 0) {
                    s->res = s->held_res;
                    released = 1;
                }
            }
            /* An incident starts on the start test and lasts while the
             * hold test passes; the start test's figures go out while it
             * still passes too (the alert's observed and expected). */
            s->cond =
                s->alert.active ? hold_test(d, s, sub ? sub[p->nwin] : 0) : s->res.alarm && !held;
            enum ll_alert_action act =
                ll_alert_step(&s->alert, &d->tm, now_ms, s->cond, s->res.alarm ? &s->res : NULL,
                              silenced(d, s, now_ms));
            if (released) /* it started when it was held */
                s->alert.started_ms = s->alert.last_true_ms = now_ms - 60000;
            if (emit(d, s, act, now_ms) != 0)
                return -1;
            if (pass == 0)
                add_excess(d, s, m);
        }
    }
    return 0;
}

/* Minute c is past its lateness: the model learns it, each count only as far as its series
 * could plausibly have brought it (ll_dlearn_count: a flood teaches neither its level nor the
 * profile), measured against the levels before this minute. */
static void learn(ll_detector *d, long long c) {
    double total = 0, f = ll_dprofile_factor(&d->profile, c);
    for (int i = 0; i < d->ns; i++) {
        series *s = &d->s[i];
        double x = ll_dlearn_count(ring_get(s, c), level_rate(d, s) * f,
                                   (double)s->level.minutes >= d->o.prior_min);
        if (s->kind == K_THEME)
            total += x;
        ll_dlevel_learn(&s->level, x, f, d->decay, !s->alert.active);
    }
    ll_dprofile_learn(&d->profile, c, total);
    d->closed_min = c;
}

static long long closable(const ll_detector *d, long long now_ms) {
    long long t = now_ms - (long long)d->o.lateness_s * 1000;
    return (t >= 0 ? t / 60000 : (t - 59999) / 60000) - 1;
}

static int advance(ll_detector *d, long long now_ms) {
    if (now_ms <= d->clock_ms)
        return 0;
    d->clock_ms = now_ms;
    long long last = now_ms / 60000 - 1; /* the last minute that has ended */
    /* A detector started before its input flows (up.sh starts it before the channels
     * and the demo's traffic) saw no city in those minutes, only no pipeline: learnt
     * as zeros, they made the first real minutes a spike of every busy series (three
     * minutes ahead of the demo's traffic: 33 alerts at the warm-up's end, the demo's
     * own spike hidden among them or already firing). Its history starts at its first
     * input, or at the model it saved. */
    if (d->eval_min == NO_MINUTE && d->data_min == NO_MINUTE && !d->restored_first)
        return 0;
    if (d->eval_min == NO_MINUTE) {
        /* the first time: windows from whatever the ring holds already
         * (events counted before the first tick, or a rebuild) */
        d->eval_min = last;
        d->closed_min = closable(d, now_ms);
        /* A restart goes on after the last minute its saved model had evaluated, so a minute
         * evaluated but not committed before a crash is evaluated again (its alerts sent once)
         * and the minutes learnt since the save are learnt, each once, as far as the ring
         * (rebuilt from the store) holds their counts and windows; a longer outage skips the
         * minutes before that. */
        long long low = last - R + FUTURE_SLACK_MIN + 1; /* ll_detector_rebuild's first - 1 */
        long long from = low + d->o.stat.win_min[d->o.stat.nwin - 1];
        if (d->restored_first && d->resume_eval != NO_MINUTE && d->resume_eval < last &&
            from < last) {
            d->eval_min = d->resume_eval > from ? d->resume_eval : from;
            if (d->resume_closed >= low && d->resume_closed < d->closed_min)
                d->closed_min = d->resume_closed;
        }
        if (!d->restored_first) {
            /* the first minute seen: the first input's (or the tick's, if that input is
             * ahead of the clock); learnt from there on, however late the tick that saw it */
            d->first_min = d->data_min < last + 1 ? d->data_min : last + 1;
            d->closed_min = d->first_min - 1;
        }
        long long e = d->eval_min;
        for (int i = 0; i < d->ns; i++)
            for (int w = 0; w < d->o.stat.nwin; w++) {
                d->s[i].obs[w] = 0;
                for (long long m = e - d->o.stat.win_min[w] + 1; m <= e; m++)
                    d->s[i].obs[w] += ring_get(&d->s[i], m);
            }
    }
    while (d->eval_min < last) {
        long long m = d->eval_min + 1;
        if (evaluate(d, m) != 0)
            return -1;
        long long c = closable(d, (m + 1) * 60000);
        while (d->closed_min < c)
            learn(d, d->closed_min + 1);
    }
    return 0;
}

/* ---- input ---- */

static const char *const flat_fields[] = {"id", "time", "theme", "wijk", "channel", "thread", NULL};

static int label_field(const char *v, const char *field, int required, ll_err *err) {
    if (!v) {
        if (required)
            ll_err_set(err, field, "missing");
        return required ? -1 : 0;
    }
    if (!ll_detect_label_ok(v)) {
        ll_err_set(err, field, "must be 1..%d bytes without control characters or any of {}|*",
                   LL_DETECT_LABEL_BYTES - 1);
        return -1;
    }
    return 0;
}

static int time_field(const char *v, long long *out, ll_err *err) {
    time_t t;
    if (!v) {
        ll_err_set(err, "time", "missing");
        return -1;
    }
    if (ll_time_parse(v, &t) != 0 || t < LL_MIN_EPOCH_S) {
        ll_err_set(err, "time", "not an RFC 3339 date-time after 2000");
        return -1;
    }
    *out = (long long)t * 1000;
    return 0;
}

int ll_detect_input_from_json(const cJSON *ev, ll_dinput *in, ll_err *err) {
    memset(in, 0, sizeof(*in));
    if (!cJSON_IsObject(ev)) {
        ll_err_set(err, "", "not a JSON object");
        return -1;
    }
    in->id = ll_json_str(ev, "id");
    if (!in->id || !*in->id || strlen(in->id) > LL_MAX_ID_BYTES) {
        ll_err_set(err, "id", "missing, or not a string of 1..%d bytes", LL_MAX_ID_BYTES);
        return -1;
    }
    if (time_field(ll_json_str(ev, "time"), &in->t_ms, err) != 0)
        return -1;
    const cJSON *d;
    if (cJSON_GetObjectItemCaseSensitive(ev, "specversion")) {
        const char *type = ll_json_str(ev, "type");
        if (!type || strcmp(type, LL_TYPE_ENRICHED)) {
            ll_err_set(err, "type", "not %s", LL_TYPE_ENRICHED);
            return -1;
        }
        if (!cJSON_IsObject(d = cJSON_GetObjectItemCaseSensitive(ev, "data"))) {
            ll_err_set(err, "data", "missing or not an object");
            return -1;
        }
        const cJSON *area = cJSON_GetObjectItemCaseSensitive(d, "area");
        const cJSON *th = cJSON_GetObjectItemCaseSensitive(d, "thread");
        in->theme = ll_json_str(d, "theme");
        in->wijk = cJSON_IsObject(area) ? ll_json_str(area, "wijk") : NULL;
        in->thread = cJSON_IsObject(th) ? ll_json_str(th, "id") : NULL;
        in->withheld = ll_event_tells_of_suicide(d);
        in->quote = in->withheld ? NULL : ll_json_str(d, "text");
        if (label_field(in->theme, "data.theme", 1, err) ||
            label_field(in->wijk, "data.area.wijk", 0, err))
            return -1;
    } else {
        if (ll_json_known_fields(ev, flat_fields, "", err) != 0)
            return -1;
        const cJSON *w = cJSON_GetObjectItemCaseSensitive(ev, "wijk");
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(ev, "thread");
        const cJSON *c = cJSON_GetObjectItemCaseSensitive(ev, "channel");
        in->theme = ll_json_str(ev, "theme");
        in->wijk = ll_json_str(ev, "wijk");
        in->thread = ll_json_str(ev, "thread");
        if ((w && !cJSON_IsNull(w) && !in->wijk) || (t && !cJSON_IsNull(t) && !in->thread) ||
            (c && !cJSON_IsNull(c) && !cJSON_IsString(c))) {
            ll_err_set(err,
                       w && !cJSON_IsNull(w) && !in->wijk     ? "wijk"
                       : t && !cJSON_IsNull(t) && !in->thread ? "thread"
                                                              : "channel",
                       "not a string");
            return -1;
        }
        if (label_field(in->theme, "theme", 1, err) || label_field(in->wijk, "wijk", 0, err))
            return -1;
    }
    if (in->thread && (!*in->thread || strlen(in->thread) >= LL_DETECT_THREAD_BYTES ||
                       ll_has_control(in->thread))) {
        ll_err_set(err, "thread", "must be 1..%d bytes without control characters",
                   LL_DETECT_THREAD_BYTES - 1);
        return -1;
    }
    return 0;
}

/* ---- the interface ---- */

ll_detector *ll_detector_new(const ll_detect_opts *o, ll_dstore *store, ll_alert_sink sink,
                             void *arg, char *errstr, size_t errlen) {
    const ll_dstat_params *p = &o->stat;
    if (p->nwin < 1 || p->nwin > LL_DETECT_MAX_WINDOWS) {
        snprintf(errstr, errlen, "detect: 1..%d windows", LL_DETECT_MAX_WINDOWS);
        return NULL;
    }
    for (int w = 0; w < p->nwin; w++)
        if (p->win_min[w] < 1 || (w > 0 && p->win_min[w] <= p->win_min[w - 1])) {
            snprintf(errstr, errlen, "detect: windows must be ascending minutes");
            return NULL;
        }
    if (o->hold_min < 1 || !(o->hold_ratio >= 0)) {
        snprintf(errstr, errlen, "detect: hold_min must be at least 1 minute, hold_ratio >= 0");
        return NULL;
    }
    int need = p->win_min[p->nwin - 1] + (o->lateness_s + 59) / 60 + FUTURE_SLACK_MIN + 1;
    if (p->method == LL_DSTAT_EARS_C2)
        need = (LL_EARS_BASELINE_BINS + LL_EARS_GUARD_BINS + 1) * p->win_min[0] + 1 > need
                   ? (LL_EARS_BASELINE_BINS + LL_EARS_GUARD_BINS + 1) * p->win_min[0] + 1
                   : need;
    if (need > R) {
        snprintf(errstr, errlen,
                 "detect: the longest window plus allowed lateness needs %d minutes of counts; "
                 "%d are kept",
                 need, R);
        return NULL;
    }
    if (!ll_detect_label_ok(o->gemeente)) {
        snprintf(errstr, errlen, "detect: gemeente '%s' is not a usable label", o->gemeente);
        return NULL;
    }
    ll_detector *d = calloc(1, sizeof(*d));
    if (!d || !(d->s = calloc(LL_DETECT_MAX_SERIES, sizeof(series)))) {
        free(d);
        snprintf(errstr, errlen, "detect: out of memory");
        return NULL;
    }
    d->o = *o;
    /* the hold window fits in the ring like the longest window does */
    if (d->o.hold_min > p->win_min[p->nwin - 1])
        d->o.hold_min = p->win_min[p->nwin - 1];
    d->tm.quiet_ms = (long long)o->quiet_min * 60000;
    d->tm.repeat_ms = (long long)o->repeat_min * 60000;
    d->store = store;
    d->sink = sink;
    d->arg = arg;
    for (size_t i = 0; i < sizeof(d->index) / sizeof(d->index[0]); i++)
        d->index[i] = -1;
    ll_dprofile_init(&d->profile, o->utc_offset_min);
    d->decay = ll_decay_per_minute(o->halflife_days);
    d->clock_ms = 0;
    d->eval_min = d->closed_min = d->first_min = d->data_min = d->seen_from = NO_MINUTE;
    d->resume_eval = d->resume_closed = NO_MINUTE;
    return d;
}

void ll_detector_free(ll_detector *d) {
    if (!d)
        return;
    free(d->s);
    free(d);
}

void ll_detector_set_store(ll_detector *d, ll_dstore *store) { d->store = store; }

int ll_detector_tick(ll_detector *d, long long now_ms, char *errstr, size_t errlen) {
    if (d->stopped || advance(d, now_ms) != 0) {
        d->stopped = 1;
        snprintf(errstr, errlen, "detect: stopped by the alert sink");
        return -1;
    }
    return 0;
}

int ll_detector_add(ll_detector *d, const ll_dinput *in, int n, char *errstr, size_t errlen) {
    if (n > LL_DETECT_BATCH_MAX) {
        snprintf(errstr, errlen, "detect: batch of %d (at most %d)", n, LL_DETECT_BATCH_MAX);
        return -1;
    }
    /* which events count, and under which series, before the one round trip */
    int nm = 0;
    long long clock = d->clock_ms, closed = d->closed_min;
    for (int i = 0; i < n; i++) {
        const ll_dinput *e = &in[i];
        long long m = e->t_ms / 60000;
        if (d->o.event_clock && e->t_ms > clock) {
            clock = e->t_ms;
            long long c = closable(d, clock);
            if (closed == NO_MINUTE || c > closed)
                closed = c;
        }
        if (closed != NO_MINUTE && m <= closed) {
            d->ctr.late++;
            continue;
        }
        if (!d->o.event_clock && clock > 0 && m > clock / 60000 + FUTURE_SLACK_MIN) {
            d->ctr.future++;
            continue;
        }
        const char *wijk = e->wijk && *e->wijk ? e->wijk : NULL;
        int sid[3] = {series_get(d, e->theme, "*"), wijk ? series_get(d, "*", wijk) : -2,
                      wijk ? series_get(d, e->theme, wijk) : -2};
        for (int k = 0; k < 3; k++) {
            if (sid[k] == -2)
                continue;
            if (sid[k] < 0) {
                d->ctr.series_full++;
                continue;
            }
            d->marks[nm] = (ll_dmark){.series_key = d->s[sid[k]].key,
                                      .thread = e->thread && *e->thread ? e->thread : e->id,
                                      .event_id = e->id,
                                      .minute = m};
            d->mark_series[nm] = sid[k] | (i << 12); /* series < 4096, event index above */
            nm++;
        }
    }
    if (ll_dstore_mark(d->store, d->marks, nm, errstr, errlen) != 0)
        return -1;
    int k = 0;
    for (int i = 0; i < n; i++) {
        const ll_dinput *e = &in[i];
        if (d->o.event_clock && advance(d, e->t_ms) != 0) {
            d->stopped = 1;
            snprintf(errstr, errlen, "detect: stopped by the alert sink");
            return -1;
        }
        int counted = 0;
        for (; k < nm && (d->mark_series[k] >> 12) == i; k++) {
            counted = 1;
            if (!d->marks[k].is_new)
                continue;
            series *s = &d->s[d->mark_series[k] & 4095];
            ring_add(d, s, d->marks[k].minute, 1);
            sample_add(s, e);
            if (s->kind == K_THEME)
                d->ctr.new_threads++;
        }
        if (counted)
            d->ctr.events++;
    }
    return 0;
}

void ll_detector_set_silences(ll_detector *d, const ll_silence *s, int n) {
    if (n > LL_MAX_SILENCES)
        n = LL_MAX_SILENCES;
    memcpy(d->silences, s, (size_t)n * sizeof(*s));
    d->nsilences = n;
}

int ll_detector_restore_alert(ll_detector *d, const cJSON *ev, char *errstr, size_t errlen) {
    const cJSON *data = cJSON_GetObjectItemCaseSensitive(ev, "data");
    const cJSON *labels = cJSON_GetObjectItemCaseSensitive(data, "labels");
    const char *theme = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(labels, "theme"));
    const char *wijk = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(labels, "wijk"));
    const char *status = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(data, "status"));
    const char *started =
        cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(data, "started_at"));
    const char *when = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ev, "time"));
    time_t ts, tw;
    if (!theme || !status || !started || !when || ll_time_parse(started, &ts) != 0 ||
        ll_time_parse(when, &tw) != 0 || (strcmp(theme, "*") && !ll_detect_label_ok(theme)) ||
        (wijk && !ll_detect_label_ok(wijk))) {
        snprintf(errstr, errlen, "detect: not an alert event of ours");
        return -1;
    }
    int at = series_get(d, theme, wijk ? wijk : "*");
    if (at < 0) {
        snprintf(errstr, errlen, "detect: more than %d series", LL_DETECT_MAX_SERIES);
        return -1;
    }
    ll_alert_state *st = &d->s[at].alert;
    if (!strcmp(status, "firing")) {
        st->active = st->sent = 1;
        st->started_ms = (long long)ts * 1000;
        st->last_sent_ms = st->last_true_ms = (long long)tw * 1000;
    } else {
        /* ended: its minutes stay its own (since_min), so a restart does not
         * start a second incident on the counts of the first */
        const char *ends = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(data, "ends_at"));
        time_t te;
        memset(st, 0, sizeof(*st));
        st->started_ms = (long long)ts * 1000;
        st->last_true_ms =
            ends && ll_time_parse(ends, &te) == 0 ? (long long)te * 1000 : (long long)tw * 1000;
    }
    return 0;
}

typedef struct rebuild_ctx {
    ll_detector *d;
    long long from, to;
    int failed;
    char *errstr;
    size_t errlen;
} rebuild_ctx;

static int rebuild_one(void *arg, const char *key) {
    rebuild_ctx *rc = arg;
    char theme[LL_DETECT_LABEL_BYTES], wijk[LL_DETECT_LABEL_BYTES];
    const char *bar = strchr(key, '|');
    if (!bar || (size_t)(bar - key) >= sizeof(theme) || strlen(bar + 1) >= sizeof(wijk))
        return 0; /* not one of ours: leave it */
    snprintf(theme, sizeof(theme), "%.*s", (int)(bar - key), key);
    snprintf(wijk, sizeof(wijk), "%s", bar + 1);
    int at = series_get(rc->d, theme, wijk);
    if (at < 0)
        return 0;
    int counts[R];
    if (ll_dstore_counts(rc->d->store, key, rc->from, rc->to, counts, rc->errstr, rc->errlen) !=
        0) {
        rc->failed = 1;
        return 1;
    }
    series *s = &rc->d->s[at];
    for (long long m = rc->from; m <= rc->to; m++)
        if (counts[m - rc->from] > 0)
            ring_add(rc->d, s, m, counts[m - rc->from] - ring_get(s, m));
    return 0;
}

int ll_detector_rebuild(ll_detector *d, long long now_ms, char *errstr, size_t errlen) {
    rebuild_ctx rc = {d,
                      now_ms / 60000 - (R - FUTURE_SLACK_MIN - 1),
                      now_ms / 60000 + FUTURE_SLACK_MIN,
                      0,
                      errstr,
                      errlen};
    if (ll_dstore_series(d->store, rebuild_one, &rc, errstr, errlen) != 0 || rc.failed)
        return -1;
    return 0;
}

#define PROFILE_FIELD LL_KEY_DETECT_MODEL_PROFILE
#define RESUME_FIELD LL_KEY_DETECT_MODEL_RESUME

int ll_detector_model_dump(const ll_detector *d,
                           int (*put)(void *arg, const char *field, const char *value), void *arg) {
    char buf[4096];
    const ll_dprofile *pr = &d->profile;
    int n = snprintf(buf, sizeof(buf), "%lld %lld", d->first_min, pr->minutes);
    for (int i = 0; i < 24; i++)
        n += snprintf(buf + n, sizeof(buf) - (size_t)n, " %.17g %.17g", pr->ctod[i], pr->ntod[i]);
    for (int i = 0; i < 7; i++)
        n += snprintf(buf + n, sizeof(buf) - (size_t)n, " %.17g %.17g", pr->cdow[i], pr->ndow[i]);
    if (put(arg, PROFILE_FIELD, buf))
        return -1;
    snprintf(buf, sizeof(buf), "%lld %lld", d->eval_min, d->closed_min);
    if (put(arg, RESUME_FIELD, buf))
        return -1;
    for (int i = 0; i < d->ns; i++) {
        const ll_dlevel *lv = &d->s[i].level;
        snprintf(buf, sizeof(buf), "%.17g %.17g %lld", lv->c, lv->e, lv->minutes);
        if (put(arg, d->s[i].key, buf))
            return -1;
    }
    return 0;
}

int ll_detector_model_load(ll_detector *d, const char *field, const char *value) {
    const char *p = value;
    char *end;
    if (!strcmp(field, PROFILE_FIELD)) {
        ll_dprofile pr = d->profile;
        long long first = strtoll(p, &end, 10);
        if (end == p)
            return -1;
        pr.minutes = strtoll(p = end, &end, 10);
        double *v[2 * 24 + 2 * 7];
        for (int i = 0; i < 24; i++) {
            v[2 * i] = &pr.ctod[i];
            v[2 * i + 1] = &pr.ntod[i];
        }
        for (int i = 0; i < 7; i++) {
            v[48 + 2 * i] = &pr.cdow[i];
            v[48 + 2 * i + 1] = &pr.ndow[i];
        }
        for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
            *v[i] = strtod(p = end, &end);
            if (end == p || !(*v[i] >= 0))
                return -1;
        }
        if (*end)
            return -1;
        d->profile = pr;
        d->first_min = first;
        d->restored_first = 1;
        return 0;
    }
    if (!strcmp(field, RESUME_FIELD)) {
        long long ev = strtoll(p, &end, 10), cl;
        if (end == p)
            return -1;
        cl = strtoll(p = end, &end, 10);
        if (end == p || *end || ev < NO_MINUTE || cl < NO_MINUTE)
            return -1;
        d->resume_eval = ev;
        d->resume_closed = cl;
        return 0;
    }
    const char *bar = strchr(field, '|');
    if (!bar || (size_t)(bar - field) >= LL_DETECT_LABEL_BYTES)
        return -1;
    char theme[LL_DETECT_LABEL_BYTES];
    snprintf(theme, sizeof(theme), "%.*s", (int)(bar - field), field);
    if ((strcmp(theme, "*") && !ll_detect_label_ok(theme)) ||
        (strcmp(bar + 1, "*") && !ll_detect_label_ok(bar + 1)))
        return -1;
    ll_dlevel lv;
    lv.c = strtod(p, &end);
    if (end == p || !(lv.c >= 0))
        return -1;
    lv.e = strtod(p = end, &end);
    if (end == p || !(lv.e >= 0))
        return -1;
    lv.minutes = strtoll(p = end, &end, 10);
    if (end == p || *end)
        return -1;
    int at = series_get(d, theme, bar + 1);
    if (at < 0)
        return -1;
    d->s[at].level = lv;
    return 0;
}

long long ll_detector_learnt_min(const ll_detector *d) { return d->closed_min; }
long long ll_detector_evaluated_min(const ll_detector *d) { return d->eval_min; }

void ll_detector_counters(const ll_detector *d, ll_detect_counters *out) { *out = d->ctr; }
int ll_detector_nseries(const ll_detector *d) { return d->ns; }
