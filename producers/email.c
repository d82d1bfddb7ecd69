/* email.c - the e-mail intake role: Maildir or MTA pipe to feedback.raw, acknowledged by Kafka. */
#include "email.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <librdkafka/rdkafka.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
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
#include "mask.h"
#include "received.h"
#include "stop.h"
#include "text.h"

#define EMAIL_SCAN_MAX 1024 /* files taken from new/ per poll; the rest wait a round */
#define EMAIL_DR_MARGIN_MS 5000 /* beyond message.timeout.ms before we stop waiting */

/* ---------------------------------------------------------------- classification */

/* An ASCII-lower-cased copy; UTF-8 bytes pass unchanged. Caller frees. */
static char *lower_dup(const char *a, const char *b) {
    size_t na = strlen(a), nb = b ? strlen(b) : 0;
    char *s = malloc(na + nb + 2);
    if (!s)
        return NULL;
    for (size_t i = 0; i < na; i++)
        s[i] = (char)tolower((unsigned char)a[i]);
    s[na] = '\n';
    for (size_t i = 0; i < nb; i++)
        s[na + 1 + i] = (char)tolower((unsigned char)b[i]);
    s[na + 1 + nb] = '\0';
    return s;
}

static int any(const char *hay, const char *const *needles) {
    for (int i = 0; needles[i]; i++)
        if (strstr(hay, needles[i]))
            return 1;
    return 0;
}

/* A '?' that ends a sentence, not one inside a URL's query string. */
static int asks(const char *s) {
    for (const char *p = strchr(s, '?'); p; p = strchr(p + 1, '?'))
        if (p[1] == '\0' || isspace((unsigned char)p[1]) || p[1] == '"' || p[1] == ')' ||
            p[1] == '\'' || p[1] == '?')
            return 1;
    return 0;
}

const char *ll_email_kind(const char *subject, const char *text, int *formal) {
    static const char *const formal_w[] = {"formele klacht", "klacht indienen op grond van",
                                           "formeel klacht", NULL};
    static const char *const objection[] = {"bezwaar", NULL};
    static const char *const complaint[] = {"klacht", NULL};
    static const char *const report[] = {"melding", "wil melden", "wil ik melden", NULL};
    static const char *const compliment[] = {"compliment", "bedankt", "dank u", "dank je", NULL};
    static const char *const suggestion[] = {"suggestie", "voorstel", NULL};
    *formal = 0;
    char *s = lower_dup(subject ? subject : "", text);
    if (!s)
        return "signal";
    const char *kind = "signal";
    if (any(s, formal_w) || (strstr(s, "klacht") && strstr(s, "awb"))) {
        *formal = 1;
        kind = "complaint";
    } else if (any(s, objection)) {
        kind = "objection";
    } else if (any(s, complaint)) {
        kind = "complaint";
    } else if (any(s, report)) {
        kind = "report";
    } else if (any(s, compliment)) {
        kind = "compliment";
    } else if (any(s, suggestion)) {
        kind = "suggestion";
    } else if (asks(s)) {
        kind = "question";
    }
    free(s);
    return kind;
}

/* The first Dutch postcode written as "1234 AB" or "1234AB" (capitals, as
 * addresses are written; "2023 om" in a date must not match). */
static int find_postcode(const char *s, char out[7]) {
    for (const char *p = s; *p; p++) {
        if (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '-' || p[-1] == '/' ||
                      (unsigned char)p[-1] >= 0x80))
            continue;
        if (p[0] < '1' || p[0] > '9' || !isdigit((unsigned char)p[1]) ||
            !isdigit((unsigned char)p[2]) || !isdigit((unsigned char)p[3]))
            continue;
        const char *l = p + 4;
        if (*l == ' ')
            l++;
        if (!isupper((unsigned char)l[0]) || !isupper((unsigned char)l[1]) ||
            isalnum((unsigned char)l[2]) || (unsigned char)l[2] >= 0x80)
            continue;
        /* PostNL never hands out SA, SD and SS. */
        if ((l[0] == 'S' && (l[1] == 'A' || l[1] == 'D' || l[1] == 'S')))
            continue;
        char cand[8] = {p[0], p[1], p[2], p[3], l[0], l[1], '\0'};
        if (ll_postcode_normalise(cand, out) == 0)
            return 0;
    }
    return -1;
}

/* A "BSN: 123456782" / "Burgerservicenummer 12.34.56.782" line: its valid
 * number in out, else -1. */
static int bsn_line(const char *ln, size_t n, char out[10]) {
    while (n > 0 && (*ln == ' ' || *ln == '\t' || *ln == '*'))
        ln++, n--;
    size_t k;
    if (n >= 19 && strncasecmp(ln, "burgerservicenummer", 19) == 0)
        k = 19;
    else if (n >= 3 && strncasecmp(ln, "bsn", 3) == 0)
        k = 3;
    else
        return -1;
    while (k < n && (isalpha((unsigned char)ln[k]) || ln[k] == '-' || ln[k] == '.' ||
                     ln[k] == ' ' || ln[k] == ':' || ln[k] == '*'))
        k++;
    char num[24];
    size_t m = 0;
    while (k < n && (isdigit((unsigned char)ln[k]) || ln[k] == ' ' || ln[k] == '.')) {
        if (m + 1 >= sizeof(num))
            return -1;
        num[m++] = ln[k++];
    }
    while (k < n && (ln[k] == ' ' || ln[k] == '\t' || ln[k] == '\r'))
        k++;
    if (k != n || m == 0)
        return -1;
    num[m] = '\0';
    return ll_bsn_normalise(num, out);
}

