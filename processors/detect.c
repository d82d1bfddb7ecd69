/* detect.c - the detect role: feedback.enriched -> feedback.alerts, or a replay of a file to stdout.
 *
 * Live: one loop reads feedback.enriched (read_committed), counts each batch
 * in Redis (one pipelined round trip of idempotent marks, detect_count.h),
 * moves the detector's clock to the wall clock, and writes the alerts that
 * came out together with the batch's input offsets in one Kafka transaction
 * (core/committer.h, one lane, waited for). The clock moves when no events
 * come too (tick_ms), so an alert resolves in a quiet hour; such a
 * transaction has alerts and no offsets. Alerts depend on the clock, not
 * only on input, which is why this role does not gather on core/stream.h:
 * it hands the committer a batch only when input came.
 *
 * What survives a crash: counts are in Redis (read back on start), the alert
 * states are what feedback.alerts holds (read back on start, read_committed:
 * one that was committed is not sent twice), and the model, saved once a minute
 * when all that was decided is committed, names the last minute evaluated: the
 * first tick evaluates the minutes after it, so an alert decided and not
 * committed before a crash is decided again and sent once. An aborted transaction's alerts
 * stay owed and go in the next transaction, and its input is read again (the
 * marks count nothing twice): the minutes it evaluated are not evaluated
 * again. One detector per pipeline: a second one in the group would see only
 * part of the input.
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

#include <hiredis/hiredis.h>
#include <librdkafka/rdkafka.h>
#include <unistd.h>

#include "batch.h"
#include "committer.h"
#include "event.h"
#include "http.h"
#include "kafka.h"
#include "keys.h"
#include "log.h"
#include "metrics.h"
#include "redis.h"
#include "stop.h"
#include "text.h"

#define EX_DATAERR 65
#define REPLAY_BATCH 1000
/* Alerts owed to the alerts topic: one transaction's, and those of the aborted transactions
 * before it; a minute of a busy gemeente makes a few. */
#define PENDING_MAX 256

LL_METRIC(m_consumed, "ll_detect_consumed_total", NULL, LL_COUNTER, "enriched events read");
LL_METRIC(m_bad, "ll_detect_unusable_total", NULL, LL_COUNTER,
          "enriched events without a usable theme, time or id (skipped)");
LL_METRIC(m_late, "ll_detect_late_total", NULL, LL_COUNTER,
          "events later than allowed_lateness_s (skipped)");
LL_METRIC(m_firing, "ll_detect_alerts_total", "status=\"firing\"", LL_COUNTER, "alerts sent");
LL_METRIC(m_resolved, "ll_detect_alerts_total", "status=\"resolved\"", LL_COUNTER, "alerts sent");
LL_TXN_METRICS(m_txn, "ll_detect",
               "aborted transactions (their input is read again, their alerts go in the next)",
               "from a batch's first event (or its tick) to its transaction's commit");
LL_METRIC(m_rtt, "ll_detect_redis_roundtrips_total", NULL, LL_COUNTER, "Redis round trips");
LL_METRIC(m_series, "ll_detect_series", NULL, LL_GAUGE, "series counted");
/* Moves every tick_ms while the detector works; stands still while Redis or a transaction
 * holds it, when no alert can fire or resolve (time() - this: how long). */
LL_METRIC(m_evaluated, "ll_detect_clock_timestamp_seconds", NULL, LL_GAUGE,
          "when the detector last moved its clock to the wall clock, which fires and resolves "
          "alerts (unix time)");

