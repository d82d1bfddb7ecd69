/* detect_count.c - counting distinct new threads per series and minute, replay-safe: memory and Redis stores. */
#include "detect_count.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "keys.h"
#include "redis.h"

/* Buckets are only read back to rebuild the last LL_DETECT_RING_MIN
 * minutes after a restart; a day leaves room for a long outage. */
#define BUCKET_TTL_S 86400
#define MEM_INITIAL_SLOTS (1 << 14)

enum store_kind { STORE_MEMORY, STORE_REDIS };

typedef struct mem_slot {
    uint64_t key; /* hash of (series, thread); 0: empty */
    long long expire_min;
} mem_slot;

struct ll_dstore {
    enum store_kind kind;
    int memory_min;
    unsigned long long roundtrips, overflows;
    /* memory */
    mem_slot *slots;
    size_t nslots, used;
    long long now_min;
    /* redis */
    redisContext *c;
    char sha[41];
    char ns[LL_DETECT_NS_BYTES];
    char series_key[LL_DETECT_NS_BYTES + 16];
    /* series already in LL_KEY_DETECT_SERIES_FMT (by this process) */
    uint64_t known[2 * LL_DETECT_MAX_SERIES];
    int nknown;
};

static uint64_t fnv(uint64_t h, const char *s) {
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}
static uint64_t hash2(const char *a, const char *b) {
    uint64_t h = fnv(14695981039346656037ULL, a);
    h ^= 0x1f;
    h *= 1099511628211ULL;
    h = fnv(h, b);
    return h ? h : 1;
}

/* ---- memory ---- */

static size_t mem_find(const ll_dstore *st, uint64_t key, size_t *free_at) {
    size_t mask = st->nslots - 1, i = key & mask, first_free = SIZE_MAX;
    for (size_t probes = 0; probes < st->nslots; probes++, i = (i + 1) & mask) {
        const mem_slot *s = &st->slots[i];
        if (s->key == 0) {
            if (first_free == SIZE_MAX)
                first_free = i;
            break;
        }
        if (s->key == key && s->expire_min > st->now_min)
            return i;
        if (s->expire_min <= st->now_min && first_free == SIZE_MAX)
            first_free = i; /* an expired mark's slot may be reused */
    }
    *free_at = first_free;
    return SIZE_MAX;
}

/* Rehashes into n slots, dropping expired marks. */
static int mem_rehash(ll_dstore *st, size_t n) {
    mem_slot *old = st->slots;
    size_t oldn = st->nslots;
    mem_slot *s = calloc(n, sizeof(*s));
    if (!s)
        return -1;
    st->slots = s;
    st->nslots = n;
    st->used = 0;
    for (size_t i = 0; i < oldn; i++) {
        if (!old[i].key || old[i].expire_min <= st->now_min)
            continue;
        size_t j = old[i].key & (n - 1);
        while (s[j].key)
            j = (j + 1) & (n - 1);
        s[j] = old[i];
        st->used++;
    }
    free(old);
    return 0;
}

static int mem_mark(ll_dstore *st, ll_dmark *m, int n) {
    for (int k = 0; k < n; k++) {
        if (m[k].minute > st->now_min)
            st->now_min = m[k].minute;
        uint64_t key = hash2(m[k].series_key, m[k].thread);
        size_t free_at = SIZE_MAX, at = mem_find(st, key, &free_at);
        if (at != SIZE_MAX) {
            /* seen: by another event, or by this one before (a re-read,
             * already counted: the memory store lives as long as its detector) */
            m[k].is_new = 0;
            continue;
        }
        m[k].is_new = 1;
        if (st->used + 1 > st->nslots / 4 * 3) {
            /* purge expired marks, grow while under the bound */
            size_t n2 = st->nslots < LL_DETECT_MEM_MARKS ? st->nslots * 2 : st->nslots;
            if (mem_rehash(st, n2) != 0 || st->used + 1 > st->nslots / 4 * 3) {
                st->overflows++;
                continue;
            }
            free_at = SIZE_MAX;
            mem_find(st, key, &free_at);
        }
        if (free_at == SIZE_MAX) {
            st->overflows++;
            continue;
        }
        if (st->slots[free_at].key == 0)
            st->used++;
        st->slots[free_at] = (mem_slot){key, m[k].minute + st->memory_min};
    }
    return 0;
}

