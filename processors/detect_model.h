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
 * only decays (minutes of an active alert). count is what ll_dlearn_count leaves. */
void ll_dlevel_learn(ll_dlevel *lv, double count, double f, double decay, int learn);

/* What the model learns of a minute's count of a series that expected `expected`, by the
 * series' level and, summed over the theme series, by the profile: the count itself when it
 * is at most expected + LL_DLEARN_Z sqrt(expected) + LL_DLEARN_SLACK; beyond that the
 * expected count when the series is settled (has prior_min minutes of its own), the bound
 * when it is not. The profile was learnt from the city-wide total as it came, so 20,000
 * notes of one client in an hour lifted that hour's and that weekday's factors and the means
 * they are measured against, for weeks (28-day half-life): every other hour and weekday
 * expected far less, down to a twentieth, and fired all day (test_detect
 * flood_teaches_the_profile_nothing: 146 and 232 firings where the control has 2).
 * - Why a bound on each series' minute and not the total less the excess of active
 *   incidents: a flood in the warm-up alerts nothing, a local flood does not make its
 *   city-wide theme's alert active (inhibited), and the minutes before an alert fires are
 *   learnt. The bound needs no alert. Why not a median over series: most series' minutes
 *   are 0.
 * - Why the level too: the bound is measured against it, and a level that learnt the flood
 *   lifts its own bound (bounding the profile alone left the test's flood in the warm-up
 *   silencing the mornings of the week after).
 * - Why the expected count and not the bound (winsorising): each minute of a flood taught
 *   the bound, 3 sqrt(e) + 1 more than usual, and an hour of it still lifted the hour's
 *   factor by half a week later in the test. A young series learns the bound: its expected
 *   count may still be far below its rate (0 before any data), and only the bound lets it
 *   grow to it.
 * - The bound: a Poisson count's z = 4 bound plus 2, so an ordinary minute is almost never
 *   replaced: what that takes off is at most 0.03% of the mean for expected 0.001..50 a
 *   minute (z = 3 plus 1 took up to 5% at 0.05 a minute, and cost 1-2 false alarms on four
 *   of the benchmark's seven seeds, winsorised). */
#define LL_DLEARN_Z 4.0
#define LL_DLEARN_SLACK 2.0
double ll_dlearn_count(double count, double expected, int settled);

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
