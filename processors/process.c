/* process.c - the processor role: feedback.raw -> feedback.enriched, effectively once.
 *
 * The role's own part of a consume-transform-produce loop (core/stream.h has
 * the loop, core/committer.h the transactions): per message an item, prepared
 * on the worker pool as it arrives (parse, validate, the text enrichment) and
 * its Redis commands sent (dedup.h: the id's de-duplication mark and the
 * citizen's thread) while a committer lane runs the previous batch's
 * transaction. When a lane is free the batch closes: its Redis replies are
 * read (one round trip, pipelined in steps: a step's events are finished
 * with their history and serialised while Redis runs the next step's
 * calls), and the lane produces them to feedback.enriched, or to
 * feedback.dlq what could not be used, in the transaction that commits the
 * input offsets. De-duplication marks name the input that made them, so
 * replaying that input after a crash is not mistaken for a duplicate.
 *
 * `process --rebuild --to SUFFIX` is the same loop on a fresh slate, for when
 * the taxonomy or the urgency rules changed: feedback.raw from the start of
 * its retention, in a group, transactional.id and Redis key namespace of its
 * own, into enriched.SUFFIX and dlq.SUFFIX. The live processors never see it.
 * It reports how far it is (a log line every few seconds and a gauge) and
 * stops once it has committed every input that was on the topic when it
 * started (--follow: it goes on as a processor of the new topics). What is the
 * rebuild's own (its topics, Redis namespace and progress) is in rebuild.h. */
#include "process.h"

#include <assert.h>
#include <malloc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "deadletter.h"
#include "dedup.h"
#include "enrich.h"
#include "event.h"
#include "http.h"
#include "kafka.h"
#include "keys.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "pool.h"
#include "rebuild.h"
#include "stop.h"
#include "stream.h"
#include "text.h"
#include "thread.h"

LL_METRIC(m_consumed, "ll_process_consumed_total", NULL, LL_COUNTER, "raw events read");
LL_METRIC(m_enriched, "ll_process_enriched_total", NULL, LL_COUNTER, "enriched events committed");
LL_METRIC(m_dup, "ll_process_duplicates_total", NULL, LL_COUNTER,
          "exact repeats of an event id, dropped");
LL_METRIC(m_reused, "ll_process_key_reused_total", NULL, LL_COUNTER,
          "inputs whose event id came before with another content (a natural key reused), "
          "enriched under an id of their own");
LL_METRIC(m_dlq, "ll_process_deadletters_total", NULL, LL_COUNTER,
          "inputs sent to the dead-letter topic");
/* Where the main thread, the loop's one serial path, blocks: if these add up
 * to much of the wall time while the machine has idle cores, the loop, not
 * the CPU, sets the pace (tests/bench/process.sh prints their shares). */
#define WAIT_HELP "how long the main thread blocked, by what it waited for"
LL_METRIC(m_wait_input, "ll_process_main_wait_seconds", "on=\"input\"", LL_HISTOGRAM, WAIT_HELP);
LL_METRIC(m_wait_lane, "ll_process_main_wait_seconds", "on=\"lane\"", LL_HISTOGRAM, WAIT_HELP);
LL_METRIC(m_wait_redis, "ll_process_main_wait_seconds", "on=\"redis\"", LL_HISTOGRAM, WAIT_HELP);
LL_METRIC(m_wait_workers, "ll_process_main_wait_seconds", "on=\"workers\"", LL_HISTOGRAM,
          WAIT_HELP);
LL_TXN_METRICS(m_txn, "ll_process", "aborted transactions (their batch is read again)",
               "from batch start to transaction commit");

