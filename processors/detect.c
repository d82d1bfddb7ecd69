/* detect.c - the detect role: feedback.enriched -> feedback.alerts, or a replay of a file to stdout.
 *
 * Replay (--replay FILE, - for stdin) runs the same detector on the events'
 * own clock with the in-memory store: no Kafka, no Redis, nothing shared
 * with a live detector, so it can run next to one. Every alert event goes
 * to stdout, one a line; a bad input line is reported as `LINE: reason` on
 * stderr and skipped, and makes the exit status 65 at the end. */
#include "detect.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event.h"
#include "log.h"
#include "signals.h"
#include "text.h"

#define EX_DATAERR 65
#define REPLAY_BATCH 1000

/* [detect] windows: ascending minutes, "10,30,60,180". */
static int check_windows(void *settings, const char *v, char *msg, size_t msglen) {
    ll_detect_cfg *cfg = settings;
    int n = 0, prev = 0;
    const char *p = v;
    while (*p) {
        char *end = NULL;
        errno = 0;
        long x = strtol(p, &end, 10);
        if (errno || end == p || x < 1 || x > 240 || x <= prev || n >= LL_DETECT_MAX_WINDOWS) {
            snprintf(msg, msglen,
                     "windows: '%s' is not 1..%d ascending minutes (each 1..240), comma-separated",
                     v, LL_DETECT_MAX_WINDOWS);
            return -1;
        }
        cfg->windows_min[n++] = (int)x;
        prev = (int)x;
        p = end;
        while (*p == ' ')
            p++;
        if (*p == ',')
            p++;
        else if (*p) {
            snprintf(msg, msglen, "windows: '%s': expected a comma after %ld", v, x);
            return -1;
        }
        while (*p == ' ')
            p++;
    }
    if (n == 0) {
        snprintf(msg, msglen, "windows: at least one window");
        return -1;
    }
    cfg->nwindows = n;
    return 0;
}

static int check_method(void *settings, const char *v, char *msg, size_t msglen) {
    (void)settings;
    if (strcmp(v, "poisson-scan") && strcmp(v, "ears-c2")) {
        snprintf(msg, msglen, "method: '%s' is not poisson-scan or ears-c2", v);
        return -1;
    }
    return 0;
}

static int check_label(void *settings, const char *v, char *msg, size_t msglen) {
    (void)settings;
    if (!*v || strpbrk(v, "{}|*")) {
        snprintf(msg, msglen, "gemeente: '%s' must be non-empty without {, }, | or *", v);
        return -1;
    }
    return 0;
}

static const ll_config_key detect_keys[] = {
    {"group", LL_CT_STR, LL_CFG_STR(ll_detect_cfg, group), "luisterloop-detect", 0, 0,
     "Kafka consumer group of the detectors", NULL},
    {"transactional_id", LL_CT_STR, LL_CFG_STR(ll_detect_cfg, txn_id), "luisterloop-detect-0", 0, 0,
     "Kafka transactional.id of the detector", NULL},
    {"gemeente", LL_CT_STR, LL_CFG_STR(ll_detect_cfg, gemeente), "Rotterdam", 0, 0,
     "the gemeente label of every alert", check_label},
    {"method", LL_CT_STR, LL_CFG_STR(ll_detect_cfg, method), "poisson-scan", 0, 0,
     "poisson-scan (the detector) or ears-c2 (the CDC baseline, for comparison)", check_method},
    {"windows", LL_CT_STR, LL_CFG_STR(ll_detect_cfg, windows), "10,30,60,180", 0, 0,
     "window lengths in minutes, ascending; each ending at the last whole minute", check_windows},
    {"min_count", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, min_count), "3", 1, 100000,
     "an alert needs at least this many distinct new threads in the window", NULL},
    {"min_ratio", LL_CT_DOUBLE, LL_CFG_NUM(ll_detect_cfg, min_ratio), "3", 1, 1000,
     "... and at least this many times the expected count", NULL},
    {"alpha", LL_CT_DOUBLE, LL_CFG_NUM(ll_detect_cfg, alpha), "0.0001", 0, 1,
     "poisson-scan: largest upper-tail probability of the longest window (a w-minute one gets alpha*w/longest)", NULL},
    {"ears_z", LL_CT_DOUBLE, LL_CFG_NUM(ll_detect_cfg, ears_z), "3", 0, 100,
     "ears-c2: smallest (count - baseline mean) / baseline sd", NULL},
    {"allowed_lateness_s", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, lateness_s), "120", 0,
     LL_DETECT_MAX_LATENESS_S, "events this late still count in their minute; later ones are skipped", NULL},
    {"quiet_min", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, quiet_min), "30", 1, 10080,
     "minutes without the condition before an alert is resolved", NULL},
    {"repeat_min", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, repeat_min), "240", 1, 10080,
     "a firing alert is sent again at most this often", NULL},
    {"warmup_min", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, warmup_min), "4320", 0, 525600,
     "no alerts this long after the first event; series younger than this need twice the thresholds", NULL},
    {"thread_memory_min", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, memory_min), "1440", 1, 44640,
     "a thread seen again within this is not a new citizen", NULL},
    {"halflife_days", LL_CT_DOUBLE, LL_CFG_NUM(ll_detect_cfg, halflife_days), "14", 1, 365,
     "half-life of the history behind each series' level", NULL},
    {"prior_min", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, prior_min), "720", 1, 100000,
     "weight, in minutes of data, of the average rate in a young or sparse series' level", NULL},
    {"utc_offset_min", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, utc_offset_min), "60", -720, 840,
     "local time of the daily and weekly profile, in minutes east of UTC", NULL},
    {"batch_max", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, batch_max), "2000", 1, LL_DETECT_BATCH_MAX,
     "most input events per transaction", NULL},
    {"batch_wait_ms", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, batch_wait_ms), "50", 0, 10000,
     "longest wait to fill a batch once the first event is in", NULL},
    {"tick_ms", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, tick_ms), "1000", 10, 60000,
     "how often the clock moves when no events come (alerts resolve on it)", NULL},
    {"transaction_timeout_ms", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, txn_timeout_ms), "30000", 1000,
     900000, "Kafka transaction timeout", NULL},
    {"metrics_listen", LL_CT_STR, LL_CFG_STR(ll_detect_cfg, metrics_listen), "", 0, 0,
     "host:port for /healthz, /readyz and /metrics; empty: none", NULL},
};

