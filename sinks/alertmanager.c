/* alertmanager.c - the alertmanager role: feedback.alerts -> Prometheus Alertmanager's v2 API.
 *
 * For teams whose on-call routing lives in Alertmanager. Each alert event
 * (contract.md "Alerts") becomes an Alertmanager alert: labels alertname,
 * theme, wijk, gemeente, channel (those present) and severity; annotations
 * with what was observed against what was expected; startsAt the alert's
 * started_at; generatorURL the dashboard. Alertmanager identifies an alert
 * by its labels, so posting the same alert again only refreshes it.
 *
 * Alertmanager resolves an alert by itself at its endsAt, so a firing alert
 * is posted again every resend_s with endsAt 4 x resend_s ahead (as
 * Prometheus does): when this role stops, its alerts end within that. A
 * resolved event is posted once with its ends_at, then forgotten.
 *
 * State is rebuilt from the topic, not stored: at start the role reads
 * feedback.alerts from the beginning (read_committed; the alerts of one
 * alert_id share a partition, so the last one read is its state) before it
 * posts anything. Then it posts what is firing, with the same startsAt as
 * before the restart (the same incident, no second firing), and what was
 * resolved in the last resolved_lookback_s (in case the resolve was lost
 * with the old process). No offsets are committed.
 *
 * The HTTP client is libcurl (Debian's libcurl4-openssl-dev, through
 * core/httpc.h): a blocking POST on this role's one thread, with a whole-request timeout, TLS and
 * proxies when Alertmanager sits behind them, and its error text for the
 * log. libevent's evhttp client would need an event loop this role does not
 * otherwise have and TLS wired by hand through bufferevent_openssl. A POST
 * that fails (no connection, a timeout, 5xx, 429) is tried again after 1 s,
 * doubling up to backoff_max_s; the alerts wait in the state meanwhile
 * (LL_AM_MAX_ALERTS at most). A 4xx other than 429 is logged and dropped:
 * sending it again cannot succeed. */
#include "alertmanager.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "event.h"
#include "http.h"
#include "httpc.h"
#include "kafka.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "stop.h"
#include "text.h"

LL_METRIC(m_events, "ll_alertmanager_events_total", NULL, LL_COUNTER, "alert events read");
LL_METRIC(m_bad, "ll_alertmanager_bad_events_total", NULL, LL_COUNTER,
          "alert events that could not be used (logged)");
LL_METRIC(m_post_ok, "ll_alertmanager_posts_total", "result=\"ok\"", LL_COUNTER,
          "POSTs to Alertmanager, by outcome");
LL_METRIC(m_post_retry, "ll_alertmanager_posts_total", "result=\"retry\"", LL_COUNTER,
          "POSTs to Alertmanager, by outcome");
LL_METRIC(m_post_drop, "ll_alertmanager_posts_total", "result=\"dropped\"", LL_COUNTER,
          "POSTs to Alertmanager, by outcome");
LL_METRIC(m_sent, "ll_alertmanager_alerts_sent_total", NULL, LL_COUNTER,
          "alerts in successful POSTs");
LL_METRIC(m_firing, "ll_alerts_firing", NULL, LL_GAUGE, "alerts firing now (feedback.alerts)");
LL_METRIC(m_post_ok_at, "ll_alertmanager_last_success_timestamp_seconds", NULL, LL_GAUGE,
          "when Alertmanager last took a POST (unix time; 0: not yet)");
LL_METRIC(m_full, "ll_alertmanager_refused_total", NULL, LL_COUNTER,
          "alerts not held because LL_AM_MAX_ALERTS were");

#define LABEL_BYTES 128
#define POLL_MS 200

/* One alert as the topic last told it. */
typedef struct am_alert {
    char id[64];
    char theme[LABEL_BYTES], wijk[LABEL_BYTES], gemeente[LABEL_BYTES], channel[LABEL_BYTES];
    char started[40], ends[40], method[32];
    double observed, expected, score, p_value; /* p_value < 0: none */
    int window_min, span_min; /* span_min: the minutes the figures cover (<= window_min) */
    double prior_share;       /* of the baseline behind expected; < 0: not told */
    int firing;
    long long ends_ms;      /* resolved: its ends_at */
    int dirty;              /* to be posted at the next chance */
    long long last_post_ms; /* last successful POST of it */
    int used;
} am_alert;

