/* aggregate.c - the aggregate role: feedback.enriched -> feedback.aggregates, closed tumbling windows, effectively once.
 *
 * Every enriched contact counts in three tumbling windows (1m, 1h, 1d, UTC,
 * on its received_at) of its (theme, channel, kind, wijk). The counts live in
 * Redis, not in this process: one script per contact sets the contact's mark
 * (its event id) and, only when the mark is new, adds it to each window's
 * hash and thread set and puts the window in the set of open windows. So a
 * contact read again (after an abort, a crash or a rebalance) adds nothing,
 * and the counts survive a restart. The process keeps only an index of the
 * windows not yet final (at most LL_AGG_MAX_WINDOWS) and the watermark, the
 * highest received_at seen, both also in Redis (core/keys.h) and read back
 * when the role starts.
 *
 * A window closes once the watermark passes its end: its counts are read
 * from Redis (with a version, incremented on every read) and written to
 * feedback.aggregates, keyed WINDOW|START|THEME|CHANNEL|KIND|WIJK, in the
 * transaction that commits the batch's input offsets (core/stream.h). A
 * contact later than its window's end but within allowed_lateness_s counts
 * and makes the window go out again, with a higher version, replacing the
 * earlier record on the compacted topic; a later one is counted as late and
 * left out. An emission whose transaction aborts is owed again (the window is
 * marked pending when its batch is cleared without a commit). After a
 * restart every window still open in Redis is emitted again once closed:
 * the same counts under the same key, so it replaces and never adds.
 *
 * The watermark moves with the contacts: a window closes when a later
 * contact arrives, not by the wall clock (so replays and tests are exact; at
 * a quiet hour the last window waits for the next contact). */
#include "aggregate.h"

#include <assert.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "event.h"
#include "http.h"
#include "keys.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "redis.h"
#include "stop.h"
#include "stream.h"
#include "text.h"

LL_METRIC(m_counted, "ll_aggregate_events_total", "result=\"counted\"", LL_COUNTER,
          "enriched events read, by what became of them");
LL_METRIC(m_repeat, "ll_aggregate_events_total", "result=\"repeat\"", LL_COUNTER,
          "enriched events read, by what became of them");
LL_METRIC(m_late, "ll_aggregate_events_total", "result=\"late\"", LL_COUNTER,
          "enriched events read, by what became of them");
LL_METRIC(m_bad, "ll_aggregate_events_total", "result=\"bad\"", LL_COUNTER,
          "enriched events read, by what became of them");
LL_METRIC(m_full, "ll_aggregate_windows_refused_total", NULL, LL_COUNTER,
          "windows not counted because LL_AGG_MAX_WINDOWS were open");
LL_METRIC(m_emitted, "ll_aggregate_emitted_total", NULL, LL_COUNTER,
          "window records committed to feedback.aggregates");
LL_METRIC(m_open, "ll_aggregate_open_windows", NULL, LL_GAUGE,
          "windows held: not yet past their end plus the allowed lateness");
LL_METRIC(m_watermark, "ll_aggregate_watermark_seconds", NULL, LL_GAUGE,
          "highest received_at seen (Unix time)");
LL_TXN_METRICS(m_txn, "ll_aggregate", "aborted transactions (their batch is read again)",
               "from batch start to transaction commit");

#define NW LL_AGG_NWINDOWS
#define NBUCKETS (2 * LL_AGG_MAX_WINDOWS) /* a power of two */
#define MAX_EMOTIONS 8
#define EMOTION_BYTES 32
#define REDIS_TIMEOUT_MS 5000

static const char *const win_name[NW] = {"1m", "1h", "1d"};
static const long long win_len[NW] = {60, 3600, 86400};

/* Counts a contact into the windows it is not too late for (script below). */
static const char count_script[] =
    "if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then return 0 end\n"
    "local nw = tonumber(ARGV[4])\n"
    "local f0 = 5 + 2 * nw\n"
    "for i = 0, nw - 1 do\n"
    "  local h, s = KEYS[3 + 2 * i], KEYS[4 + 2 * i]\n"
    "  redis.call('HINCRBY', h, 'contacts', 1)\n"
    "  redis.call('HINCRBYFLOAT', h, 'sentiment_sum', ARGV[3])\n"
    "  for j = f0, #ARGV do redis.call('HINCRBY', h, ARGV[j], 1) end\n"
    "  redis.call('SADD', s, ARGV[2])\n"
    "  redis.call('EXPIRE', h, ARGV[1])\n"
    "  redis.call('EXPIRE', s, ARGV[1])\n"
    "  redis.call('ZADD', KEYS[2], ARGV[5 + 2 * i], ARGV[6 + 2 * i])\n"
    "end\n"
    "return 1\n";

/* A window's counts for an emission, with the next version; nil when gone. */
static const char read_script[] =
    "if redis.call('EXISTS', KEYS[1]) == 0 then return false end\n"
    "redis.call('HINCRBY', KEYS[1], 'ver', 1)\n"
    "return {redis.call('HGETALL', KEYS[1]), redis.call('SCARD', KEYS[2])}\n";

/* One open window in the index. */
typedef struct window {
    char key[LL_AGG_KEY_BYTES];
    long long start, end; /* Unix seconds */
    int wi;               /* index into win_name */
    int pending;          /* counts not yet in a committed emission */
    int inflight;         /* emissions of it in batches not yet cleared */
    int next;             /* hash chain, or the free list; -1 ends */
    int used;
} window;

