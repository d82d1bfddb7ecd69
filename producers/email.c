/* email.c - the e-mail intake role: Maildir or MTA pipe to feedback.raw, acknowledged by Kafka. */
#include "email.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <librdkafka/rdkafka.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include "deadletter.h"
#include "event.h"
#include "ident.h"
#include "kafka.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "stop.h"
#include "text.h"

#define EMAIL_SCAN_MAX 1024     /* files taken from new/ per poll; the rest wait a round */
#define EMAIL_DR_MARGIN_MS 5000 /* beyond message.timeout.ms before we stop waiting */

LL_METRIC(m_delivered, "ll_email_messages_total", "result=\"delivered\"", LL_COUNTER,
          "messages taken, by what became of them (deferred: Kafka did not take it in time; it "
          "stays in new/)");
LL_METRIC(m_dead, "ll_email_messages_total", "result=\"dead_letter\"", LL_COUNTER,
          "messages taken, by what became of them (deferred: Kafka did not take it in time; it "
          "stays in new/)");
LL_METRIC(m_deferred, "ll_email_messages_total", "result=\"deferred\"", LL_COUNTER,
          "messages taken, by what became of them (deferred: Kafka did not take it in time; it "
          "stays in new/)");
/* Moves every poll_ms while new/ can be read: a Maildir gone or unreadable stops it. */
LL_METRIC(m_scanned, "ll_email_scan_timestamp_seconds", NULL, LL_GAUGE,
          "when new/ was last read (unix time)");
LL_METRIC(m_waiting, "ll_email_waiting", NULL, LL_GAUGE,
          "messages found in new/ at the last read, before it was worked (at most 1024)");

/* ---------------------------------------------------------------- the role */

static const ll_config_key email_keys[] = {
    {"maildir", LL_CT_STR, LL_CFG_STR(ll_email_cfg, maildir), "", 0, 0,
     "Maildir to take messages from (new/ -> cur/); --maildir overrides", NULL},
    {"poll_ms", LL_CT_INT, LL_CFG_NUM(ll_email_cfg, poll_ms), "1000", 10, 600000,
     "how often to look in new/", NULL},
    {"max_message_bytes", LL_CT_INT, LL_CFG_NUM(ll_email_cfg, max_bytes), "33554432", 1024,
     268435456, "largest message accepted (larger ones are dead letters)", NULL},
    {"delivery_timeout_ms", LL_CT_INT, LL_CFG_NUM(ll_email_cfg, delivery_timeout_ms), "10000", 100,
     300000, "how long to wait for Kafka before leaving a message in new/ (or exit 75)", NULL},
    {"trust_received", LL_CT_BOOL, LL_CFG_NUM(ll_email_cfg, trust_received), "false", 0, 1,
     "received_at from the top Received: header (our own MTA's); else the Maildir delivery time",
     NULL},
    LL_ADMIN_LISTEN_KEY(ll_email_cfg),
};

const ll_config_section ll_email_config = {LL_CFG_SECTION("email", ll_email_cfg, email_keys)};

typedef struct email {
    const ll_config *cfg;
    const ll_email_cfg *ec; /* [email] */
    int stdin_mode;
    char maildir[1024];
    rd_kafka_t *rk;
    char *buf;   /* serialised event, LL_MAX_SERIALISED_EVENT_BYTES */
    int scanned; /* new/ has been read once: /readyz */
} email;

/* What became of one message. */
enum outcome {
    OUT_DELIVERED, /* on feedback.raw */
    OUT_DEAD,      /* unusable, and on feedback.dlq */
    OUT_RETRY,     /* Kafka did not take it: try again later */
};

typedef struct delivery {
    int done;
    rd_kafka_resp_err_t err;
} delivery;

static void dr_msg_cb(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque) {
    (void)rk;
    (void)opaque;
    delivery *d = m->_private;
    d->err = m->err;
    d->done = 1;
}