/* Finds a BSN line in s; with strip, also returns s without that line (the
 * number is in the pseudonym now; it has no business in the text). */
static int find_bsn(const char *s, char out[10], char **stripped) {
    int found = -1;
    const char *p = s;
    size_t len = strlen(s);
    char *o = stripped ? malloc(len + 1) : NULL;
    size_t on = 0;
    if (stripped && !o)
        return -1;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char b[10];
        if (bsn_line(p, n, b) == 0) {
            if (found != 0)
                memcpy(out, b, sizeof(b));
            found = 0;
        } else if (o) {
            memcpy(o + on, p, n);
            on += n;
            if (nl)
                o[on++] = '\n';
        }
        p = nl ? nl + 1 : p + n;
    }
    if (o) {
        while (on > 0 && (o[on - 1] == '\n' || o[on - 1] == ' '))
            on--;
        o[on] = '\0';
        *stripped = o;
    }
    return found;
}

static int contact_asked(const char *text) {
    static const char *const w[] = {"bel mij", "bel me ", "bel me.", "bel me,", "belt u mij",
                                    "wilt u mij bellen", "graag contact", "neem contact op",
                                    "neem contact met mij op", "neemt u contact",
                                    "contact met mij op", "terugbellen", "bel me terug",
                                    "mail mij terug", "please contact me", "call me", NULL};
    char *s = lower_dup(text, NULL);
    int r = s && any(s, w);
    free(s);
    return r;
}

cJSON *ll_email_to_event(const ll_mime *m, const char *source_base, long long now_ms,
                         ll_err *err) {
    memset(err, 0, sizeof(*err));
    /* Scoped by sender as well as Message-ID: anyone may send a mail with someone else's
     * Message-ID first and make the genuine one a duplicate (issue 14). */
    char from[LL_MAX_EMAIL_BYTES + 1], key[LL_MAX_EMAIL_BYTES + LL_MIME_MAX_MSGID_BYTES + 2];
    if (ll_email_normalise(m->from_addr, from, sizeof(from)) != 0)
        from[0] = '\0';
    snprintf(key, sizeof(key), "%s|%s", from, m->natural_key);
    /* The Awb term and the thread run from when we received it (now_ms: the
     * caller's receipt time), never from the sender's clock; the Date header
     * travels as sent_at when it is plausible. */
    long long now_s = now_ms / 1000;
    char sent[LL_MAX_TIME_BYTES] = "";
    if (m->has_date && m->date >= LL_MIN_EPOCH_S && m->date <= now_s + LL_MAX_FUTURE_SKEW_S)
        ll_time_format((time_t)m->date, sent, sizeof(sent));

    cJSON *cit = NULL, *ev = NULL;
    char *text = NULL, *all = NULL;
    int formal = 0;
    const char *kind = ll_email_kind(m->subject, m->text, &formal);
    /* Identifiers and postcodes are often in the signature block, which the
     * text no longer has: look in both. */
    size_t tl = strlen(m->text), sl = strlen(m->signature);
    if (!(all = malloc(tl + sl + 2)))
        goto oom;
    memcpy(all, m->text, tl);
    all[tl] = '\n';
    memcpy(all + tl + 1, m->signature, sl + 1);
    char bsn[10] = "", pc[7] = "", mail[LL_MAX_EMAIL_BYTES + 1] = "";
    if (find_bsn(m->text, bsn, &text) != 0 && !text)
        goto oom;
    if (!text || !text[0]) {
        free(text); /* the text was only the BSN line: keep it, the masker will cover it */
        text = strdup(m->text);
        if (!text)
            goto oom;
    }
    if (!bsn[0])
        find_bsn(m->signature, bsn, NULL);
    int has_pc = find_postcode(all, pc) == 0;
    int has_mail = m->from_addr[0] && ll_email_normalise(m->from_addr, mail, sizeof(mail)) == 0;
    int contact = has_mail && contact_asked(all);
    if (!(cit = cJSON_CreateObject()) || (bsn[0] && !cJSON_AddStringToObject(cit, "bsn", bsn)) ||
        (has_mail && !cJSON_AddStringToObject(cit, "email", mail)) ||
        (contact && m->from_name[0] && !cJSON_AddStringToObject(cit, "name", m->from_name)))
        goto oom;
    const char *names[LL_MIME_MAX_ATTACH_NAMES];
    for (int i = 0; i < m->nnames; i++)
        names[i] = m->names[i];
    const ll_received r = {
        .source_base = source_base, .channel = "email", .id_key = key, .now_ms = now_ms,
        .kind = kind, .text = text, .subject = m->subject[0] ? m->subject : NULL,
        .sent_at = sent[0] ? sent : NULL, .formal = formal ? 1 : -1,
        .postcode = has_pc ? pc : NULL, .citizen = cit, .contact_requested = contact,
        .source_ref = m->natural_key, .attachments = m->attachments,
        .attachment_names = names, .nattachment_names = m->nnames};
    ev = ll_received_new(&r, err);
    goto out;
oom:
    ll_err_set(err, "", "out of memory");
out:
    cJSON_Delete(cit);
    free(text);
    free(all);
    return ev;
}

