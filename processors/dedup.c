/* dedup.c - the processor's Redis pipeline: exact repeats of an event id and the citizen's thread,
 * one round trip per batch.
 *
 * A batch's Redis work is, per key group (keys.h) and up to
 * LL_PROCESS_REDIS_CHUNK citizens' threads, one script call, which reads
 * and writes each thread record atomically (a record is read, changed and
 * written back: outside a script two processors in a rebalance could lose
 * each other's update); the record's replay memo names the input of each
 * event it threaded, so it is also the event's de-duplication mark
 * (thread.c). An event without a citizen has no record: its mark is one
 * native SET NX GET of its id (the cheapest command that both tests and
 * sets; inside a script each call cost Redis ~1 us more, 7.0's scripts run
 * a command through a client of their own and read its reply back). A
 * citizen's event costs Redis one command's share instead of two: a mark
 * was ~12,000 of its ~40,000 instructions (callgrind, issue 16). All of it
 * goes out pipelined, answered in one round trip. Marks and full calls are
 * written while the batch is still gathered, so Redis works while the lane
 * commits; the rest go out when the batch closes. Every key of a call
 * carries its group's hash tag, so a Redis Cluster could hold them (one
 * slot per call; a mark is one key). */
#include "dedup.h"

#include <assert.h>
#include <hiredis/hiredis.h>
#include <hiredis/sds.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "event.h"
#include "keys.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "redis.h"
#include "stop.h"
#include "text.h"

LL_METRIC(m_redis_cmds, "ll_process_redis_commands_total", NULL, LL_COUNTER, "Redis commands");
LL_METRIC(m_redis_rtt, "ll_process_redis_roundtrips_total", NULL, LL_COUNTER,
          "Redis round trips (one per pipelined batch)");
LL_METRIC(m_redis_wait, "ll_process_redis_wait_short_total", NULL, LL_COUNTER,
          "batches read again because fewer replicas than redis_wait_replicas confirmed them");
LL_METRIC(
    m_redis_wait_degraded, "ll_process_redis_wait_degraded_total", NULL, LL_COUNTER,
    "batches committed on fewer replicas than redis_wait_replicas because fewer were attached");

/* The batch script: the threads of one call. KEYS: the call's thread
 * records, each once. ARGV: the thread window (ms), the records' TTL (ms),
 * which record each event threads (empty when event j threads KEYS[j], the
 * usual case: a call's events rarely share a record; else one byte per
 * event, the record's number in KEYS), then one argument per event
 * (thread.h). The reply has one entry per event, in ARGV order: its thread
 * (thread.c), or 0 when its id came from another input first. A thread's
 * answer is given once per event and repeated to a replay, so a call is as
 * replay-safe as one command per event was. The
 * records are read with one MGET and each written once, after the call's
 * last event: the same result as a GET and a SET per event (a record met
 * twice in one call is threaded on as it stands in nv), at one command per
 * record instead of two. The processor numbers the records, so the script
 * keeps them in arrays by number: no table keyed by the keys' strings. */
static const char batch_script_head[] = "local find, sub, match, byte = string.find, string.sub, "
                                        "string.match, string.byte\n"
                                        "local L, P = {}, {}\n"
                                        "local w = tonumber(ARGV[1])\n"
                                        "local keep = ARGV[2]\n"
                                        "local map = ARGV[3]\n"
                                        "local out = {}\n"
                                        "local got = redis.call('MGET', unpack(KEYS))\n"
                                        "local nv = {}\n"
                                        "for j = 1, #ARGV - 3 do\n"
                                        "  local ki = j\n"
                                        "  if map ~= '' then ki = byte(map, j) end\n"
                                        "  local a = ARGV[3 + j]\n"
                                        "  local s = nv[ki] or got[ki]\n"
                                        "  local r, v\n";
static const char batch_script_tail[] =
    "  if v then nv[ki] = v end\n"
    "  out[j] = r\n"
    "end\n"
    "for ki = 1, #KEYS do\n"
    "  if nv[ki] then redis.call('SET', KEYS[ki], nv[ki], 'PX', keep) end\n"
    "end\n"
    "return out\n";

