/* test_pool.c - the worker team: every item handled exactly once, a member
 * that is held up does not hold the run up, a started run goes on while
 * the caller does other work, the last claims are small, and an open run
 * gives out only what is published. */
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

/* The claims of a run, by where they start (lo -> hi), to see their sizes. */
static _Atomic int claim_hi[N];

static void note_claim(void *arg, int worker, int lo, int hi) {
    atomic_store(&claim_hi[lo], hi);
    visit(arg, worker, lo, hi);
}

/* The last claims of a run are of an item or two, so the caller, done with
 * its own, waits for the others' last ones briefly; the first still take
 * an eighth of a member's share. */
static void the_last_claims_are_small(void **state) {
    (void)state;
    char e[128];
    ll_pool *pl = ll_pool_new(2, e, sizeof(e));
    assert_non_null(pl);
    static ctx c;
    for (int round = 0; round < 10; round++) {
        memset(&c, 0, sizeof(c));
        for (int i = 0; i < N; i++)
            atomic_store(&claim_hi[i], 0);
        int n = 4000 + round;
        ll_pool_run(pl, note_claim, &c, n);
        int lo = 0, claims = 0, last = 0;
        while (lo < n) {
            int hi = atomic_load(&claim_hi[lo]);
            assert_true(hi > lo && hi <= n);
            assert_true(hi - lo <= n / 16);
            if (lo == 0)
                assert_int_equal(hi, n / 16);
            last = hi - lo;
            claims++;
            lo = hi;
        }
        assert_true(last <= 2);
        assert_true(claims < n / 20); /* claims cost little beside the items' work */
        for (int i = 0; i < n; i++)
            assert_int_equal(atomic_load(&c.hits[i]), 1);
    }
    ll_pool_free(pl);
}

static int done_by_all(ctx *c) {
    return atomic_load(&c->by_worker[0]) + atomic_load(&c->by_worker[1]) +
           atomic_load(&c->by_worker[2]);
}

/* An open run gives out only what the caller has published: the other
 * member works on it while the caller publishes more (as the processor
 * reads Redis's answers), the caller may do a chunk itself meanwhile, and
 * the join does what is published and nothing after it. */
static void an_open_run_gives_out_what_is_published(void **state) {
    (void)state;
    char e[128];
    for (int workers = 1; workers <= 3; workers++) {
        ll_pool *pl = ll_pool_new(workers, e, sizeof(e));
        assert_non_null(pl);
        static ctx c;
        for (int round = 0; round < 20; round++) {
            memset(&c, 0, sizeof(c));
            int n = 1000, stop = round % 2 ? n : 500 + round; /* given up halfway */
            ll_pool_start_open(pl, visit, &c, n);
            int helped = 0;
            for (int upto = 16; upto <= stop; upto += 16) {
                ll_pool_publish(pl, upto);
                if (upto == 64 && workers > 1) {
                    /* The others (and the caller's help) take what is published, and
                     * nothing beyond it. */
                    for (int ms = 0; ms < 5000 && done_by_all(&c) < upto; ms++) {
                        helped += ll_pool_help(pl);
                        nanosleep(&(struct timespec){0, 1000 * 1000}, NULL);
                    }
                    assert_int_equal(done_by_all(&c), upto);
                    for (int i = upto; i < n; i++)
                        assert_int_equal(atomic_load(&c.hits[i]), 0);
                    assert_int_equal(ll_pool_help(pl), 0);
                }
            }
            int published = stop - stop % 16;
            if (round % 2) {
                ll_pool_publish(pl, n);
                published = n;
            }
            helped += ll_pool_help(pl);
            if (workers == 1)
                assert_int_equal(helped, 0); /* alone: all at the join */
            ll_pool_join(pl);
            for (int i = 0; i < n; i++)
                assert_int_equal(atomic_load(&c.hits[i]), i < published);
            int sum = 0;
            for (int w = 0; w < workers; w++)
                sum += atomic_load(&c.by_worker[w]);
            assert_int_equal(sum, published);
            assert_true(atomic_load(&c.by_worker[0]) >= helped);
        }
        /* A closed run, then an ordinary one. */
        memset(&c, 0, sizeof(c));
        ll_pool_run(pl, visit, &c, 300);
        for (int i = 0; i < 300; i++)
            assert_int_equal(atomic_load(&c.hits[i]), 1);
        ll_pool_free(pl);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(every_item_once),
                                       cmocka_unit_test(a_held_up_member_does_not_hold_the_run),
                                       cmocka_unit_test(a_started_run_goes_on_without_the_caller),
                                       cmocka_unit_test(the_last_claims_are_small),
                                       cmocka_unit_test(an_open_run_gives_out_what_is_published)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
