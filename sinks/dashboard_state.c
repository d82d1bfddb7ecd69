/* dashboard_state.c - what the screens show, in bounded memory, rebuilt from the topics on start.
 *
 * The dashboard reads feedback.enriched and feedback.alerts from their
 * beginning on every start, so nothing here needs saving: a restart
 * rebuilds it (the queues are read live from Redis). Memory is bounded:
 * the last signals_kept enriched events (their public views, about 4 KiB
 * each), per-minute counts of the last hour and per-hour counts of the
 * last week for at most LL_DASH_TREND_SERIES values per dimension, at
 * most LL_DASH_MAX_WIJKEN wijken, LL_DASH_MAX_FORMAL formal complaints
 * and LL_DASH_MAX_ALERTS alerts. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dashboard_int.h"
#include "event.h"
#include "address.h"
#include "mask.h"
#include "text.h"

int dash_state_init(dash_state *st, int cap) {
    memset(st, 0, sizeof(*st));
    st->ring = calloc((size_t)cap, sizeof(*st->ring));
    if (!st->ring)
        return -1;
    st->cap = cap;
    return 0;
}

void dash_state_free(dash_state *st) {
    for (int i = 0; st->ring && i < st->cap; i++)
        free(st->ring[i].json);
    free(st->ring);
    for (int i = 0; i < st->nalerts; i++)
        cJSON_Delete(st->alerts[i].data);
    memset(st, 0, sizeof(*st));
}

static const cJSON *obj(const cJSON *o, const char *name) {
    return o ? cJSON_GetObjectItemCaseSensitive(o, name) : NULL;
}

/* Copies o[name] into view when present. */
static int copy(cJSON *view, const cJSON *o, const char *name) {
    const cJSON *v = obj(o, name);
    if (!v)
        return 1;
    cJSON *c = cJSON_Duplicate(v, 1);
    return c && cJSON_AddItemToObject(view, name, c);
}

char *dash_text_public(const char *s) {
    size_t len = strlen(s);
    char *m = malloc(ll_mask_bound(len) + 1);
    if (!m)
        return NULL;
    ll_mask_counts counts;
    size_t n = ll_mask_text(s, len, m, &counts);
    char *a = malloc(LL_ADDRESS_MASK_BOUND(n));
    if (a)
        ll_address_mask(m, n, a);
    free(m);
    return a;
}

/* s public (dash_text_public) as view[name]. */
static int add_masked(cJSON *view, const char *name, const char *s) {
    if (!s)
        return 1;
    char *m = dash_text_public(s);
    int ok = m && cJSON_AddStringToObject(view, name, m) != NULL;
    free(m);
    return ok;
}

/* The string o[name], when there is one, made public in place. */
static int public_in_place(cJSON *o, const char *name) {
    cJSON *v = o ? cJSON_GetObjectItemCaseSensitive(o, name) : NULL;
    if (!cJSON_IsString(v))
        return 1;
    char *m = dash_text_public(v->valuestring);
    int ok = m && cJSON_SetValuestring(v, m) != NULL;
    free(m);
    return ok;
}

int dash_case_public(cJSON *k) {
    /* the klantcontact's URL is the signal's source reference */
    cJSON_DeleteItemFromObjectCaseSensitive(k, "klantcontact");
    return public_in_place(k, "text") && public_in_place(k, "summary") ? 0 : -1;
}

/* A subject that is only a kind word ("complaint", "Klacht": a phone note's category before
 * 12-01, or a desk's label) repeats the kind the page shows in Dutch: no subject then. */
static int add_subject(cJSON *view, const cJSON *data) {
    const char *s = ll_json_str(data, "subject");
    return ll_label_is_kind_only(s) ? 1 : add_masked(view, "subject", s);
}