#define MARK_BYTES LL_THREAD_MARK_BYTES
/* "ll:" + namespace + "seen:{pNN}:" + id (LL_KEY_SEEN_FMT). */
#define SEEN_KEY_BYTES (LL_MAX_ID_BYTES + LL_MAX_KEY_NS_BYTES + 32)
/* Calls in one batch: each group's last, partly filled one, plus every full one. */
#define MAX_CALLS (LL_KEY_PROCESS_SHARDS + LL_PROCESS_BATCH_MAX / LL_PROCESS_REDIS_CHUNK + 1)
/* Commands in one batch: at most a mark per event and the calls. */
#define MAX_CMDS (LL_PROCESS_BATCH_MAX + MAX_CALLS)
/* EVALSHA sha numkeys, the keys, 3 fixed arguments, 1 per thread. */
#define MAX_ARGS (3 + LL_PROCESS_REDIS_CHUNK + 3 + LL_PROCESS_REDIS_CHUNK)

/* A reused id's own id fits an id: the cut id, '~', "partition:offset". */
_Static_assert(LL_THREAD_REUSED_KEEP + 1 + 32 <= LL_MAX_ID_BYTES, "a reused id fits an id");

/* A record's number in a call travels as one byte. */
_Static_assert(LL_PROCESS_REDIS_CHUNK <= 255, "record numbers of a call fit a byte");

/* A group's call being filled. */
typedef struct group_call {
    int call; /* its number in the batch; -1: none open */
    int nthread;
    ll_thread_arg thread[LL_PROCESS_REDIS_CHUNK];
    /* The call's records, each once: which thread's key names record u, and
     * a hash of the key to find repeats without comparing every key. */
    int nkeys;
    int key_of[LL_PROCESS_REDIS_CHUNK];
    uint32_t key_hash[LL_PROCESS_REDIS_CHUNK];
    /* Thread i's record, 1-based (the script's KEYS index); all i + 1 while
     * repeats is 0, so the call sends no map. */
    unsigned char rec[LL_PROCESS_REDIS_CHUNK];
    int repeats;
} group_call;

/* A new content under an anonymous id, read in this batch: its mark is added to the
 * id's after the batch (";" mark), and a repeat of it later in the batch is told by it. */
typedef struct mark_add {
    uint32_t id_hash, digest; /* of its key */
    size_t keylen;
    char key[SEEN_KEY_BYTES];
    char add[MARK_BYTES + 1];
} mark_add;

/* Where an appended event's answer is: its mark's command (an anonymous
 * event), or its call and entry (a citizen's, whose record marks it). */
typedef struct ev_at {
    int seen_cmd;              /* -1: marked in its thread record */
    int thread_call, thread_i; /* thread_call -1: anonymous */
} ev_at;

struct ll_dedup {
    char redis_url[512];
    char ns[LL_MAX_KEY_NS_BYTES + 1]; /* key namespace, keys.h */
    int ttl_s;
    int window_s;
    char ttl_arg[16], window_arg[24], keep_arg[24];
    size_t ttl_len;
    redisContext *redis;
    char sha[41];
    char *script;      /* batch_script_head, ll_thread_lua, batch_script_tail */
    int pending;       /* replies not read yet (appended, not written yet: unwritten()) */
    int broken;        /* a write or read failed: nothing more goes out */
    int stale;         /* out of step or broken: reconnect before the next batch */
    int wait_replicas; /* WAIT for this many replicas at the end of a batch; 0: none */
    int wait_timeout_ms;
    int waiting; /* this batch's WAIT reply is owed */
    /* The batch's commands, numbered in the order appended to the connection
     * (so also the order answered), and its calls, numbered when opened. */
    group_call *group;  /* [LL_KEY_PROCESS_SHARDS] */
    int ncalls;         /* numbered so far */
    int nsent;          /* commands appended to the connection */
    int *call_cmd;      /* [MAX_CALLS]: each call's command number, once appended */
    redisReply **reply; /* [MAX_CMDS]: each command's answer, once read */
    int nread;          /* answers read: reply[0, nread) */
    ev_at *at;          /* [LL_PROCESS_BATCH_MAX] */
    int nat, next_read;
    mark_add *adds; /* [LL_PROCESS_REUSED_MAX] */
    int nadds;
};

static void batch_reset(ll_dedup *d);

