/* log.h - structured one-line logging to stderr, tagged with the role. */
#ifndef LL_LOG_H
#define LL_LOG_H

enum ll_log_level { LL_LOG_ERROR = 0, LL_LOG_WARN, LL_LOG_INFO, LL_LOG_DEBUG };

extern int ll_log_level;

void ll_log_init(const char *role, int level);
int ll_log_level_parse(const char *s);
void ll_log_write(int level, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* The level is checked before the arguments are evaluated. */
#define LL_LOG(lvl, ...)                                                       \
    do {                                                                       \
        if ((lvl) <= ll_log_level)                                             \
            ll_log_write((lvl), __VA_ARGS__);                                  \
    } while (0)
#define ll_error(...) LL_LOG(LL_LOG_ERROR, __VA_ARGS__)
#define ll_warn(...)  LL_LOG(LL_LOG_WARN, __VA_ARGS__)
#define ll_info(...)  LL_LOG(LL_LOG_INFO, __VA_ARGS__)
#define ll_debug(...) LL_LOG(LL_LOG_DEBUG, __VA_ARGS__)

#endif