cJSON *dash_signal_view(const cJSON *ev) {
    const cJSON *data = obj(ev, "data");
    cJSON *v = cJSON_CreateObject();
    if (!v)
        return NULL;
    const cJSON *area = obj(data, "area"), *thread = obj(data, "thread");
    const cJSON *urg = obj(data, "urgency");
    cJSON *a = NULL, *t = NULL, *u = NULL;
    int ok =
        cJSON_AddStringToObject(v, "id", ll_json_str(ev, "id") ? ll_json_str(ev, "id") : "") &&
        cJSON_AddStringToObject(v, "time",
                                ll_json_str(data, "received_at")
                                    ? ll_json_str(data, "received_at")
                                    : (ll_json_str(ev, "time") ? ll_json_str(ev, "time") : "")) &&
        copy(v, data, "channel") && copy(v, data, "kind") && copy(v, data, "initiated") &&
        copy(v, data, "formal") && add_subject(v, data) &&
        add_masked(v, "text", ll_json_str(data, "text")) && copy(v, data, "theme") &&
        copy(v, data, "themes") && copy(v, data, "sentiment") && copy(v, data, "emotions") &&
        copy(v, data, "awb") && (a = cJSON_AddObjectToObject(v, "area")) && copy(a, area, "wijk") &&
        copy(a, area, "buurt") && (t = cJSON_AddObjectToObject(v, "thread")) &&
        copy(t, thread, "contacts") && copy(t, thread, "channels") &&
        (u = cJSON_AddObjectToObject(v, "urgency")) && copy(u, urg, "level") &&
        copy(u, urg, "reasons") && copy(u, urg, "advice");
    if (!ok) {
        cJSON_Delete(v);
        return NULL;
    }
    return v;
}

static long long time_ms_of(const char *s) {
    time_t t;
    return s && ll_time_parse(s, &t) == 0 ? (long long)t * 1000 : 0;
}

static dash_series *series_get(dash_trend *tr, const char *name) {
    if (!name || !*name)
        name = "onbekend";
    for (int i = 0; i < tr->n; i++)
        if (!strcmp(tr->s[i].name, name))
            return &tr->s[i];
    if (tr->n < LL_DASH_TREND_SERIES - 1 ||
        (tr->n == LL_DASH_TREND_SERIES - 1 && !strcmp(name, "overig"))) {
        dash_series *s = &tr->s[tr->n++];
        memset(s, 0, sizeof(*s));
        snprintf(s->name, sizeof(s->name), "%s", name);
        return s;
    }
    /* beyond the bound: the last slot counts the rest */
    return tr->n == LL_DASH_TREND_SERIES ? &tr->s[LL_DASH_TREND_SERIES - 1]
                                         : series_get(tr, "overig");
}

static void series_count(dash_trend *tr, const char *name, long long t_ms) {
    dash_series *s = series_get(tr, name);
    long long m = t_ms / 60000, h = t_ms / 3600000;
    int mi = (int)(m % 60), hi = (int)(h % 168);
    if (s->minute_at[mi] != m) {
        if (s->minute_at[mi] > m)
            goto hour;
        s->minute_at[mi] = m;
        s->minute[mi] = 0;
    }
    s->minute[mi]++;
hour:
    if (s->hour_at[hi] != h) {
        if (s->hour_at[hi] > h)
            return;
        s->hour_at[hi] = h;
        s->hour[hi] = 0;
    }
    s->hour[hi]++;
}

static dash_wijk *wijk_get(dash_state *st, const char *name) {
    if (!name || !*name)
        name = "onbekend";
    for (int i = 0; i < st->nwijk; i++)
        if (!strcmp(st->wijk[i].name, name))
            return &st->wijk[i];
    if (st->nwijk >= LL_DASH_MAX_WIJKEN)
        return NULL;
    dash_wijk *w = &st->wijk[st->nwijk++];
    memset(w, 0, sizeof(*w));
    snprintf(w->name, sizeof(w->name), "%s", name);
    return w;
}

