/* log.c - structured one-line logging to stderr, tagged with the role. */
#include "log.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <time.h>

int ll_log_level = LL_LOG_INFO;
static char log_role[32] = "luisterloop";

static const char *level_names[] = {"error", "warn", "info", "debug"};

void ll_log_init(const char *role, int level) {
    snprintf(log_role, sizeof(log_role), "%s", role);
    ll_log_level = level;
}

int ll_log_level_parse(const char *s) {
    for (int i = 0; i < 4; i++)
        if (strcmp(s, level_names[i]) == 0)
            return i;
    return -1;
}

void ll_log_write(int level, const char *fmt, ...) {
    char line[2048];
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    int n = snprintf(line, sizeof(line), "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ [%s] %s ",
                     tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                     ts.tv_nsec / 1000000, log_role,
                     level_names[level < 0   ? 0
                                 : level > 3 ? 3
                                             : level]);
    if (n < 0 || (size_t)n >= sizeof(line))
        n = 0;
    va_list ap;
    va_start(ap, fmt);
    int m = vsnprintf(line + n, sizeof(line) - (size_t)n - 1, fmt, ap);
    va_end(ap);
    size_t len = m < 0 ? (size_t)n : (size_t)n + (size_t)m;
    if (len > sizeof(line) - 2)
        len = sizeof(line) - 2; /* truncated: still one line */
    /* Messages quote what clients sent (paths, names, JSON errors): a newline
     * would forge a second line and ESC would drive the operator's terminal,
     * so every C0 control and DEL becomes a space. */
    for (size_t i = (size_t)n; i < len; i++)
        if ((unsigned char)line[i] < 0x20 || line[i] == 0x7f)
            line[i] = ' ';
    line[len++] = '\n';
    fwrite(line, 1, len, stderr);
}

int ll_log_allow(ll_log_limit *lim, int interval_ms, unsigned long *suppressed) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    long long now = (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
    long long next = atomic_load(&lim->next_ms);
    if (now < next || !atomic_compare_exchange_strong(&lim->next_ms, &next, now + interval_ms)) {
        atomic_fetch_add(&lim->suppressed, 1);
        return 0;
    }
    *suppressed = atomic_exchange(&lim->suppressed, 0);
    return 1;
}

void ll_thread_name(const char *name) {
    char n[16];
    snprintf(n, sizeof(n), "%s", name);
    prctl(PR_SET_NAME, n, 0, 0, 0);
}
