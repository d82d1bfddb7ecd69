/* committer.c - Kafka transactions for batches, in input order, on one or more lanes.
 *
 * The order is kept with three counters under one mutex: the sequence number
 * of the next batch handed over, the last batch whose offsets step is over,
 * and the last batch whose transaction is over (and whether it committed).
 * A lane waits on them for its predecessor; the main thread waits on them
 * for a free lane or for the chain to drain.
 *
 * With one lane and join_max > 1, a transaction whose batch closed full (the
 * input is behind) stays open for the next batch, up to join_max batches:
 * the fixed cost of a transaction (offsets and commit round trips, markers)
 * is paid once for several batches, while each batch, and so what its work
 * holds, stays batch_max large. Its batches keep their own sequence numbers
 * and share the transaction's outcome. */
#include "committer.h"

#include <assert.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kafka.h"
#include "ll_limits.h"
#include "log.h"
#include "stop.h"
#include "text.h"

/* One transactional producer and the thread that drives it, one batch at a time. */
typedef struct lane {
    ll_committer *c;
    rd_kafka_t *producer;
    char txn_id[208];
    char *scratch; /* LL_MAX_SERIALISED_EVENT_BYTES, lent to the produce hook */
    rd_kafka_topic_t *outputs[LL_COMMITTER_MAX_OUTPUTS]; /* conf.outputs, known to the producer */
    pthread_t th;
    int started;
    ll_batch *b; /* handed over, not yet taken in by the lane */
    /* The batches of the lane's open transaction, oldest first. */
    ll_batch *held[LL_TXN_JOIN_MAX];
    int nheld;
} lane;

struct ll_committer {
    ll_committer_conf conf;
    ll_committer_hooks hooks;
    rd_kafka_queue_t *wake;
    int nlanes;
    lane lanes[LL_MAX_TXN_IN_FLIGHT];
    /* Everything below is shared with the lanes, under mu. */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    ll_batch *inflight[LL_MAX_TXN_IN_FLIGHT + LL_TXN_JOIN_MAX]; /* handed over, oldest first */
    int ninflight;
    int joinable; /* the lane's open transaction takes the next batch */
    int coming;   /* the main thread is gathering or working a batch */
    int draining; /* someone waits for the chain to drain: no transaction waits for more */
    unsigned long long next_seq;    /* of the next batch handed over (from 1) */
    unsigned long long offsets_seq; /* the last batch whose offsets step is over */
    unsigned long long ended_seq;   /* the last batch whose transaction is over */
    int ended_ok;                   /* ...and whether it committed */
    int lanes_stop;
};

/* Lanes wait here for their predecessor in the commit order: until *at has
 * reached seq - 1. */
static void order_wait(ll_committer *c, const unsigned long long *at, unsigned long long seq) {
    pthread_mutex_lock(&c->mu);
    while (*at + 1 < seq)
        pthread_cond_wait(&c->cv, &c->mu);
    pthread_mutex_unlock(&c->mu);
}

/* Batch seq's offsets step is over (sent or failed): its successor may send. */
static void offsets_passed(ll_committer *c, unsigned long long seq) {
    pthread_mutex_lock(&c->mu);
    if (c->offsets_seq < seq)
        c->offsets_seq = seq;
    pthread_cond_broadcast(&c->cv);
    pthread_mutex_unlock(&c->mu);
}

/* Waits until batch seq's predecessor's transaction is over; returns whether
 * it committed (ended_ok stays the predecessor's until seq itself ends). */
static int predecessor_committed(ll_committer *c, unsigned long long seq) {
    order_wait(c, &c->ended_seq, seq);
    pthread_mutex_lock(&c->mu);
    int ok = c->ended_ok;
    pthread_mutex_unlock(&c->mu);
    return ok;
}

static void transaction_ended(ll_committer *c, unsigned long long seq, int committed) {
    pthread_mutex_lock(&c->mu);
    c->ended_seq = seq;
    c->ended_ok = committed;
    pthread_cond_broadcast(&c->cv);
    pthread_mutex_unlock(&c->mu);
}

/* Fault injection only: waits up to ms for the batch after seq to be
 * handed over (the main thread hands it over while this lane is busy). */