int dash_state_add_signal(dash_state *st, const cJSON *ev, const char **view) {
    const cJSON *data = obj(ev, "data");
    cJSON *v = dash_signal_view(ev);
    char *json = v ? cJSON_PrintUnformatted(v) : NULL;
    cJSON_Delete(v);
    if (!json)
        return -1;
    if (strlen(json) > LL_DASH_SIGNAL_JSON) {
        /* an event this large keeps its counts, not its view */
        free(json);
        json = NULL;
    }
    const cJSON *area = obj(data, "area"), *thread = obj(data, "thread");
    const char *level = ll_json_str(obj(data, "urgency"), "level");
    const char *theme = ll_json_str(data, "theme"), *wijk = ll_json_str(area, "wijk");
    long long t = time_ms_of(ll_json_str(data, "received_at"));
    if (!t)
        t = time_ms_of(ll_json_str(ev, "time"));
    ll_summary_add(&st->sum, ev);
    if (t > 0 && (!st->first_ms || t < st->first_ms))
        st->first_ms = t;
    series_count(&st->channel, ll_json_str(data, "channel"), t);
    series_count(&st->theme, theme, t);
    series_count(&st->kind, ll_json_str(data, "kind"), t);
    const cJSON *contacts = obj(thread, "contacts");
    int repeat = cJSON_IsNumber(contacts) && contacts->valuedouble >= 2;
    const char *label = ll_json_str(obj(data, "sentiment"), "label");
    const cJSON *score = obj(obj(data, "sentiment"), "score");
    int negative = label && !strcmp(label, "negative");
    int urgent = level && (!strcmp(level, "critical") || !strcmp(level, "high"));
    int formal = cJSON_IsTrue(obj(data, "formal")) || cJSON_IsTrue(obj(obj(data, "awb"), "formal"));
    st->total++;
    st->repeat += repeat;
    st->sent[negative ? 0 : label && !strcmp(label, "positive") ? 2 : 1]++;
    if (cJSON_IsNumber(score))
        st->sent_sum += score->valuedouble;
    dash_wijk *w = wijk_get(st, wijk);
    if (w) {
        w->total++;
        w->negative += negative;
        w->urgent += urgent;
        w->repeat += repeat;
        w->formal += formal;
    }
    const char *deadline = ll_json_str(obj(data, "awb"), "deadline");
    if (formal && deadline) {
        dash_formal *f = &st->formal[st->formal_next];
        memset(f, 0, sizeof(*f)); /* the oldest followed one goes, with its handled state */
        st->formal_next = (st->formal_next + 1) % LL_DASH_MAX_FORMAL;
        if (st->nformal < LL_DASH_MAX_FORMAL)
            st->nformal++;
        snprintf(f->id, sizeof(f->id), "%s", ll_json_str(ev, "id") ? ll_json_str(ev, "id") : "");
        snprintf(f->theme, sizeof(f->theme), "%s", theme ? theme : "");
        snprintf(f->deadline, sizeof(f->deadline), "%.10s", deadline);
        const char *rec = ll_json_str(obj(data, "awb"), "received");
        snprintf(f->received, sizeof(f->received), "%.10s", rec ? rec : "");
    }
    dash_signal *s = &st->ring[st->next];
    free(s->json);
    memset(s, 0, sizeof(*s));
    snprintf(s->id, sizeof(s->id), "%s", ll_json_str(ev, "id") ? ll_json_str(ev, "id") : "");
    snprintf(s->thread, sizeof(s->thread), "%s",
             ll_json_str(thread, "id") ? ll_json_str(thread, "id") : "");
    snprintf(s->theme, sizeof(s->theme), "%s", theme ? theme : "");
    snprintf(s->wijk, sizeof(s->wijk), "%s", wijk ? wijk : "");
    snprintf(s->level, sizeof(s->level), "%s", level ? level : "");
    s->t_ms = t;
    s->json = json;
    st->next = (st->next + 1) % st->cap;
    if (st->count < st->cap)
        st->count++;
    *view = json;
    return 0;
}