static const ll_config_key process_keys[] = {
    {"group", LL_CT_STR, LL_CFG_STR(ll_process_cfg, group), "luisterloop-process", 0, 0,
     "Kafka consumer group shared by all processors", NULL},
    {"transactional_id", LL_CT_STR, LL_CFG_STR(ll_process_cfg, txn_id), "luisterloop-process-0", 0,
     0, "Kafka transactional.id; unique and stable per processor instance", NULL},
    {"batch_max", LL_CT_INT, LL_CFG_NUM(ll_process_cfg, batch_max), "1000", 1, LL_PROCESS_BATCH_MAX,
     "most input events worked at once (and per transaction unless batches join)", NULL},
    {"workers", LL_CT_INT, LL_CFG_NUM(ll_process_cfg, workers), "2", 1, LL_MAX_PROCESS_WORKERS,
     "threads sharing the text work of a batch (each loads its own rules)", NULL},
    {"transactions_in_flight", LL_CT_INT, LL_CFG_NUM(ll_process_cfg, txn_in_flight), "1", 1,
     LL_MAX_TXN_IN_FLIGHT,
     "batches in their transactions at once, one producer each, committed in order", NULL},
    {"transaction_batches", LL_CT_INT, LL_CFG_NUM(ll_process_cfg, txn_batches), "8", 1,
     LL_TXN_JOIN_MAX,
     "with one transaction in flight: batches one transaction takes in while the input is behind",
     NULL},
    {"batch_wait_ms", LL_CT_INT, LL_CFG_NUM(ll_process_cfg, batch_wait_ms), "2", 0, 10000,
     "longest wait to fill a batch once the first event is in", NULL},
    {"dedup_ttl_s", LL_CT_INT, LL_CFG_NUM(ll_process_cfg, dedup_ttl_s), "1209600", 60, 31536000,
     "how long an event id is remembered for de-duplication", NULL},
    {"transaction_timeout_ms", LL_CT_INT, LL_CFG_NUM(ll_process_cfg, txn_timeout_ms), "30000", 1000,
     900000, "Kafka transaction timeout (bounds how long a crashed transaction blocks readers)",
     NULL},
    LL_ADMIN_LISTEN_KEY(ll_process_cfg),
    {"taxonomy", LL_CT_STR, LL_CFG_STR(ll_process_cfg, taxonomy), "taxonomy-gemeente.conf", 0, 0,
     "theme taxonomy (relative to the config file's folder)", NULL},
    {"lexicon", LL_CT_STR, LL_CFG_STR(ll_process_cfg, lexicon), "sentiment-nl.tsv", 0, 0,
     "Dutch sentiment and emotion lexicon", NULL},
    {"urgency_rules", LL_CT_STR, LL_CFG_STR(ll_process_cfg, urgency), "urgency.conf", 0, 0,
     "urgency rules", NULL},
    {"areas", LL_CT_STR, LL_CFG_STR(ll_process_cfg, areas), "areas-rotterdam.tsv", 0, 0,
     "PC4 -> wijk/buurt table", NULL},
    {"names_first", LL_CT_STR, LL_CFG_STR(ll_process_cfg, names_first), "names-first-nl.txt", 0, 0,
     "first names the name masker knows", NULL},
    {"names_surname", LL_CT_STR, LL_CFG_STR(ll_process_cfg, names_surname), "names-surname-nl.txt",
     0, 0, "surnames the name masker knows (without particles)", NULL},
    {"names_keep", LL_CT_STR, LL_CFG_STR(ll_process_cfg, names_keep), "names-keep-nl.txt", 0, 0,
     "places, organisations and common words the name masker never masks on its own", NULL},
    {"thread_window_s", LL_CT_INT, LL_CFG_NUM(ll_process_cfg, thread_window_s), "1209600", 3600,
     31536000, "contacts of one citizen on one theme within this window share a thread", NULL},
    {"awb_weeks", LL_CT_INT, LL_CFG_NUM(ll_process_cfg, awb_weeks), "6", 1, 52,
     "handling term of a formal complaint (Awb art. 9:11: six weeks)", NULL},
    {"redis_wait_replicas", LL_CT_INT, LL_CFG_NUM(ll_process_cfg, redis_wait_replicas), "0", 0, 5,
     "replicas that must confirm a batch's Redis writes (WAIT) before its commit; 0 with no "
     "replica",
     NULL},
    {"redis_wait_timeout_ms", LL_CT_INT, LL_CFG_NUM(ll_process_cfg, redis_wait_timeout_ms), "1000",
     10, 60000, "how long WAIT waits for them; a batch short of them is read again", NULL},
};

const ll_config_section ll_process_config = {
    LL_CFG_SECTION("process", ll_process_cfg, process_keys)};

/* What becomes of one input. */
enum item_state {
    IT_DLQ,       /* unusable: a dead letter with err */
    IT_NEW,       /* enriched and written out */
    IT_DUP,       /* an earlier input's id and content again: dropped */
    IT_TOO_LARGE, /* enriched, but too large to travel: a dead letter with err */
};

/* An event's pseudonym, id, theme and channel together (~110 bytes in the
 * simulated mix). */
#define DD_BYTES 192
/* The processor's item, next to its message in the batch (batch.h). */
typedef struct item {
    cJSON *ev;
    enum item_state state;
    const char *pseudonym; /* inside ev */
    ll_enrich_refs refs;   /* inside ev, taken once prepared */
    int failed;            /* out of memory while enriching: the batch is retried */
    /* IT_NEW: its id came before with another content (LL_DEDUP_REUSED): it goes out
     * under the id Redis gave it, which is its Kafka key when the input's was the id */
    unsigned char reused, key_is_id;
    char *out; /* the serialised enriched event; malloc'ed, then librdkafka's */
    size_t outlen;
    /* What an item needs at one time only, by its state and how far it is
     * along: each in a field of its own made an item ~730 bytes, 3.6 MiB
     * over the stream's five batches, all resident (peak RSS -2.8 MiB with
     * them shared; tests/bench/HISTORY.md, "12-01 evening"). */
    union {
        /* IT_NEW, from preparing until its Redis reply is read: what the
         * main thread reads of the event for its Redis commands and their
         * reply, taken by the worker that parsed it: the strings copied
         * into dd_buf (left in the tree when one is longer than its bound)
         * and received_at parsed. Read from the tree, each string's first
         * byte was a cache miss on the main thread (a batch's trees, ~4.5 KB
         * an event, do not stay in its cache): strlen, strnlen and FNV over
         * them were ~8% of the processor's perf samples. Strings that do not
         * fit together (long ids) stay in the tree. */
        struct {
            ll_dedup_event dd;
            char dd_buf[DD_BYTES];
        };
        ll_err err; /* IT_DLQ and IT_TOO_LARGE: why */
        /* IT_NEW once finished: the Kafka key when the input had none. */
        char id[LL_MAX_ID_BYTES + 1];
    };
} item;

