/* http.c - evhttp servers under limits (caps, a whole-request deadline, accept errors), JSON
 * answers, admin endpoints (/healthz, /readyz, /metrics). */
#include "http.h"

#include <cjson/cJSON.h>
#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/bufferevent.h>
#include <event2/keyvalq_struct.h>
#include <event2/listener.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "netaddr.h"
#include "text.h"

/* ---- limits: caps per role and per client, a whole-request deadline, accept errors ----
 *
 * evhttp (2.1) has no hook between accept and a complete request, so the
 * connection is taken over through the one it has, evhttp_set_bevcb: we make
 * each connection's bufferevent, hold a reference to it, and right after
 * evhttp has built the connection around it (an event activated from the
 * accept, run before the socket can be read) look at the peer, count it
 * against the caps, refuse it with a 503 or take its close callback and start
 * its deadline. The deadline stops when the request is complete (the handler
 * runs) and starts again once its answer is sent. */

LL_METRIC(m_http_conns, "ll_http_connections", NULL, LL_GAUGE, "open HTTP connections");
LL_METRIC(m_refused_role, "ll_http_refused_total", "reason=\"role_full\"", LL_COUNTER,
          "connections refused with 503 at a cap (max_connections, max_connections_per_client)");
LL_METRIC(m_refused_client, "ll_http_refused_total", "reason=\"client_full\"", LL_COUNTER, "");
LL_METRIC(m_deadline, "ll_http_deadline_total", NULL, LL_COUNTER,
          "connections closed because a request was not complete within timeout_s");
LL_METRIC(m_accept_paused, "ll_accept_paused_total", NULL, LL_COUNTER,
          "pauses in accepting (HTTP and TCP) after an accept error (out of descriptors)");

#define GUARD_BUCKETS 1024 /* client addresses, chained */
#define SRV_BUCKETS 1024   /* connections of one server by bufferevent, chained */
#define ACCEPT_PAUSE_MS 250
#define LOG_EVERY_MS 10000

typedef struct client_count {
    ll_ip16 client;
    int n;
    struct client_count *next;
} client_count;

struct ll_http_guard {
    pthread_mutex_t lock;
    atomic_int refs;
    char role[32];
    int timeout_s, max_conns, max_per_client;
    ll_cidrs trusted;
    int nconns;
    client_count *clients[GUARD_BUCKETS];
    ll_log_limit log_refused, log_accept, log_deadline;
};

typedef struct hconn hconn;

typedef struct ll_http_srv {
    struct evhttp *http;
    struct event_base *base;
    ll_http_guard *guard;
    struct evconnlistener *lev;
    struct event *resume_ev;
    void (*cb)(struct evhttp_request *, void *);
    void *cb_arg;
    void *owned; /* freed with the server (an admin server's state) */
    int max_body;
    ll_metric *rejected; /* evhttp's own 4xx pages are counted here (ll_http_count_refusals) */
    hconn *by_bev[SRV_BUCKETS];
    struct ll_http_srv *next; /* in the registry */
} ll_http_srv;

struct hconn {
    ll_http_srv *srv;
    struct bufferevent *bev;         /* evhttp's; the key */
    struct evhttp_connection *evcon; /* NULL until taken over */
    struct event *adopt_ev, *deadline_ev;
    ll_ip16 peer, client;
    int counted;
    struct evbuffer_cb_entry *out_cb; /* out_cb() on bev's output; NULL until taken over */
    int page;        /* evhttp is writing its own page: its evpages index + 1 (out_cb) */
    size_t page_off; /* where the page starts in the output */
    void (*on_close)(void *);
    void *on_close_arg;
    hconn *hnext;
};

/* Servers by evhttp, for the accept error callback (whose argument is evhttp's). */
static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static ll_http_srv *registry;

static ll_http_srv *srv_of(const struct evhttp *http) {
    pthread_mutex_lock(&registry_lock);
    ll_http_srv *srv = registry;
    while (srv && srv->http != http)
        srv = srv->next;
    pthread_mutex_unlock(&registry_lock);
    return srv;
}

static unsigned client_hash(const ll_ip16 *ip) {
    return ll_fnv1a(ip->b, sizeof(ip->b)) % GUARD_BUCKETS;
}

/* libevent's own warnings ("Error from accept() call", "illegal connection
 * state") come from what clients do: through our log, one line per interval,
 * instead of libevent's own unlimited lines on stderr. */
static ll_log_limit libevent_log_limit;

static void libevent_log(int severity, const char *msg) {
    unsigned long sup;
    if (severity == EVENT_LOG_DEBUG || !ll_log_allow(&libevent_log_limit, LOG_EVERY_MS, &sup))
        return;
    LL_LOG(severity == EVENT_LOG_ERR ? LL_LOG_ERROR : LL_LOG_WARN,
           "libevent: %s (%lu more libevent lines since the last one)", msg, sup);
}