cJSON *ll_email_deadletter(const char *buf, size_t len, const ll_err *why,
                           const char *source_base, long long now_ms) {
    char source[LL_MAX_SOURCE_BYTES + 1], key[96], dkey[128], id[LL_EVENT_ID_LEN + 1];
    snprintf(source, sizeof(source), "%s/email", source_base);
    if (buf) {
        ll_mime_raw_key(buf, len, key, sizeof(key));
        /* The same bytes dead-lettered twice (a retry after a lost ack) are one event. */
        snprintf(dkey, sizeof(dkey), "deadletter:%s", key);
    } else {
        /* Never read, so nothing to derive a stable id from. */
        ll_event_id_random(id);
        snprintf(key, sizeof(key), "unread:%s", id);
    }
    /* The core's one builder: it keeps the original sealed to the operator's key, or not
     * at all; a mail larger than an event is never kept. */
    const ll_deadletter dl = {
        .source = source,
        .id = buf ? NULL : id, /* the one the reference names */
        .id_key = buf ? dkey : NULL,
        .stage = "email",
        .why = why,
        .original = buf,
        .len = len,
        .keep_max = LL_MAX_EVENT_BYTES,
        .now_ms = now_ms,
        .source_ref = key,
        .with_original_bytes = 1,
    };
    return ll_deadletter_new(&dl);
}

/* ---------------------------------------------------------------- the role */

static const ll_config_key email_keys[] = {
    {"maildir", LL_CT_STR, LL_CFG_STR(ll_email_cfg, maildir), "", 0, 0,
     "Maildir to take messages from (new/ -> cur/); --maildir overrides", NULL},
    {"poll_ms", LL_CT_INT, LL_CFG_NUM(ll_email_cfg, poll_ms), "1000", 10, 600000,
     "how often to look in new/", NULL},
    {"max_message_bytes", LL_CT_INT, LL_CFG_NUM(ll_email_cfg, max_bytes), "33554432", 1024, 268435456,
     "largest message accepted (larger ones are dead letters)", NULL},
    {"delivery_timeout_ms", LL_CT_INT, LL_CFG_NUM(ll_email_cfg, delivery_timeout_ms), "10000", 100,
     300000, "how long to wait for Kafka before leaving a message in new/ (or exit 75)", NULL},
    {"trust_received", LL_CT_BOOL, LL_CFG_NUM(ll_email_cfg, trust_received), "false", 0, 1,
     "received_at from the top Received: header (our own MTA's); else the Maildir delivery time", NULL},
};

const ll_config_section ll_email_config = {LL_CFG_SECTION("email", ll_email_cfg, email_keys)};

typedef struct email {
    const ll_config *cfg;
    const ll_email_cfg *ec; /* [email] */
    int stdin_mode;
    char maildir[1024];
    rd_kafka_t *rk;
    char *buf; /* serialised event, LL_MAX_SERIALISED_EVENT_BYTES */
    unsigned long long delivered, dead, deferred;
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
    const ll_kafka_record rec = {topic, key, key ? strlen(key) : 0, (void *)val, n,
                                 RD_KAFKA_MSG_F_COPY, &d};
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
    e->dead++;
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
    if (delivered_ms >= LL_MIN_EPOCH_S * 1000LL && delivered_ms <= now + LL_MAX_FUTURE_SKEW_S * 1000LL)
        return delivered_ms;
    return now;
}

/* One message, whole, in buf[0..len); len > max_message_bytes means it was
 * not read (then buf holds nothing useful). delivered_ms: when it arrived
 * (Maildir file time), 0 when unknown (stdin). */
static enum outcome handle(email *e, const char *buf, size_t len, const char *what, long long delivered_ms) {
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
        e->deferred++;
        return OUT_RETRY;
    }
    e->delivered++;
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
    int b = snprintf(to, sizeof(to), "%s/cur/%s%s", e->maildir, name,
                     strstr(name, ":2,") ? "" : ":2,");
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
    ll_info("stopped cleanly: %llu delivered, %llu dead letters, %llu deferred", e->delivered,
            e->dead, e->deferred);
    return 0;
}

static int email_run(void *state) {
    email *e = state;
    return e->stdin_mode ? run_stdin(e) : run_maildir(e);
}

static int mkdir_ok(const char *path) { return mkdir(path, 0700) == 0 || errno == EEXIST; }

static void email_shutdown(void *state);

static void *email_init(const ll_config *cfg, int argc, char **argv, char *errstr,
                        size_t errlen) {
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
    .init_fail_exit = EX_TEMPFAIL,
    .init = email_init,
    .run = email_run,
    .shutdown = email_shutdown,
};