typedef struct proc {
    const ll_config *cfg;
    const ll_process_cfg *pc; /* [process] */
    char group[192];
    char txn_id[192];
    ll_rebuild *rb; /* NULL: the live processor */
    ll_stream *stream;
    ll_dedup *dedup;
    ll_enricher
        *en[LL_MAX_PROCESS_WORKERS]; /* one per worker: not thread-safe; 1.. share en[0]'s rules */
    ll_pool *pool;
    char *scratch[LL_MAX_PROCESS_WORKERS]; /* per pool member, for serialising */
    /* Per pool member, for the JSON trees of the one batch that has them:
     * the batch being gathered and worked (on_work drops them before the
     * batch goes to its lane). All or none (then malloc). Each keeps what a
     * typical batch needs, so the pages are not given back and faulted in
     * again every batch. */
    ll_arena *arena[LL_MAX_PROCESS_WORKERS];
    int arenas;
    int trees[LL_STREAM_MAX_BATCHES]; /* per batch slot: its trees are in the arenas */
    /* Per event of the batch being worked (batch_max): its thread, from the
     * Redis reply to the serialisation. Not in the items, which every batch
     * in a transaction keeps (~450 bytes an event; a transaction may hold
     * transaction_batches of them: peak RSS). */
    ll_thread_info *th;
    long long calls_sent_at; /* the batch being gathered: ll_process_calls_due */
    /* The lists, rules and models load on a thread of their own while the Kafka and Redis
     * clients connect and the group is joined (load_models); joined by the first batch. */
    pthread_t loader;
    int loader_started, loader_joined, load_rc;
    atomic_int loaded; /* /readyz: not ready before the models are */
    char load_err[512];
} proc;

static item *item_at(const ll_batch *b, int i) { return ll_batch_item(b, i); }

static int ready(void *arg) {
    proc *p = arg;
    return atomic_load(&p->loaded) && ll_dedup_ready(p->dedup);
}

static const char *admin_listen(const void *state) {
    const proc *p = state;
    return p->pc->metrics_listen;
}

/* Drops every JSON tree of b at once (no-op without arenas, or when they
 * are gone already: then the arenas may hold the next batch's). */
static void batch_drop_trees(proc *p, const ll_batch *b) {
    if (!p->arenas || !p->trees[b->slot])
        return;
    p->trees[b->slot] = 0;
    for (int w = 0; w < LL_MAX_PROCESS_WORKERS && p->arena[w]; w++)
        ll_arena_reset(p->arena[w]);
}

/* The lists, rules and models load on a thread of their own (a quarter of a second of one
 * core on a quiet host, while nothing else of the pipeline has work): meanwhile the main
 * thread initialises the transactions, connects to Redis, joins the group and polls, so the
 * first fetch is on its way or in when they are loaded. The first batch waits for them
 * (models_loaded, from on_gathered). A load that fails asks for the stop: the connecting
 * steps give up and the error is told, rather than a wait on a broker or Redis. */
static void *load_models(void *arg) {
    proc *p = arg;
    /* One loads the lists and rules; the others share them. */
    p->en[0] = ll_enricher_new(p->cfg, p->load_err, sizeof(p->load_err));
    for (int w = 1; p->en[0] && w < p->pc->workers; w++)
        if (!(p->en[w] = ll_enricher_worker(p->en[0], p->load_err, sizeof(p->load_err))))
            break;
    p->load_rc = p->en[0] && p->en[p->pc->workers - 1] ? 0 : -1;
    if (p->load_rc != 0)
        ll_stop_request();
    else
        atomic_store(&p->loaded, 1);
    return NULL;
}

/* Main thread: joins the loader once; 0 when every enricher is loaded, else -1 with the
 * error logged. */
static int models_loaded(proc *p) {
    if (!p->loader_started)
        return -1;
    if (!p->loader_joined) {
        pthread_join(p->loader, NULL);
        p->loader_joined = 1;
        if (p->load_rc != 0)
            ll_error("%s", p->load_err);
    }
    return p->load_rc;
}

typedef struct slice_ctx {
    proc *p;
    ll_batch *b;
    int base; /* the pool's [lo, hi) are relative to it */
} slice_ctx;

/* Copies s to *at, before end; its copy, or NULL when it does not fit. */
static const char *dd_copy(char **at, const char *end, const char *s) {
    if (!s)
        return NULL;
    size_t room = (size_t)(end - *at), n = strnlen(s, room);
    if (n == room)
        return NULL;
    char *c = *at;
    memcpy(c, s, n + 1);
    *at += n + 1;
    return c;
}

/* Worker: it->dd from the event's refs, its strings copied into it->dd_buf. */
static void dedup_take(item *it) {
    ll_dedup_event *e = &it->dd;
    e->id = it->refs.id;
    e->pseudonym = it->pseudonym;
    e->theme = it->refs.theme;
    e->channel = it->refs.channel;
    e->received_at = it->refs.received_at;
    e->received_ms = 0;
    e->has_ms = e->received_at != NULL; /* validated: always */
    if (e->has_ms)
        ll_time_parse_ms(e->received_at, &e->received_ms);
    char *at = it->dd_buf;
    const char *end = it->dd_buf + sizeof(it->dd_buf);
    const char *ps = dd_copy(&at, end, e->pseudonym), *id = dd_copy(&at, end, e->id),
               *th = dd_copy(&at, end, e->theme), *ch = dd_copy(&at, end, e->channel);
    if ((ps || !e->pseudonym) && (id || !e->id) && (th || !e->theme) && (ch || !e->channel)) {
        e->pseudonym = ps;
        e->id = id;
        e->theme = th;
        e->channel = ch;
    }
}

