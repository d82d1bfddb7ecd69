/* report.c - `luisterloop report`: what citizens told us in a period, per theme, from feedback.aggregates.
 *
 * A reporting job in the spirit of a public transparency page. It reads the
 * compacted feedback.aggregates to its end (read_committed), keeps the last
 * record of each day window (1d) whose day lies in the period or in the
 * period of the same length just before it (for today and yesterday, whose
 * day window may not have closed, the closed hour windows (1h) stand in for
 * a day that has none, and the closed minute windows (1m) of the last two
 * hours for an hour that has none), and sums them per theme: the
 * volume and its trend against the previous period, channels, mean
 * sentiment (weighted by contacts), share negative, emotions, repeat
 * contacts, formal complaints and how many were taken in and routed before
 * their Awb deadline (sinks/aggregate.c; not handled: the dashboard counts that). Then it reads feedback.enriched
 * for a few quotes per theme: contacts received in the period, one per
 * thread and each text once, those whose sentiment is nearest the theme's
 * mean, masked again here (core/mask.h) and cut to LL_REPORT_QUOTE_BYTES;
 * none that told of suicide or self-harm (counted instead). The "you said, we
 * did" section comes from the improvements file: one line per change,
 * THEME<TAB>YYYY-MM-DD<TAB>what changed, '#' for comments
 * (config/improvements.tsv is a sample).
 *
 * Formats: html (one file, inline CSS and SVG charts, no script, readable
 * printed: chromium --headless --print-to-pdf gives the PDF), md, csv (one
 * row per theme). Exit: 0, 64 bad arguments (a precise message), 65 a bad
 * line in the improvements file (FILE:LINE: reason), 66 an unreadable
 * improvements file, 69 Kafka not reachable or a topic missing, 73 the
 * output file cannot be written. */
#include "report.h"

#include <errno.h>
#include <event2/buffer.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "address.h"
#include "event.h"
#include "http.h"
#include "kafka.h"
#include "ll_limits.h"
#include "log.h"
#include "mask.h"
#include "stop.h"
#include "text.h"

#define EX_USAGE 64
#define EX_DATAERR 65
#define EX_NOINPUT 66
#define EX_UNAVAILABLE 69
#define EX_CANTCREAT 73
#define DAY 86400LL
/* A day is closed some minutes after midnight; until then its closed hours and the
 * closed minutes of an hour still open count. */
#define HOURS_NOTE \
    "; een dag zonder afgesloten dagvenster telt uit de afgesloten uur- en minuutvensters"
#define HOUR 3600LL
enum grain { G_DAY, G_HOUR, G_MINUTE };
#define NBUCKETS (1 << 18)

enum fmt { F_HTML, F_MD, F_CSV };

typedef struct named {
    char name[LL_AGG_DIM_BYTES];
    double n;
} named;

/* One day window, or an hour or minute window of a day that may still be open; its
 * last record. */
typedef struct dayrec {
    char key[LL_AGG_KEY_BYTES];
    long long day;    /* the day's start, Unix seconds */
    long long hour;   /* the hour's start */
    enum grain grain; /* a finer window counts only where no coarser one closed */
    char theme[LL_AGG_DIM_BYTES], channel[LL_AGG_DIM_BYTES];
    double contacts, sentiment_mean, negative, repeat, formal, awb_in_term;
    named emo[8];
    int nemo;
    int next;
} dayrec;

typedef struct quote {
    char text[LL_REPORT_QUOTE_BYTES + 4]; /* with "…" and the NUL */
    char thread[LL_MAX_ID_BYTES + 1];
    char day[11];
    double dist; /* from the theme's mean sentiment */
} quote;

typedef struct theme {
    char id[LL_AGG_DIM_BYTES];
    double cur, prev, sentiment_sum, negative, repeat, formal, awb_in_term;
    double *daily; /* per day of the period */
    named channels[LL_REPORT_MAX_VALUES], emotions[LL_REPORT_MAX_VALUES];
    int nchannels, nemotions;
    quote q[LL_REPORT_MAX_QUOTES];
    int nq;
    int withheld; /* contacts not quoted: they told of suicide or self-harm */
} theme;

typedef struct improvement {
    char theme[LL_AGG_DIM_BYTES];
    char date[11];
    char what[LL_REPORT_LINE_BYTES];
} improvement;

static const ll_config_key report_keys[] = {
    {"improvements", LL_CT_STR, LL_CFG_STR(ll_report_cfg, improvements), "", 0, 0,
     "the 'you said, we did' file (THEME<TAB>YYYY-MM-DD<TAB>what changed; relative to the "
     "config file's folder); --improvements overrides",
     NULL},
    {"quotes_per_theme", LL_CT_INT, LL_CFG_NUM(ll_report_cfg, quotes), "3", 0, LL_REPORT_MAX_QUOTES,
     "masked quotes per theme (those nearest the theme's mean sentiment, one per thread)", NULL},
    {"timeout_ms", LL_CT_INT, LL_CFG_NUM(ll_report_cfg, timeout_ms), "30000", 1000, 600000,
     "longest wait for Kafka while reading a topic to its end", NULL},
};

const ll_config_section ll_report_config = {LL_CFG_SECTION("report", ll_report_cfg, report_keys)};

typedef struct report {
    const ll_config *cfg;
    const ll_report_cfg *rcfg; /* [report] */
    long long from, to;        /* first and last day, Unix seconds (UTC midnight) */
    long long open_from;       /* days from here on may lack a day window: hours kept */
    long long open_from_min;   /* hours from here on may lack an hour window: minutes kept */
    int days;
    int hours_used; /* some day of the period is counted from finer windows */
    enum fmt fmt;
    const char *out_path;
    const char *improvements_path;
    char improvements_file[1024]; /* [report] improvements, from the config file's folder */
    dayrec *recs;
    int nrecs;
    int *bucket;
    theme themes[LL_REPORT_MAX_THEMES];
    int nthemes;
    improvement *imp;
    int nimp;
    unsigned long long windows_read, records_read, quotes_seen;
} report;

