/* detect_model.h - expected counts: a per-series level times a shared time-of-day and day-of-week profile.
 *
 * The expected number of new threads of series s in minute m is
 *     level(s) * tod(hour of m) * dow(day of m)
 * The profile (tod, dow) is learnt from the city-wide total, so a series
 * with a few contacts a week still gets a daily and weekly shape; only its
 * level is its own. The level is a Gamma-Poisson posterior mean: counts and
 * profile-weighted minutes, both decayed with a half-life, plus a prior of
 * prior_min minutes at the average rate of series of its kind. A new or
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

/* The per-minute factor of a half-life in days. */
double ll_decay_per_minute(double halflife_days);

#endif