const ll_config_section ll_detect_config = {LL_CFG_SECTION("detect", ll_detect_cfg, detect_keys)};

typedef struct detect {
    const ll_config *cfg;
    ll_detect_opts o;
    const char *replay; /* file, "-" for stdin; NULL: live */
    ll_dstore *store;
    ll_detector *det;
    unsigned long long alerts, firing, resolved;
} detect;

void ll_detect_opts_from_config(const ll_config *cfg, ll_detect_opts *o) {
    const ll_detect_cfg *dc = ll_config_settings(cfg, &ll_detect_config);
    memset(o, 0, sizeof(*o));
    o->stat.method = strcmp(dc->method, "ears-c2") ? LL_DSTAT_SCAN : LL_DSTAT_EARS_C2;
    o->stat.nwin = dc->nwindows;
    memcpy(o->stat.win_min, dc->windows_min, sizeof(o->stat.win_min));
    o->stat.min_count = dc->min_count;
    o->stat.min_ratio = dc->min_ratio;
    o->stat.alpha = dc->alpha;
    o->stat.ears_z = dc->ears_z;
    o->lateness_s = dc->lateness_s;
    o->quiet_min = dc->quiet_min;
    o->repeat_min = dc->repeat_min;
    o->warmup_min = dc->warmup_min;
    o->memory_min = dc->memory_min;
    o->utc_offset_min = dc->utc_offset_min;
    o->halflife_days = dc->halflife_days;
    o->prior_min = dc->prior_min;
    snprintf(o->gemeente, sizeof(o->gemeente), "%s", dc->gemeente);
    snprintf(o->source, sizeof(o->source), "%s/detect", cfg->source_base);
}

static int count_status(detect *dt, const cJSON *ev) {
    const char *st = ll_json_str(ll_event_data(ev), "status");
    dt->alerts++;
    if (st && !strcmp(st, "firing"))
        dt->firing++;
    else
        dt->resolved++;
    return 0;
}

static int replay_sink(void *arg, const char *alert_id, const cJSON *ev) {
    (void)alert_id;
    detect *dt = arg;
    char *s = cJSON_PrintUnformatted(ev);
    if (!s)
        return -1;
    int rc = fputs(s, stdout) < 0 || fputc('\n', stdout) == EOF ? -1 : 0;
    cJSON_free(s);
    count_status(dt, ev);
    return rc;
}

static void detect_shutdown(void *state) {
    detect *dt = state;
    if (!dt)
        return;
    ll_detector_free(dt->det);
    ll_dstore_free(dt->store);
    free(dt);
}

static void *detect_init(const ll_config *cfg, int argc, char **argv, char *errstr,
                         size_t errlen) {
    detect *dt = calloc(1, sizeof(*dt));
    if (!dt) {
        snprintf(errstr, errlen, "detect: out of memory");
        return NULL;
    }
    dt->cfg = cfg;
    ll_detect_opts_from_config(cfg, &dt->o);
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--replay") && v) {
            dt->replay = v;
            i++;
        } else if (!strcmp(a, "--method") && v) {
            if (strcmp(v, "poisson-scan") && strcmp(v, "ears-c2")) {
                snprintf(errstr, errlen, "detect: --method %s: poisson-scan or ears-c2", v);
                goto fail;
            }
            dt->o.stat.method = strcmp(v, "ears-c2") ? LL_DSTAT_SCAN : LL_DSTAT_EARS_C2;
            i++;
        } else {
            snprintf(errstr, errlen, "detect: unknown or incomplete argument '%s'", a);
            goto fail;
        }
    }
    if (!dt->replay) {
        snprintf(errstr, errlen, "detect: give --replay FILE (or - for stdin)");
        goto fail;
    }
    dt->o.event_clock = 1;
    if (!(dt->store = ll_dstore_memory_new(dt->o.memory_min, errstr, errlen)) ||
        !(dt->det = ll_detector_new(&dt->o, dt->store, replay_sink, dt, errstr, errlen)))
        goto fail;
    return dt;
