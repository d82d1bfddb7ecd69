/* alert.c - the alert lifecycle as Prometheus Alertmanager has it: fingerprint, firing, repeat, resolved, silences. */
#include "alert.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "event.h"
#include "text.h"

enum ll_alert_action ll_alert_step(ll_alert_state *st, const ll_alert_timing *tm, long long now_ms,
                                   int cond, const ll_dstat_result *res, int silenced) {
    if (cond) {
        if (!st->active) {
            memset(st, 0, sizeof(*st));
            st->active = 1;
            st->started_ms = now_ms;
        }
        st->last_true_ms = now_ms;
        if (res)
            st->peak = *res;
        if (silenced)
            return LL_ALERT_NONE;
        if (!st->sent || now_ms - st->last_sent_ms >= tm->repeat_ms) {
            st->sent = 1;
            st->last_sent_ms = now_ms;
            return LL_ALERT_FIRE;
        }
        return LL_ALERT_NONE;
    }
    if (!st->active)
        return LL_ALERT_NONE;
    if (now_ms - st->last_true_ms >= tm->quiet_ms) {
        int sent = st->sent;
        st->active = 0;
        return sent ? LL_ALERT_RESOLVE : LL_ALERT_NONE;
    }
    /* quiet so far: a firing held back by a silence that has ended goes
     * out now, and a long one is still repeated */
    if (!silenced && (!st->sent || now_ms - st->last_sent_ms >= tm->repeat_ms)) {
        st->sent = 1;
        st->last_sent_ms = now_ms;
        return LL_ALERT_FIRE;
    }
    return LL_ALERT_NONE;
}

static void hex8(const unsigned char *h, char out[LL_ALERT_ID_LEN + 1]) {
    static const char x[] = "0123456789abcdef";
    for (int i = 0; i < LL_ALERT_ID_LEN / 2; i++) {
        out[2 * i] = x[h[i] >> 4];
        out[2 * i + 1] = x[h[i] & 15];
    }
    out[LL_ALERT_ID_LEN] = '\0';
}

void ll_alert_id(const char *gemeente, const char *theme, const char *wijk,
                 char out[LL_ALERT_ID_LEN + 1]) {
    crypto_generichash_state s;
    unsigned char h[LL_ALERT_ID_LEN / 2];
    crypto_generichash_init(&s, NULL, 0, sizeof(h));
    crypto_generichash_update(&s, (const unsigned char *)gemeente, strlen(gemeente));
    crypto_generichash_update(&s, (const unsigned char *)"\x1f", 1);
    crypto_generichash_update(&s, (const unsigned char *)theme, strlen(theme));
    crypto_generichash_update(&s, (const unsigned char *)"\x1f", 1);
    if (wijk)
        crypto_generichash_update(&s, (const unsigned char *)wijk, strlen(wijk));
    crypto_generichash_final(&s, h, sizeof(h));
    hex8(h, out);
}

/* ---- silences ---- */

static const char *const label_names[] = {"theme", "wijk", "gemeente", NULL};

int ll_silence_matcher_parse(const char *s, ll_silence_matcher *m, char *errstr, size_t errlen) {
    memset(m, 0, sizeof(*m));
    const char *op = strstr(s, "!=");
    const char *eq = strchr(s, '=');
    if (!eq) {
        snprintf(errstr, errlen, "matcher '%s': expected LABEL=VALUE or LABEL!=VALUE", s);
        return -1;
    }
    m->negate = op != NULL && op < eq;
    size_t nlen = (size_t)((m->negate ? op : eq) - s);
    const char *val = eq + 1;
    int known = 0;
    for (int i = 0; label_names[i]; i++)
        if (strlen(label_names[i]) == nlen && !strncmp(s, label_names[i], nlen))
            known = 1;
    if (!known) {
        snprintf(errstr, errlen, "matcher '%s': label must be theme, wijk or gemeente", s);
        return -1;
    }
    if (!*val || strlen(val) >= sizeof(m->value) || ll_has_control(val)) {
        snprintf(errstr, errlen, "matcher '%s': value must be 1..%zu printable bytes", s,
                 sizeof(m->value) - 1);
        return -1;
    }
    memcpy(m->name, s, nlen);
    snprintf(m->value, sizeof(m->value), "%s", val);
    return 0;
}

