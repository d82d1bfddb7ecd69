/* intake.c - the HTTP intake shared by the adapters: bearer tokens, JSON bodies, and an
 * answer only once Kafka has every event of a request (acks=all, idempotent producer). */
#include "intake.h"

#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <sodium.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "arena.h"
#include "http.h"
#include "kafka.h"
#include "ll_limits.h"
#include "log.h"
#include "mask.h"
#include "metrics.h"
#include "received.h"
#include "stop.h"
#include "text.h"

#define INTAKE_MAX_ROUTES 8

LL_METRIC(m_accepted, "ll_intake_accepted_total", NULL, LL_COUNTER, "events acknowledged by Kafka");
LL_METRIC(m_rejected, "ll_intake_rejected_total", NULL, LL_COUNTER, "requests answered 4xx");
LL_METRIC(m_unavailable, "ll_intake_unavailable_total", NULL, LL_COUNTER,
          "events Kafka could not make durable in time (503 or error answer)");
LL_METRIC(m_abandoned, "ll_intake_abandoned_total", NULL, LL_COUNTER,
          "events Kafka acknowledged after the client had gone");
LL_METRIC(m_pending, "ll_intake_pending", NULL, LL_GAUGE, "events waiting for Kafka");
LL_METRIC(m_latency, "ll_intake_ack_seconds", NULL, LL_HISTOGRAM,
          "from request to Kafka acknowledgement");

typedef struct route {
    char path[64];
    ll_intake_json_fn json;
    int max_events;
    ll_intake_raw_fn raw;
    void *arg;
} route;

struct ll_intake {
    const ll_config *cfg;
    const ll_intake_cfg *icfg;
    char channel[LL_MAX_CHANNEL_BYTES + 1];
    char labels[64];
    struct event_base *base;
    struct evhttp *http;
    struct evhttp *metrics_http; /* metrics_listen, on the first intake of a role */
    int metrics_here; /* /metrics on http itself: listen is loopback, no metrics_listen */
    struct evhttp_bound_socket *bound;
    ll_http_guard *guard; /* shared with the workers of the same intake */
    rd_kafka_t *rk;
    rd_kafka_queue_t *mainq;
    int wake_fd[2];
    struct event *wake_ev, *stop_ev;
    int pending;
    atomic_int kafka_up;
    char *buf;       /* serialised event; LL_MAX_EVENT_BYTES */
    ll_arena *arena; /* a request's JSON trees; NULL: malloc */
    unsigned char token_hash[LL_MAX_TOKENS][crypto_generichash_BYTES];
    route routes[INTAKE_MAX_ROUTES];
    int nroutes;
    void (*on_stop)(void *);
    void *on_stop_arg;
};

/* One event waiting for its delivery report. */
typedef struct pending {
    ll_intake *in;
    ll_intake_done_fn done;
    void *arg;
    long long t0_us;
    char id[LL_MAX_ID_BYTES + 1];
} pending;

/* One HTTP request waiting for all of its events. */
typedef struct reqgroup {
    ll_intake *in;
    struct evhttp_request *req; /* NULL once the client has gone */
    int outstanding, failed, n;
    cJSON *ids;
} reqgroup;

void ll_intake_reject(struct evhttp_request *req, int code, const char *msg, const char *field) {
    ll_metric_add(&m_rejected, 1);
    ll_http_send_error(req, code, msg, field);
}

static void dr_msg_cb(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque) {
    (void)rk;
    ll_intake *in = opaque;
    pending *p = m->_private;
    if (!m->err) {
        atomic_store(&in->kafka_up, 1);
        ll_metric_add(&m_accepted, 1);
        ll_metric_observe_us(&m_latency, ll_mono_us() - p->t0_us);
    } else {
        ll_metric_add(&m_unavailable, 1);
        ll_warn("event %s not durable: %s", p->id, rd_kafka_err2str(m->err));
    }
    in->pending--;
    atomic_fetch_sub_explicit(&m_pending.value, 1, memory_order_relaxed);
    p->done(p->arg, p->id, m->err);
    free(p);
}

