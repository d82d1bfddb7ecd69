/* dashboard.c - the dashboard role: feedback.enriched and feedback.alerts -> the live page and its API.
 *
 * One event loop: Kafka's queue wakes it through a pipe, HTTP is evhttp.
 * The files: see dashboard_int.h. Every dashboard reads both topics from
 * their beginning (a consumer group of its own), so a restart rebuilds the
 * screens; the queues are read live from Redis. */
#include "dashboard.h"

#include <event2/event.h>
#include <event2/http.h>
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "event.h"
#include "http.h"
#include "kafka.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "stop.h"
#include "summary.h"

LL_METRIC(m_seen, "ll_dashboard_events_total", NULL, LL_COUNTER, "enriched events counted");
LL_METRIC(m_alerts, "ll_dashboard_alerts_total", NULL, LL_COUNTER, "alert events read");
LL_METRIC(m_bad, "ll_dashboard_invalid_total", NULL, LL_COUNTER,
          "messages on the enriched topic that were not valid enriched events");

/* Messages handled per wake-up, so HTTP stays responsive under a backlog. */
#define DASH_POLL_BATCH 5000

#include "dashboard_int.h"
#include "redis.h"

static void dash_counted(dash *d, const char *topic, int32_t partition, int64_t offset) {
    rd_kafka_topic_partition_t *p = rd_kafka_topic_partition_list_find(d->pos, topic, partition);
    if (!p)
        p = rd_kafka_topic_partition_list_add(d->pos, topic, partition);
    p->offset = offset + 1;
}

static void consume_some(dash *d) {
    for (int i = 0; i < DASH_POLL_BATCH; i++) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(d->rk, 0);
        if (!m)
            return;
        if (m->err) {
            if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF)
                ll_warn("consume: %s", rd_kafka_message_errstr(m));
            rd_kafka_message_destroy(m);
            continue;
        }
        ll_err err;
        cJSON *ev = ll_json_parse(m->payload, m->len, LL_MAX_SERIALISED_EVENT_BYTES, &err);
        int is_alert = !strcmp(rd_kafka_topic_name(m->rkt), d->cfg->topic_alerts);
        if (ev && is_alert) {
            char *view = NULL;
            if (dash_state_add_alert(&d->st, ev, &view) == 0) {
                dash_sse_send(d, "alert", view);
                ll_metric_add(&m_alerts, 1);
            } else {
                ll_metric_add(&m_bad, 1);
            }
            free(view);
        } else if (ev && ll_event_validate_enriched(ev, &err) == 0) {
            const char *view = NULL;
            if (dash_state_add_signal(&d->st, ev, &view) == 0) {
                dash_sse_send(d, "signal", view);
                ll_metric_add(&m_seen, 1);
            }
        } else {
            ll_metric_add(&m_bad, 1);
            ll_warn("skipping %s[%d]@%lld: %s %s", rd_kafka_topic_name(m->rkt), m->partition,
                    (long long)m->offset, err.field, err.msg);
        }
        cJSON_Delete(ev);
        dash_counted(d, rd_kafka_topic_name(m->rkt), m->partition, m->offset);
        rd_kafka_message_destroy(m);
    }
    /* More is queued: come back after serving HTTP. */
    event_active(d->tick_ev, EV_TIMEOUT, 0);
}

static void wake_cb(evutil_socket_t fd, short what, void *arg) {
    (void)what;
    char drain[64];
    while (read(fd, drain, sizeof(drain)) > 0)
        ;
    consume_some(arg);
}

static void tick_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    consume_some(arg);
}

static void stop_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    dash *d = arg;
    event_base_loopbreak(d->base);
}

static void rebalance_cb(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque) {
    dash *d = opaque;
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        /* Every dashboard counts the whole topic from its start, once. */
        for (int i = 0; i < parts->cnt; i++) {
            rd_kafka_topic_partition_t *e = &parts->elems[i];
            const rd_kafka_topic_partition_t *at =
                rd_kafka_topic_partition_list_find(d->pos, e->topic, e->partition);
            e->offset = at ? at->offset : RD_KAFKA_OFFSET_BEGINNING;
        }
        rd_kafka_assign(rk, parts);
        d->assigned = parts->cnt;
    } else {
        rd_kafka_assign(rk, NULL);
        d->assigned = 0;
    }
}

static int ready(void *arg) {
    dash *d = arg;
    return d->assigned > 0;
}

static void beat_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    dash_sse_beat(arg);
}

redisContext *dash_redis(dash *d, char *errstr, size_t errlen) {
    if (d->redis && d->redis->err)
        dash_redis_failed(d);
    if (!d->redis)
        d->redis = ll_redis_connect(d->cfg->redis, 2000, errstr, errlen);
    return d->redis;
}

void dash_redis_failed(dash *d) {
    if (d->redis)
        redisFree(d->redis);
    d->redis = NULL;
}

