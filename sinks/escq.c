/* escq.c - a team's escalation queue on its Redis Stream: list, claim, ack, release (see escq.h). */
#include "escq.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escalation.h"
#include "event.h"
#include "keys.h"

/* A released case looks idle this long (ms), so any claim takes it first.
 * Ten years: Redis takes an idle time beyond the epoch as none at all. */
#define RELEASED_IDLE_MS 315360000000LL
/* XAUTOCLAIM scans the pending list in steps; this bounds one claim's steps. */
#define AUTOCLAIM_MAX_STEPS 1000
/* Claiming a new case by id delivers the new cases before it to the pool
 * (as released ones): at most this many, so one click stays a few round trips. */
#define CLAIM_AHEAD_MAX 1000

int ll_escq_id_valid(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > LL_ESCQ_MAX_ID_BYTES)
        return 0;
    int dash = 0, digits = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '-' && !dash && digits > 0) {
            dash = 1;
            digits = 0;
        } else if (isdigit((unsigned char)s[i]) && digits < 20) {
            digits++;
        } else {
            return 0;
        }
    }
    return dash && digits > 0;
}

int ll_escq_who_valid(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > LL_ESCQ_MAX_WHO_BYTES || !strcmp(s, LL_ESCQ_POOL))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && !strchr("._@-", s[i]))
            return 0;
    return 1;
}

/* Stream ids in order: -1, 0, 1 (both valid). */
static int id_cmp(const char *a, const char *b) {
    unsigned long long a1 = strtoull(a, NULL, 10), b1 = strtoull(b, NULL, 10);
    if (a1 != b1)
        return a1 < b1 ? -1 : 1;
    const char *ad = strchr(a, '-'), *bd = strchr(b, '-');
    unsigned long long a2 = ad ? strtoull(ad + 1, NULL, 10) : 0;
    unsigned long long b2 = bd ? strtoull(bd + 1, NULL, 10) : 0;
    return a2 == b2 ? 0 : a2 < b2 ? -1 : 1;
}

static ll_escq_rc redis_fail(redisContext *c, redisReply *r, const char *what, char *errstr,
                             size_t errlen) {
    snprintf(errstr, errlen, "redis %s: %s", what,
             !r                             ? (c->errstr[0] ? c->errstr : "no reply")
             : r->type == REDIS_REPLY_ERROR ? r->str
                                            : "unexpected reply");
    freeReplyObject(r);
    return LL_ESCQ_REDIS;
}

static void stream_key(const char *team, char *key, size_t len) {
    snprintf(key, len, LL_KEY_ESC_FMT, team);
}

ll_escq_rc ll_escq_group_ensure(redisContext *c, const char *team, char *errstr, size_t errlen) {
    char key[LL_MAX_TEAM_BYTES + 16];
    stream_key(team, key, sizeof(key));
    redisReply *r = redisCommand(c, "XGROUP CREATE %s %s 0 MKSTREAM", key, LL_ESC_GROUP);
    int ok = r && (r->type == REDIS_REPLY_STATUS ||
                   (r->type == REDIS_REPLY_ERROR && !strncmp(r->str, "BUSYGROUP", 9)));
    if (!ok)
        return redis_fail(c, r, "XGROUP CREATE", errstr, errlen);
    freeReplyObject(r);
    return LL_ESCQ_OK;
}

ll_escq_rc ll_escq_exists(redisContext *c, const char *team, int *exists, char *errstr,
                          size_t errlen) {
    char key[LL_MAX_TEAM_BYTES + 16];
    stream_key(team, key, sizeof(key));
    redisReply *r = redisCommand(c, "EXISTS %s", key);
    if (!r || r->type != REDIS_REPLY_INTEGER)
        return redis_fail(c, r, "EXISTS", errstr, errlen);
    *exists = r->integer == 1;
    freeReplyObject(r);
    return LL_ESCQ_OK;
}