/* ---- arguments ---- */

static int parse_day(const char *s, long long *out) {
    int y, m, d;
    char extra;
    if (!s || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3 ||
        s[4] != '-' || s[7] != '-' || m < 1 || m > 12 || d < 1 || d > 31 || y < 2000 || y > 9999)
        return -1;
    struct tm tm = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d};
    time_t t = timegm(&tm);
    struct tm back;
    gmtime_r(&t, &back);
    if (back.tm_mday != d || back.tm_mon != m - 1)
        return -1; /* 2026-02-30 */
    *out = (long long)t;
    return 0;
}

static void fmt_day(long long t, char out[11]) {
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    strftime(out, 11, "%Y-%m-%d", &tm);
}

/* ---- the day windows ---- */

static double num(const cJSON *o, const char *name) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsNumber(v) ? v->valuedouble : 0;
}

/* One aggregate record: kept when it is a day window in either period, an hour
 * window of a day from open_from on or a minute window from open_from_min on. */
static void take_aggregate(report *r, const rd_kafka_message_t *m) {
    r->records_read++;
    if (!m->key || m->key_len < 3 || m->key_len >= LL_AGG_KEY_BYTES)
        return;
    enum grain g = !memcmp(m->key, "1d|", 3)   ? G_DAY
                   : !memcmp(m->key, "1h|", 3) ? G_HOUR
                   : !memcmp(m->key, "1m|", 3) ? G_MINUTE
                                               : (enum grain) - 1;
    if ((int)g < 0)
        return;
    ll_err err;
    cJSON *ev = ll_json_parse(m->payload, m->len, LL_MAX_EVENT_BYTES, &err);
    const cJSON *d = ev ? ll_event_data(ev) : NULL;
    const cJSON *dims = cJSON_GetObjectItemCaseSensitive(d, "dims");
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(d, "counts");
    const char *start = ll_json_str(d, "start"), *th = ll_json_str(dims, "theme"),
               *ch = ll_json_str(dims, "channel");
    time_t t;
    if (!cJSON_IsObject(c) || !th || !ch || !start || ll_time_parse(start, &t) != 0 ||
        (long long)t - (long long)t % DAY < r->from - (long long)r->days * DAY ||
        (long long)t - (long long)t % DAY > r->to || (g == G_HOUR && (long long)t < r->open_from) ||
        (g == G_MINUTE && (long long)t < r->open_from_min)) {
        cJSON_Delete(ev);
        return;
    }
    char key[LL_AGG_KEY_BYTES];
    snprintf(key, sizeof(key), "%.*s", (int)m->key_len, (const char *)m->key);
    uint32_t b = ll_fnv1a_str(key) & (NBUCKETS - 1);
    int at = r->bucket[b];
    while (at >= 0 && strcmp(r->recs[at].key, key))
        at = r->recs[at].next;
    if (at < 0) {
        if (r->nrecs >= LL_REPORT_MAX_WINDOWS) {
            ll_warn("more than %d windows in the two periods; the rest are left out",
                    LL_REPORT_MAX_WINDOWS);
            cJSON_Delete(ev);
            return;
        }
        at = r->nrecs++;
        r->recs[at].next = r->bucket[b];
        r->bucket[b] = at;
        r->windows_read++;
    }
    /* a later record of the same window replaces the earlier (compaction's rule) */
    dayrec *x = &r->recs[at];
    int next = x->next;
    memset(x, 0, sizeof(*x));
    x->next = next;
    snprintf(x->key, sizeof(x->key), "%s", key);
    x->day = (long long)t - (long long)t % DAY;
    x->hour = (long long)t - (long long)t % HOUR;
    x->grain = g;
    snprintf(x->theme, sizeof(x->theme), "%s", th);
    snprintf(x->channel, sizeof(x->channel), "%s", ch);
    x->contacts = num(c, "contacts");
    x->sentiment_mean = num(c, "sentiment_mean");
    x->negative = num(c, "negative");
    x->repeat = num(c, "repeat");
    x->formal = num(c, "formal");
    x->awb_in_term = num(c, "awb_in_term");
    const cJSON *e;
    cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(c, "emotions")) {
        if (x->nemo < 8 && cJSON_IsNumber(e) && e->string) {
            snprintf(x->emo[x->nemo].name, sizeof(x->emo[x->nemo].name), "%s", e->string);
            x->emo[x->nemo++].n = e->valuedouble;
        }
    }
    cJSON_Delete(ev);
}

static theme *theme_get(report *r, const char *id) {
    for (int i = 0; i < r->nthemes; i++)
        if (!strcmp(r->themes[i].id, id))
            return &r->themes[i];
    if (r->nthemes >= LL_REPORT_MAX_THEMES)
        return NULL;
    theme *t = &r->themes[r->nthemes];
    memset(t, 0, sizeof(*t));
    if (!(t->daily = calloc((size_t)r->days, sizeof(double))))
        return NULL;
    snprintf(t->id, sizeof(t->id), "%s", id);
    r->nthemes++;
    return t;
}

static void named_add(named *v, int *n, const char *name, double k) {
    for (int i = 0; i < *n; i++)
        if (!strcmp(v[i].name, name)) {
            v[i].n += k;
            return;
        }
    if (*n < LL_REPORT_MAX_VALUES) {
        snprintf(v[*n].name, sizeof(v[*n].name), "%s", name);
        v[(*n)++].n = k;
    }
}