int ll_silence_covers(const ll_silence *s, const char *gemeente, const char *theme,
                      const char *wijk, long long now_ms) {
    if (now_ms >= s->until_ms || s->nm == 0)
        return 0;
    for (int i = 0; i < s->nm; i++) {
        const ll_silence_matcher *m = &s->m[i];
        const char *v = !strcmp(m->name, "theme") ? theme
                        : !strcmp(m->name, "wijk") ? (wijk && *wijk ? wijk : NULL)
                                                   : gemeente;
        int eq = v ? !strcmp(v, m->value) : 0;
        if (eq == m->negate)
            return 0;
    }
    return 1;
}

char *ll_silence_to_json(const ll_silence *s) {
    cJSON *o = cJSON_CreateObject(), *ms;
    char t1[32], t2[32], buf[LL_DETECT_LABEL_BYTES + 24];
    char *out = NULL;
    if (!o)
        return NULL;
    ll_time_format_ms(s->created_ms, t1, sizeof(t1));
    ll_time_format_ms(s->until_ms, t2, sizeof(t2));
    if (!cJSON_AddStringToObject(o, "id", s->id) || !(ms = cJSON_AddArrayToObject(o, "matchers")))
        goto out;
    for (int i = 0; i < s->nm; i++) {
        snprintf(buf, sizeof(buf), "%s%s%s", s->m[i].name, s->m[i].negate ? "!=" : "=",
                 s->m[i].value);
        cJSON *v = cJSON_CreateString(buf);
        if (!v)
            goto out;
        cJSON_AddItemToArray(ms, v);
    }
    if (!cJSON_AddStringToObject(o, "created_at", t1) || !cJSON_AddStringToObject(o, "until", t2) ||
        !cJSON_AddStringToObject(o, "comment", s->comment) ||
        !cJSON_AddStringToObject(o, "created_by", s->created_by))
        goto out;
    out = cJSON_PrintUnformatted(o);
out:
    cJSON_Delete(o);
    return out;
}

static int time_ms(const cJSON *o, const char *name, long long *out) {
    const char *v = ll_json_str(o, name);
    time_t t;
    if (!v || ll_time_parse(v, &t) != 0)
        return -1;
    *out = (long long)t * 1000;
    return 0;
}

int ll_silence_from_json(const char *json, ll_silence *s, char *errstr, size_t errlen) {
    memset(s, 0, sizeof(*s));
    cJSON *o = cJSON_Parse(json);
    int rc = -1;
    const cJSON *ms = o ? cJSON_GetObjectItemCaseSensitive(o, "matchers") : NULL;
    const char *id = o ? ll_json_str(o, "id") : NULL;
    if (!o || !cJSON_IsArray(ms) || !id || strlen(id) != LL_ALERT_ID_LEN ||
        time_ms(o, "created_at", &s->created_ms) || time_ms(o, "until", &s->until_ms)) {
        snprintf(errstr, errlen, "silence: not a silence record");
        goto out;
    }
    memcpy(s->id, id, LL_ALERT_ID_LEN + 1);
    const cJSON *m;
    cJSON_ArrayForEach(m, ms) {
        if (!cJSON_IsString(m) || s->nm >= LL_MAX_SILENCE_MATCHERS ||
            ll_silence_matcher_parse(m->valuestring, &s->m[s->nm], errstr, errlen) != 0) {
            if (!errstr[0] || s->nm >= LL_MAX_SILENCE_MATCHERS)
                snprintf(errstr, errlen, "silence %s: bad matchers", s->id);
            goto out;
        }
        s->nm++;
    }
    const char *c = ll_json_str(o, "comment"), *by = ll_json_str(o, "created_by");
    snprintf(s->comment, sizeof(s->comment), "%s", c ? c : "");
    snprintf(s->created_by, sizeof(s->created_by), "%s", by ? by : "");
    rc = 0;
out:
    cJSON_Delete(o);
    return rc;
}

