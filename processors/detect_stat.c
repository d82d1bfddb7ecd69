/* detect_stat.c - the tests that call a count too high: a Poisson scan over fixed windows, EARS C2. */
#include "detect_stat.h"

#include <math.h>
#include <string.h>

/* The regularised lower incomplete gamma P(a, x), by its series for x < a+1
 * and by Lentz's continued fraction for Q = 1 - P otherwise (Numerical
 * Recipes 6.2). P(X >= k) for Poisson(mu) is P(k, mu). */
static double gamma_p(double a, double x) {
    if (x <= 0)
        return 0;
    double lnpre = a * log(x) - x - lgamma(a);
    if (x < a + 1) {
        double ap = a, sum = 1.0 / a, del = sum;
        for (int n = 0; n < 10000; n++) {
            ap += 1;
            del *= x / ap;
            sum += del;
            if (fabs(del) < fabs(sum) * 1e-15)
                break;
        }
        return sum * exp(lnpre);
    }
    const double tiny = 1e-300;
    double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
    for (int i = 1; i < 10000; i++) {
        double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (fabs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (fabs(c) < tiny)
            c = tiny;
        d = 1 / d;
        double del = d * c;
        h *= del;
        if (fabs(del - 1) < 1e-15)
            break;
    }
    return 1 - exp(lnpre) * h;
}

double ll_poisson_sf(int k, double mu) {
    if (k <= 0)
        return 1;
    if (mu <= 0)
        return 0;
    double p = gamma_p((double)k, mu);
    return p < 0 ? 0 : p > 1 ? 1 : p;
}

static void clear(ll_dstat_result *out) {
    memset(out, 0, sizeof(*out));
    out->p_value = -1;
}

void ll_dstat_scan(const ll_dstat_params *p, const int *obs, const double *expd, int strict,
                   ll_dstat_result *out) {
    clear(out);
    double best = 0; /* the largest alpha_w / p seen */
    int longest = p->win_min[p->nwin - 1];
    for (int w = 0; w < p->nwin; w++) {
        int o = obs[w];
        double e = expd[w];
        if (o < p->min_count * strict || (double)o < p->min_ratio * strict * e)
            continue;
        /* A window of w minutes is tested every minute, but only every w
         * minutes is its count new: the short windows make the most
         * independent tests, so they get the smallest share of alpha. */
        double alpha_w = p->alpha * p->win_min[w] / longest;
        double pv = ll_poisson_sf(o, e);
        double margin = alpha_w / (pv > 1e-300 ? pv : 1e-300);
        if (margin > best) {
            best = margin;
            out->window_min = p->win_min[w];
            out->observed = o;
            out->expected = e;
            out->p_value = pv;
            /* 1e-300 caps the score where the tail underflows */
            out->score = -log10(pv > 1e-300 ? pv : 1e-300);
        }
    }
    out->alarm = best >= 1;
}

void ll_dstat_ears_c2(const ll_dstat_params *p, int x, const int *base, int strict,
                      ll_dstat_result *out) {
    clear(out);
    double mean = 0, var = 0;
    for (int i = 0; i < LL_EARS_BASELINE_BINS; i++)
        mean += base[i];
    mean /= LL_EARS_BASELINE_BINS;
    for (int i = 0; i < LL_EARS_BASELINE_BINS; i++)
        var += (base[i] - mean) * (base[i] - mean);
    double sd = sqrt(var / (LL_EARS_BASELINE_BINS - 1));
    if (sd < LL_EARS_SD_FLOOR)
        sd = LL_EARS_SD_FLOOR;
    double z = (x - mean) / sd;
    out->window_min = p->win_min[0];
    out->observed = x;
    out->expected = mean;
    out->score = z;
    out->alarm = x >= p->min_count * strict && x >= p->min_ratio * strict * mean && z >= p->ears_z;
}