ll_dedup *ll_dedup_new(const char *redis, const char *ns, int ttl_s, int window_s) {
    assert(strlen(ns) <= LL_MAX_KEY_NS_BYTES);
    ll_dedup *d = calloc(1, sizeof(*d));
    if (!d)
        return NULL;
    snprintf(d->redis_url, sizeof(d->redis_url), "%s", redis);
    snprintf(d->ns, sizeof(d->ns), "%s", ns);
    d->ttl_s = ttl_s;
    d->window_s = window_s;
    snprintf(d->ttl_arg, sizeof(d->ttl_arg), "%d", ttl_s);
    d->ttl_len = strlen(d->ttl_arg);
    snprintf(d->window_arg, sizeof(d->window_arg), "%lld", (long long)window_s * 1000);
    /* A thread record outlives its last contact by two windows (a late
     * contact may still join) and a day, and at least as long as a mark:
     * its memo marks the events it threaded. */
    long long keep_s = (long long)window_s * 2 + 86400;
    if (keep_s < ttl_s)
        keep_s = ttl_s;
    snprintf(d->keep_arg, sizeof(d->keep_arg), "%lld", keep_s * 1000);
    size_t sl = strlen(batch_script_head) + strlen(ll_thread_lua) + strlen(batch_script_tail) + 1;
    if (!(d->script = malloc(sl)) ||
        !(d->group = calloc(LL_KEY_PROCESS_SHARDS, sizeof(*d->group))) ||
        !(d->call_cmd = calloc(MAX_CALLS, sizeof(*d->call_cmd))) ||
        !(d->reply = calloc(MAX_CMDS, sizeof(*d->reply))) ||
        !(d->at = calloc(LL_PROCESS_BATCH_MAX, sizeof(*d->at))) ||
        !(d->adds = calloc(LL_PROCESS_REUSED_MAX, sizeof(*d->adds)))) {
        ll_dedup_free(d);
        return NULL;
    }
    snprintf(d->script, sl, "%s%s%s", batch_script_head, ll_thread_lua, batch_script_tail);
    batch_reset(d);
    ll_metric_register(&m_redis_cmds);
    ll_metric_register(&m_redis_rtt);
    return d;
}

void ll_dedup_free(ll_dedup *d) {
    if (!d)
        return;
    if (d->reply)
        batch_reset(d);
    if (d->redis)
        redisFree(d->redis);
    free(d->script);
    free(d->group);
    free(d->call_cmd);
    free(d->reply);
    free(d->at);
    free(d->adds);
    free(d);
}

/* Forgets the batch: its commands, their answers, its events. */
static void batch_reset(ll_dedup *d) {
    for (int c = 0; c < d->nsent; c++) {
        if (d->reply[c])
            freeReplyObject(d->reply[c]);
        d->reply[c] = NULL;
    }
    for (int g = 0; g < LL_KEY_PROCESS_SHARDS; g++) {
        d->group[g].call = -1;
        d->group[g].nthread = d->group[g].nkeys = d->group[g].repeats = 0;
    }
    d->ncalls = d->nsent = d->nat = d->next_read = d->nread = 0;
}

/* Forgets the batch and the marks it would add: it is read again. */
static void batch_forget(ll_dedup *d) {
    batch_reset(d);
    d->nadds = 0;
}

static int script_load(redisContext *c, void *arg, char *errstr, size_t errlen) {
    ll_dedup *d = arg;
    return ll_redis_script_load(c, d->script, d->sha, errstr, errlen);
}

int ll_dedup_connect(ll_dedup *d) {
    d->pending = d->broken = 0;
    batch_forget(d);
    /* No consumer poll while waiting: it would hand out messages of the
     * rewound batch. A Redis outage longer than max.poll.interval.ms costs
     * a rejoin of the group, not data. A read must outlast the batch's WAIT. */
    if (ll_redis_reconnect(&d->redis, d->redis_url,
                           d->wait_replicas ? d->wait_timeout_ms + 2000 : 2000, script_load,
                           d) != 0)
        return -1;
    d->stale = 0;
    return 0;
}

int ll_dedup_stale(const ll_dedup *d) { return d->stale; }

int ll_dedup_ready(const ll_dedup *d) { return d->redis != NULL && !d->redis->err; }

static void broke(ll_dedup *d) {
    d->broken = 1;
    d->stale = 1;
}

/* Bytes appended to the connection and not written to its socket yet:
 * hiredis's write buffer (an sds; a new connection's is empty, and a
 * blocking read writes it out first). */
static size_t unwritten(const ll_dedup *d) { return d->redis ? sdslen(d->redis->obuf) : 0; }

static void mark_of(const rd_kafka_message_t *m, uint32_t digest, char *buf, size_t len) {
    static const char hex[] = "0123456789abcdef";
    ll_put w = {buf, len, 0}; /* "%d:%lld|%08x" */
    ll_put_ll(&w, m->partition);
    ll_put_mem(&w, ":", 1);
    ll_put_ll(&w, (long long)m->offset);
    char dg[9];
    dg[0] = '|';
    for (int i = 0; i < 8; i++)
        dg[1 + i] = hex[(digest >> (28 - 4 * i)) & 15];
    ll_put_mem(&w, dg, sizeof(dg));
    ll_put_end(&w);
}