/* What a batch emits, produced by its lane. */
typedef struct emission {
    char key[LL_AGG_KEY_BYTES];
    char *out; /* malloc'ed; librdkafka's once produced */
    size_t len;
} emission;

typedef struct slot_emits {
    emission *e; /* LL_AGG_EMIT_MAX */
    int n;
    int committed; /* set by the committed hook, read by clear */
} slot_emits;

/* What became of one input (the item next to its message). */
enum item_state { IT_NONE = 0, IT_SENT, IT_COUNTED, IT_REPEAT, IT_LATE, IT_BAD };
typedef struct item {
    enum item_state state;
    int win[NW]; /* its windows in the index (stable while work holds mu) */
    int nwin;
} item;

/* One contact, parsed: borrowed from its tree. */
typedef struct contact {
    const char *id, *thread;
    long long t; /* received_at */
    char dims[4][LL_AGG_DIM_BYTES];
    double sentiment;
    const char *fields[16 + MAX_EMOTIONS];
    char emo[MAX_EMOTIONS][EMOTION_BYTES + 8];
    int nfields;
} contact;

static const ll_config_key aggregate_keys[] = {
    {"group", LL_CT_STR, LL_CFG_STR(ll_aggregate_cfg, group), "luisterloop-aggregate", 0, 0,
     "Kafka consumer group of the aggregate role", NULL},
    {"transactional_id", LL_CT_STR, LL_CFG_STR(ll_aggregate_cfg, txn_id), "luisterloop-aggregate-0",
     0, 0, "Kafka transactional.id; unique and stable per aggregate instance", NULL},
    {"batch_max", LL_CT_INT, LL_CFG_NUM(ll_aggregate_cfg, batch_max), "2000", 1, LL_AGG_BATCH_MAX,
     "most input events per transaction", NULL},
    {"batch_wait_ms", LL_CT_INT, LL_CFG_NUM(ll_aggregate_cfg, batch_wait_ms), "50", 0, 10000,
     "longest wait to fill a batch once the first event is in", NULL},
    {"transaction_timeout_ms", LL_CT_INT, LL_CFG_NUM(ll_aggregate_cfg, txn_timeout_ms), "30000",
     1000, 900000, "Kafka transaction timeout", NULL},
    {"allowed_lateness_s", LL_CT_INT, LL_CFG_NUM(ll_aggregate_cfg, lateness_s), "3600", 0,
     LL_AGG_MAX_LATENESS_S,
     "a contact this late after its window's end still re-emits the window "
     "(higher version); later ones are counted as late and left out",
     NULL},
    {"state_ttl_s", LL_CT_INT, LL_CFG_NUM(ll_aggregate_cfg, state_ttl_s), "259200", 3600, 31536000,
     "how long Redis keeps a window's counts and an event's mark (more than a day + lateness)",
     NULL},
    LL_ADMIN_LISTEN_KEY(ll_aggregate_cfg),
};

const ll_config_section ll_aggregate_config = {
    LL_CFG_SECTION("aggregate", ll_aggregate_cfg, aggregate_keys)};

typedef struct agg {
    const ll_config *cfg;
    const ll_aggregate_cfg *ac; /* [aggregate] */
    char source[LL_MAX_SOURCE_BYTES + 1];
    char open_key[192], wm_key[192]; /* core/keys.h, for this group */
    ll_stream *stream;
    redisContext *rc; /* main thread only */
    char count_sha[41], read_sha[41];
    int stale; /* the connection is out of step or gone: replace before the next batch */
    /* The window index: the main thread's, and the lanes' clear hook. */
    pthread_mutex_t mu;
    window *w;
    int bucket[NBUCKETS];
    int free_head, nopen;
    long long wm; /* watermark, Unix seconds; 0 none yet */
    slot_emits slots[LL_MAX_TXN_IN_FLIGHT + 1];
    char *scratch; /* main thread: serialising an emission */
} agg;

static ll_log_limit bad_log;

/* ---- the window index (callers hold mu) ---- */

static int win_find(const agg *a, const char *key) {
    for (int i = a->bucket[ll_fnv1a_str(key) & (NBUCKETS - 1)]; i >= 0; i = a->w[i].next)
        if (!strcmp(a->w[i].key, key))
            return i;
    return -1;
}

/* The window of key, added when new; -1 when the index is full. */
static int win_get(agg *a, const char *key, int wi, long long start) {
    int at = win_find(a, key);
    if (at >= 0)
        return at;
    if (a->free_head < 0)
        return -1;
    at = a->free_head;
    window *w = &a->w[at];
    /* the free list holds only closed windows: one on it twice would be handed out twice */
    assert(at < LL_AGG_MAX_WINDOWS && !w->used);
    a->free_head = w->next;
    memset(w, 0, sizeof(*w));
    snprintf(w->key, sizeof(w->key), "%s", key);
    w->wi = wi;
    w->start = start;
    w->end = start + win_len[wi];
    w->used = 1;
    uint32_t b = ll_fnv1a_str(key) & (NBUCKETS - 1);
    w->next = a->bucket[b];
    a->bucket[b] = at;
    a->nopen++;
    return at;
}