static const ll_config_key alertmanager_keys[] = {
    {"url", LL_CT_URL, LL_CFG_STR(ll_alertmanager_cfg, url), "", 0, 0,
     "Prometheus Alertmanager, http(s)://host:port[/prefix]; empty: not configured", NULL},
    {"dashboard_url", LL_CT_STR, LL_CFG_STR(ll_alertmanager_cfg, dashboard_url),
     "http://127.0.0.1:8088/", 0, 0, "the dashboard, for each alert's generatorURL", NULL},
    {"group", LL_CT_STR, LL_CFG_STR(ll_alertmanager_cfg, group), "luisterloop-alertmanager", 0, 0,
     "Kafka consumer group id (offsets are not committed: the state is rebuilt from the topic)",
     NULL},
    {"resend_s", LL_CT_INT, LL_CFG_NUM(ll_alertmanager_cfg, resend_s), "60", 1, 3600,
     "firing alerts are posted again this often; their endsAt is 4 times this ahead", NULL},
    {"timeout_ms", LL_CT_INT, LL_CFG_NUM(ll_alertmanager_cfg, timeout_ms), "5000", 100, 60000,
     "one POST to Alertmanager, connection included", NULL},
    {"backoff_max_s", LL_CT_INT, LL_CFG_NUM(ll_alertmanager_cfg, backoff_max_s), "60", 1, 3600,
     "longest wait between retries after a failed POST (doubling from 1 s)", NULL},
    {"resolved_lookback_s", LL_CT_INT, LL_CFG_NUM(ll_alertmanager_cfg, resolved_lookback_s), "3600",
     0, 604800, "at start, alerts resolved this recently are posted resolved once more", NULL},
    LL_ADMIN_LISTEN_KEY(ll_alertmanager_cfg),
};

const ll_config_section ll_alertmanager_config = {
    LL_CFG_SECTION("alertmanager", ll_alertmanager_cfg, alertmanager_keys)};

typedef struct am {
    const ll_config *cfg;
    const ll_alertmanager_cfg *ac; /* [alertmanager] */
    char post_url[600];
    rd_kafka_t *consumer;
    ll_httpc *http;
    am_alert *a; /* LL_AM_MAX_ALERTS */
    int n;
    int live; /* the topic has been read to its end once */
    int partitions, eofs;
    unsigned char *eof; /* per partition: its end reached while rebuilding */
    long long next_try_ms;
    int backoff_s;
    char *body; /* LL_AM_BODY_BYTES */
    ll_log_limit bad_log;
} am;

static am_alert *alert_find(am *s, const char *id) {
    for (int i = 0; i < LL_AM_MAX_ALERTS; i++)
        if (s->a[i].used && !strcmp(s->a[i].id, id))
            return &s->a[i];
    return NULL;
}

/* A slot for a new alert: a free one, else one resolved and posted. */
static am_alert *alert_new(am *s) {
    am_alert *spare = NULL;
    for (int i = 0; i < LL_AM_MAX_ALERTS; i++) {
        if (!s->a[i].used)
            return &s->a[i];
        if (!spare && !s->a[i].firing && !s->a[i].dirty)
            spare = &s->a[i];
    }
    return spare;
}

static void copy_label(char *dst, const cJSON *labels, const char *name) {
    const char *v = ll_json_str(labels, name);
    snprintf(dst, LABEL_BYTES, "%s", v && !ll_has_control(v) ? v : "");
}

static double num_or(const cJSON *d, const char *name, double dflt) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(d, name);
    return cJSON_IsNumber(v) ? v->valuedouble : dflt;
}

