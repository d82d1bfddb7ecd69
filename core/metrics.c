/* metrics.c - counters, gauges and latency histograms in Prometheus text format. */
#include "metrics.h"

#include <assert.h>
#include <event2/buffer.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static ll_metric *metrics_head, *metrics_tail;
/* Roles register most metrics before serving, but some (consumer lag per
 * partition) only when partitions are assigned, while /metrics is served. */
static pthread_mutex_t metrics_mu = PTHREAD_MUTEX_INITIALIZER;

/* Upper bounds in microseconds: 0.5 ms .. 10 s, then +Inf. */
static const long long bucket_us[LL_HIST_BUCKETS - 1] = {
    500, 1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000, 1000000, 2500000, 10000000};

void ll_metric_register(ll_metric *m) {
    pthread_mutex_lock(&metrics_mu);
    for (ll_metric *x = metrics_head; x; x = x->next)
        if (x == m) {
            pthread_mutex_unlock(&metrics_mu);
            return;
        }
    m->next = NULL;
    if (metrics_tail)
        metrics_tail->next = m;
    else
        metrics_head = m;
    metrics_tail = m;
    pthread_mutex_unlock(&metrics_mu);
}

void ll_metric_register_n(ll_metric *const *ms, size_t n) {
    for (size_t i = 0; i < n; i++)
        ll_metric_register(ms[i]);
}

void ll_metric_observe_us(ll_metric *m, long long us) {
    assert(m->type == LL_HISTOGRAM); /* a counter's buckets are never rendered */
    int i = 0;
    while (i < LL_HIST_BUCKETS - 1 && us > bucket_us[i])
        i++;
    atomic_fetch_add_explicit(&m->buckets[i], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&m->sum_us, (unsigned long long)(us < 0 ? 0 : us),
                              memory_order_relaxed);
    atomic_fetch_add_explicit(&m->count, 1, memory_order_relaxed);
}

double ll_metric_quantile_us(ll_metric *m, double q) {
    unsigned long long total = atomic_load(&m->count), seen = 0;
    if (total == 0)
        return 0;
    double want = q * (double)total;
    for (int i = 0; i < LL_HIST_BUCKETS; i++) {
        unsigned long long b = atomic_load(&m->buckets[i]);
        if ((double)(seen + b) >= want && b > 0) {
            double lo = i == 0 ? 0 : (double)bucket_us[i - 1];
            double hi = i < LL_HIST_BUCKETS - 1 ? (double)bucket_us[i] : lo * 2;
            return lo + (hi - lo) * ((want - (double)seen) / (double)b);
        }
        seen += b;
    }
    return (double)bucket_us[LL_HIST_BUCKETS - 2];
}

static const char *type_name(enum ll_metric_type t) {
    return t == LL_COUNTER ? "counter" : t == LL_GAUGE ? "gauge" : "histogram";
}

void ll_metrics_render(struct evbuffer *out) {
    const char *last_family = NULL;
    pthread_mutex_lock(&metrics_mu);
    for (ll_metric *m = metrics_head; m; m = m->next) {
        if (!last_family || strcmp(last_family, m->family) != 0) {
            evbuffer_add_printf(out, "# HELP %s %s\n# TYPE %s %s\n", m->family, m->help, m->family,
                                type_name(m->type));
            last_family = m->family;
        }
        const char *lb = m->labels ? m->labels : "";
        if (m->type != LL_HISTOGRAM) {
            evbuffer_add_printf(out, "%s%s%s%s %llu\n", m->family, *lb ? "{" : "", lb,
                                *lb ? "}" : "", ll_metric_get(m));
            continue;
        }
        unsigned long long cum = 0;
        for (int i = 0; i < LL_HIST_BUCKETS; i++) {
            cum += atomic_load(&m->buckets[i]);
            char le[32];
            if (i < LL_HIST_BUCKETS - 1)
                snprintf(le, sizeof(le), "%g", (double)bucket_us[i] / 1e6);
            else
                snprintf(le, sizeof(le), "+Inf");
            evbuffer_add_printf(out, "%s_bucket{%s%sle=\"%s\"} %llu\n", m->family, lb,
                                *lb ? "," : "", le, cum);
        }
        evbuffer_add_printf(out, "%s_sum%s%s%s %.6f\n%s_count%s%s%s %llu\n", m->family,
                            *lb ? "{" : "", lb, *lb ? "}" : "",
                            (double)atomic_load(&m->sum_us) / 1e6, m->family, *lb ? "{" : "", lb,
                            *lb ? "}" : "", (unsigned long long)atomic_load(&m->count));
    }
    pthread_mutex_unlock(&metrics_mu);
}
