/* deadletter.c - the dead-letter event of the contract: input that could not be used, with why and the original. */
#include "deadletter.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "ident.h"
#include "ll_limits.h"
#include "text.h"

/* The original as text when it is UTF-8 without NULs, else as base64. */
static int add_original(cJSON *d, const void *buf, size_t len) {
    if (len == 0)
        return 0;
    if (ll_utf8_valid(buf, len, NULL) && !memchr(buf, 0, len)) {
        char *s = malloc(len + 1);
        if (!s)
            return -1;
        memcpy(s, buf, len);
        s[len] = '\0';
        cJSON *o = cJSON_CreateString(s);
        free(s);
        return o && cJSON_AddItemToObject(d, "original", o) ? 0 : -1;
    }
    size_t blen = sodium_base64_encoded_len(len, sodium_base64_VARIANT_ORIGINAL);
    char *b64 = malloc(blen);
    if (!b64)
        return -1;
    sodium_bin2base64(b64, blen, buf, len, sodium_base64_VARIANT_ORIGINAL);
    int rc = cJSON_AddStringToObject(d, "original_base64", b64) ? 0 : -1;
    free(b64);
    return rc;
}

cJSON *ll_deadletter_new(const ll_deadletter *dl) {
    char id[LL_EVENT_ID_LEN + 1], now[LL_MAX_TIME_BYTES];
    if (dl->id_key)
        ll_event_id_from_key(dl->source, dl->id_key, id);
    else
        ll_event_id_random(id);
    ll_time_format_ms(dl->now_ms, now, sizeof(now));
    cJSON *ev = ll_event_new(id, dl->source, LL_TYPE_DEADLETTER, now);
    cJSON *d = ev ? ll_event_data(ev) : NULL;
    const ll_err *why = dl->why;
    if (!d || !cJSON_AddStringToObject(d, "reason", why->msg[0] ? why->msg : "unusable") ||
        (why->field[0] && !cJSON_AddStringToObject(d, "field", why->field)))
        goto fail;
    if (dl->topic && (!cJSON_AddStringToObject(d, "topic", dl->topic) ||
                      !cJSON_AddNumberToObject(d, "partition", dl->partition) ||
                      !cJSON_AddNumberToObject(d, "offset", (double)dl->offset)))
        goto fail;
    if (!cJSON_AddStringToObject(d, "stage", dl->stage) ||
        (dl->source_ref && !cJSON_AddStringToObject(d, "source_ref", dl->source_ref)) ||
        (dl->with_original_bytes && !cJSON_AddNumberToObject(d, "original_bytes", (double)dl->len)))
        goto fail;
    if (dl->len > 0 && (!dl->original || (dl->keep_max && dl->len > dl->keep_max))) {
        /* Keeping 30 MiB of mail in one Kafka record is not an option; the
         * reason and the size say what happened. */
        if (!cJSON_AddTrueToObject(d, "original_omitted"))
            goto fail;
    } else if (dl->original && add_original(d, dl->original, dl->len) != 0) {
        goto fail;
    }
    return ev;
fail:
    cJSON_Delete(ev);
    return NULL;
}

size_t ll_deadletter_serialise(cJSON *ev, char *buf, size_t len) {
    size_t n = ll_event_serialise(ev, buf, len);
    if (n == 0) {
        cJSON *d = ll_event_data(ev);
        cJSON_DeleteItemFromObjectCaseSensitive(d, "original");
        cJSON_DeleteItemFromObjectCaseSensitive(d, "original_base64");
        cJSON_AddTrueToObject(d, "original_omitted");
        n = ll_event_serialise(ev, buf, len);
    }
    return n;
}
