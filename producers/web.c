/* web.c - the web intake role: POST /v1/feedback to feedback.raw, acknowledged by Kafka. */
#include "web.h"

#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <librdkafka/rdkafka.h>
#include <sodium.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "event.h"
#include "http.h"
#include "kafka.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "signals.h"
#include "text.h"
#include "web_body.h"

LL_METRIC(m_accepted, "ll_intake_accepted_total", "channel=\"web\"", LL_COUNTER,
          "events acknowledged by Kafka and answered 202");
LL_METRIC(m_rejected, "ll_intake_rejected_total", "channel=\"web\"", LL_COUNTER,
          "requests answered 4xx");
LL_METRIC(m_unavailable, "ll_intake_unavailable_total", "channel=\"web\"", LL_COUNTER,
          "requests answered 503 because Kafka could not make the event durable");
LL_METRIC(m_abandoned, "ll_intake_abandoned_total", "channel=\"web\"", LL_COUNTER,
          "events Kafka acknowledged after the client had gone");
LL_METRIC(m_pending, "ll_intake_pending", "channel=\"web\"", LL_GAUGE,
          "requests waiting for Kafka");
LL_METRIC(m_latency, "ll_intake_ack_seconds", "channel=\"web\"", LL_HISTOGRAM,
          "from request to Kafka acknowledgement");

typedef struct web {
    const ll_config *cfg;
    struct event_base *base;
    struct evhttp *http;
    struct evhttp_bound_socket *bound;
    rd_kafka_t *rk;
    rd_kafka_queue_t *mainq;
    int wake_fd;
    struct event *wake_ev;
    struct event *stop_ev;
    int pending;
    atomic_int kafka_up;
    char *buf; /* serialised event; LL_MAX_EVENT_BYTES */
    unsigned char token_hash[LL_MAX_TOKENS][crypto_generichash_BYTES];
} web;

/* One request waiting for its Kafka acknowledgement. */
typedef struct pending {
    web *w;
    struct evhttp_request *req; /* NULL once the client has gone */
    struct evhttp_connection *evcon;
    long long t0_us;
    char id[LL_MAX_ID_BYTES + 1];
} pending;

static void pending_close_cb(struct evhttp_connection *evcon, void *arg) {
    (void)evcon;
    pending *p = arg;
    p->req = NULL; /* evhttp frees the request with the connection */
    p->evcon = NULL;
}

static void pending_answer(pending *p, rd_kafka_resp_err_t err) {
    web *w = p->w;
    w->pending--;
    ll_metric_set(&m_pending, (unsigned long long)w->pending);
    if (!p->req) {
        if (!err)
            ll_metric_add(&m_abandoned, 1);
        free(p);
        return;
    }
    evhttp_connection_set_closecb(p->evcon, NULL, NULL);
    if (err) {
        ll_metric_add(&m_unavailable, 1);
        ll_warn("event %s not durable: %s", p->id, rd_kafka_err2str(err));
        evhttp_add_header(evhttp_request_get_output_headers(p->req), "Retry-After", "5");
        ll_http_send_error(p->req, 503, "the event could not be made durable; try again",
                           NULL);
    } else {
        ll_metric_add(&m_accepted, 1);
        ll_metric_observe_us(&m_latency, ll_mono_us() - p->t0_us);
        char body[LL_MAX_ID_BYTES + 16];
        snprintf(body, sizeof(body), "{\"id\":\"%s\"}", p->id);
        ll_http_send_json(p->req, 202, body);
    }
    free(p);
}

static void dr_msg_cb(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque) {
    (void)rk;
    web *w = opaque;
    if (!m->err)
        atomic_store(&w->kafka_up, 1);
    pending_answer(m->_private, m->err);
}

static int stats_cb(rd_kafka_t *rk, char *json, size_t len, void *opaque) {
    (void)rk;
    web *w = opaque;
    /* Ready when some real broker connection is UP. */
    cJSON *j = cJSON_ParseWithLength(json, len);
    int up = 0;
    const cJSON *brokers = j ? cJSON_GetObjectItemCaseSensitive(j, "brokers") : NULL;
    for (const cJSON *b = brokers ? brokers->child : NULL; b; b = b->next) {
        const cJSON *nodeid = cJSON_GetObjectItemCaseSensitive(b, "nodeid");
        const char *state = ll_json_str(b, "state");
        if (cJSON_IsNumber(nodeid) && nodeid->valueint >= 0 && state && !strcmp(state, "UP"))
            up = 1;
    }
    cJSON_Delete(j);
    atomic_store(&w->kafka_up, up);
    return 0; /* we did not keep json */
}

