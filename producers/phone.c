/* phone.c - the phone adapter: call notes from contact-centre systems as JSON Lines over TCP
 * (one answer line per note, in order), as a JSON array on POST /v1/calls, or a day's
 * call-back notes from a CSV file (--import). Every answer follows Kafka's acknowledgement. */
#include "phone.h"

#include <ctype.h>
#include <errno.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv.h"
#include "http.h"
#include "intake.h"
#include "kafka.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "netaddr.h"
#include "phone_note.h"
#include "stop.h"
#include "text.h"

LL_METRIC(m_conns, "ll_phone_tcp_connections", NULL, LL_GAUGE, "open JSON Lines connections");
LL_METRIC(m_lines, "ll_phone_tcp_lines_total", NULL, LL_COUNTER, "JSON lines read");
LL_METRIC(m_line_errors, "ll_phone_tcp_line_errors_total", NULL, LL_COUNTER,
          "lines answered with an error");

/* Notes in flight per connection before we stop reading from it. */
#define CONN_MAX_INFLIGHT 1024
#define ANSWER_MAX 512

typedef struct phone phone;

typedef struct slot {
    char answer[ANSWER_MAX];
    int done;
} slot;

typedef struct conn {
    phone *ph;
    struct bufferevent *bev;
    char client[64];        /* "" until the token line named it */
    char peer[64];          /* for log lines */
    ll_ip16 from;           /* the client address a cap counts (IPv6: its /64) */
    struct event *hello_ev; /* the token line's deadline */
    slot *ring;             /* CONN_MAX_INFLIGHT */
    int head, count;
    long line;
    int skipping; /* inside a line that was too long */
    int closing;  /* no more input; free once answers are out */
    struct conn *prev, *next;
} conn;

typedef struct slot_ref {
    conn *c;
    int idx;
    long line;
} slot_ref;

struct phone {
    const ll_config *cfg;
    const ll_phone_cfg *pc; /* [phone] */
    ll_intake *in;
    struct evconnlistener *listener;
    struct event *resume_ev; /* accepting again after running out of descriptors */
    ll_log_limit log_accept, log_auth, log_refused;
    conn *conns;
    int nconns;
};

static int calls_convert(const cJSON *body, const ll_intake_req *r, cJSON **evs, int max,
                         ll_err *err) {
    return ll_intake_convert_each(body, r, evs, max, ll_phone_note_to_event, err);
}

/* ---- JSON Lines over TCP ---- */

static void conn_free(conn *c) {
    phone *ph = c->ph;
    if (c->prev)
        c->prev->next = c->next;
    else
        ph->conns = c->next;
    if (c->next)
        c->next->prev = c->prev;
    ph->nconns--;
    ll_metric_set(&m_conns, (unsigned long long)ph->nconns);
    if (c->bev)
        bufferevent_free(c->bev);
    if (c->hello_ev)
        event_free(c->hello_ev);
    free(c->ring);
    free(c);
}

/* Whether answers the client has not read yet fill the bound: a client that
 * sends and never reads would otherwise grow our memory without limit. */
static int conn_out_full(const conn *c) {
    return c->bev && evbuffer_get_length(bufferevent_get_output(c->bev)) >= LL_PHONE_OUT_MAX;
}

/* Writes finished answers in line order; frees a closing connection when done.
 * Reading stops while the ring or the unread answers are at their bound and
 * resumes at half of both (write_cb fires at the low watermark). */
static void conn_flush(conn *c) {
    while (c->count > 0 && c->ring[c->head].done) {
        if (c->bev) {
            struct evbuffer *out = bufferevent_get_output(c->bev);
            evbuffer_add(out, c->ring[c->head].answer, strlen(c->ring[c->head].answer));
            evbuffer_add(out, "\n", 1);
        }
        c->ring[c->head].done = 0;
        c->head = (c->head + 1) % CONN_MAX_INFLIGHT;
        c->count--;
    }
    if (c->bev && !c->closing) {
        if (conn_out_full(c)) {
            bufferevent_disable(c->bev, EV_READ);
        } else if (c->count < CONN_MAX_INFLIGHT / 2 &&
                   evbuffer_get_length(bufferevent_get_output(c->bev)) <= LL_PHONE_OUT_MAX / 2 &&
                   !(bufferevent_get_enabled(c->bev) & EV_READ)) {
            bufferevent_enable(c->bev, EV_READ);
            /* Whole lines may wait in the input already, with nothing more to
             * come: read them from the loop, not from inside this call. */
            if (evbuffer_get_length(bufferevent_get_input(c->bev)) > 0)
                bufferevent_trigger(c->bev, EV_READ,
                                    BEV_TRIG_IGNORE_WATERMARKS | BEV_TRIG_DEFER_CALLBACKS);
        }
    }
    if (c->closing && c->count == 0 &&
        (!c->bev || evbuffer_get_length(bufferevent_get_output(c->bev)) == 0))
        conn_free(c);
}

