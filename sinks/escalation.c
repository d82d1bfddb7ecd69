/* escalation.c - builds an escalation (stream entry and CloudEvent) from an urgent signal or a firing alert. */
#include "escalation.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event.h"
#include "mask.h"
#include "text.h"

void ll_escalation_clear(ll_escalation *esc) {
    if (!esc)
        return;
    cJSON_Delete(esc->data);
    memset(esc, 0, sizeof(*esc));
}

/* Copies a string member of from (when present) into to under name. */
static int copy_str(cJSON *to, const char *name, const cJSON *from, const char *member) {
    const char *v = from ? ll_json_str(from, member) : NULL;
    if (!v)
        return 0;
    return cJSON_AddStringToObject(to, name, v) ? 0 : -1;
}

static int copy_num(cJSON *to, const char *name, const cJSON *from, const char *member) {
    const cJSON *v = from ? cJSON_GetObjectItemCaseSensitive(from, member) : NULL;
    if (!cJSON_IsNumber(v))
        return 0;
    return cJSON_AddNumberToObject(to, name, v->valuedouble) ? 0 : -1;
}

/* The strings of a list (others skipped), as a new array under name. */
static int copy_strings(cJSON *to, const char *name, const cJSON *list, int max) {
    cJSON *a = cJSON_AddArrayToObject(to, name);
    if (!a)
        return -1;
    const cJSON *it;
    int n = 0;
    cJSON_ArrayForEach(it, list) {
        if (!cJSON_IsString(it) || n++ >= max)
            continue;
        cJSON *s = cJSON_CreateString(it->valuestring);
        if (!s || !cJSON_AddItemToArray(a, s)) {
            cJSON_Delete(s);
            return -1;
        }
    }
    return 0;
}

static size_t put_ellipsis(char *m, size_t at) {
    memcpy(m + at, "\xE2\x80\xA6", 3); /* "…" */
    return at + 3;
}

/* in masked once more (whatever slipped past the processor stays out) and
 * cut at a character boundary, not inside a placeholder, to at most max bytes,
 * with an ellipsis. When
 * the words that made the level (focus) lie past the cut, the excerpt is the
 * text's start, an ellipsis and the passage around those words: a gas smell in
 * a long e-mail's second paragraph read "...Overigens ruik ik al tw..." on the
 * crisis queue, a parking complaint to whoever scanned it (user check of
 * 12-01, session 12). */
static int add_excerpt(cJSON *to, const char *name, const char *in, int max, const char *focus) {
    size_t len = strlen(in);
    char *m = malloc(ll_mask_bound(len) + 1);
    if (!m)
        return -1;
    ll_mask_counts counts;
    size_t n = ll_mask_text(in, len, m, &counts);
    m[n] = '\0';
    if (n > (size_t)max) {
        const char *f = focus && *focus ? strstr(m, focus) : NULL;
        size_t flen = f ? strlen(focus) : 0, room = max > 9 ? (size_t)max - 9 : 0;
        if (f && (size_t)(f - m) + flen > (size_t)max - 3 && flen < room / 2) {
            /* A third for the start, the rest for the passage: some words
             * before the focus, the focus, and what follows it. */
            size_t head = ll_mask_cut(m, n, room / 3), at = (size_t)(f - m);
            size_t before = (room - head - flen) / 3;
            size_t from = at > before ? ll_mask_cut(m, n, at - before) : 0;
            if (from < head)
                from = head;
            /* whole words where a space is near: the reader scans */
            for (size_t k = head; k > 0 && head - k < 24; k--)
                if (m[k - 1] == ' ') {
                    head = k - 1;
                    break;
                }
            for (size_t k = from; k < at && k - from < 24; k++)
                if (m[k] == ' ') {
                    from = k + 1;
                    break;
                }
            size_t want = room - head < n - from ? room - head : n - from;
            size_t take = ll_mask_cut(m + from, n - from, want);
            size_t o = put_ellipsis(m, head);
            m[o++] = ' ';
            memmove(m + o, m + from, take);
            o += take;
            if (from + take < n)
                o = put_ellipsis(m, o);
            n = o;
        } else {
            n = ll_mask_cut(m, n, max > 3 ? (size_t)max - 3 : 0); /* room for the ellipsis */
            n = put_ellipsis(m, n);
        }
    }
    m[n] = '\0';
    int rc = cJSON_AddStringToObject(to, name, m) ? 0 : -1;
    free(m);
    return rc;
}