static void kafka_wake_cb(evutil_socket_t fd, short what, void *arg) {
    (void)what;
    web *w = arg;
    char drain[64];
    while (read(fd, drain, sizeof(drain)) > 0)
        ;
    while (rd_kafka_poll(w->rk, 0) > 0)
        ;
}

static void stop_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    web *w = arg;
    ll_info("stop requested");
    event_base_loopbreak(w->base);
}

static int ready(void *arg) {
    web *w = arg;
    return atomic_load(&w->kafka_up);
}

/* The client name for a bearer token, compared in constant time. */
static const char *auth_client(web *w, struct evhttp_request *req) {
    const char *h = evhttp_find_header(evhttp_request_get_input_headers(req), "Authorization");
    if (!h || strncasecmp(h, "Bearer ", 7) != 0)
        return NULL;
    const char *tok = h + 7;
    unsigned char th[crypto_generichash_BYTES];
    crypto_generichash(th, sizeof(th), (const unsigned char *)tok, strlen(tok), NULL, 0);
    const char *client = NULL;
    for (int i = 0; i < w->cfg->web.ntokens; i++)
        if (sodium_memcmp(th, w->token_hash[i], sizeof(th)) == 0)
            client = w->cfg->web.tokens[i].client;
    return client;
}

static int content_type_json(struct evhttp_request *req) {
    const char *ct =
        evhttp_find_header(evhttp_request_get_input_headers(req), "Content-Type");
    if (!ct || strncasecmp(ct, "application/json", 16) != 0)
        return 0;
    const char *rest = ct + 16;
    while (*rest == ' ')
        rest++;
    if (*rest == '\0')
        return 1;
    if (*rest != ';')
        return 0;
    /* Only UTF-8 is JSON (RFC 8259); accept the charset parameter saying so. */
    const char *cs = strcasestr(rest, "charset=");
    if (!cs)
        return 1;
    cs += 8;
    if (*cs == '"')
        cs++;
    return strncasecmp(cs, "utf-8", 5) == 0;
}

static int idem_key_ok(const char *k) {
    size_t n = strlen(k);
    if (n == 0 || n > LL_MAX_ID_BYTES)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (k[i] < 0x21 || k[i] > 0x7E)
            return 0;
    return 1;
}

static void reject(struct evhttp_request *req, int code, const char *msg, const char *field) {
    ll_metric_add(&m_rejected, 1);
    ll_http_send_error(req, code, msg, field);
}