static int by_count(const void *a, const void *b) {
    double x = ((const named *)a)->n, y = ((const named *)b)->n;
    return x < y ? 1 : x > y ? -1 : strcmp(((const named *)a)->name, ((const named *)b)->name);
}

static int by_volume(const void *a, const void *b) {
    const theme *x = a, *y = b;
    return x->cur < y->cur ? 1 : x->cur > y->cur ? -1 : strcmp(x->id, y->id);
}

/* Whether a coarser closed window covers a finer record, which then does not count:
 * closed_day per day of either period, closed_hour per hour from open_from (the
 * two days that may be open). */
static int covered(const report *r, const unsigned char *closed_day,
                   const unsigned char *closed_hour, const dayrec *x) {
    if (x->grain == G_DAY)
        return 0;
    if (closed_day[(x->day - (r->from - (long long)r->days * DAY)) / DAY])
        return 1;
    long long h = (x->hour - r->open_from) / HOUR;
    return x->grain == G_MINUTE && h >= 0 && h < 48 && closed_hour[h];
}

static void themes_sum(report *r) {
    unsigned char closed_day[2 * LL_REPORT_MAX_DAYS] = {0}, closed_hour[48] = {0};
    for (int i = 0; i < r->nrecs; i++) {
        const dayrec *x = &r->recs[i];
        long long h = (x->hour - r->open_from) / HOUR;
        if (x->grain == G_DAY)
            closed_day[(x->day - (r->from - (long long)r->days * DAY)) / DAY] = 1;
        else if (x->grain == G_HOUR && h >= 0 && h < 48)
            closed_hour[h] = 1;
    }
    for (int i = 0; i < r->nrecs; i++) {
        const dayrec *x = &r->recs[i];
        if (covered(r, closed_day, closed_hour, x))
            continue;
        theme *t = theme_get(r, x->theme);
        if (!t)
            continue;
        if (x->day < r->from) {
            t->prev += x->contacts;
            continue;
        }
        r->hours_used |= x->grain != G_DAY;
        t->cur += x->contacts;
        t->daily[(x->day - r->from) / DAY] += x->contacts;
        t->sentiment_sum += x->sentiment_mean * x->contacts;
        t->negative += x->negative;
        t->repeat += x->repeat;
        t->formal += x->formal;
        t->awb_in_term += x->awb_in_term;
        named_add(t->channels, &t->nchannels, x->channel, x->contacts);
        for (int k = 0; k < x->nemo; k++)
            named_add(t->emotions, &t->nemotions, x->emo[k].name, x->emo[k].n);
    }
    for (int i = 0; i < r->nthemes; i++) {
        qsort(r->themes[i].channels, (size_t)r->themes[i].nchannels, sizeof(named), by_count);
        qsort(r->themes[i].emotions, (size_t)r->themes[i].nemotions, sizeof(named), by_count);
    }
    qsort(r->themes, (size_t)r->nthemes, sizeof(theme), by_volume);
}

/* ---- quotes ---- */

static void take_quote(report *r, const rd_kafka_message_t *m) {
    ll_err err;
    cJSON *ev = m->payload ? ll_json_parse(m->payload, m->len, LL_MAX_EVENT_BYTES, &err) : NULL;
    const cJSON *d = ev ? ll_event_data(ev) : NULL;
    const char *text = ll_json_str(d, "text"), *th = ll_json_str(d, "theme");
    const char *received = ll_json_str(d, "received_at");
    const cJSON *thread = cJSON_GetObjectItemCaseSensitive(d, "thread");
    const cJSON *sen = cJSON_GetObjectItemCaseSensitive(d, "sentiment");
    time_t t;
    theme *tm = NULL;
    for (int i = 0; th && i < r->nthemes && !tm; i++)
        if (!strcmp(r->themes[i].id, th))
            tm = &r->themes[i];
    if (!tm || !text || !*text || !received || ll_time_parse(received, &t) != 0 || t < r->from ||
        t >= r->to + DAY || tm->cur <= 0) {
        cJSON_Delete(ev);
        return;
    }
    r->quotes_seen++;
    /* One person's words in crisis are no anecdote, masked or not (user check of 12-01):
     * counted, never quoted. */
    if (ll_event_tells_of_suicide(d)) {
        tm->withheld++;
        cJSON_Delete(ev);
        return;
    }
    const char *tid = cJSON_IsObject(thread) ? ll_json_str(thread, "id") : NULL;
    if (!tid)
        tid = ll_json_str(ev, "id");
    double dist = fabs(num(sen, "score") - tm->sentiment_sum / tm->cur);
    int limit = r->rcfg->quotes, worst = -1;
    for (int i = 0; i < tm->nq; i++)
        if (tid && !strcmp(tm->q[i].thread, tid)) {
            cJSON_Delete(ev); /* one per thread */
            return;
        }
    int at = tm->nq < limit ? tm->nq : -1;
    if (at < 0) {
        for (int i = 0; i < tm->nq; i++)
            if (worst < 0 || tm->q[i].dist > tm->q[worst].dist)
                worst = i;
        if (worst < 0 || tm->q[worst].dist <= dist) {
            cJSON_Delete(ev);
            return;
        }
        at = worst;
    }
    /* masked again: what the report prints never depends on the processor alone */
    size_t n = strlen(text);
    char *masked = malloc(ll_mask_bound(n));
    quote q;
    q.dist = dist;
    snprintf(q.thread, sizeof(q.thread), "%s", tid ? tid : "");
    fmt_day((long long)t, q.day);
    const char *src = masked && ll_mask_text(text, n, masked, NULL) > 0 ? masked : "";
    /* without house numbers: the header promises quotes "zonder direct herleidbare
     * gegevens" (core/address.h) */
    ll_address_quote(src, strlen(src), q.text, sizeof(q.text));
    for (char *p = q.text; *p; p++)
        if ((unsigned char)*p < 0x20)
            *p = ' ';
    free(masked);
    cJSON_Delete(ev);
    /* Distinct as printed: the same text under two keys was quoted twice, and the demo's
     * afval three times (user check of 12-01). */
    for (int i = 0; i < tm->nq; i++)
        if (i != at && !strcmp(tm->q[i].text, q.text))
            return;
    tm->q[at] = q;
    if (at == tm->nq)
        tm->nq++;
}

