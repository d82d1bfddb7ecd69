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

typedef struct detect {
    const ll_config *cfg;
    ll_detect_opts o;
    const char *replay; /* file, "-" for stdin; NULL: live */
    ll_dstore *store;
    ll_detector *det;
    unsigned long long alerts, firing, resolved;
} detect;

void ll_detect_opts_from_config(const ll_config *cfg, ll_detect_opts *o) {
    memset(o, 0, sizeof(*o));
    o->stat.method = strcmp(cfg->detect_method, "ears-c2") ? LL_DSTAT_SCAN : LL_DSTAT_EARS_C2;
    o->stat.nwin = cfg->detect_nwindows;
    memcpy(o->stat.win_min, cfg->detect_windows_min, sizeof(o->stat.win_min));
    o->stat.min_count = cfg->detect_min_count;
    o->stat.min_ratio = cfg->detect_min_ratio;
    o->stat.alpha = cfg->detect_alpha;
    o->stat.ears_z = cfg->detect_ears_z;
    o->lateness_s = cfg->detect_lateness_s;
    o->quiet_min = cfg->detect_quiet_min;
    o->repeat_min = cfg->detect_repeat_min;
    o->warmup_min = cfg->detect_warmup_min;
    o->memory_min = cfg->detect_memory_min;
    o->utc_offset_min = cfg->detect_utc_offset_min;
    o->halflife_days = cfg->detect_halflife_days;
    o->prior_min = cfg->detect_prior_min;
    snprintf(o->gemeente, sizeof(o->gemeente), "%s", cfg->detect_gemeente);
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
    .section = LL_SECT_DETECT,
    .needs_pseudonym_key = 0,
    .init = detect_init,
    .run = detect_run,
    .shutdown = detect_shutdown,
};