ll_dstore *ll_dstore_memory_new(int memory_min, char *errstr, size_t errlen) {
    ll_dstore *st = calloc(1, sizeof(*st));
    if (!st || !(st->slots = calloc(MEM_INITIAL_SLOTS, sizeof(mem_slot)))) {
        free(st);
        snprintf(errstr, errlen, "detect: out of memory");
        return NULL;
    }
    st->kind = STORE_MEMORY;
    st->nslots = MEM_INITIAL_SLOTS;
    st->memory_min = memory_min;
    st->now_min = -1;
    return st;
}

/* ---- Redis ---- */

/* The mark and its bucket change together. A foreign mark counts nothing;
 * the event's own mark (a re-read) makes sure the thread is in its bucket
 * and answers 0, as the bucket already had it: the detector that counted it
 * still has it, and a restarted one reads it back from the bucket. */
static const char mark_script[] =
    "local old = redis.call('GET', KEYS[1])\n"
    "if old and old ~= ARGV[1] then return 0 end\n"
    "if not old then redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2]) end\n"
    "local added = redis.call('SADD', KEYS[2], ARGV[3])\n"
    "redis.call('EXPIRE', KEYS[2], ARGV[4])\n"
    "return added\n";

static int known_add(ll_dstore *st, uint64_t h) {
    size_t mask = sizeof(st->known) / sizeof(st->known[0]) - 1, i = h & mask;
    while (st->known[i]) {
        if (st->known[i] == h)
            return 0;
        i = (i + 1) & mask;
    }
    if (st->nknown >= LL_DETECT_MAX_SERIES)
        return 0; /* the detector refuses more series anyway */
    st->known[i] = h;
    st->nknown++;
    return 1;
}

/* Appends and reads; 1 when Redis lost the script (restarted): load and retry. */
static int redis_mark_once(ll_dstore *st, ll_dmark *m, int n, char *errstr, size_t errlen) {
    redisContext *c = st->c;
    char mk[LL_DETECT_NS_BYTES + LL_DETECT_LABEL_BYTES * 2 + LL_DETECT_THREAD_BYTES + 32];
    char bk[LL_DETECT_NS_BYTES + LL_DETECT_LABEL_BYTES * 2 + 48];
    char ttl[24], bttl[24];
    snprintf(ttl, sizeof(ttl), "%d", st->memory_min * 60);
    snprintf(bttl, sizeof(bttl), "%d", BUCKET_TTL_S);
    for (int k = 0; k < n; k++) {
        int a =
            snprintf(mk, sizeof(mk), LL_KEY_DETECT_MARK_FMT, st->ns, m[k].series_key, m[k].thread);
        int b = snprintf(bk, sizeof(bk), LL_KEY_DETECT_BUCKET_FMT, st->ns, m[k].series_key,
                         m[k].minute);
        /* labels and threads are bounded by the detector: cannot overflow */
        if (a < 0 || (size_t)a >= sizeof(mk) || b < 0 || (size_t)b >= sizeof(bk))
            abort();
        if (redisAppendCommand(c, "EVALSHA %s 2 %s %s %s %s %s %s", st->sha, mk, bk, m[k].event_id,
                               ttl, m[k].thread, bttl) != REDIS_OK)
            goto broken;
    }
    /* series first seen by this process go into the index, after the marks */
    int nfresh = 0;
    for (int k = 0; k < n; k++) {
        if (!known_add(st, hash2(m[k].series_key, "")))
            continue;
        nfresh++;
        if (redisAppendCommand(c, "SADD %s %s", st->series_key, m[k].series_key) != REDIS_OK)
            goto broken;
    }
    int noscript = 0, failed = 0;
    for (int k = 0; k < n + nfresh; k++) {
        redisReply *r = NULL;
        if (redisGetReply(c, (void **)&r) != REDIS_OK || !r)
            goto broken;
        if (r->type == REDIS_REPLY_ERROR) {
            if (!strncmp(r->str, "NOSCRIPT", 8))
                noscript = 1;
            else if (!failed) {
                snprintf(errstr, errlen, "redis: %s", r->str);
                failed = 1;
            }
        } else if (k < n) {
            m[k].is_new = r->type == REDIS_REPLY_INTEGER && r->integer == 1;
        }
        freeReplyObject(r);
    }
    st->roundtrips++;
    if ((noscript || failed) && nfresh > 0) {
        /* the index entries may not have gone in: forget what this process
         * knows (open addressing cannot delete), so they are sent again */
        memset(st->known, 0, sizeof(st->known));
        st->nknown = 0;
    }
    if (failed)
        return -1;
    return noscript;
broken:
    snprintf(errstr, errlen, "redis: %s", c->errstr[0] ? c->errstr : "connection lost");
    return -1;
}

