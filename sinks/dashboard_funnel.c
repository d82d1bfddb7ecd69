/* dashboard_funnel.c - the web form's funnel for Trends, read from the web role's /metrics.
 *
 * The web role counts its form in ll_form_funnel_total{step=...} (shown,
 * started, submitted, invalid, accepted, spam, rate_limited; producers/form.c
 * says when a form counts as started); the dashboard asks
 * [dashboard] web_metrics every FUNNEL_POLL_S with an evhttp client on its
 * own event loop (never blocking it) and shows the last answer while it is
 * fresh. The answer is bounded (FUNNEL_MAX_BODY) and only those lines are read. */
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dashboard_int.h"
#include "log.h"
#include "text.h"

#define FUNNEL_POLL_S 15
#define FUNNEL_TIMEOUT_S 3
#define FUNNEL_MAX_BODY (1024 * 1024)
#define FUNNEL_FRESH_MS (4 * FUNNEL_POLL_S * 1000)
#define FUNNEL_PREFIX "ll_form_funnel_total{step=\""

static const char *const steps[DASH_FUNNEL_STEPS] = {
    "shown", "started", "submitted", "invalid", "accepted", "spam", "rate_limited"};

static void parse(dash *d, struct evbuffer *in) {
    size_t len = evbuffer_get_length(in);
    char *text = malloc(len + 1);
    if (!text)
        return;
    evbuffer_copyout(in, text, len);
    text[len] = '\0';
    unsigned long long got[DASH_FUNNEL_STEPS] = {0};
    int seen = 0;
    for (char *line = text; line && *line;) {
        char *next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        if (!strncmp(line, FUNNEL_PREFIX, strlen(FUNNEL_PREFIX))) {
            const char *step = line + strlen(FUNNEL_PREFIX);
            for (int i = 0; i < DASH_FUNNEL_STEPS; i++) {
                size_t n = strlen(steps[i]);
                if (!strncmp(step, steps[i], n) && !strncmp(step + n, "\"} ", 3)) {
                    char *end;
                    double v = strtod(step + n + 3, &end);
                    if (end != step + n + 3 && v >= 0) {
                        got[i] = (unsigned long long)v;
                        seen++;
                    }
                }
            }
        }
        line = next;
    }
    free(text);
    if (seen) {
        memcpy(d->funnel, got, sizeof(got));
        d->funnel_ms = ll_now_ms();
    }
}

static void done_cb(struct evhttp_request *req, void *arg) {
    dash *d = arg;
    d->funnel_busy = 0;
    if (!req || evhttp_request_get_response_code(req) != 200) {
        ll_debug("form funnel: %s/metrics did not answer 200", d->dc->web_metrics);
        return;
    }
    parse(d, evhttp_request_get_input_buffer(req));
}

static void poll_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    dash *d = arg;
    if (d->funnel_busy || !d->funnel_conn)
        return;
    struct evhttp_request *req = evhttp_request_new(done_cb, d);
    if (!req)
        return;
    evhttp_add_header(evhttp_request_get_output_headers(req), "Host", d->dc->web_metrics);
    if (evhttp_make_request(d->funnel_conn, req, EVHTTP_REQ_GET, "/metrics") == 0)
        d->funnel_busy = 1;
}

int dash_funnel_start(dash *d, char *errstr, size_t errlen) {
    const char *addr = d->dc->web_metrics;
    if (!addr[0])
        return 0;
    char host[128];
    const char *colon = strrchr(addr, ':');
    long port = colon ? strtol(colon + 1, NULL, 10) : 0;
    size_t hl = colon ? (size_t)(colon - addr) : 0;
    if (!colon || hl == 0 || hl >= sizeof(host) || port <= 0 || port > 65535) {
        snprintf(errstr, errlen, "[dashboard] web_metrics '%s': host:port", addr);
        return -1;
    }
    memcpy(host, addr, hl);
    host[hl] = '\0';
    if (host[0] == '[' && hl > 2 && host[hl - 1] == ']') { /* [::1]:9100 */
        memmove(host, host + 1, hl - 2);
        host[hl - 2] = '\0';
    }
    d->funnel_conn = evhttp_connection_base_new(d->base, NULL, host, (unsigned short)port);
    d->funnel_ev = event_new(d->base, -1, EV_PERSIST, poll_cb, d);
    struct timeval every = {FUNNEL_POLL_S, 0};
    if (!d->funnel_conn || !d->funnel_ev || event_add(d->funnel_ev, &every) != 0) {
        snprintf(errstr, errlen, "libevent: cannot set up the form funnel poll");
        return -1;
    }
    evhttp_connection_set_timeout(d->funnel_conn, FUNNEL_TIMEOUT_S);
    evhttp_connection_set_max_body_size(d->funnel_conn, FUNNEL_MAX_BODY);
    event_active(d->funnel_ev, EV_TIMEOUT, 0); /* the first answer now */
    return 0;
}

void dash_funnel_stop(dash *d) {
    if (d->funnel_ev)
        event_free(d->funnel_ev);
    if (d->funnel_conn)
        evhttp_connection_free(d->funnel_conn);
    d->funnel_ev = NULL;
    d->funnel_conn = NULL;
}

int dash_funnel_json(dash *d, cJSON *trends) {
    if (!d->funnel_ms || ll_now_ms() - d->funnel_ms > FUNNEL_FRESH_MS)
        return 0;
    cJSON *f = cJSON_AddObjectToObject(trends, "funnel");
    for (int i = 0; f && i < DASH_FUNNEL_STEPS; i++)
        if (!cJSON_AddNumberToObject(f, steps[i], (double)d->funnel[i]))
            return -1;
    return f ? 0 : -1;
}