static void libevent_log_install(void) { event_set_log_callback(libevent_log); }

ll_http_guard *ll_http_guard_new(const ll_http_limits *lim, char *errstr, size_t errlen) {
    static pthread_once_t log_once = PTHREAD_ONCE_INIT;
    pthread_once(&log_once, libevent_log_install);
    ll_http_guard *g = calloc(1, sizeof(*g));
    if (!g) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    char e[160];
    if (ll_cidrs_parse(lim->trusted_proxies ? lim->trusted_proxies : "", &g->trusted, e,
                       sizeof(e)) != 0) {
        snprintf(errstr, errlen, "[%s] trusted_proxies: %s", lim->role, e);
        free(g);
        return NULL;
    }
    pthread_mutex_init(&g->lock, NULL);
    atomic_init(&g->refs, 1);
    snprintf(g->role, sizeof(g->role), "%s", lim->role);
    g->timeout_s = lim->timeout_s;
    g->max_conns = lim->max_conns;
    g->max_per_client = lim->max_per_client;
    /* Connections are refused at the cap, before the process runs out of
     * descriptors (Kafka, Redis and the listeners need some too). */
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
        rl.rlim_cur < (rlim_t)g->max_conns + 256) {
        rlim_t want = (rlim_t)g->max_conns + 256;
        rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > want ? want : rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
        if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < (rlim_t)g->max_conns + 256)
            ll_warn("[%s] max_connections %d is near the descriptor limit %llu; accepting "
                    "pauses when descriptors run out",
                    g->role, g->max_conns, (unsigned long long)rl.rlim_cur);
    }
    LL_METRICS_REGISTER(&m_http_conns, &m_refused_role, &m_refused_client, &m_deadline,
                        &m_accept_paused);
    return g;
}

ll_http_guard *ll_http_guard_ref(ll_http_guard *g) {
    atomic_fetch_add(&g->refs, 1);
    return g;
}

void ll_http_guard_free(ll_http_guard *g) {
    if (!g || atomic_fetch_sub(&g->refs, 1) != 1)
        return;
    for (int i = 0; i < GUARD_BUCKETS; i++)
        for (client_count *c = g->clients[i], *next; c; c = next) {
            next = c->next;
            free(c);
        }
    pthread_mutex_destroy(&g->lock);
    free(g);
}

/* Counts c against the caps; NULL when it may stay, else why not. */
static const char *guard_take(ll_http_guard *g, hconn *c) {
    const char *why = NULL;
    pthread_mutex_lock(&g->lock);
    client_count **slot = &g->clients[client_hash(&c->client)], *cc = *slot;
    while (cc && memcmp(&cc->client, &c->client, sizeof(cc->client)) != 0)
        cc = cc->next;
    /* A trusted proxy carries many clients: only the role's cap applies to it. */
    int proxy = ll_cidrs_match(&g->trusted, &c->peer);
    if (g->nconns >= g->max_conns)
        why = "role_full";
    else if (!proxy && cc && cc->n >= g->max_per_client)
        why = "client_full";
    else if (!cc && !(cc = calloc(1, sizeof(*cc))))
        why = "role_full"; /* out of memory: refuse like a full role */
    if (!why) {
        if (cc->n == 0) {
            cc->client = c->client;
            cc->next = *slot;
            *slot = cc;
        }
        cc->n++;
        g->nconns++;
        c->counted = 1;
    }
    pthread_mutex_unlock(&g->lock);
    return why;
}

static void guard_put(ll_http_guard *g, hconn *c) {
    if (!c->counted)
        return;
    pthread_mutex_lock(&g->lock);
    client_count **p = &g->clients[client_hash(&c->client)];
    while (*p && memcmp(&(*p)->client, &c->client, sizeof(c->client)) != 0)
        p = &(*p)->next;
    if (*p && --(*p)->n == 0) {
        client_count *gone = *p;
        *p = gone->next;
        free(gone);
    }
    g->nconns--;
    pthread_mutex_unlock(&g->lock);
    c->counted = 0;
    atomic_fetch_sub_explicit(&m_http_conns.value, 1, memory_order_relaxed);
}

static unsigned bev_hash(const struct bufferevent *bev) {
    return (unsigned)(((uintptr_t)bev >> 4) % SRV_BUCKETS);
}

static hconn *hconn_of(ll_http_srv *srv, struct evhttp_connection *evcon) {
    struct bufferevent *bev = evcon ? evhttp_connection_get_bufferevent(evcon) : NULL;
    hconn *c = bev ? srv->by_bev[bev_hash(bev)] : NULL;
    while (c && c->bev != bev)
        c = c->hnext;
    return c;
}