static rd_kafka_t *producer_new(const ll_config *cfg, char *errstr, size_t errlen) {
    const ll_email_cfg *ec = ll_config_settings(cfg, &ll_email_config);
    rd_kafka_conf_t *conf = ll_kafka_conf_new(cfg, "email", errstr, errlen);
    if (!conf)
        return NULL;
    char tmo[32], e[256];
    snprintf(tmo, sizeof(tmo), "%d", ec->delivery_timeout_ms);
    if (rd_kafka_conf_set(conf, "message.timeout.ms", tmo, e, sizeof(e)) != RD_KAFKA_CONF_OK) {
        snprintf(errstr, errlen, "kafka: %s", e);
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    rd_kafka_conf_set_dr_msg_cb(conf, dr_msg_cb);
    return ll_kafka_producer_new(conf, NULL, errstr, errlen);
}

/* Produces one record and waits for its delivery report: 0 once every
 * in-sync replica has it, -1 when Kafka could not take it in time. */
static int produce_wait(email *e, const char *topic, const char *key, const char *val, size_t n) {
    delivery d = {0, RD_KAFKA_RESP_ERR_NO_ERROR};
    long long t0 = ll_now_ms();
    long long limit = (long long)e->ec->delivery_timeout_ms + EMAIL_DR_MARGIN_MS;
    const ll_kafka_record rec = {
        topic, key, key ? strlen(key) : 0, (void *)val, n, RD_KAFKA_MSG_F_COPY, &d};
    if (ll_kafka_produce(e->rk, &rec, 50, t0 + limit) != 0)
        return -1;
    /* message.timeout.ms bounds the wait; the margin only guards against a
     * report that never comes. d lives on this stack: never leave before
     * its report has arrived. */
    while (!d.done && ll_now_ms() - t0 < limit)
        rd_kafka_poll(e->rk, 50);
    if (!d.done) {
        rd_kafka_purge(e->rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
        while (!d.done)
            rd_kafka_poll(e->rk, 100);
    }
    if (d.err) {
        ll_warn("not delivered to %s: %s", topic, rd_kafka_err2str(d.err));
        char fe[256];
        if (rd_kafka_fatal_error(e->rk, fe, sizeof(fe))) {
            /* An idempotent producer that hit a fatal error refuses all
             * further work: start a fresh one for the next attempt. */
            char es[512];
            rd_kafka_t *fresh = producer_new(e->cfg, es, sizeof(es));
            if (fresh) {
                rd_kafka_destroy(e->rk);
                e->rk = fresh;
            } else {
                ll_error("kafka: cannot renew the producer: %s", es);
            }
        }
        return -1;
    }
    return 0;
}

static enum outcome deadletter(email *e, const char *buf, size_t len, const ll_err *why,
                               const char *what) {
    ll_info("dead letter %s: %s%s%s", what, why->field, why->field[0] ? ": " : "", why->msg);
    cJSON *ev = ll_email_deadletter(buf, len, why, e->cfg->source_base, ll_now_ms());
    size_t n = ev ? ll_deadletter_serialise(ev, e->buf, LL_MAX_SERIALISED_EVENT_BYTES) : 0;
    cJSON_Delete(ev);
    if (n == 0) {
        ll_error("dead letter %s: cannot build the event", what);
        return OUT_RETRY;
    }
    if (produce_wait(e, e->cfg->topic_dlq, NULL, e->buf, n) != 0)
        return OUT_RETRY;
    ll_metric_add(&m_dead, 1);
    return OUT_DEAD;
}

/* When the organisation received the message: our own MTA's top Received:
 * header where the config trusts it, else delivered_ms (the Maildir delivery
 * time), else now. A time from the future or before the epoch floor is no
 * time. */
static long long receipt_ms(const email *e, const ll_mime *m, long long delivered_ms) {
    long long now = ll_now_ms();
    if (e->ec->trust_received && m->has_received && m->received >= LL_MIN_EPOCH_S &&
        m->received <= now / 1000 + LL_MAX_FUTURE_SKEW_S)
        return m->received * 1000;
    if (delivered_ms >= LL_MIN_EPOCH_S * 1000LL &&
        delivered_ms <= now + LL_MAX_FUTURE_SKEW_S * 1000LL)
        return delivered_ms;
    return now;
}

/* One message, whole, in buf[0..len); len > max_message_bytes means it was
 * not read (then buf holds nothing useful). delivered_ms: when it arrived
 * (Maildir file time), 0 when unknown (stdin). */
static enum outcome handle(email *e, const char *buf, size_t len, const char *what,
                           long long delivered_ms) {
    ll_err err = {{0}, {0}};
    size_t max = (size_t)e->ec->max_bytes;
    if (len > max) {
        ll_err_set(&err, "", "message of %zu bytes is larger than max_message_bytes (%zu)", len,
                   max);
        return deadletter(e, NULL, len, &err, what);
    }
    ll_mime *m = ll_mime_parse(buf, len, max, &err);
    if (!m)
        return deadletter(e, buf, len, &err, what);
    cJSON *ev = ll_email_to_event(m, e->cfg->source_base, receipt_ms(e, m, delivered_ms), &err);
    ll_mime_free(m);
    if (!ev)
        return deadletter(e, buf, len, &err, what);
    size_t n = ll_event_serialise(ev, e->buf, LL_MAX_EVENT_BYTES);
    if (n == 0) {
        cJSON_Delete(ev);
        ll_err_set(&err, "", "event larger than %d bytes", LL_MAX_EVENT_BYTES);
        return deadletter(e, buf, len, &err, what);
    }
    const cJSON *cit = cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "citizen");
    const char *key = cit ? ll_json_str(cit, "pseudonym") : NULL;
    char id[LL_MAX_ID_BYTES + 1];
    snprintf(id, sizeof(id), "%s", ll_json_str(ev, "id"));
    char kind[32];
    snprintf(kind, sizeof(kind), "%s", ll_json_str(ll_event_data(ev), "kind"));
    char keybuf[LL_PSEUDONYM_LEN + 1];
    snprintf(keybuf, sizeof(keybuf), "%s", key ? key : "");
    cJSON_Delete(ev);
    if (produce_wait(e, e->cfg->topic_raw, keybuf[0] ? keybuf : id, e->buf, n) != 0) {
        ll_metric_add(&m_deferred, 1);
        return OUT_RETRY;
    }
    ll_metric_add(&m_delivered, 1);
    ll_info("delivered %s: id %s kind %s", what, id, kind);
    return OUT_DELIVERED;
}

/* ------------------------------------------------ stdin (MTA pipe) */

static int run_stdin(email *e) {
    size_t max = (size_t)e->ec->max_bytes, cap = 64 * 1024, len = 0;
    char *buf = malloc(cap);
    int over = 0;
    if (!buf)
        return EX_TEMPFAIL;
    for (;;) {
        if (len == cap) {
            if (cap > max) {
                over = 1;
                break;
            }
            size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
            char *nb = realloc(buf, ncap);
            if (!nb) {
                free(buf);
                return EX_TEMPFAIL;
            }
            buf = nb;
            cap = ncap;
        }
        ssize_t r = read(0, buf + len, cap - len);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            ll_error("stdin: %s", strerror(errno));
            free(buf);
            return EX_TEMPFAIL;
        }
        if (r == 0)
            break;
        len += (size_t)r;
    }
    if (over) {
        /* Count the rest so the dead letter tells the real size; keep none of it. */
        char sink[65536];
        ssize_t r;
        while ((r = read(0, sink, sizeof(sink))) > 0 || (r < 0 && errno == EINTR))
            if (r > 0)
                len += (size_t)r;
    }
    enum outcome o = handle(e, buf, len, "stdin", 0);
    free(buf);
    rd_kafka_flush(e->rk, 1000);
    return o == OUT_DELIVERED ? 0 : o == OUT_DEAD ? EX_DATAERR : EX_TEMPFAIL;
}