/* The words quoted in the first reason that quotes any ("gas leak: 'ruik al
 * twee dagen gas'"), into out; "" when none does. */
static void reason_focus(const cJSON *u, char *out, size_t len) {
    out[0] = '\0';
    const cJSON *r, *reasons = u ? cJSON_GetObjectItemCaseSensitive(u, "reasons") : NULL;
    cJSON_ArrayForEach(r, reasons) {
        const char *q = cJSON_IsString(r) ? strchr(r->valuestring, '\'') : NULL;
        const char *e = q ? strchr(q + 1, '\'') : NULL;
        if (e && e > q + 1 && (size_t)(e - q - 1) < len) {
            memcpy(out, q + 1, (size_t)(e - q - 1));
            out[e - q - 1] = '\0';
            return;
        }
    }
}

/* urgency.advice: a string, or a list of them (joined). */
static int advice_text(const cJSON *u, char *out, size_t len) {
    out[0] = '\0';
    const cJSON *a = u ? cJSON_GetObjectItemCaseSensitive(u, "advice") : NULL;
    if (cJSON_IsString(a)) {
        snprintf(out, len, "%s", a->valuestring);
    } else if (cJSON_IsArray(a)) {
        const cJSON *it;
        size_t used = 0;
        cJSON_ArrayForEach(it, a) {
            if (!cJSON_IsString(it) || used >= len)
                continue;
            int w = snprintf(out + used, len - used, "%s%s", used ? "; " : "", it->valuestring);
            if (w > 0)
                used += (size_t)w;
        }
    }
    return out[0] != '\0';
}

/* A contact registered in Klantinteracties (producers/klantinteracties.c)
 * keeps the klantcontact's URL as its natural key: the escalation carries it
 * as `klantcontact`, so that the internetaak made of it (sinks/internetaken.c)
 * links the contact it came from. It is a record's address in the
 * municipality's own register, readable only with its API token, not a
 * direct identifier; other channels' natural keys stay out. */
static int add_klantcontact(cJSON *o, const cJSON *ev) {
    const char *ref = ll_event_klantcontact_url(ev);
    if (!ref || ll_has_control(ref))
        return 0;
    return cJSON_AddStringToObject(o, "klantcontact", ref) ? 0 : -1;
}