/* Parse, validate and the text work of items [lo, hi), before the batch's
 * Redis round trip; runs on the worker pool. */
static void batch_prepare_slice(void *ctx, int worker, int lo, int hi) {
    const slice_ctx *sc = ctx;
    proc *p = sc->p;
    ll_arena *prev = ll_json_arena_set(p->arenas ? p->arena[worker] : NULL);
    for (int i = lo; i < hi; i++) {
        item *it = item_at(sc->b, sc->base + i);
        const rd_kafka_message_t *m = sc->b->msg[sc->base + i];
        it->state = IT_DLQ;
        if (!m->payload || m->len == 0) {
            ll_err_set(&it->err, "", "empty message");
            continue;
        }
        if (!(it->ev = ll_event_parse_received(m->payload, m->len, &it->err)))
            continue;
        const cJSON *d = ll_event_data(it->ev);
        const cJSON *cit = cJSON_GetObjectItemCaseSensitive(d, "citizen");
        it->pseudonym = cit ? ll_json_str(cit, "pseudonym") : NULL;
        it->state = IT_NEW;
        /* Of what the input said: the enrichment masks it next. */
        it->dd.digest = ll_event_content_digest(d, it->pseudonym);
        if (ll_enrich_prepare(p->en[worker], it->ev) != 0)
            it->failed = 1;
        ll_enrich_refs_of(it->ev, &it->refs); /* while the tree is in this core's cache */
        dedup_take(it);
    }
    ll_json_arena_set(prev);
}

/* The history-dependent part and the serialisation, after the Redis round trip. */
static void batch_finish_slice(void *ctx, int worker, int lo, int hi) {
    const slice_ctx *sc = ctx;
    proc *p = sc->p;
    ll_arena *prev = ll_json_arena_set(p->arenas ? p->arena[worker] : NULL);
    for (int i = lo; i < hi; i++) {
        item *it = item_at(sc->b, sc->base + i);
        if (it->state != IT_NEW)
            continue;
        ll_thread_info *th = &p->th[sc->base + i];
        ll_thread_info_id(it->dd.pseudonym, it->dd.theme, th); /* before it->id takes the union */
        if (ll_enrich_finish_refs(p->en[worker], &it->refs, th) != 0) {
            it->failed = 1;
            continue;
        }
        /* Written once into the member's scratch buffer, then into a block of
         * its own that librdkafka takes over without copying again. */
        size_t n = ll_event_serialise(it->ev, p->scratch[worker], LL_MAX_SERIALISED_EVENT_BYTES);
        if (n == 0) {
            /* Too large to travel: a dead letter, not a retry. */
            it->state = IT_TOO_LARGE;
            ll_err_set(&it->err, "", "enriched event larger than %d bytes",
                       LL_MAX_SERIALISED_EVENT_BYTES);
            continue;
        }
        if (!(it->out = malloc(n))) {
            it->failed = 1;
            continue;
        }
        memcpy(it->out, p->scratch[worker], n);
        it->outlen = n;
        /* An anonymous input's key is its id (ll_received_key); a reused one's, its own. */
        it->key_is_id = !sc->b->msg[sc->base + i]->key || (it->reused && !it->pseudonym);
        if (it->key_is_id || it->reused)
            snprintf(it->id, sizeof(it->id), "%s", it->refs.id);
    }
    ll_json_arena_set(prev);
}

/* ll_pool_join, its wait for the other members counted. */
static void pool_join(proc *p) {
    long long before = ll_pool_waited_us(p->pool);
    ll_pool_join(p->pool);
    ll_metric_observe_us(&m_wait_workers, ll_pool_waited_us(p->pool) - before);
}

int ll_process_step_end(int n, int lo) {
    int left = n - lo;
    if (left > LL_PROCESS_STEP + LL_PROCESS_STEP_LAST)
        return lo + LL_PROCESS_STEP;
    return left > 2 * LL_PROCESS_STEP_LAST ? n - LL_PROCESS_STEP_LAST : n;
}

static int step_end(const ll_batch *b, int lo) { return ll_process_step_end(b->n, lo); }

static int batch_failed(const ll_batch *b) {
    for (int i = 0; i < b->n; i++)
        if (item_at(b, i)->failed)
            return 1;
    return 0;
}

int ll_process_calls_due(long long t0, long long now, long long *sent_at) {
    long long since = *sent_at > t0 ? *sent_at : t0;
    if (now - since < LL_PROCESS_SEND_OPEN_MS * 1000LL)
        return 0;
    *sent_at = now;
    return 1;
}

/* Stream hook, main thread: messages [from, n) arrived. Parses and
 * text-enriches them and sends their Redis commands, which Redis works while
 * the lane commits the batch before. On a backlog the whole batch arrives at
 * once, at its close: in steps, each step's calls sent once it is prepared,
 * Redis runs them while the pool prepares the next (all at once, the main
 * thread waited 5.5 ms of a 21 ms batch for Redis to run them after the
 * last); the next step's preparing starts before this thread writes a
 * step's calls, so the other members are not idle meanwhile. What arrives
 * in fewer leaves its calls open to fill: a call costs Redis its own
 * overhead; but not for longer than LL_PROCESS_SEND_OPEN_MS at a time. At a
 * live rate a commit that stalls (50-250 ms, three in a quiet run's 20 s of
 * 5,000/s) leaves a batch of hundreds gathered whose calls all went out at
 * its close: Redis ran them while the main thread waited (10-50 ms after each
 * such stall), on top of the stall, in the latency's p99; sent as they age,
 * they are run during the stall (tests/bench/HISTORY.md, "12-03 night"). */
