/* pool.h - a fixed team of threads that splits one loop over a batch between them. */
#ifndef LL_POOL_H
#define LL_POOL_H

#include <stddef.h>

typedef struct ll_pool ll_pool;

/* fn handles items [lo, hi) as team member `worker` (0 is the caller). */
typedef void (*ll_pool_fn)(void *ctx, int worker, int lo, int hi);

/* A team of `workers` (the caller plus workers-1 threads). NULL with errstr. */
ll_pool *ll_pool_new(int workers, char *errstr, size_t errlen);
/* Splits [0, n) into one slice per member, runs them at once, returns when
 * all are done. */
void ll_pool_run(ll_pool *pl, ll_pool_fn fn, void *ctx, int n);
int ll_pool_size(const ll_pool *pl);
/* Microseconds the caller of ll_pool_run has waited, in all, for the other
 * members to finish after its own slice: where a split is uneven, or the
 * members had no core. Only the caller's thread may ask. */
long long ll_pool_waited_us(const ll_pool *pl);
void ll_pool_free(ll_pool *pl); /* NULL-safe */

#endif
