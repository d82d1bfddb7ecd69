/* detect_model.h - expected counts: a per-series level times a shared time-of-day and day-of-week profile.
 *
 * The expected number of new threads of series s in minute m is
 *     level(s) * tod(hour of m) * dow(day of m)
 * The profile (tod, dow) is learnt from the city-wide total, so a series
 * with a few contacts a week still gets a daily and weekly shape; only its
 * level is its own. The level is a Gamma-Poisson posterior mean: counts and
 * profile-weighted minutes, both decayed with a half-life, plus a prior of
 * prior_min minutes at the pooled rate of series of its kind. A new or
 * sparse series thus starts at the average and moves to its own rate as
 * evidence comes in (empirical Bayes shrinkage), and one quiet week does not
 * drive its expectation to zero. Minutes in which the series' alert is
 * active are not learnt, so a spike does not raise its own baseline. */
#ifndef LL_DETECT_MODEL_H
#define LL_DETECT_MODEL_H

/* Pseudo-minutes behind each profile factor: an hour of the day departs
 * from 1 after its first half hour of data, a day of the week after a few
 * hours. More made the first days' steep morning rise look like a spike. */
#define LL_DPROFILE_TOD_PRIOR_MIN 30.0
#define LL_DPROFILE_DOW_PRIOR_MIN 360.0
#define LL_DPROFILE_HALFLIFE_DAYS 28.0

typedef struct ll_dprofile {
    double ctod[24], ntod[24]; /* decayed counts and minutes per local hour */
    double cdow[7], ndow[7];   /* decayed counts and tod-weighted minutes per local day */
    double decay;              /* per minute */
    int utc_offset_min;        /* local time for the profile */
    long long minutes;         /* minutes learnt, not decayed */
} ll_dprofile;

void ll_dprofile_init(ll_dprofile *pr, int utc_offset_min);
/* The profile factor of the minute (minutes since the epoch). */
double ll_dprofile_factor(const ll_dprofile *pr, long long minute);
/* Learns the city-wide total of one closed minute. */
void ll_dprofile_learn(ll_dprofile *pr, long long minute, double total);
/* Average new threads per minute, city-wide (0 before any data). */
double ll_dprofile_mean(const ll_dprofile *pr);

typedef struct ll_dlevel {
    double c, e;       /* decayed counts and profile-weighted minutes */
    long long minutes; /* minutes learnt, not decayed: the series' own history */
} ll_dlevel;

/* New threads per minute at profile factor 1. */
double ll_dlevel_rate(const ll_dlevel *lv, double prior_rate, double prior_min);
/* One closed minute with count new threads at profile factor f; learn = 0
 * only decays (minutes of an active alert). */
void ll_dlevel_learn(ll_dlevel *lv, int count, double f, double decay, int learn);

/* The pooled rate of like series (the prior of each): their decayed counts over their
 * decayed profile-weighted minutes, with each series' counts capped at LL_DPRIOR_CAP times
 * the median of their rates. The plain average let one flooded series set every series'
 * prior: 20,500 call notes of one client in one wijk silenced every alert of a young
 * detector for 20 minutes (user check of 12-02). With the cap, one series lifts the pool by
 * at most LL_DPRIOR_CAP times the median over the kind's exposure (with n alike series, at
 * most (LL_DPRIOR_CAP - 1) / n times the median more than without it), and each of a few
 * flooded series by as much (the median stays among the others). 20: the benchmark's rates span 0.05 to 12 an hour, some 16
 * times their median, so none of its series is capped and its figures stay (10 clipped 8%
 * of them and cost a false alarm on two seeds of three). Only series with
 * LL_DPRIOR_MIN_EXPOSURE profile-weighted minutes take part in the median: a minute-old
 * series' rate says little. c and e hold n series' counts and minutes; scratch n doubles.
 * 0 for no minutes. */
#define LL_DPRIOR_CAP 20.0
#define LL_DPRIOR_MIN_EXPOSURE 1.0
double ll_dlevel_pooled(const double *c, const double *e, int n, double *scratch);

/* The per-minute factor of a half-life in days. */
double ll_decay_per_minute(double halflife_days);

#endif