static int slot_take(conn *c) {
    int idx = (c->head + c->count) % CONN_MAX_INFLIGHT;
    c->count++;
    c->ring[idx].done = 0;
    if (c->count >= CONN_MAX_INFLIGHT)
        bufferevent_disable(c->bev, EV_READ); /* back-pressure on a fast sender */
    return idx;
}

static void slot_error(conn *c, int idx, long line, const char *field, const char *msg) {
    cJSON *j = cJSON_CreateObject();
    char *s = NULL;
    if (j && cJSON_AddStringToObject(j, "error", msg) &&
        (!field || !*field || cJSON_AddStringToObject(j, "field", field)) &&
        cJSON_AddNumberToObject(j, "line", (double)line))
        s = cJSON_PrintUnformatted(j);
    snprintf(c->ring[idx].answer, ANSWER_MAX, "%s", s ? s : "{\"error\":\"internal error\"}");
    cJSON_free(s);
    cJSON_Delete(j);
    c->ring[idx].done = 1;
    ll_metric_add(&m_line_errors, 1);
}

static void line_done(void *arg, const char *id, rd_kafka_resp_err_t err) {
    slot_ref *r = arg;
    conn *c = r->c;
    if (err)
        slot_error(c, r->idx, r->line, NULL,
                   "the note could not be made durable; send it again (same call_id is safe)");
    else {
        snprintf(c->ring[r->idx].answer, ANSWER_MAX, "{\"id\":\"%s\",\"line\":%ld}", id, r->line);
        c->ring[r->idx].done = 1;
    }
    free(r);
    conn_flush(c);
}

/* The first line of a connection: {"token":"TOKEN"} with a [phone] token.CLIENT.
 * Its answer is {"client":"CLIENT","line":N}; a wrong one is answered with an
 * error and the connection reads nothing more. The client's name scopes its
 * event ids (source /phone/CLIENT), so no client can take another's call_id. */
static void handle_hello(conn *c, const char *line, size_t len) {
    int idx = slot_take(c);
    ll_err err = {{0}, {0}};
    cJSON *json = ll_json_parse(line, len, LL_MAX_TOKEN_BYTES + 64, &err);
    const cJSON *tok = json ? cJSON_GetObjectItemCaseSensitive(json, "token") : NULL;
    const char *client = cJSON_IsString(tok) && cJSON_GetArraySize(json) == 1
                             ? ll_intake_token_client(c->ph->in, tok->valuestring)
                             : NULL;
    if (client) {
        event_del(c->hello_ev);
        snprintf(c->client, sizeof(c->client), "%s", client);
        snprintf(c->ring[idx].answer, ANSWER_MAX, "{\"client\":\"%s\",\"line\":%ld}", client,
                 c->line);
        c->ring[idx].done = 1;
        ll_info("tcp client %s from %s", client, c->peer);
    } else {
        slot_error(c, idx, c->line, "token",
                   "the first line must be {\"token\":\"...\"} with a token of this phone "
                   "adapter");
        unsigned long sup;
        if (ll_log_allow(&c->ph->log_auth, 10000, &sup))
            ll_warn("tcp client from %s: no valid token line (%lu more since the last such line)",
                    c->peer, sup);
        c->closing = 1; /* read nothing more; close once the answer is out */
        bufferevent_disable(c->bev, EV_READ);
    }
    cJSON_Delete(json);
}