/* Takes one alert event into the state. -1 with err when it cannot be used. */
static int alert_apply(am *s, const cJSON *ev, ll_err *err) {
    const char *type = ll_json_str(ev, "type");
    const cJSON *d = ll_event_data(ev);
    if (!type || strcmp(type, LL_TYPE_ALERT) || !cJSON_IsObject(d)) {
        ll_err_set(err, "type", "not %s with a data object", LL_TYPE_ALERT);
        return -1;
    }
    const char *id = ll_json_str(d, "alert_id"), *status = ll_json_str(d, "status");
    const char *started = ll_json_str(d, "started_at"), *ends = ll_json_str(d, "ends_at");
    const cJSON *labels = cJSON_GetObjectItemCaseSensitive(d, "labels");
    time_t t;
    if (!id || !*id || strlen(id) >= sizeof(((am_alert *)0)->id) || ll_has_control(id)) {
        ll_err_set(err, "data.alert_id", "missing or not 1..63 bytes");
        return -1;
    }
    if (!status || (strcmp(status, "firing") && strcmp(status, "resolved"))) {
        ll_err_set(err, "data.status", "not firing or resolved");
        return -1;
    }
    if (!started || ll_time_parse(started, &t) != 0) {
        ll_err_set(err, "data.started_at", "missing or not RFC 3339");
        return -1;
    }
    int firing = !strcmp(status, "firing");
    time_t te = 0;
    if (!firing && (!ends || ll_time_parse(ends, &te) != 0)) {
        ll_err_set(err, "data.ends_at", "missing or not RFC 3339 on a resolved alert");
        return -1;
    }
    if (!cJSON_IsObject(labels) || !ll_json_str(labels, "theme")) {
        ll_err_set(err, "data.labels", "missing, or without a theme");
        return -1;
    }
    am_alert *a = alert_find(s, id);
    if (!a) {
        if (!(a = alert_new(s))) {
            ll_metric_add(&m_full, 1);
            ll_err_set(err, "", "more than %d alerts held", LL_AM_MAX_ALERTS);
            return -1;
        }
        memset(a, 0, sizeof(*a));
        a->used = 1;
        snprintf(a->id, sizeof(a->id), "%s", id);
    }
    copy_label(a->theme, labels, "theme");
    copy_label(a->wijk, labels, "wijk");
    copy_label(a->gemeente, labels, "gemeente");
    copy_label(a->channel, labels, "channel");
    snprintf(a->started, sizeof(a->started), "%s", started);
    snprintf(a->ends, sizeof(a->ends), "%s", firing ? "" : ends);
    const char *method = ll_json_str(d, "method");
    snprintf(a->method, sizeof(a->method), "%s", method && !ll_has_control(method) ? method : "");
    a->observed = num_or(d, "observed", 0);
    a->expected = num_or(d, "expected", 0);
    a->score = num_or(d, "score", 0);
    a->p_value = num_or(d, "p_value", -1);
    a->window_min = (int)num_or(d, "window_min", 0);
    a->span_min = (int)num_or(d, "span_min", a->window_min);
    if (a->span_min < 1 || a->span_min > a->window_min)
        a->span_min = a->window_min;
    a->prior_share = num_or(d, "prior_share", -1);
    a->firing = firing;
    a->ends_ms = (long long)te * 1000;
    a->dirty = s->live; /* while rebuilding, the state is posted only at the end */
    return 0;
}

/* ---- the POST ---- */

static int add_str(cJSON *o, const char *k, const char *v) {
    return v && *v ? (cJSON_AddStringToObject(o, k, v) ? 0 : -1) : 0;
}