/* Forgets c: off the caps and the table, its events freed. Not its connection. */
static void hconn_forget(hconn *c) {
    if (c->out_cb)
        evbuffer_remove_cb_entry(bufferevent_get_output(c->bev), c->out_cb);
    hconn **p = &c->srv->by_bev[bev_hash(c->bev)];
    while (*p && *p != c)
        p = &(*p)->hnext;
    if (*p)
        *p = c->hnext;
    guard_put(c->srv->guard, c);
    if (c->adopt_ev)
        event_free(c->adopt_ev);
    if (c->deadline_ev)
        event_free(c->deadline_ev);
    free(c);
}

static void deadline_start(hconn *c) {
    struct timeval tv = {c->srv->guard->timeout_s, 0};
    event_add(c->deadline_ev, &tv);
}

static void close_cb(struct evhttp_connection *evcon, void *arg) {
    (void)evcon;
    hconn *c = arg;
    if (c->on_close)
        c->on_close(c->on_close_arg);
    hconn_forget(c);
}

static void deadline_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    hconn *c = arg;
    ll_http_guard *g = c->srv->guard;
    struct evhttp_connection *evcon = c->evcon;
    ll_metric_add(&m_deadline, 1);
    unsigned long sup;
    char who[64];
    ll_ip16_client_text(&c->client, who, sizeof(who));
    if (ll_log_allow(&g->log_deadline, LOG_EVERY_MS, &sup))
        ll_info("closed a connection from %s: no complete request within timeout_s = %d "
                "(%lu more since the last such line)",
                who, g->timeout_s, sup);
    evhttp_connection_set_closecb(evcon, NULL, NULL);
    if (c->on_close)
        c->on_close(c->on_close_arg);
    hconn_forget(c);
    evhttp_connection_free(evcon);
}

static void refuse(hconn *c, const char *why) {
    ll_http_guard *g = c->srv->guard;
    ll_metric_add(strcmp(why, "role_full") == 0 ? &m_refused_role : &m_refused_client, 1);
    static const char busy[] = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: "
                               "application/json\r\nRetry-After: 1\r\nConnection: close\r\n"
                               "Content-Length: 55\r\n\r\n"
                               "{\"error\":\"too many connections; try again later\"}\r\n\r\n";
    ssize_t w =
        send(bufferevent_getfd(c->bev), busy, sizeof(busy) - 1, MSG_DONTWAIT | MSG_NOSIGNAL);
    (void)w;
    unsigned long sup;
    char who[64];
    ll_ip16_client_text(&c->client, who, sizeof(who));
    if (ll_log_allow(&g->log_refused, LOG_EVERY_MS, &sup))
        ll_warn("refused a connection from %s: %s (%d open, max_connections %d, per client %d; "
                "%lu more refused since the last such line)",
                who,
                strcmp(why, "role_full") == 0 ? "the role is full" : "the client is at its cap",
                g->nconns, g->max_conns, g->max_per_client, sup);
}

/* ---- evhttp's own pages ----
 * Some requests never reach a handler: evhttp 2.1 answers them itself with evhttp_send_error's
 * HTML page (the hook that would replace the page, evhttp_set_errorcb, came only in 2.2). In
 * 2.1.12's http.c that is
 *   413  a body over max_body (Content-Length, or the chunks so far; evhttp_connection_fail_),
 *   400  a request line, header or chunk size it cannot read, headers over
 *        LL_MAX_HTTP_HEADERS, a bad Content-Length (evhttp_handle_request, req->type == 0),
 *   501  a method outside evhttp_set_allowed_methods (GET, HEAD, POST here),
 *   417  an Expect header other than 100-continue (evhttp_get_body);
 * its 404 page is never sent (every server has a generic callback). Every other answer is our
 * JSON, so each connection's output buffer has a callback that swaps such a page, once it is
 * complete and before a byte of it is sent (the socket is written from the event loop, after
 * evhttp's read callback has returned), for the same status with {"error": ...}. A page is
 * told by its status line (evhttp's reason phrases; only 400's, "Bad Request", is also ours)
 * at the start of an empty buffer (evhttp reads a request only once the previous answer has
 * gone out), and then by its head and body (Content-Type: text/html, "<HTML><HEAD>\n<TITLE>",
 * which nothing of ours writes). evhttp closes the connection after it (the page's
 * Connection: close), so our answer says so too. The cost for every other answer: one call
 * and a look at its first 40 bytes. */
typedef struct evpage {
    int code;
    const char *line;  /* evhttp's status line after "HTTP/1.x" */
    const char *error; /* ours; NULL: the 413's, with max_body */
} evpage;

