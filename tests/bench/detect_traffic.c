/* detect_traffic.c - synthetic weeks of feedback with known spikes, and the score of a detector's alerts on them.
 *
 *   bench_detect_traffic gen WEEKS SEED EVENTS.jsonl TRUTH.tsv
 *       15 themes x 12 wijken, each theme x wijk series at its own rate
 *       (log-uniform 0.05..12 contacts an hour at the weekly mean), a daily
 *       and weekly pattern, ~15% repeat contacts on an earlier thread, and
 *       from the second week on spikes of 4..32 extra citizens spread over
 *       10..180 minutes. The first week is history only.
 *   bench_detect_traffic score TRUTH.tsv ALERTS.jsonl NSERIES
 *       recall (spikes of >= 8 extra and >= 3x expected, and all), false
 *       alarms per week per 100 series, median delay start -> firing, and
 *       when the third extra citizen of those spikes came (the earliest a
 *       detector with min_count = 3 can fire on a quiet series). */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NTHEMES 15
#define NWIJKEN 12
#define T0_S 1788134400LL /* 2026-09-01T00:00:00Z... aligned below to a Monday */
#define WEEK_S (7 * 86400LL)
#define SPIKES_PER_WEEK 60
#define REPEAT_P 0.15
#define MAX_EVENTS 4000000

static const char *themes[NTHEMES] = {
    "afval",       "openbare-ruimte", "parkeren",       "verkeer",  "overlast",
    "belastingen", "inkomen",         "zorg",           "wonen",    "vergunningen",
    "burgerzaken", "bejegening",      "bereikbaarheid", "digitaal", "overig"};
static const char *wijken[NWIJKEN] = {"Stadscentrum",
                                      "Delfshaven",
                                      "Overschie",
                                      "Noord",
                                      "Hillegersberg-Schiebroek",
                                      "Kralingen-Crooswijk",
                                      "Feijenoord",
                                      "IJsselmonde",
                                      "Pernis",
                                      "Prins Alexander",
                                      "Charlois",
                                      "Hoogvliet"};

static uint64_t rng;
static double unif(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return ((rng >> 11) + 0.5) / 9007199254740992.0;
}
static double expo(double mean) { return -log(unif()) * mean; }

/* Local (UTC+1) hour and weekday -> factor; the weekly mean is 1. */
static double shape_raw(long long t) {
    long long lt = t + 3600;
    int h = (int)((lt / 3600) % 24), dow = (int)(((lt / 86400) + 3) % 7);
    double d = h < 7 ? 0.15 : h < 9 ? 1.0 : h < 17 ? 1.9 : h < 21 ? 0.9 : 0.35;
    return d * (dow >= 5 ? 0.35 : 1.0);
}
static double shape_norm;
static double shape(long long t) { return shape_raw(t) / shape_norm; }

typedef struct tev {
    long long t;
    int theme, wijk;
    long long thread;
    long long id;
} tev;

static int cmp_ev(const void *a, const void *b) {
    const tev *x = a, *y = b;
    return x->t < y->t ? -1 : x->t > y->t ? 1 : (x->id > y->id) - (x->id < y->id);
}