static int stats_cb(rd_kafka_t *rk, char *json, size_t len, void *opaque) {
    (void)rk;
    ll_intake *in = opaque;
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
    atomic_store(&in->kafka_up, up);
    return 0;
}

static void kafka_wake_cb(evutil_socket_t fd, short what, void *arg) {
    (void)what;
    ll_intake *in = arg;
    char drain[64];
    while (read(fd, drain, sizeof(drain)) > 0)
        ;
    while (rd_kafka_poll(in->rk, 0) > 0)
        ;
}

static void stop_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    ll_intake *in = arg;
    ll_info("stop requested");
    event_base_loopbreak(in->base);
}

static int ready(void *arg) {
    ll_intake *in = arg;
    return atomic_load(&in->kafka_up);
}

int ll_intake_produce(ll_intake *in, cJSON *ev, ll_intake_done_fn done, void *arg, char *errstr,
                      size_t errlen) {
    int rc = -1;
    pending *p = NULL;
    if (in->pending >= in->icfg->max_pending) {
        snprintf(errstr, errlen, "intake is saturated; try again");
        goto out;
    }
    /* A BSN may be typed into free text; it never reaches Kafka in clear. The
     * builder (core/received.h) has masked it already: this is the last gate for
     * whatever a converter hands over. */
    if (ll_event_mask_bsn(ev) < 0) {
        snprintf(errstr, errlen, "out of memory");
        goto out;
    }
    size_t n = ll_event_serialise(ev, in->buf, LL_MAX_EVENT_BYTES);
    if (n == 0) {
        snprintf(errstr, errlen, "event larger than %d bytes", LL_MAX_EVENT_BYTES);
        goto out;
    }
    if (!(p = calloc(1, sizeof(*p)))) {
        snprintf(errstr, errlen, "out of memory");
        goto out;
    }
    const char *key = ll_received_key(ev);
    snprintf(p->id, sizeof(p->id), "%s", ll_json_str(ev, "id"));
    p->in = in;
    p->done = done;
    p->arg = arg;
    p->t0_us = ll_mono_us();
    /* No waiting on a full queue: the client is told to try again. */
    const ll_kafka_record rec = {in->cfg->topic_raw,  key, strlen(key), in->buf, n,
                                 RD_KAFKA_MSG_F_COPY, p};
    rd_kafka_resp_err_t kerr = ll_kafka_produce(in->rk, &rec, 0, LL_KAFKA_NO_WAIT);
    if (kerr) {
        snprintf(errstr, errlen, "%s",
                 kerr == RD_KAFKA_RESP_ERR__QUEUE_FULL ? "intake is saturated; try again"
                                                       : rd_kafka_err2str(kerr));
        free(p);
        ll_metric_add(&m_unavailable, 1);
        goto out;
    }
    in->pending++;
    ll_metric_add(&m_pending, 1);
    rc = 0;
out:
    cJSON_Delete(ev);
    return rc;
}

int ll_intake_convert_each(const cJSON *body, const ll_intake_req *r, cJSON **evs, int max,
                           ll_intake_one_fn one, ll_err *err) {
    if (cJSON_IsObject(body)) {
        evs[0] = one(body, r->client, r->cfg->source_base, err);
        return evs[0] ? 1 : -1;
    }
    if (!cJSON_IsArray(body)) {
        ll_err_set(err, "", "expected an object or an array of objects");
        return -1;
    }
    int n = cJSON_GetArraySize(body), i = 0;
    if (n > max) {
        ll_err_set(err, "", "more than %d items in one request", max);
        return -1;
    }
    for (const cJSON *it = body->child; it; it = it->next, i++) {
        if (!(evs[i] = one(it, r->client, r->cfg->source_base, err))) {
            char f[64];
            snprintf(f, sizeof(f), "[%d]%s%.50s", i, err->field[0] ? "." : "", err->field);
            snprintf(err->field, sizeof(err->field), "%s", f);
            for (int k = 0; k < i; k++)
                cJSON_Delete(evs[k]);
            return -1;
        }
    }
    return n;
}