static const evpage evpages[] = {
    {413, " 413 Request Entity Too Large\r\n", NULL},
    {400, " 400 Bad Request\r\n",
     "malformed HTTP request: the request line, a header or the body's framing cannot be read"},
    {501, " 501 Not Implemented\r\n", "method not allowed: use GET, HEAD or POST"},
    {417, " 417 Expectation Failed\r\n", "unsupported Expect header: only 100-continue"},
};
#define EVPAGES ((int)(sizeof(evpages) / sizeof(evpages[0])))
#define EVPAGE_LINE_MAX 40 /* "HTTP/1.x" and the longest line above */
#define EVPAGE_BODY "<HTML><HEAD>\n<TITLE>"
#define CONTINUE_TAIL " 100 Continue\r\n\r\n" /* evhttp_send_continue's, after "HTTP/1.x" */
#define CONTINUE_LEN (8 + sizeof(CONTINUE_TAIL) - 1)

static int too_large_error(char *out, size_t outlen, int max_body) {
    int n = snprintf(out, outlen, "{\"error\":\"body too large: at most %d bytes\"}", max_body);
    return n > 0 && (size_t)n < outlen ? n : -1;
}

/* n bytes of out from off into dst; 0, or -1 when out has fewer. Not evbuffer_copyout,
 * which refuses a buffer whose start is frozen, as bufferevent_socket keeps its output's
 * (in libevent 2.1, from the second answer on a connection: only its writes unfreeze it). */
static int peek_copy(struct evbuffer *out, size_t off, char *dst, size_t n) {
    struct evbuffer_ptr p;
    struct evbuffer_iovec v[8];
    if (evbuffer_get_length(out) < off + n || evbuffer_ptr_set(out, &p, off, EVBUFFER_PTR_SET) != 0)
        return -1;
    int nv = evbuffer_peek(out, (ev_ssize_t)n, &p, v, 8);
    size_t got = 0;
    for (int i = 0; i < nv && i < 8 && got < n; i++) {
        size_t k = v[i].iov_len < n - got ? v[i].iov_len : n - got;
        memcpy(dst + got, v[i].iov_base, k);
        got += k;
    }
    return got == n ? 0 : -1;
}

/* Which of evpages starts out at off: its index + 1, or 0. */
static int page_kind(struct evbuffer *out, size_t off) {
    size_t len = evbuffer_get_length(out);
    char line[EVPAGE_LINE_MAX];
    size_t n = len - off < sizeof(line) ? len - off : sizeof(line);
    if (len < off + 8 + 6 || peek_copy(out, off, line, n) != 0 || memcmp(line, "HTTP/1.", 7) != 0)
        return 0;
    for (int i = 0; i < EVPAGES; i++) {
        size_t ll = strlen(evpages[i].line);
        if (n >= 8 + ll && memcmp(line + 8, evpages[i].line, ll) == 0)
            return i + 1;
    }
    return 0;
}

typedef enum { SWAP_WAIT, SWAP_DONE, SWAP_NOT_OURS } swap_result;

/* Swaps the page of kind k at off, once complete, for our answer. */
static swap_result page_swap(struct evbuffer *out, size_t off, int k, int max_body) {
    size_t len = evbuffer_get_length(out);
    struct evbuffer_ptr from;
    if (evbuffer_ptr_set(out, &from, off, EVBUFFER_PTR_SET) != 0)
        return SWAP_WAIT;
    struct evbuffer_ptr end = evbuffer_search(out, "\r\n\r\n", 4, &from);
    if (end.pos < 0)
        return len - off > 1024 ? SWAP_NOT_OURS : SWAP_WAIT;
    if ((size_t)end.pos - off > 1024)
        return SWAP_NOT_OURS;
    char head[1024 + 1];
    size_t hl = (size_t)end.pos - off + 2; /* through the last header's CRLF */
    if (peek_copy(out, off, head, hl) != 0)
        return SWAP_WAIT;
    head[hl] = '\0';
    if (!strstr(head, "\r\nContent-Type: text/html\r\n"))
        return SWAP_NOT_OURS;
    /* evhttp writes Content-Length but to an HTTP/1.0 client without keep-alive; then the
     * page's last line ends it. */
    size_t whole = 0; /* head, blank line and page */
    const char *cl = strstr(head, "\r\nContent-Length:");
    if (cl) {
        char *e = NULL;
        long body = strtol(cl + 17, &e, 10);
        if (body < 0 || *e != '\r')
            return SWAP_NOT_OURS;
        whole = hl + 2 + (size_t)body;
    } else {
        static const char tail[] = "</HTML>\n";
        char last[sizeof(tail) - 1];
        if (len < off + hl + 2 + sizeof(last) ||
            peek_copy(out, len - sizeof(last), last, sizeof(last)) ||
            memcmp(last, tail, sizeof(last)) != 0)
            return SWAP_WAIT;
        whole = len - off;
    }
    if (len < off + whole)
        return SWAP_WAIT;
    char body[sizeof(EVPAGE_BODY) - 1];
    if (peek_copy(out, off + hl + 2, body, sizeof(body)) != 0 ||
        memcmp(body, EVPAGE_BODY, sizeof(body)) != 0)
        return SWAP_NOT_OURS;
    const evpage *pg = &evpages[k - 1];
    char json[256], ans[640], pre[64];
    int jn;
    if (pg->error) {
        cJSON *j = cJSON_CreateObject();
        char *s =
            j && cJSON_AddStringToObject(j, "error", pg->error) ? cJSON_PrintUnformatted(j) : NULL;
        jn = s ? snprintf(json, sizeof(json), "%s", s) : -1;
        cJSON_free(s);
        cJSON_Delete(j);
        if (jn >= (int)sizeof(json))
            jn = -1;
    } else {
        jn = too_large_error(json, sizeof(json), max_body);
    }
    int an = jn < 0 ? -1
                    : snprintf(ans, sizeof(ans),
                               "%.8s %d %s\r\nContent-Type: application/json; charset=utf-8\r\n"
                               "X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\n"
                               "Connection: close\r\nContent-Length: %d\r\n\r\n%s",
                               head, pg->code, ll_http_reason(pg->code), jn, json);
    if (an < 0 || (size_t)an >= sizeof(ans) || off > sizeof(pre) || peek_copy(out, 0, pre, off))
        return SWAP_DONE; /* cannot happen (bounded texts): leave evhttp's page */
    /* A frozen start refuses the drain (evbuffer_drain of 0 bytes says so): thawed for the
     * swap, frozen again as bufferevent_socket left it. What came before the page (a 100
     * Continue, see out_cb) goes back in front of our answer. */
    int frozen = evbuffer_drain(out, 0) != 0;
    if (frozen)
        evbuffer_unfreeze(out, 1);
    evbuffer_drain(out, off + whole);
    evbuffer_add(out, pre, off);
    evbuffer_add(out, ans, (size_t)an);
    if (frozen)
        evbuffer_freeze(out, 1);
    return SWAP_DONE;
}

