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
 * wakes late; a chunk is at most an eighth of a member's share and shrinks
 * with what is left, so the last are of an item or two); returns when every
 * item is done. One caller at a time. */
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
/* ll_pool_start for items that become ready one after another (the
 * processor reads a batch's Redis replies in order): none may be claimed
 * until ll_pool_publish makes [0, upto) claimable (upto never falls, at
 * most n); what the caller wrote to the items before publishing them is
 * seen by the member that claims them. The join does what is published and
 * no more (a batch given up halfway is not finished). */
void ll_pool_start_open(ll_pool *pl, ll_pool_fn fn, void *ctx, int n);
void ll_pool_publish(ll_pool *pl, int upto);
/* The caller of a started run does one chunk of it that is published and
 * unclaimed, if there is one, instead of waiting for something else (the
 * processor, while Redis has not answered yet); the items done (0: none
 * left to claim for now). */
int ll_pool_help(ll_pool *pl);
int ll_pool_size(const ll_pool *pl);
/* Microseconds the caller of ll_pool_run (or ll_pool_join) has waited, in
 * all, after it found nothing more to claim, for the other members' last
 * chunks. Only the
 * caller's thread may ask. */
long long ll_pool_waited_us(const ll_pool *pl);
void ll_pool_free(ll_pool *pl); /* NULL-safe */

#endif