/* ------------------------------------------------ Maildir */

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* new/NAME -> cur/NAME:2, : the Maildir way of saying "seen by a reader". */
static int move_to_cur(email *e, const char *name) {
    char from[2048], to[2048];
    int a = snprintf(from, sizeof(from), "%s/new/%s", e->maildir, name);
    int b =
        snprintf(to, sizeof(to), "%s/cur/%s%s", e->maildir, name, strstr(name, ":2,") ? "" : ":2,");
    if (a < 0 || b < 0 || (size_t)a >= sizeof(from) || (size_t)b >= sizeof(to)) {
        ll_error("maildir: name too long: %s", name);
        return -1;
    }
    if (rename(from, to) != 0) {
        /* Kafka has it; the next poll sends it again under the same id,
         * which the processor drops as a duplicate. */
        ll_error("maildir: rename %s -> %s: %s", from, to, strerror(errno));
        return -1;
    }
    return 0;
}

/* Reads new/NAME; returns the outcome of handling it, or -1 when the file
 * went away or is not a regular file (left alone). */
static int take_file(email *e, const char *name) {
    char path[2048];
    int pn = snprintf(path, sizeof(path), "%s/new/%s", e->maildir, name);
    if (pn < 0 || (size_t)pn >= sizeof(path))
        return -1;
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno != ENOENT)
            ll_warn("maildir: %s: %s", path, strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        ll_warn("maildir: %s: not a regular file; left alone", path);
        return -1;
    }
    size_t size = (size_t)st.st_size, len = 0;
    char *buf = NULL;
    if (size <= (size_t)e->ec->max_bytes) {
        buf = malloc(size + 1);
        if (!buf) {
            close(fd);
            return OUT_RETRY;
        }
        while (len < size) {
            ssize_t r = read(fd, buf + len, size - len);
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0)
                break;
            len += (size_t)r;
        }
    } else {
        len = size;
    }
    close(fd);
    long long delivered_ms = (long long)st.st_mtim.tv_sec * 1000 + st.st_mtim.tv_nsec / 1000000;
    enum outcome o = handle(e, buf ? buf : "", len, name, delivered_ms);
    free(buf);
    return (int)o;
}