static void out_cb(struct evbuffer *out, const struct evbuffer_cb_info *info, void *arg) {
    hconn *c = arg;
    if (info->n_added == 0)
        return;
    if (info->orig_size == 0) {
        c->page_off = 0;
        c->page = page_kind(out, 0);
    } else if (info->orig_size == CONTINUE_LEN) {
        /* evhttp_send_continue's line still unsent when evhttp refuses the body after it (a
         * chunked body with "Expect: 100-continue", the socket full): the page follows it,
         * and the line stays in front of our answer. */
        char line[CONTINUE_LEN];
        if (peek_copy(out, 0, line, sizeof(line)) == 0 && memcmp(line, "HTTP/1.", 7) == 0 &&
            memcmp(line + 8, CONTINUE_TAIL, sizeof(CONTINUE_TAIL) - 1) == 0) {
            c->page_off = CONTINUE_LEN;
            c->page = page_kind(out, CONTINUE_LEN);
        }
    }
    if (c->page) {
        int k = c->page;
        c->page = 0; /* the swap's own drain and adds call back here */
        swap_result r = page_swap(out, c->page_off, k, c->srv->max_body);
        if (r == SWAP_WAIT)
            c->page = k; /* not all of it yet */
        else if (r == SWAP_DONE && c->srv->rejected && evpages[k - 1].code < 500)
            ll_metric_add(c->srv->rejected, 1);
    }
}

void ll_http_count_refusals(struct evhttp *http, ll_metric *rejected) {
    ll_http_srv *srv = srv_of(http);
    if (srv)
        srv->rejected = rejected;
}

void ll_http_raise_max_body(struct evhttp *http, int max_body) {
    evhttp_set_max_body_size(http, (ev_ssize_t)max_body);
}

void ll_http_send_too_large(struct evhttp_request *req, int max_body) {
    char json[128];
    if (too_large_error(json, sizeof(json), max_body) < 0)
        snprintf(json, sizeof(json), "{\"error\":\"body too large\"}");
    ll_http_send_json(req, 413, json);
}

/* Runs right after evhttp built the connection around our bufferevent. */
static void adopt_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    hconn *c = arg;
    struct bufferevent *bev = c->bev;
    bufferevent_data_cb rcb = NULL;
    void *cbarg = NULL;
    bufferevent_getcb(bev, &rcb, NULL, NULL, &cbarg);
    struct evhttp_connection *evcon = cbarg;
    /* evhttp gave it up already (bufferevent_free clears the callbacks), or it
     * is not an evhttp connection as we know them: nothing to guard. */
    if (!rcb || !evcon || evhttp_connection_get_bufferevent(evcon) != bev) {
        hconn_forget(c);
        bufferevent_decref(bev);
        return;
    }
    c->evcon = evcon;
    if (ll_ip16_from_sockaddr(evhttp_connection_get_addr(evcon), &c->peer) != 0)
        memset(&c->peer, 0, sizeof(c->peer));
    c->client = ll_ip16_client(&c->peer);
    const char *why = guard_take(c->srv->guard, c);
    if (why) {
        refuse(c, why);
        hconn_forget(c);
        evhttp_connection_free(evcon);
        bufferevent_decref(bev);
        return;
    }
    atomic_fetch_add_explicit(&m_http_conns.value, 1, memory_order_relaxed);
    c->out_cb = evbuffer_add_cb(bufferevent_get_output(bev), out_cb, c);
    evhttp_connection_set_closecb(evcon, close_cb, c);
    event_free(c->adopt_ev);
    c->adopt_ev = NULL;
    deadline_start(c);
    bufferevent_decref(bev); /* evhttp's alone from here */
}