int dash_state_add_alert(dash_state *st, const cJSON *ev, char **view) {
    const cJSON *data = obj(ev, "data");
    const char *id = ll_json_str(data, "alert_id"), *status = ll_json_str(data, "status");
    *view = NULL;
    if (!id || !status)
        return -1;
    dash_alert *a = NULL;
    for (int i = 0; i < st->nalerts && !a; i++)
        if (!strcmp(st->alerts[i].id, id))
            a = &st->alerts[i];
    if (!a && st->nalerts < LL_DASH_MAX_ALERTS)
        a = &st->alerts[st->nalerts++];
    if (!a) {
        /* full: the alert seen longest ago goes (a resolved one first) */
        for (int i = 0; i < st->nalerts; i++) {
            dash_alert *c = &st->alerts[i];
            int cres = !strcmp(c->status, "resolved");
            int ares = a && !strcmp(a->status, "resolved");
            if (!a || (cres && !ares) || (cres == ares && c->seen_ms < a->seen_ms))
                a = c;
        }
    }
    cJSON *copy_data = cJSON_Duplicate(data, 1);
    if (!copy_data)
        return -1;
    /* The detector quotes without house numbers; an alert from before it did, or from
     * another writer of the topic, is held to the same. */
    cJSON *quotes = cJSON_GetObjectItemCaseSensitive(copy_data, "quotes"), *q;
    cJSON_ArrayForEach(q, quotes) {
        if (!cJSON_IsString(q))
            continue;
        char *m = dash_text_public(q->valuestring);
        int ok = m && cJSON_SetValuestring(q, m) != NULL;
        free(m);
        if (!ok) {
            cJSON_Delete(copy_data);
            return -1;
        }
    }
    if (strcmp(a->id, id) != 0) {
        cJSON_Delete(a->data);
        memset(a, 0, sizeof(*a));
    } else {
        cJSON_Delete(a->data);
    }
    a->data = copy_data;
    snprintf(a->id, sizeof(a->id), "%s", id);
    snprintf(a->status, sizeof(a->status), "%s", status);
    a->started_ms = time_ms_of(ll_json_str(data, "started_at"));
    a->seen_ms = time_ms_of(ll_json_str(ev, "time"));
    *view = cJSON_PrintUnformatted(a->data);
    return 0;
}

const dash_signal *dash_state_signal(const dash_state *st, const char *id) {
    for (int i = 0; i < st->count; i++) {
        const dash_signal *s = &st->ring[(st->next - 1 - i + st->cap) % st->cap];
        if (s->json && !strcmp(s->id, id))
            return s;
    }
    return NULL;
}

/* The series behind an alert: per-minute counts of its theme (and wijk)
 * among the kept signals, and the expected band (Poisson, +-2 sd). The last
 * minute is still open: its count so far is no minute's count, and drawn as
 * one it dropped a spike to 0 at the last point (user check of 12-01, 14:43 = 0).
 * open_t names that point and open_share how much of it has passed, so a
 * reader can leave it out of the line or weigh it; observed keeps its count. */
static cJSON *alert_chart(const dash_state *st, const dash_alert *a, long long now_ms) {
    const cJSON *labels = obj(a->data, "labels");
    const char *theme = ll_json_str(labels, "theme"), *wijk = ll_json_str(labels, "wijk");
    const cJSON *exp = obj(a->data, "expected"), *win = obj(a->data, "window_min");
    const cJSON *span = obj(a->data, "span_min");
    /* expected covers span_min minutes when the window reached back before the detector
     * began: spread over the whole window it drew a band far below the real rate (a young
     * stack's 22.5 in 13 minutes as 0.125 a minute, REPORT-user3 item 13) */
    if (cJSON_IsNumber(span) && span->valuedouble >= 1 && cJSON_IsNumber(win) &&
        span->valuedouble < win->valuedouble)
        win = span;
    double per_min = cJSON_IsNumber(exp) && cJSON_IsNumber(win) && win->valuedouble > 0
                         ? exp->valuedouble / win->valuedouble
                         : 0;
    long long end_min = now_ms / 60000 + 1, start_min = end_min - DASH_ALERT_CHART_MIN;
    unsigned counts[DASH_ALERT_CHART_MIN] = {0};
    for (int i = 0; i < st->count; i++) {
        const dash_signal *s = &st->ring[i];
        long long m = s->t_ms / 60000;
        if (m < start_min || m >= end_min || (theme && strcmp(s->theme, theme)) ||
            (wijk && strcmp(s->wijk, wijk)))
            continue;
        counts[m - start_min]++;
    }
    cJSON *c = cJSON_CreateObject(), *ts = cJSON_AddArrayToObject(c, "t"),
          *obs = cJSON_AddArrayToObject(c, "observed");
    if (!ts || !obs)
        goto fail;
    for (int i = 0; i < DASH_ALERT_CHART_MIN; i++) {
        cJSON_AddItemToArray(ts, cJSON_CreateNumber((double)((start_min + i) * 60)));
        cJSON_AddItemToArray(obs, cJSON_CreateNumber(counts[i]));
    }
    double sd = sqrt(per_min);
    if (!cJSON_AddNumberToObject(c, "open_t", (double)((end_min - 1) * 60)) ||
        !cJSON_AddNumberToObject(c, "open_share", (double)(now_ms % 60000) / 60000.0) ||
        !cJSON_AddNumberToObject(c, "expected", per_min) ||
        !cJSON_AddNumberToObject(c, "band_low", per_min - 2 * sd > 0 ? per_min - 2 * sd : 0) ||
        !cJSON_AddNumberToObject(c, "band_high", per_min + 2 * sd))
        goto fail;
    return c;
fail:
    cJSON_Delete(c);
    return NULL;
}