/* An anonymous event's mark key (LL_KEY_SEEN_FMT); its length, or sizeof(key) or more
 * when it does not fit. */
static size_t seen_key(const ll_dedup *d, const char *id, char key[SEEN_KEY_BYTES]) {
    ll_put w = {key, SEEN_KEY_BYTES, 0};
    ll_put_mem(&w, "ll:", 3);
    ll_put_str(&w, d->ns);
    ll_put_mem(&w, "seen:{p", 7);
    ll_put_ll(&w, ll_key_shard(id));
    ll_put_mem(&w, "}:", 2);
    ll_put_str(&w, id);
    return ll_put_end(&w);
}

void ll_dedup_reused_id(const char *id, const char *mark, char out[LL_MAX_ID_BYTES + 1]) {
    size_t n = strlen(id);
    if (n > LL_THREAD_REUSED_KEEP) {
        n = LL_THREAD_REUSED_KEEP;
        while (n > 0 && ((unsigned char)id[n] & 0xC0) == 0x80)
            n--; /* id[n] continues a code point: cut before it starts */
    }
    ll_put w = {out, LL_MAX_ID_BYTES + 1, 0};
    ll_put_mem(&w, id, n);
    ll_put_mem(&w, "~", 1);
    ll_put_mem(&w, mark, strcspn(mark, "|"));
    ll_put_end(&w);
}

enum ll_dedup_verdict ll_dedup_judge(const char *stored, size_t len, const char *mark, int *fresh) {
    *fresh = 0;
    if (!stored)
        return LL_DEDUP_FIRST;
    size_t ml = strlen(mark), pl = strcspn(mark, "|");
    if (!memchr(stored, '|', len))
        return len == pl && memcmp(stored, mark, pl) == 0 ? LL_DEDUP_FIRST : LL_DEDUP_REPEAT;
    const char *dg = mark + pl, *end = stored + len; /* dg: "|digest" */
    size_t dl = ml - pl;
    for (const char *e = stored; e < end;) {
        const char *semi = memchr(e, ';', (size_t)(end - e)), *ee = semi ? semi : end;
        size_t el = (size_t)(ee - e);
        /* Our own mark: this very input, read again after a crash. */
        if (el == ml && memcmp(e, mark, ml) == 0)
            return e == stored ? LL_DEDUP_FIRST : LL_DEDUP_REUSED;
        if (el >= dl && memcmp(ee - dl, dg, dl) == 0)
            return LL_DEDUP_REPEAT;
        e = semi ? semi + 1 : end;
    }
    *fresh = 1;
    return LL_DEDUP_REUSED;
}

/* Appends one command to the connection; its number, or -1 (then broken).
 * What is appended goes out once LL_PROCESS_REDIS_WRITE_BYTES wait: hiredis
 * grows its write buffer by doubling and frees it once written, and a batch's
 * commands in one buffer (~0.3 MB) took a fresh mapping, page faults and
 * copies in every batch (a fifth of the processor's page faults). Redis
 * starts on them sooner; the replies are still read in one round trip. */
static int cmd_append(ll_dedup *d, int argc, const char **argv, const size_t *lens) {
    if (d->nsent == MAX_CMDS || redisAppendCommandArgv(d->redis, argc, argv, lens) != REDIS_OK) {
        broke(d);
        return -1;
    }
    d->pending++;
    ll_metric_add(&m_redis_cmds, 1);
    if (unwritten(d) >= LL_PROCESS_REDIS_WRITE_BYTES)
        ll_dedup_flush(d, 0);
    return d->nsent++;
}

/* Appends group g's open call to the connection. */
static void group_send(ll_dedup *d, int g) {
    group_call *gc = &d->group[g];
    if (gc->call < 0)
        return;
    const char *argv[MAX_ARGS];
    size_t lens[MAX_ARGS];
    char numkeys[16];
    int n = 0;
    argv[n] = "EVALSHA", lens[n++] = 7;
    argv[n] = d->sha, lens[n++] = 40;
    lens[n] = (size_t)snprintf(numkeys, sizeof(numkeys), "%d", gc->nkeys);
    argv[n++] = numkeys;
    for (int u = 0; u < gc->nkeys; u++) {
        const ll_thread_arg *t = &gc->thread[gc->key_of[u]];
        argv[n] = t->key, lens[n++] = t->keylen;
    }
    argv[n] = d->window_arg, lens[n++] = strlen(d->window_arg);
    argv[n] = d->keep_arg, lens[n++] = strlen(d->keep_arg);
    argv[n] = (const char *)gc->rec, lens[n++] = gc->repeats ? (size_t)gc->nthread : 0;
    for (int i = 0; i < gc->nthread; i++)
        argv[n] = gc->thread[i].arg, lens[n++] = gc->thread[i].arglen;
    d->call_cmd[gc->call] = cmd_append(d, n, argv, lens);
    gc->call = -1;
    gc->nthread = gc->nkeys = gc->repeats = 0;
}

