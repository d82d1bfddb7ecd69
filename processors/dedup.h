/* dedup.h - the processor's Redis pipeline: exact repeats of an event id and the citizen's thread,
 * one round trip per batch.
 *
 * Per event a mark of its id that names the input that made it
 * ("partition:offset"), so re-reading that input after a crash is not
 * mistaken for a duplicate: for a known citizen, the memo line of its thread
 * record (thread.h), which the script call of its key group and chunk
 * threads it by (dedup.c); for an anonymous event, a SET NX GET of its id
 * (LL_KEY_SEEN_FMT). So a citizen's repeat is recognised within the record
 * of that citizen and theme (the same id with another citizen or theme is
 * not: issue 16, README "Threads in Redis"). All sent while a batch is
 * gathered and answered when it closes: call ll_dedup_read once per event
 * appended, in the order appended.
 *
 * A mark also says what the input said (ll_event_content_digest), so an id
 * that comes again from another input is a repeat only with the same content.
 * With another content it is a new input whose natural key was reused (a
 * client's Idempotency-Key per session, a call_id typed twice): it is
 * enriched under an id of its own, ll_dedup_reused_id of its id and its
 * input, whose own repeats are dropped again (issue 12, user check of 12-01:
 * a knife threat posted under the key of a full container was dropped as
 * its retry). That costs nothing per event beyond the digest: the batch
 * script looks for the content's line in the record's memo, and an
 * anonymous event's SET NX GET already returns the contents its id had; a
 * new one is APPENDed to that mark after the batch is read (one more round
 * trip only for a batch that has one).
 *
 * The object owns one blocking Redis connection and knows whether it is in
 * step: a failed write or read, or an answer it did not expect, makes it
 * stale, and ll_dedup_connect replaces it. Not thread-safe: the main thread's. */
#ifndef LL_DEDUP_H
#define LL_DEDUP_H

#include <cjson/cJSON.h>
#include <librdkafka/rdkafka.h>
#include <stdint.h>

#include "thread.h"

typedef struct ll_dedup ll_dedup;

/* What Redis said about one event. */
enum ll_dedup_verdict {
    LL_DEDUP_FIRST,     /* its id is new, or marked by this very input (a replay) */
    LL_DEDUP_REPEAT,    /* another input carried the id and content first: drop it */
    LL_DEDUP_REUSED,    /* the id came before with another content: a new input, enriched
                           under th->reused_id (also when read again) */
    LL_DEDUP_BAD_REPLY, /* an answer it did not expect (e.g. NOSCRIPT): read on, then reconnect */
    LL_DEDUP_BROKEN,    /* the connection failed: stop reading, reconnect */
};

/* redis: the address (redis.h); marks live ttl_s; threads span window_s; ns:
 * the namespace of its keys (keys.h: "" for the live pipeline, at most
 * LL_MAX_KEY_NS_BYTES). Registers its metrics. Not connected yet. NULL when
 * out of memory. */
ll_dedup *ll_dedup_new(const char *redis, const char *ns, int ttl_s, int window_s);
void ll_dedup_free(ll_dedup *d); /* NULL-safe */

/* (Re)connects and loads the batch script, retrying with a back-off until
 * it works (0) or a stop is asked (-1). */
int ll_dedup_connect(ll_dedup *d);
/* Whether the connection must be replaced before the next batch. */
int ll_dedup_stale(const ll_dedup *d);
/* Whether it has a live connection (for /readyz; read from another thread). */
int ll_dedup_ready(const ll_dedup *d);

/* The fields of an event that its Redis work reads, as pointers into its
 * tree (valid while the tree is). The processor looks them up once, on the
 * worker that just built the tree: looked up here, on the main thread, they
 * walked a batch's cold trees, ~11% of the processor's CPU (perf, issue 16). */
typedef struct ll_dedup_event {
    const char *id;
    const char *pseudonym;                     /* NULL: an anonymous event (no thread) */
    const char *theme, *channel, *received_at; /* of its data */
    int has_ms;                                /* 1: received_ms is received_at's, parsed */
    long long received_ms;                     /* (ll_time_parse_ms; 0 when it did not parse) */
    uint32_t digest; /* ll_event_content_digest, taken before anything was masked */
} ll_dedup_event;
/* ev's fields, with pseudonym (inside ev or NULL) as given, and its digest. */
void ll_dedup_event_of(const cJSON *ev, const char *pseudonym, ll_dedup_event *out);