/* ---- reading a topic ---- */

typedef void (*take_fn)(report *r, const rd_kafka_message_t *m);

typedef struct reading {
    report *r;
    take_fn take;
} reading;

static void take_record(void *arg, const rd_kafka_message_t *m) {
    const reading *x = arg;
    if (m->payload)
        x->take(x->r, m);
}

/* Reads topic from its beginning to its end. 0, or EX_UNAVAILABLE (logged). */
static int read_topic(report *r, const char *topic, take_fn take) {
    char e[512], group[160];
    snprintf(group, sizeof(group), "luisterloop-report-%ld", (long)getpid());
    reading x = {r, take};
    if (ll_kafka_read_to_end(r->cfg, "report", group, topic, 0, r->rcfg->timeout_ms, take_record,
                             &x, e, sizeof(e)) != 0) {
        if (e[0])
            ll_error("%s", e);
        return EX_UNAVAILABLE;
    }
    return 0;
}

/* ---- improvements ---- */

static int improvements_read(report *r) {
    if (!r->improvements_path || !*r->improvements_path)
        return 0;
    FILE *f = fopen(r->improvements_path, "r");
    if (!f) {
        fprintf(stderr, "luisterloop report: %s: %s\n", r->improvements_path, strerror(errno));
        return EX_NOINPUT;
    }
    char line[LL_REPORT_LINE_BYTES + 2];
    int lineno = 0, rc = 0;
    if (!(r->imp = calloc(LL_REPORT_MAX_IMPROVEMENTS, sizeof(improvement)))) {
        fclose(f);
        return EX_UNAVAILABLE;
    }
    while (fgets(line, sizeof(line), f)) {
        lineno++;
        size_t n = strlen(line);
        if (n > 0 && line[n - 1] == '\n')
            line[--n] = '\0';
        else if (!feof(f)) {
            fprintf(stderr, "%s:%d: line longer than %d bytes\n", r->improvements_path, lineno,
                    LL_REPORT_LINE_BYTES);
            rc = EX_DATAERR;
            break;
        }
        if (n > 0 && line[n - 1] == '\r')
            line[--n] = '\0';
        if (n == 0 || line[0] == '#')
            continue;
        char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        long long day;
        const char *why = NULL;
        if (!t1 || !t2)
            why = "want THEME<TAB>YYYY-MM-DD<TAB>what changed";
        else {
            *t1 = *t2 = '\0';
            if (!*line || strlen(line) >= LL_AGG_DIM_BYTES)
                why = "the theme must be 1..63 bytes";
            else if (parse_day(t1 + 1, &day) != 0)
                why = "the date is not YYYY-MM-DD";
            else if (!t2[1] || !ll_utf8_valid(t2 + 1, strlen(t2 + 1), NULL))
                why = "what changed is empty or not UTF-8";
        }
        if (why) {
            fprintf(stderr, "%s:%d: %s\n", r->improvements_path, lineno, why);
            rc = EX_DATAERR;
            break;
        }
        if (r->nimp >= LL_REPORT_MAX_IMPROVEMENTS) {
            fprintf(stderr, "%s:%d: more than %d improvements\n", r->improvements_path, lineno,
                    LL_REPORT_MAX_IMPROVEMENTS);
            rc = EX_DATAERR;
            break;
        }
        improvement *im = &r->imp[r->nimp++];
        /* lengths checked above */
        memcpy(im->theme, line, strlen(line) + 1);
        memcpy(im->date, t1 + 1, sizeof(im->date) - 1);
        snprintf(im->what, sizeof(im->what), "%.*s", (int)sizeof(im->what) - 1, t2 + 1);
    }
    fclose(f);
    return rc;
}

/* ---- output ---- */

static double trend_pct(const theme *t) {
    return t->prev > 0 ? 100.0 * (t->cur - t->prev) / t->prev : NAN;
}

static void trend_text(const theme *t, char *buf, size_t len) {
    double p = trend_pct(t);
    if (isnan(p))
        snprintf(buf, len, t->cur > 0 ? "nieuw" : "-");
    else
        snprintf(buf, len, "%+.0f%%", p);
}

static double awb_share(const theme *t) { return t->formal > 0 ? t->awb_in_term / t->formal : NAN; }

/* What awb_in_term counts, in words: a formal complaint taken in and routed to its team on
 * or before its Awb deadline (sinks/aggregate.c), not one handled. "2 van 2 formele
 * klachten binnen de termijn (100%)" for complaints received minutes ago read as handled,
 * while Trends said "afgehandeld: 0" (user check of 12-01): the stream has no event for a
 * case closed, and the dashboard, which keeps the caseworkers' marks, counts those. */
static void awb_text(const theme *t, char *buf, size_t len) {
    double a = awb_share(t);
    if (isnan(a))
        snprintf(buf, len, "Geen formele klachten.");
    else
        snprintf(buf, len,
                 "Formele klachten: %.0f, waarvan %.0f vóór de Awb-termijn ontvangen en naar "
                 "een team doorgezet (%.0f%%). Hoeveel er afgehandeld zijn, en binnen de termijn, "
                 "telt het dashboard (Trends), niet dit rapport.",
                 t->formal, t->awb_in_term, 100 * a);
}