static void win_remove(agg *a, int at) {
    assert(a->w[at].used && a->nopen > 0); /* removed twice, it would be on the free list twice */
    uint32_t b = ll_fnv1a_str(a->w[at].key) & (NBUCKETS - 1);
    for (int *p = &a->bucket[b]; *p >= 0; p = &a->w[*p].next)
        if (*p == at) {
            *p = a->w[at].next;
            break;
        }
    a->w[at].used = 0;
    a->w[at].next = a->free_head;
    a->free_head = at;
    a->nopen--;
}

/* ---- keys ---- */

/* A dimension as it goes into a key: at most LL_AGG_DIM_BYTES - 1 bytes, cut at
 * a UTF-8 boundary, '|' and control characters as '_', "-" when absent. */
static void dim_copy(char out[LL_AGG_DIM_BYTES], const char *v) {
    if (!v || !*v) {
        snprintf(out, LL_AGG_DIM_BYTES, "-");
        return;
    }
    size_t n = strlen(v);
    if (n >= LL_AGG_DIM_BYTES) {
        n = LL_AGG_DIM_BYTES - 1;
        while (n > 0 && ((unsigned char)v[n] & 0xC0) == 0x80)
            n--;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)v[i];
        out[i] = c == '|' || c < 0x20 || c == 0x7F ? '_' : (char)c;
    }
    out[n] = '\0';
}

static void window_key(char *out, size_t len, int wi, long long start,
                       char dims[4][LL_AGG_DIM_BYTES]) {
    char ts[32];
    ll_time_format((time_t)start, ts, sizeof(ts));
    snprintf(out, len, "%s|%s|%s|%s|%s|%s", win_name[wi], ts, dims[0], dims[1], dims[2], dims[3]);
}

/* ---- one contact ---- */

static int emotion_ok(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > EMOTION_BYTES)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '-' || s[i] == '_'))
            return 0;
    return 1;
}

/* What of an enriched event the windows count. -1 with err when it cannot be used. */
static int contact_parse(const cJSON *ev, contact *c, ll_err *err) {
    memset(c, 0, sizeof(*c));
    const char *type = ll_json_str(ev, "type");
    const cJSON *d = ll_event_data(ev);
    if (!type || strcmp(type, LL_TYPE_ENRICHED)) {
        ll_err_set(err, "type", "not %s", LL_TYPE_ENRICHED);
        return -1;
    }
    if (!cJSON_IsObject(d)) {
        ll_err_set(err, "data", "missing or not an object");
        return -1;
    }
    c->id = ll_json_str(ev, "id");
    if (!c->id || !*c->id || strlen(c->id) > LL_MAX_ID_BYTES) {
        ll_err_set(err, "id", "missing or longer than %d bytes", LL_MAX_ID_BYTES);
        return -1;
    }
    time_t t;
    if (ll_time_parse(ll_json_str(d, "received_at"), &t) != 0 || t < LL_MIN_EPOCH_S) {
        ll_err_set(err, "data.received_at", "missing or not an RFC 3339 date-time after 2000");
        return -1;
    }
    c->t = (long long)t;
    const char *channel = ll_json_str(d, "channel"), *kind = ll_json_str(d, "kind");
    if (!channel || !kind) {
        ll_err_set(err, channel ? "data.kind" : "data.channel", "missing");
        return -1;
    }
    const char *theme = ll_json_str(d, "theme");
    const cJSON *area = cJSON_GetObjectItemCaseSensitive(d, "area");
    dim_copy(c->dims[0], theme ? theme : "overig");
    dim_copy(c->dims[1], channel);
    dim_copy(c->dims[2], kind);
    dim_copy(c->dims[3], cJSON_IsObject(area) ? ll_json_str(area, "wijk") : NULL);

    const cJSON *th = cJSON_GetObjectItemCaseSensitive(d, "thread");
    c->thread = cJSON_IsObject(th) ? ll_json_str(th, "id") : NULL;
    if (!c->thread || !*c->thread)
        c->thread = c->id;
    const cJSON *contacts =
        cJSON_IsObject(th) ? cJSON_GetObjectItemCaseSensitive(th, "contacts") : NULL;

    const cJSON *sen = cJSON_GetObjectItemCaseSensitive(d, "sentiment");
    const cJSON *score =
        cJSON_IsObject(sen) ? cJSON_GetObjectItemCaseSensitive(sen, "score") : NULL;
    const char *label = cJSON_IsObject(sen) ? ll_json_str(sen, "label") : NULL;
    c->sentiment = cJSON_IsNumber(score) && score->valuedouble >= -1 && score->valuedouble <= 1
                       ? score->valuedouble
                       : 0;
    const cJSON *urg = cJSON_GetObjectItemCaseSensitive(d, "urgency");
    const char *level = cJSON_IsObject(urg) ? ll_json_str(urg, "level") : NULL;
    const cJSON *awb = cJSON_GetObjectItemCaseSensitive(d, "awb");

    if (!strcmp(kind, "complaint"))
        c->fields[c->nfields++] = "complaints";
    else if (!strcmp(kind, "compliment"))
        c->fields[c->nfields++] = "compliments";
    else if (!strcmp(kind, "question"))
        c->fields[c->nfields++] = "questions";
    if (label && !strcmp(label, "negative"))
        c->fields[c->nfields++] = "negative";
    if (level && (!strcmp(level, "high") || !strcmp(level, "critical")))
        c->fields[c->nfields++] = "urgent";
    if (cJSON_IsNumber(contacts) && contacts->valuedouble > 1)
        c->fields[c->nfields++] = "repeat";
    if (cJSON_IsObject(awb) && cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(awb, "formal"))) {
        c->fields[c->nfields++] = "formal";
        /* Handled within the term: taken in and routed (enriched, so on its
         * team's queue) on or before its Awb deadline. The contract has no
         * event for a case closed, so this is what the stream can tell. */
        const char *deadline = ll_json_str(awb, "deadline"), *when = ll_json_str(ev, "time");
        if (deadline && when && strlen(deadline) == 10 && strncmp(when, deadline, 10) <= 0)
            c->fields[c->nfields++] = "awb_in_term";
    }
    const cJSON *emos = cJSON_GetObjectItemCaseSensitive(d, "emotions"), *e;
    int ne = 0;
    cJSON_ArrayForEach(e, emos) {
        if (ne == MAX_EMOTIONS)
            break;
        if (!cJSON_IsString(e) || !emotion_ok(e->valuestring))
            continue;
        snprintf(c->emo[ne], sizeof(c->emo[ne]), "emo:%s", e->valuestring);
        c->fields[c->nfields++] = c->emo[ne++];
    }
    return 0;
}