fail:
    detect_shutdown(dt);
    return NULL;
}

/* One batch: its trees and inputs, counted in one store round trip. */
typedef struct replay_batch {
    cJSON *trees[REPLAY_BATCH];
    ll_dinput in[REPLAY_BATCH];
    int n;
} replay_batch;

static int batch_flush(detect *dt, replay_batch *b) {
    char e[256];
    int rc = b->n ? ll_detector_add(dt->det, b->in, b->n, e, sizeof(e)) : 0;
    if (rc != 0)
        ll_error("replay: %s", e);
    for (int i = 0; i < b->n; i++)
        cJSON_Delete(b->trees[i]);
    b->n = 0;
    return rc;
}

static int replay_run(detect *dt) {
    FILE *f = strcmp(dt->replay, "-") ? fopen(dt->replay, "r") : stdin;
    if (!f) {
        ll_error("replay: %s: %s", dt->replay, strerror(errno));
        return 1;
    }
    static replay_batch b;
    char *line = malloc(LL_DETECT_REPLAY_LINE + 2);
    unsigned long long lineno = 0, bad = 0;
    int rc = 0;
    long long t0 = ll_mono_us(), last_ms = 0;
    if (!line) {
        rc = 1;
        goto out;
    }
    while (!ll_stop_requested() && fgets(line, LL_DETECT_REPLAY_LINE + 2, f)) {
        lineno++;
        size_t n = strlen(line);
        if (n > 0 && line[n - 1] == '\n')
            line[--n] = '\0';
        else if (!feof(f)) {
            int c;
            while ((c = fgetc(f)) != EOF && c != '\n')
                ;
            fprintf(stderr, "%llu: line longer than %d bytes\n", lineno, LL_DETECT_REPLAY_LINE);
            bad++;
            continue;
        }
        if (n > 0 && line[n - 1] == '\r')
            line[--n] = '\0';
        if (n == 0)
            continue;
        ll_err err = {0};
        cJSON *ev = ll_json_parse(line, n, LL_DETECT_REPLAY_LINE, &err);
        if (!ev || ll_detect_input_from_json(ev, &b.in[b.n], &err) != 0) {
            fprintf(stderr, "%llu: %s%s%s\n", lineno, err.field, err.field[0] ? ": " : "",
                    err.msg);
            cJSON_Delete(ev);
            bad++;
            continue;
        }
        if (b.in[b.n].t_ms > last_ms)
            last_ms = b.in[b.n].t_ms;
        b.trees[b.n++] = ev;
        if (b.n == REPLAY_BATCH && batch_flush(dt, &b) != 0) {
            rc = 1;
            goto out;
        }
    }
    if (ferror(f)) {
        ll_error("replay: %s: read error", dt->replay);
        rc = 1;
        goto out;
    }
    if (batch_flush(dt, &b) != 0) {
        rc = 1;
        goto out;
    }
    char e[256];
    /* every minute the input reached is evaluated */
    if (last_ms && ll_detector_tick(dt->det, (last_ms / 60000 + 1) * 60000, e, sizeof(e)) != 0) {
        ll_error("replay: %s", e);
        rc = 1;
        goto out;
    }
    if (fflush(stdout) != 0) {
        ll_error("replay: stdout: %s", strerror(errno));
        rc = 1;
        goto out;
    }
    ll_detect_counters c;
    ll_detector_counters(dt->det, &c);
    double secs = (double)(ll_mono_us() - t0) / 1e6;
    ll_info("replay: %llu lines, %llu events counted, %llu bad, %llu late, %llu over the series "
            "bound; %d series; %llu alerts (%llu firing, %llu resolved); %.0f events/s; "
            "in-memory store, 0 Redis round trips",
            lineno, c.events, bad, c.late, c.series_full, ll_detector_nseries(dt->det),
            dt->alerts, dt->firing, dt->resolved, secs > 0 ? (double)c.events / secs : 0);
    if (bad)
        rc = EX_DATAERR;
out:
    free(line);
    if (f && f != stdin)
        fclose(f);
    return rc;
}

static int detect_run(void *state) {
    detect *dt = state;
    return replay_run(dt);
}

const ll_role ll_role_detect = {
    .name = "detect",
    .summary = "early warning: spikes per theme x wijk -> feedback.alerts; --replay FILE to stdout",
    .usage = "  --replay FILE     replay time-ordered events (- for stdin) on their own clock;\n"
             "                    alerts to stdout, bad lines to stderr (exit 65)\n"
             "  --method M        poisson-scan or ears-c2 instead of [detect] method\n",
    .config = &ll_detect_config,
    .needs_pseudonym_key = 0,
    .init = detect_init,
    .run = detect_run,
    .shutdown = detect_shutdown,
};