/* Contacts not quoted because they told of suicide or self-harm; "" when none. */
static void withheld_text(const theme *t, char *buf, size_t len) {
    if (t->withheld > 0)
        snprintf(buf, len,
                 "Niet geciteerd, alleen geteld: %d %s over zelfdoding of zelfbeschadiging.",
                 t->withheld, t->withheld == 1 ? "contact" : "contacten");
    else
        buf[0] = '\0';
}

/* Whether a theme has a row in the tables: contacts in this period or the last. */
static int theme_listed(const theme *t) { return !(t->cur <= 0 && t->prev <= 0); }

/* The Markdown and HTML reports say the same in two markups: text escaped for the markup,
 * and a row of the summary table (opened, its cells separated, closed). */
typedef struct markup {
    void (*text)(struct evbuffer *o, const char *s);
    const char *row_open, *cell, *row_close;
} markup;

/* A theme's row of the summary table: its name, contacts, the previous period's, the trend,
 * mean sentiment, share negative, share repeat contacts, formal complaints, those routed
 * before the Awb deadline. */
static void theme_row(struct evbuffer *o, const theme *t, const markup *m) {
    char tr[32];
    trend_text(t, tr, sizeof(tr));
    evbuffer_add_printf(o, "%s", m->row_open);
    m->text(o, t->id);
    evbuffer_add_printf(o, "%s%.0f%s%.0f%s%s", m->cell, t->cur, m->cell, t->prev, m->cell, tr);
    evbuffer_add_printf(o, "%s%.2f%s%.0f%%%s%.0f%%", m->cell,
                        t->cur > 0 ? t->sentiment_sum / t->cur : 0, m->cell,
                        t->cur > 0 ? 100 * t->negative / t->cur : 0, m->cell,
                        t->cur > 0 ? 100 * t->repeat / t->cur : 0);
    evbuffer_add_printf(o, "%s%.0f%s%.0f%s", m->cell, t->formal, m->cell, t->awb_in_term,
                        m->row_close);
}

/* The Dutch words of the channels and emotions the processor names in English ids; the
 * Dutch report read "phone 5, anger 4" (user check of 12-01, session 12). The dashboard's
 * CHANNELS and EMOTIONS say the same. CSV keeps the ids: it is read by programs. Another
 * configured channel keeps its own name. */
static const char *const nl_words[][2] = {
    {"web", "web"},          {"phone", "telefoon"}, {"balie", "balie"},
    {"email", "e-mail"},     {"anger", "boosheid"}, {"fear", "angst"},
    {"sadness", "verdriet"}, {"joy", "blijdschap"}, {"distrust", "wantrouwen"},
};

static const char *nl_word(const char *id) {
    for (size_t i = 0; i < sizeof(nl_words) / sizeof(nl_words[0]); i++)
        if (!strcmp(id, nl_words[i][0]))
            return nl_words[i][1];
    return id;
}

/* "name count, name count" of a theme's channels or emotions, in Dutch, the names escaped. */
static void named_list(struct evbuffer *o, const named *v, int n, const markup *m) {
    for (int k = 0; k < n; k++) {
        evbuffer_add_printf(o, "%s", k ? ", " : "");
        m->text(o, nl_word(v[k].name));
        evbuffer_add_printf(o, " %.0f", v[k].n);
    }
}

/* A value for CSV: quoted, quotes doubled. */
static void csv_str(struct evbuffer *o, const char *s) {
    evbuffer_add(o, "\"", 1);
    for (; *s; s++)
        evbuffer_add(o, s, 1), (void)(*s == '"' && evbuffer_add(o, "\"", 1));
    evbuffer_add(o, "\"", 1);
}

static void out_csv(const report *r, struct evbuffer *o) {
    evbuffer_add_printf(o, "theme,contacts,previous_contacts,trend_pct,channels,sentiment_mean,"
                           "negative_share,repeat_share,formal,awb_in_term,emotions\n");
    for (int i = 0; i < r->nthemes; i++) {
        const theme *t = &r->themes[i];
        if (!theme_listed(t))
            continue;
        char ch[1024] = "", em[1024] = "", tr[32] = "";
        size_t n = 0;
        for (int k = 0; k < t->nchannels && n < sizeof(ch); k++)
            n += (size_t)snprintf(ch + n, sizeof(ch) - n, "%s%s:%.0f", k ? ";" : "",
                                  t->channels[k].name, t->channels[k].n);
        n = 0;
        for (int k = 0; k < t->nemotions && n < sizeof(em); k++)
            n += (size_t)snprintf(em + n, sizeof(em) - n, "%s%s:%.0f", k ? ";" : "",
                                  t->emotions[k].name, t->emotions[k].n);
        if (!isnan(trend_pct(t)))
            snprintf(tr, sizeof(tr), "%.1f", trend_pct(t));
        csv_str(o, t->id);
        evbuffer_add_printf(o, ",%.0f,%.0f,%s,", t->cur, t->prev, tr);
        csv_str(o, ch);
        evbuffer_add_printf(o, ",%.3f,%.3f,%.3f,%.0f,%.0f,",
                            t->cur > 0 ? t->sentiment_sum / t->cur : 0,
                            t->cur > 0 ? t->negative / t->cur : 0,
                            t->cur > 0 ? t->repeat / t->cur : 0, t->formal, t->awb_in_term);
        csv_str(o, em);
        evbuffer_add(o, "\n", 1);
    }
}

/* Markdown text: the characters that make markup escaped. */
static void md_text(struct evbuffer *o, const char *s) {
    for (; *s; s++) {
        if (strchr("\\`*_{}[]()#+-.!|<>", *s))
            evbuffer_add(o, "\\", 1);
        evbuffer_add(o, s, 1);
    }
}