static void on_gathered(void *role, ll_batch *b, int from) {
    proc *p = role;
    p->trees[b->slot] = 1;
    if (from >= b->n || models_loaded(p) != 0) /* not loaded: on_work gives the batch up */
        return;
    if (from == 0)
        p->calls_sent_at = 0;
    slice_ctx sc[2];
    int lo = from, hi = step_end(b, lo), k = 0;
    sc[k] = (slice_ctx){p, b, lo};
    ll_pool_start(p->pool, batch_prepare_slice, &sc[k], hi - lo);
    while (lo < b->n) {
        pool_join(p);
        int next = hi, next_hi = next < b->n ? step_end(b, next) : next;
        if (next < b->n) {
            k ^= 1;
            sc[k] = (slice_ctx){p, b, next};
            ll_pool_start(p->pool, batch_prepare_slice, &sc[k], next_hi - next);
        }
        for (int i = lo; i < hi; i++) {
            const item *it = item_at(b, i);
            if (it->state == IT_NEW)
                ll_dedup_append_event(p->dedup, b->msg[i], &it->dd);
        }
        ll_dedup_flush(p->dedup, hi < b->n || hi - lo == LL_PROCESS_STEP ||
                                     ll_process_calls_due(b->t0, ll_mono_us(), &p->calls_sent_at));
        lo = next;
        hi = next_hi;
    }
}

/* Reads the Redis replies of items [lo, hi): duplicates and threads, the
 * threads left unnamed for batch_finish_slice: naming one (a BLAKE2b) was
 * 2,600 of the ~8,500 instructions an event this thread spent outside the
 * pool, and the first step's read holds the other members idle (callgrind,
 * tests/bench/HISTORY.md "12-05 afternoon"). LL_WORK_RETRY when Redis failed
 * (the connection is replaced before the next batch). */
static enum ll_work_outcome batch_redis(proc *p, ll_batch *b, int lo, int hi) {
    for (int i = lo; i < hi; i++) {
        item *it = item_at(b, i);
        if (it->state != IT_NEW)
            continue;
        ll_thread_info *th = &p->th[i];
        memset(th, 0, sizeof(*th));
        switch (ll_dedup_read_event_unnamed(p->dedup, b->msg[i], &it->dd, th)) {
        case LL_DEDUP_FIRST:
            break;
        case LL_DEDUP_REPEAT:
            it->state = IT_DUP;
            break;
        case LL_DEDUP_REUSED:
            it->reused = 1;
            break;
        case LL_DEDUP_BAD_REPLY: /* on_dropped reads what is still owed */
        case LL_DEDUP_BROKEN:
            return LL_WORK_RETRY;
        }
    }
    return LL_WORK_DONE;
}

/* Stream hook, main thread: the batch closed. Reads its Redis replies,
 * finishes and serialises its events, in the steps their calls went out
 * in: a step is finished while Redis still runs the calls of the later
 * ones, and the other members finish it while this thread reads the next
 * step's replies, or, when those have not all come, with this thread
 * first (it slept on Redis 4.8% of a quiet run's (b) while one member
 * finished the step before alone). A batch given up here has its unread
 * replies read by on_dropped. */
static enum ll_work_outcome on_work(void *role, ll_batch *b) {
    proc *p = role;
    if (models_loaded(p) != 0 || batch_failed(b) || ll_dedup_replies_begin(p->dedup) != 0)
        return LL_WORK_RETRY;
    long long waited = 0, t;
    enum ll_work_outcome rc = LL_WORK_DONE;
    slice_ctx sc[2];
    int k = 0, running = 0;
    for (int lo = 0, hi; lo < b->n && rc == LL_WORK_DONE; lo = hi) {
        hi = step_end(b, lo);
        /* Redis still runs this step's calls (on a backlog, the last step's,
         * sent just before the close): this thread helps finish the step
         * before instead of sleeping while the other members finish it. */
        if (running && !ll_dedup_answered(p->dedup, hi - lo)) {
            pool_join(p);
            running = 0;
        }
        t = ll_mono_us();
        rc = batch_redis(p, b, lo, hi);
        waited += ll_mono_us() - t;
        if (running)
            pool_join(p); /* the step before */
        running = rc == LL_WORK_DONE;
        if (running) {
            k ^= 1;
            sc[k] = (slice_ctx){p, b, lo};
            ll_pool_start(p->pool, batch_finish_slice, &sc[k], hi - lo);
        }
    }
    t = ll_mono_us();
    if (rc == LL_WORK_DONE && ll_dedup_replies_end(p->dedup) != 0)
        rc = LL_WORK_RETRY;
    ll_metric_observe_us(&m_wait_redis, waited + ll_mono_us() - t);
    if (running)
        pool_join(p);
    if (rc != LL_WORK_DONE || batch_failed(b))
        return LL_WORK_RETRY;
    /* The trees are written out: drop them now, not when the batch commits,
     * so only the batch being worked holds trees (RSS). */
    if (p->arenas) {
        for (int i = 0; i < b->n; i++) {
            item_at(b, i)->ev = NULL;
            item_at(b, i)->pseudonym = NULL;
        }
        batch_drop_trees(p, b);
    }
    return LL_WORK_DONE;
}