/* The Alertmanager alert of a. */
static cJSON *am_json(const am *s, const am_alert *a, long long now_ms) {
    cJSON *o = cJSON_CreateObject(), *lb, *an;
    char buf[512], ends[40];
    if (!o || !(lb = cJSON_AddObjectToObject(o, "labels")) ||
        !(an = cJSON_AddObjectToObject(o, "annotations")))
        goto fail;
    if (add_str(lb, "alertname", "LuisterloopSpike") || add_str(lb, "theme", a->theme) ||
        add_str(lb, "wijk", a->wijk) || add_str(lb, "gemeente", a->gemeente) ||
        add_str(lb, "channel", a->channel) || add_str(lb, "severity", "warning") ||
        add_str(lb, "alert_id", a->id))
        goto fail;
    /* The minutes the figures cover, not the window's (REPORT-user3 item 13), and a baseline
     * that is mostly the prior said to be one: the dashboard's and the escalation's words. */
    snprintf(buf, sizeof(buf),
             "Meer nieuwe contacten over %s%s%s dan verwacht: %.0f in %d min, "
             "verwacht %.1f%s",
             !strcmp(a->theme, "*") ? "alle thema's" : a->theme, a->wijk[0] ? " in " : "", a->wijk,
             a->observed, a->span_min, a->expected,
             a->prior_share >= 0.5 ? " (vooral een aanname: nog weinig eigen geschiedenis)" : "");
    if (add_str(an, "summary", buf))
        goto fail;
    if (a->p_value >= 0)
        snprintf(buf, sizeof(buf),
                 "%s: %.0f observed against %.2f expected over %d minutes (of a %d-minute "
                 "window), p = %.3g (score %.2f)",
                 a->method, a->observed, a->expected, a->span_min, a->window_min, a->p_value,
                 a->score);
    else
        snprintf(buf, sizeof(buf),
                 "%s: %.0f observed against %.2f expected over %d minutes (of a %d-minute "
                 "window) (score %.2f)",
                 a->method, a->observed, a->expected, a->span_min, a->window_min, a->score);
    if (add_str(an, "description", buf))
        goto fail;
    if (a->firing)
        ll_time_format_ms(now_ms + 4000LL * s->ac->resend_s, ends, sizeof(ends));
    else
        snprintf(ends, sizeof(ends), "%s", a->ends);
    char url[sizeof(s->ac->dashboard_url) + sizeof(a->id) + 8];
    snprintf(url, sizeof(url), "%s%salert=%s", s->ac->dashboard_url,
             strchr(s->ac->dashboard_url, '?') ? "&" : "?", a->id);
    if (add_str(o, "startsAt", a->started) || add_str(o, "endsAt", ends) ||
        add_str(o, "generatorURL", url))
        goto fail;
    return o;
fail:
    cJSON_Delete(o);
    return NULL;
}

enum post_outcome { POST_OK, POST_RETRY, POST_DROP };

static enum post_outcome post(am *s, const char *body) {
    char e[512];
    long code;
    enum ll_httpc_outcome o =
        ll_httpc_request(s->http, "POST", s->post_url, NULL, body, &code, NULL, NULL, e, sizeof(e));
    if (o == LL_HTTPC_OK)
        return POST_OK;
    ll_warn("%s", e);
    return o == LL_HTTPC_RETRY ? POST_RETRY : POST_DROP;
}

/* Posts what is owed: every dirty alert and every firing one not posted for
 * resend_s; up to LL_AM_POST_MAX a POST. */
