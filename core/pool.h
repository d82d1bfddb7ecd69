/* pool.h - a fixed team of threads that splits one loop over a batch between them. */
#ifndef LL_POOL_H
#define LL_POOL_H

#include <stddef.h>

typedef struct ll_pool ll_pool;

/* fn handles items [lo, hi) as team member `worker` (0 is the caller). */
typedef void (*ll_pool_fn)(void *ctx, int worker, int lo, int hi);

/* A team of `workers` (the caller plus workers-1 threads). NULL with errstr. */
ll_pool *ll_pool_new(int workers, char *errstr, size_t errlen);
/* Runs fn over [0, n), the members claiming it in chunks as they get to it
 * (fn may be called several times per member, or not at all for one that
 * wakes late); returns when every item is done. One caller at a time. */
void ll_pool_run(ll_pool *pl, ll_pool_fn fn, void *ctx, int n);
/* ll_pool_run in two halves: ll_pool_start hands fn over [0, n) to the
 * other members and returns at once, so the caller can do work of its own
 * (the processor reads a step's Redis replies while the pool finishes the
 * step before); ll_pool_join then claims what is still unclaimed and
 * returns when every item is done. Each start is joined before the next
 * run or start. What ll_pool_run would do on the caller alone (one member,
 * or too few items to share) waits for the join. */
void ll_pool_start(ll_pool *pl, ll_pool_fn fn, void *ctx, int n);
void ll_pool_join(ll_pool *pl);
int ll_pool_size(const ll_pool *pl);
/* Microseconds the caller of ll_pool_run (or ll_pool_join) has waited, in
 * all, after it found nothing more to claim, for the other members' last
 * chunks. Only the
 * caller's thread may ask. */
long long ll_pool_waited_us(const ll_pool *pl);
void ll_pool_free(ll_pool *pl); /* NULL-safe */

#endif
