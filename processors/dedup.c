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

#define MARK_BYTES 48
/* Calls in one batch: each group's last, partly filled one, plus every full one. */
#define MAX_CALLS (LL_KEY_PROCESS_SHARDS + LL_PROCESS_BATCH_MAX / LL_PROCESS_REDIS_CHUNK + 1)
/* Commands in one batch: at most a mark per event and the calls. */
#define MAX_CMDS (LL_PROCESS_BATCH_MAX + MAX_CALLS)
/* EVALSHA sha numkeys, the keys, 3 fixed arguments, 1 per thread. */
#define MAX_ARGS (3 + LL_PROCESS_REDIS_CHUNK + 3 + LL_PROCESS_REDIS_CHUNK)

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
        !(d->at = calloc(LL_PROCESS_BATCH_MAX, sizeof(*d->at)))) {
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

static int script_load(redisContext *c, void *arg, char *errstr, size_t errlen) {
    ll_dedup *d = arg;
    return ll_redis_script_load(c, d->script, d->sha, errstr, errlen);
}

int ll_dedup_connect(ll_dedup *d) {
    d->pending = d->broken = 0;
    batch_reset(d);
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

static void mark_of(const rd_kafka_message_t *m, char *buf, size_t len) {
    ll_put w = {buf, len, 0}; /* "%d:%lld" */
    ll_put_ll(&w, m->partition);
    ll_put_mem(&w, ":", 1);
    ll_put_ll(&w, (long long)m->offset);
    ll_put_end(&w);
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
    mark_of(m, mark, sizeof(mark));
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
    char key[LL_MAX_ID_BYTES + LL_MAX_KEY_NS_BYTES + 32];
    ll_put w = {key, sizeof(key), 0}; /* LL_KEY_SEEN_FMT */
    ll_put_mem(&w, "ll:", 3);
    ll_put_str(&w, d->ns);
    ll_put_mem(&w, "seen:{p", 7);
    ll_put_ll(&w, ll_key_shard(id));
    ll_put_mem(&w, "}:", 2);
    ll_put_str(&w, id);
    size_t kl = ll_put_end(&w);
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

enum ll_dedup_verdict ll_dedup_read(ll_dedup *d, const rd_kafka_message_t *m, const cJSON *ev,
                                    const char *pseudonym, ll_thread_info *th) {
    ll_dedup_event e;
    ll_dedup_event_of(ev, pseudonym, &e);
    return ll_dedup_read_event(d, m, &e, th);
}

enum ll_dedup_verdict ll_dedup_read_event(ll_dedup *d, const rd_kafka_message_t *m,
                                          const ll_dedup_event *e, ll_thread_info *th) {
    const char *pseudonym = e->pseudonym;
    if (d->broken || d->next_read >= d->nat)
        return LL_DEDUP_BROKEN;
    const ev_at *at = &d->at[d->next_read++];
    enum ll_dedup_verdict v = LL_DEDUP_FIRST;
    const redisReply *r = NULL;
    if (replies_until(d, at->seen_cmd < 0 ? d->call_cmd[at->thread_call] : at->seen_cmd) != 0)
        return LL_DEDUP_BROKEN;
    if (at->seen_cmd < 0) {
        /* A citizen's event: its record's answer is its mark too. */
        int rc = -1;
        if (pseudonym && (r = entry(d, at->thread_call, at->thread_i)) != NULL &&
            (rc = ll_thread_parse(r, pseudonym, e->theme, e->id, e->channel, th)) == 1)
            return LL_DEDUP_REPEAT;
        if (rc == 0)
            return LL_DEDUP_FIRST;
        if (r)
            ll_warn("redis: thread: %s", r->type == REDIS_REPLY_ERROR ? r->str : "?");
        d->stale = 1;
        return LL_DEDUP_BAD_REPLY;
    }
    r = d->reply[at->seen_cmd];
    if (r && r->type == REDIS_REPLY_STRING) {
        char mark[MARK_BYTES];
        mark_of(m, mark, sizeof(mark));
        /* Our own mark: this very input, read again after a crash. */
        if (strcmp(r->str, mark) != 0)
            v = LL_DEDUP_REPEAT;
    } else if (!r || r->type != REDIS_REPLY_NIL) {
        if (r)
            ll_warn("redis: unexpected answer to SET: %s",
                    r->type == REDIS_REPLY_ERROR ? r->str : "?");
        v = LL_DEDUP_BAD_REPLY; /* read on, so the batch's answers stay in step */
        d->stale = 1;
    }
    return v;
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

int ll_dedup_replies_end(ll_dedup *d) {
    if (replies_until(d, d->nsent - 1) != 0)
        return -1;
    batch_reset(d);
    if (!d->waiting)
        return 0;
    d->waiting = 0;
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

void ll_dedup_discard(ll_dedup *d) {
    d->waiting = 0;
    batch_reset(d);
    while (d->pending > 0 && !d->broken) {
        redisReply *r = next_reply(d);
        freeReplyObject(r);
    }
}
