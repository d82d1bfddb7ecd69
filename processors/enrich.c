/* enrich.c - turns a validated received event into an enriched one, in place. */
#include "enrich.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "event.h"
#include "ll_limits.h"
#include "mask.h"
#include "text.h"

struct ll_enricher {
    const ll_config *cfg;
    char *maskbuf; /* ll_mask_bound(LL_MAX_TEXT_BYTES) */
    int awb_weeks;
};

ll_enricher *ll_enricher_new(const ll_config *cfg, char *errstr, size_t errlen) {
    ll_enricher *en = calloc(1, sizeof(*en));
    if (!en || !(en->maskbuf = malloc(ll_mask_bound(LL_MAX_TEXT_BYTES)))) {
        free(en);
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    en->cfg = cfg;
    en->awb_weeks = 6; /* Awb art. 9:11 */
    return en;
}

void ll_enricher_free(ll_enricher *en) {
    if (!en)
        return;
    free(en->maskbuf);
    free(en);
}

static int replace_str(cJSON *obj, const char *name, const char *value) {
    cJSON *v = cJSON_CreateString(value);
    if (!v)
        return -1;
    if (cJSON_GetObjectItemCaseSensitive(obj, name))
        return cJSON_ReplaceItemInObjectCaseSensitive(obj, name, v) ? 0 : -1;
    return cJSON_AddItemToObject(obj, name, v) ? 0 : -1;
}

static int mask_stage(ll_enricher *en, cJSON *d) {
    const char *text = ll_json_str(d, "text");
    ll_mask_counts c;
    ll_mask_text(text, strlen(text), en->maskbuf, &c);
    if (c.bsn + c.iban + c.phone + c.email == 0)
        return 0;
    if (replace_str(d, "text", en->maskbuf) != 0)
        return -1;
    cJSON *m = cJSON_AddObjectToObject(d, "masked");
    if (!m)
        return -1;
    if ((c.bsn && !cJSON_AddNumberToObject(m, "bsn", c.bsn)) ||
        (c.iban && !cJSON_AddNumberToObject(m, "iban", c.iban)) ||
        (c.phone && !cJSON_AddNumberToObject(m, "phone", c.phone)) ||
        (c.email && !cJSON_AddNumberToObject(m, "email", c.email)))
        return -1;
    return 0;
}

static int awb_stage(ll_enricher *en, cJSON *d) {
    if (!cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(d, "formal")))
        return 0;
    time_t received;
    if (ll_time_parse(ll_json_str(d, "received_at"), &received) != 0)
        return 0; /* validated before; unreachable */
    time_t deadline = received + (time_t)en->awb_weeks * 7 * 24 * 3600;
    char r[16], dl[16];
    struct tm tm;
    gmtime_r(&received, &tm);
    strftime(r, sizeof(r), "%Y-%m-%d", &tm);
    gmtime_r(&deadline, &tm);
    strftime(dl, sizeof(dl), "%Y-%m-%d", &tm);
    cJSON *a = cJSON_AddObjectToObject(d, "awb");
    if (!a || !cJSON_AddTrueToObject(a, "formal") || !cJSON_AddStringToObject(a, "received", r) ||
        !cJSON_AddStringToObject(a, "deadline", dl) ||
        !cJSON_AddStringToObject(a, "rule", "Awb art. 9:11: six weeks from receipt"))
        return -1;
    return 0;
}

/* Classification stages that later work replaces by the taxonomy, lexicon
 * and urgency rules; until then they say plainly that nothing matched. */
static int classify_stage(cJSON *d) {
    cJSON *u;
    cJSON *s;
    if (!cJSON_AddArrayToObject(d, "themes") || !cJSON_AddStringToObject(d, "theme", "overig") ||
        !(s = cJSON_AddObjectToObject(d, "sentiment")) || !cJSON_AddNumberToObject(s, "score", 0) ||
        !cJSON_AddStringToObject(s, "label", "neutral") || !cJSON_AddArrayToObject(d, "emotions") ||
        !(u = cJSON_AddObjectToObject(d, "urgency")) ||
        !cJSON_AddStringToObject(u, "level", "normal"))
        return -1;
    cJSON *reasons = cJSON_AddArrayToObject(u, "reasons");
    cJSON *r = cJSON_CreateString("no urgency rule matched");
    if (!reasons || !r || !cJSON_AddItemToArray(reasons, r))
        return -1;
    return 0;
}

int ll_enrich(ll_enricher *en, cJSON *ev) {
    cJSON *d = ll_event_data(ev);
    /* contact exists only to call back; it never reaches analytics. */
    cJSON_DeleteItemFromObjectCaseSensitive(d, "contact");
    if (replace_str(ev, "type", LL_TYPE_ENRICHED) != 0)
        return -1;
    if (mask_stage(en, d) != 0 || awb_stage(en, d) != 0 || classify_stage(d) != 0)
        return -1;
    return 0;
}
