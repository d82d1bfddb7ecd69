/* escq.h - a team's escalation queue on its Redis Stream: list, claim, ack, release.
 *
 * One implementation for every front of the queue: the `escalations` tool
 * and the dashboard's queue screen make the same Redis calls, so a case
 * claimed in the browser is claimed for the tool and the other way round.
 * A team's queue is the stream ll:esc:{TEAM} with the consumer group
 * caseworkers. A case is
 *   new       added, not yet delivered to anyone in the group;
 *   claimed   delivered to a case worker (a consumer of the group), in the
 *             group's pending list until acked;
 *   released  given back: in the pending list of the pool consumer
 *             `released` with an idle time far beyond claim_idle, so the
 *             next claim takes it over at once;
 *   done      acked: out of the pending list (the entry stays on the stream
 *             until trimmed by stream_maxlen).
 * A claim is stale when its case worker held it longer than claim_idle
 * without acking: anyone may take it over.
 *
 * Synchronous hiredis: every call is a few round trips to a Redis on the
 * same network; the caller owns the context. A case comes back as one
 * cJSON object: team, stream_id, state, consumer, idle_ms, deliveries,
 * trimmed (the entry is gone from the stream), then the entry's fields
 * (lists and numbers as JSON). */
#ifndef LL_ESCQ_H
#define LL_ESCQ_H

#include <cjson/cJSON.h>
#include <hiredis/hiredis.h>
#include <stddef.h>

/* The pool consumer that holds released cases; no case worker may be named so. */
#define LL_ESCQ_POOL "released"
#define LL_ESCQ_MAX_WHO_BYTES 64
#define LL_ESCQ_MAX_ID_BYTES 41 /* two 20-digit numbers and a dash */
#define LL_ESCQ_LIST_MAX 10000

typedef enum ll_escq_rc {
    LL_ESCQ_OK = 0,
    LL_ESCQ_NONE,     /* claim: nothing open */
    LL_ESCQ_NOT_OPEN, /* ack/release/claim ID: no such open case (acked, never claimed, no id) */
    LL_ESCQ_HELD,     /* claim ID: another case worker holds it and it is not stale */
    LL_ESCQ_REDIS,    /* Redis unreachable or failing; errstr says what */
} ll_escq_rc;

/* "1764421200000-0": MILLISECONDS-SEQUENCE, each at most 20 digits. */
int ll_escq_id_valid(const char *s);
/* A case worker's name: 1..64 of [A-Za-z0-9._@-], not the pool's. */
int ll_escq_who_valid(const char *s);

/* Creates the group (from the first entry, as escalate makes it); there already is fine. */
ll_escq_rc ll_escq_group_ensure(redisContext *c, const char *team, char *errstr, size_t errlen);
/* Whether the stream exists (a team the rules no longer name may still have cases). */
ll_escq_rc ll_escq_exists(redisContext *c, const char *team, int *exists, char *errstr,
                          size_t errlen);
/* Claimed and released cases (the pending list) first, then new ones, at
 * most count. *out: a new array (caller cJSON_Delete's). */
ll_escq_rc ll_escq_list(redisContext *c, const char *team, long count, long long claim_idle_ms,
                        cJSON **out, char *errstr, size_t errlen);
/* A page of that list: the cases after the stream id `after` (NULL: from the first), at most
 * count; next (nextlen bytes) gets the last id shown when another page follows, else "". */
ll_escq_rc ll_escq_page(redisContext *c, const char *team, const char *after, long count,
                        long long claim_idle_ms, cJSON **out, char *next, size_t nextlen,
                        char *errstr, size_t errlen);

/* How many cases a queue holds, without listing them. */
typedef struct ll_escq_counts {
    long long fresh;    /* new: given to nobody yet */
    long long released; /* given back (the pool consumer) */
    long long claimed;  /* held by a case worker, stale ones included */
    long long stale;    /* held longer than claim_idle (counted up to LL_ESCQ_LIST_MAX) */
    long long oldest_unclaimed_ms; /* stream time of the oldest new or released case; 0: none */
} ll_escq_counts;
ll_escq_rc ll_escq_count(redisContext *c, const char *team, long long claim_idle_ms,
                         ll_escq_counts *n, char *errstr, size_t errlen);

/* The state of the case id: "new", "claimed" (who is set), "released" or "done" (acked, or
 * delivered and gone from the pending list). */
ll_escq_rc ll_escq_state(redisContext *c, const char *team, const char *id, char *state,
                         size_t statelen, char *who, size_t wholen, char *errstr, size_t errlen);

/* id NULL: the oldest stale or released case, else the next new one.
 * id given: that case, when it is new, released, stale or already who's.
 * *out (on OK): the case as now claimed by who. */
ll_escq_rc ll_escq_claim(redisContext *c, const char *team, const char *who, const char *id,
                         long long claim_idle_ms, cJSON **out, char *errstr, size_t errlen);
/* The case is done (XACK). */
ll_escq_rc ll_escq_ack(redisContext *c, const char *team, const char *id, char *errstr,
                       size_t errlen);
/* A claimed case back to the pool. */
ll_escq_rc ll_escq_release(redisContext *c, const char *team, const char *id, char *errstr,
                           size_t errlen);

#endif
