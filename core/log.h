/* log.h - structured one-line logging to stderr, tagged with the role. */
#ifndef LL_LOG_H
#define LL_LOG_H

enum ll_log_level { LL_LOG_ERROR = 0, LL_LOG_WARN, LL_LOG_INFO, LL_LOG_DEBUG };

extern int ll_log_level;

void ll_log_init(const char *role, int level);
int ll_log_level_parse(const char *s);
void ll_log_write(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A line that a client can cause at will (accept errors, refused connections)
 * is written at most once per interval; the lines left out are counted and
 * the next line says how many. Zero-initialised; safe across threads. */
typedef struct ll_log_limit {
    _Atomic long long next_ms;
    _Atomic unsigned long suppressed;
} ll_log_limit;
/* 1 when a line may be written now, with *suppressed the lines left out since
 * the last one; 0 (and counted) otherwise. */
int ll_log_allow(ll_log_limit *lim, int interval_ms, unsigned long *suppressed);

/* Names the calling thread (at most 15 bytes kept), so top -H, perf and
 * /proc/PID/task/TID/comm tell a worker from a lane from librdkafka's
 * threads (tests/bench/process.sh reads them per thread). */
void ll_thread_name(const char *name);

/* The level is checked before the arguments are evaluated. */
#define LL_LOG(lvl, ...)                      \
    do {                                      \
        if ((lvl) <= ll_log_level)            \
            ll_log_write((lvl), __VA_ARGS__); \
    } while (0)
#define ll_error(...) LL_LOG(LL_LOG_ERROR, __VA_ARGS__)
#define ll_warn(...) LL_LOG(LL_LOG_WARN, __VA_ARGS__)
#define ll_info(...) LL_LOG(LL_LOG_INFO, __VA_ARGS__)
#define ll_debug(...) LL_LOG(LL_LOG_DEBUG, __VA_ARGS__)

#endif