typedef struct pending {
    char id[LL_ALERT_ID_LEN + 1];
    char *json; /* cJSON_free */
    int firing;
} pending;

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
    {"alpha", LL_CT_DOUBLE, LL_CFG_NUM(ll_detect_cfg, alpha), "0.00009", 0, 1,
     "poisson-scan: largest upper-tail probability of the longest window (a w-minute one gets "
     "alpha*w/longest)",
     NULL},
    {"ears_z", LL_CT_DOUBLE, LL_CFG_NUM(ll_detect_cfg, ears_z), "3", 0, 100,
     "ears-c2: smallest (count - baseline mean) / baseline sd", NULL},
    {"allowed_lateness_s", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, lateness_s), "120", 0,
     LL_DETECT_MAX_LATENESS_S,
     "events this late still count in their minute; later ones are skipped", NULL},
    {"quiet_min", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, quiet_min), "30", 1, 10080,
     "minutes without the condition before an alert is resolved", NULL},
    {"hold_min", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, hold_min), "30", 1, 180,
     "an alert's condition lasts while its last hold_min minutes (at most the longest window) "
     "bring a new thread and hold_ratio x the expected count",
     NULL},
    {"hold_ratio", LL_CT_DOUBLE, LL_CFG_NUM(ll_detect_cfg, hold_ratio), "2", 0, 1000,
     "see hold_min", NULL},
    {"repeat_min", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, repeat_min), "240", 1, 10080,
     "a firing alert is sent again at most this often", NULL},
    {"warmup_min", LL_CT_INT, LL_CFG_NUM(ll_detect_cfg, warmup_min), "4320", 0, 525600,
     "no alerts until the model has learnt this many minutes (0: none, alerts on an empty model); "
     "series younger than this need twice the thresholds",
     NULL},
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
    LL_ADMIN_LISTEN_KEY(ll_detect_cfg),
};

const ll_config_section ll_detect_config = {LL_CFG_SECTION("detect", ll_detect_cfg, detect_keys)};