static void post_due(am *s, long long now) {
    if (now < s->next_try_ms)
        return;
    int firing = 0;
    for (int i = 0; i < LL_AM_MAX_ALERTS; i++)
        firing += s->a[i].used && s->a[i].firing;
    ll_metric_set(&m_firing, (unsigned long long)firing);
    for (;;) {
        cJSON *arr = cJSON_CreateArray();
        am_alert *in[LL_AM_POST_MAX];
        int n = 0;
        for (int i = 0; arr && i < LL_AM_MAX_ALERTS && n < LL_AM_POST_MAX; i++) {
            am_alert *a = &s->a[i];
            if (!a->used ||
                !(a->dirty || (a->firing && now - a->last_post_ms >= 1000LL * s->ac->resend_s)))
                continue;
            cJSON *o = am_json(s, a, now);
            if (!o)
                break;
            cJSON_AddItemToArray(arr, o);
            in[n++] = a;
        }
        if (!arr || n == 0) {
            cJSON_Delete(arr);
            return;
        }
        int ok = cJSON_PrintPreallocated(arr, s->body, LL_AM_BODY_BYTES - 5, 0);
        cJSON_Delete(arr);
        enum post_outcome o = ok ? post(s, s->body) : POST_DROP;
        if (o == POST_RETRY) {
            ll_metric_add(&m_post_retry, 1);
            s->next_try_ms = now + 1000LL * s->backoff_s;
            ll_info("Alertmanager: %d alerts wait; next try in %d s", n, s->backoff_s);
            s->backoff_s =
                s->backoff_s * 2 > s->ac->backoff_max_s ? s->ac->backoff_max_s : s->backoff_s * 2;
            return;
        }
        s->backoff_s = 1;
        ll_metric_add(o == POST_OK ? &m_post_ok : &m_post_drop, 1);
        if (o == POST_OK) {
            ll_metric_add(&m_sent, (unsigned long long)n);
            ll_metric_set(&m_post_ok_at, (unsigned long long)(now / 1000));
        } else
            ll_error("Alertmanager refused %d alerts (%s); they are dropped", n,
                     ok ? "see the line above" : "body too large");
        for (int k = 0; k < n; k++) {
            in[k]->dirty = 0;
            in[k]->last_post_ms = now;
            if (!in[k]->firing)
                in[k]->used = 0; /* resolved and told: done */
        }
        if (n < LL_AM_POST_MAX)
            return;
    }
}

/* ---- the topic ---- */

static int assign_from_start(am *s, char *errstr, size_t errlen) {
    if (ll_kafka_assign_beginning(s->consumer, s->cfg->topic_alerts, &s->partitions, errstr,
                                  errlen) != 0)
        return -1;
    free(s->eof);
    s->eofs = 0;
    if (!(s->eof = calloc((size_t)s->partitions + 1, 1))) {
        snprintf(errstr, errlen, "out of memory");
        return -1;
    }
    return 0;
}

/* The topic has been read to its end: what is firing is posted again, with
 * its startsAt; what was resolved lately too; the rest is forgotten. */
static void go_live(am *s, long long now) {
    int firing = 0, resolved = 0;
    for (int i = 0; i < LL_AM_MAX_ALERTS; i++) {
        am_alert *a = &s->a[i];
        if (!a->used)
            continue;
        if (a->firing) {
            a->dirty = 1;
            firing++;
        } else if (a->ends_ms >= now - 1000LL * s->ac->resolved_lookback_s) {
            a->dirty = 1;
            resolved++;
        } else {
            a->used = 0;
        }
    }
    s->live = 1;
    ll_info("read %s to its end: %d firing, %d resolved lately; posting to %s",
            s->cfg->topic_alerts, firing, resolved, s->post_url);
}

static void on_message(am *s, rd_kafka_message_t *m) {
    if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
        if (!s->live && m->partition >= 0 && m->partition < s->partitions &&
            !s->eof[m->partition]) {
            s->eof[m->partition] = 1;
            if (++s->eofs >= s->partitions)
                go_live(s, ll_now_ms());
        }
        return;
    }
    if (m->err) {
        ll_warn("consume: %s", rd_kafka_message_errstr(m));
        return;
    }
    ll_metric_add(&m_events, 1);
    ll_err err = {0};
    cJSON *ev = m->payload ? ll_json_parse(m->payload, m->len, LL_MAX_EVENT_BYTES, &err) : NULL;
    if (!ev || alert_apply(s, ev, &err) != 0) {
        unsigned long left = 0;
        ll_metric_add(&m_bad, 1);
        if (ll_log_allow(&s->bad_log, 10000, &left))
            ll_warn("skipped %s[%d]@%lld: %s%s%s (%lu more left out)", rd_kafka_topic_name(m->rkt),
                    m->partition, (long long)m->offset, err.field, err.field[0] ? ": " : "",
                    err.msg[0] ? err.msg : "empty", left);
    }
    cJSON_Delete(ev);
}

/* ---- the role ---- */

static int ready(void *arg) {
    const am *s = arg;
    return s->live;
}

static const char *admin_listen(const void *state) {
    const am *s = state;
    return s->ac->metrics_listen;
}