cJSON *dash_state_alerts_json(const dash_state *st, long long now_ms) {
    const dash_alert *order[LL_DASH_MAX_ALERTS];
    int n = 0;
    /* firing first, then resolved; newest start first within each */
    for (int pass = 0; pass < 2; pass++) {
        int from = n;
        for (int i = 0; i < st->nalerts; i++)
            if ((!strcmp(st->alerts[i].status, "firing")) == (pass == 0))
                order[n++] = &st->alerts[i];
        for (int i = from + 1; i < n; i++)
            for (int j = i; j > from && order[j]->started_ms > order[j - 1]->started_ms; j--) {
                const dash_alert *x = order[j];
                order[j] = order[j - 1];
                order[j - 1] = x;
            }
    }
    cJSON *arr = cJSON_CreateArray();
    for (int i = 0; arr && i < n; i++) {
        cJSON *o = cJSON_Duplicate(order[i]->data, 1);
        cJSON *chart =
            !strcmp(order[i]->status, "firing") ? alert_chart(st, order[i], now_ms) : NULL;
        if (!o) {
            cJSON_Delete(chart);
            cJSON_Delete(arr);
            return NULL;
        }
        if (chart)
            cJSON_AddItemToObject(o, "chart", chart);
        cJSON_AddItemToArray(arr, o);
    }
    return arr;
}

dash_formal *dash_state_formal(dash_state *st, const char *id) {
    for (int i = 0; i < st->nformal; i++)
        if (st->formal[i].id[0] && !strcmp(st->formal[i].id, id))
            return &st->formal[i];
    return NULL;
}

char *dash_formal_handled_json(long long at_ms, const char *by) {
    char at[40];
    ll_time_format_ms(at_ms, at, sizeof(at));
    cJSON *o = cJSON_CreateObject();
    char *s = o && cJSON_AddStringToObject(o, "at", at) && cJSON_AddStringToObject(o, "by", by)
                  ? cJSON_PrintUnformatted(o)
                  : NULL;
    cJSON_Delete(o);
    return s;
}

int dash_formal_handled_parse(const char *json, long long *at_ms, char *by, size_t bylen) {
    cJSON *o = cJSON_Parse(json);
    const char *at = ll_json_str(o, "at"), *who = ll_json_str(o, "by");
    long long t;
    int rc = -1;
    if (at && who && ll_time_parse_ms(at, &t) == 0 && t > 0 && strlen(who) < bylen) {
        *at_ms = t;
        snprintf(by, bylen, "%s", who);
        rc = 0;
    }
    cJSON_Delete(o);
    return rc;
}

cJSON *dash_state_signal_json(const dash_state *st, const char *id) {
    const dash_signal *s = dash_state_signal(st, id);
    if (!s)
        return NULL;
    cJSON *o = cJSON_Parse(s->json);
    cJSON *others = o ? cJSON_AddArrayToObject(o, "thread_contacts") : NULL;
    if (!others) {
        cJSON_Delete(o);
        return NULL;
    }
    /* The other contacts of its thread among the kept signals, oldest first. */
    for (int i = st->count - 1; s->thread[0] && i >= 0; i--) {
        const dash_signal *x = &st->ring[(st->next - 1 - i + st->cap) % st->cap];
        if (x == s || !x->json || strcmp(x->thread, s->thread))
            continue;
        cJSON *v = cJSON_Parse(x->json), *brief = cJSON_CreateObject();
        if (v && brief) {
            const char *keep[] = {"id", "time", "channel", "kind", "text", "theme", NULL};
            for (int k = 0; keep[k]; k++)
                copy(brief, v, keep[k]);
            cJSON_AddItemToArray(others, brief);
            brief = NULL;
        }
        cJSON_Delete(brief);
        cJSON_Delete(v);
    }
    return o;
}