static void handle_line(conn *c, const char *line, size_t len) {
    if (!c->client[0]) {
        handle_hello(c, line, len);
        return;
    }
    ll_metric_add(&m_lines, 1);
    int idx = slot_take(c);
    ll_err err = {{0}, {0}};
    cJSON *json = ll_json_parse(line, len, (size_t)c->ph->pc->max_line, &err);
    cJSON *ev =
        json ? ll_phone_note_to_event(json, c->client, c->ph->cfg->source_base, &err) : NULL;
    cJSON_Delete(json);
    if (!ev) {
        slot_error(c, idx, c->line, err.field, err.msg);
        return;
    }
    slot_ref *r = malloc(sizeof(*r));
    char e[128];
    if (!r) {
        cJSON_Delete(ev);
        slot_error(c, idx, c->line, NULL, "out of memory");
        return;
    }
    *r = (slot_ref){c, idx, c->line};
    if (ll_intake_produce(c->ph->in, ev, line_done, r, e, sizeof(e)) != 0) {
        free(r);
        slot_error(c, idx, c->line, NULL, e);
    }
}

static void conn_close_input(conn *c) {
    c->closing = 1;
    if (c->bev)
        bufferevent_disable(c->bev, EV_READ);
    conn_flush(c);
}

static void read_cb(struct bufferevent *bev, void *arg) {
    conn *c = arg;
    struct evbuffer *in = bufferevent_get_input(bev);
    size_t max = (size_t)c->ph->pc->max_line;
    while (!c->closing && c->count < CONN_MAX_INFLIGHT && !conn_out_full(c)) {
        struct evbuffer_ptr eol = evbuffer_search_eol(in, NULL, NULL, EVBUFFER_EOL_LF);
        if (eol.pos < 0) {
            if (evbuffer_get_length(in) > max) {
                /* Too long: answer once, then throw the rest of it away. */
                if (!c->skipping) {
                    c->line++;
                    slot_error(c, slot_take(c), c->line, NULL,
                               "line longer than the limit; the rest of it is skipped");
                    c->skipping = 1;
                }
                evbuffer_drain(in, evbuffer_get_length(in));
            }
            break;
        }
        size_t n = (size_t)eol.pos;
        if (c->skipping) {
            evbuffer_drain(in, n + 1);
            c->skipping = 0;
            continue;
        }
        c->line++; /* answers name physical lines, blank ones included */
        if (n > max) {
            slot_error(c, slot_take(c), c->line, NULL, "line longer than the limit");
            evbuffer_drain(in, n + 1);
            continue;
        }
        char *line = malloc(n + 1);
        if (!line)
            break;
        evbuffer_remove(in, line, n + 1);
        line[n] = '\0';
        if (n > 0 && line[n - 1] == '\r')
            line[--n] = '\0';
        size_t k = 0;
        while (k < n && (line[k] == ' ' || line[k] == '\t'))
            k++;
        if (k < n) /* blank lines keep a connection alive; they are not notes */
            handle_line(c, line, n);
        free(line);
    }
    conn_flush(c);
}

/* The unread answers drained to the low watermark (or to nothing). */
static void write_cb(struct bufferevent *bev, void *arg) {
    (void)bev;
    conn_flush(arg);
}

/* The peer is gone or does not read: nothing more can be answered; in-flight
 * notes still complete in Kafka (and are safe to send again by call_id), and
 * the connection is freed when the last of them has. */
static void conn_drop(conn *c) {
    if (c->bev)
        bufferevent_free(c->bev);
    c->bev = NULL;
    c->closing = 1;
    conn_flush(c);
}

static void event_cb(struct bufferevent *bev, short what, void *arg) {
    conn *c = arg;
    struct evbuffer *in = bufferevent_get_input(bev);
    if (what & BEV_EVENT_EOF) {
        if (evbuffer_get_length(in) > 0 && !c->skipping) {
            c->line++;
            slot_error(c, slot_take(c), c->line, NULL,
                       "incomplete line: the connection ended before its newline");
        }
        conn_close_input(c);
        return;
    }
    if ((what & BEV_EVENT_TIMEOUT) && (what & BEV_EVENT_WRITING)) {
        /* Answers waited tcp_idle_s for a client that does not read them;
         * libevent has stopped watching the socket, so only we can free it. */
        conn_drop(c);
        return;
    }
    if (what & BEV_EVENT_TIMEOUT) {
        if (evbuffer_get_length(in) > 0) {
            c->line++;
            slot_error(c, slot_take(c), c->line, NULL,
                       "incomplete line: no newline within the idle timeout");
        }
        conn_close_input(c);
        return;
    }
    if (what & BEV_EVENT_ERROR)
        conn_drop(c);
}

