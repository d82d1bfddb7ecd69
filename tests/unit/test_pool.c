/* test_pool.c - the worker team: every item handled exactly once, a member
 * that is held up does not hold the run up, a started run goes on while
 * the caller does other work, and the last claims of a run are small. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>

#include "pool.h"

#define N 10007

typedef struct ctx {
    atomic_int hits[N];
    atomic_int by_worker[4];
} ctx;

static void visit(void *arg, int worker, int lo, int hi) {
    ctx *c = arg;
    for (int i = lo; i < hi; i++)
        atomic_fetch_add(&c->hits[i], 1);
    atomic_fetch_add(&c->by_worker[worker], hi - lo);
}

static void every_item_once(void **state) {
    (void)state;
    char e[128];
    for (int workers = 1; workers <= 4; workers++) {
        ll_pool *pl = ll_pool_new(workers, e, sizeof(e));
        assert_non_null(pl);
        assert_int_equal(ll_pool_size(pl), workers);
        static ctx c;
        for (int round = 0; round < 50; round++) {
            memset(&c, 0, sizeof(c));
            int n = round == 0 ? 3 : N - round; /* tiny batches stay on the caller */
            ll_pool_run(pl, visit, &c, n);
            for (int i = 0; i < n; i++)
                assert_int_equal(atomic_load(&c.hits[i]), 1);
            for (int i = n; i < N; i++)
                assert_int_equal(atomic_load(&c.hits[i]), 0);
            int sum = 0;
            for (int w = 0; w < workers; w++)
                sum += atomic_load(&c.by_worker[w]);
            assert_int_equal(sum, n);
        }
        ll_pool_run(pl, visit, &c, 0);
        ll_pool_free(pl);
    }
    assert_null(ll_pool_new(0, e, sizeof(e)));
    assert_null(ll_pool_new(99, e, sizeof(e)));
    ll_pool_free(NULL);
}

/* Member 1 stops in its first chunk (as a thread without a core does) until
 * the caller has done every other item, or 5 s: with fixed halves the caller
 * never gets there, and member 1 then does its half. */
static void slow_one(void *arg, int worker, int lo, int hi) {
    ctx *c = arg;
    if (worker == 1 && atomic_fetch_add(&c->by_worker[3], 1) == 0)
        for (int ms = 0; ms < 5000 && atomic_load(&c->by_worker[0]) < 4000 - (hi - lo); ms++)
            nanosleep(&(struct timespec){0, 1000 * 1000}, NULL);
    for (int i = lo; i < hi; i++)
        atomic_fetch_add(&c->hits[i], 1);
    atomic_fetch_add(&c->by_worker[worker == 1 ? 1 : 0], hi - lo);
}

static void a_held_up_member_does_not_hold_the_run(void **state) {
    (void)state;
    char e[128];
    ll_pool *pl = ll_pool_new(2, e, sizeof(e));
    assert_non_null(pl);
    static ctx c;
    for (int round = 0; round < 5; round++) {
        memset(&c, 0, sizeof(c));
        ll_pool_run(pl, slow_one, &c, 4000);
        for (int i = 0; i < 4000; i++)
            assert_int_equal(atomic_load(&c.hits[i]), 1);
        assert_int_equal(atomic_load(&c.by_worker[0]) + atomic_load(&c.by_worker[1]), 4000);
        /* At most the one chunk it held (4000 / 16) while it waited. */
        assert_true(atomic_load(&c.by_worker[1]) <= 4000 / 16);
    }
    ll_pool_free(pl);
}

/* ll_pool_start returns before the run is done: the other member works
 * while the caller is away (here: until it has done at least one chunk,
 * or 5 s), and the join does the rest on the caller and waits for all. A
 * run too small to share waits for the join. Runs of several sizes follow
 * each other (a start and join after a join, as the processor's steps). */
static void a_started_run_goes_on_without_the_caller(void **state) {
    (void)state;
    char e[128];
    ll_pool *pl = ll_pool_new(2, e, sizeof(e));
    assert_non_null(pl);
    static ctx c;
    for (int round = 0; round < 20; round++) {
        memset(&c, 0, sizeof(c));
        int n = 256 + round;
        ll_pool_start(pl, visit, &c, n);
        for (int ms = 0; ms < 5000 && atomic_load(&c.by_worker[1]) == 0; ms++)
            nanosleep(&(struct timespec){0, 1000 * 1000}, NULL);
        assert_true(atomic_load(&c.by_worker[1]) > 0);
        assert_int_equal(atomic_load(&c.by_worker[0]), 0);
        ll_pool_join(pl);
        for (int i = 0; i < N; i++)
            assert_int_equal(atomic_load(&c.hits[i]), i < n);
        assert_int_equal(atomic_load(&c.by_worker[0]) + atomic_load(&c.by_worker[1]), n);
    }
    memset(&c, 0, sizeof(c));
    ll_pool_start(pl, visit, &c, 3);
    nanosleep(&(struct timespec){0, 20 * 1000 * 1000}, NULL);
    assert_int_equal(atomic_load(&c.hits[0]), 0);
    ll_pool_join(pl);
    assert_int_equal(atomic_load(&c.by_worker[0]), 3);
    ll_pool_free(pl);
}

/* Each claim as it was made: where it starts and how many items it takes. */
typedef struct claims {
    atomic_int count;
    int lo[N], size[N];
} claims;

static void record(void *arg, int worker, int lo, int hi) {
    (void)worker;
    claims *c = arg;
    int k = atomic_fetch_add(&c->count, 1);
    c->lo[k] = lo;
    c->size[k] = hi - lo;
}

/* What the caller may find claimed by another member once nothing is left
 * to claim is what that member took last: no claim takes more than a
 * quarter of a member's share of what was left when it was made, so the
 * claim of the last item is of that item alone (with fixed chunks, 4000
 * items over 2 members, it was 250). */
static void the_last_claims_are_small(void **state) {
    (void)state;
    char e[128];
    static claims c;
    for (int workers = 2; workers <= 4; workers++) {
        ll_pool *pl = ll_pool_new(workers, e, sizeof(e));
        assert_non_null(pl);
        for (int n = 256; n <= 4000; n += 1872) {
            memset(&c, 0, sizeof(c));
            ll_pool_run(pl, record, &c, n);
            int total = 0, last = -1;
            for (int k = 0; k < atomic_load(&c.count); k++) {
                int left = n - c.lo[k], most = left / (4 * workers);
                assert_true(c.size[k] >= 1);
                assert_true(c.size[k] <= (most > 1 ? most : 1));
                total += c.size[k];
                if (c.lo[k] + c.size[k] == n)
                    last = c.size[k];
            }
            assert_int_equal(total, n);
            assert_int_equal(last, 1);
        }
        ll_pool_free(pl);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(every_item_once),
                                       cmocka_unit_test(a_held_up_member_does_not_hold_the_run),
                                       cmocka_unit_test(a_started_run_goes_on_without_the_caller),
                                       cmocka_unit_test(the_last_claims_are_small)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
