/* pool.c - a fixed team of threads that splits one loop over a batch between them.
 *
 * The members claim the loop in chunks as they get to it, rather than one
 * fixed slice each: on the processor's two shared cores a member is often
 * woken late (Redis, the broker and librdkafka want the cores too), and with
 * fixed halves the caller, the stream's one serial path, then slept until
 * the late member had done its half (6.5-9% of the main thread's time in
 * tests/bench/process.sh's (b)). Now whoever runs does the work. */
#include "pool.h"

#include <assert.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#include "log.h"
#include "text.h"

#define POOL_MAX 16

typedef struct member {
    struct ll_pool *pl;
    int index;
} member;

struct ll_pool {
    int workers;
    member members[POOL_MAX];
    pthread_t threads[POOL_MAX];
    int started;
    pthread_mutex_t lock;
    pthread_cond_t go, done;
    unsigned long generation; /* one per ll_pool_run */
    int done_items;           /* of this generation's n; under lock */
    int quit;
    ll_pool_fn fn;
    void *ctx;
    int n, chunk;
    /* The generation's low 32 bits, then the first index not yet claimed:
     * a member that read an older generation claims nothing of this one. */
    _Atomic unsigned long long next;
    long long waited_us; /* the caller's, after its own slice */
    /* The caller's own copy of the run it started and has not joined yet
     * (the members read the fields above, under lock). */
    struct own_run {
        int started;
        int alone; /* the caller runs it all, at the join */
        unsigned long gen;
        ll_pool_fn fn;
        void *ctx;
        int n, chunk;
    } own;
};

/* Runs the chunks of generation gen that are still unclaimed; the items done. */
static int run_chunks(ll_pool *pl, unsigned long gen, ll_pool_fn fn, void *ctx, int worker, int n,
                      int chunk) {
    unsigned long long tag = (unsigned long long)(gen & 0xffffffffUL) << 32;
    int did = 0;
    unsigned long long v = atomic_load(&pl->next);
    for (;;) {
        if ((v & ~0xffffffffULL) != tag)
            break;
        int lo = (int)(v & 0xffffffffULL);
        if (lo >= n)
            break;
        /* Guided: a quarter of a member's share of what is left, at most
         * chunk, at least one item. The caller waits at the end only for what
         * another member claimed and has not done: with fixed chunks that was
         * up to a whole one (16 items, ~0.3 ms, or a preempted member's time
         * without a core on top), now the last claims are of an item or two. */
        int left = n - lo, size = left / (4 * pl->workers);
        if (size > chunk)
            size = chunk;
        if (size < 1)
            size = 1;
        int hi = lo + size;
        if (!atomic_compare_exchange_weak(&pl->next, &v, tag | (unsigned long long)hi))
            continue;
        fn(ctx, worker, lo, hi);
        did += hi - lo;
        v = atomic_load(&pl->next);
    }
    return did;
}

static void *member_main(void *arg) {
    member *m = arg;
    ll_pool *pl = m->pl;
    unsigned long seen = 0;
    char name[16];
    snprintf(name, sizeof(name), "ll-worker%d", m->index);
    ll_thread_name(name);
    for (;;) {
        pthread_mutex_lock(&pl->lock);
        while (!pl->quit && pl->generation == seen)
            pthread_cond_wait(&pl->go, &pl->lock);
        if (pl->quit) {
            pthread_mutex_unlock(&pl->lock);
            return NULL;
        }
        seen = pl->generation;
        ll_pool_fn fn = pl->fn;
        void *ctx = pl->ctx;
        int n = pl->n, chunk = pl->chunk;
        pthread_mutex_unlock(&pl->lock);
        int did = run_chunks(pl, seen, fn, ctx, m->index, n, chunk);
        if (did == 0)
            continue; /* woken too late: the others did it all */
        /* The run cannot end (nor the next begin) before these are counted. */
        pthread_mutex_lock(&pl->lock);
        pl->done_items += did;
        if (pl->done_items == pl->n)
            pthread_cond_signal(&pl->done);
        pthread_mutex_unlock(&pl->lock);
    }
}