/* No token line within tcp_idle_s of the connection: a client that sends its
 * first line a byte at a time keeps the idle timer alive but not this one. */
static void hello_timeout_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    conn *c = arg;
    if (c->client[0] || c->closing || !c->bev)
        return;
    c->line++;
    slot_error(c, slot_take(c), c->line, "token",
               "no token line within tcp_idle_s of connecting; the first line must be "
               "{\"token\":\"...\"}");
    conn_close_input(c);
}

/* Refuses a connection before it has a record: one line saying why, then closed. */
static void refuse_fd(phone *ph, evutil_socket_t fd, const char *peer, const char *why) {
    char line[160];
    int n = snprintf(line, sizeof(line), "{\"error\":\"%s; try again later\"}\n", why);
    ssize_t w = send(fd, line, (size_t)n, MSG_NOSIGNAL | MSG_DONTWAIT);
    (void)w;
    evutil_closesocket(fd);
    unsigned long sup;
    if (ll_log_allow(&ph->log_refused, 10000, &sup))
        ll_warn("tcp: refused a connection from %s: %s (%lu more since the last such line)", peer,
                why, sup);
}

static void accept_cb(struct evconnlistener *l, evutil_socket_t fd, struct sockaddr *sa, int salen,
                      void *arg) {
    (void)l;
    (void)salen;
    phone *ph = arg;
    struct event_base *base = ll_intake_base(ph->in);
    ll_ip16 ip, from;
    if (ll_ip16_from_sockaddr(sa, &ip) != 0)
        memset(&ip, 0, sizeof(ip));
    from = ll_ip16_client(&ip);
    char peer[64];
    ll_ip16_client_text(&from, peer, sizeof(peer));
    if (ph->nconns >= ph->pc->max_clients) {
        refuse_fd(ph, fd, peer, "too many connections");
        return;
    }
    int same = 0; /* at most max_clients records to look through */
    for (const conn *o = ph->conns; o; o = o->next)
        same += memcmp(&o->from, &from, sizeof(from)) == 0;
    if (same >= ph->pc->max_per_address) {
        refuse_fd(ph, fd, peer, "too many connections from this address");
        return;
    }
    conn *c = calloc(1, sizeof(*c));
    if (!c || !(c->ring = calloc(CONN_MAX_INFLIGHT, sizeof(slot)))) {
        free(c);
        evutil_closesocket(fd);
        return;
    }
    c->ph = ph;
    c->from = from;
    snprintf(c->peer, sizeof(c->peer), "%s", peer);
    c->bev = bufferevent_socket_new(base, fd, BEV_OPT_CLOSE_ON_FREE);
    c->hello_ev = c->bev ? evtimer_new(base, hello_timeout_cb, c) : NULL;
    if (!c->hello_ev) {
        if (c->bev)
            bufferevent_free(c->bev);
        else
            evutil_closesocket(fd);
        free(c->ring);
        free(c);
        return;
    }
    c->next = ph->conns;
    if (ph->conns)
        ph->conns->prev = c;
    ph->conns = c;
    ph->nconns++;
    ll_metric_set(&m_conns, (unsigned long long)ph->nconns);
    struct timeval idle = {ph->pc->tcp_idle_s, 0};
    bufferevent_set_timeouts(c->bev, &idle, &idle);
    event_add(c->hello_ev, &idle);
    bufferevent_setwatermark(c->bev, EV_READ, 0, (size_t)ph->pc->max_line + 2);
    bufferevent_setwatermark(c->bev, EV_WRITE, LL_PHONE_OUT_MAX / 2, 0);
    bufferevent_setcb(c->bev, read_cb, write_cb, event_cb, c);
    bufferevent_enable(c->bev, EV_READ | EV_WRITE);
}

static void accept_error_cb(struct evconnlistener *l, void *arg) {
    phone *ph = arg;
    ll_accept_error(l, ph->resume_ev, &ph->log_accept, "tcp");
}