static void successor_wait(ll_committer *c, unsigned long long seq, int ms) {
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += ms / 1000;
    until.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (until.tv_nsec >= 1000000000L) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&c->mu);
    while (c->next_seq <= seq + 1 && !c->lanes_stop)
        if (pthread_cond_timedwait(&c->cv, &c->mu, &until) != 0)
            break;
    pthread_mutex_unlock(&c->mu);
}

int ll_txn_produce(ll_txn_out *out, const char *topic, const void *key, size_t keylen, void *val,
                   size_t len, int flags) {
    const ll_kafka_record rec = {topic, key, keylen, val, len, flags, NULL};
    /* No deadline: the transaction's own timeout bounds a stuck broker. */
    return ll_kafka_produce(out->producer, &rec, 50, 0) ? -1 : 0;
}

/* Whether the lane's open transaction should wait for the next batch: its
 * first batch closed full (the input was behind), and room is left. Once a
 * batch of it closed short, the input has caught up: more join only within
 * LL_TXN_JOIN_CAUGHT_UP_MS of the first batch's hand-over. After a stall under
 * light load the first batch is full and the rest a fetch each; they joined up
 * to join_max (8), so the stall's events waited for seven more batches before
 * their commit (tests/bench/HISTORY.md, "12-04 afternoon"). */
static int join_wanted(const lane *l) {
    const ll_committer *c = l->c;
    if (c->nlanes != 1 || l->nheld >= c->conf.join_max || !l->held[0]->full)
        return 0;
    return l->held[l->nheld - 1]->full ||
           ll_mono_us() - l->held[0]->t_handed < LL_TXN_JOIN_CAUGHT_UP_MS * 1000LL;
}

/* now + ms, for pthread_cond_timedwait. */
static struct timespec deadline_in(int ms) {
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_nsec += ms * 1000000L;
    until.tv_sec += until.tv_nsec / 1000000000L;
    until.tv_nsec %= 1000000000L;
    return until;
}

/* Offers the open transaction to the next batch while the main thread has
 * one on its way (gathering or working it), LL_TXN_JOIN_WAIT_MS at most;
 * the batch handed over meanwhile, or NULL. */
static ll_batch *join_wait(lane *l) {
    ll_committer *c = l->c;
    struct timespec until = deadline_in(LL_TXN_JOIN_WAIT_MS);
    pthread_mutex_lock(&c->mu);
    /* The main thread may be between two batches: it handed the last one
     * over, and its next has no message yet (its poll waits for a fetch).
     * After a short batch the lane was here first, and the transaction
     * closed with two batches where the backlog had more (20 of 75
     * transactions of a null copy; tests/bench/HISTORY.md, "12-03
     * evening"): wait a little (join_grace_ms) for its first message. */
    if (!c->coming) {
        struct timespec grace =
            deadline_in(c->conf.join_grace_ms > 0 ? c->conf.join_grace_ms : LL_TXN_JOIN_GRACE_MS);
        while (!c->coming && !l->b && c->ended_ok && !c->draining && !c->lanes_stop)
            if (pthread_cond_timedwait(&c->cv, &c->mu, &grace) != 0)
                break;
    }
    /* Not after a failed transaction: this one aborts too. */
    c->joinable = c->coming && c->ended_ok && !c->draining && !c->lanes_stop;
    if (c->joinable) {
        pthread_cond_broadcast(&c->cv);
        if (c->wake) /* a main thread polling for a free lane looks again */
            rd_kafka_queue_yield(c->wake);
    }
    while (c->joinable && c->coming && !l->b && !c->draining && !c->lanes_stop)
        if (pthread_cond_timedwait(&c->cv, &c->mu, &until) != 0)
            break;
    c->joinable = 0;
    ll_batch *b = l->b;
    l->b = NULL;
    pthread_mutex_unlock(&c->mu);
    return b;
}

/* b's outputs are in the transaction: its input can go (conf.release_produced). An out of
 * memory here only keeps the messages. */
static void produced(const ll_committer *c, ll_batch *b) {
    if (c->conf.release_produced && ll_batch_release_messages(b) != 0)
        ll_warn("out of memory: batch %llu keeps its input until its commit", b->seq);
}

/* A lane's part: the transaction of a batch whose work is done, in its place
 * in the commit order, and of the batches that join it (l->held). */