/* Stream hook, main thread: the batch is given up. What Redis still owes it
 * is read first, so the next batch's replies stay in step (or, when that
 * cannot be, the connection is replaced before the next batch). Redis state
 * is replay-safe, so the round trip of a batch read again does no harm. */
static void on_dropped(void *role, ll_batch *b) {
    (void)b;
    proc *p = role;
    ll_dedup_discard(p->dedup);
}

/* Stream hook, main thread: a connection out of step is replaced first. */
static enum ll_turn_outcome on_turn(void *role) {
    proc *p = role;
    if (ll_dedup_stale(p->dedup) && ll_dedup_connect(p->dedup) != 0)
        return ll_stop_requested() ? LL_TURN_SKIP : LL_TURN_FATAL;
    if (p->rb)
        ll_rebuild_report(p->rb, 0);
    return LL_TURN_GO;
}

static int produce_deadletter(proc *p, ll_txn_out *out, const rd_kafka_message_t *m,
                              const item *it) {
    size_t n =
        ll_deadletter_of_record(m, p->cfg->source_base, "process", 0, &it->err, out->scratch);
    if (n == 0)
        return -1;
    if (ll_txn_produce(out, p->cfg->topic_dlq, NULL, 0, out->scratch, n, RD_KAFKA_MSG_F_COPY) != 0)
        return -1;
    ll_metric_add(&m_dlq, 1);
    return 0;
}

/* Lane hook: the batch's outputs into its transaction. */
static int on_produce(void *role, ll_txn_out *out, ll_batch *b) {
    proc *p = role;
    for (int i = 0; i < b->n; i++) {
        item *it = item_at(b, i);
        const rd_kafka_message_t *m = b->msg[i];
        switch (it->state) {
        case IT_DUP:
            continue;
        case IT_DLQ:
            ll_info("dead letter %s[%d]@%lld: %s%s%s", rd_kafka_topic_name(m->rkt), m->partition,
                    (long long)m->offset, it->err.field, it->err.field[0] ? ": " : "", it->err.msg);
            /* fall through */
        case IT_TOO_LARGE:
            if (produce_deadletter(p, out, m, it) != 0)
                return -1;
            continue;
        case IT_NEW:
            break;
        }
        if (it->reused) {
            /* For the operator: a client that reuses its keys. No text, no key: the id
             * names the input (partition:offset) and the id its key made. Here, where the
             * input is still at hand (the lane releases it once produced); on_committed
             * counts them. */
            static ll_log_limit lim;
            unsigned long left_out;
            if (ll_log_allow(&lim, 10000, &left_out))
                ll_warn("natural key reused with another content: %s[%d]@%lld enriched as %s "
                        "(%lu such lines left out)",
                        rd_kafka_topic_name(m->rkt), m->partition, (long long)m->offset, it->id,
                        left_out);
        }
        const void *key = m->key;
        size_t keylen = m->key_len;
        if (it->key_is_id) {
            key = it->id;
            keylen = strlen(key);
        }
        if (ll_txn_produce(out, p->cfg->topic_enriched, key, keylen, it->out, it->outlen,
                           RD_KAFKA_MSG_F_FREE) != 0)
            return -1;  /* it->out is still ours; on_clear frees it */
        it->out = NULL; /* librdkafka's now */
    }
    return 0;
}

/* Lane hook: counts, and where the transaction spent its time, for whoever
 * chases latency. */
static void on_committed(void *role, const ll_batch *b, const ll_txn_times *t) {
    const proc *p = role;
    if (p->rb)
        ll_rebuild_committed(p->rb, b);
    int enriched = 0, dups = 0, dlq = 0, reused = 0;
    for (int i = 0; i < b->n; i++) {
        const item *it = item_at(b, i);
        enum item_state s = it->state;
        enriched += s == IT_NEW;
        dups += s == IT_DUP;
        dlq += s == IT_DLQ;
        reused += s == IT_NEW && it->reused;
    }
    ll_metric_add(&m_reused, (unsigned long long)reused);
    ll_metric_add(&m_consumed, (unsigned long long)b->n);
    ll_metric_add(&m_enriched, (unsigned long long)enriched);
    ll_metric_add(&m_dup, (unsigned long long)dups);
    ll_debug("committed %llu: %d in, %d enriched, %d duplicates, %d dead letters; gathered "
             "%.1f ms, worked %.1f ms, produce %.1f ms, offsets %.1f ms, commit %.1f ms",
             b->seq, b->n, enriched, dups, dlq, (double)(b->t_closed - b->t0) / 1000,
             (double)(b->t_handed - b->t_closed) / 1000, (double)(t->offsets - b->t_handed) / 1000,
             (double)(t->commit - t->offsets) / 1000, (double)(t->end - t->commit) / 1000);
}

/* Lane or main thread hook: frees what the items hold. */
static void on_clear(void *role, ll_batch *b) {
    proc *p = role;
    for (int i = 0; i < b->n; i++) {
        item *it = item_at(b, i);
        free(it->out);
        it->out = NULL;
        if (!p->arenas)
            cJSON_Delete(it->ev);
        it->ev = NULL;
    }
    batch_drop_trees(p, b);
}

static void process_shutdown(void *state);