static void http_cb(struct evhttp_request *req, void *arg) {
    dash *d = arg;
    char path[512];
    if (!ll_http_path(req, path, sizeof(path))) {
        ll_http_send_error(req, 404, "not found", NULL);
        return;
    }
    if (ll_http_serve_admin(req, path, ready, d, d->metrics_here))
        return;
    if (dash_auth_serve(&d->auth, req, path) || dash_assets_serve(d, req, path))
        return;
    if (strncmp(path, "/api/v1/", 8) != 0) {
        ll_http_send_error(req, 404, "not found", NULL);
        return;
    }
    dash_who who;
    dash_auth_who(&d->auth, req, &who);
    if (who.role == DASH_NONE) {
        evhttp_add_header(evhttp_request_get_output_headers(req), "WWW-Authenticate",
                          "Bearer realm=\"luisterloop\"");
        ll_http_send_error(req, 401, "log in (GET /login) or send Authorization: Bearer", NULL);
        return;
    }
    dash_api_serve(d, req, path, &who);
}

static void dashboard_shutdown(void *state);

static const ll_config_key dashboard_keys[] = {
    {"listen", LL_CT_ADDR, LL_CFG_STR(ll_dashboard_cfg, listen), "127.0.0.1:8088", 0, 0,
     "dashboard HTTP address", NULL},
    LL_HTTP_KEYS(ll_dashboard_cfg, http){
        "users_file", LL_CT_STR, LL_CFG_STR(ll_dashboard_cfg, users), "dashboard.users", 0, 0,
        "users and tool tokens with their roles (luisterloop user add|token); relative: to home",
        NULL},
    {"assets", LL_CT_STR, LL_CFG_STR(ll_dashboard_cfg, assets), "", 0, 0,
     "folder of the page (index.html, app.js, style.css, node_modules/uplot); empty: the "
     "checkout's sinks/dashboard",
     NULL},
    {"reasons_nl", LL_CT_STR, LL_CFG_STR(ll_dashboard_cfg, reasons_nl), "", 0, 0,
     "the reasons' Dutch names for the page (served as /reasons-nl.json), as [internetaken] "
     "uses them; empty: the checkout's config/reasons-nl.tsv",
     NULL},
    {"cookie_secure", LL_CT_INT, LL_CFG_NUM(ll_dashboard_cfg, cookie_secure), "0", 0, 1,
     "1 when TLS is in front: the session cookie gets Secure", NULL},
    {"session_ttl_s", LL_CT_INT, LL_CFG_NUM(ll_dashboard_cfg, session_ttl_s), "28800", 60, 604800,
     "a login lasts this long", NULL},
    {"signals_kept", LL_CT_INT, LL_CFG_NUM(ll_dashboard_cfg, signals_kept), "5000", 100,
     LL_DASH_MAX_SIGNALS,
     "recent enriched events kept in memory for the screens (about 4 KiB each)", NULL},
    {"web_metrics", LL_CT_ADDR_OPT, LL_CFG_STR(ll_dashboard_cfg, web_metrics), "", 0, 0,
     "host:port of the web role's /metrics, for the form funnel on Trends; empty: not shown", NULL},
    {"login_max_per_address", LL_CT_INT, LL_CFG_NUM(ll_dashboard_cfg, login_max_per_address), "10",
     1, 1000, "failed logins from one client address (IPv6: a /64) per login_window_s; then 429",
     NULL},
    {"login_max_per_user", LL_CT_INT, LL_CFG_NUM(ll_dashboard_cfg, login_max_per_user), "5", 1,
     1000, "failed logins for one user name (existing or not) per login_window_s; then 429", NULL},
    {"login_window_s", LL_CT_INT, LL_CFG_NUM(ll_dashboard_cfg, login_window_s), "900", 10, 86400,
     "the login limits' window: one failed try is given back every window/max seconds", NULL},
};

const ll_config_section ll_dashboard_config = {
    LL_CFG_SECTION("dashboard", ll_dashboard_cfg, dashboard_keys)};