ll_pool *ll_pool_new(int workers, char *errstr, size_t errlen) {
    if (workers < 1 || workers > POOL_MAX) {
        snprintf(errstr, errlen, "pool: 1..%d workers", POOL_MAX);
        return NULL;
    }
    ll_pool *pl = calloc(1, sizeof(*pl));
    if (!pl) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    pl->workers = workers;
    pthread_mutex_init(&pl->lock, NULL);
    pthread_cond_init(&pl->go, NULL);
    pthread_cond_init(&pl->done, NULL);
    for (int i = 1; i < workers; i++) {
        pl->members[i] = (member){pl, i};
        if (pthread_create(&pl->threads[i], NULL, member_main, &pl->members[i]) != 0) {
            snprintf(errstr, errlen, "pool: cannot start thread %d", i);
            ll_pool_free(pl);
            return NULL;
        }
        pl->started = i;
    }
    return pl;
}

int ll_pool_size(const ll_pool *pl) { return pl->workers; }

void ll_pool_start(ll_pool *pl, ll_pool_fn fn, void *ctx, int n) {
    assert(!pl->own.started);
    pl->own = (struct own_run){1, pl->workers == 1 || n < 2 * pl->workers, 0, fn, ctx, n, 4};
    if (pl->own.alone)
        return; /* too little to share: thread hand-offs would cost more than they save */
    /* At most eight chunks a member (smaller toward the end: run_chunks):
     * small enough that one claimed by a member that then loses its core
     * holds the run up little, large enough that the claims cost nothing
     * beside an item's work (10-20 us in the processor). */
    if (n / (8 * pl->workers) > pl->own.chunk)
        pl->own.chunk = n / (8 * pl->workers);
    pthread_mutex_lock(&pl->lock);
    pl->fn = fn;
    pl->ctx = ctx;
    pl->n = n;
    pl->chunk = pl->own.chunk;
    pl->done_items = 0;
    pl->own.gen = ++pl->generation;
    atomic_store(&pl->next, (unsigned long long)(pl->own.gen & 0xffffffffUL) << 32);
    pthread_cond_broadcast(&pl->go);
    pthread_mutex_unlock(&pl->lock);
}

void ll_pool_join(ll_pool *pl) {
    struct own_run r = pl->own;
    assert(r.started);
    pl->own.started = 0;
    if (r.alone) {
        if (r.n > 0)
            r.fn(r.ctx, 0, 0, r.n);
        return;
    }
    int did = run_chunks(pl, r.gen, r.fn, r.ctx, 0, r.n, r.chunk);
    long long t = ll_mono_us();
    pthread_mutex_lock(&pl->lock);
    pl->done_items += did;
    while (pl->done_items < r.n)
        pthread_cond_wait(&pl->done, &pl->lock);
    pthread_mutex_unlock(&pl->lock);
    pl->waited_us += ll_mono_us() - t;
}

void ll_pool_run(ll_pool *pl, ll_pool_fn fn, void *ctx, int n) {
    ll_pool_start(pl, fn, ctx, n);
    ll_pool_join(pl);
}

long long ll_pool_waited_us(const ll_pool *pl) { return pl->waited_us; }

void ll_pool_free(ll_pool *pl) {
    if (!pl)
        return;
    pthread_mutex_lock(&pl->lock);
    pl->quit = 1;
    pthread_cond_broadcast(&pl->go);
    pthread_mutex_unlock(&pl->lock);
    for (int i = 1; i <= pl->started; i++)
        pthread_join(pl->threads[i], NULL);
    pthread_mutex_destroy(&pl->lock);
    pthread_cond_destroy(&pl->go);
    pthread_cond_destroy(&pl->done);
    free(pl);
}