typedef struct detect {
    const ll_config *cfg;
    const ll_detect_cfg *dc; /* [detect] */
    ll_detect_opts o;
    const char *replay; /* file, "-" for stdin; NULL: live */
    ll_dstore *store;
    ll_detector *det;
    unsigned long long alerts, firing, resolved;
    /* live */
    redisContext *redis;
    rd_kafka_t *consumer;
    ll_committer *committer;
    char txn_id[160];
    pending pend[PENDING_MAX];
    int npend;
    long long (*now_ms)(void);      /* the wall clock (ll_now_ms; a test's own) */
    long long last_tick, saved_min; /* saved_min: the last minute evaluated in the saved model */
    ll_batch empty;                 /* ll_detect_live_batch's: a test's batch has no messages */
    int redis_broken;
    long long silences_at; /* minute the silences were last read */
    char model_key[LL_DETECT_NS_BYTES + 16];
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
    o->hold_min = dc->hold_min;
    o->hold_ratio = dc->hold_ratio;
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

/* Live: the alerts wait for a transaction that commits (live_batch). */
static int live_sink(void *arg, const char *alert_id, const cJSON *ev) {
    detect *dt = arg;
    if (dt->npend >= PENDING_MAX) {
        ll_error("more than %d alerts owed to %s (its transactions failing)", PENDING_MAX,
                 dt->cfg->topic_alerts);
        return -1;
    }
    pending *p = &dt->pend[dt->npend];
    p->json = cJSON_PrintUnformatted(ev);
    if (!p->json)
        return -1;
    const char *st = ll_json_str(ll_event_data(ev), "status");
    p->firing = st && !strcmp(st, "firing");
    snprintf(p->id, sizeof(p->id), "%s", alert_id);
    dt->npend++;
    return 0;
}

static void pending_clear(detect *dt) {
    for (int i = 0; i < dt->npend; i++)
        cJSON_free(dt->pend[i].json);
    dt->npend = 0;
}

static void detect_shutdown(void *state) {
    detect *dt = state;
    if (!dt)
        return;
    ll_kafka_consumer_free(dt->consumer);
    ll_committer_free(dt->committer);
    pending_clear(dt);
    ll_detector_free(dt->det);
    ll_dstore_free(dt->store);
    ll_batch_fini(&dt->empty);
    if (dt->redis)
        redisFree(dt->redis);
    free(dt);
}

/* The committer's hooks, on its lane while the loop waits for the outcome
 * (ll_committer_collect): the pending alerts go into the transaction. */
static int detect_produce(void *role, ll_txn_out *out, ll_batch *b) {
    (void)b;
    detect *dt = role;
    for (int i = 0; i < dt->npend; i++) {
        pending *p = &dt->pend[i];
        if (ll_txn_produce(out, dt->cfg->topic_alerts, p->id, strlen(p->id), p->json,
                           strlen(p->json), RD_KAFKA_MSG_F_COPY) != 0)
            return -1;
    }
    return 0;
}

static void detect_committed(void *role, const ll_batch *b, const ll_txn_times *t) {
    (void)b;
    (void)t;
    detect *dt = role;
    for (int i = 0; i < dt->npend; i++) {
        ll_metric_add(dt->pend[i].firing ? &m_firing : &m_resolved, 1);
        ll_info("alert %s %s", dt->pend[i].id, dt->pend[i].firing ? "firing" : "resolved");
    }
}

/* Frees the batch's trees (its messages go with ll_batch_release). */
static void detect_clear(void *role, ll_batch *b) {
    (void)role;
    for (int i = 0; i < b->n; i++) {
        cJSON **tree = ll_batch_item(b, i);
        cJSON_Delete(*tree);
        *tree = NULL;
    }
}

static int live_init(detect *dt, char *errstr, size_t errlen) {
    const ll_config *cfg = dt->cfg;
    const ll_detect_cfg *dc = dt->dc;
    snprintf(dt->txn_id, sizeof(dt->txn_id), "%s", dc->txn_id);
    snprintf(dt->model_key, sizeof(dt->model_key), LL_KEY_DETECT_MODEL_FMT, dc->group);
    rd_kafka_conf_t *cconf = ll_kafka_conf_new(cfg, "detect", errstr, errlen);
    if (!cconf)
        return -1;
    if (ll_kafka_conf_stream_defaults(cconf, cfg, "detect", dt->txn_id, errstr, errlen) != 0) {
        rd_kafka_conf_destroy(cconf);
        return -1;
    }
    if (!(dt->consumer = ll_kafka_consumer_new(cconf, dc->group, errstr, errlen)))
        return -1;
    const ll_committer_conf cc = {.cfg = cfg,
                                  .section = "detect",
                                  .txn_id = dt->txn_id,
                                  .lanes = 1,
                                  .txn_timeout_ms = dc->txn_timeout_ms,
                                  .metrics = &m_txn};
    const ll_committer_hooks hooks = {dt, detect_produce, detect_committed, detect_clear};
    if (!(dt->committer = ll_committer_new(&cc, &hooks, NULL, errstr, errlen)))
        return -1;
    LL_METRICS_REGISTER(&m_consumed, &m_bad, &m_late, &m_firing, &m_resolved);
    ll_txn_metrics_register(&m_txn);
    LL_METRICS_REGISTER(&m_rtt, &m_series, &m_evaluated);
    return 0;
}

/* The role's state with its settings, options from the config unless given (o). */
static detect *detect_new(const ll_config *cfg, const ll_detect_opts *o, char *errstr,
                          size_t errlen) {
    detect *dt = calloc(1, sizeof(*dt));
    if (!dt) {
        snprintf(errstr, errlen, "detect: out of memory");
        return NULL;
    }
    dt->cfg = cfg;
    dt->dc = ll_config_settings(cfg, &ll_detect_config);
    if (o)
        dt->o = *o;
    else
        ll_detect_opts_from_config(cfg, &dt->o);
    return dt;
}

static void *detect_init(const ll_config *cfg, int argc, char **argv, char *errstr, size_t errlen) {
    detect *dt = detect_new(cfg, NULL, errstr, errlen);
    if (!dt)
        return NULL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--replay") && v) {
            dt->replay = v;
            i++;
        } else if (!strcmp(a, "--warmup") && v) {
            char *end = NULL;
            errno = 0;
            long x = strtol(v, &end, 10);
            if (errno || end == v || *end || x < 0 || x > 525600) {
                snprintf(errstr, errlen, "detect: --warmup %s: minutes, 0..525600", v);
                goto fail;
            }
            dt->o.warmup_min = (int)x;
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
        dt->now_ms = ll_now_ms;
        /* the store and the detector come once Redis is there (run) */
        if (live_init(dt, errstr, errlen) != 0)
            goto fail;
        return dt;
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
            fprintf(stderr, "%llu: %s%s%s\n", lineno, err.field, err.field[0] ? ": " : "", err.msg);
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
            lineno, c.events, bad, c.late, c.series_full, ll_detector_nseries(dt->det), dt->alerts,
            dt->firing, dt->resolved, secs > 0 ? (double)c.events / secs : 0);
    if (bad)
        rc = EX_DATAERR;
out:
    free(line);
    if (f && f != stdin)
        fclose(f);
    return rc;
}

/* ---- live ---- */

static int ready(void *arg) {
    detect *dt = arg;
    return dt->redis != NULL && !dt->redis->err && !dt->redis_broken;
}