static void handle_feedback(web *w, struct evhttp_request *req) {
    const char *client = auth_client(w, req);
    if (!client) {
        evhttp_add_header(evhttp_request_get_output_headers(req), "WWW-Authenticate",
                          "Bearer realm=\"luisterloop\"");
        reject(req, 401, "missing or unknown bearer token", NULL);
        return;
    }
    if (!content_type_json(req)) {
        reject(req, 415, "Content-Type must be application/json (UTF-8)", NULL);
        return;
    }
    struct evbuffer *in = evhttp_request_get_input_buffer(req);
    size_t len = evbuffer_get_length(in);
    if (len > (size_t)w->cfg->web.max_body) {
        reject(req, 413, "body too large", NULL);
        return;
    }
    const char *idem =
        evhttp_find_header(evhttp_request_get_input_headers(req), "Idempotency-Key");
    if (idem && !idem_key_ok(idem)) {
        reject(req, 400, "Idempotency-Key must be 1..128 visible ASCII characters",
               "Idempotency-Key");
        return;
    }
    if (w->pending >= w->cfg->web.max_pending) {
        ll_metric_add(&m_unavailable, 1);
        evhttp_add_header(evhttp_request_get_output_headers(req), "Retry-After", "1");
        ll_http_send_error(req, 503, "intake is saturated; try again", NULL);
        return;
    }
    long long t0 = ll_mono_us();
    ll_err err = {{0}, {0}};
    const char *body = (const char *)evbuffer_pullup(in, -1);
    cJSON *json = ll_json_parse(body ? body : "", len, (size_t)w->cfg->web.max_body, &err);
    if (!json) {
        reject(req, 400, err.msg, err.field);
        return;
    }
    cJSON *ev = ll_web_body_to_event(json, client, idem, w->cfg->source_base, &err);
    cJSON_Delete(json);
    if (!ev) {
        reject(req, 400, err.msg, err.field);
        return;
    }
    size_t n = ll_event_serialise(ev, w->buf, LL_MAX_EVENT_BYTES);
    pending *p = calloc(1, sizeof(*p));
    if (n == 0 || !p) {
        free(p);
        cJSON_Delete(ev);
        ll_http_send_error(req, n == 0 ? 413 : 500, n == 0 ? "event too large" : "out of memory",
                           NULL);
        return;
    }
    const cJSON *citizen = cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "citizen");
    const char *key = citizen ? ll_json_str(citizen, "pseudonym") : NULL;
    snprintf(p->id, sizeof(p->id), "%s", ll_json_str(ev, "id"));
    if (!key)
        key = p->id;
    p->w = w;
    p->req = req;
    p->evcon = evhttp_request_get_connection(req);
    p->t0_us = t0;
    rd_kafka_resp_err_t kerr = rd_kafka_producev(
        w->rk, RD_KAFKA_V_TOPIC(w->cfg->topic_raw), RD_KAFKA_V_KEY(key, strlen(key)),
        RD_KAFKA_V_VALUE(w->buf, n), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
        RD_KAFKA_V_OPAQUE(p), RD_KAFKA_V_END);
    cJSON_Delete(ev);
    if (kerr) {
        free(p);
        ll_metric_add(&m_unavailable, 1);
        evhttp_add_header(evhttp_request_get_output_headers(req), "Retry-After", "1");
        ll_http_send_error(req, 503,
                           kerr == RD_KAFKA_RESP_ERR__QUEUE_FULL ? "intake is saturated; try again"
                                                                 : rd_kafka_err2str(kerr),
                           NULL);
        return;
    }
    w->pending++;
    ll_metric_set(&m_pending, (unsigned long long)w->pending);
    if (p->evcon)
        evhttp_connection_set_closecb(p->evcon, pending_close_cb, p);
}

static void http_cb(struct evhttp_request *req, void *arg) {
    web *w = arg;
    char path[512];
    if (!ll_http_path(req, path, sizeof(path))) {
        ll_http_send_error(req, 404, "not found", NULL);
        return;
    }
    if (ll_http_serve_admin(req, path, ready, w))
        return;
    if (strcmp(path, "/v1/feedback") == 0) {
        if (evhttp_request_get_command(req) != EVHTTP_REQ_POST) {
            evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", "POST");
            ll_http_send_error(req, 405, "use POST", NULL);
            return;
        }
        handle_feedback(w, req);
        return;
    }
    ll_http_send_error(req, 404, "not found", NULL);
}

static void web_shutdown(void *state);

