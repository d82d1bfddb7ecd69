/* summary.c - running counts of enriched events per channel, kind and theme. */
#include "summary.h"

#include <stdio.h>
#include <string.h>

#include "event.h"
#include "text.h"

static void dim_add(ll_dim *d, const char *name) {
    if (!name)
        name = "unknown";
    for (int i = 0; i < d->n; i++)
        if (strcmp(d->v[i].name, name) == 0) {
            d->v[i].n++;
            return;
        }
    if (d->n >= LL_SUMMARY_MAX_VALUES || strlen(name) >= sizeof(d->v[0].name)) {
        d->other++;
        return;
    }
    snprintf(d->v[d->n].name, sizeof(d->v[0].name), "%s", name);
    d->v[d->n].n = 1;
    d->n++;
}

void ll_summary_add(ll_summary *s, const cJSON *ev) {
    const cJSON *d = ll_event_data(ev);
    s->total++;
    dim_add(&s->channel, ll_json_str(d, "channel"));
    dim_add(&s->kind, ll_json_str(d, "kind"));
    dim_add(&s->theme, ll_json_str(d, "theme"));
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(d, "urgency");
    dim_add(&s->urgency, u ? ll_json_str(u, "level") : NULL);
    s->updated_ms = ll_now_ms();
}

static int dim_json(cJSON *root, const char *name, const ll_dim *d) {
    cJSON *o = cJSON_AddObjectToObject(root, name);
    if (!o)
        return -1;
    for (int i = 0; i < d->n; i++)
        if (!cJSON_AddNumberToObject(o, d->v[i].name, (double)d->v[i].n))
            return -1;
    if (d->other && !cJSON_AddNumberToObject(o, "(other)", (double)d->other))
        return -1;
    return 0;
}

char *ll_summary_json(const ll_summary *s) {
    cJSON *j = cJSON_CreateObject();
    char *out = NULL;
    char ts[LL_MAX_TIME_BYTES] = "";
    if (s->updated_ms)
        ll_time_format_ms(s->updated_ms, ts, sizeof(ts));
    if (j && cJSON_AddNumberToObject(j, "total", (double)s->total) &&
        dim_json(j, "by_channel", &s->channel) == 0 && dim_json(j, "by_kind", &s->kind) == 0 &&
        dim_json(j, "by_theme", &s->theme) == 0 && dim_json(j, "by_urgency", &s->urgency) == 0 &&
        (s->updated_ms ? cJSON_AddStringToObject(j, "updated_at", ts) != NULL
                       : cJSON_AddNullToObject(j, "updated_at") != NULL))
        out = cJSON_PrintUnformatted(j);
    cJSON_Delete(j);
    return out;
}