/* ---- Redis ---- */

static void redis_drop(agg *a) {
    if (a->rc)
        redisFree(a->rc);
    a->rc = NULL;
    a->stale = 1;
}

static int redis_open(agg *a) {
    char e[256];
    redis_drop(a);
    if (!(a->rc = ll_redis_connect(a->cfg->redis, REDIS_TIMEOUT_MS, e, sizeof(e))) ||
        ll_redis_script_load(a->rc, count_script, a->count_sha, e, sizeof(e)) != 0 ||
        ll_redis_script_load(a->rc, read_script, a->read_sha, e, sizeof(e)) != 0) {
        ll_warn("redis %s: %s", a->cfg->redis, e);
        redis_drop(a);
        return -1;
    }
    a->stale = 0;
    return 0;
}

/* Reads one pipelined reply; NULL (and the connection marked stale) on failure. */
static redisReply *reply_get(agg *a) {
    void *r = NULL;
    if (redisGetReply(a->rc, &r) != REDIS_OK || !r) {
        ll_warn("redis: %s", a->rc->errstr[0] ? a->rc->errstr : "no reply");
        a->stale = 1;
        return NULL;
    }
    redisReply *rr = r;
    if (rr->type == REDIS_REPLY_ERROR) {
        ll_warn("redis: %s", rr->str);
        if (!strncmp(rr->str, "NOSCRIPT", 8))
            a->stale = 1; /* Redis restarted: load the scripts again */
    }
    return rr;
}

/* Appends the count script for c over the windows in idx[0..n). */
static void append_count(agg *a, const contact *c, const int *idx, int n) {
    char seen[LL_MAX_ID_BYTES + 160], ttl[16], sent[32], nws[16];
    char hkeys[NW][LL_AGG_KEY_BYTES + 160], skeys[NW][LL_AGG_KEY_BYTES + 160], ends[NW][24];
    const char *argv[6 + 2 * NW + 4 * NW + 16 + MAX_EMOTIONS];
    int argc = 0;
    snprintf(seen, sizeof(seen), LL_KEY_AGG_SEEN_FMT, a->ac->group, c->id);
    snprintf(ttl, sizeof(ttl), "%d", a->ac->state_ttl_s);
    snprintf(sent, sizeof(sent), "%.6f", c->sentiment);
    snprintf(nws, sizeof(nws), "%d", n);
    argv[argc++] = "EVALSHA";
    argv[argc++] = a->count_sha;
    char nkeys[16];
    snprintf(nkeys, sizeof(nkeys), "%d", 2 + 2 * n);
    argv[argc++] = nkeys;
    argv[argc++] = seen;
    argv[argc++] = a->open_key;
    for (int i = 0; i < n; i++) {
        snprintf(hkeys[i], sizeof(hkeys[i]), LL_KEY_AGG_COUNTS_FMT, a->ac->group, a->w[idx[i]].key);
        snprintf(skeys[i], sizeof(skeys[i]), LL_KEY_AGG_THREADS_FMT, a->ac->group,
                 a->w[idx[i]].key);
        argv[argc++] = hkeys[i];
        argv[argc++] = skeys[i];
    }
    argv[argc++] = ttl;
    argv[argc++] = c->thread;
    argv[argc++] = sent;
    argv[argc++] = nws;
    for (int i = 0; i < n; i++) {
        snprintf(ends[i], sizeof(ends[i]), "%lld", a->w[idx[i]].end);
        argv[argc++] = ends[i];
        argv[argc++] = a->w[idx[i]].key;
    }
    for (int i = 0; i < c->nfields; i++)
        argv[argc++] = c->fields[i];
    redisAppendCommandArgv(a->rc, argc, argv, NULL);
}

/* ---- emissions ---- */

static long long hash_int(const redisReply *h, const char *field) {
    for (size_t i = 0; i + 1 < h->elements; i += 2)
        if (h->element[i]->type == REDIS_REPLY_STRING && !strcmp(h->element[i]->str, field))
            return strtoll(h->element[i + 1]->str, NULL, 10);
    return 0;
}

static double share(long long part, long long whole) {
    return whole > 0 ? (double)part / (double)whole : 0;
}