/* Numbers the record of gc's newest thread: the record of an earlier thread
 * of the call with the same key, or the next one. */
static void group_key(group_call *gc) {
    int i = gc->nthread;
    const ll_thread_arg *t = &gc->thread[i];
    uint32_t h = ll_fnv1a(t->key, t->keylen);
    for (int u = 0; u < gc->nkeys; u++) {
        const ll_thread_arg *o = &gc->thread[gc->key_of[u]];
        if (gc->key_hash[u] == h && o->keylen == t->keylen && !memcmp(o->key, t->key, t->keylen)) {
            gc->rec[i] = (unsigned char)(u + 1);
            gc->repeats++;
            return;
        }
    }
    gc->key_of[gc->nkeys] = i;
    gc->key_hash[gc->nkeys] = h;
    gc->rec[i] = (unsigned char)++gc->nkeys;
}

/* Group g's call with room for one more thread. */
static group_call *group_open(ll_dedup *d, unsigned g) {
    group_call *gc = &d->group[g];
    if (gc->call >= 0 && gc->nthread == LL_PROCESS_REDIS_CHUNK)
        group_send(d, (int)g);
    if (gc->call < 0) {
        if (d->ncalls == MAX_CALLS)
            return NULL;
        gc->call = d->ncalls++;
    }
    return gc;
}

void ll_dedup_event_of(const cJSON *ev, const char *pseudonym, ll_dedup_event *out) {
    const cJSON *data = ll_event_data(ev);
    out->id = ll_json_str(ev, "id");
    out->pseudonym = pseudonym;
    out->theme = ll_json_str(data, "theme");
    out->channel = ll_json_str(data, "channel");
    out->received_at = ll_json_str(data, "received_at");
    out->has_ms = 0;
    out->digest = ll_event_content_digest(data, pseudonym);
}

void ll_dedup_append(ll_dedup *d, const rd_kafka_message_t *m, const cJSON *ev,
                     const char *pseudonym) {
    ll_dedup_event e;
    ll_dedup_event_of(ev, pseudonym, &e);
    ll_dedup_append_event(d, m, &e);
}

void ll_dedup_append_event(ll_dedup *d, const rd_kafka_message_t *m, const ll_dedup_event *e) {
    if (d->broken)
        return;
    if (d->nat == LL_PROCESS_BATCH_MAX) {
        ll_warn("redis: more events than a batch holds");
        broke(d);
        return;
    }
    ev_at *at = &d->at[d->nat];
    const char *id = e->id, *pseudonym = e->pseudonym;
    char mark[MARK_BYTES];
    mark_of(m, e->digest, mark, sizeof(mark));
    at->seen_cmd = -1;
    at->thread_call = -1;
    if (pseudonym) {
        /* Milliseconds: two contacts of one citizen in the same second keep
         * their order in the thread's first and last times. */
        long long t_ms = 0;
        if (e->has_ms)
            t_ms = e->received_ms;
        else
            ll_time_parse_ms(e->received_at, &t_ms);
        group_call *gc = group_open(d, ll_key_shard(pseudonym));
        if (!gc || d->broken) {
            broke(d);
            return;
        }
        if (ll_thread_args(d->ns, pseudonym, e->theme, id, e->channel, t_ms, mark,
                           &gc->thread[gc->nthread]) != 0) {
            broke(d);
            return;
        }
        group_key(gc);
        at->thread_call = gc->call;
        at->thread_i = gc->nthread++;
        d->nat++;
        return;
    }
    char key[SEEN_KEY_BYTES];
    size_t kl = seen_key(d, id, key);
    if (kl >= sizeof(key)) {
        broke(d); /* validated ids fit */
        return;
    }
    const char *argv[] = {"SET", key, mark, "NX", "GET", "EX", d->ttl_arg};
    const size_t lens[] = {3, (size_t)kl, strlen(mark), 2, 3, 2, d->ttl_len};
    if ((at->seen_cmd = cmd_append(d, 7, argv, lens)) < 0)
        return;
    d->nat++;
}