static struct bufferevent *bev_cb(struct event_base *base, void *arg) {
    ll_http_srv *srv = arg;
    struct bufferevent *bev = bufferevent_socket_new(base, -1, BEV_OPT_CLOSE_ON_FREE);
    hconn *c = bev ? calloc(1, sizeof(*c)) : NULL;
    if (c) {
        c->srv = srv;
        c->bev = bev;
        c->adopt_ev = event_new(base, -1, 0, adopt_cb, c);
        c->deadline_ev = evtimer_new(base, deadline_cb, c);
    }
    if (!c || !c->adopt_ev || !c->deadline_ev) {
        /* Out of memory: unguarded, and refused by the handler (no record). */
        if (c && c->adopt_ev)
            event_free(c->adopt_ev);
        if (c && c->deadline_ev)
            event_free(c->deadline_ev);
        free(c);
        return bev;
    }
    c->hnext = srv->by_bev[bev_hash(bev)];
    srv->by_bev[bev_hash(bev)] = c;
    bufferevent_incref(bev); /* alive for adopt_cb whatever evhttp does first */
    event_priority_set(c->adopt_ev, 0);
    event_active(c->adopt_ev, EV_TIMEOUT, 0);
    return bev;
}

void ll_accept_error(struct evconnlistener *lev, struct event *resume_ev, ll_log_limit *lim,
                     const char *what) {
    int err = errno;
    int pause = err == EMFILE || err == ENFILE || err == ENOBUFS || err == ENOMEM;
    if (pause) {
        evconnlistener_disable(lev);
        struct timeval tv = {0, ACCEPT_PAUSE_MS * 1000};
        event_add(resume_ev, &tv);
        ll_metric_add(&m_accept_paused, 1);
    }
    unsigned long sup;
    if (ll_log_allow(lim, LOG_EVERY_MS, &sup))
        ll_warn("%s accept: %s%s (%lu more accept errors since the last such line)", what,
                strerror(err), pause ? "; accepting paused for 250 ms" : "", sup);
}

void ll_accept_resume(evutil_socket_t fd, short what, void *lev) {
    (void)fd;
    (void)what;
    evconnlistener_enable(lev);
}

static void accept_error_cb(struct evconnlistener *lev, void *arg) {
    int err = errno;
    ll_http_srv *srv = srv_of(arg);
    errno = err;
    if (srv)
        ll_accept_error(lev, srv->resume_ev, &srv->guard->log_accept, "http");
}

static void handler_cb(struct evhttp_request *req, void *arg);

/* Puts a server made by evhttp_new under guard; 0, or -1 with errstr. */
static int srv_attach(struct evhttp *http, struct evhttp_bound_socket *h, ll_http_guard *guard,
                      int max_body, char *errstr, size_t errlen) {
    ll_http_srv *srv = calloc(1, sizeof(*srv));
    if (!srv) {
        snprintf(errstr, errlen, "out of memory");
        return -1;
    }
    srv->http = http;
    srv->max_body = max_body;
    srv->guard = ll_http_guard_ref(guard);
    srv->lev = evhttp_bound_socket_get_listener(h);
    srv->base = evconnlistener_get_base(srv->lev);
    srv->resume_ev = evtimer_new(srv->base, ll_accept_resume, srv->lev);
    if (!srv->resume_ev) {
        ll_http_guard_free(srv->guard);
        free(srv);
        snprintf(errstr, errlen, "out of memory");
        return -1;
    }
    evconnlistener_set_error_cb(srv->lev, accept_error_cb);
    evhttp_set_bevcb(http, bev_cb, srv);
    evhttp_set_max_body_size(http, (ev_ssize_t)max_body);
    evhttp_set_max_headers_size(http, LL_MAX_HTTP_HEADERS);
    evhttp_set_timeout(http, guard->timeout_s);
    evhttp_set_allowed_methods(http, EVHTTP_REQ_GET | EVHTTP_REQ_POST | EVHTTP_REQ_HEAD);
    evhttp_set_gencb(http, handler_cb, srv);
    pthread_mutex_lock(&registry_lock);
    srv->next = registry;
    registry = srv;
    pthread_mutex_unlock(&registry_lock);
    return 0;
}