static void *dashboard_init(const ll_config *cfg, int argc, char **argv, char *errstr,
                            size_t errlen) {
    (void)argc; /* none: ll_role_run refused them (.usage is NULL) */
    (void)argv;
    dash *d = calloc(1, sizeof(*d));
    if (!d) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    d->cfg = cfg;
    const ll_dashboard_cfg *dc = d->dc = ll_config_settings(cfg, &ll_dashboard_config);
    d->ec = ll_config_settings(cfg, &ll_escalate_config);
    d->wake_fd[0] = d->wake_fd[1] = -1;
    LL_METRICS_REGISTER(&m_seen, &m_alerts, &m_bad);
    if (!(d->pos = rd_kafka_topic_partition_list_new(16)) ||
        dash_state_init(&d->st, dc->signals_kept) != 0 || dash_sse_init(d) != 0) {
        snprintf(errstr, errlen, "out of memory");
        goto fail;
    }
    if (dash_auth_init(&d->auth, cfg, errstr, errlen) != 0 ||
        dash_assets_load(d, errstr, errlen) != 0)
        goto fail;
    if (!(d->base = event_base_new())) {
        snprintf(errstr, errlen, "event_base_new failed");
        goto fail;
    }
    rd_kafka_conf_t *conf = ll_kafka_conf_new(cfg, "dashboard", errstr, errlen);
    if (!conf)
        goto fail;
    rd_kafka_conf_set_rebalance_cb(conf, rebalance_cb);
    rd_kafka_conf_set_opaque(conf, d);
    /* A group of its own per process: each dashboard sees every event. */
    char group[128];
    char host[64] = "host";
    gethostname(host, sizeof(host) - 1);
    snprintf(group, sizeof(group), "luisterloop-dashboard-%s-%d", host, (int)getpid());
    if (!(d->rk = ll_kafka_consumer_new(conf, group, errstr, errlen)))
        goto fail;
    d->q = rd_kafka_queue_get_consumer(d->rk);
    if (ll_kafka_queue_wakeup(d->q, d->wake_fd) != 0) {
        snprintf(errstr, errlen, "pipe failed");
        goto fail;
    }
    d->wake_ev = event_new(d->base, d->wake_fd[0], EV_READ | EV_PERSIST, wake_cb, d);
    d->stop_ev = event_new(d->base, ll_stop_fd(), EV_READ | EV_PERSIST, stop_cb, d);
    d->tick_ev = event_new(d->base, -1, EV_PERSIST, tick_cb, d);
    struct timeval tick = {0, 200000}; /* a safety net under the wake-up fd */
    if (!d->wake_ev || !d->stop_ev || !d->tick_ev || event_add(d->wake_ev, NULL) ||
        event_add(d->stop_ev, NULL) || event_add(d->tick_ev, &tick)) {
        snprintf(errstr, errlen, "libevent: cannot add events");
        goto fail;
    }
    const ll_http_cfg *hc = &dc->http;
    ll_http_limits lim = {"dashboard", hc->timeout_s, hc->max_conns, hc->max_per_client,
                          hc->trusted_proxies};
    ll_http_guard *g = ll_http_guard_new(&lim, errstr, errlen);
    d->http =
        g ? ll_http_new(d->base, dc->listen, LL_DASH_MAX_BODY, g, NULL, errstr, errlen) : NULL;
    ll_http_guard_free(g); /* the server holds its own reference */
    if (!d->http)
        goto fail;
    ll_http_set_handler(d->http, http_cb, d);
    if (hc->metrics_listen[0] && !(d->metrics_http = ll_http_admin_new(d->base, hc->metrics_listen,
                                                                       ready, d, errstr, errlen)))
        goto fail;
    d->metrics_here = !hc->metrics_listen[0] && ll_http_listen_is_loopback(dc->listen);
    d->beat_ev = event_new(d->base, -1, EV_PERSIST, beat_cb, d);
    struct timeval beat = {15, 0};
    if (!d->beat_ev || event_add(d->beat_ev, &beat)) {
        snprintf(errstr, errlen, "libevent: cannot add events");
        goto fail;
    }
    if (dash_funnel_start(d, errstr, errlen) != 0)
        goto fail;
    const char *topics[] = {cfg->topic_enriched, cfg->topic_alerts};
    if (ll_kafka_subscribe(d->rk, topics, 2, errstr, errlen) != 0)
        goto fail;
    return d;
fail:
    dashboard_shutdown(d);
    return NULL;
}

static int dashboard_run(void *state) {
    dash *d = state;
    ll_info("dashboard on http://%s (topics %s, %s; %d signals kept)", d->dc->listen,
            d->cfg->topic_enriched, d->cfg->topic_alerts, d->dc->signals_kept);
    event_base_dispatch(d->base);
    ll_info("stopping: %llu events counted", ll_metric_get(&m_seen));
    return 0;
}

static void dashboard_shutdown(void *state) {
    dash *d = state;
    if (!d)
        return;
    dash_sse_end_all(d);
    ll_http_free(d->http);
    dash_funnel_stop(d);
    ll_http_free(d->metrics_http);
    dash_sse_free(d);
    dash_assets_free(d);
    dash_state_free(&d->st);
    dash_redis_failed(d);
    if (d->beat_ev)
        event_free(d->beat_ev);
    if (d->wake_ev)
        event_free(d->wake_ev);
    if (d->stop_ev)
        event_free(d->stop_ev);
    if (d->tick_ev)
        event_free(d->tick_ev);
    if (d->q) {
        rd_kafka_queue_io_event_enable(d->q, -1, NULL, 0);
        rd_kafka_queue_destroy(d->q);
    }
    ll_kafka_consumer_free(d->rk);
    if (d->pos)
        rd_kafka_topic_partition_list_destroy(d->pos);
    for (int i = 0; i < 2; i++)
        if (d->wake_fd[i] >= 0)
            close(d->wake_fd[i]);
    if (d->base)
        event_base_free(d->base);
    free(d);
}

const ll_role ll_role_dashboard = {
    .name = "dashboard",
    .summary = "the live dashboard: screens Nu, Wachtrijen, Trends, Signaal and the /api/v1/ API",
    .usage = NULL,
    .config = &ll_dashboard_config,
    .needs_pseudonym_key = 0,
    .init = dashboard_init,
    .run = dashboard_run,
    .shutdown = dashboard_shutdown,
};
