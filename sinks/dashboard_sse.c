/* dashboard_sse.c - /api/v1/stream: Server-Sent Events of enriched events, alerts and queue changes.
 *
 * Each stream is an evhttp reply left open (evhttp_send_reply_start) and
 * written with chunks. At most LL_DASH_MAX_SSE at once (503 beyond); one
 * that does not read falls behind and is cut once LL_DASH_SSE_BACKLOG bytes
 * wait for it, so a stalled browser costs bounded memory. A comment line
 * every 15 s keeps proxies from closing an idle stream; EventSource
 * reconnects by itself after a cut or a restart. */
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/http.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dashboard_int.h"
#include "http.h"
#include "log.h"
#include "metrics.h"

LL_METRIC(m_sse, "ll_dashboard_streams", NULL, LL_GAUGE, "open /api/v1/stream connections");
LL_METRIC(m_sse_cut, "ll_dashboard_streams_cut_total", NULL, LL_COUNTER,
          "streams cut because the browser did not keep up");

typedef struct dash_sse {
    struct evhttp_request *req[LL_DASH_MAX_SSE];
    struct evhttp_connection *conn[LL_DASH_MAX_SSE];
    int n;
} dash_sse;

int dash_sse_init(dash *d) {
    LL_METRICS_REGISTER(&m_sse, &m_sse_cut);
    d->sse = calloc(1, sizeof(*d->sse));
    return d->sse ? 0 : -1;
}

static void drop(dash *d, int i) {
    dash_sse *s = d->sse;
    s->req[i] = s->req[s->n - 1];
    s->conn[i] = s->conn[s->n - 1];
    s->n--;
    ll_metric_set(&m_sse, s->n);
}

typedef struct sse_close {
    dash *d;
    struct evhttp_request *req;
} sse_close;

static void closed(void *arg) {
    sse_close *c = arg;
    dash_sse *s = c->d->sse;
    for (int i = 0; s && i < s->n; i++)
        if (s->req[i] == c->req) {
            drop(c->d, i);
            /* The peer went away mid-answer: evhttp detached the request and
             * left it to us; ending a detached reply frees it. */
            if (!evhttp_request_get_connection(c->req))
                evhttp_send_reply_end(c->req);
            break;
        }
    free(c);
}

void dash_sse_end_all(dash *d) {
    /* An open stream's request belongs to us until its reply ends: end each,
     * so that closing the server frees them. */
    while (d->sse && d->sse->n > 0) {
        struct evhttp_request *req = d->sse->req[d->sse->n - 1];
        drop(d, d->sse->n - 1);
        evhttp_send_reply_end(req);
    }
}

void dash_sse_free(dash *d) {
    if (!d->sse)
        return;
    free(d->sse);
    d->sse = NULL;
}

void dash_sse_open(dash *d, struct evhttp_request *req) {
    dash_sse *s = d->sse;
    if (s->n >= LL_DASH_MAX_SSE) {
        ll_http_send_error(req, 503, "too many open streams", NULL);
        return;
    }
    sse_close *c = calloc(1, sizeof(*c));
    if (!c) {
        ll_http_send_error(req, 500, "out of memory", NULL);
        return;
    }
    c->d = d;
    c->req = req;
    struct evkeyvalq *oh = evhttp_request_get_output_headers(req);
    dash_security_headers(req);
    evhttp_add_header(oh, "Content-Type", "text/event-stream; charset=utf-8");
    evhttp_add_header(oh, "Cache-Control", "no-store");
    evhttp_add_header(oh, "X-Content-Type-Options", "nosniff");
    evhttp_add_header(oh, "X-Accel-Buffering", "no");
    ll_http_on_close(req, closed, c);
    evhttp_send_reply_start(req, 200, "OK");
    /* evhttp keeps reading an answered connection (to see it close) under the
     * role's timeout_s: a browser sends nothing more on a stream, which was
     * cut after timeout_s. The heartbeat's writes find a dead peer instead. */
    evhttp_connection_set_timeout(evhttp_request_get_connection(req), LL_DASH_SSE_IDLE_S);
    s->req[s->n] = req;
    s->conn[s->n] = evhttp_request_get_connection(req);
    s->n++;
    ll_metric_set(&m_sse, s->n);
    struct evbuffer *b = evbuffer_new();
    if (b) {
        evbuffer_add_printf(b, "retry: 2000\n: hallo\n\n");
        evhttp_send_reply_chunk(req, b);
        evbuffer_free(b);
    }
}

static void send_all(dash *d, const char *text, size_t len) {
    dash_sse *s = d->sse;
    for (int i = 0; s && i < s->n;) {
        struct evbuffer *out =
            bufferevent_get_output(evhttp_connection_get_bufferevent(s->conn[i]));
        if (out && evbuffer_get_length(out) > LL_DASH_SSE_BACKLOG) {
            ll_metric_add(&m_sse_cut, 1);
            struct evhttp_request *req = s->req[i];
            drop(d, i);
            evhttp_send_reply_end(req); /* the close callback finds it gone */
            continue;
        }
        struct evbuffer *b = evbuffer_new();
        if (b) {
            evbuffer_add(b, text, len);
            evhttp_send_reply_chunk(s->req[i], b);
            evbuffer_free(b);
        }
        i++;
    }
}

void dash_sse_send(dash *d, const char *event, const char *json) {
    if (!d->sse || d->sse->n == 0 || !json)
        return;
    size_t len = strlen(event) + strlen(json) + 32;
    char *msg = malloc(len);
    if (!msg)
        return;
    /* JSON from cJSON has no raw newline, so one data: line holds it. */
    int n = snprintf(msg, len, "event: %s\ndata: %s\n\n", event, json);
    if (n > 0 && (size_t)n < len)
        send_all(d, msg, (size_t)n);
    free(msg);
}

void dash_sse_beat(dash *d) {
    static const char beat[] = ": -\n\n";
    if (d->sse && d->sse->n)
        send_all(d, beat, sizeof(beat) - 1);
}