/* The aggregate event of window w from its Redis reply; NULL when empty. */
static cJSON *emission_event(const agg *a, const window *w, const redisReply *h,
                             long long threads) {
    long long contacts = hash_int(h, "contacts"), ver = hash_int(h, "ver");
    if (contacts <= 0)
        return NULL;
    double sentiment_sum = 0;
    for (size_t i = 0; i + 1 < h->elements; i += 2)
        if (!strcmp(h->element[i]->str, "sentiment_sum"))
            sentiment_sum = strtod(h->element[i + 1]->str, NULL);
    char natural[LL_AGG_KEY_BYTES + 32], id[LL_EVENT_ID_LEN + 1], now[40], start[32], end[32];
    snprintf(natural, sizeof(natural), "%s#%lld", w->key, ver);
    ll_event_id_from_key(a->source, natural, id);
    ll_time_format_ms(ll_now_ms(), now, sizeof(now));
    ll_time_format((time_t)w->start, start, sizeof(start));
    ll_time_format((time_t)w->end, end, sizeof(end));
    /* the dimensions, back from the key: WINDOW|START|THEME|CHANNEL|KIND|WIJK */
    char parts[6][LL_AGG_DIM_BYTES + 32];
    const char *p = w->key;
    for (int k = 0; k < 6; k++) {
        const char *bar = k < 5 ? strchr(p, '|') : p + strlen(p);
        if (!bar)
            return NULL;
        snprintf(parts[k], sizeof(parts[k]), "%.*s", (int)(bar - p), p);
        p = *bar ? bar + 1 : bar;
    }
    cJSON *ev = ll_event_new(id, a->source, LL_TYPE_AGGREGATE, now);
    cJSON *d = ev ? ll_event_data(ev) : NULL, *dims, *cnt, *emo;
    if (!d || !cJSON_AddStringToObject(d, "window", win_name[w->wi]) ||
        !cJSON_AddStringToObject(d, "start", start) || !cJSON_AddStringToObject(d, "end", end) ||
        !(dims = cJSON_AddObjectToObject(d, "dims")) ||
        !cJSON_AddStringToObject(dims, "theme", parts[2]) ||
        !cJSON_AddStringToObject(dims, "channel", parts[3]) ||
        !cJSON_AddStringToObject(dims, "kind", parts[4]) ||
        !cJSON_AddStringToObject(dims, "wijk", parts[5]) ||
        !(cnt = cJSON_AddObjectToObject(d, "counts")))
        goto fail;
    long long neg = hash_int(h, "negative"), rep = hash_int(h, "repeat");
    double mean = sentiment_sum / (double)contacts;
    const struct {
        const char *name;
        double v;
    } nums[] = {
        {"contacts", (double)contacts},
        {"threads", (double)threads},
        {"complaints", (double)hash_int(h, "complaints")},
        {"compliments", (double)hash_int(h, "compliments")},
        {"questions", (double)hash_int(h, "questions")},
        {"sentiment_mean", (double)(long long)(mean * 1000 + (mean < 0 ? -0.5 : 0.5)) / 1000},
        {"negative", (double)neg},
        {"negative_share", (double)(long long)(share(neg, contacts) * 1000 + 0.5) / 1000},
        {"urgent", (double)hash_int(h, "urgent")},
        {"repeat", (double)rep},
        {"repeat_share", (double)(long long)(share(rep, contacts) * 1000 + 0.5) / 1000},
        {"formal", (double)hash_int(h, "formal")},
        {"awb_in_term", (double)hash_int(h, "awb_in_term")},
    };
    for (size_t i = 0; i < sizeof(nums) / sizeof(nums[0]); i++)
        if (!cJSON_AddNumberToObject(cnt, nums[i].name, nums[i].v))
            goto fail;
    if (!(emo = cJSON_AddObjectToObject(cnt, "emotions")))
        goto fail;
    for (size_t i = 0; i + 1 < h->elements; i += 2)
        if (!strncmp(h->element[i]->str, "emo:", 4) &&
            !cJSON_AddNumberToObject(emo, h->element[i]->str + 4,
                                     (double)strtoll(h->element[i + 1]->str, NULL, 10)))
            goto fail;
    if (!cJSON_AddNumberToObject(d, "version", (double)ver))
        goto fail;
    return ev;
fail:
    cJSON_Delete(ev);
    return NULL;
}

/* Reads the closed, pending windows' counts (one round trip) and makes the
 * batch's emissions. Windows past their lateness with nothing owed leave the
 * index. 0, or -1 when Redis failed (the batch is read again; what was made
 * so far is owed again when the batch is cleared). */