static void *process_init(const ll_config *cfg, int argc, char **argv, char *errstr,
                          size_t errlen) {
    const char *instance = NULL, *to = NULL;
    int rebuild_asked = 0, follow = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--instance") == 0 && i + 1 < argc) {
            instance = argv[++i];
        } else if (strcmp(argv[i], "--rebuild") == 0) {
            rebuild_asked = 1;
        } else if (strcmp(argv[i], "--to") == 0 && i + 1 < argc) {
            to = argv[++i];
        } else if (strcmp(argv[i], "--follow") == 0) {
            follow = 1;
        } else {
            snprintf(errstr, errlen, "process: unexpected argument '%s'", argv[i]);
            return NULL;
        }
    }
    if (rebuild_asked != (to != NULL) || (follow && !rebuild_asked)) {
        snprintf(errstr, errlen,
                 "process: --rebuild needs --to SUFFIX, and --to and --follow need --rebuild");
        return NULL;
    }
    proc *p = calloc(1, sizeof(*p));
    if (!p) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    p->cfg = cfg;
    const ll_process_cfg *pc = p->pc = ll_config_settings(cfg, &ll_process_config);
    if (instance)
        snprintf(p->txn_id, sizeof(p->txn_id), "%s-%s", pc->txn_id, instance);
    else
        snprintf(p->txn_id, sizeof(p->txn_id), "%s", pc->txn_id);
    snprintf(p->group, sizeof(p->group), "%s", pc->group);
    if (to) {
        /* Its own topics (every hook reads them from p->cfg), group and transactional.id. */
        if (!(p->rb = ll_rebuild_new(cfg, to, follow, errstr, errlen)))
            goto fail;
        char id[sizeof(p->txn_id)];
        snprintf(id, sizeof(id), "%s", p->txn_id);
        int n3 = snprintf(p->txn_id, sizeof(p->txn_id), "%s-rebuild-%s", id, to);
        int n4 = snprintf(p->group, sizeof(p->group), "%s-rebuild-%s", pc->group, to);
        if (n3 < 0 || (size_t)n3 >= sizeof(p->txn_id) || n4 < 0 || (size_t)n4 >= sizeof(p->group)) {
            snprintf(errstr, errlen,
                     "process: --to '%s' makes a topic, group or transactional.id too long", to);
            goto fail;
        }
        p->cfg = cfg = ll_rebuild_config(p->rb);
    }
    /* glibc raises its mmap threshold to the size of every large block freed
     * (librdkafka's fetch and produce buffers, up to 32 MiB), after which such
     * blocks come from the thread arenas and their pages stay resident when
     * freed: peak RSS 69.5 -> 57.4 MiB in one backlog run with the threshold
     * fixed (tests/bench/process.sh figures in the README). */
    if (mallopt(M_MMAP_THRESHOLD, LL_PROCESS_MMAP_THRESHOLD) != 1) /* not glibc's malloc: ASan */
        ll_info("mallopt(M_MMAP_THRESHOLD) refused: the allocator keeps its own thresholds");
    int buf_ok = (p->th = calloc((size_t)pc->batch_max, sizeof(*p->th))) != NULL;
    for (int w = 0; w < pc->workers; w++)
        buf_ok &= (p->scratch[w] = malloc(LL_MAX_SERIALISED_EVENT_BYTES)) != NULL;
    if (!buf_ok) {
        snprintf(errstr, errlen, "out of memory");
        goto fail;
    }
    ll_json_hooks_install();
    /* Keep what a typical batch needs between rounds, return the rest. */
    /* A member's share of a full batch, at the tree size of a typical event. */
    size_t keep = (size_t)((pc->batch_max + pc->workers - 1) / pc->workers) * LL_PROCESS_TREE_BYTES;
    if (keep > LL_PROCESS_ARENA_KEEP_MAX)
        keep = LL_PROCESS_ARENA_KEEP_MAX;
    p->arenas = 1;
    for (int w = 0; w < pc->workers && p->arenas; w++)
        p->arenas = (p->arena[w] = ll_arena_new(keep)) != NULL;
    if (!p->arenas) {
        ll_warn("no address space for arenas; JSON trees use malloc");
        for (int w = 0; w < LL_MAX_PROCESS_WORKERS; w++) {
            ll_arena_free(p->arena[w]);
            p->arena[w] = NULL;
        }
    }
    LL_METRICS_REGISTER(&m_consumed, &m_enriched, &m_dup, &m_reused, &m_dlq, &m_wait_input,
                        &m_wait_lane, &m_wait_redis, &m_wait_workers);
    ll_txn_metrics_register(&m_txn);
    if (!(p->dedup = ll_dedup_new(cfg->redis, p->rb ? ll_rebuild_ns(p->rb) : "", pc->dedup_ttl_s,
                                  pc->thread_window_s))) {
        snprintf(errstr, errlen, "out of memory");
        goto fail;
    }
    ll_dedup_set_wait(p->dedup, pc->redis_wait_replicas, pc->redis_wait_timeout_ms);
    int rc = pthread_create(&p->loader, NULL, load_models, p);
    if (rc != 0) {
        snprintf(errstr, errlen, "process: cannot start the models' loader: %s", strerror(rc));
        goto fail;
    }
    p->loader_started = 1;
    if (!(p->pool = ll_pool_new(pc->workers, errstr, errlen)))
        goto fail;

    const ll_stream_conf sconf = {
        .txn =
            {
                .cfg = cfg,
                .section = "process",
                .txn_id = p->txn_id,
                .lanes = pc->txn_in_flight,
                .join_max = pc->txn_batches,
                /* A backlog's transaction takes in 8 batches: their input goes once produced
                 * (the items stay for on_committed), or the peak RSS grew 5 MiB. */
                .release_produced = 1,
                .txn_timeout_ms = pc->txn_timeout_ms,
                .outputs = {cfg->topic_enriched, cfg->topic_dlq},
                .fault_abort_every = ll_txn_fault_from_env("LL_PROCESS_FAULT_ABORT_EVERY"),
                .metrics = &m_txn,
            },
        .group = p->group,
        .topics = {cfg->topic_raw},
        .batch_max = pc->batch_max,
        .batch_bytes = LL_PROCESS_BATCH_BYTES,
        .batch_wait_ms = pc->batch_wait_ms,
        .item_size = sizeof(item),
        .wait_input_us = &m_wait_input,
        .wait_lane_us = &m_wait_lane,
    };
    const ll_stream_hooks hooks = {
        .role = p,
        .gathered = on_gathered,
        .work = on_work,
        .dropped = on_dropped,
        .turn = on_turn,
        .produce = on_produce,
        .committed = on_committed,
        .clear = on_clear,
    };
    if (!(p->stream = ll_stream_new(&sconf, &hooks, errstr, errlen)))
        goto fail;
    return p;