static int build_signal(const cJSON *ev, const ll_routes *rs, int excerpt_bytes, ll_escalation *esc,
                        ll_err *err) {
    const cJSON *d = ll_event_data(ev);
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(d, "urgency");
    const char *level = u ? ll_json_str(u, "level") : NULL;
    if (!level) {
        ll_err_set(err, "data.urgency.level", "missing");
        return -1;
    }
    if (ll_urgency_parse(level) < LL_URGENCY_HIGH)
        return 0; /* only what must be acted on this week or today */
    const char *id = ll_json_str(ev, "id");
    const cJSON *area = cJSON_GetObjectItemCaseSensitive(d, "area");
    const cJSON *awb = cJSON_GetObjectItemCaseSensitive(d, "awb");
    const cJSON *th = cJSON_GetObjectItemCaseSensitive(d, "thread");
    const char *theme = ll_json_str(d, "theme");
    const char *wijk = area ? ll_json_str(area, "wijk") : NULL;
    ll_route_input in = {{theme, level, wijk, ll_json_str(d, "kind"), ll_json_str(d, "channel")}};
    snprintf(esc->id, sizeof(esc->id), "%s", id);
    snprintf(esc->key, sizeof(esc->key), "%s", id);
    snprintf(esc->team, sizeof(esc->team), "%s", ll_routes_match(rs, &in));

    char advice[512], summary[768];
    int has_advice = advice_text(u, advice, sizeof(advice));
    snprintf(summary, sizeof(summary), "%s%s%s %s%s%s", has_advice ? advice : "",
             has_advice ? " | " : "", level, theme ? theme : "overig", wijk ? ", " : "",
             wijk ? wijk : "");
    cJSON *o = esc->data = cJSON_CreateObject();
    const char *text = ll_json_str(d, "text");
    char focus[256];
    reason_focus(u, focus, sizeof(focus));
    if (!o || !cJSON_AddStringToObject(o, "escalation_id", esc->id) ||
        !cJSON_AddStringToObject(o, "source", LL_ESC_SOURCE_SIGNAL) ||
        !cJSON_AddStringToObject(o, "event_id", id) ||
        !cJSON_AddStringToObject(o, "team", esc->team) ||
        !cJSON_AddStringToObject(o, "level", level) ||
        !cJSON_AddStringToObject(o, "summary", summary) ||
        (has_advice && !cJSON_AddStringToObject(o, "advice", advice)) ||
        copy_strings(o, "reasons", u ? cJSON_GetObjectItemCaseSensitive(u, "reasons") : NULL, 16) !=
            0 ||
        copy_str(o, "theme", d, "theme") || copy_str(o, "wijk", area, "wijk") ||
        copy_str(o, "buurt", area, "buurt") || copy_str(o, "kind", d, "kind") ||
        copy_str(o, "channel", d, "channel") || copy_str(o, "received_at", d, "received_at") ||
        copy_str(o, "awb_deadline", awb, "deadline") || copy_num(o, "contacts", th, "contacts") ||
        (text && excerpt_bytes > 0 && add_excerpt(o, "text", text, excerpt_bytes, focus) != 0) ||
        add_klantcontact(o, ev) != 0) {
        ll_err_set(err, "", "out of memory");
        return -1;
    }
    return 1;
}