static int emissions_make(agg *a, ll_batch *b) {
    slot_emits *se = &a->slots[b->slot];
    int idx[LL_AGG_EMIT_MAX], n = 0, nrem = 0;
    static int rem[LL_AGG_MAX_WINDOWS];
    long long lateness = a->ac->lateness_s;
    for (int i = 0; i < LL_AGG_MAX_WINDOWS; i++) {
        window *w = &a->w[i];
        if (!w->used || w->end > a->wm)
            continue;
        if (w->pending && n < LL_AGG_EMIT_MAX)
            idx[n++] = i;
        else if (!w->pending && !w->inflight && w->end + lateness <= a->wm)
            rem[nrem++] = i;
    }
    for (int k = 0; k < n; k++) {
        char hk[LL_AGG_KEY_BYTES + 160], sk[LL_AGG_KEY_BYTES + 160];
        snprintf(hk, sizeof(hk), LL_KEY_AGG_COUNTS_FMT, a->ac->group, a->w[idx[k]].key);
        snprintf(sk, sizeof(sk), LL_KEY_AGG_THREADS_FMT, a->ac->group, a->w[idx[k]].key);
        const char *argv[] = {"EVALSHA", a->read_sha, "2", hk, sk};
        redisAppendCommandArgv(a->rc, 5, argv, NULL);
    }
    for (int k = 0; k < nrem; k++) {
        const char *argv[] = {"ZREM", a->open_key, a->w[rem[k]].key};
        redisAppendCommandArgv(a->rc, 3, argv, NULL);
    }
    int rc = 0;
    for (int k = 0; k < n; k++) {
        redisReply *r = reply_get(a);
        if (!r)
            return -1;
        window *w = &a->w[idx[k]];
        cJSON *ev = NULL;
        if (r->type == REDIS_REPLY_ARRAY && r->elements == 2 &&
            r->element[0]->type == REDIS_REPLY_ARRAY && r->element[1]->type == REDIS_REPLY_INTEGER)
            ev = emission_event(a, w, r->element[0], r->element[1]->integer);
        else if (r->type != REDIS_REPLY_NIL)
            rc = -1; /* read on: the pipeline stays in step */
        freeReplyObject(r);
        w->pending = 0;
        if (!ev)
            continue; /* counts gone (TTL) or empty: nothing to say */
        size_t len = ll_event_serialise(ev, a->scratch, LL_MAX_SERIALISED_EVENT_BYTES);
        cJSON_Delete(ev);
        emission *em = &se->e[se->n];
        if (len == 0 || !(em->out = malloc(len))) {
            w->pending = 1;
            rc = -1;
            continue;
        }
        memcpy(em->out, a->scratch, len);
        em->len = len;
        snprintf(em->key, sizeof(em->key), "%s", w->key);
        se->n++;
        w->inflight++;
    }
    for (int k = 0; k < nrem; k++) {
        redisReply *r = reply_get(a);
        if (!r)
            return -1;
        freeReplyObject(r);
        win_remove(a, rem[k]);
    }
    return rc;
}

/* ---- stream hooks ---- */

static item *item_at(const ll_batch *b, int i) { return ll_batch_item(b, i); }

/* Main thread: the batch closed. Counts its contacts in Redis (one round
 * trip), moves the watermark, and makes the emissions of the windows it
 * closed (a second round trip). */
static enum ll_work_outcome on_work(void *role, ll_batch *b) {
    agg *a = role;
    if (a->stale || !a->rc)
        return LL_WORK_RETRY;
    pthread_mutex_lock(&a->mu);
    enum ll_work_outcome out = LL_WORK_RETRY;
    long long wm = a->wm;
    static contact c;
    for (int i = 0; i < b->n; i++) {
        item *it = item_at(b, i);
        const rd_kafka_message_t *m = b->msg[i];
        ll_err err = {0};
        cJSON *ev = m->payload ? ll_json_parse(m->payload, m->len, LL_MAX_EVENT_BYTES, &err) : NULL;
        if (!ev || contact_parse(ev, &c, &err) != 0) {
            unsigned long left = 0;
            if (ll_log_allow(&bad_log, 10000, &left))
                ll_warn("skipped %s[%d]@%lld: %s%s%s (%lu more left out)",
                        rd_kafka_topic_name(m->rkt), m->partition, (long long)m->offset, err.field,
                        err.field[0] ? ": " : "", err.msg[0] ? err.msg : "empty", left);
            it->state = IT_BAD;
            cJSON_Delete(ev);
            continue;
        }
        int idx[NW], n = 0;
        for (int k = 0; k < NW; k++) {
            long long start = c.t - c.t % win_len[k];
            if (start + win_len[k] + a->ac->lateness_s <= wm)
                continue; /* past its lateness */
            char key[LL_AGG_KEY_BYTES];
            window_key(key, sizeof(key), k, start, c.dims);
            int at = win_get(a, key, k, start);
            if (at < 0) {
                ll_metric_add(&m_full, 1);
                continue;
            }
            idx[n++] = at;
        }
        if (c.t > wm)
            wm = c.t;
        if (n == 0) {
            it->state = IT_LATE;
            cJSON_Delete(ev);
            continue;
        }
        append_count(a, &c, idx, n);
        cJSON_Delete(ev);
        memcpy(it->win, idx, sizeof(idx));
        it->nwin = n;
        it->state = IT_SENT;
    }
    char wms[24];
    snprintf(wms, sizeof(wms), "%lld", wm);
    const char *setwm[] = {"SET", a->wm_key, wms};
    redisAppendCommandArgv(a->rc, 3, setwm, NULL);
    /* The replies, in order; the windows of a counted contact are owed. */
    int failed = 0;
    for (int i = 0; i < b->n; i++) {
        item *it = item_at(b, i);
        if (it->state != IT_SENT)
            continue;
        redisReply *r = reply_get(a);
        if (!r)
            goto out;
        if (r->type != REDIS_REPLY_INTEGER) {
            failed = 1;
        } else if (r->integer == 1) {
            it->state = IT_COUNTED;
        } else {
            it->state = IT_REPEAT;
        }
        freeReplyObject(r);
    }
    redisReply *r = reply_get(a);
    if (!r)
        goto out;
    failed |= r->type == REDIS_REPLY_ERROR;
    freeReplyObject(r);
    if (failed)
        goto out;
    /* What the counted contacts touched is owed. */
    for (int i = 0; i < b->n; i++) {
        const item *it = item_at(b, i);
        if (it->state == IT_COUNTED)
            for (int k = 0; k < it->nwin; k++)
                a->w[it->win[k]].pending = 1;
    }
    a->wm = wm;
    if (emissions_make(a, b) != 0)
        goto out;
    out = LL_WORK_DONE;
out:
    ll_metric_set(&m_open, (unsigned long long)a->nopen);
    ll_metric_set(&m_watermark, (unsigned long long)(a->wm > 0 ? a->wm : 0));
    pthread_mutex_unlock(&a->mu);
    return out;
}

