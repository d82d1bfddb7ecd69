/* http.h - evhttp servers: JSON answers, admin endpoints (/healthz, /readyz, /metrics). */
#ifndef LL_HTTP_H
#define LL_HTTP_H

#include <stddef.h>

struct event_base;
struct evhttp;
struct evhttp_request;
struct evhttp_bound_socket;

typedef int (*ll_ready_fn)(void *arg);

/* A server bound to listen ("host:port") with bounded bodies and headers and
 * a read/write timeout that cuts off slow clients. */
struct evhttp *ll_http_new(struct event_base *base, const char *listen, int max_body,
                           int timeout_s, struct evhttp_bound_socket **bound, char *errstr,
                           size_t errlen);
/* One of several servers on the same address, one per thread: each has its
 * own SO_REUSEPORT socket, so the kernel spreads connections evenly. The
 * first (probe_first) checks that no other process holds the address. */
struct evhttp *ll_http_new_reuseport(struct event_base *base, const char *listen, int probe_first,
                                     int max_body, int timeout_s,
                                     struct evhttp_bound_socket **bound, char *errstr,
                                     size_t errlen);

const char *ll_http_reason(int code);
/* Every handler ends in one of these. body is JSON text. */
void ll_http_send_json(struct evhttp_request *req, int code, const char *body);
void ll_http_send_error(struct evhttp_request *req, int code, const char *error,
                        const char *field);
void ll_http_send_text(struct evhttp_request *req, int code, const char *content_type,
                       const char *body, size_t len);

/* Serves /healthz, /readyz and /metrics; returns 1 when it answered. */
int ll_http_serve_admin(struct evhttp_request *req, const char *path, ll_ready_fn ready,
                        void *arg);

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