static void tcp_stop(void *arg) {
    phone *ph = arg;
    if (ph->resume_ev) {
        event_free(ph->resume_ev);
        ph->resume_ev = NULL;
    }
    if (ph->listener) {
        evconnlistener_free(ph->listener);
        ph->listener = NULL;
    }
    for (conn *c = ph->conns, *next; c; c = next) {
        next = c->next;
        conn_close_input(c); /* answer what is in flight, read nothing new */
    }
}

static int tcp_listen(phone *ph, char *errstr, size_t errlen) {
    struct sockaddr_storage ss;
    int sl;
    char e[400];
    if (ll_netaddr_sockaddr(ph->pc->tcp_listen, &ss, &sl, e, sizeof(e)) != 0) {
        snprintf(errstr, errlen, "tcp_listen: %s", e);
        return -1;
    }
    ph->listener = evconnlistener_new_bind(ll_intake_base(ph->in), accept_cb, ph,
                                           LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE, 128,
                                           (struct sockaddr *)&ss, sl);
    if (!ph->listener) {
        snprintf(errstr, errlen, "cannot listen on %s: %s", ph->pc->tcp_listen, strerror(errno));
        return -1;
    }
    if (!(ph->resume_ev = evtimer_new(ll_intake_base(ph->in), ll_accept_resume, ph->listener))) {
        snprintf(errstr, errlen, "out of memory");
        return -1;
    }
    evconnlistener_set_error_cb(ph->listener, accept_error_cb);
    return 0;
}

/* ---- CSV import ---- */

typedef struct import_state {
    int outstanding, failed, accepted;
} import_state;

static void import_done(void *arg, const char *id, rd_kafka_resp_err_t err) {
    (void)id;
    import_state *st = arg;
    st->outstanding--;
    if (err)
        st->failed++;
    else
        st->accepted++;
}

static int parse_bool_cell(const char *v, int *out) {
    if (!strcasecmp(v, "ja") || !strcasecmp(v, "j") || !strcasecmp(v, "true") ||
        !strcasecmp(v, "yes") || !strcmp(v, "1"))
        *out = 1;
    else if (!strcasecmp(v, "nee") || !strcasecmp(v, "n") || !strcasecmp(v, "false") ||
             !strcasecmp(v, "no") || !strcmp(v, "0") || !*v)
        *out = 0;
    else
        return -1;
    return 0;
}

/* One CSV record as a call note object, by the header's column names. */
static cJSON *record_to_note(const ll_csv *csv, char **header, int ncols, ll_err *err) {
    if (csv->nfields != ncols) {
        ll_err_set(err, "", "%d fields where the header has %d", csv->nfields, ncols);
        return NULL;
    }
    cJSON *o = cJSON_CreateObject();
    for (int i = 0; o && i < ncols; i++) {
        const char *name = header[i], *v = csv->fields[i];
        if (!*v)
            continue; /* empty cell: field absent */
        if (!strcmp(name, "callback_requested") || !strcmp(name, "formal")) {
            int b;
            if (parse_bool_cell(v, &b) != 0) {
                ll_err_set(err, name, "'%.20s' is not ja/nee", v);
                cJSON_Delete(o);
                return NULL;
            }
            cJSON_AddBoolToObject(o, name, b);
        } else if (!strcmp(name, "duration_s")) {
            char *end = NULL;
            errno = 0;
            long d = strtol(v, &end, 10);
            if (errno || *end) {
                ll_err_set(err, name, "'%.20s' is not a whole number", v);
                cJSON_Delete(o);
                return NULL;
            }
            cJSON_AddNumberToObject(o, name, (double)d);
        } else {
            cJSON_AddStringToObject(o, name, v);
        }
    }
    return o;
}

static void progress(long done, long total, int tty) {
    if (!tty || total <= 0)
        return;
    int w = 40, fill = (int)((double)done / (double)total * w);
    char bar[48];
    for (int i = 0; i < w; i++)
        bar[i] = i < fill ? '#' : '.';
    bar[w] = '\0';
    fprintf(stderr, "\r[%s] %3d%% ", bar, (int)(100.0 * (double)done / (double)total));
}

/* Exit: 0 all imported; 65 some rows rejected (the rest imported); 75 Kafka
 * did not take everything; 66 no input. */