/* Main thread: replace a connection out of step before the next batch. */
static enum ll_turn_outcome on_turn(void *role) {
    agg *a = role;
    if ((a->stale || !a->rc) && redis_open(a) != 0) {
        if (ll_stop_requested())
            return LL_TURN_SKIP;
        struct timespec ts = {0, 500 * 1000 * 1000};
        nanosleep(&ts, NULL); /* Redis away: try again, without spinning */
        return LL_TURN_SKIP;
    }
    return LL_TURN_GO;
}

/* Lane: the batch's emissions into its transaction. */
static int on_produce(void *role, ll_txn_out *out, ll_batch *b) {
    agg *a = role;
    slot_emits *se = &a->slots[b->slot];
    for (int i = 0; i < se->n; i++) {
        emission *em = &se->e[i];
        if (ll_txn_produce(out, a->cfg->topic_aggregates, em->key, strlen(em->key), em->out,
                           em->len, RD_KAFKA_MSG_F_FREE) != 0)
            return -1; /* em->out is still ours; clear frees it */
        em->out = NULL;
    }
    return 0;
}

static void on_committed(void *role, const ll_batch *b, const ll_txn_times *t) {
    (void)t;
    agg *a = role;
    slot_emits *se = &a->slots[b->slot];
    se->committed = 1;
    unsigned long long cnt[IT_BAD + 1] = {0};
    for (int i = 0; i < b->n; i++)
        cnt[item_at(b, i)->state]++;
    ll_metric_add(&m_counted, cnt[IT_COUNTED]);
    ll_metric_add(&m_repeat, cnt[IT_REPEAT]);
    ll_metric_add(&m_late, cnt[IT_LATE]);
    ll_metric_add(&m_bad, cnt[IT_BAD]);
    ll_metric_add(&m_emitted, (unsigned long long)se->n);
    ll_debug("committed %llu: %d in, %llu counted, %llu repeats, %llu late, %d windows out", b->seq,
             b->n, cnt[IT_COUNTED], cnt[IT_REPEAT], cnt[IT_LATE], se->n);
}

/* Lane or main thread: the batch is done with. Emissions that did not commit
 * are owed again. */
static void on_clear(void *role, ll_batch *b) {
    agg *a = role;
    slot_emits *se = &a->slots[b->slot];
    pthread_mutex_lock(&a->mu);
    for (int i = 0; i < se->n; i++) {
        emission *em = &se->e[i];
        free(em->out);
        em->out = NULL;
        int at = win_find(a, em->key);
        if (at < 0)
            continue;
        a->w[at].inflight--;
        if (!se->committed)
            a->w[at].pending = 1;
    }
    se->n = 0;
    se->committed = 0;
    pthread_mutex_unlock(&a->mu);
}

/* ---- the role ---- */

/* The windows still open in Redis and the watermark, after a restart. */
static int state_restore(agg *a) {
    redisReply *r = redisCommand(a->rc, "GET %s", a->wm_key);
    if (!r || r->type == REDIS_REPLY_ERROR) {
        ll_error("redis: restoring the watermark: %s", r ? r->str : a->rc->errstr);
        freeReplyObject(r);
        return -1;
    }
    if (r->type == REDIS_REPLY_STRING)
        a->wm = strtoll(r->str, NULL, 10);
    freeReplyObject(r);
    r = redisCommand(a->rc, "ZRANGE %s 0 %d", a->open_key, LL_AGG_MAX_WINDOWS - 1);
    if (!r || r->type != REDIS_REPLY_ARRAY) {
        ll_error("redis: restoring the open windows: %s", r ? r->str : a->rc->errstr);
        freeReplyObject(r);
        return -1;
    }
    int restored = 0;
    for (size_t i = 0; i < r->elements; i++) {
        const char *key = r->element[i]->str;
        int wi = -1;
        for (int k = 0; k < NW; k++)
            if (!strncmp(key, win_name[k], 2) && key[2] == '|')
                wi = k;
        char ts[32];
        const char *bar = wi >= 0 ? strchr(key + 3, '|') : NULL;
        time_t start;
        if (!bar || (size_t)(bar - key - 3) >= sizeof(ts))
            continue;
        snprintf(ts, sizeof(ts), "%.*s", (int)(bar - key - 3), key + 3);
        if (ll_time_parse(ts, &start) != 0)
            continue;
        int at = win_get(a, key, wi, (long long)start);
        if (at < 0)
            break;
        a->w[at].pending = 1; /* emitted again once closed: it replaces */
        restored++;
    }
    freeReplyObject(r);
    ll_info("restored %d open windows from Redis, watermark %lld", restored, a->wm);
    return 0;
}

static int ready(void *arg) {
    const agg *a = arg;
    return a->rc && !a->stale;
}

