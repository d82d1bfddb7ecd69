/* http.h - evhttp servers under limits (caps, a whole-request deadline, accept errors), JSON
 * answers, admin endpoints (/healthz, /readyz, /metrics). */
#ifndef LL_HTTP_H
#define LL_HTTP_H

#include <event2/util.h>
#include <stddef.h>

struct event_base;
struct evhttp;
struct evhttp_request;
struct evhttp_bound_socket;

typedef int (*ll_ready_fn)(void *arg);

/* What a role allows its HTTP clients. evhttp's own timeout is an inactivity
 * timer that every byte resets (one byte every 1.5 s held a connection 72 s
 * with 2 s), and it has no connection cap: a few slow clients, or one client
 * at the descriptor limit, took every role down. So each connection has a
 * whole-request deadline (headers and body, counted from the accept or from
 * the previous answer), the role and each client address have a cap, and an
 * accept error (out of descriptors) pauses accepting instead of spinning. */
typedef struct ll_http_limits {
    const char *role;            /* names log lines */
    int timeout_s;               /* a whole request within this; also evhttp's idle timer */
    int max_conns;               /* open connections of the role, all its threads */
    int max_per_client;          /* from one client address (IPv6: one /64) */
    const char *trusted_proxies; /* networks whose X-Forwarded-For is believed; "" none */
} ll_http_limits;

/* The limits shared by the servers (threads) of one role; reference counted
 * (ll_http_guard_ref), freed by the last ll_http_guard_free. */
typedef struct ll_http_guard ll_http_guard;
ll_http_guard *ll_http_guard_new(const ll_http_limits *lim, char *errstr, size_t errlen);
ll_http_guard *ll_http_guard_ref(ll_http_guard *g);
void ll_http_guard_free(ll_http_guard *g);

/* A server bound to listen ("host:port") with bounded bodies and headers,
 * under guard (which it references). Free with ll_http_free. */
struct evhttp *ll_http_new(struct event_base *base, const char *listen, int max_body,
                           ll_http_guard *guard, struct evhttp_bound_socket **bound, char *errstr,
                           size_t errlen);
/* One of several servers on the same address, one per thread: each has its
 * own SO_REUSEPORT socket, so the kernel spreads connections evenly. The
 * first (probe_first) checks that no other process holds the address. */
struct evhttp *ll_http_new_reuseport(struct event_base *base, const char *listen, int probe_first,
                                     int max_body, ll_http_guard *guard,
                                     struct evhttp_bound_socket **bound, char *errstr,
                                     size_t errlen);
/* For any evconnlistener (the phone TCP port too): accept() failed. Out of
 * descriptors the socket stays readable and libevent would retry and log in a
 * loop (0.99 s of CPU and 19 MB of log per 2 s), so accepting pauses for
 * 250 ms on resume_ev (an evtimer with ll_accept_resume and lev as its
 * argument) while the kernel keeps the backlog; lines at most once per 10 s
 * through lim. Call with errno as accept() left it. */
struct evconnlistener;
struct event;
typedef struct ll_log_limit ll_log_limit;
void ll_accept_error(struct evconnlistener *lev, struct event *resume_ev, ll_log_limit *lim,
                     const char *what);
void ll_accept_resume(evutil_socket_t fd, short what, void *lev);

/* Instead of evhttp_set_gencb: cb gets every complete request. */
void ll_http_set_handler(struct evhttp *http, void (*cb)(struct evhttp_request *, void *),
                         void *arg);
/* Closes every connection and frees the server; before its event base. */
void ll_http_free(struct evhttp *http);
/* fn(arg) runs if the client's connection closes before req is answered (the
 * answer waits for Kafka); fn NULL clears it before answering. Only from a
 * handler's request. Instead of evhttp_connection_set_closecb, which is ours. */
void ll_http_on_close(struct evhttp_request *req, void (*fn)(void *arg), void *arg);
/* The client of req as text for per-client limits: its address (IPv6: the
 * /64), taken from X-Forwarded-For when the peer is a trusted proxy. */
void ll_http_client(struct evhttp_request *req, char *out, size_t outlen);

const char *ll_http_reason(int code);
/* Every handler ends in one of these. body is JSON text. */
void ll_http_send_json(struct evhttp_request *req, int code, const char *body);
void ll_http_send_error(struct evhttp_request *req, int code, const char *error, const char *field);
/* 413 for a body over max_body bytes, with the limit; the same answer replaces the page
 * evhttp itself sends when a body goes over the max_body its server was made with. */
void ll_http_send_too_large(struct evhttp_request *req, int max_body);
/* A route of http takes bodies up to max_body (more than the server was made with), and
 * checks its own; the others keep checking theirs (as the intake's JSON routes do), and
 * evhttp's own 413 keeps naming the limit the server was made with. */
void ll_http_raise_max_body(struct evhttp *http, int max_body);
/* evhttp's own 4xx answers on http (a body over max_body, a request it cannot read, an
 * Expect it does not know; sent as our JSON in place of its page, before any handler runs)
 * are added to rejected from now on. */
struct ll_metric;
void ll_http_count_refusals(struct evhttp *http, struct ll_metric *rejected);
void ll_http_send_text(struct evhttp_request *req, int code, const char *content_type,
                       const char *body, size_t len);

/* Serves /healthz, /readyz and (when metrics) /metrics; returns 1 when it answered. */
int ll_http_serve_admin(struct evhttp_request *req, const char *path, ll_ready_fn ready, void *arg,
                        int metrics);
/* A server on base with only /healthz, /readyz and /metrics (a role's metrics_listen):
 * a public listener does not show its internals. Free with ll_http_free. */
struct evhttp *ll_http_admin_new(struct event_base *base, const char *listen, ll_ready_fn ready,
                                 void *arg, char *errstr, size_t errlen);
/* Whether "host:port" is on loopback (127.0.0.0/8, ::1, localhost): a role
 * serves /metrics on its own listener only there, unless metrics_listen says. */
int ll_http_listen_is_loopback(const char *listen);

/* For roles without an event loop of their own: the admin endpoints on a
 * thread with its own event_base. */
int ll_http_admin_thread_start(const char *listen, ll_ready_fn ready, void *arg, char *errstr,
                               size_t errlen);
void ll_http_admin_thread_stop(void);

/* Appends s to out with &, <, >, ", ' escaped: citizen text is text, never markup. */
struct evbuffer;
void ll_html_escape(struct evbuffer *out, const char *s);

/* The request path without query string, in buf; NULL when unusable. */
const char *ll_http_path(struct evhttp_request *req, char *buf, size_t len);

#endif