static const markup md = {md_text, "| ", " | ", " |\n"};
static const markup html = {ll_html_escape, "<tr><td>", "</td><td>", "</td></tr>\n"};

static void out_md(const report *r, struct evbuffer *o, const char *from, const char *to,
                   const char *pfrom, const char *pto) {
    evbuffer_add_printf(o, "# Wat inwoners ons vertelden: %s t/m %s\n\n", from, to);
    evbuffer_add_printf(o,
                        "Vergeleken met %s t/m %s. Aantallen uit `feedback.aggregates` "
                        "(dagvensters%s); citaten zonder direct herleidbare gegevens.\n\n",
                        pfrom, pto, r->hours_used ? HOURS_NOTE : "");
    evbuffer_add_printf(o, "| thema | contacten | vorige periode | trend | sentiment | negatief | "
                           "herhaald contact | formele klachten | vóór Awb-termijn doorgezet |\n"
                           "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < r->nthemes; i++)
        if (theme_listed(&r->themes[i]))
            theme_row(o, &r->themes[i], &md);
    for (int i = 0; i < r->nthemes; i++) {
        const theme *t = &r->themes[i];
        if (t->cur <= 0)
            continue;
        evbuffer_add(o, "\n## ", 4);
        md_text(o, t->id);
        evbuffer_add_printf(o, "\n\nKanalen: ");
        named_list(o, t->channels, t->nchannels, &md);
        evbuffer_add_printf(o, ".  \nEmoties: ");
        named_list(o, t->emotions, t->nemotions, &md);
        char awb[320], withheld[160];
        awb_text(t, awb, sizeof(awb));
        withheld_text(t, withheld, sizeof(withheld));
        evbuffer_add_printf(o, "%s.  \n%s\n\n", t->nemotions ? "" : "geen", awb);
        for (int k = 0; k < t->nq; k++) {
            evbuffer_add(o, "> ", 2);
            md_text(o, t->q[k].text);
            evbuffer_add_printf(o, " (%s)\n\n", t->q[k].day);
        }
        if (withheld[0])
            evbuffer_add_printf(o, "%s\n\n", withheld);
    }
    evbuffer_add_printf(o, "\n## Jullie zeiden, wij deden\n\n");
    for (int i = 0; i < r->nimp; i++) {
        evbuffer_add_printf(o, "- **%s**, ", r->imp[i].date);
        md_text(o, r->imp[i].theme);
        evbuffer_add(o, ": ", 2);
        md_text(o, r->imp[i].what);
        evbuffer_add(o, "\n", 1);
    }
    if (!r->nimp)
        evbuffer_add_printf(o, "(geen verbeteringen opgegeven)\n");
}

/* A horizontal bar chart of every theme's volume, this period over the last. */
static void svg_volume(const report *r, struct evbuffer *o) {
    double max = 1;
    int n = 0;
    for (int i = 0; i < r->nthemes; i++) {
        if (!theme_listed(&r->themes[i]))
            continue;
        n++;
        max = fmax(max, fmax(r->themes[i].cur, r->themes[i].prev));
    }
    int h = 28 * n + 30;
    evbuffer_add_printf(o,
                        "<svg role=\"img\" aria-labelledby=\"vol-t\" width=\"720\" height=\"%d\" "
                        "viewBox=\"0 0 720 %d\"><title id=\"vol-t\">Contacten per thema, deze "
                        "periode (donker) en de vorige (licht)</title>\n",
                        h, h);
    int y = 10;
    for (int i = 0; i < r->nthemes; i++) {
        const theme *t = &r->themes[i];
        if (!theme_listed(t))
            continue;
        double wc = 460 * t->cur / max, wp = 460 * t->prev / max;
        evbuffer_add_printf(o, "<text x=\"0\" y=\"%d\" font-size=\"13\">", y + 14);
        ll_html_escape(o, t->id);
        evbuffer_add_printf(o,
                            "</text><rect x=\"170\" y=\"%d\" width=\"%.1f\" height=\"11\" "
                            "fill=\"#1f4e79\"/><rect x=\"170\" y=\"%d\" width=\"%.1f\" "
                            "height=\"7\" fill=\"#9dc3e6\"/><text x=\"%.1f\" y=\"%d\" "
                            "font-size=\"12\">%.0f</text>\n",
                            y + 3, wc, y + 15, wp, 176 + fmax(wc, wp), y + 14, t->cur);
        y += 28;
    }
    evbuffer_add_printf(o, "</svg>\n");
}

/* Contacts per day of the period, as a small line. */
static void svg_daily(const report *r, const theme *t, struct evbuffer *o) {
    double max = 1;
    for (int d = 0; d < r->days; d++)
        max = fmax(max, t->daily[d]);
    evbuffer_add_printf(o, "<svg role=\"img\" aria-label=\"Contacten per dag\" width=\"360\" "
                           "height=\"60\" viewBox=\"0 0 360 60\"><polyline fill=\"none\" "
                           "stroke=\"#1f4e79\" stroke-width=\"2\" points=\"");
    for (int d = 0; d < r->days; d++)
        evbuffer_add_printf(o, "%.1f,%.1f ", r->days > 1 ? 350.0 * d / (r->days - 1) + 5 : 180,
                            55 - 50 * t->daily[d] / max);
    evbuffer_add_printf(o, "\"/></svg>\n");
}

static void out_html(const report *r, struct evbuffer *o, const char *from, const char *to,
                     const char *pfrom, const char *pto) {
    evbuffer_add_printf(
        o,
        "<!doctype html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
        "<title>Wat inwoners ons vertelden: %s t/m %s</title>\n<style>\n"
        "body{font-family:system-ui,sans-serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;"
        "padding:0 1rem;line-height:1.5}\nh1,h2{color:#1f4e79}\ntable{border-collapse:collapse;"
        "width:100%%}\nth,td{border-bottom:1px solid #bbb;padding:.3rem .5rem;text-align:right}\n"
        "th:first-child,td:first-child{text-align:left}\nblockquote{border-left:4px solid #9dc3e6;"
        "margin:.5rem 0;padding:.2rem .8rem;color:#333}\nsection{break-inside:avoid}\n"
        "@media print{body{margin:0;max-width:none}a{color:inherit}}\n</style></head><body>\n"
        "<h1>Wat inwoners ons vertelden</h1>\n<p>Periode %s t/m %s, vergeleken met %s t/m %s. "
        "Aantallen uit de dagvensters van <code>feedback.aggregates</code>%s; citaten zonder "
        "direct herleidbare gegevens.</p>\n",
        from, to, from, to, pfrom, pto, r->hours_used ? HOURS_NOTE : "");
    evbuffer_add_printf(o, "<section><h2>Per thema</h2>\n");
    svg_volume(r, o);
    evbuffer_add_printf(
        o, "<table><thead><tr><th scope=\"col\">thema</th><th scope=\"col\">"
           "contacten</th><th scope=\"col\">vorige periode</th><th scope=\"col\">"
           "trend</th><th scope=\"col\">sentiment</th><th scope=\"col\">negatief"
           "</th><th scope=\"col\">herhaald contact</th><th scope=\"col\">formele "
           "klachten</th><th scope=\"col\">vóór Awb-termijn doorgezet</th></tr></thead>"
           "<tbody>\n");
    for (int i = 0; i < r->nthemes; i++)
        if (theme_listed(&r->themes[i]))
            theme_row(o, &r->themes[i], &html);
    evbuffer_add_printf(o, "</tbody></table></section>\n");
    for (int i = 0; i < r->nthemes; i++) {
        const theme *t = &r->themes[i];
        if (t->cur <= 0)
            continue;
        char tr[32];
        trend_text(t, tr, sizeof(tr));
        evbuffer_add_printf(o, "<section><h2>");
        ll_html_escape(o, t->id);
        evbuffer_add_printf(o,
                            "</h2>\n<p>%.0f contacten (%s ten opzichte van de vorige periode)."
                            "</p>\n",
                            t->cur, tr);
        svg_daily(r, t, o);
        evbuffer_add_printf(o, "<p>Kanalen: ");
        named_list(o, t->channels, t->nchannels, &html);
        evbuffer_add_printf(o, ". Gemiddeld sentiment %.2f, %.0f%% negatief. Emoties: ",
                            t->sentiment_sum / t->cur, 100 * t->negative / t->cur);
        named_list(o, t->emotions, t->nemotions, &html);
        evbuffer_add_printf(o, "%s. Herhaald contact: %.0f%%.</p>\n", t->nemotions ? "" : "geen",
                            100 * t->repeat / t->cur);
        char awb[320], withheld[160];
        awb_text(t, awb, sizeof(awb));
        withheld_text(t, withheld, sizeof(withheld));
        evbuffer_add_printf(o, "<p>%s</p>\n", awb);
        for (int k = 0; k < t->nq; k++) {
            evbuffer_add_printf(o, "<blockquote><p>");
            ll_html_escape(o, t->q[k].text);
            evbuffer_add_printf(o, "</p><footer>%s</footer></blockquote>\n", t->q[k].day);
        }
        if (withheld[0])
            evbuffer_add_printf(o, "<p>%s</p>\n", withheld);
        evbuffer_add_printf(o, "</section>\n");
    }
    evbuffer_add_printf(o, "<section><h2>Jullie zeiden, wij deden</h2>\n<ul>\n");
    for (int i = 0; i < r->nimp; i++) {
        evbuffer_add_printf(o, "<li><strong>%s</strong>, ", r->imp[i].date);
        ll_html_escape(o, r->imp[i].theme);
        evbuffer_add_printf(o, ": ");
        ll_html_escape(o, r->imp[i].what);
        evbuffer_add_printf(o, "</li>\n");
    }
    if (!r->nimp)
        evbuffer_add_printf(o, "<li>Geen verbeteringen opgegeven.</li>\n");
    evbuffer_add_printf(o, "</ul></section>\n</body></html>\n");
}

/* ---- the role ---- */

static void report_shutdown(void *state) {
    report *r = state;
    if (!r)
        return;
    for (int i = 0; i < r->nthemes; i++)
        free(r->themes[i].daily);
    free(r->recs);
    free(r->bucket);
    free(r->imp);
    free(r);
}

static void *report_init(const ll_config *cfg, int argc, char **argv, char *errstr, size_t errlen) {
    report *r = calloc(1, sizeof(*r));
    if (!r) {
        snprintf(errstr, errlen, "report: out of memory");
        return NULL;
    }
    r->cfg = cfg;
    r->rcfg = ll_config_settings(cfg, &ll_report_config);
    /* Like every file a config names, from the config file's folder: read from
     * the working folder, the sample's file was found only by a report started
     * in the checkout, and the command up.sh prints failed with 66 anywhere
     * else (user check of 12-01, session 11). --improvements is the caller's
     * path, from where they stand. */
    if (r->rcfg->improvements[0]) {
        if (ll_config_file(cfg, r->rcfg->improvements, r->improvements_file,
                           sizeof(r->improvements_file)) != 0) {
            snprintf(errstr, errlen, "report: [report] improvements: path too long");
            goto fail;
        }
        r->improvements_path = r->improvements_file;
    }
    const char *from = NULL, *to = NULL, *fmt = NULL;
    for (int i = 0; i < argc; i += 2) { /* every option takes a value */
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        const char **slot = !strcmp(a, "--from")           ? &from
                            : !strcmp(a, "--to")           ? &to
                            : !strcmp(a, "--format")       ? &fmt
                            : !strcmp(a, "--out")          ? &r->out_path
                            : !strcmp(a, "--improvements") ? &r->improvements_path
                                                           : NULL;
        if (!slot) {
            snprintf(errstr, errlen, "report: unknown argument '%s'", a);
            goto fail;
        }
        if (!v) {
            snprintf(errstr, errlen, "report: %s needs a value", a);
            goto fail;
        }
        *slot = v;
    }
    if (!from || !to) {
        snprintf(errstr, errlen, "report: %s is required (YYYY-MM-DD)", from ? "--to" : "--from");
        goto fail;
    }
    if (parse_day(from, &r->from) != 0) {
        snprintf(errstr, errlen, "report: --from '%s' is not a date (YYYY-MM-DD)", from);
        goto fail;
    }
    if (parse_day(to, &r->to) != 0) {
        snprintf(errstr, errlen, "report: --to '%s' is not a date (YYYY-MM-DD)", to);
        goto fail;
    }
    if (r->to < r->from) {
        snprintf(errstr, errlen, "report: --to %s is before --from %s", to, from);
        goto fail;
    }
    r->days = (int)((r->to - r->from) / DAY) + 1;
    long long now = ll_now_ms() / 1000;
    r->open_from = now - now % DAY - DAY;
    r->open_from_min = now - now % HOUR - HOUR;
    if (r->days > LL_REPORT_MAX_DAYS) {
        snprintf(errstr, errlen, "report: the period is %d days; at most %d", r->days,
                 LL_REPORT_MAX_DAYS);
        goto fail;
    }
    if (!fmt) {
        snprintf(errstr, errlen, "report: --format is required (html, md or csv)");
        goto fail;
    }
    if (!strcmp(fmt, "html"))
        r->fmt = F_HTML;
    else if (!strcmp(fmt, "md"))
        r->fmt = F_MD;
    else if (!strcmp(fmt, "csv"))
        r->fmt = F_CSV;
    else {
        snprintf(errstr, errlen, "report: --format '%s': html, md or csv", fmt);
        goto fail;
    }
    if (!(r->recs = calloc(LL_REPORT_MAX_WINDOWS, sizeof(dayrec))) ||
        !(r->bucket = malloc(NBUCKETS * sizeof(int)))) {
        snprintf(errstr, errlen, "report: out of memory");
        goto fail;
    }
    for (int i = 0; i < NBUCKETS; i++)
        r->bucket[i] = -1;
    return r;
fail:
    report_shutdown(r);
    return NULL;
}

static int report_run(void *state) {
    report *r = state;
    int rc = improvements_read(r);
    if (rc)
        return rc;
    if ((rc = read_topic(r, r->cfg->topic_aggregates, take_aggregate)) != 0)
        return rc;
    themes_sum(r);
    if (r->rcfg->quotes > 0 && (rc = read_topic(r, r->cfg->topic_enriched, take_quote)) != 0)
        return rc;
    char from[11], to[11], pfrom[11], pto[11];
    fmt_day(r->from, from);
    fmt_day(r->to, to);
    fmt_day(r->from - (long long)r->days * DAY, pfrom);
    fmt_day(r->from - DAY, pto);
    struct evbuffer *o = evbuffer_new();
    if (!o)
        return EX_UNAVAILABLE;
    if (r->fmt == F_CSV)
        out_csv(r, o);
    else if (r->fmt == F_MD)
        out_md(r, o, from, to, pfrom, pto);
    else
        out_html(r, o, from, to, pfrom, pto);
    FILE *f = r->out_path ? fopen(r->out_path, "w") : stdout;
    if (!f) {
        fprintf(stderr, "luisterloop report: %s: %s\n", r->out_path, strerror(errno));
        evbuffer_free(o);
        return EX_CANTCREAT;
    }
    size_t len = evbuffer_get_length(o);
    const unsigned char *p = evbuffer_pullup(o, -1);
    int bad = (len && fwrite(p, 1, len, f) != len) || fflush(f) != 0;
    if (f != stdout)
        bad |= fclose(f) != 0;
    evbuffer_free(o);
    if (bad) {
        fprintf(stderr, "luisterloop report: %s: %s\n", r->out_path ? r->out_path : "stdout",
                strerror(errno));
        return EX_CANTCREAT;
    }
    ll_info("report %s..%s: %llu aggregate records, %llu windows (day, or hour or minute of a day "
            "that may be open), %d themes, %llu quotes "
            "considered",
            from, to, r->records_read, r->windows_read, r->nthemes, r->quotes_seen);
    return 0;
}

const ll_role ll_role_report = {
    .name = "report",
    .summary =
        "per theme what citizens told us in a period, from feedback.aggregates: html, md or csv",
    .usage =
        "  --from YYYY-MM-DD     first day of the period (UTC)\n"
        "  --to YYYY-MM-DD       last day of the period\n"
        "  --format F            html (inline SVG, printable), md or csv\n"
        "  --out FILE            write there instead of stdout\n"
        "  --improvements FILE   the 'you said, we did' file instead of [report] improvements\n"
        "exit: 0, 64 bad arguments, 65 bad improvements line, 66 improvements unreadable,\n"
        "69 Kafka unreachable, 73 output not writable\n",
    .config = &ll_report_config,
    .needs_pseudonym_key = 0,
    .init_fail_exit = EX_USAGE,
    .init = report_init,
    .run = report_run,
    .shutdown = report_shutdown,
};
