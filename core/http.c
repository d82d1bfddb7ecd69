/* http.c - evhttp servers: JSON answers, admin endpoints (/healthz, /readyz, /metrics). */
#include "http.h"

#include <cjson/cJSON.h>
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <pthread.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "netaddr.h"

struct evhttp *ll_http_new(struct event_base *base, const char *listen, int max_body,
                           int timeout_s, struct evhttp_bound_socket **bound, char *errstr,
                           size_t errlen) {
    ll_netaddr a;
    if (ll_netaddr_parse(listen, &a, errstr, errlen) != 0)
        return NULL;
    struct evhttp *http = evhttp_new(base);
    if (!http) {
        snprintf(errstr, errlen, "evhttp_new failed");
        return NULL;
    }
    struct evhttp_bound_socket *h = evhttp_bind_socket_with_handle(http, a.host, (ev_uint16_t)a.port);
    if (!h) {
        snprintf(errstr, errlen, "cannot listen on %s (in use, or not a local address)", listen);
        evhttp_free(http);
        return NULL;
    }
    if (bound)
        *bound = h;
    evhttp_set_max_body_size(http, (ev_ssize_t)max_body);
    evhttp_set_max_headers_size(http, LL_MAX_HTTP_HEADERS);
    evhttp_set_timeout(http, timeout_s);
    evhttp_set_allowed_methods(http, EVHTTP_REQ_GET | EVHTTP_REQ_POST | EVHTTP_REQ_HEAD);
    return http;
}

static int listen_backlog(int fd) { return listen(fd, 1024); }