static int build_alert(const cJSON *ev, const ll_routes *rs, int excerpt_bytes, ll_escalation *esc,
                       ll_err *err) {
    const cJSON *d = ll_event_data(ev);
    const char *status = ll_json_str(d, "status");
    const char *alert_id = ll_json_str(d, "alert_id");
    const char *started = ll_json_str(d, "started_at");
    const cJSON *labels = cJSON_GetObjectItemCaseSensitive(d, "labels");
    if (!status || (strcmp(status, "firing") && strcmp(status, "resolved"))) {
        ll_err_set(err, "data.status", "must be firing or resolved");
        return -1;
    }
    if (!alert_id || !*alert_id || strlen(alert_id) > LL_MAX_ID_BYTES) {
        ll_err_set(err, "data.alert_id", "missing or longer than %d bytes", LL_MAX_ID_BYTES);
        return -1;
    }
    if (!started || strlen(started) >= LL_MAX_TIME_BYTES) {
        ll_err_set(err, "data.started_at", "missing");
        return -1;
    }
    if (!cJSON_IsObject(labels)) {
        ll_err_set(err, "data.labels", "missing");
        return -1;
    }
    if (strcmp(status, "firing") != 0)
        return 0;
    const char *theme = ll_json_str(labels, "theme");
    const char *wijk = ll_json_str(labels, "wijk");
    ll_route_input in = {{theme, LL_ROUTE_LEVEL_ALERT, wijk, NULL, ll_json_str(labels, "channel")}};
    snprintf(esc->id, sizeof(esc->id), "%s@%s", alert_id, started);
    snprintf(esc->key, sizeof(esc->key), "%s", alert_id);
    snprintf(esc->team, sizeof(esc->team), "%s", ll_routes_match(rs, &in));

    const cJSON *obs = cJSON_GetObjectItemCaseSensitive(d, "observed");
    const cJSON *exp = cJSON_GetObjectItemCaseSensitive(d, "expected");
    const cJSON *win = cJSON_GetObjectItemCaseSensitive(d, "window_min");
    const cJSON *span = cJSON_GetObjectItemCaseSensitive(d, "span_min");
    const cJSON *prior = cJSON_GetObjectItemCaseSensitive(d, "prior_share");
    int window = cJSON_IsNumber(win) ? (int)win->valuedouble : 0;
    int counted = cJSON_IsNumber(span) && span->valuedouble >= 1 && span->valuedouble < window
                      ? (int)span->valuedouble
                      : window;
    /* "71 observed, 22.5 expected in 180 min" on a detector 13 minutes old read as three
     * hours observed (user check of 12-01, REPORT-user3 item 13): the minutes the figures
     * cover, and a baseline mostly the prior said to be one, as the dashboard says them. */
    char part[96] = "";
    if (counted < window)
        snprintf(part, sizeof(part), " (%d of a %d-min window counted)", counted, window);
    char summary[512];
    snprintf(summary, sizeof(summary), "spike: %s in %s: %g observed, %.1f expected in %d min%s%s",
             theme ? theme : "?", wijk ? wijk : "the whole city",
             cJSON_IsNumber(obs) ? obs->valuedouble : 0, cJSON_IsNumber(exp) ? exp->valuedouble : 0,
             counted, part,
             cJSON_IsNumber(prior) && prior->valuedouble >= 0.5
                 ? "; expected is mostly a prior (the average of like series): little history "
                   "of its own"
                 : "");
    /* The quotes (masked excerpts of the samples), joined and cut. */
    char quotes[LL_MAX_EXCERPT_BYTES + 1] = "";
    size_t used = 0;
    const cJSON *q;
    cJSON_ArrayForEach(q, cJSON_GetObjectItemCaseSensitive(d, "quotes")) {
        if (!cJSON_IsString(q) || used >= sizeof(quotes) - 1)
            continue;
        int w = snprintf(quotes + used, sizeof(quotes) - used, "%s%s", used ? " | " : "",
                         q->valuestring);
        if (w > 0)
            used += (size_t)w;
        if (used > sizeof(quotes) - 1)
            used = sizeof(quotes) - 1; /* truncated: the excerpt cuts it anyway */
    }
    cJSON *o = esc->data = cJSON_CreateObject();
    if (!o || !cJSON_AddStringToObject(o, "escalation_id", esc->id) ||
        !cJSON_AddStringToObject(o, "source", LL_ESC_SOURCE_ALERT) ||
        !cJSON_AddStringToObject(o, "alert_id", alert_id) ||
        !cJSON_AddStringToObject(o, "team", esc->team) ||
        !cJSON_AddStringToObject(o, "level", LL_ROUTE_LEVEL_ALERT) ||
        !cJSON_AddStringToObject(o, "summary", summary) || copy_str(o, "theme", labels, "theme") ||
        copy_str(o, "wijk", labels, "wijk") || copy_str(o, "gemeente", labels, "gemeente") ||
        copy_str(o, "channel", labels, "channel") ||
        !cJSON_AddStringToObject(o, "received_at", started) ||
        copy_num(o, "observed", d, "observed") || copy_num(o, "expected", d, "expected") ||
        copy_num(o, "score", d, "score") || copy_num(o, "p_value", d, "p_value") ||
        copy_num(o, "window_min", d, "window_min") || copy_num(o, "span_min", d, "span_min") ||
        copy_num(o, "prior_share", d, "prior_share") || copy_str(o, "method", d, "method") ||
        copy_strings(o, "sample_ids", cJSON_GetObjectItemCaseSensitive(d, "sample_ids"), 10) ||
        (quotes[0] && excerpt_bytes > 0 &&
         add_excerpt(o, "text", quotes, excerpt_bytes, NULL) != 0)) {
        ll_err_set(err, "", "out of memory");
        return -1;
    }
    return 1;
}