static int run_import(phone *ph, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "luisterloop phone --import: %s: %s\n", path, strerror(errno));
        return 66;
    }
    struct stat stbuf;
    if (fstat(fileno(f), &stbuf) != 0 || stbuf.st_size > 512L * 1024 * 1024) {
        fprintf(stderr, "luisterloop phone --import: %s: not a regular file under 512 MiB\n", path);
        fclose(f);
        return 66;
    }
    size_t len = (size_t)stbuf.st_size;
    char *buf = malloc(len + 1);
    if (!buf || fread(buf, 1, len, f) != len) {
        fprintf(stderr, "luisterloop phone --import: cannot read %s\n", path);
        free(buf);
        fclose(f);
        return 66;
    }
    fclose(f);
    ll_csv csv;
    char e[256];
    int rc = 0, tty = isatty(2);
    long rows = 0, rejected = 0;
    import_state st = {0, 0, 0};
    char *header[LL_CSV_MAX_FIELDS] = {0};
    int ncols = 0;
    if (ll_csv_init(&csv, buf, len) != 0 || ll_csv_next(&csv, e, sizeof(e)) != 1) {
        fprintf(stderr, "%s: no header line\n", path);
        rc = 65;
        goto out;
    }
    if (!ll_utf8_valid(buf, len, NULL)) {
        size_t at = 0;
        ll_utf8_valid(buf, len, &at);
        fprintf(stderr, "%s: not UTF-8 (byte %zu); export the file as UTF-8\n", path, at);
        rc = 65;
        goto out;
    }
    for (ncols = 0; ncols < csv.nfields; ncols++) {
        char *h = csv.fields[ncols];
        while (*h == ' ')
            h++;
        header[ncols] = strdup(h);
        for (char *p = header[ncols]; p && *p; p++)
            *p = (char)tolower((unsigned char)*p);
    }
    const char *client = ph->pc->intake.tokens[0].client;
    for (;;) {
        int r = ll_csv_next(&csv, e, sizeof(e));
        if (r == 0)
            break;
        rows++;
        if (r < 0) {
            fprintf(stderr, "%s%s:%ld: %s\n", tty ? "\r" : "", path, csv.line, e);
            rejected++;
            continue;
        }
        ll_err err = {{0}, {0}};
        cJSON *note = record_to_note(&csv, header, ncols, &err);
        cJSON *ev = note ? ll_phone_note_to_event(note, client, ph->cfg->source_base, &err) : NULL;
        cJSON_Delete(note);
        if (!ev) {
            fprintf(stderr, "%s%s:%ld: %s%s%s\n", tty ? "\r" : "", path, csv.line, err.field,
                    err.field[0] ? ": " : "", err.msg);
            rejected++;
            continue;
        }
        while (ll_intake_pending(ph->in) >= ll_intake_max_pending(ph->in))
            event_base_loop(ll_intake_base(ph->in), EVLOOP_ONCE);
        st.outstanding++;
        if (ll_intake_produce(ph->in, ev, import_done, &st, e, sizeof(e)) != 0) {
            st.outstanding--;
            st.failed++;
        }
        event_base_loop(ll_intake_base(ph->in), EVLOOP_NONBLOCK);
        progress((long)csv.pos, (long)len, tty);
        if (ll_stop_requested())
            break;
    }
    while (st.outstanding > 0)
        event_base_loop(ll_intake_base(ph->in), EVLOOP_ONCE);
    progress((long)len, (long)len, tty);
    if (tty)
        fprintf(stderr, "\n");
    fprintf(stderr, "%s: %ld rows, %d imported, %ld rejected, %d not confirmed by Kafka\n", path,
            rows, st.accepted, rejected, st.failed);
    rc = st.failed ? 75 : rejected ? 65 : 0;
out:
    for (int i = 0; i < ncols; i++)
        free(header[i]);
    ll_csv_free(&csv);
    free(buf);
    return rc;
}

/* ---- the role ---- */

typedef struct phone_state {
    phone ph;
    const char *import;
} phone_state;

static void phone_shutdown(void *state) {
    phone_state *s = state;
    if (!s)
        return;
    tcp_stop(&s->ph);
    /* Sockets go while their event base is alive; the connections stay until
     * Kafka has called back for each of their notes (in ll_intake_free). */
    for (conn *c = s->ph.conns; c; c = c->next) {
        if (c->bev)
            bufferevent_free(c->bev);
        if (c->hello_ev)
            event_free(c->hello_ev);
        c->bev = NULL;
        c->hello_ev = NULL;
        c->closing = 1;
    }
    ll_intake_free(s->ph.in); /* completes what Kafka still holds */
    while (s->ph.conns)
        conn_free(s->ph.conns);
    free(s);
}