static void *web_init(const ll_config *cfg, int argc, char **argv, char *errstr,
                      size_t errlen) {
    (void)argv;
    if (argc > 0) {
        snprintf(errstr, errlen, "web: unexpected argument '%s'", argv[0]);
        return NULL;
    }
    if (cfg->web.ntokens == 0) {
        snprintf(errstr, errlen, "%s: [web] has no token.CLIENT = TOKEN; no client could post",
                 cfg->path[0] ? cfg->path : "config");
        return NULL;
    }
    web *w = calloc(1, sizeof(*w));
    if (!w) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    w->cfg = cfg;
    w->wake_fd = -1;
    w->buf = malloc(LL_MAX_EVENT_BYTES);
    w->base = event_base_new();
    if (!w->buf || !w->base) {
        snprintf(errstr, errlen, "out of memory");
        goto fail;
    }
    for (int i = 0; i < cfg->web.ntokens; i++)
        crypto_generichash(w->token_hash[i], crypto_generichash_BYTES,
                           (const unsigned char *)cfg->web.tokens[i].token,
                           strlen(cfg->web.tokens[i].token), NULL, 0);
    ll_metric_register(&m_accepted);
    ll_metric_register(&m_rejected);
    ll_metric_register(&m_unavailable);
    ll_metric_register(&m_abandoned);
    ll_metric_register(&m_pending);
    ll_metric_register(&m_latency);

    rd_kafka_conf_t *conf = ll_kafka_conf_new(cfg, LL_SECT_WEB, errstr, errlen);
    if (!conf)
        goto fail;
    char tmo[32];
    snprintf(tmo, sizeof(tmo), "%d", cfg->web.delivery_timeout_ms);
    char e[256];
    if (rd_kafka_conf_set(conf, "message.timeout.ms", tmo, e, sizeof(e)) != RD_KAFKA_CONF_OK ||
        rd_kafka_conf_set(conf, "statistics.interval.ms", "1000", e, sizeof(e)) !=
            RD_KAFKA_CONF_OK) {
        snprintf(errstr, errlen, "kafka: %s", e);
        rd_kafka_conf_destroy(conf);
        goto fail;
    }
    rd_kafka_conf_set_dr_msg_cb(conf, dr_msg_cb);
    rd_kafka_conf_set_stats_cb(conf, stats_cb);
    rd_kafka_conf_set_opaque(conf, w);
    w->rk = ll_kafka_producer_new(conf, NULL, errstr, errlen);
    if (!w->rk)
        goto fail;
    w->mainq = rd_kafka_queue_get_main(w->rk);
    w->wake_fd = ll_kafka_queue_wakeup_fd(w->mainq);
    if (w->wake_fd < 0) {
        snprintf(errstr, errlen, "pipe: out of descriptors");
        goto fail;
    }
    w->wake_ev = event_new(w->base, w->wake_fd, EV_READ | EV_PERSIST, kafka_wake_cb, w);
    w->stop_ev = event_new(w->base, ll_signals_fd(), EV_READ | EV_PERSIST, stop_cb, w);
    if (!w->wake_ev || !w->stop_ev || event_add(w->wake_ev, NULL) || event_add(w->stop_ev, NULL)) {
        snprintf(errstr, errlen, "libevent: cannot add events");
        goto fail;
    }
    w->http = ll_http_new(w->base, cfg->web.listen, cfg->web.max_body, cfg->web.timeout_s,
                          &w->bound, errstr, errlen);
    if (!w->http)
        goto fail;
    evhttp_set_gencb(w->http, http_cb, w);
    return w;
fail:
    web_shutdown(w);
    return NULL;
}

static int web_run(void *state) {
    web *w = state;
    ll_info("listening on http://%s (topic %s, %d clients)", w->cfg->web.listen,
            w->cfg->topic_raw, w->cfg->web.ntokens);
    event_base_dispatch(w->base);
    /* Stop taking requests, then give Kafka time to confirm what is in flight
     * so those clients still get their honest answer. */
    evhttp_del_accept_socket(w->http, w->bound);
    event_del(w->stop_ev);
    long long deadline = ll_mono_us() + (long long)w->cfg->web.delivery_timeout_ms * 1000;
    while (w->pending > 0 && ll_mono_us() < deadline) {
        rd_kafka_poll(w->rk, 50);
        event_base_loop(w->base, EVLOOP_NONBLOCK);
    }
    rd_kafka_resp_err_t ferr = rd_kafka_flush(w->rk, 1000);
    if (ferr || w->pending > 0) {
        ll_error("stopped with %d requests unconfirmed (%d messages in the queue)", w->pending,
                 rd_kafka_outq_len(w->rk));
        return 1;
    }
    ll_info("stopped cleanly: %llu accepted", ll_metric_get(&m_accepted));
    return 0;
}

static void web_shutdown(void *state) {
    web *w = state;
    if (!w)
        return;
    if (w->http)
        evhttp_free(w->http);
    if (w->wake_ev)
        event_free(w->wake_ev);
    if (w->stop_ev)
        event_free(w->stop_ev);
    if (w->mainq) {
        rd_kafka_queue_io_event_enable(w->mainq, -1, NULL, 0);
        rd_kafka_queue_destroy(w->mainq);
    }
    if (w->rk) {
        /* Delivery reports of anything left answer into freed requests:
         * drop their opaques by purging first. */
        rd_kafka_purge(w->rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
        rd_kafka_poll(w->rk, 0);
        rd_kafka_destroy(w->rk);
    }
    if (w->wake_fd >= 0)
        close(w->wake_fd);
    if (w->base)
        event_base_free(w->base);
    free(w->buf);
    free(w);
}

const ll_role ll_role_web = {
    .name = "web",
    .summary = "HTTP intake: POST /v1/feedback -> feedback.raw, 202 only once Kafka has it",
    .usage = NULL,
    .section = LL_SECT_WEB,
    .needs_pseudonym_key = 1,
    .init = web_init,
    .run = web_run,
    .shutdown = web_shutdown,
};