static int listen_socket(const char *listen, int reuseport, int do_listen, char *errstr,
                         size_t errlen) {
    ll_netaddr a;
    if (ll_netaddr_parse(listen, &a, errstr, errlen) != 0)
        return -1;
    struct sockaddr_storage ss;
    int sl = sizeof(ss);
    char spec[300];
    snprintf(spec, sizeof(spec), strchr(a.host, ':') ? "[%s]:%d" : "%s:%d", a.host, a.port);
    if (evutil_parse_sockaddr_port(spec, (struct sockaddr *)&ss, &sl) != 0) {
        snprintf(errstr, errlen, "'%s' is not a numeric address", listen);
        return -1;
    }
    int fd = socket(ss.ss_family, SOCK_STREAM, 0), one = 1;
    if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) != 0 ||
        (reuseport && setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one)) != 0) ||
        bind(fd, (struct sockaddr *)&ss, (socklen_t)sl) != 0 ||
        (do_listen && (listen_backlog(fd) != 0 || evutil_make_socket_nonblocking(fd) != 0))) {
        snprintf(errstr, errlen, "cannot listen on %s: %s", listen, strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    return fd;
}

struct evhttp *ll_http_new_reuseport(struct event_base *base, const char *listen, int probe_first,
                                     int max_body, int timeout_s,
                                     struct evhttp_bound_socket **bound, char *errstr,
                                     size_t errlen) {
    if (probe_first) {
        /* A plain bind fails while anyone listens there, so two programs
         * never end up silently sharing a port through SO_REUSEPORT. */
        int probe = listen_socket(listen, 0, 0, errstr, errlen);
        if (probe < 0)
            return NULL;
        close(probe);
    }
    int fd = listen_socket(listen, 1, 1, errstr, errlen);
    if (fd < 0)
        return NULL;
    struct evhttp *http = evhttp_new(base);
    struct evhttp_bound_socket *h = http ? evhttp_accept_socket_with_handle(http, fd) : NULL;
    if (!h) {
        snprintf(errstr, errlen, "cannot serve HTTP on %s", listen);
        if (http)
            evhttp_free(http);
        close(fd);
        return NULL;
    }
    if (bound)
        *bound = h;
    evhttp_set_max_body_size(http, (ev_ssize_t)max_body);
    evhttp_set_max_headers_size(http, LL_MAX_HTTP_HEADERS);
    evhttp_set_timeout(http, timeout_s);
    evhttp_set_allowed_methods(http, EVHTTP_REQ_GET | EVHTTP_REQ_POST | EVHTTP_REQ_HEAD);
    return http;
}

const char *ll_http_reason(int code) {
    switch (code) {
    case 200: return "OK";
    case 202: return "Accepted";
    case 303: return "See Other";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

void ll_http_send_text(struct evhttp_request *req, int code, const char *content_type,
                       const char *body, size_t len) {
    struct evkeyvalq *h = evhttp_request_get_output_headers(req);
    evhttp_add_header(h, "Content-Type", content_type);
    evhttp_add_header(h, "X-Content-Type-Options", "nosniff");
    evhttp_add_header(h, "Cache-Control", "no-store");
    struct evbuffer *b = evbuffer_new();
    if (b)
        evbuffer_add(b, body, len);
    evhttp_send_reply(req, code, ll_http_reason(code), b);
    if (b)
        evbuffer_free(b);
}

void ll_http_send_json(struct evhttp_request *req, int code, const char *body) {
    ll_http_send_text(req, code, "application/json; charset=utf-8", body, strlen(body));
}

void ll_http_send_error(struct evhttp_request *req, int code, const char *error,
                        const char *field) {
    cJSON *j = cJSON_CreateObject();
    char *s = NULL;
    if (j && cJSON_AddStringToObject(j, "error", error) &&
        (!field || !*field || cJSON_AddStringToObject(j, "field", field)))
        s = cJSON_PrintUnformatted(j);
    ll_http_send_json(req, code, s ? s : "{\"error\":\"internal error\"}");
    cJSON_free(s);
    cJSON_Delete(j);
}

const char *ll_http_path(struct evhttp_request *req, char *buf, size_t len) {
    const struct evhttp_uri *u = evhttp_request_get_evhttp_uri(req);
    const char *p = u ? evhttp_uri_get_path(u) : NULL;
    if (!p || !*p)
        p = "/";
    if (snprintf(buf, len, "%s", p) >= (int)len)
        return NULL;
    return buf;
}

int ll_http_serve_admin(struct evhttp_request *req, const char *path, ll_ready_fn ready,
                        void *arg) {
    if (evhttp_request_get_command(req) != EVHTTP_REQ_GET &&
        evhttp_request_get_command(req) != EVHTTP_REQ_HEAD)
        return 0;
    if (strcmp(path, "/healthz") == 0) {
        ll_http_send_json(req, 200, "{\"status\":\"ok\"}");
        return 1;
    }
    if (strcmp(path, "/readyz") == 0) {
        if (!ready || ready(arg))
            ll_http_send_json(req, 200, "{\"status\":\"ready\"}");
        else
            ll_http_send_json(req, 503, "{\"status\":\"not ready\"}");
        return 1;
    }
    if (strcmp(path, "/metrics") == 0) {
        struct evbuffer *b = evbuffer_new();
        if (!b) {
            ll_http_send_error(req, 500, "out of memory", NULL);
            return 1;
        }
        ll_metrics_render(b);
        struct evkeyvalq *h = evhttp_request_get_output_headers(req);
        evhttp_add_header(h, "Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        evhttp_send_reply(req, 200, "OK", b);
        evbuffer_free(b);
        return 1;
    }
    return 0;
}

static struct {
    struct event_base *base;
    struct evhttp *http;
    pthread_t thread;
    ll_ready_fn ready;
    void *arg;
    int running;
} admin;

static void admin_cb(struct evhttp_request *req, void *arg) {
    (void)arg;
    char path[256];
    if (!ll_http_path(req, path, sizeof(path)) ||
        !ll_http_serve_admin(req, path, admin.ready, admin.arg))
        ll_http_send_error(req, 404, "not found", NULL);
}

static void *admin_main(void *arg) {
    (void)arg;
    event_base_dispatch(admin.base);
    return NULL;
}

int ll_http_admin_thread_start(const char *listen, ll_ready_fn ready, void *arg, char *errstr,
                               size_t errlen) {
    admin.base = event_base_new();
    if (!admin.base) {
        snprintf(errstr, errlen, "event_base_new failed");
        return -1;
    }
    admin.http = ll_http_new(admin.base, listen, 1024, 10, NULL, errstr, errlen);
    if (!admin.http) {
        event_base_free(admin.base);
        admin.base = NULL;
        return -1;
    }
    admin.ready = ready;
    admin.arg = arg;
    evhttp_set_gencb(admin.http, admin_cb, NULL);
    if (pthread_create(&admin.thread, NULL, admin_main, NULL) != 0) {
        snprintf(errstr, errlen, "cannot start the admin thread");
        evhttp_free(admin.http);
        event_base_free(admin.base);
        admin.base = NULL;
        return -1;
    }
    admin.running = 1;
    return 0;
}

void ll_http_admin_thread_stop(void) {
    if (!admin.running)
        return;
    event_base_loopbreak(admin.base);
    pthread_join(admin.thread, NULL);
    evhttp_free(admin.http);
    event_base_free(admin.base);
    admin.running = 0;
}

void ll_html_escape(struct evbuffer *out, const char *s) {
    const char *run = s;
    for (; *s; s++) {
        const char *rep = NULL;
        switch (*s) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default: continue;
        }
        evbuffer_add(out, run, (size_t)(s - run));
        evbuffer_add(out, rep, strlen(rep));
        run = s + 1;
    }
    evbuffer_add(out, run, (size_t)(s - run));
}