static int phone_line(void *settings, const char *key, const char *val, int lineno, char *msg,
                      size_t msglen) {
    (void)lineno;
    return ll_config_token_line(&((ll_phone_cfg *)settings)->intake, key, val, msg, msglen);
}

static const ll_config_key phone_keys[] = {
    LL_INTAKE_KEYS(ll_phone_cfg, intake, "8082"){
        "tcp_listen", LL_CT_ADDR, LL_CFG_STR(ll_phone_cfg, tcp_listen), "127.0.0.1:7301", 0, 0,
        "JSON Lines over TCP: one call note a line", NULL},
    {"max_line", LL_CT_INT, LL_CFG_NUM(ll_phone_cfg, max_line), "65536", 256, 1048576,
     "longest JSON line in bytes", NULL},
    {"tcp_idle_s", LL_CT_INT, LL_CFG_NUM(ll_phone_cfg, tcp_idle_s), "60", 1, 86400,
     "seconds a TCP client may stay silent mid-line before it is cut off", NULL},
    {"max_clients", LL_CT_INT, LL_CFG_NUM(ll_phone_cfg, max_clients), "256", 1, 65536,
     "TCP connections at once", NULL},
    {"max_clients_per_address", LL_CT_INT, LL_CFG_NUM(ll_phone_cfg, max_per_address), "32", 1,
     65536, "TCP connections from one client address (IPv6: one /64)", NULL},
};

const ll_config_section ll_phone_config = {LL_CFG_SECTION("phone", ll_phone_cfg, phone_keys),
                                           .line = phone_line, .line_help = LL_CONFIG_TOKEN_HELP};

static void *phone_init(const ll_config *cfg, int argc, char **argv, char *errstr, size_t errlen) {
    phone_state *s = calloc(1, sizeof(*s));
    if (!s) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--import") && i + 1 < argc) {
            s->import = argv[++i];
        } else {
            snprintf(errstr, errlen, "phone: unexpected argument '%s'", argv[i]);
            free(s);
            return NULL;
        }
    }
    s->ph.cfg = cfg;
    s->ph.pc = ll_config_settings(cfg, &ll_phone_config);
    LL_METRICS_REGISTER(&m_conns, &m_lines, &m_line_errors);
    if (!(s->ph.in = ll_intake_new(cfg, &s->ph.pc->intake, "phone",
                                   s->import ? LL_INTAKE_NO_HTTP : LL_INTAKE_HTTP, errstr, errlen)))
        goto fail;
    if (!s->import) {
        if (ll_intake_route_json(s->ph.in, "/v1/calls", calls_convert, LL_MAX_EVENTS_PER_REQUEST) !=
                0 ||
            tcp_listen(&s->ph, errstr, errlen) != 0)
            goto fail;
        ll_intake_on_stop(s->ph.in, tcp_stop, &s->ph);
    }
    return s;
fail:
    phone_shutdown(s);
    return NULL;
}

static int phone_run(void *state) {
    phone_state *s = state;
    if (s->import)
        return run_import(&s->ph, s->import);
    ll_info("call notes: JSON Lines on tcp://%s", s->ph.pc->tcp_listen);
    return ll_intake_run(s->ph.in);
}

static const ll_intake_cfg *phone_intake(const ll_config *cfg) {
    return &((const ll_phone_cfg *)ll_config_settings(cfg, &ll_phone_config))->intake;
}

const ll_role ll_role_phone = {
    .name = "phone",
    .summary = "call notes: JSON Lines on TCP, POST /v1/calls, --import FILE.csv -> feedback.raw",
    .usage = "  --import FILE.csv  import a day's call-back notes and exit\n"
             "                     (0 all imported, 65 rows rejected, 75 Kafka unavailable)\n",
    .config = &ll_phone_config,
    .needs_pseudonym_key = 1,
    .intake = phone_intake,
    .init = phone_init,
    .run = phone_run,
    .shutdown = phone_shutdown,
};