static const char *admin_listen(const void *state) {
    const detect *dt = state;
    return dt->replay ? NULL : dt->dc->metrics_listen; /* replay serves none */
}

static int store_new(redisContext *c, void *arg, char *errstr, size_t errlen) {
    detect *dt = arg;
    dt->store = ll_dstore_redis_new(c, dt->dc->group, dt->o.memory_min, errstr, errlen);
    return dt->store ? 0 : -1;
}

static int redis_reconnect(detect *dt) {
    if (dt->det)
        ll_detector_set_store(dt->det, NULL); /* until the next store is there */
    ll_dstore_free(dt->store);
    dt->store = NULL;
    if (ll_redis_reconnect(&dt->redis, dt->cfg->redis, 2000, store_new, dt) != 0)
        return -1;
    dt->redis_broken = 0;
    dt->silences_at = 0;
    if (dt->det)
        ll_detector_set_store(dt->det, dt->store);
    return 0;
}

/* The silences in Redis, once a minute; a failure keeps the last ones. */
static void silences_load(detect *dt, long long now_ms) {
    if (now_ms / 60000 == dt->silences_at)
        return;
    static ll_silence sil[LL_MAX_SILENCES];
    int n = 0;
    redisReply *r = redisCommand(dt->redis, "HVALS %s", LL_KEY_SILENCES);
    ll_metric_add(&m_rtt, 1);
    if (!r || r->type != REDIS_REPLY_ARRAY) {
        ll_warn("silences: %s", r && r->type == REDIS_REPLY_ERROR ? r->str : dt->redis->errstr);
        if (!r)
            dt->redis_broken = 1;
        if (r)
            freeReplyObject(r);
        return;
    }
    for (size_t i = 0; i < r->elements && n < LL_MAX_SILENCES; i++) {
        char e[256];
        if (r->element[i]->type != REDIS_REPLY_STRING)
            continue;
        if (ll_silence_from_json(r->element[i]->str, &sil[n], e, sizeof(e)) != 0) {
            ll_warn("silences: %s", e);
            continue;
        }
        if (sil[n].until_ms > now_ms)
            n++;
    }
    freeReplyObject(r);
    ll_detector_set_silences(dt->det, sil, n);
    dt->silences_at = now_ms / 60000;
}

/* The model, once a minute, in one HSET. */
typedef struct model_args {
    int n, cap;
    const char **argv;
    size_t *lens;
    char **own; /* copies of the values */
} model_args;

static int model_put(void *arg, const char *field, const char *value) {
    model_args *a = arg;
    if (a->n + 2 > a->cap)
        return -1;
    char *v = strdup(value);
    if (!v)
        return -1;
    a->own[a->n / 2] = v;
    a->argv[a->n] = field;
    a->lens[a->n++] = strlen(field);
    a->argv[a->n] = v;
    a->lens[a->n++] = strlen(v);
    return 0;
}

static void model_save(detect *dt) {
    enum { CAP = 2 + 2 * (LL_DETECT_MAX_SERIES + 1) };
    static const char *argv[CAP];
    static size_t lens[CAP];
    static char *own[CAP / 2];
    argv[0] = "HSET";
    argv[1] = dt->model_key;
    lens[0] = 4;
    lens[1] = strlen(dt->model_key);
    model_args a = {2, CAP, argv, lens, own};
    int ok = ll_detector_model_dump(dt->det, model_put, &a) == 0;
    if (ok) {
        redisReply *r = redisCommandArgv(dt->redis, a.n, argv, lens);
        ll_metric_add(&m_rtt, 1);
        if (!r || r->type == REDIS_REPLY_ERROR) {
            ll_warn("saving the model: %s", r ? r->str : dt->redis->errstr);
            if (!r)
                dt->redis_broken = 1;
        }
        if (r)
            freeReplyObject(r);
    }
    for (int i = 1; i < a.n / 2; i++)
        free(own[i]);
}