static enum ll_txn_outcome txn_commit(lane *l, ll_batch *b) {
    ll_committer *c = l->c;
    const ll_committer_conf *cf = &c->conf;
    rd_kafka_error_t *e = NULL;
    int offsets_over = 0, fatal = 0;
    const char *step = "begin";
    ll_txn_times t = {0, 0, 0};
    ll_txn_out out = {l->producer, l->scratch};
    l->held[0] = b;
    l->nheld = 1;
    b->t_handed = ll_mono_us();
    if ((e = rd_kafka_begin_transaction(l->producer)))
        goto error;
    step = "produce";
    if (c->hooks.produce(c->hooks.role, &out, b) != 0)
        goto abort;
    produced(c, b);
    while (join_wanted(l)) {
        ll_batch *next = join_wait(l);
        if (!next)
            break;
        b = next;
        l->held[l->nheld++] = b;
        b->t_handed = ll_mono_us();
        if (c->hooks.produce(c->hooks.role, &out, b) != 0)
            goto abort;
        produced(c, b);
    }
    const unsigned long long first = l->held[0]->seq, last = b->seq;
    /* Offsets reach the group coordinator in input order: of two committed
     * offset records for a partition, the later written one counts. */
    step = "send offsets";
    order_wait(c, &c->offsets_seq, first);
    t.offsets = ll_mono_us();
    /* A batch without input (a clock's tick) has outputs only. */
    rd_kafka_topic_partition_list_t *offs = NULL;
    for (int i = 0; i < l->nheld; i++)
        if (l->held[i]->n > 0)
            offs = ll_batch_offsets(l->held[i], LL_OFFSETS_NEXT, offs);
    if (offs) {
        e = rd_kafka_send_offsets_to_transaction(l->producer, offs, b->cgmd, 30000);
        rd_kafka_topic_partition_list_destroy(offs);
    }
    offsets_passed(c, last);
    offsets_over = 1;
    if (e)
        goto error;
    t.commit = ll_mono_us();
    /* A batch commits only after the one before it: its offsets imply that
     * input was done with. */
    step = "commit";
    if (!predecessor_committed(c, first)) {
        ll_info("transaction of the batch before failed; aborting this one too");
        goto abort;
    }
    for (int i = 0; cf->fault_abort_every && i < l->nheld; i++) {
        if (l->held[i]->seq % cf->fault_abort_every != 0)
            continue;
        /* Like a commit that times out: slow, so the batch after it is in
         * flight when it fails (waited for, not slept: on a loaded machine
         * a fixed pause may end before the next batch is handed over). One
         * lane takes no batch before this one is over: nothing to wait for. */
        if (c->nlanes > 1)
            successor_wait(c, last, 5000);
        ll_warn("fault injection: aborting transaction %llu", l->held[i]->seq);
        goto abort;
    }
    for (;;) {
        e = rd_kafka_commit_transaction(l->producer, 60000);
        if (!e)
            break;
        if (ll_kafka_error_class(e) != LL_KAFKA_RETRIABLE)
            goto error;
        ll_warn("commit: %s; retrying", rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
        e = NULL;
    }
    transaction_ended(c, last, 1);
    t.end = ll_mono_us();
    /* The role's counts first: whoever sees the transaction counted sees
     * its events counted too. */
    for (int i = 0; i < l->nheld; i++) {
        if (c->hooks.committed)
            c->hooks.committed(c->hooks.role, l->held[i], &t);
        ll_metric_observe_us(&cf->metrics->batch_seconds, t.end - l->held[i]->t0);
    }
    ll_metric_add(&cf->metrics->transactions, 1);
    ll_metric_observe_us(&cf->metrics->commit_seconds, t.end - t.offsets);
    return LL_TXN_COMMITTED;

error:
    if (ll_kafka_error_class(e) == LL_KAFKA_FATAL) {
        ll_error("transaction %s: fatal: %s", step, rd_kafka_error_string(e));
        fatal = 1;
    } else {
        ll_warn("transaction %s: %s; aborting the batch", step, rd_kafka_error_string(e));
    }
    rd_kafka_error_destroy(e);
abort:
    if (!offsets_over)
        offsets_passed(c, l->held[l->nheld - 1]->seq);
    if (!fatal) {
        ll_metric_add(&cf->metrics->aborts, 1);
        e = rd_kafka_abort_transaction(l->producer, 60000);
        if (e) {
            ll_error("abort: %s", rd_kafka_error_string(e));
            fatal = ll_kafka_error_class(e) == LL_KAFKA_FATAL;
            rd_kafka_error_destroy(e);
        }
    }
    /* The order holds for failures too: the next batch learns of this one. */
    predecessor_committed(c, l->held[0]->seq);
    transaction_ended(c, l->held[l->nheld - 1]->seq, 0);
    return fatal ? LL_TXN_FATAL : LL_TXN_ABORTED;
}

static void *lane_main(void *arg) {
    lane *l = arg;
    ll_committer *c = l->c;
    char name[16];
    snprintf(name, sizeof(name), "ll-lane%d", (int)(l - c->lanes));
    ll_thread_name(name);
    pthread_mutex_lock(&c->mu);
    for (;;) {
        while (!c->lanes_stop && !l->b)
            pthread_cond_wait(&c->cv, &c->mu);
        if (c->lanes_stop)
            break;
        ll_batch *b = l->b;
        l->b = NULL;
        pthread_mutex_unlock(&c->mu);
        enum ll_txn_outcome rc = txn_commit(l, b);
        /* Every batch of the transaction shares its outcome. */
        for (int i = 0; i < l->nheld; i++) {
            b = l->held[i];
            rd_kafka_topic_partition_list_t *rewind =
                rc == LL_TXN_ABORTED && b->n > 0 ? ll_batch_offsets(b, LL_OFFSETS_FIRST, NULL)
                                                 : NULL;
            rd_kafka_consumer_group_metadata_destroy(b->cgmd);
            b->cgmd = NULL;
            c->hooks.clear(c->hooks.role, b);
            ll_batch_release(b);
            b->rewind = rewind;
        }
        pthread_mutex_lock(&c->mu);
        for (int i = 0; i < l->nheld; i++) {
            l->held[i]->outcome = rc;
            l->held[i]->done = 1;
        }
        l->nheld = 0;
        pthread_cond_broadcast(&c->cv);
        if (c->wake) /* the main thread may be waiting for a free lane */
            rd_kafka_queue_yield(c->wake);
    }
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

void ll_txn_metrics_register(ll_txn_metrics *m) {
    ll_metric_register(&m->transactions);
    ll_metric_register(&m->aborts);
    ll_metric_register(&m->batch_seconds);
    ll_metric_register(&m->commit_seconds);
}

unsigned long long ll_txn_fault_from_env(const char *var) {
    const char *v = getenv(var);
    if (!v || !*v)
        return 0;
    unsigned long long n = strtoull(v, NULL, 10);
    ll_warn("%s=%llu: transactions will be aborted (tests only)", var, n);
    return n;
}

ll_committer *ll_committer_new(const ll_committer_conf *conf, const ll_committer_hooks *hooks,
                               rd_kafka_queue_t *wake, char *errstr, size_t errlen) {
    assert(conf->lanes >= 1 && conf->lanes <= LL_MAX_TXN_IN_FLIGHT);
    assert(hooks->produce && hooks->clear && conf->metrics);
    ll_committer *c = calloc(1, sizeof(*c));
    if (!c) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    c->conf = *conf;
    c->hooks = *hooks;
    c->wake = wake;
    c->nlanes = conf->lanes;
    c->next_seq = 1;
    c->ended_ok = 1;
    pthread_mutex_init(&c->mu, NULL);
    pthread_cond_init(&c->cv, NULL);
    char e[256];
    /* Lane 0 keeps the configured transactional.id, so a role that ran with
     * one lane is fenced by its successor like before. */
    for (int k = 0; k < c->nlanes; k++) {
        lane *l = &c->lanes[k];
        l->c = c;
        if (k == 0)
            snprintf(l->txn_id, sizeof(l->txn_id), "%s", conf->txn_id);
        else
            snprintf(l->txn_id, sizeof(l->txn_id), "%s.%d", conf->txn_id, k);
        if (!(l->scratch = malloc(LL_MAX_SERIALISED_EVENT_BYTES))) {
            snprintf(errstr, errlen, "out of memory");
            goto fail;
        }
        rd_kafka_conf_t *pconf = ll_kafka_conf_new(conf->cfg, conf->section, errstr, errlen);
        if (!pconf)
            goto fail;
        if (ll_kafka_conf_txn_defaults(pconf, conf->cfg, conf->section, errstr, errlen) != 0) {
            rd_kafka_conf_destroy(pconf);
            goto fail;
        }
        char tmo[32];
        snprintf(tmo, sizeof(tmo), "%d", conf->txn_timeout_ms);
        if (rd_kafka_conf_set(pconf, "transaction.timeout.ms", tmo, e, sizeof(e)) !=
            RD_KAFKA_CONF_OK) {
            snprintf(errstr, errlen, "kafka: %s", e);
            rd_kafka_conf_destroy(pconf);
            goto fail;
        }
        if (!(l->producer = ll_kafka_producer_new(pconf, l->txn_id, errstr, errlen)))
            goto fail;
    }
    return c;
fail:
    ll_committer_free(c);
    return NULL;
}

/* Makes l's producer know the role's output topics before its first
 * transaction (ll_committer_conf.outputs says why); keeps their handles. */
static void outputs_known(lane *l) {
    const ll_committer_conf *conf = &l->c->conf;
    for (int i = 0; i < LL_COMMITTER_MAX_OUTPUTS && conf->outputs[i]; i++) {
        if (!l->outputs[i] &&
            !(l->outputs[i] = rd_kafka_topic_new(l->producer, conf->outputs[i], NULL)))
            continue;
        const struct rd_kafka_metadata *md = NULL;
        rd_kafka_resp_err_t err = rd_kafka_metadata(l->producer, 0, l->outputs[i], &md, 5000);
        if (err)
            ll_warn("metadata of %s: %s", conf->outputs[i], rd_kafka_err2str(err));
        if (md)
            rd_kafka_metadata_destroy(md);
    }
}

/* In slices: a stop asked meanwhile (SIGTERM, or the processor's models failing to load on
 * their thread while this waits on an unreachable broker) is seen within one, not after 30 s.
 * librdkafka takes a call after a timeout up where the last one left off. */
int ll_committer_init_transactions(ll_committer *c) {
    for (int k = 0; k < c->nlanes; k++) {
        rd_kafka_error_t *err;
        long long told = ll_mono_us();
        while ((err = rd_kafka_init_transactions(c->lanes[k].producer, LL_TXN_INIT_SLICE_MS))) {
            int retriable = rd_kafka_error_is_retriable(err);
            long long now = ll_mono_us();
            if (rd_kafka_error_code(err) != RD_KAFKA_RESP_ERR__TIMED_OUT || !retriable ||
                now - told >= LL_TXN_INIT_TELL_MS * 1000LL) {
                ll_warn("init transactions (%s): %s%s", c->lanes[k].txn_id,
                        rd_kafka_error_string(err), retriable ? "; retrying" : "");
                told = now;
            }
            rd_kafka_error_destroy(err);
            if (!retriable || ll_stop_requested())
                return -1;
        }
        outputs_known(&c->lanes[k]);
    }
    return 0;
}

int ll_committer_start(ll_committer *c) {
    for (int k = 0; k < c->nlanes; k++) {
        if (pthread_create(&c->lanes[k].th, NULL, lane_main, &c->lanes[k]) != 0) {
            ll_error("cannot start a committer thread");
            return -1;
        }
        c->lanes[k].started = 1;
    }
    return 0;
}

/* Under mu: whether a lane can take the next batch (the oldest one's outcome
 * may still wait to be collected). */
static int lane_free_locked(const ll_committer *c) {
    return c->ninflight < c->nlanes || c->inflight[0]->done || c->joinable;
}

int ll_committer_lane_free(ll_committer *c) {
    pthread_mutex_lock(&c->mu);
    int r = c->joinable && c->ninflight >= c->nlanes ? 2 : lane_free_locked(c);
    pthread_mutex_unlock(&c->mu);
    return r;
}

void ll_committer_coming(ll_committer *c, int coming) {
    pthread_mutex_lock(&c->mu);
    c->coming = coming;
    /* Either way a lane offering its transaction looks again (join_wait). */
    pthread_cond_broadcast(&c->cv);
    pthread_mutex_unlock(&c->mu);
}

int ll_committer_holds(ll_committer *c, const ll_batch *b) {
    int held = 0;
    pthread_mutex_lock(&c->mu);
    for (int i = 0; i < c->ninflight; i++)
        held |= c->inflight[i] == b;
    pthread_mutex_unlock(&c->mu);
    return held;
}

int ll_committer_hand_over(ll_committer *c, ll_batch *b, rd_kafka_t *consumer) {
    assert(!b->cgmd);
    rd_kafka_consumer_group_metadata_t *cgmd = rd_kafka_consumer_group_metadata(consumer);
    pthread_mutex_lock(&c->mu);
    if (!(c->ninflight < c->nlanes || c->joinable)) {
        /* The transaction it was to join has closed since the caller looked. */
        pthread_mutex_unlock(&c->mu);
        rd_kafka_consumer_group_metadata_destroy(cgmd);
        return -1;
    }
    b->cgmd = cgmd;
    b->done = 0;
    b->outcome = LL_TXN_COMMITTED;
    b->rewind = NULL;
    c->coming = 0;
    b->seq = c->next_seq++;
    /* A transaction open for joining is lane 0's (joining needs one lane). */
    lane *l = &c->lanes[c->joinable ? 0 : b->seq % (unsigned long long)c->nlanes];
    c->joinable = 0;
    assert(!l->b);
    l->b = b;
    c->inflight[c->ninflight++] = b;
    pthread_cond_broadcast(&c->cv);
    pthread_mutex_unlock(&c->mu);
    return 0;
}

enum ll_txn_outcome ll_committer_collect(ll_committer *c, enum ll_collect_mode mode,
                                         rd_kafka_topic_partition_list_t **rewind) {
    enum ll_txn_outcome rc = LL_TXN_COMMITTED;
    *rewind = NULL;
    pthread_mutex_lock(&c->mu);
    if (mode == LL_COLLECT_ALL) {
        /* An open transaction stops waiting for more. */
        c->draining = 1;
        pthread_cond_broadcast(&c->cv);
    }
    for (;;) {
        while (c->ninflight > 0 && c->inflight[0]->done) {
            ll_batch *b = c->inflight[0];
            memmove(&c->inflight[0], &c->inflight[1], (size_t)(c->ninflight - 1) * sizeof(b));
            c->ninflight--;
            if (b->outcome == LL_TXN_FATAL)
                rc = LL_TXN_FATAL;
            else if (b->outcome == LL_TXN_ABORTED && rc == LL_TXN_COMMITTED)
                rc = LL_TXN_ABORTED;
            *rewind = ll_offsets_min(*rewind, b->rewind);
            b->rewind = NULL;
            b->done = 0;
        }
        int enough;
        /* A failure takes the rest of the chain with it. */
        if (rc != LL_TXN_COMMITTED || mode == LL_COLLECT_ALL)
            enough = c->ninflight == 0;
        else if (mode == LL_COLLECT_SLOT)
            enough = lane_free_locked(c);
        else
            enough = 1;
        if (enough)
            break;
        pthread_cond_wait(&c->cv, &c->mu);
    }
    if (rc != LL_TXN_COMMITTED)
        c->ended_ok = 1; /* a new chain starts from the rewind */
    if (mode == LL_COLLECT_ALL)
        c->draining = 0;
    pthread_mutex_unlock(&c->mu);
    return rc;
}

void ll_committer_stop(ll_committer *c) {
    int started = 0;
    for (int k = 0; k < c->nlanes; k++)
        started |= c->lanes[k].started;
    if (started) {
        rd_kafka_topic_partition_list_t *rewind = NULL;
        ll_committer_collect(c, LL_COLLECT_ALL, &rewind);
        if (rewind)
            rd_kafka_topic_partition_list_destroy(rewind);
        pthread_mutex_lock(&c->mu);
        c->lanes_stop = 1;
        pthread_cond_broadcast(&c->cv);
        pthread_mutex_unlock(&c->mu);
        for (int k = 0; k < c->nlanes; k++)
            if (c->lanes[k].started) {
                pthread_join(c->lanes[k].th, NULL);
                c->lanes[k].started = 0;
            }
    }
}

void ll_committer_free(ll_committer *c) {
    if (!c)
        return;
    ll_committer_stop(c);
    for (int k = 0; k < c->nlanes; k++) {
        if (c->lanes[k].producer) {
            rd_kafka_flush(c->lanes[k].producer, 5000);
            for (int i = 0; i < LL_COMMITTER_MAX_OUTPUTS; i++)
                if (c->lanes[k].outputs[i])
                    rd_kafka_topic_destroy(c->lanes[k].outputs[i]);
            rd_kafka_destroy(c->lanes[k].producer);
        }
        free(c->lanes[k].scratch);
    }
    pthread_mutex_destroy(&c->mu);
    pthread_cond_destroy(&c->cv);
    free(c);
}