void ll_dedup_flush(ll_dedup *d, int all) {
    if (all)
        for (int g = 0; g < LL_KEY_PROCESS_SHARDS && !d->broken; g++)
            group_send(d, g);
    if (unwritten(d) == 0)
        return;
    int done = 0;
    while (!done && !d->broken)
        if (redisBufferWrite(d->redis, &done) != REDIS_OK) {
            ll_warn("redis: %s", d->redis->errstr);
            broke(d);
        }
}

void ll_dedup_set_wait(ll_dedup *d, int replicas, int timeout_ms) {
    d->wait_replicas = replicas;
    d->wait_timeout_ms = timeout_ms;
    ll_metric_register(&m_redis_wait);
    ll_metric_register(&m_redis_wait_degraded);
}

/* The next reply, or NULL (the connection is then given up). */
static redisReply *next_reply(ll_dedup *d) {
    redisReply *r = NULL;
    if (redisGetReply(d->redis, (void **)&r) != REDIS_OK || !r) {
        ll_warn("redis: %s", d->redis->errstr);
        broke(d);
        return NULL;
    }
    d->pending--;
    return r;
}

int ll_dedup_replies_begin(ll_dedup *d) {
    d->waiting = 0;
    for (int g = 0; g < LL_KEY_PROCESS_SHARDS && !d->broken; g++)
        group_send(d, g);
    /* The batch's marks and threads reach a replica before its transaction
     * commits, so a failover to that replica keeps every decision Kafka
     * already has: in the same round trip, answered last. */
    if (d->wait_replicas > 0 && d->pending > 0 && !d->broken) {
        if (redisAppendCommand(d->redis, "WAIT %d %d", d->wait_replicas, d->wait_timeout_ms) !=
            REDIS_OK) {
            broke(d);
            return -1;
        }
        d->pending++;
        d->waiting = 1;
        ll_metric_add(&m_redis_cmds, 1);
    }
    ll_dedup_flush(d, 1);
    if (d->broken)
        return -1;
    if (d->pending > 0)
        ll_metric_add(&m_redis_rtt, 1);
    return 0;
}

/* Reads the answers, in the order sent, up to command k's. -1 when the
 * connection failed. */
static int replies_until(ll_dedup *d, int k) {
    while (d->nread <= k) {
        redisReply *r = next_reply(d);
        if (!r)
            return -1;
        d->reply[d->nread++] = r;
    }
    return 0;
}

/* Entry i of call c's answer, read, or NULL when the call failed as a whole
 * (an error such as NOSCRIPT after a Redis restart, or an answer of a wrong
 * shape). */
static const redisReply *entry(ll_dedup *d, int c, int i) {
    const redisReply *r = d->reply[d->call_cmd[c]];
    if (!r || r->type != REDIS_REPLY_ARRAY || (size_t)i >= r->elements) {
        static ll_log_limit lim;
        unsigned long left_out;
        if (ll_log_allow(&lim, 10000, &left_out))
            ll_warn("redis: batch script: %s (%lu such lines left out)",
                    r && r->type == REDIS_REPLY_ERROR ? r->str : "unexpected reply", left_out);
        return NULL;
    }
    return r->element[i];
}

/* A content new under anonymous event e's id, whose mark held len bytes: a repeat of
 * one read earlier in this batch (before its mark is added), else reused, its mark
 * queued to be added after the batch. */
static enum ll_dedup_verdict mark_fresh(ll_dedup *d, const ll_dedup_event *e, size_t len,
                                        const char *mark) {
    char key[SEEN_KEY_BYTES];
    size_t kl = seen_key(d, e->id, key);
    uint32_t h = ll_fnv1a(key, kl);
    for (int i = 0; i < d->nadds; i++)
        if (d->adds[i].id_hash == h && d->adds[i].digest == e->digest && d->adds[i].keylen == kl &&
            !memcmp(d->adds[i].key, key, kl))
            return LL_DEDUP_REPEAT;
    size_t ml = strlen(mark);
    mark_add *a = d->nadds < LL_PROCESS_REUSED_MAX ? &d->adds[d->nadds] : NULL;
    if (!a || len + 1 + ml > LL_PROCESS_MARK_MAX_BYTES || kl >= sizeof(key)) {
        static ll_log_limit lim;
        unsigned long left_out;
        if (ll_log_allow(&lim, 60000, &left_out))
            ll_warn("redis: id %s came with more contents than its mark keeps; this one is "
                    "enriched, a retry of it would be again (%lu such lines left out)",
                    e->id, left_out);
        return LL_DEDUP_REUSED;
    }
    memcpy(a->key, key, kl + 1);
    a->keylen = kl;
    a->id_hash = h;
    a->digest = e->digest;
    a->add[0] = ';';
    memcpy(a->add + 1, mark, ml + 1);
    d->nadds++;
    return LL_DEDUP_REUSED;
}

