/* detect_stat.h - the tests that call a count too high: a Poisson scan over fixed windows, EARS C2.
 *
 * Pure functions on counts, no state: the detector (detector.c) keeps the
 * counts and the expected values and asks these whether a window is a spike.
 * Why these methods, and what they cost: README, "Early warning". */
#ifndef LL_DETECT_STAT_H
#define LL_DETECT_STAT_H

#include "ll_limits.h"

enum ll_dstat_method { LL_DSTAT_SCAN = 0, LL_DSTAT_EARS_C2 };

/* EARS C2 over bins of the first window's length: the baseline is the seven
 * bins that end two bins before the current one (the two-bin guard keeps
 * the start of a spike out of its own baseline). */
#define LL_EARS_BASELINE_BINS 7
#define LL_EARS_GUARD_BINS 2
/* EARS assumes a standard deviation above zero; sparse series have none.
 * The floor is the sd of a Poisson count of 0.2 per bin. */
#define LL_EARS_SD_FLOOR 0.45

typedef struct ll_dstat_params {
    enum ll_dstat_method method;
    int nwin;
    int win_min[LL_DETECT_MAX_WINDOWS]; /* ascending */
    int min_count;                      /* distinct new threads in the window, at least */
    double min_ratio;                   /* observed / expected, at least */
    double alpha;                       /* scan: largest Poisson upper-tail probability of the
                       * longest window; a window of w minutes gets alpha * w / longest */
    double ears_z;                      /* EARS C2: smallest (x - mean) / sd */
} ll_dstat_params;

typedef struct ll_dstat_result {
    int alarm;
    int window_min;
    int observed;
    double expected;
    double score;   /* scan: -log10(p); EARS: the z value */
    double p_value; /* < 0 when the method has none */
    /* Set by the detector, not here (0: not known). span_min: the minutes of the window its
     * counts and expectation cover, fewer than window_min when the window reaches back before
     * the detector's first minute or into an ended incident's. prior_share: how much of the
     * baseline behind expected is the prior (the average of series of its kind), 0..1. */
    int span_min;
    double prior_share;
} ll_dstat_result;

/* P(X >= k) for X ~ Poisson(mu); 1 for k <= 0, accurate far into the tail. */
double ll_poisson_sf(int k, double mu);

/* Scan: obs[w] and expd[w] are the observed distinct new threads and the
 * expected count of the window p->win_min[w] ending now. Among the windows
 * over min_count and min_ratio, picks the one whose p-value is furthest
 * below its share of alpha (alpha * w / longest); alarm when that p is
 * within its share. The thresholds are scaled by strict (1 normal,
 * 2 during warm-up). */
void ll_dstat_scan(const ll_dstat_params *p, const int *obs, const double *expd, int strict,
                   ll_dstat_result *out);

/* EARS C2: x the current bin's count, base[LL_EARS_BASELINE_BINS] the
 * baseline bins; min_count and min_ratio (against the baseline mean) apply
 * as for the scan. */
void ll_dstat_ears_c2(const ll_dstat_params *p, int x, const int *base, int strict,
                      ll_dstat_result *out);

#endif