/* Adds one validated received event ev, read from m, to its key groups'
 * calls; pseudonym (inside ev) NULL for an anonymous one. A call that is
 * full is appended to the connection. Nothing is added once the connection
 * failed; at most LL_PROCESS_BATCH_MAX events per batch. */
void ll_dedup_append(ll_dedup *d, const rd_kafka_message_t *m, const cJSON *ev,
                     const char *pseudonym);
/* The same for an event's fields looked up before (ll_dedup_event_of). */
void ll_dedup_append_event(ll_dedup *d, const rd_kafka_message_t *m, const ll_dedup_event *e);
/* Writes the full calls to the socket; with all set, every open call too. */
void ll_dedup_flush(ll_dedup *d, int all);
/* Sends every open call and counts the round trip. -1 when the connection
 * failed (then read nothing). */
int ll_dedup_replies_begin(ll_dedup *d);
/* The answer for the next event appended (the same m, ev and pseudonym);
 * th gets its thread when it has a pseudonym. Reads the connection only as
 * far as that answer, so the caller can work on the events answered while
 * Redis still runs the calls sent after theirs. */
enum ll_dedup_verdict ll_dedup_read(ll_dedup *d, const rd_kafka_message_t *m, const cJSON *ev,
                                    const char *pseudonym, ll_thread_info *th);
/* Whether the answers for the next n events can be read without waiting
 * for Redis (or their read would fail at once): takes in what has come and
 * never blocks (one poll of 0 ms at most). After ll_dedup_replies_begin;
 * the processor helps finish the step before rather than sleep on a step
 * whose calls Redis still runs. */
int ll_dedup_answered(ll_dedup *d, int n);
/* The same for the fields given to ll_dedup_append_event. */
enum ll_dedup_verdict ll_dedup_read_event(ll_dedup *d, const rd_kafka_message_t *m,
                                          const ll_dedup_event *e, ll_thread_info *th);
/* ll_dedup_read_event with th's thread left unnamed (th->id empty): the caller names it
 * with ll_thread_info_id(e->pseudonym, e->theme, th), on any thread. */
enum ll_dedup_verdict ll_dedup_read_event_unnamed(ll_dedup *d, const rd_kafka_message_t *m,
                                                  const ll_dedup_event *e, ll_thread_info *th);
/* The id of an input read from mark ("partition:offset", a digest after '|' is
 * left out) that reused the natural key of id with another content: id, cut to
 * LL_THREAD_REUSED_KEEP bytes on a code point, '~', partition:offset. The same
 * input always gets the same one (a replay, a rebuild of the same topic), it
 * carries nothing of the content, and it shows whose key it reused. */
void ll_dedup_reused_id(const char *id, const char *mark, char out[LL_MAX_ID_BYTES + 1]);
/* The verdict on an anonymous event's mark ("partition:offset|digest") given what its
 * id's mark held (stored, len; NULL: nothing): the first content's mark, then each
 * later content's after ';'. *fresh is 1 when the content is new under the id (the
 * mark must be added). A mark without a digest (written before marks had one) is
 * compared as it was: this input's, or a repeat. */
enum ll_dedup_verdict ll_dedup_judge(const char *stored, size_t len, const char *mark, int *fresh);

/* With replicas > 0, each batch's round trip ends in WAIT replicas
 * timeout_ms ([process] redis_wait_replicas): a batch whose decisions fewer
 * replicas confirmed is read again rather than committed, unless fewer are
 * attached to the master at all (after a failover, before the old master
 * returns as a replica): then the attached ones must confirm it. */
void ll_dedup_set_wait(ll_dedup *d, int replicas, int timeout_ms);
/* After the batch's last ll_dedup_read: reads what is still owed; 0 when
 * its WAIT (if any) was met, -1 when the batch must be read again. */
int ll_dedup_replies_end(ll_dedup *d);
/* Reads and drops every answer still owed, so the next batch's stay in step
 * (or marks the connection stale when that cannot be). */
void ll_dedup_discard(ll_dedup *d);

#endif