fail:
    process_shutdown(p);
    return NULL;
}

static int process_run(void *state) {
    proc *p = state;
    char e[256];
    int rc = 0;
    if (p->rb && ll_kafka_topics_create(p->cfg, 30000, e, sizeof(e)) != 0) {
        ll_error("rebuild: %s", e);
        rc = 1;
        goto out;
    }
    /* Fences any earlier incarnation with these transactional.ids and aborts
     * what it left open, so a restart after kill -9 continues cleanly. */
    if (ll_stream_init_transactions(p->stream) != 0) {
        rc = 1;
        goto out;
    }
    if (ll_dedup_connect(p->dedup) != 0) {
        rc = ll_stop_requested() ? 0 : 1;
        goto out;
    }
    if (p->rb && ll_rebuild_bounds(p->rb, ll_stream_consumer(p->stream), p->group) != 0) {
        rc = 1;
        goto out;
    }
    if (ll_stream_subscribe(p->stream) != 0) {
        rc = 1;
        goto out;
    }
    ll_info("processing %s -> %s (group %s, transactional.id %s, %d in flight%s%s)",
            p->cfg->topic_raw, p->cfg->topic_enriched, p->group, p->txn_id, p->pc->txn_in_flight,
            p->rb ? ", Redis keys ll:" : "", p->rb ? ll_rebuild_ns(p->rb) : "");
    if (p->rb)
        ll_rebuild_report(p->rb, 1); /* at once: an empty topic is done before its first turn */
    if (ll_stream_run(p->stream) != 0)
        rc = 1;
    if (p->rb && !ll_rebuild_finished(p->rb) && rc == 0) {
        ll_rebuild_report(p->rb, 1);
        if (!ll_rebuild_finished(p->rb)) {
            ll_warn("rebuild %s: stopped before the end; run it again to go on",
                    ll_rebuild_suffix(p->rb));
        }
    }
out:
    if (p->loader_started && models_loaded(p) != 0)
        rc = 1;
    ll_info("stopping: %llu in, %llu enriched, %llu duplicates, %llu dead letters, %llu aborts",
            ll_metric_get(&m_consumed), ll_metric_get(&m_enriched), ll_metric_get(&m_dup),
            ll_metric_get(&m_dlq), ll_metric_get(&m_txn.aborts));
    return rc;
}

static void process_shutdown(void *state) {
    proc *p = state;
    if (!p)
        return;
    if (p->loader_started && !p->loader_joined) /* run never came: init failed after it */
        pthread_join(p->loader, NULL);
    /* First: the lanes still use the items, the arenas and the scratch. */
    ll_stream_free(p->stream);
    for (int w = 0; w < LL_MAX_PROCESS_WORKERS; w++)
        ll_arena_free(p->arena[w]);
    ll_dedup_free(p->dedup);
    ll_pool_free(p->pool);
    for (int w = LL_MAX_PROCESS_WORKERS - 1; w >= 0; w--) { /* en[0] holds the others' rules */
        ll_enricher_free(p->en[w]);
        free(p->scratch[w]);
    }
    ll_rebuild_free(p->rb);
    free(p->th);
    free(p);
}

const ll_role ll_role_process = {
    .name = "process",
    .summary = "feedback.raw -> feedback.enriched in Kafka transactions, de-duplicated in Redis",
    .usage = "  --instance NAME   suffix for transactional.id when several run in one group\n"
             "  --rebuild --to SUFFIX  re-derive everything: the raw topic from the start of its\n"
             "                    retention into ENRICHED.SUFFIX and DLQ.SUFFIX, with fresh Redis\n"
             "                    state under ll:rebuild.SUFFIX:, in a group of its own; reports\n"
             "                    how far it is and stops at the raw topic's end at its start\n"
             "  --follow          with --rebuild: go on processing new inputs after that\n",
    .config = &ll_process_config,
    .needs_pseudonym_key = 0,
    .writes_dead_letters = 1,
    .init = process_init,
    .run = process_run,
    .shutdown = process_shutdown,
    .admin_listen = admin_listen,
    .ready = ready,
};