/* One case: the queue's view, then the entry's fields (fv NULL: trimmed). */
static cJSON *case_new(const char *team, const char *id, const char *state, const char *consumer,
                       long long idle_ms, long long deliveries, int stale, const redisReply *fv) {
    cJSON *o = cJSON_CreateObject();
    int ok = o && cJSON_AddStringToObject(o, "team", team) &&
             cJSON_AddStringToObject(o, "stream_id", id) &&
             cJSON_AddStringToObject(o, "state", state) &&
             (!consumer || cJSON_AddStringToObject(o, "consumer", consumer)) &&
             (idle_ms < 0 || cJSON_AddNumberToObject(o, "idle_ms", (double)idle_ms)) &&
             (deliveries < 0 || cJSON_AddNumberToObject(o, "deliveries", (double)deliveries)) &&
             (!stale || cJSON_AddTrueToObject(o, "stale")) &&
             (fv || cJSON_AddTrueToObject(o, "trimmed"));
    for (size_t i = 0; ok && fv && fv->type == REDIS_REPLY_ARRAY && i + 1 < fv->elements; i += 2) {
        const redisReply *k = fv->element[i], *v = fv->element[i + 1];
        if (k->type != REDIS_REPLY_STRING || v->type != REDIS_REPLY_STRING ||
            cJSON_GetObjectItemCaseSensitive(o, k->str))
            continue;
        cJSON *val = ll_escalation_field_is_json(k->str) ? cJSON_Parse(v->str) : NULL;
        if (!val)
            val = cJSON_CreateString(v->str);
        if (!val || !cJSON_AddItemToObject(o, k->str, val)) {
            cJSON_Delete(val);
            ok = 0;
        }
    }
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* The entry with this id: *fv NULL when trimmed; the caller frees *hold. */
static ll_escq_rc entry_get(redisContext *c, const char *key, const char *id, redisReply **hold,
                            const redisReply **fv, char *errstr, size_t errlen) {
    *fv = NULL;
    *hold = redisCommand(c, "XRANGE %s %s %s", key, id, id);
    if (!*hold || (*hold)->type != REDIS_REPLY_ARRAY) {
        ll_escq_rc rc = redis_fail(c, *hold, "XRANGE", errstr, errlen);
        *hold = NULL;
        return rc;
    }
    if ((*hold)->elements == 1 && (*hold)->element[0]->type == REDIS_REPLY_ARRAY &&
        (*hold)->element[0]->elements == 2)
        *fv = (*hold)->element[0]->element[1];
    return LL_ESCQ_OK;
}

/* XINFO GROUPS of key, for the case workers' group: its last delivered id into
 * last ("0-0" before any) and, when lag is not NULL, its lag (new entries; *known
 * 0 when Redis cannot say, after a trim or XDEL). */
static ll_escq_rc group_info(redisContext *c, const char *key, char *last, size_t len,
                             long long *lag, int *known, char *errstr, size_t errlen) {
    redisReply *g = redisCommand(c, "XINFO GROUPS %s", key);
    if (!g || g->type != REDIS_REPLY_ARRAY)
        return redis_fail(c, g, "XINFO GROUPS", errstr, errlen);
    snprintf(last, len, "0-0");
    if (lag) {
        *known = 0;
        *lag = 0;
    }
    for (size_t i = 0; i < g->elements; i++) {
        const redisReply *grp = g->element[i];
        const char *name = NULL, *ld = NULL;
        const redisReply *lv = NULL;
        for (size_t k = 0; grp->type == REDIS_REPLY_ARRAY && k + 1 < grp->elements; k += 2) {
            const redisReply *fk = grp->element[k], *fvv = grp->element[k + 1];
            if (fk->type != REDIS_REPLY_STRING && fk->type != REDIS_REPLY_STATUS)
                continue;
            if (!strcmp(fk->str, "name") && fvv->type == REDIS_REPLY_STRING)
                name = fvv->str;
            if (!strcmp(fk->str, "last-delivered-id") && fvv->type == REDIS_REPLY_STRING)
                ld = fvv->str;
            if (!strcmp(fk->str, "lag"))
                lv = fvv;
        }
        if (!name || strcmp(name, LL_ESC_GROUP))
            continue;
        if (ld)
            snprintf(last, len, "%s", ld);
        if (lag && lv && lv->type == REDIS_REPLY_INTEGER) {
            *lag = lv->integer;
            *known = 1;
        }
    }
    freeReplyObject(g);
    return LL_ESCQ_OK;
}

ll_escq_rc ll_escq_list(redisContext *c, const char *team, long count, long long claim_idle_ms,
                        cJSON **out, char *errstr, size_t errlen) {
    return ll_escq_page(c, team, NULL, count, claim_idle_ms, out, NULL, 0, errstr, errlen);
}

/* Pending entries are delivered ones, so their ids are at most the group's last delivered
 * id and every new entry's id is above it: the list in stream-id order is the pending list,
 * then the new ones, and a page is "the next count after this id" in both parts. One more
 * than asked is read to know whether a next page exists. */
ll_escq_rc ll_escq_page(redisContext *c, const char *team, const char *after, long count,
                        long long claim_idle_ms, cJSON **out, char *next, size_t nextlen,
                        char *errstr, size_t errlen) {
    char key[LL_MAX_TEAM_BYTES + 16];
    stream_key(team, key, sizeof(key));
    ll_escq_rc rc = LL_ESCQ_OK;
    redisReply *p = NULL, *r = NULL, *hold = NULL;
    cJSON *arr = cJSON_CreateArray();
    *out = NULL;
    if (next && nextlen)
        next[0] = '\0';
    if (!arr)
        goto oom;
    long want = next ? count + 1 : count;
    char from[LL_ESCQ_MAX_ID_BYTES + 3];
    snprintf(from, sizeof(from), "%s%s", after ? "(" : "-", after ? after : "");
    /* Claimed and released cases first: the group's pending list. */
    p = redisCommand(c, "XPENDING %s %s %s + %ld", key, LL_ESC_GROUP, from, want);
    if (!p || p->type != REDIS_REPLY_ARRAY) {
        rc = redis_fail(c, p, "XPENDING", errstr, errlen);
        p = NULL;
        goto fail;
    }
    long shown = 0;
    for (size_t i = 0; i < p->elements; i++) {
        const redisReply *e = p->element[i];
        if (e->type != REDIS_REPLY_ARRAY || e->elements != 4)
            continue;
        const char *consumer = e->element[1]->str;
        const redisReply *fv;
        if ((rc = entry_get(c, key, e->element[0]->str, &hold, &fv, errstr, errlen)) != LL_ESCQ_OK)
            goto fail;
        int released = !strcmp(consumer, LL_ESCQ_POOL);
        long long idle = e->element[2]->integer;
        cJSON *k = case_new(team, e->element[0]->str, released ? "released" : "claimed",
                            released ? NULL : consumer, released ? -1 : idle,
                            e->element[3]->integer, !released && idle >= claim_idle_ms, fv);
        freeReplyObject(hold);
        hold = NULL;
        if (!k)
            goto oom;
        cJSON_AddItemToArray(arr, k);
        shown++;
    }
    if (shown < want) {
        /* Then the new ones: after the group's last delivered id (and after the page's start). */
        char last[LL_ESCQ_MAX_ID_BYTES + 2], start[LL_ESCQ_MAX_ID_BYTES + 3];
        if ((rc = group_info(c, key, last, sizeof(last), NULL, NULL, errstr, errlen)) != LL_ESCQ_OK)
            goto fail;
        snprintf(start, sizeof(start), "(%s", after && id_cmp(after, last) > 0 ? after : last);
        r = redisCommand(c, "XRANGE %s %s + COUNT %ld", key, start, want - shown);
        if (!r || r->type != REDIS_REPLY_ARRAY) {
            rc = redis_fail(c, r, "XRANGE", errstr, errlen);
            r = NULL;
            goto fail;
        }
        for (size_t i = 0; i < r->elements; i++) {
            const redisReply *e = r->element[i];
            if (e->type != REDIS_REPLY_ARRAY || e->elements != 2)
                continue;
            cJSON *k = case_new(team, e->element[0]->str, "new", NULL, -1, 0, 0, e->element[1]);
            if (!k)
                goto oom;
            cJSON_AddItemToArray(arr, k);
        }
    }
    if (next && cJSON_GetArraySize(arr) > count) {
        /* the extra one: there is a next page, starting after the last one shown */
        cJSON_DeleteItemFromArray(arr, (int)count);
        const char *lid = ll_json_str(cJSON_GetArrayItem(arr, (int)count - 1), "stream_id");
        snprintf(next, nextlen, "%s", lid ? lid : "");
    }
    freeReplyObject(p);
    freeReplyObject(r);
    *out = arr;
    return LL_ESCQ_OK;
oom:
    snprintf(errstr, errlen, "out of memory");
    rc = LL_ESCQ_REDIS;
fail:
    freeReplyObject(p);
    freeReplyObject(r);
    freeReplyObject(hold);
    cJSON_Delete(arr);
    return rc;
}

ll_escq_rc ll_escq_count(redisContext *c, const char *team, long long claim_idle_ms,
                         ll_escq_counts *n, char *errstr, size_t errlen) {
    char key[LL_MAX_TEAM_BYTES + 16], last[LL_ESCQ_MAX_ID_BYTES + 2],
        start[LL_ESCQ_MAX_ID_BYTES + 3];
    stream_key(team, key, sizeof(key));
    memset(n, 0, sizeof(*n));
    int known;
    ll_escq_rc rc = group_info(c, key, last, sizeof(last), &n->fresh, &known, errstr, errlen);
    if (rc != LL_ESCQ_OK)
        return rc;
    snprintf(start, sizeof(start), "(%s", last);
    /* The first new case: the oldest nobody was given; and the count when the lag is unknown. */
    redisReply *r =
        redisCommand(c, "XRANGE %s %s + COUNT %d", key, start, known ? 1 : LL_ESCQ_LIST_MAX);
    if (!r || r->type != REDIS_REPLY_ARRAY)
        return redis_fail(c, r, "XRANGE", errstr, errlen);
    if (!known)
        n->fresh = (long long)r->elements;
    if (r->elements > 0 && r->element[0]->type == REDIS_REPLY_ARRAY && r->element[0]->elements == 2)
        n->oldest_unclaimed_ms = strtoll(r->element[0]->element[0]->str, NULL, 10);
    freeReplyObject(r);
    /* The pending list per consumer: the pool's are released, the rest claimed. */
    r = redisCommand(c, "XPENDING %s %s", key, LL_ESC_GROUP);
    if (!r || r->type != REDIS_REPLY_ARRAY || r->elements != 4)
        return redis_fail(c, r, "XPENDING", errstr, errlen);
    long long pending = r->element[0]->type == REDIS_REPLY_INTEGER ? r->element[0]->integer : 0;
    const redisReply *per = r->element[3];
    for (size_t i = 0; per->type == REDIS_REPLY_ARRAY && i < per->elements; i++) {
        const redisReply *e = per->element[i];
        if (e->type == REDIS_REPLY_ARRAY && e->elements == 2 &&
            e->element[0]->type == REDIS_REPLY_STRING &&
            e->element[1]->type == REDIS_REPLY_STRING && !strcmp(e->element[0]->str, LL_ESCQ_POOL))
            n->released = strtoll(e->element[1]->str, NULL, 10);
    }
    n->claimed = pending - n->released;
    freeReplyObject(r);
    if (n->released > 0) {
        r = redisCommand(c, "XPENDING %s %s - + 1 %s", key, LL_ESC_GROUP, LL_ESCQ_POOL);
        if (!r || r->type != REDIS_REPLY_ARRAY)
            return redis_fail(c, r, "XPENDING", errstr, errlen);
        if (r->elements == 1 && r->element[0]->type == REDIS_REPLY_ARRAY &&
            r->element[0]->elements == 4) {
            long long ms = strtoll(r->element[0]->element[0]->str, NULL, 10);
            if (!n->oldest_unclaimed_ms || ms < n->oldest_unclaimed_ms)
                n->oldest_unclaimed_ms = ms;
        }
        freeReplyObject(r);
    }
    /* Stale claims: held longer than claim_idle (the pool's never are); at most LIST_MAX. */
    if (n->claimed > 0) {
        r = redisCommand(c, "XPENDING %s %s IDLE %lld - + %d", key, LL_ESC_GROUP, claim_idle_ms,
                         LL_ESCQ_LIST_MAX);
        if (!r || r->type != REDIS_REPLY_ARRAY)
            return redis_fail(c, r, "XPENDING IDLE", errstr, errlen);
        for (size_t i = 0; i < r->elements; i++) {
            const redisReply *e = r->element[i];
            n->stale += e->type == REDIS_REPLY_ARRAY && e->elements == 4 &&
                        e->element[1]->type == REDIS_REPLY_STRING &&
                        strcmp(e->element[1]->str, LL_ESCQ_POOL) != 0;
        }
        freeReplyObject(r);
    }
    return LL_ESCQ_OK;
}

ll_escq_rc ll_escq_state(redisContext *c, const char *team, const char *id, char *state,
                         size_t statelen, char *who, size_t wholen, char *errstr, size_t errlen) {
    char key[LL_MAX_TEAM_BYTES + 16], last[LL_ESCQ_MAX_ID_BYTES + 2];
    stream_key(team, key, sizeof(key));
    redisReply *r = redisCommand(c, "XPENDING %s %s %s %s 1", key, LL_ESC_GROUP, id, id);
    if (!r || r->type != REDIS_REPLY_ARRAY)
        return redis_fail(c, r, "XPENDING", errstr, errlen);
    who[0] = '\0';
    if (r->elements == 1 && r->element[0]->type == REDIS_REPLY_ARRAY &&
        r->element[0]->elements == 4 && r->element[0]->element[1]->type == REDIS_REPLY_STRING) {
        int pool = !strcmp(r->element[0]->element[1]->str, LL_ESCQ_POOL);
        snprintf(state, statelen, "%s", pool ? "released" : "claimed");
        if (!pool)
            snprintf(who, wholen, "%s", r->element[0]->element[1]->str);
        freeReplyObject(r);
        return LL_ESCQ_OK;
    }
    freeReplyObject(r);
    ll_escq_rc rc = group_info(c, key, last, sizeof(last), NULL, NULL, errstr, errlen);
    if (rc == LL_ESCQ_OK)
        snprintf(state, statelen, "%s", id_cmp(id, last) > 0 ? "new" : "done");
    return rc;
}

/* XCLAIM id to who (min idle min_idle): *out the case, or NONE when it was not there. */
static ll_escq_rc xclaim(redisContext *c, const char *team, const char *key, const char *who,
                         const char *id, long long min_idle, cJSON **out, char *errstr,
                         size_t errlen) {
    char idle[24];
    snprintf(idle, sizeof(idle), "%lld", min_idle);
    redisReply *r = redisCommand(c, "XCLAIM %s %s %s %s %s", key, LL_ESC_GROUP, who, idle, id);
    if (!r || r->type != REDIS_REPLY_ARRAY)
        return redis_fail(c, r, "XCLAIM", errstr, errlen);
    ll_escq_rc rc = LL_ESCQ_NONE;
    if (r->elements == 1 && r->element[0]->type == REDIS_REPLY_ARRAY &&
        r->element[0]->elements == 2) {
        *out = case_new(team, r->element[0]->element[0]->str, "claimed", who, 0, -1, 0,
                        r->element[0]->element[1]);
        rc = *out ? LL_ESCQ_OK : LL_ESCQ_REDIS;
        if (!*out)
            snprintf(errstr, errlen, "out of memory");
    }
    freeReplyObject(r);
    return rc;
}

/* Claim one named case (see escq.h). */
static ll_escq_rc claim_id(redisContext *c, const char *team, const char *key, const char *who,
                           const char *id, long long claim_idle_ms, cJSON **out, char *errstr,
                           size_t errlen) {
    redisReply *r = redisCommand(c, "XPENDING %s %s %s %s 1", key, LL_ESC_GROUP, id, id);
    if (!r || r->type != REDIS_REPLY_ARRAY)
        return redis_fail(c, r, "XPENDING", errstr, errlen);
    if (r->elements == 1 && r->element[0]->type == REDIS_REPLY_ARRAY &&
        r->element[0]->elements == 4) {
        const redisReply *e = r->element[0];
        int mine = !strcmp(e->element[1]->str, who);
        int pool = !strcmp(e->element[1]->str, LL_ESCQ_POOL);
        long long idle = e->element[2]->integer;
        freeReplyObject(r);
        if (!mine && !pool && idle < claim_idle_ms) {
            snprintf(errstr, errlen, "%s is claimed by someone else", id);
            return LL_ESCQ_HELD;
        }
        /* Taken over only while it is still what we saw (min idle): a claim
         * renewed meanwhile by its holder stays theirs. */
        ll_escq_rc rc = xclaim(c, team, key, who, id,
                               mine   ? 0
                               : pool ? claim_idle_ms
                                      : idle,
                               out, errstr, errlen);
        if (rc == LL_ESCQ_NONE) {
            snprintf(errstr, errlen, "%s was acked or claimed meanwhile", id);
            rc = LL_ESCQ_NOT_OPEN;
        }
        return rc;
    }
    freeReplyObject(r);
    /* Not pending: new (after the last delivered id), or done, or no such case. */
    char last[LL_ESCQ_MAX_ID_BYTES + 2], start[LL_ESCQ_MAX_ID_BYTES + 3];
    ll_escq_rc rc = group_info(c, key, last, sizeof(last), NULL, NULL, errstr, errlen);
    if (rc != LL_ESCQ_OK)
        return rc;
    if (id_cmp(id, last) <= 0) {
        snprintf(errstr, errlen, "%s is not an open case of %s (done, or no such id)", id, team);
        return LL_ESCQ_NOT_OPEN;
    }
    snprintf(start, sizeof(start), "(%s", last);
    r = redisCommand(c, "XRANGE %s %s %s COUNT %d", key, start, id, CLAIM_AHEAD_MAX + 1);
    if (!r || r->type != REDIS_REPLY_ARRAY)
        return redis_fail(c, r, "XRANGE", errstr, errlen);
    size_t n = r->elements;
    int found = n > 0 && r->element[n - 1]->type == REDIS_REPLY_ARRAY &&
                r->element[n - 1]->elements == 2 && !strcmp(r->element[n - 1]->element[0]->str, id);
    freeReplyObject(r);
    if (!found) {
        snprintf(errstr, errlen, "%s is not a case of %s (or more than %d new cases before it)", id,
                 team, CLAIM_AHEAD_MAX);
        return LL_ESCQ_NOT_OPEN;
    }
    /* Deliver the new cases up to it to the pool, put the earlier ones
     * there as released (first in line for the next claim), take this one. */
    r = redisCommand(c, "XREADGROUP GROUP %s %s COUNT %d STREAMS %s >", LL_ESC_GROUP, LL_ESCQ_POOL,
                     (int)n, key);
    if (!r || (r->type != REDIS_REPLY_ARRAY && r->type != REDIS_REPLY_NIL))
        return redis_fail(c, r, "XREADGROUP", errstr, errlen);
    int delivered = 0;
    if (r->type == REDIS_REPLY_ARRAY && r->elements == 1 &&
        r->element[0]->type == REDIS_REPLY_ARRAY && r->element[0]->elements == 2) {
        const redisReply *es = r->element[0]->element[1];
        char idle[24];
        snprintf(idle, sizeof(idle), "%lld", RELEASED_IDLE_MS);
        for (size_t i = 0; es->type == REDIS_REPLY_ARRAY && i < es->elements; i++) {
            const redisReply *e = es->element[i];
            if (e->type != REDIS_REPLY_ARRAY || e->elements != 2)
                continue;
            if (!strcmp(e->element[0]->str, id)) {
                delivered = 1;
                continue;
            }
            redisReply *x = redisCommand(c, "XCLAIM %s %s %s 0 %s IDLE %s JUSTID", key,
                                         LL_ESC_GROUP, LL_ESCQ_POOL, e->element[0]->str, idle);
            if (!x || x->type != REDIS_REPLY_ARRAY) {
                freeReplyObject(r);
                return redis_fail(c, x, "XCLAIM", errstr, errlen);
            }
            freeReplyObject(x);
        }
    }
    freeReplyObject(r);
    if (!delivered) {
        /* Someone else's claim reached it first: it is pending now; try that way. */
        return claim_id(c, team, key, who, id, claim_idle_ms, out, errstr, errlen);
    }
    rc = xclaim(c, team, key, who, id, 0, out, errstr, errlen);
    if (rc == LL_ESCQ_NONE) {
        snprintf(errstr, errlen, "%s was acked meanwhile", id);
        rc = LL_ESCQ_NOT_OPEN;
    }
    return rc;
}

ll_escq_rc ll_escq_claim(redisContext *c, const char *team, const char *who, const char *id,
                         long long claim_idle_ms, cJSON **out, char *errstr, size_t errlen) {
    char key[LL_MAX_TEAM_BYTES + 16];
    stream_key(team, key, sizeof(key));
    *out = NULL;
    if (id)
        return claim_id(c, team, key, who, id, claim_idle_ms, out, errstr, errlen);
    char idle[24];
    snprintf(idle, sizeof(idle), "%lld", claim_idle_ms);
    /* A stale or released case first, oldest first; the pending list is
     * scanned in steps, from cursor 0-0 until it comes back to 0-0. */
    char cursor[LL_ESCQ_MAX_ID_BYTES + 1] = "0-0";
    for (int step = 0; step < AUTOCLAIM_MAX_STEPS; step++) {
        redisReply *r = redisCommand(c, "XAUTOCLAIM %s %s %s %s %s COUNT 1", key, LL_ESC_GROUP, who,
                                     idle, cursor);
        if (!r || r->type != REDIS_REPLY_ARRAY || r->elements < 2 ||
            r->element[0]->type != REDIS_REPLY_STRING || r->element[1]->type != REDIS_REPLY_ARRAY)
            return redis_fail(c, r, "XAUTOCLAIM", errstr, errlen);
        const redisReply *got = r->element[1];
        for (size_t i = 0; i < got->elements; i++) {
            const redisReply *e = got->element[i];
            if (e->type == REDIS_REPLY_ARRAY && e->elements == 2) {
                *out = case_new(team, e->element[0]->str, "claimed", who, 0, -1, 0, e->element[1]);
                freeReplyObject(r);
                if (!*out) {
                    snprintf(errstr, errlen, "out of memory");
                    return LL_ESCQ_REDIS;
                }
                return LL_ESCQ_OK;
            }
        }
        snprintf(cursor, sizeof(cursor), "%s", r->element[0]->str);
        freeReplyObject(r);
        if (!strcmp(cursor, "0-0"))
            break;
    }
    /* Else the next new case. */
    redisReply *r =
        redisCommand(c, "XREADGROUP GROUP %s %s COUNT 1 STREAMS %s >", LL_ESC_GROUP, who, key);
    if (!r || (r->type != REDIS_REPLY_ARRAY && r->type != REDIS_REPLY_NIL))
        return redis_fail(c, r, "XREADGROUP", errstr, errlen);
    ll_escq_rc rc = LL_ESCQ_NONE;
    if (r->type == REDIS_REPLY_ARRAY && r->elements == 1 &&
        r->element[0]->type == REDIS_REPLY_ARRAY && r->element[0]->elements == 2) {
        const redisReply *es = r->element[0]->element[1];
        if (es->type == REDIS_REPLY_ARRAY && es->elements == 1 &&
            es->element[0]->type == REDIS_REPLY_ARRAY && es->element[0]->elements == 2) {
            *out = case_new(team, es->element[0]->element[0]->str, "claimed", who, 0, -1, 0,
                            es->element[0]->element[1]);
            rc = *out ? LL_ESCQ_OK : LL_ESCQ_REDIS;
            if (!*out)
                snprintf(errstr, errlen, "out of memory");
        }
    }
    freeReplyObject(r);
    if (rc == LL_ESCQ_NONE)
        snprintf(errstr, errlen, "no open case for %s", team);
    return rc;
}

ll_escq_rc ll_escq_ack(redisContext *c, const char *team, const char *id, char *errstr,
                       size_t errlen) {
    char key[LL_MAX_TEAM_BYTES + 16];
    stream_key(team, key, sizeof(key));
    redisReply *r = redisCommand(c, "XACK %s %s %s", key, LL_ESC_GROUP, id);
    if (!r || r->type != REDIS_REPLY_INTEGER)
        return redis_fail(c, r, "XACK", errstr, errlen);
    long long n = r->integer;
    freeReplyObject(r);
    if (n != 1) {
        snprintf(errstr, errlen,
                 "%s is not an open case of %s (already acked, never claimed, or no such id)", id,
                 team);
        return LL_ESCQ_NOT_OPEN;
    }
    return LL_ESCQ_OK;
}

ll_escq_rc ll_escq_release(redisContext *c, const char *team, const char *id, char *errstr,
                           size_t errlen) {
    char key[LL_MAX_TEAM_BYTES + 16];
    stream_key(team, key, sizeof(key));
    redisReply *r = redisCommand(c, "XPENDING %s %s %s %s 1", key, LL_ESC_GROUP, id, id);
    if (!r || r->type != REDIS_REPLY_ARRAY)
        return redis_fail(c, r, "XPENDING", errstr, errlen);
    int held = r->elements == 1;
    freeReplyObject(r);
    if (!held) {
        snprintf(errstr, errlen,
                 "%s is not a claimed case of %s (acked, never claimed, or no such id)", id, team);
        return LL_ESCQ_NOT_OPEN;
    }
    char idle[24];
    snprintf(idle, sizeof(idle), "%lld", RELEASED_IDLE_MS);
    r = redisCommand(c, "XCLAIM %s %s %s 0 %s IDLE %s JUSTID", key, LL_ESC_GROUP, LL_ESCQ_POOL, id,
                     idle);
    if (!r || r->type != REDIS_REPLY_ARRAY)
        return redis_fail(c, r, "XCLAIM", errstr, errlen);
    int moved = r->elements == 1;
    freeReplyObject(r);
    if (!moved) {
        snprintf(errstr, errlen, "%s was acked meanwhile", id);
        return LL_ESCQ_NOT_OPEN;
    }
    return LL_ESCQ_OK;
}