static void am_shutdown(void *state) {
    am *s = state;
    if (!s)
        return;
    ll_kafka_consumer_free(s->consumer);
    ll_httpc_free(s->http);
    free(s->a);
    free(s->eof);
    free(s->body);
    free(s);
}

static void *am_init(const ll_config *cfg, int argc, char **argv, char *errstr, size_t errlen) {
    (void)argc; /* none: ll_role_run refused them (.usage is NULL) */
    (void)argv;
    const ll_alertmanager_cfg *ac = ll_config_settings(cfg, &ll_alertmanager_config);
    if (!ac->url[0]) {
        snprintf(errstr, errlen,
                 "alertmanager: no [alertmanager] url in the config (http://host:9093)");
        return NULL;
    }
    am *s = calloc(1, sizeof(*s));
    if (!s) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    s->cfg = cfg;
    s->ac = ac;
    s->backoff_s = 1;
    size_t ul = strlen(ac->url);
    snprintf(s->post_url, sizeof(s->post_url), "%.*s/api/v2/alerts",
             (int)(ul > 0 && ac->url[ul - 1] == '/' ? ul - 1 : ul), ac->url);
    if (!(s->a = calloc(LL_AM_MAX_ALERTS, sizeof(am_alert))) ||
        !(s->body = malloc(LL_AM_BODY_BYTES))) {
        snprintf(errstr, errlen, "out of memory");
        goto fail;
    }
    /* Alertmanager answers a POST with a few bytes; 64 KiB is plenty for its errors. */
    if (!(s->http = ll_httpc_new(ac->timeout_ms, 64 * 1024, errstr, errlen)))
        goto fail;
    rd_kafka_conf_t *conf = ll_kafka_conf_new(cfg, "alertmanager", errstr, errlen);
    if (!conf)
        goto fail;
    char e[512];
    if (rd_kafka_conf_set(conf, "enable.partition.eof", "true", e, sizeof(e)) != RD_KAFKA_CONF_OK) {
        snprintf(errstr, errlen, "kafka: %s", e);
        rd_kafka_conf_destroy(conf);
        goto fail;
    }
    if (!(s->consumer = ll_kafka_consumer_new(conf, ac->group, errstr, errlen)))
        goto fail;
    LL_METRICS_REGISTER(&m_events, &m_bad, &m_post_ok, &m_post_retry, &m_post_drop, &m_sent,
                        &m_post_ok_at, &m_firing, &m_full);
    return s;
fail:
    am_shutdown(s);
    return NULL;
}

static int am_run(void *state) {
    am *s = state;
    char e[512];
    int rc = 0;
    while (assign_from_start(s, e, sizeof(e)) != 0) {
        ll_warn("%s; trying again", e);
        if (ll_stop_requested())
            goto out;
        struct timespec ts = {2, 0};
        nanosleep(&ts, NULL);
    }
    ll_info("reading %s from the start for the alerts' state", s->cfg->topic_alerts);
    long long lag_at = 0;
    while (!ll_stop_requested()) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(s->consumer, POLL_MS);
        if (m) {
            on_message(s, m);
            rd_kafka_message_destroy(m);
        }
        long long mono = ll_mono_us();
        if (mono - lag_at >= 1000000) {
            ll_kafka_lag_update_position(s->consumer);
            lag_at = mono;
        }
        if (s->live)
            post_due(s, ll_now_ms());
    }
out:
    ll_info("stopping: %llu events, %llu POSTs ok, %llu retried, %llu dropped",
            ll_metric_get(&m_events), ll_metric_get(&m_post_ok), ll_metric_get(&m_post_retry),
            ll_metric_get(&m_post_drop));
    return rc;
}

const ll_role ll_role_alertmanager = {
    .name = "alertmanager",
    .summary =
        "feedback.alerts -> Prometheus Alertmanager (POST /api/v2/alerts), re-sent while firing",
    .usage = NULL,
    .config = &ll_alertmanager_config,
    .needs_pseudonym_key = 0,
    .init = am_init,
    .run = am_run,
    .shutdown = am_shutdown,
    .admin_listen = admin_listen,
    .ready = ready,
};