void ll_http_set_handler(struct evhttp *http, void (*cb)(struct evhttp_request *, void *),
                         void *arg) {
    ll_http_srv *srv = srv_of(http);
    srv->cb = cb;
    srv->cb_arg = arg;
}

/* The connection whose request the handler on this thread is running. */
static _Thread_local hconn *current;

static void complete_cb(struct evhttp_request *req, void *arg) {
    (void)req;
    deadline_start(arg); /* the next request on this connection */
}

static void handler_cb(struct evhttp_request *req, void *arg) {
    ll_http_srv *srv = arg;
    hconn *c = hconn_of(srv, evhttp_request_get_connection(req));
    if (!c || !c->evcon) {
        /* No record: memory ran out when it was accepted; nothing guards it. */
        evhttp_add_header(evhttp_request_get_output_headers(req), "Connection", "close");
        ll_http_send_error(req, 503, "out of memory; try again", NULL);
        return;
    }
    event_del(c->deadline_ev);
    evhttp_request_set_on_complete_cb(req, complete_cb, c);
    current = c;
    if (srv->cb)
        srv->cb(req, srv->cb_arg);
    else
        ll_http_send_error(req, 404, "not found", NULL);
    current = NULL;
}

void ll_http_on_close(struct evhttp_request *req, void (*fn)(void *arg), void *arg) {
    struct evhttp_connection *evcon = evhttp_request_get_connection(req);
    hconn *c = current && current->evcon == evcon ? current : NULL;
    if (!c && evcon) {
        /* Outside a handler (an answer after Kafka's report): the connection is
         * in one of the servers on its event base (a role may have two there,
         * its own and metrics_listen). */
        struct event_base *base = evhttp_connection_get_base(evcon);
        pthread_mutex_lock(&registry_lock);
        for (ll_http_srv *s = registry; s && !c; s = s->next)
            if (s->base == base)
                c = hconn_of(s, evcon);
        pthread_mutex_unlock(&registry_lock);
    }
    if (c) {
        c->on_close = fn;
        c->on_close_arg = arg;
    }
}

void ll_http_client(struct evhttp_request *req, char *out, size_t outlen) {
    struct evhttp_connection *evcon = evhttp_request_get_connection(req);
    hconn *c = current && current->evcon == evcon ? current : NULL;
    ll_ip16 peer;
    if (c)
        peer = c->peer;
    else if (!evcon || ll_ip16_from_sockaddr(evhttp_connection_get_addr(evcon), &peer) != 0)
        memset(&peer, 0, sizeof(peer));
    /* A proxy appends its own X-Forwarded-For after any the client sent: the last counts. */
    const char *xff = NULL;
    struct evkeyvalq *hs = evhttp_request_get_input_headers(req);
    for (struct evkeyval *h = c && hs ? hs->tqh_first : NULL; h; h = h->next.tqe_next)
        if (strcasecmp(h->key, "X-Forwarded-For") == 0)
            xff = h->value;
    ll_ip16 ip = ll_xff_client(&peer, xff, c ? &c->srv->guard->trusted : NULL);
    ll_ip16 client = ll_ip16_client(&ip);
    ll_ip16_client_text(&client, out, outlen);
}

void ll_http_free(struct evhttp *http) {
    if (!http)
        return;
    ll_http_srv *srv = srv_of(http);
    evhttp_free(http); /* every connection's close_cb forgets it */
    if (!srv)
        return;
    pthread_mutex_lock(&registry_lock);
    ll_http_srv **p = &registry;
    while (*p && *p != srv)
        p = &(*p)->next;
    if (*p)
        *p = srv->next;
    pthread_mutex_unlock(&registry_lock);
    /* Left: connections accepted in this loop turn and not yet taken over. */
    for (int i = 0; i < SRV_BUCKETS; i++)
        while (srv->by_bev[i]) {
            hconn *c = srv->by_bev[i];
            struct bufferevent *bev = c->evcon ? NULL : c->bev;
            hconn_forget(c);
            if (bev)
                bufferevent_decref(bev);
        }
    event_free(srv->resume_ev);
    ll_http_guard_free(srv->guard);
    free(srv->owned);
    free(srv);
}

int ll_http_listen_is_loopback(const char *listen) {
    ll_netaddr a;
    char e[128];
    ll_ip16 ip;
    if (ll_netaddr_parse(listen, &a, e, sizeof(e)) != 0 || ll_ip16_parse(a.host, &ip) != 0)
        return strcmp(a.host, "localhost") == 0;
    static const unsigned char v6_loopback[16] = {[15] = 1};
    static const unsigned char v4_mapped[12] = {[10] = 0xff, [11] = 0xff};
    return memcmp(ip.b, v6_loopback, 16) == 0 ||
           (memcmp(ip.b, v4_mapped, 12) == 0 && ip.b[12] == 127);
}

