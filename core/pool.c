/* pool.c - a fixed team of threads that splits one loop over a batch between them. */
#include "pool.h"

#include <assert.h>
#include <pthread.h>
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
    int pending;              /* threads still working on this generation */
    int quit;
    ll_pool_fn fn;
    void *ctx;
    int n;
    long long waited_us; /* the caller's, after its own slice */
};

static void slice(int n, int workers, int w, int *lo, int *hi) {
    *lo = (int)((long)n * w / workers);
    *hi = (int)((long)n * (w + 1) / workers);
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
        int n = pl->n;
        pthread_mutex_unlock(&pl->lock);
        int lo, hi;
        slice(n, pl->workers, m->index, &lo, &hi);
        if (lo < hi)
            fn(ctx, m->index, lo, hi);
        pthread_mutex_lock(&pl->lock);
        if (--pl->pending == 0)
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

void ll_pool_run(ll_pool *pl, ll_pool_fn fn, void *ctx, int n) {
    if (pl->workers == 1 || n < 2 * pl->workers) {
        /* Too little to share: thread hand-offs would cost more than they save. */
        if (n > 0)
            fn(ctx, 0, 0, n);
        return;
    }
    pthread_mutex_lock(&pl->lock);
    /* One run at a time: a second caller's generation would be counted as this one's. */
    assert(pl->pending == 0);
    pl->fn = fn;
    pl->ctx = ctx;
    pl->n = n;
    pl->pending = pl->workers - 1;
    pl->generation++;
    pthread_cond_broadcast(&pl->go);
    pthread_mutex_unlock(&pl->lock);
    int lo, hi;
    slice(n, pl->workers, 0, &lo, &hi);
    fn(ctx, 0, lo, hi);
    long long t = ll_mono_us();
    pthread_mutex_lock(&pl->lock);
    while (pl->pending > 0)
        pthread_cond_wait(&pl->done, &pl->lock);
    pthread_mutex_unlock(&pl->lock);
    pl->waited_us += ll_mono_us() - t;
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