/* Critical before high: under a stream of high signals, a critical one read an hour ago
 * must neither sink below the fold nor fall out of the first max. Within a level, newest
 * received first: the ring holds them in the order the topic was read, which differs from
 * it across partitions and batches (user check of 12-01: 21:35, 21:34, 21:33, 21:31, 21:32).
 * The newest max are kept by insertion, O(count * max) with max the page's 50; an equal
 * time keeps reading order (the later read first), so a redraw does not reorder them. */
int dash_state_urgent(const dash_state *st, const dash_signal **out, int max) {
    static const char *const levels[] = {"critical", "high"};
    int n = 0;
    for (size_t l = 0; l < sizeof(levels) / sizeof(levels[0]) && n < max; l++) {
        int from = n;
        for (int i = 0; i < st->count; i++) {
            const dash_signal *s = &st->ring[(st->next - 1 - i + st->cap) % st->cap];
            if (!s->json || strcmp(s->level, levels[l]))
                continue;
            int at = n;
            while (at > from && out[at - 1]->t_ms < s->t_ms)
                at--;
            if (at == max)
                continue;
            if (n < max)
                n++;
            memmove(&out[at + 1], &out[at], (size_t)(n - 1 - at) * sizeof(out[0]));
            out[at] = s;
        }
    }
    return n;
}

/* One dimension's series: hour (per minute), day and week (per hour). */
static cJSON *trend_json(const dash_trend *tr, long long now_ms) {
    cJSON *o = cJSON_CreateObject();
    long long m_now = now_ms / 60000, h_now = now_ms / 3600000;
    for (int i = 0; o && i < tr->n; i++) {
        const dash_series *s = &tr->s[i];
        cJSON *e = cJSON_AddObjectToObject(o, s->name);
        cJSON *hr = e ? cJSON_AddArrayToObject(e, "hour") : NULL;
        cJSON *wk = e ? cJSON_AddArrayToObject(e, "week") : NULL;
        if (!hr || !wk) {
            cJSON_Delete(o);
            return NULL;
        }
        for (long long m = m_now - 59; m <= m_now; m++) {
            int k = (int)(m % 60);
            cJSON_AddItemToArray(hr, cJSON_CreateNumber(s->minute_at[k] == m ? s->minute[k] : 0));
        }
        for (long long h = h_now - 167; h <= h_now; h++) {
            int k = (int)(h % 168);
            cJSON_AddItemToArray(wk, cJSON_CreateNumber(s->hour_at[k] == h ? s->hour[k] : 0));
        }
    }
    return o;
}

