/* metrics.h - counters, gauges and latency histograms in Prometheus text format. */
#ifndef LL_METRICS_H
#define LL_METRICS_H

#include <stdatomic.h>
#include <stddef.h>

struct evbuffer;

enum ll_metric_type { LL_COUNTER, LL_GAUGE, LL_HISTOGRAM };

#define LL_HIST_BUCKETS 14

typedef struct ll_metric {
    const char *family; /* e.g. ll_http_requests_total */
    const char *labels; /* e.g. code="202", or NULL */
    const char *help;
    enum ll_metric_type type;
    _Atomic unsigned long long value;                    /* counter, gauge */
    _Atomic unsigned long long buckets[LL_HIST_BUCKETS]; /* histogram, in us */
    _Atomic unsigned long long sum_us, count;
    struct ll_metric *next;
} ll_metric;

#define LL_METRIC(var, fam, lab, typ, hlp) \
    static ll_metric var = {.family = fam, .labels = lab, .help = hlp, .type = typ}

/* Registers m (static storage) once; registration order is rendering order. */
void ll_metric_register(ll_metric *m);
/* Registers n metrics in their order; LL_METRICS_REGISTER(&a, &b, ...) counts them. */
void ll_metric_register_n(ll_metric *const *ms, size_t n);
#define LL_METRICS_REGISTER(...)                            \
    ll_metric_register_n((ll_metric *const[]){__VA_ARGS__}, \
                         sizeof((ll_metric *const[]){__VA_ARGS__}) / sizeof(ll_metric *))
static inline void ll_metric_add(ll_metric *m, unsigned long long n) {
    atomic_fetch_add_explicit(&m->value, n, memory_order_relaxed);
}
static inline void ll_metric_set(ll_metric *m, unsigned long long v) {
    atomic_store_explicit(&m->value, v, memory_order_relaxed);
}
static inline unsigned long long ll_metric_get(ll_metric *m) {
    return atomic_load_explicit(&m->value, memory_order_relaxed);
}
void ll_metric_observe_us(ll_metric *m, long long us);
/* The q-quantile (0..1) of a histogram in microseconds, from its buckets. */
double ll_metric_quantile_us(ll_metric *m, double q);

void ll_metrics_render(struct evbuffer *out);

#endif