int ll_intake_pending(const ll_intake *in) { return in->pending; }
int ll_intake_max_pending(const ll_intake *in) { return in->icfg->max_pending; }
struct event_base *ll_intake_base(ll_intake *in) {
    return in->base;
}
const ll_config *ll_intake_config(const ll_intake *in) { return in->cfg; }

static void group_close_cb(void *arg) {
    reqgroup *g = arg;
    g->req = NULL; /* evhttp frees the request with the connection */
}

static void group_answer(reqgroup *g) {
    if (!g->req) {
        ll_metric_add(&m_abandoned, (unsigned long long)(g->n - g->failed));
    } else {
        ll_http_on_close(g->req, NULL, NULL);
        if (g->failed) {
            evhttp_add_header(evhttp_request_get_output_headers(g->req), "Retry-After", "5");
            ll_http_send_error(g->req, 503, "not every event could be made durable; try again",
                               NULL);
        } else {
            cJSON *j = cJSON_CreateObject();
            /* An id whose string could not be allocated is missing from ids: the answer
             * then lacks it rather than the role crashing. */
            const cJSON *first = cJSON_GetArrayItem(g->ids, 0);
            if (j && g->n == 1 && cJSON_IsString(first))
                cJSON_AddStringToObject(j, "id", first->valuestring);
            else if (j)
                cJSON_AddItemReferenceToObject(j, "ids", g->ids);
            char out[LL_MAX_EVENTS_PER_REQUEST * (LL_MAX_ID_BYTES + 4) + 16];
            if (!j || !cJSON_PrintPreallocated(j, out, (int)sizeof(out) - 5, 0))
                snprintf(out, sizeof(out), "{}");
            ll_http_send_json(g->req, 202, out);
            cJSON_Delete(j);
        }
    }
    cJSON_Delete(g->ids);
    free(g);
}

static void group_done(void *arg, const char *id, rd_kafka_resp_err_t err) {
    (void)id;
    reqgroup *g = arg;
    if (err)
        g->failed++;
    if (--g->outstanding == 0)
        group_answer(g);
}

/* The client name for a bearer token, compared in constant time. */
static const char *auth_client(ll_intake *in, struct evhttp_request *req) {
    const char *h = evhttp_find_header(evhttp_request_get_input_headers(req), "Authorization");
    if (!h || strncasecmp(h, "Bearer ", 7) != 0)
        return NULL;
    return ll_intake_token_client(in, h + 7);
}

/* Hashes first, so the comparison takes the same time whatever the token's
 * length, and compares with every token, so the time says nothing of which. */
const char *ll_intake_token_client(const ll_intake *in, const char *tok) {
    unsigned char th[crypto_generichash_BYTES];
    crypto_generichash(th, sizeof(th), (const unsigned char *)tok, strlen(tok), NULL, 0);
    const char *client = NULL;
    for (int i = 0; i < in->icfg->ntokens; i++)
        if (sodium_memcmp(th, in->token_hash[i], sizeof(th)) == 0)
            client = in->icfg->tokens[i].client;
    return client;
}