cJSON *dash_state_trends_json(const dash_state *st, long long now_ms) {
    cJSON *o = cJSON_CreateObject(), *w, *f, *s;
    if (!o)
        return NULL;
    char today[32];
    ll_time_format_ms(now_ms, today, sizeof(today));
    char soon[32];
    ll_time_format_ms(now_ms + 7LL * 86400000, soon, sizeof(soon));
    cJSON *ch = trend_json(&st->channel, now_ms), *th = trend_json(&st->theme, now_ms),
          *ki = trend_json(&st->kind, now_ms);
    if (ch)
        cJSON_AddItemToObject(o, "channel", ch);
    if (th)
        cJSON_AddItemToObject(o, "theme", th);
    if (ki)
        cJSON_AddItemToObject(o, "kind", ki);
    cJSON_AddNumberToObject(o, "hour_start", (double)((now_ms / 60000 - 59) * 60));
    cJSON_AddNumberToObject(o, "week_start", (double)((now_ms / 3600000 - 167) * 3600));
    /* The last point of "hour" (and of "week") is the minute (hour) still open: drawn as a
     * count it fell at the end like traffic collapsing, and the minutes before the first
     * signal were drawn as zeros no one counted (user check of 12-01, REPORT-user3 item 12).
     * As alert_chart's open_t and open_share: the page leaves that point out of the line and
     * starts at since_t, the minute of the earliest signal counted (absent: none yet). */
    cJSON_AddNumberToObject(o, "hour_open_t", (double)(now_ms / 60000 * 60));
    cJSON_AddNumberToObject(o, "hour_open_share", (double)(now_ms % 60000) / 60000.0);
    cJSON_AddNumberToObject(o, "week_open_t", (double)(now_ms / 3600000 * 3600));
    cJSON_AddNumberToObject(o, "week_open_share", (double)(now_ms % 3600000) / 3600000.0);
    /* The first point is partial too: on a fresh stack the minute of the first signal held
     * 9 s of traffic and was drawn as a full one, so every line seemed to ramp up from ~20
     * to ~120 (user check of 12-01). The share of it after that signal, per chart. */
    if (st->first_ms) {
        cJSON_AddNumberToObject(o, "since_t", (double)(st->first_ms / 60000 * 60));
        cJSON_AddNumberToObject(o, "hour_first_share",
                                (double)(60000 - st->first_ms % 60000) / 60000.0);
        cJSON_AddNumberToObject(o, "week_first_share",
                                (double)(3600000 - st->first_ms % 3600000) / 3600000.0);
    }
    cJSON_AddNumberToObject(o, "total", (double)st->total);
    cJSON_AddNumberToObject(o, "repeat_share",
                            st->total ? (double)st->repeat / (double)st->total : 0);
    if ((s = cJSON_AddObjectToObject(o, "sentiment"))) {
        cJSON_AddNumberToObject(s, "negative", (double)st->sent[0]);
        cJSON_AddNumberToObject(s, "neutral", (double)st->sent[1]);
        cJSON_AddNumberToObject(s, "positive", (double)st->sent[2]);
        cJSON_AddNumberToObject(s, "mean", st->total ? st->sent_sum / (double)st->total : 0);
    }
    if ((w = cJSON_AddArrayToObject(o, "wijken"))) {
        for (int i = 0; i < st->nwijk; i++) {
            const dash_wijk *x = &st->wijk[i];
            cJSON *e = cJSON_CreateObject();
            if (!e)
                break;
            cJSON_AddStringToObject(e, "wijk", x->name);
            cJSON_AddNumberToObject(e, "total", (double)x->total);
            cJSON_AddNumberToObject(e, "negative_share",
                                    x->total ? (double)x->negative / (double)x->total : 0);
            cJSON_AddNumberToObject(e, "urgent", (double)x->urgent);
            cJSON_AddNumberToObject(e, "repeat_share",
                                    x->total ? (double)x->repeat / (double)x->total : 0);
            cJSON_AddNumberToObject(e, "formal", (double)x->formal);
            cJSON_AddItemToArray(w, e);
        }
    }
    /* Formal complaints by their Awb deadline: past, within a week, later; a
     * complaint marked handled (POST /api/v1/formal/ID/handled) is no longer
     * open, and counts as in term when handled on or before its deadline. */
    if ((f = cJSON_AddObjectToObject(o, "formal"))) {
        int past = 0, near = 0, open = 0, handled = 0, in_term = 0;
        cJSON *list = cJSON_CreateArray();
        for (int i = 0; i < st->nformal; i++) {
            const dash_formal *x = &st->formal[i];
            if (x->handled_ms) {
                char day[40];
                ll_time_format_ms(x->handled_ms, day, sizeof(day));
                handled++;
                in_term += strncmp(day, x->deadline, 10) <= 0;
                continue;
            }
            open++;
            int is_past = strncmp(x->deadline, today, 10) < 0;
            int is_near = !is_past && strncmp(x->deadline, soon, 10) <= 0;
            past += is_past;
            near += is_near;
            if ((is_past || is_near) && list && cJSON_GetArraySize(list) < 50) {
                cJSON *e = cJSON_CreateObject();
                if (e) {
                    cJSON_AddStringToObject(e, "id", x->id);
                    cJSON_AddStringToObject(e, "theme", x->theme);
                    cJSON_AddStringToObject(e, "received", x->received);
                    cJSON_AddStringToObject(e, "deadline", x->deadline);
                    cJSON_AddBoolToObject(e, "past", is_past);
                    cJSON_AddItemToArray(list, e);
                }
            }
        }
        cJSON_AddNumberToObject(f, "followed", st->nformal);
        cJSON_AddNumberToObject(f, "open", open);
        cJSON_AddNumberToObject(f, "handled", handled);
        cJSON_AddNumberToObject(f, "handled_in_term", in_term);
        cJSON_AddNumberToObject(f, "near", near);
        cJSON_AddNumberToObject(f, "past", past);
        if (list)
            cJSON_AddItemToObject(f, "due", list);
    }
    return o;
}
