/* detect_model.c - expected counts: a per-series level times a shared time-of-day and day-of-week profile. */
#include "detect_model.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

double ll_decay_per_minute(double halflife_days) {
    return exp(-log(2.0) / (halflife_days * 1440.0));
}

void ll_dprofile_init(ll_dprofile *pr, int utc_offset_min) {
    memset(pr, 0, sizeof(*pr));
    pr->decay = ll_decay_per_minute(LL_DPROFILE_HALFLIFE_DAYS);
    pr->utc_offset_min = utc_offset_min;
}

static void local_bins(const ll_dprofile *pr, long long minute, int *hour, int *dow) {
    long long lm = minute + pr->utc_offset_min;
    long long day = lm >= 0 ? lm / 1440 : (lm - 1439) / 1440;
    *hour = (int)((lm - day * 1440) / 60);
    /* 1970-01-01 was a Thursday: day 0 -> 3 with Monday as 0 */
    *dow = (int)(((day + 3) % 7 + 7) % 7);
}

double ll_dprofile_mean(const ll_dprofile *pr) {
    double c = 0, n = 0;
    for (int h = 0; h < 24; h++) {
        c += pr->ctod[h];
        n += pr->ntod[h];
    }
    return n > 0 ? c / n : 0;
}

static double tod_factor(const ll_dprofile *pr, int h, double mean) {
    return (pr->ctod[h] + LL_DPROFILE_TOD_PRIOR_MIN * mean) /
           (pr->ntod[h] + LL_DPROFILE_TOD_PRIOR_MIN) / mean;
}

double ll_dprofile_factor(const ll_dprofile *pr, long long minute) {
    double mean = ll_dprofile_mean(pr);
    if (mean <= 0)
        return 1;
    int h, d;
    local_bins(pr, minute, &h, &d);
    double c = 0, n = 0;
    for (int i = 0; i < 7; i++) {
        c += pr->cdow[i];
        n += pr->ndow[i];
    }
    double dmean = n > 0 ? c / n : mean;
    double dow = dmean > 0 ? (pr->cdow[d] + LL_DPROFILE_DOW_PRIOR_MIN * dmean) /
                                 (pr->ndow[d] + LL_DPROFILE_DOW_PRIOR_MIN) / dmean
                           : 1;
    return tod_factor(pr, h, mean) * dow;
}

void ll_dprofile_learn(ll_dprofile *pr, long long minute, double total) {
    int h, d;
    local_bins(pr, minute, &h, &d);
    double mean = ll_dprofile_mean(pr);
    double tf = mean > 0 ? tod_factor(pr, h, mean) : 1;
    for (int i = 0; i < 24; i++) {
        pr->ctod[i] *= pr->decay;
        pr->ntod[i] *= pr->decay;
    }
    for (int i = 0; i < 7; i++) {
        pr->cdow[i] *= pr->decay;
        pr->ndow[i] *= pr->decay;
    }
    pr->ctod[h] += total;
    pr->ntod[h] += 1;
    /* the day of the week is what is left after the hour of the day */
    pr->cdow[d] += total;
    pr->ndow[d] += tf;
    pr->minutes++;
}

double ll_dlevel_rate(const ll_dlevel *lv, double prior_rate, double prior_min) {
    return (lv->c + prior_rate * prior_min) / (lv->e + prior_min);
}

double ll_dlearn_count(double count, double expected, int settled) {
    double e = expected > 0 ? expected : 0;
    double bound = e + LL_DLEARN_Z * sqrt(e) + LL_DLEARN_SLACK;
    return count <= bound ? count : settled ? e : bound;
}

void ll_dlevel_learn(ll_dlevel *lv, double count, double f, double decay, int learn) {
    lv->c *= decay;
    lv->e *= decay;
    if (learn) {
        lv->c += count;
        lv->e += f;
    }
    lv->minutes++;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

double ll_dlevel_pooled(const double *c, const double *e, int n, double *scratch) {
    int k = 0;
    for (int i = 0; i < n; i++)
        if (e[i] >= LL_DPRIOR_MIN_EXPOSURE)
            scratch[k++] = c[i] / e[i];
    double cap = HUGE_VAL;
    if (k > 0) {
        qsort(scratch, (size_t)k, sizeof(*scratch), cmp_double);
        /* the lower median: of two series, a flooded one does not set its own cap */
        cap = LL_DPRIOR_CAP * scratch[(k - 1) / 2];
    }
    double sc = 0, se = 0;
    for (int i = 0; i < n; i++) {
        if (e[i] <= 0)
            continue;
        sc += c[i] < cap * e[i] ? c[i] : cap * e[i];
        se += e[i];
    }
    return se > 0 ? sc / se : 0;
}