/* One pass over new/. Stops at the first message Kafka could not take: the
 * broker is likely down and every further attempt would wait as long. */
static void scan(email *e) {
    char dir[1100];
    snprintf(dir, sizeof(dir), "%s/new", e->maildir);
    DIR *d = opendir(dir);
    if (!d) {
        ll_warn("maildir: %s: %s", dir, strerror(errno));
        return;
    }
    char **names = calloc(EMAIL_SCAN_MAX, sizeof(char *));
    int n = 0;
    struct dirent *de;
    while (names && n < EMAIL_SCAN_MAX && (de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        if (!(names[n] = strdup(de->d_name)))
            break;
        n++;
    }
    closedir(d);
    ll_metric_set(&m_scanned, (unsigned long long)(ll_now_ms() / 1000));
    ll_metric_set(&m_waiting, (unsigned long long)n);
    e->scanned = 1;
    if (!names)
        return;
    /* Maildir names start with the delivery time: oldest first. */
    qsort(names, (size_t)n, sizeof(char *), cmp_names);
    for (int i = 0; i < n; i++) {
        if (ll_stop_requested())
            break;
        int o = take_file(e, names[i]);
        if (o == OUT_DELIVERED || o == OUT_DEAD)
            move_to_cur(e, names[i]);
        else if (o == OUT_RETRY) {
            ll_warn("maildir: %s stays in new/ until Kafka takes it", names[i]);
            break;
        }
    }
    for (int i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

static int run_maildir(email *e) {
    ll_info("watching %s/new every %d ms (topic %s)", e->maildir, e->ec->poll_ms,
            e->cfg->topic_raw);
    while (!ll_stop_requested()) {
        scan(e);
        struct pollfd pfd = {.fd = ll_stop_fd(), .events = POLLIN};
        int r = poll(&pfd, 1, e->ec->poll_ms);
        if (r < 0 && errno != EINTR) {
            ll_error("poll: %s", strerror(errno));
            return 1;
        }
        rd_kafka_poll(e->rk, 0);
    }
    rd_kafka_flush(e->rk, 1000);
    ll_info("stopped cleanly: %llu delivered, %llu dead letters, %llu deferred",
            ll_metric_get(&m_delivered), ll_metric_get(&m_dead), ll_metric_get(&m_deferred));
    return 0;
}

static int email_run(void *state) {
    email *e = state;
    return e->stdin_mode ? run_stdin(e) : run_maildir(e);
}

static int mkdir_ok(const char *path) { return mkdir(path, 0700) == 0 || errno == EEXIST; }

static void email_shutdown(void *state);

static void *email_init(const ll_config *cfg, int argc, char **argv, char *errstr, size_t errlen) {
    const char *maildir = NULL;
    int use_stdin = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--stdin") == 0) {
            use_stdin = 1;
        } else if (strcmp(argv[i], "--maildir") == 0 && i + 1 < argc) {
            maildir = argv[++i];
        } else if (strncmp(argv[i], "--maildir=", 10) == 0) {
            maildir = argv[i] + 10;
        } else {
            snprintf(errstr, errlen, "email: unexpected argument '%s' (see --help)", argv[i]);
            return NULL;
        }
    }
    if (use_stdin && maildir) {
        snprintf(errstr, errlen, "email: give --stdin or --maildir DIR, not both");
        return NULL;
    }
    const ll_email_cfg *ec = ll_config_settings(cfg, &ll_email_config);
    if (!use_stdin && !maildir && ec->maildir[0])
        maildir = ec->maildir;
    if (!use_stdin && (!maildir || !maildir[0])) {
        snprintf(errstr, errlen, "email: give --maildir DIR, --stdin, or [email] maildir");
        return NULL;
    }
    email *e = calloc(1, sizeof(*e));
    if (!e) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    e->cfg = cfg;
    e->ec = ec;
    e->stdin_mode = use_stdin;
    if (maildir) {
        int n = snprintf(e->maildir, sizeof(e->maildir), "%s", maildir);
        char sub[1100];
        if (n < 0 || (size_t)n >= sizeof(e->maildir)) {
            snprintf(errstr, errlen, "email: maildir path too long");
            goto fail;
        }
        /* An MTA makes these; making them here lets an operator point the
         * role at an empty folder first. */
        int ok = mkdir_ok(e->maildir);
        static const char *const subs[] = {"new", "cur", "tmp"};
        for (int i = 0; i < 3 && ok; i++) {
            snprintf(sub, sizeof(sub), "%s/%s", e->maildir, subs[i]);
            ok = mkdir_ok(sub);
        }
        if (!ok) {
            snprintf(errstr, errlen, "email: maildir %s: %s", e->maildir, strerror(errno));
            goto fail;
        }
    }
    if (!(e->buf = malloc(LL_MAX_SERIALISED_EVENT_BYTES))) {
        snprintf(errstr, errlen, "out of memory");
        goto fail;
    }
    if (!(e->rk = producer_new(cfg, errstr, errlen)))
        goto fail;
    LL_METRICS_REGISTER(&m_delivered, &m_dead, &m_deferred, &m_scanned, &m_waiting);
    return e;
fail:
    email_shutdown(e);
    return NULL;
}

static void email_shutdown(void *state) {
    email *e = state;
    if (!e)
        return;
    if (e->rk) {
        /* Every produce above waited for its report: nothing points into
         * freed memory, but drop whatever a stop left queued. */
        rd_kafka_purge(e->rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
        rd_kafka_poll(e->rk, 0);
        rd_kafka_destroy(e->rk);
    }
    free(e->buf);
    free(e);
}

static int ready(void *arg) {
    const email *e = arg;
    return e->scanned;
}

/* The Maildir watcher only: --stdin runs once per mail, many at a time under an MTA, and
 * would fight over one port. */
static const char *admin_listen(const void *state) {
    const email *e = state;
    return e->stdin_mode ? NULL : e->ec->metrics_listen;
}

const ll_role ll_role_email = {
    .name = "email",
    .summary = "e-mail intake: Maildir or MTA pipe -> feedback.raw, moved/acknowledged only "
               "once Kafka has it",
    .usage = "  --maildir DIR  take each message from DIR/new; move it to DIR/cur once Kafka has\n"
             "                 it (unusable ones go to feedback.dlq first); default: [email]\n"
             "                 maildir\n"
             "  --stdin        take one message from stdin (MTA pipe); exit 0 once Kafka has it,\n"
             "                 65 when it can never be used (sent to feedback.dlq), 75 to retry",
    .config = &ll_email_config,
    .needs_pseudonym_key = 1,
    .writes_dead_letters = 1,
    .init_fail_exit = EX_TEMPFAIL,
    .init = email_init,
    .run = email_run,
    .shutdown = email_shutdown,
    .admin_listen = admin_listen,
    .ready = ready,
};