static int content_type_json(struct evhttp_request *req) {
    const char *ct = evhttp_find_header(evhttp_request_get_input_headers(req), "Content-Type");
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
    const char *cs = NULL;
    for (const char *p = rest; *p && !cs; p++)
        if (strncasecmp(p, "charset=", 8) == 0)
            cs = p;
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

static void handle_json_trees(ll_intake *in, const route *rt, struct evhttp_request *req);

/* The request's JSON trees live on the loop's arena and go in one reset at
 * the end: what outlives the request (the ids for the answer) is malloc'ed. */
static void handle_json(ll_intake *in, const route *rt, struct evhttp_request *req) {
    ll_arena *prev = ll_json_arena_set(in->arena);
    handle_json_trees(in, rt, req);
    ll_json_arena_set(prev);
    if (in->arena)
        ll_arena_reset(in->arena);
}

static void handle_json_trees(ll_intake *in, const route *rt, struct evhttp_request *req) {
    const char *client = auth_client(in, req);
    if (!client) {
        evhttp_add_header(evhttp_request_get_output_headers(req), "WWW-Authenticate",
                          "Bearer realm=\"luisterloop\"");
        ll_intake_reject(req, 401, "missing or unknown bearer token", NULL);
        return;
    }
    if (!content_type_json(req)) {
        ll_intake_reject(req, 415, "Content-Type must be application/json (UTF-8)", NULL);
        return;
    }
    struct evbuffer *body = evhttp_request_get_input_buffer(req);
    size_t len = evbuffer_get_length(body);
    if (len > (size_t)in->icfg->max_body) {
        ll_metric_add(&m_rejected, 1);
        ll_http_send_too_large(req, in->icfg->max_body);
        return;
    }
    const char *idem = evhttp_find_header(evhttp_request_get_input_headers(req), "Idempotency-Key");
    if (idem && !idem_key_ok(idem)) {
        ll_intake_reject(req, 400, "Idempotency-Key must be 1..128 visible ASCII characters",
                         "Idempotency-Key");
        return;
    }
    if (in->pending + rt->max_events > in->icfg->max_pending) {
        ll_metric_add(&m_unavailable, 1);
        evhttp_add_header(evhttp_request_get_output_headers(req), "Retry-After", "1");
        ll_http_send_error(req, 503, "intake is saturated; try again", NULL);
        return;
    }
    ll_err err = {{0}, {0}};
    const char *text = (const char *)evbuffer_pullup(body, -1);
    /* A route of one event takes an object only, and says so ("null" was told that an
     * array would do: user check of 12-01, session 12). */
    cJSON *json = rt->max_events > 1
                      ? ll_json_parse_value(text ? text : "", len, (size_t)in->icfg->max_body, &err)
                      : ll_json_parse(text ? text : "", len, (size_t)in->icfg->max_body, &err);
    if (!json) {
        ll_intake_reject(req, 400, err.msg, err.field);
        return;
    }
    cJSON *evs[LL_MAX_EVENTS_PER_REQUEST];
    int status = 0;
    ll_intake_req r = {client, idem, in->cfg, &status};
    int max =
        rt->max_events < LL_MAX_EVENTS_PER_REQUEST ? rt->max_events : LL_MAX_EVENTS_PER_REQUEST;
    int n = rt->json(json, &r, evs, max, &err);
    cJSON_Delete(json);
    if (n == 0 && status >= 200 && status < 300) {
        ll_http_send_json(req, status, "{\"ids\":[]}");
        return;
    }
    if (n < 0 && status >= 400 && status <= 599) {
        if (status >= 500) {
            ll_metric_add(&m_unavailable, 1);
            evhttp_add_header(evhttp_request_get_output_headers(req), "Retry-After", "5");
        } else {
            ll_metric_add(&m_rejected, 1);
        }
        ll_http_send_error(req, status, err.msg, err.field[0] ? err.field : NULL);
        return;
    }
    if (n <= 0) {
        ll_intake_reject(req, 400, n < 0 ? err.msg : "no events in the request",
                         n < 0 ? err.field : NULL);
        return;
    }
    reqgroup *g = calloc(1, sizeof(*g));
    ll_arena *a = ll_json_arena_set(NULL);
    if (g)
        g->ids = cJSON_CreateArray();
    ll_json_arena_set(a);
    if (!g || !g->ids) {
        free(g);
        for (int i = 0; i < n; i++)
            cJSON_Delete(evs[i]);
        ll_http_send_error(req, 500, "out of memory", NULL);
        return;
    }
    g->in = in;
    g->req = req;
    g->n = n;
    g->outstanding = 1; /* held until every event is queued */
    for (int i = 0; i < n; i++) {
        a = ll_json_arena_set(NULL);
        cJSON_AddItemToArray(g->ids, cJSON_CreateString(ll_json_str(evs[i], "id")));
        ll_json_arena_set(a);
        char e[128];
        g->outstanding++;
        if (ll_intake_produce(in, evs[i], group_done, g, e, sizeof(e)) != 0) {
            g->outstanding--;
            g->failed++;
        }
    }
    ll_http_on_close(req, group_close_cb, g);
    group_done(g, NULL, 0);
}

static void http_cb(struct evhttp_request *req, void *arg) {
    ll_intake *in = arg;
    char path[512];
    if (!ll_http_path(req, path, sizeof(path))) {
        ll_http_send_error(req, 404, "not found", NULL);
        return;
    }
    if (ll_http_serve_admin(req, path, ready, in, in->metrics_here))
        return;
    for (int i = 0; i < in->nroutes; i++) {
        const route *rt = &in->routes[i];
        if (strcmp(path, rt->path) != 0)
            continue;
        if (rt->raw) {
            rt->raw(in, req, rt->arg);
            return;
        }
        if (evhttp_request_get_command(req) != EVHTTP_REQ_POST) {
            evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", "POST");
            ll_http_send_error(req, 405, "use POST", NULL);
            return;
        }
        handle_json(in, rt, req);
        return;
    }
    ll_http_send_error(req, 404, "not found", NULL);
}

static int route_add(ll_intake *in, const char *path, ll_intake_json_fn json, int max,
                     ll_intake_raw_fn raw, void *arg) {
    if (in->nroutes >= INTAKE_MAX_ROUTES || strlen(path) >= sizeof(in->routes[0].path))
        return -1;
    route *rt = &in->routes[in->nroutes++];
    snprintf(rt->path, sizeof(rt->path), "%s", path);
    rt->json = json;
    rt->max_events = max;
    rt->raw = raw;
    rt->arg = arg;
    return 0;
}

int ll_intake_route_json(ll_intake *in, const char *path, ll_intake_json_fn fn, int max_events) {
    return route_add(in, path, fn, max_events, NULL, NULL);
}

int ll_intake_route_raw(ll_intake *in, const char *path, ll_intake_raw_fn fn, void *arg) {
    return route_add(in, path, NULL, 0, fn, arg);
}

void ll_intake_raise_max_body(ll_intake *in, int max_body) {
    if (in->http && max_body > in->icfg->max_body)
        ll_http_raise_max_body(in->http, max_body);
}

void ll_intake_on_stop(ll_intake *in, void (*fn)(void *arg), void *arg) {
    in->on_stop = fn;
    in->on_stop_arg = arg;
}

/* An intake with its producer and event loop, serving nothing yet. */
static ll_intake *intake_new(const ll_config *cfg, const ll_intake_cfg *icfg, const char *channel,
                             char *errstr, size_t errlen);

/* Serves HTTP on the intake's address under guard (a new one when NULL).
 * reuseport: 0 a plain listener; 1 one of several, each with its own
 * SO_REUSEPORT socket; 2 the first of several (checks the port is free). */
static int intake_serve(ll_intake *in, ll_http_guard *guard, int reuseport, char *errstr,
                        size_t errlen);

ll_intake *ll_intake_new(const ll_config *cfg, const ll_intake_cfg *icfg, const char *channel,
                         enum ll_intake_serve serve, char *errstr, size_t errlen) {
    ll_intake *in = intake_new(cfg, icfg, channel, errstr, errlen);
    if (in && serve != LL_INTAKE_NO_HTTP &&
        intake_serve(in, NULL, serve == LL_INTAKE_HTTP_SHARED ? 2 : 0, errstr, errlen) != 0) {
        ll_intake_free(in);
        return NULL;
    }
    return in;
}

static int intake_serve(ll_intake *in, ll_http_guard *guard, int reuseport, char *errstr,
                        size_t errlen) {
    const ll_intake_cfg *icfg = in->icfg;
    if (guard) {
        in->guard = ll_http_guard_ref(guard);
    } else {
        ll_http_limits lim = {in->channel, icfg->http.timeout_s, icfg->http.max_conns,
                              icfg->http.max_per_client, icfg->http.trusted_proxies};
        if (!(in->guard = ll_http_guard_new(&lim, errstr, errlen)))
            return -1;
    }
    if (reuseport)
        in->http = ll_http_new_reuseport(in->base, icfg->listen, reuseport == 2, icfg->max_body,
                                         in->guard, &in->bound, errstr, errlen);
    else
        in->http = ll_http_new(in->base, icfg->listen, icfg->max_body, in->guard, &in->bound,
                               errstr, errlen);
    if (!in->http)
        return -1;
    ll_http_set_handler(in->http, http_cb, in);
    ll_http_count_refusals(in->http, &m_rejected);
    /* A public listener does not show the role's internals: /metrics stays on
     * loopback, or on metrics_listen (served by the first of several loops). */
    const char *ml = icfg->http.metrics_listen;
    in->metrics_here = !ml[0] && ll_http_listen_is_loopback(icfg->listen);
    if (ml[0] && reuseport != 1 &&
        !(in->metrics_http = ll_http_admin_new(in->base, ml, ready, in, errstr, errlen)))
        return -1;
    if (!ml[0] && !in->metrics_here && reuseport != 1)
        ll_info("/metrics is not served on %s (not loopback); set metrics_listen to scrape it",
                icfg->listen);
    return 0;
}

ll_intake *ll_intake_new_worker(const ll_intake *first, char *errstr, size_t errlen) {
    ll_intake *in = intake_new(first->cfg, first->icfg, first->channel, errstr, errlen);
    if (in && intake_serve(in, first->guard, 1, errstr, errlen) != 0) {
        ll_intake_free(in);
        return NULL;
    }
    return in;
}

static ll_intake *intake_new(const ll_config *cfg, const ll_intake_cfg *icfg, const char *channel,
                             char *errstr, size_t errlen) {
    if (icfg->ntokens == 0) {
        snprintf(errstr, errlen, "%s: [%s] has no token.CLIENT = TOKEN; no client could post",
                 cfg->path[0] ? cfg->path : "config", channel);
        return NULL;
    }
    ll_intake *in = calloc(1, sizeof(*in));
    if (!in) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    in->cfg = cfg;
    in->icfg = icfg;
    in->wake_fd[0] = in->wake_fd[1] = -1;
    snprintf(in->channel, sizeof(in->channel), "%s", channel);
    snprintf(in->labels, sizeof(in->labels), "channel=\"%s\"", channel);
    in->buf = malloc(LL_MAX_EVENT_BYTES);
    /* One thread per base, so no locks; epoll changes batched per loop turn,
     * which cancels the add/remove of write interest that every keep-alive
     * answer costs (epoll_ctl was a tenth of the adapter in a profile). The
     * changelist is unsafe only with dup()ed descriptors, and none is here. */
    struct event_config *ec = event_config_new();
    if (ec) {
        event_config_set_flag(ec, EVENT_BASE_FLAG_NOLOCK | EVENT_BASE_FLAG_EPOLL_USE_CHANGELIST);
        in->base = event_base_new_with_config(ec);
        event_config_free(ec);
    }
    ll_json_hooks_install();
    in->arena = ll_arena_new(LL_INTAKE_ARENA_KEEP); /* NULL: trees on malloc, as before */
    if (!in->buf || !in->base) {
        snprintf(errstr, errlen, "out of memory");
        goto fail;
    }
    for (int i = 0; i < icfg->ntokens; i++)
        crypto_generichash(in->token_hash[i], crypto_generichash_BYTES,
                           (const unsigned char *)icfg->tokens[i].token,
                           strlen(icfg->tokens[i].token), NULL, 0);
    ll_metric *ms[] = {&m_accepted,  &m_rejected, &m_unavailable,
                       &m_abandoned, &m_pending,  &m_latency};
    for (size_t i = 0; i < sizeof(ms) / sizeof(ms[0]); i++) {
        ms[i]->labels = in->labels; /* one channel per process */
        ll_metric_register(ms[i]);
    }
    rd_kafka_conf_t *conf = ll_kafka_conf_new(cfg, channel, errstr, errlen);
    if (!conf)
        goto fail;
    char tmo[32];
    snprintf(tmo, sizeof(tmo), "%d", icfg->delivery_timeout_ms);
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
    rd_kafka_conf_set_opaque(conf, in);
    if (!(in->rk = ll_kafka_producer_new(conf, NULL, errstr, errlen)))
        goto fail;
    in->mainq = rd_kafka_queue_get_main(in->rk);
    if (ll_kafka_queue_wakeup(in->mainq, in->wake_fd) != 0) {
        snprintf(errstr, errlen, "pipe: out of descriptors");
        goto fail;
    }
    in->wake_ev = event_new(in->base, in->wake_fd[0], EV_READ | EV_PERSIST, kafka_wake_cb, in);
    in->stop_ev = event_new(in->base, ll_stop_fd(), EV_READ | EV_PERSIST, stop_cb, in);
    if (!in->wake_ev || !in->stop_ev || event_add(in->wake_ev, NULL) ||
        event_add(in->stop_ev, NULL)) {
        snprintf(errstr, errlen, "libevent: cannot add events");
        goto fail;
    }
    return in;
fail:
    ll_intake_free(in);
    return NULL;
}

int ll_intake_run(ll_intake *in) {
    ll_info("listening on http://%s (topic %s, %d clients)", in->icfg->listen, in->cfg->topic_raw,
            in->icfg->ntokens);
    event_base_dispatch(in->base);
    /* Stop taking requests, then give Kafka time to confirm what is in flight
     * so those clients still get their honest answer. */
    if (in->http && in->bound)
        evhttp_del_accept_socket(in->http, in->bound);
    in->bound = NULL;
    event_del(in->stop_ev);
    if (in->on_stop)
        in->on_stop(in->on_stop_arg);
    long long deadline = ll_mono_us() + (long long)in->icfg->delivery_timeout_ms * 1000 + 500000;
    while (in->pending > 0 && ll_mono_us() < deadline) {
        rd_kafka_poll(in->rk, 20);
        event_base_loop(in->base, EVLOOP_NONBLOCK);
    }
    /* Let the last answers reach their sockets. */
    for (int i = 0; i < 10; i++)
        event_base_loop(in->base, EVLOOP_NONBLOCK);
    rd_kafka_resp_err_t ferr = rd_kafka_flush(in->rk, 1000);
    if (ferr || in->pending > 0) {
        ll_error("stopped with %d events unconfirmed (%d messages in the queue)", in->pending,
                 rd_kafka_outq_len(in->rk));
        return 1;
    }
    ll_info("stopped cleanly: %llu accepted", ll_metric_get(&m_accepted));
    return 0;
}

void ll_intake_free(ll_intake *in) {
    if (!in)
        return;
    ll_http_free(in->http); /* closes connections: their groups see req == NULL */
    ll_http_free(in->metrics_http);
    ll_http_guard_free(in->guard);
    if (in->wake_ev)
        event_free(in->wake_ev);
    if (in->stop_ev)
        event_free(in->stop_ev);
    if (in->mainq) {
        rd_kafka_queue_io_event_enable(in->mainq, -1, NULL, 0);
        rd_kafka_queue_destroy(in->mainq);
    }
    if (in->rk) {
        /* Whatever Kafka still holds gets its callback (with an error) now,
         * while the callers' state is still alive. */
        rd_kafka_purge(in->rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
        rd_kafka_poll(in->rk, 0);
        rd_kafka_destroy(in->rk);
    }
    for (int i = 0; i < 2; i++)
        if (in->wake_fd[i] >= 0)
            close(in->wake_fd[i]);
    if (in->base)
        event_base_free(in->base);
    free(in->buf);
    ll_arena_free(in->arena);
    free(in);
}