static int script_load(ll_dstore *st, char *errstr, size_t errlen) {
    st->roundtrips++;
    return ll_redis_script_load(st->c, mark_script, st->sha, errstr, errlen);
}

static int redis_mark(ll_dstore *st, ll_dmark *m, int n, char *errstr, size_t errlen) {
    int rc = redis_mark_once(st, m, n, errstr, errlen);
    if (rc == 1) {
        if (script_load(st, errstr, errlen) != 0)
            return -1;
        rc = redis_mark_once(st, m, n, errstr, errlen);
        if (rc == 1) {
            snprintf(errstr, errlen, "redis: the mark script vanished again");
            rc = -1;
        }
    }
    return rc;
}

ll_dstore *ll_dstore_redis_new(redisContext *c, const char *ns, int memory_min, char *errstr,
                               size_t errlen) {
    if (strlen(ns) >= LL_DETECT_NS_BYTES) {
        snprintf(errstr, errlen, "detect: namespace longer than %d bytes", LL_DETECT_NS_BYTES - 1);
        return NULL;
    }
    ll_dstore *st = calloc(1, sizeof(*st));
    if (!st) {
        snprintf(errstr, errlen, "detect: out of memory");
        return NULL;
    }
    snprintf(st->ns, sizeof(st->ns), "%s", ns);
    snprintf(st->series_key, sizeof(st->series_key), LL_KEY_DETECT_SERIES_FMT, ns);
    st->kind = STORE_REDIS;
    st->c = c;
    st->memory_min = memory_min;
    if (script_load(st, errstr, errlen) != 0) {
        free(st);
        return NULL;
    }
    return st;
}

/* ---- the interface ---- */

int ll_dstore_mark(ll_dstore *st, ll_dmark *m, int n, char *errstr, size_t errlen) {
    if (n <= 0)
        return 0;
    if (n > LL_DETECT_BATCH_MAX * 3) {
        snprintf(errstr, errlen, "detect: %d marks in one batch (at most %d)", n,
                 LL_DETECT_BATCH_MAX * 3);
        return -1;
    }
    return st->kind == STORE_MEMORY ? mem_mark(st, m, n) : redis_mark(st, m, n, errstr, errlen);
}

int ll_dstore_counts(ll_dstore *st, const char *series_key, long long from, long long to, int *out,
                     char *errstr, size_t errlen) {
    int n = (int)(to - from + 1);
    memset(out, 0, (size_t)n * sizeof(*out));
    if (st->kind == STORE_MEMORY)
        return 0;
    char bk[LL_DETECT_NS_BYTES + LL_DETECT_LABEL_BYTES * 2 + 48];
    for (long long mi = from; mi <= to; mi++) {
        snprintf(bk, sizeof(bk), LL_KEY_DETECT_BUCKET_FMT, st->ns, series_key, mi);
        if (redisAppendCommand(st->c, "SCARD %s", bk) != REDIS_OK)
            goto broken;
    }
    for (int i = 0; i < n; i++) {
        redisReply *r = NULL;
        if (redisGetReply(st->c, (void **)&r) != REDIS_OK || !r)
            goto broken;
        if (r->type == REDIS_REPLY_INTEGER)
            out[i] = (int)r->integer;
        freeReplyObject(r);
    }
    st->roundtrips++;
    return 0;
broken:
    snprintf(errstr, errlen, "redis: %s", st->c->errstr[0] ? st->c->errstr : "connection lost");
    return -1;
}

int ll_dstore_series(ll_dstore *st, int (*cb)(void *arg, const char *series_key), void *arg,
                     char *errstr, size_t errlen) {
    if (st->kind == STORE_MEMORY)
        return 0;
    redisReply *r = redisCommand(st->c, "SMEMBERS %s", st->series_key);
    st->roundtrips++;
    if (!r || r->type != REDIS_REPLY_ARRAY) {
        snprintf(errstr, errlen, "redis SMEMBERS: %s",
                 r && r->type == REDIS_REPLY_ERROR ? r->str : st->c->errstr);
        if (r)
            freeReplyObject(r);
        return -1;
    }
    for (size_t i = 0; i < r->elements; i++)
        if (r->element[i]->type == REDIS_REPLY_STRING && cb(arg, r->element[i]->str))
            break;
    freeReplyObject(r);
    return 0;
}

unsigned long long ll_dstore_roundtrips(const ll_dstore *st) { return st->roundtrips; }
unsigned long long ll_dstore_overflows(const ll_dstore *st) { return st->overflows; }

void ll_dstore_free(ll_dstore *st) {
    if (!st)
        return;
    free(st->slots);
    free(st);
}
