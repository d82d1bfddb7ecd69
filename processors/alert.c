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
        (r->span_min > 0 && !cJSON_AddNumberToObject(d, "span_min", r->span_min)) ||
        (r->span_min > 0 && !cJSON_AddNumberToObject(d, "prior_share", round3(r->prior_share))) ||
        !cJSON_AddStringToObject(d, "method", ai->method) ||
        !(ids = cJSON_AddArrayToObject(d, "sample_ids")) ||
        !(quotes = cJSON_AddArrayToObject(d, "quotes")) ||
        (ai->quotes_withheld > 0 &&
         !cJSON_AddNumberToObject(d, "quotes_withheld", ai->quotes_withheld)))
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
