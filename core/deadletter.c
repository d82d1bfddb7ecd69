/* deadletter.c - the dead-letter event of the contract: input that could not be used, with why and the original. */
#include "deadletter.h"

#include <errno.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event.h"
#include "ll_limits.h"
#include "text.h"

/* The operator's public key: originals are sealed to it (crypto_box_seal), so feedback.dlq
 * keeps whole mails and raw events with contact data only in a form that the holder of the
 * secret key (`luisterloop dlq show|replay`) can open. No key: no original is kept. Set once
 * at start-up, before any thread builds dead letters. */
static unsigned char seal_pk[crypto_box_PUBLICKEYBYTES];
static int seal_on;

void ll_deadletter_seal_to(const unsigned char pk[crypto_box_PUBLICKEYBYTES]) {
    if (pk) {
        memcpy(seal_pk, pk, sizeof(seal_pk));
        seal_on = 1;
    } else {
        seal_on = 0;
    }
}

int ll_deadletter_key_read(const char *path, unsigned char key[LL_DLQ_KEY_BYTES], char *errstr,
                           size_t errlen) {
    char buf[2 * LL_DLQ_KEY_BYTES + 4];
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(errstr, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    size_t n = fread(buf, 1, sizeof(buf) - 1, f);
    fclose(f);
    buf[n] = '\0';
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
        buf[--n] = '\0';
    size_t got = 0;
    const char *end;
    if (n != 2 * LL_DLQ_KEY_BYTES ||
        sodium_hex2bin(key, LL_DLQ_KEY_BYTES, buf, n, NULL, &got, &end) != 0 ||
        got != LL_DLQ_KEY_BYTES || *end != '\0') {
        sodium_memzero(buf, sizeof(buf));
        snprintf(errstr, errlen, "%s: want %d hex digits (a key of `luisterloop dlq keygen`)", path,
                 2 * LL_DLQ_KEY_BYTES);
        return -1;
    }
    sodium_memzero(buf, sizeof(buf));
    return 0;
}

/* The original, sealed, as original_sealed (base64); original_omitted without a key. */
static int add_original(cJSON *d, const void *buf, size_t len) {
    if (len == 0)
        return 0;
    if (!seal_on)
        return cJSON_AddTrueToObject(d, "original_omitted") ? 0 : -1;
    size_t sl = len + crypto_box_SEALBYTES;
    unsigned char *sealed = malloc(sl);
    size_t blen = sodium_base64_encoded_len(sl, sodium_base64_VARIANT_ORIGINAL);
    char *b64 = malloc(blen);
    int rc = -1;
    if (sealed && b64 && crypto_box_seal(sealed, buf, len, seal_pk) == 0) {
        sodium_bin2base64(b64, blen, sealed, sl, sodium_base64_VARIANT_ORIGINAL);
        rc = cJSON_AddStringToObject(d, "original_sealed", b64) ? 0 : -1;
    }
    free(sealed);
    free(b64);
    return rc;
}

cJSON *ll_deadletter_new(const ll_deadletter *dl) {
    char id[LL_EVENT_ID_LEN + 1], now[LL_MAX_TIME_BYTES];
    if (dl->id)
        snprintf(id, sizeof(id), "%s", dl->id);
    else if (dl->id_key)
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
        cJSON_DeleteItemFromObjectCaseSensitive(d, "original_sealed");
        cJSON_AddTrueToObject(d, "original_omitted");
        n = ll_event_serialise(ev, buf, len);
    }
    return n;
}

size_t ll_deadletter_of_record(const rd_kafka_message_t *m, const char *source_base,
                               const char *stage, int id_with_stage, const ll_err *why, char *buf) {
    char natural[256], source[LL_MAX_SOURCE_BYTES + 1];
    const char *topic = rd_kafka_topic_name(m->rkt);
    snprintf(natural, sizeof(natural), "%s%s%s/%d/%lld", id_with_stage ? stage : "",
             id_with_stage ? "/" : "", topic, m->partition, (long long)m->offset);
    snprintf(source, sizeof(source), "%s/%s", source_base, stage);
    const ll_deadletter dl = {
        .source = source,
        .id_key = natural,
        .stage = stage,
        .why = why,
        .original = m->payload,
        .len = m->payload ? m->len : 0,
        .now_ms = ll_now_ms(),
        .topic = topic,
        .partition = m->partition,
        .offset = (long long)m->offset,
    };
    cJSON *ev = ll_deadletter_new(&dl);
    size_t n = ev ? ll_deadletter_serialise(ev, buf, LL_MAX_SERIALISED_EVENT_BYTES) : 0;
    cJSON_Delete(ev);
    return n;
}