/* ---- the event ---- */

/* Numbers as JSON wants them: finite, and rounded so that the output of a
 * replay is the same on every machine. */
static double round3(double x) {
    if (!(x == x) || x > 1e15 || x < -1e15)
        return 0;
    return (double)(long long)(x * 1000 + (x >= 0 ? 0.5 : -0.5)) / 1000;
}

cJSON *ll_alert_event(const ll_alert_info *ai) {
    const ll_alert_state *st = ai->st;
    int resolved = ai->action == LL_ALERT_RESOLVE;
    char now[32], started[32], ended[32], idsrc[128], id[LL_ALERT_ID_LEN * 2 + 1];
    ll_time_format_ms(ai->now_ms, now, sizeof(now));
    ll_time_format_ms(st->started_ms, started, sizeof(started));
    /* ends_at: the end of the last minute in which the condition held */
    ll_time_format_ms(st->last_true_ms, ended, sizeof(ended));
    snprintf(idsrc, sizeof(idsrc), "%s|%s|%lld|%lld", ai->alert_id, resolved ? "r" : "f",
             st->started_ms, ai->now_ms);
    unsigned char h[LL_ALERT_ID_LEN];
    crypto_generichash(h, sizeof(h), (const unsigned char *)idsrc, strlen(idsrc), NULL, 0);
    hex8(h, id);
    hex8(h + LL_ALERT_ID_LEN / 2, id + LL_ALERT_ID_LEN);
    cJSON *ev = ll_event_new(id, ai->source, LL_TYPE_ALERT, now);
    cJSON *d = ev ? ll_event_data(ev) : NULL, *labels, *ids, *quotes;
    if (!d)
        goto fail;
    const ll_dstat_result *r = &st->peak;
    if (!cJSON_AddStringToObject(d, "alert_id", ai->alert_id) ||
        !cJSON_AddStringToObject(d, "status", resolved ? "resolved" : "firing") ||
        !(labels = cJSON_AddObjectToObject(d, "labels")) ||
        !cJSON_AddStringToObject(labels, "theme", ai->theme) ||
        (ai->wijk && !cJSON_AddStringToObject(labels, "wijk", ai->wijk)) ||
        !cJSON_AddStringToObject(labels, "gemeente", ai->gemeente) ||
        !cJSON_AddStringToObject(d, "started_at", started) ||
        (resolved && !cJSON_AddStringToObject(d, "ends_at", ended)) ||
        !cJSON_AddNumberToObject(d, "observed", r->observed) ||
        !cJSON_AddNumberToObject(d, "expected", round3(r->expected)) ||
        !cJSON_AddNumberToObject(d, "score", round3(r->score)) ||
        (r->p_value >= 0 && !cJSON_AddNumberToObject(d, "p_value", r->p_value)) ||
        !cJSON_AddNumberToObject(d, "window_min", r->window_min) ||
        !cJSON_AddStringToObject(d, "method", ai->method) ||
        !(ids = cJSON_AddArrayToObject(d, "sample_ids")) ||
        !(quotes = cJSON_AddArrayToObject(d, "quotes")))
        goto fail;
    for (int i = 0; i < ai->nsamples; i++) {
        cJSON *v = cJSON_CreateString(ai->sample_ids[i]);
        if (!v)
            goto fail;
        cJSON_AddItemToArray(ids, v);
        if (ai->quotes[i] && ai->quotes[i][0]) {
            cJSON *q = cJSON_CreateString(ai->quotes[i]);
            if (!q)
                goto fail;
            cJSON_AddItemToArray(quotes, q);
        }
    }
    return ev;
fail:
    cJSON_Delete(ev);
    return NULL;
}