int ll_escalation_build(const cJSON *ev, const ll_routes *rs, int excerpt_bytes, ll_escalation *esc,
                        ll_err *err) {
    memset(esc, 0, sizeof(*esc));
    memset(err, 0, sizeof(*err));
    if (ll_event_validate_envelope(ev, NULL, err) != 0)
        return -1;
    const char *type = ll_json_str(ev, "type");
    const char *id = ll_json_str(ev, "id");
    if (strlen(id) > LL_MAX_ID_BYTES) {
        ll_err_set(err, "id", "longer than %d bytes", LL_MAX_ID_BYTES);
        return -1;
    }
    int rc;
    if (strcmp(type, LL_TYPE_ENRICHED) == 0)
        rc = build_signal(ev, rs, excerpt_bytes, esc, err);
    else if (strcmp(type, LL_TYPE_ALERT) == 0)
        rc = build_alert(ev, rs, excerpt_bytes, esc, err);
    else {
        ll_err_set(err, "type", "neither %s nor %s", LL_TYPE_ENRICHED, LL_TYPE_ALERT);
        rc = -1;
    }
    if (rc != 1)
        ll_escalation_clear(esc);
    return rc;
}

/* Every non-text field the builders above add. */
static const char *const json_fields[] = {"reasons",  "sample_ids",  "contacts", "observed",
                                          "expected", "score",       "p_value",  "window_min",
                                          "span_min", "prior_share", NULL};

int ll_escalation_field_is_json(const char *name) {
    for (int i = 0; json_fields[i]; i++)
        if (strcmp(name, json_fields[i]) == 0)
            return 1;
    return 0;
}

void ll_escalation_fields_free(char **vals, int n) {
    for (int i = 0; i < n; i++)
        free(vals[i]);
}

int ll_escalation_fields(const ll_escalation *esc, char **vals, size_t *lens, int max) {
    int n = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, esc->data) {
        if (n + 2 > max)
            goto fail;
        char *k = strdup(it->string);
        char *v = cJSON_IsString(it) ? strdup(it->valuestring) : cJSON_PrintUnformatted(it);
        if (!k || !v) {
            free(k);
            free(v);
            goto fail;
        }
        vals[n] = k;
        lens[n++] = strlen(k);
        vals[n] = v;
        lens[n++] = strlen(v);
    }
    return n;
fail:
    ll_escalation_fields_free(vals, n);
    return -1;
}

char *ll_escalation_event(const ll_escalation *esc, const char *source_base, const char *stream_key,
                          const char *stream_id, size_t *len) {
    char source[LL_MAX_SOURCE_BYTES], id[LL_EVENT_ID_LEN + 1], t[LL_MAX_TIME_BYTES];
    snprintf(source, sizeof(source), "%s/escalate", source_base);
    ll_event_id_from_key(source, esc->id, id);
    /* The stream id starts with the milliseconds Redis added the entry at:
     * the same escalation, produced again after an abort, is the same event. */
    ll_time_format_ms(strtoll(stream_id, NULL, 10), t, sizeof(t));
    cJSON *ev = ll_event_new(id, source, LL_TYPE_ESCALATION, t);
    cJSON *d = ev ? ll_event_data(ev) : NULL;
    char *out = NULL;
    if (!d)
        goto out;
    const cJSON *it;
    cJSON_ArrayForEach(it, esc->data) {
        cJSON *c = cJSON_Duplicate(it, 1);
        if (!c || !cJSON_AddItemToObject(d, it->string, c)) {
            cJSON_Delete(c);
            goto out;
        }
    }
    if (!cJSON_AddStringToObject(d, "stream", stream_key) ||
        !cJSON_AddStringToObject(d, "stream_id", stream_id))
        goto out;
    out = cJSON_PrintUnformatted(ev);
    if (out)
        *len = strlen(out);
out:
    cJSON_Delete(ev);
    return out;
}