static const char *admin_listen(const void *state) {
    const agg *a = state;
    return a->ac->metrics_listen;
}

static void aggregate_shutdown(void *state) {
    agg *a = state;
    if (!a)
        return;
    ll_stream_free(a->stream); /* first: the lanes still use the slots */
    for (int k = 0; k <= LL_MAX_TXN_IN_FLIGHT; k++) {
        for (int i = 0; a->slots[k].e && i < a->slots[k].n; i++)
            free(a->slots[k].e[i].out);
        free(a->slots[k].e);
    }
    if (a->rc)
        redisFree(a->rc);
    free(a->w);
    free(a->scratch);
    pthread_mutex_destroy(&a->mu);
    free(a);
}

static void *aggregate_init(const ll_config *cfg, int argc, char **argv, char *errstr,
                            size_t errlen) {
    (void)argc; /* none: ll_role_run refused them (.usage is NULL) */
    (void)argv;
    agg *a = calloc(1, sizeof(*a));
    if (!a) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&a->mu, NULL);
    a->cfg = cfg;
    const ll_aggregate_cfg *ac = a->ac = ll_config_settings(cfg, &ll_aggregate_config);
    a->stale = 1;
    snprintf(a->source, sizeof(a->source), "%s/aggregate", cfg->source_base);
    snprintf(a->open_key, sizeof(a->open_key), LL_KEY_AGG_OPEN_FMT, ac->group);
    snprintf(a->wm_key, sizeof(a->wm_key), LL_KEY_AGG_WATERMARK_FMT, ac->group);
    if (!(a->w = calloc(LL_AGG_MAX_WINDOWS, sizeof(window))) ||
        !(a->scratch = malloc(LL_MAX_SERIALISED_EVENT_BYTES))) {
        snprintf(errstr, errlen, "out of memory");
        goto fail;
    }
    for (int k = 0; k <= LL_MAX_TXN_IN_FLIGHT; k++)
        if (!(a->slots[k].e = calloc(LL_AGG_EMIT_MAX, sizeof(emission)))) {
            snprintf(errstr, errlen, "out of memory");
            goto fail;
        }
    for (int i = 0; i < NBUCKETS; i++)
        a->bucket[i] = -1;
    for (int i = 0; i < LL_AGG_MAX_WINDOWS; i++)
        a->w[i].next = i + 1 < LL_AGG_MAX_WINDOWS ? i + 1 : -1;
    a->free_head = 0;
    LL_METRICS_REGISTER(&m_counted, &m_repeat, &m_late, &m_bad, &m_full, &m_emitted, &m_open,
                        &m_watermark);
    ll_txn_metrics_register(&m_txn);
    const ll_stream_conf sconf = {
        .txn =
            {
                .cfg = cfg,
                .section = "aggregate",
                .txn_id = ac->txn_id,
                /* One lane: the emissions of a batch are made from the index
                 * as the batches before it left it. */
                .lanes = 1,
                .txn_timeout_ms = ac->txn_timeout_ms,
                .metrics = &m_txn,
            },
        .group = ac->group,
        .topics = {cfg->topic_enriched},
        .batch_max = ac->batch_max,
        .batch_bytes = LL_PROCESS_BATCH_BYTES,
        .batch_wait_ms = ac->batch_wait_ms,
        .item_size = sizeof(item),
    };
    const ll_stream_hooks hooks = {
        .role = a,
        .work = on_work,
        .turn = on_turn,
        .produce = on_produce,
        .committed = on_committed,
        .clear = on_clear,
    };
    if (!(a->stream = ll_stream_new(&sconf, &hooks, errstr, errlen)))
        goto fail;
    return a;
fail:
    aggregate_shutdown(a);
    return NULL;
}

static int aggregate_run(void *state) {
    agg *a = state;
    int rc = 0;
    if (ll_stream_init_transactions(a->stream) != 0) {
        rc = 1;
        goto out;
    }
    while (redis_open(a) != 0) {
        if (ll_stop_requested())
            goto out;
        struct timespec ts = {1, 0};
        nanosleep(&ts, NULL);
    }
    if (state_restore(a) != 0 || ll_stream_subscribe(a->stream) != 0) {
        rc = 1;
        goto out;
    }
    ll_info("aggregating %s -> %s (group %s, transactional.id %s, lateness %d s)",
            a->cfg->topic_enriched, a->cfg->topic_aggregates, a->ac->group, a->ac->txn_id,
            a->ac->lateness_s);
    if (ll_stream_run(a->stream) != 0)
        rc = 1;
out:
    ll_info("stopping: %llu counted, %llu repeats, %llu late, %llu bad, %llu windows out, %d open",
            ll_metric_get(&m_counted), ll_metric_get(&m_repeat), ll_metric_get(&m_late),
            ll_metric_get(&m_bad), ll_metric_get(&m_emitted), a->nopen);
    return rc;
}

const ll_role ll_role_aggregate = {
    .name = "aggregate",
    .summary = "feedback.enriched -> feedback.aggregates: closed 1m/1h/1d windows per theme, "
               "channel, kind and wijk",
    .usage = NULL,
    .config = &ll_aggregate_config,
    .needs_pseudonym_key = 0,
    .init = aggregate_init,
    .run = aggregate_run,
    .shutdown = aggregate_shutdown,
    .admin_listen = admin_listen,
    .ready = ready,
};
