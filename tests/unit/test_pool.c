/* test_pool.c - the worker team: every item handled exactly once, by the right member. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdatomic.h>
#include <string.h>

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
            if (round > 0)
                for (int w = 0; w < workers; w++)
                    assert_true(atomic_load(&c.by_worker[w]) > 0);
        }
        ll_pool_run(pl, visit, &c, 0);
        ll_pool_free(pl);
    }
    assert_null(ll_pool_new(0, e, sizeof(e)));
    assert_null(ll_pool_new(99, e, sizeof(e)));
    ll_pool_free(NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(every_item_once)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