static int model_load(detect *dt) {
    redisReply *r = redisCommand(dt->redis, "HGETALL %s", dt->model_key);
    ll_metric_add(&m_rtt, 1);
    if (!r || r->type != REDIS_REPLY_ARRAY) {
        ll_error("loading the model: %s",
                 r && r->type == REDIS_REPLY_ERROR ? r->str : dt->redis->errstr);
        if (r)
            freeReplyObject(r);
        return -1;
    }
    int n = 0, bad = 0;
    for (size_t i = 0; i + 1 < r->elements; i += 2) {
        if (r->element[i]->type != REDIS_REPLY_STRING ||
            r->element[i + 1]->type != REDIS_REPLY_STRING ||
            ll_detector_model_load(dt->det, r->element[i]->str, r->element[i + 1]->str) != 0)
            bad++;
        else
            n++;
    }
    freeReplyObject(r);
    if (bad)
        ll_warn("model: %d fields unusable (their series start afresh)", bad);
    ll_info("model: %d fields loaded", n);
    return 0;
}

/* What an earlier run sent: every alert on the topic, read_committed, to
 * its end. Called after init_transactions, so nothing of ours is open and
 * the end read_committed sees is the topic's end. */
typedef struct restoring {
    detect *dt;
    int restored;
} restoring;

static void restore_alert(void *arg, const rd_kafka_message_t *m) {
    restoring *x = arg;
    if (m->len == 0)
        return;
    char e[512];
    ll_err perr = {0};
    cJSON *ev = ll_json_parse(m->payload, m->len, LL_MAX_EVENT_BYTES, &perr);
    if (ev && ll_detector_restore_alert(x->dt->det, ev, e, sizeof(e)) == 0)
        x->restored++;
    else
        ll_warn("restore: %s offset %lld: %s", rd_kafka_topic_name(m->rkt), (long long)m->offset,
                ev ? e : perr.msg);
    cJSON_Delete(ev);
}

static int alerts_restore(detect *dt) {
    const char *topic = dt->cfg->topic_alerts;
    char e[512], group[200];
    snprintf(group, sizeof(group), "%s.restore", dt->dc->group);
    restoring x = {dt, 0};
    /* 30 s for a topic made a moment ago to be in every broker's metadata */
    if (ll_kafka_read_to_end(dt->cfg, "detect", group, topic, 30, 60000, restore_alert, &x, e,
                             sizeof(e)) != 0) {
        if (e[0])
            ll_error("restore: %s", e);
        return -1;
    }
    ll_info("restored %d alert events from %s", x.restored, topic);
    return 0;
}