/* The command whose answer holds event at's. */
static int answer_cmd(const ll_dedup *d, const ev_at *at) {
    return at->seen_cmd < 0 ? d->call_cmd[at->thread_call] : at->seen_cmd;
}

int ll_dedup_answered(ll_dedup *d, int n) {
    if (d->broken || d->redis == NULL)
        return 1; /* the read fails at once */
    int last = d->next_read + n < d->nat ? d->next_read + n : d->nat, k = -1;
    for (int i = d->next_read; i < last; i++) {
        int c = answer_cmd(d, &d->at[i]);
        k = c > k ? c : k;
    }
    int polled = 0;
    while (d->nread <= k) {
        void *r = NULL;
        if (redisGetReplyFromReader(d->redis, &r) != REDIS_OK)
            return 1; /* the read finds the connection failed */
        if (r) {
            d->pending--;
            d->reply[d->nread++] = r;
            continue;
        }
        struct pollfd pfd = {.fd = d->redis->fd, .events = POLLIN};
        if (polled++ || poll(&pfd, 1, 0) <= 0)
            return 0;
        if (redisBufferRead(d->redis) != REDIS_OK)
            return 1;
    }
    return 1;
}

enum ll_dedup_verdict ll_dedup_read(ll_dedup *d, const rd_kafka_message_t *m, const cJSON *ev,
                                    const char *pseudonym, ll_thread_info *th) {
    ll_dedup_event e;
    ll_dedup_event_of(ev, pseudonym, &e);
    return ll_dedup_read_event(d, m, &e, th);
}

static enum ll_dedup_verdict read_event(ll_dedup *d, const rd_kafka_message_t *m,
                                        const ll_dedup_event *e, ll_thread_info *th, int name) {
    const char *pseudonym = e->pseudonym;
    if (d->broken || d->next_read >= d->nat)
        return LL_DEDUP_BROKEN;
    const ev_at *at = &d->at[d->next_read++];
    enum ll_dedup_verdict v = LL_DEDUP_FIRST;
    const redisReply *r = NULL;
    if (replies_until(d, answer_cmd(d, at)) != 0)
        return LL_DEDUP_BROKEN;
    if (at->seen_cmd < 0) {
        /* A citizen's event: its record's answer is its mark too. */
        int rc = -1;
        if (pseudonym && (r = entry(d, at->thread_call, at->thread_i)) != NULL &&
            (rc = ll_thread_read(r, e->id, e->channel, th)) == 1)
            return LL_DEDUP_REPEAT;
        if (rc == 0) {
            if (name)
                ll_thread_info_id(pseudonym, e->theme, th);
            return th->reused_id[0] ? LL_DEDUP_REUSED : LL_DEDUP_FIRST;
        }
        if (r)
            ll_warn("redis: thread: %s", r->type == REDIS_REPLY_ERROR ? r->str : "?");
        d->stale = 1;
        return LL_DEDUP_BAD_REPLY;
    }
    r = d->reply[at->seen_cmd];
    if (r && r->type == REDIS_REPLY_STRING) {
        char mark[MARK_BYTES];
        int fresh;
        mark_of(m, e->digest, mark, sizeof(mark));
        v = ll_dedup_judge(r->str, r->len, mark, &fresh);
        if (fresh)
            v = mark_fresh(d, e, r->len, mark);
        if (v == LL_DEDUP_REUSED)
            ll_dedup_reused_id(e->id, mark, th->reused_id);
    } else if (!r || r->type != REDIS_REPLY_NIL) {
        if (r)
            ll_warn("redis: unexpected answer to SET: %s",
                    r->type == REDIS_REPLY_ERROR ? r->str : "?");
        v = LL_DEDUP_BAD_REPLY; /* read on, so the batch's answers stay in step */
        d->stale = 1;
    }
    return v;
}

enum ll_dedup_verdict ll_dedup_read_event(ll_dedup *d, const rd_kafka_message_t *m,
                                          const ll_dedup_event *e, ll_thread_info *th) {
    return read_event(d, m, e, th, 1);
}

enum ll_dedup_verdict ll_dedup_read_event_unnamed(ll_dedup *d, const rd_kafka_message_t *m,
                                                  const ll_dedup_event *e, ll_thread_info *th) {
    return read_event(d, m, e, th, 0);
}

/* Replicas the master lists in ROLE; -1 when it cannot tell (the
 * connection is then given up). */