static int gen(int weeks, unsigned seed, const char *evpath, const char *truthpath) {
    rng = 0x9E3779B97F4A7C15ULL ^ seed;
    long long t0 = T0_S;
    while (((t0 + 3600) / 86400 + 3) % 7 != 0) /* a local Monday */
        t0 += 86400;
    long long t1 = t0 + weeks * WEEK_S;
    double sum = 0;
    for (long long t = t0; t < t0 + WEEK_S; t += 60)
        sum += shape_raw(t);
    shape_norm = sum / (WEEK_S / 60);
    tev *evs = malloc(MAX_EVENTS * sizeof(*evs));
    FILE *tf = fopen(truthpath, "w"), *ef = fopen(evpath, "w");
    if (!evs || !tf || !ef) {
        perror("gen");
        return 1;
    }
    long long n = 0, nthread = 0;
    double rate[NTHEMES][NWIJKEN];
    for (int a = 0; a < NTHEMES; a++)
        for (int b = 0; b < NWIJKEN; b++)
            rate[a][b] = 0.05 * pow(12 / 0.05, unif()); /* an hour, at the weekly mean */
    /* thinning against the peak of the shape */
    double peak = 0;
    for (long long t = t0; t < t0 + WEEK_S; t += 60)
        peak = fmax(peak, shape(t));
    for (int a = 0; a < NTHEMES; a++)
        for (int b = 0; b < NWIJKEN; b++) {
            double top = rate[a][b] * peak / 3600;
            for (double t = (double)t0;;) {
                t += expo(1 / top);
                if (t >= t1 || n >= MAX_EVENTS - 2)
                    break;
                if (unif() * peak > shape((long long)t))
                    continue;
                long long th = ++nthread;
                evs[n] = (tev){(long long)t, a, b, th, n};
                n++;
                /* a share of citizens contact again on the same thread */
                if (unif() < REPEAT_P / (1 - REPEAT_P)) {
                    double later = t + 300 + fmin(expo(3 * 3600), 20 * 3600);
                    if (later < t1) {
                        evs[n] = (tev){(long long)later, a, b, th, n};
                        n++;
                    }
                }
            }
        }
    fprintf(tf, "# t0 %lld (history only until t0 + 1 week)\n", t0);
    fprintf(tf, "# theme\twijk\tstart_s\tlength_min\textra\texpected\tthird_extra_s\n");
    int nspikes = 0;
    for (int w = 1; w < weeks; w++)
        for (int k = 0; k < SPIKES_PER_WEEK; k++) {
            int a = (int)(unif() * NTHEMES), b = (int)(unif() * NWIJKEN);
            int extra = 4 + (int)(unif() * 29);
            int len = 10 + (int)(unif() * 171);
            long long s = t0 + w * WEEK_S + (long long)(unif() * (WEEK_S - 4 * 3600));
            double e = 0;
            for (long long t = s; t < s + len * 60; t += 60)
                e += rate[a][b] * shape(t) / 60;
            /* the three earliest extra citizens: a detector that needs
             * min_count = 3 new threads cannot fire on a quiet series before
             * the third (the scorer prints that bound next to the delay) */
            long long first3[3] = {1LL << 62, 1LL << 62, 1LL << 62};
            for (int i = 0; i < extra && n < MAX_EVENTS; i++) {
                long long t = s + (long long)(unif() * len * 60);
                evs[n] = (tev){t, a, b, ++nthread, n};
                n++;
                for (int j = 0; j < 3; j++)
                    if (t < first3[j]) {
                        long long x = first3[j];
                        first3[j] = t;
                        t = x;
                    }
            }
            fprintf(tf, "%s\t%s\t%lld\t%d\t%d\t%.4f\t%lld\n", themes[a], wijken[b], s, len, extra,
                    e, first3[2] - s);
            nspikes++;
        }
    qsort(evs, (size_t)n, sizeof(*evs), cmp_ev);
    for (long long i = 0; i < n; i++) {
        char ts[32];
        time_t tt = (time_t)evs[i].t;
        struct tm tm;
        gmtime_r(&tt, &tm);
        strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%SZ", &tm);
        fprintf(ef,
                "{\"id\":\"b%lld\",\"time\":\"%s\",\"theme\":\"%s\",\"wijk\":\"%s\",\"channel\":"
                "\"web\",\"thread\":\"th%lld\"}\n",
                evs[i].id, ts, themes[evs[i].theme], wijken[evs[i].wijk], evs[i].thread);
    }
    fclose(tf);
    if (fclose(ef) != 0) {
        perror(evpath);
        return 1;
    }
    fprintf(stderr, "generated %lld events over %d weeks, %d spikes, first %lld\n", n, weeks,
            nspikes, t0);
    free(evs);
    return 0;
}

/* ---- scoring ---- */

typedef struct spike {
    char theme[32], wijk[40];
    long long start, len_s;
    int extra;
    double expected;
    long long third_s;    /* the third extra citizen's offset from the start; -1: not known */
    long long first_fire; /* 0: not detected */
} spike;

typedef struct fire {
    char theme[32], wijk[40];
    long long t;   /* started_at */
    long long end; /* resolved at, or the end of time */
} fire;

static long long parse_time(const char *s) {
    struct tm tm = {0};
    if (!s || !strptime(s, "%Y-%m-%dT%H:%M:%S", &tm))
        return 0;
    return (long long)timegm(&tm);
}

static int related(const fire *f, const spike *s) {
    int theme = !strcmp(f->theme, s->theme), wijk = !strcmp(f->wijk, s->wijk);
    return (theme && wijk) || (theme && !f->wijk[0]) || (!strcmp(f->theme, "*") && wijk);
}

