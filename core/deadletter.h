/* deadletter.h - the dead-letter event of the contract: input that could not be used, with why and the original.
 *
 * The one builder of nl.luisterloop.deadletter events for every role that
 * gives input up (the processor, the e-mail adapter, internetaken): what the original is
 * kept as (sealed to the operator's public key, or omitted when there is no
 * key or it is too large) is decided here only. */
#ifndef LL_DEADLETTER_H
#define LL_DEADLETTER_H

#include <cjson/cJSON.h>
#include <librdkafka/rdkafka.h>
#include <stddef.h>

#include "event.h"

typedef struct ll_deadletter {
    const char *source;   /* CloudEvents source, e.g. "BASE/process" */
    const char *id;       /* its id when the caller made one; else: */
    const char *id_key;   /* natural key of its id (the same input, the same id); NULL: random */
    const char *stage;    /* who gave it up: "process", "email" */
    const ll_err *why;    /* reason ("unusable" when empty) and field */
    const void *original; /* the input's bytes; NULL with len > 0: too large to be read */
    size_t len;           /* its length (also when not read); 0: there was nothing */
    size_t keep_max;      /* a larger original is omitted; 0: kept up to the event bound */
    long long now_ms;     /* the event's time */
    /* Where it was read, when from a topic (topic NULL: not from a topic). */
    const char *topic;
    int partition;
    long long offset;
    const char *source_ref;  /* the input's natural key; NULL: none */
    int with_original_bytes; /* add original_bytes (the size of what was given up) */
} ll_deadletter;

#define LL_DLQ_KEY_BYTES 32 /* crypto_box public and secret keys (X25519) */

/* Seals every original from now on to pk (libsodium's crypto_box_seal: anyone may seal,
 * only the secret key opens): data.original_sealed, base64. NULL: originals are not kept
 * (data.original_omitted). Call before any thread builds dead letters. */
void ll_deadletter_seal_to(const unsigned char pk[LL_DLQ_KEY_BYTES]);

/* Reads a key file of `luisterloop dlq keygen` (64 hex digits, a newline allowed) into
 * key; -1 with errstr ("FILE: ...") when it is not one. */
int ll_deadletter_key_read(const char *path, unsigned char key[LL_DLQ_KEY_BYTES], char *errstr,
                           size_t errlen);

/* The event, which the caller frees with cJSON_Delete; NULL out of memory. */
cJSON *ll_deadletter_new(const ll_deadletter *dl);

/* Serialises a dead letter into buf (LL_MAX_SERIALISED_EVENT_BYTES): one
 * whose original makes it too large keeps everything but the original, which
 * is flagged original_omitted, rather than being lost with the rest. Returns
 * its length, or 0 when even that does not fit. May change ev. */
size_t ll_deadletter_serialise(cJSON *ev, char *buf, size_t len);

/* The dead letter of a record consumed from a topic, serialised into buf
 * (LL_MAX_SERIALISED_EVENT_BYTES) as ll_deadletter_serialise does: source
 * "BASE/STAGE", the record's bytes as the original, and an id from where it
 * was read, so reading the record again gives the same id. The id's key is
 * "TOPIC/PARTITION/OFFSET", with "STAGE/" before it when id_with_stage (two
 * roles giving up the same record then make two dead letters). Returns its
 * length, or 0 (out of memory, or not even the event without its original
 * fits). */
size_t ll_deadletter_of_record(const rd_kafka_message_t *m, const char *source_base,
                               const char *stage, int id_with_stage, const ll_err *why, char *buf);

#endif