/* After an abort: read again from the first offsets in l (consumed). */
static void rewind_to(detect *dt, rd_kafka_topic_partition_list_t *l) {
    if (!l)
        return;
    rd_kafka_error_t *e = l->cnt ? rd_kafka_seek_partitions(dt->consumer, l, 5000) : NULL;
    if (e) {
        ll_warn("rewind: %s", rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
    }
    rd_kafka_topic_partition_list_destroy(l);
}

/* One turn of the live loop once its batch b is read and parsed: counts in[0..ni) in one
 * store round trip, moves the clock to the wall clock (at most twice a tick_ms) and sends the
 * alerts that came out with b's offsets in one transaction, waited for. The outcome; on an
 * abort *rewind has b's first offsets to read again (NULL: none). LL_TXN_FATAL also when the
 * detector stopped (logged). */
static enum ll_txn_outcome live_batch(detect *dt, ll_batch *b, const ll_dinput *in, int ni,
                                      rd_kafka_topic_partition_list_t **rewind) {
    char e[256];
    *rewind = NULL;
    unsigned long long rtt0 = ll_dstore_roundtrips(dt->store);
    ll_detect_counters c0, c1;
    ll_detector_counters(dt->det, &c0);
    int failed = ni > 0 && ll_detector_add(dt->det, in, ni, e, sizeof(e)) != 0;
    if (failed) {
        ll_warn("count: %s; reading the batch again", e);
        dt->redis_broken = 1;
    }
    long long now = dt->now_ms();
    if (!failed && now - dt->last_tick >= dt->dc->tick_ms / 2) {
        if (dt->redis)
            silences_load(dt, now);
        if (ll_detector_tick(dt->det, now, e, sizeof(e)) != 0) {
            ll_error("%s", e);
            return LL_TXN_FATAL;
        }
        dt->last_tick = now;
        ll_metric_set(&m_evaluated, (unsigned long long)(now / 1000));
    }
    ll_metric_add(&m_rtt, ll_dstore_roundtrips(dt->store) - rtt0);
    ll_detector_counters(dt->det, &c1);
    ll_metric_add(&m_late, c1.late - c0.late);
    ll_metric_set(&m_series, (unsigned long long)ll_detector_nseries(dt->det));
    enum ll_txn_outcome t = LL_TXN_COMMITTED;
    if (failed) {
        t = LL_TXN_ABORTED;
        *rewind = ll_batch_offsets(b, LL_OFFSETS_FIRST, NULL);
    } else if (b->n > 0 || dt->npend > 0) {
        if (b->n == 0)
            b->t0 = ll_mono_us(); /* a tick's alerts alone */
        ll_committer_hand_over(dt->committer, b, dt->consumer);
        t = ll_committer_collect(dt->committer, LL_COLLECT_ALL, rewind);
    }
    /* Aborted: the alerts stay owed and go in the next transaction. They are not decided
     * again: the minutes that made them are evaluated (and learnt) once, and the input read
     * again counts nothing (its marks are there), so nothing would decide them again; a minute
     * that fired in one-minute windows had left them at the next evaluation. */
    if (t != LL_TXN_COMMITTED)
        return t;
    pending_clear(dt);
    /* The model, with the last minute evaluated, once a minute and only when all it decided
     * is committed: a restart evaluates the minutes after it (a crash before the commit
     * loses no alert) and learns those not learnt. */
    if (ll_detector_evaluated_min(dt->det) != dt->saved_min) {
        if (dt->redis)
            model_save(dt);
        dt->saved_min = ll_detector_evaluated_min(dt->det);
    }
    return t;
}

static int live_run(detect *dt) {
    const ll_config *cfg = dt->cfg;
    const ll_detect_cfg *dc = dt->dc;
    char e[256];
    int rc = 1;
    ll_kafka_lag_watch *lag = NULL;
    /* the batch's items: each message's JSON tree */
    ll_batch b;
    ll_dinput *in = calloc((size_t)dc->batch_max, sizeof(*in));
    if (ll_batch_init(&b, dc->batch_max, sizeof(cJSON *), 0) != 0 || !in)
        goto out;
    if (ll_committer_init_transactions(dt->committer) != 0 ||
        ll_committer_start(dt->committer) != 0)
        goto out;
    if (redis_reconnect(dt) != 0) {
        rc = ll_stop_requested() ? 0 : 1;
        goto out;
    }
    if (!(dt->det = ll_detector_new(&dt->o, dt->store, live_sink, dt, e, sizeof(e)))) {
        ll_error("%s", e);
        goto out;
    }
    long long now = dt->now_ms();
    e[0] = '\0';
    if (model_load(dt) != 0 || alerts_restore(dt) != 0 ||
        ll_detector_rebuild(dt->det, now, e, sizeof(e)) != 0) {
        if (!ll_stop_requested() && e[0])
            ll_error("start: %s", e);
        rc = ll_stop_requested() ? 0 : 1;
        goto out;
    }
    const char *topics[] = {cfg->topic_enriched};
    if (ll_kafka_subscribe(dt->consumer, topics, 1, e, sizeof(e)) != 0) {
        ll_error("%s", e);
        goto out;
    }
    ll_info("detecting on %s -> %s (%d series restored)", cfg->topic_enriched, cfg->topic_alerts,
            ll_detector_nseries(dt->det));
    /* from a thread of its own: this loop blocks while it reconnects to Redis */
    lag = ll_kafka_lag_watch_start(dt->consumer, 1000);
    dt->last_tick = 0;
    dt->saved_min = ll_detector_evaluated_min(dt->det);
    while (!ll_stop_requested()) {
        if (dt->redis_broken && redis_reconnect(dt) != 0)
            break;
        if (dt->redis_broken)
            continue;
        /* gather: up to batch_max, batch_wait_ms after the first, or a tick */
        long long t0 = ll_mono_us(), first = 0;
        while (b.n < b.cap && !ll_stop_requested()) {
            long long el = (ll_mono_us() - t0) / 1000;
            long long wait =
                first ? dc->batch_wait_ms - (ll_mono_us() - first) / 1000 : dc->tick_ms - el;
            if (wait <= 0)
                break;
            rd_kafka_message_t *m =
                rd_kafka_consumer_poll(dt->consumer, (int)(wait > 100 ? 100 : wait));
            if (!m)
                continue;
            if (m->err) {
                if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF)
                    ll_warn("consume: %s", rd_kafka_message_errstr(m));
                rd_kafka_message_destroy(m);
                continue;
            }
            if (!first)
                b.t0 = first = ll_mono_us();
            ll_kafka_lag_handed(m);
            ll_batch_add(&b, m);
        }
        /* parse what came; unusable events are skipped (and counted) */
        int ni = 0;
        for (int i = 0; i < b.n; i++) {
            ll_err perr = {0};
            const rd_kafka_message_t *m = b.msg[i];
            cJSON **tree = ll_batch_item(&b, i);
            *tree = m->len ? ll_json_parse(m->payload, m->len, LL_MAX_EVENT_BYTES, &perr) : NULL;
            if (!*tree || ll_detect_input_from_json(*tree, &in[ni], &perr) != 0) {
                ll_metric_add(&m_bad, 1);
                ll_warn("%s [%d] offset %lld: %s%s%s", cfg->topic_enriched, m->partition,
                        (long long)m->offset, perr.field, perr.field[0] ? ": " : "", perr.msg);
                continue;
            }
            ni++;
        }
        ll_metric_add(&m_consumed, (unsigned long long)b.n);
        rd_kafka_topic_partition_list_t *rewind = NULL;
        enum ll_txn_outcome t = live_batch(dt, &b, in, ni, &rewind);
        if (t == LL_TXN_FATAL) {
            if (rewind)
                rd_kafka_topic_partition_list_destroy(rewind);
            goto out;
        }
        if (t == LL_TXN_ABORTED)
            rewind_to(dt, rewind);
        detect_clear(dt, &b); /* a batch the committer did not take */
        ll_batch_release(&b);
    }
    rc = 0;
out:
    ll_kafka_lag_watch_stop(lag);
    detect_clear(dt, &b);
    ll_batch_release(&b);
    ll_batch_fini(&b);
    free(in);
    return rc;
}