static int cmp_ll(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

static int score(const char *truthpath, const char *alertpath, int nseries) {
    FILE *tf = fopen(truthpath, "r"), *af = fopen(alertpath, "r");
    if (!tf || !af) {
        perror("score");
        return 1;
    }
    static spike sp[10000];
    static fire fi[200000];
    int ns = 0, nf = 0;
    char line[65536];
    long long first_week_end = 0;
    while (fgets(line, sizeof(line), tf) && ns < 10000) {
        if (!strncmp(line, "# t0 ", 5))
            first_week_end = strtoll(line + 5, NULL, 10) + WEEK_S;
        if (line[0] == '#')
            continue;
        spike *s = &sp[ns];
        memset(s, 0, sizeof(*s));
        long long len;
        int got = sscanf(line, "%31[^\t]\t%39[^\t]\t%lld\t%lld\t%d\t%lf\t%lld", s->theme, s->wijk,
                         &s->start, &len, &s->extra, &s->expected, &s->third_s);
        if (got >= 6) {
            if (got < 7)
                s->third_s = -1;
            s->len_s = len * 60;
            ns++;
        }
    }
    long long last_t = 0, first_t = 0;
    while (fgets(line, sizeof(line), af) && nf < 200000 - 1) {
        cJSON *ev = cJSON_Parse(line);
        cJSON *d = cJSON_GetObjectItem(ev, "data"), *l = cJSON_GetObjectItem(d, "labels");
        const char *st = cJSON_GetStringValue(cJSON_GetObjectItem(d, "status"));
        long long t = parse_time(cJSON_GetStringValue(cJSON_GetObjectItem(ev, "time")));
        long long started = parse_time(cJSON_GetStringValue(cJSON_GetObjectItem(d, "started_at")));
        const char *w = cJSON_GetStringValue(cJSON_GetObjectItem(l, "wijk"));
        const char *th = cJSON_GetStringValue(cJSON_GetObjectItem(l, "theme"));
        /* one incident per (alert, started_at): a repeat is not a new alarm */
        int at = -1;
        for (int i = nf - 1; i >= 0 && i >= nf - 5000; i--)
            if (!strcmp(fi[i].theme, th ? th : "") && !strcmp(fi[i].wijk, w ? w : "") &&
                fi[i].t == started)
                at = i;
        if (st && !strcmp(st, "firing") && t && at < 0) {
            fire *f = &fi[nf++];
            snprintf(f->theme, sizeof(f->theme), "%s", th ? th : "");
            snprintf(f->wijk, sizeof(f->wijk), "%s", w ? w : "");
            f->t = started;
            f->end = 1LL << 62;
        } else if (st && !strcmp(st, "resolved") && at >= 0) {
            fi[at].end = t;
        }
        cJSON_Delete(ev);
    }
    /* the weeks that count: from the first spike's week on */
    first_t = ns ? sp[0].start : 0;
    for (int i = 0; i < ns; i++) {
        if (sp[i].start < first_t)
            first_t = sp[i].start;
        if (sp[i].start + sp[i].len_s > last_t)
            last_t = sp[i].start + sp[i].len_s;
    }
    int fa = 0;
    for (int i = 0; i < nf; i++) {
        int hit = 0;
        for (int k = 0; k < ns; k++) {
            if (!related(&fi[i], &sp[k]))
                continue;
            /* a firing that belongs to a spike: its labels and its time (up to
             * an hour after the spike, the windows still hold it) */
            if (fi[i].t >= sp[k].start && fi[i].t <= sp[k].start + sp[k].len_s + 3600) {
                hit = 1;
                if (!sp[k].first_fire || fi[i].t < sp[k].first_fire)
                    sp[k].first_fire = fi[i].t;
            } else if (fi[i].t < sp[k].start && fi[i].end > sp[k].start && !sp[k].first_fire) {
                /* already firing for an earlier spike of the series: seen,
                 * but no delay to measure */
                sp[k].first_fire = -1;
            }
        }
        fa += !hit && fi[i].t >= first_week_end;
    }
    int q = 0, qd = 0, all_d = 0;
    static long long delays[10000], thirds[10000];
    int nd = 0, nt = 0;
    for (int k = 0; k < ns; k++) {
        int qual = sp[k].extra >= 8 && sp[k].extra + sp[k].expected >= 3 * sp[k].expected;
        all_d += sp[k].first_fire != 0;
        if (!qual)
            continue;
        q++;
        if (sp[k].third_s >= 0)
            thirds[nt++] = sp[k].third_s;
        if (sp[k].first_fire) {
            qd++;
            if (sp[k].first_fire > 0)
                delays[nd++] = sp[k].first_fire - sp[k].start;
        }
    }
    qsort(delays, (size_t)nd, sizeof(delays[0]), cmp_ll);
    qsort(thirds, (size_t)nt, sizeof(thirds[0]), cmp_ll);
    (void)first_t;
    double weeks = (double)(last_t - first_week_end) / WEEK_S;
    if (weeks < 1)
        weeks = 1;
    printf("  recall (>= 8 extra, >= 3x expected): %.3f (%d of %d)   all spikes: %.3f (%d of %d)\n",
           q ? (double)qd / q : 0, qd, q, ns ? (double)all_d / ns : 0, all_d, ns);
    printf("  false alarms per week per 100 series: %.2f (%d over %.1f weeks, %d series)\n",
           fa / weeks / (nseries / 100.0), fa, weeks, nseries);
    printf("  median delay spike start -> firing: %.1f min (p90 %.1f min)\n",
           nd ? delays[nd / 2] / 60.0 : -1, nd ? delays[nd * 9 / 10] / 60.0 : -1);
    if (nt)
        printf("  bound: the third extra citizen of these spikes comes %.1f min after the start "
               "(median; p90 %.1f min)\n",
               thirds[nt / 2] / 60.0, thirds[nt * 9 / 10] / 60.0);
    fclose(tf);
    fclose(af);
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 6 && !strcmp(argv[1], "gen"))
        return gen(atoi(argv[2]), (unsigned)strtoul(argv[3], NULL, 10), argv[4], argv[5]);
    if (argc == 5 && !strcmp(argv[1], "score"))
        return score(argv[2], argv[3], atoi(argv[4]));
    fprintf(stderr, "usage: %s gen WEEKS SEED EVENTS TRUTH | score TRUTH ALERTS NSERIES\n",
            argv[0]);
    return 2;
}