static long long replicas_attached(ll_dedup *d) {
    redisReply *r = redisCommand(d->redis, "ROLE");
    long long n = -1;
    if (r && r->type == REDIS_REPLY_ARRAY && r->elements >= 3 &&
        r->element[2]->type == REDIS_REPLY_ARRAY)
        n = (long long)r->element[2]->elements;
    if (r)
        freeReplyObject(r);
    else
        broke(d);
    return n;
}

/* Reads a WAIT's answer: 0 when enough replicas confirmed, -1 when the batch must be
 * read again. */
static int wait_read(ll_dedup *d) {
    redisReply *r = next_reply(d);
    if (!r)
        return -1;
    long long got = r->type == REDIS_REPLY_INTEGER ? r->integer : -1;
    freeReplyObject(r);
    if (got >= d->wait_replicas)
        return 0;
    /* Fewer replicas than asked are attached at all (after a failover the
     * promoted one stands alone until the old master returns as its replica):
     * there is no failover target to protect, so the ones there must do. */
    long long attached = replicas_attached(d);
    if (attached >= 0 && attached < d->wait_replicas && got >= attached) {
        ll_metric_add(&m_redis_wait_degraded, 1);
        static ll_log_limit dlim;
        unsigned long dleft;
        if (ll_log_allow(&dlim, 30000, &dleft))
            ll_warn("redis: only %lld of %d replicas attached; batches commit on what they confirm "
                    "(%lu such lines left out)",
                    attached, d->wait_replicas, dleft);
        return 0;
    }
    ll_metric_add(&m_redis_wait, 1);
    static ll_log_limit lim;
    unsigned long left_out;
    if (ll_log_allow(&lim, 10000, &left_out))
        ll_warn("redis: %lld of %d replicas confirmed the batch within %d ms; it is read again "
                "(%lu such lines left out)",
                got, d->wait_replicas, d->wait_timeout_ms, left_out);
    return -1;
}

/* Adds the batch's new contents to their ids' marks, before the next batch's marks
 * are sent (so they find them), with a WAIT of their own: the batch's output,
 * which names them, commits only after these are as safe as its marks. A mark that
 * expired since its SET NX GET is made again by APPEND, without a TTL: the EXPIRE NX
 * gives it one and leaves any other as it is. */
static int marks_add(ll_dedup *d) {
    int n = d->nadds;
    d->nadds = 0;
    for (int i = 0; i < n; i++) {
        const mark_add *a = &d->adds[i];
        const char *argv[] = {"APPEND", a->key, a->add};
        const size_t lens[] = {6, a->keylen, strlen(a->add)};
        const char *xargv[] = {"EXPIRE", a->key, d->ttl_arg, "NX"};
        const size_t xlens[] = {6, a->keylen, d->ttl_len, 2};
        if (redisAppendCommandArgv(d->redis, 3, argv, lens) != REDIS_OK ||
            redisAppendCommandArgv(d->redis, 4, xargv, xlens) != REDIS_OK) {
            broke(d);
            return -1;
        }
        d->pending += 2;
    }
    int wait = d->wait_replicas > 0;
    if (wait && redisAppendCommand(d->redis, "WAIT %d %d", d->wait_replicas, d->wait_timeout_ms) !=
                    REDIS_OK) {
        broke(d);
        return -1;
    }
    d->pending += wait;
    ll_metric_add(&m_redis_cmds, (unsigned long long)(2 * n + wait));
    ll_metric_add(&m_redis_rtt, 1);
    for (int i = 0; i < 2 * n; i++) {
        redisReply *r = next_reply(d);
        if (!r)
            return -1;
        int ok = r->type == REDIS_REPLY_INTEGER;
        if (!ok)
            ll_warn("redis: unexpected answer to APPEND or EXPIRE: %s",
                    r->type == REDIS_REPLY_ERROR ? r->str : "?");
        freeReplyObject(r);
        if (!ok) {
            d->stale = 1;
            return -1;
        }
    }
    return wait ? wait_read(d) : 0;
}

int ll_dedup_replies_end(ll_dedup *d) {
    if (replies_until(d, d->nsent - 1) != 0)
        return -1;
    batch_reset(d);
    int waiting = d->waiting;
    d->waiting = 0;
    if (waiting && wait_read(d) != 0) {
        d->nadds = 0;
        return -1;
    }
    return d->nadds > 0 ? marks_add(d) : 0;
}

void ll_dedup_discard(ll_dedup *d) {
    d->waiting = 0;
    batch_forget(d);
    while (d->pending > 0 && !d->broken) {
        redisReply *r = next_reply(d);
        freeReplyObject(r);
    }
}