typedef struct admin_state {
    ll_ready_fn ready;
    void *arg;
} admin_state;

static void admin_srv_cb(struct evhttp_request *req, void *arg) {
    admin_state *st = arg;
    char path[256];
    if (!ll_http_path(req, path, sizeof(path)) ||
        !ll_http_serve_admin(req, path, st->ready, st->arg, 1))
        ll_http_send_error(req, 404, "not found", NULL);
}

struct evhttp *ll_http_admin_new(struct event_base *base, const char *listen, ll_ready_fn ready,
                                 void *arg, char *errstr, size_t errlen) {
    admin_state *st = calloc(1, sizeof(*st));
    /* Scrapers and probes: a few connections, each request small and quick. */
    ll_http_limits lim = {"metrics", 10, 64, 16, ""};
    ll_http_guard *g = st ? ll_http_guard_new(&lim, errstr, errlen) : NULL;
    struct evhttp *http = g ? ll_http_new(base, listen, 1024, g, NULL, errstr, errlen) : NULL;
    ll_http_guard_free(g); /* the server holds its own reference */
    if (!http) {
        if (!st)
            snprintf(errstr, errlen, "out of memory");
        free(st);
        return NULL;
    }
    st->ready = ready;
    st->arg = arg;
    srv_of(http)->owned = st;
    ll_http_set_handler(http, admin_srv_cb, st);
    return http;
}

/* The end of both constructors: http serves on h with guard's limits; frees http when
 * it cannot. */
static struct evhttp *srv_finish(struct evhttp *http, struct evhttp_bound_socket *h,
                                 ll_http_guard *guard, int max_body,
                                 struct evhttp_bound_socket **bound, char *errstr, size_t errlen) {
    if (srv_attach(http, h, guard, max_body, errstr, errlen) != 0) {
        evhttp_free(http);
        return NULL;
    }
    if (bound)
        *bound = h;
    return http;
}

struct evhttp *ll_http_new(struct event_base *base, const char *listen, int max_body,
                           ll_http_guard *guard, struct evhttp_bound_socket **bound, char *errstr,
                           size_t errlen) {
    ll_netaddr a;
    if (ll_netaddr_parse(listen, &a, errstr, errlen) != 0)
        return NULL;
    struct evhttp *http = evhttp_new(base);
    if (!http) {
        snprintf(errstr, errlen, "evhttp_new failed");
        return NULL;
    }
    struct evhttp_bound_socket *h =
        evhttp_bind_socket_with_handle(http, a.host, (ev_uint16_t)a.port);
    if (!h) {
        snprintf(errstr, errlen, "cannot listen on %s (in use, or not a local address)", listen);
        evhttp_free(http);
        return NULL;
    }
    return srv_finish(http, h, guard, max_body, bound, errstr, errlen);
}

static int listen_backlog(int fd) { return listen(fd, 1024); }

static int listen_socket(const char *listen, int reuseport, int do_listen, char *errstr,
                         size_t errlen) {
    struct sockaddr_storage ss;
    int sl;
    if (ll_netaddr_sockaddr(listen, &ss, &sl, errstr, errlen) != 0)
        return -1;
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
                                     int max_body, ll_http_guard *guard,
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
    return srv_finish(http, h, guard, max_body, bound, errstr, errlen);
}

const char *ll_http_reason(int code) {
    switch (code) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 303:
        return "See Other";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
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

int ll_http_serve_admin(struct evhttp_request *req, const char *path, ll_ready_fn ready, void *arg,
                        int metrics) {
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
    if (metrics && strcmp(path, "/metrics") == 0) {
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
    int running;
} admin;

static void *admin_main(void *arg) {
    (void)arg;
    ll_thread_name("ll-admin");
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
    admin.http = ll_http_admin_new(admin.base, listen, ready, arg, errstr, errlen);
    if (!admin.http) {
        event_base_free(admin.base);
        admin.base = NULL;
        return -1;
    }
    if (pthread_create(&admin.thread, NULL, admin_main, NULL) != 0) {
        snprintf(errstr, errlen, "cannot start the admin thread");
        ll_http_free(admin.http);
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
    ll_http_free(admin.http);
    event_base_free(admin.base);
    admin.running = 0;
}

void ll_html_escape(struct evbuffer *out, const char *s) {
    const char *run = s;
    for (; *s; s++) {
        const char *rep = NULL;
        switch (*s) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '"':
            rep = "&quot;";
            break;
        case '\'':
            rep = "&#39;";
            break;
        default:
            continue;
        }
        evbuffer_add(out, run, (size_t)(s - run));
        evbuffer_add(out, rep, strlen(rep));
        run = s + 1;
    }
    evbuffer_add(out, run, (size_t)(s - run));
}