static int detect_run(void *state) {
    detect *dt = state;
    return dt->replay ? replay_run(dt) : live_run(dt);
}

/* ---- the live loop without Redis or input, for tests ---- */

ll_detect_live *ll_detect_live_new(const ll_config *cfg, const ll_detect_opts *o,
                                   long long (*now_ms)(void), char *errstr, size_t errlen) {
    detect *dt = detect_new(cfg, o, errstr, errlen);
    if (!dt)
        return NULL;
    dt->now_ms = now_ms ? now_ms : ll_now_ms;
    if (live_init(dt, errstr, errlen) != 0)
        goto fail;
    if (ll_batch_init(&dt->empty, 1, sizeof(cJSON *), 0) != 0 ||
        ll_committer_init_transactions(dt->committer) != 0 ||
        ll_committer_start(dt->committer) != 0) {
        snprintf(errstr, errlen, "detect: the committer did not start");
        goto fail;
    }
    if (!(dt->store = ll_dstore_memory_new(dt->o.memory_min, errstr, errlen)) ||
        !(dt->det = ll_detector_new(&dt->o, dt->store, live_sink, dt, errstr, errlen)))
        goto fail;
    dt->saved_min = ll_detector_evaluated_min(dt->det);
    return dt;
fail:
    detect_shutdown(dt);
    return NULL;
}

enum ll_txn_outcome ll_detect_live_batch(ll_detect_live *lv, const ll_dinput *in, int n,
                                         rd_kafka_topic_partition_list_t **rewind) {
    return live_batch(lv, &lv->empty, in, n, rewind);
}

ll_detector *ll_detect_live_detector(ll_detect_live *lv) { return lv->det; }

void ll_detect_live_free(ll_detect_live *lv) { detect_shutdown(lv); }

const ll_role ll_role_detect = {
    .name = "detect",
    .summary = "early warning: feedback.enriched -> feedback.alerts; --replay FILE to stdout",
    .usage = "  --replay FILE     replay time-ordered events (- for stdin) on their own clock;\n"
             "                    alerts to stdout, bad lines to stderr (exit 65)\n"
             "  --method M        poisson-scan or ears-c2 instead of [detect] method\n"
             "  --warmup MIN      instead of [detect] warmup_min (the demo: 1)\n",
    .config = &ll_detect_config,
    .needs_pseudonym_key = 0,
    .init = detect_init,
    .run = detect_run,
    .shutdown = detect_shutdown,
    .admin_listen = admin_listen,
    .ready = ready,
};
