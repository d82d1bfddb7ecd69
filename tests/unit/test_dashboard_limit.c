/* test_dashboard_limit.c - failed dashboard logins: per key, exact waits, names spread, bounded memory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>

#include "dashboard_int.h"

static dash_limit L;

/* 3 failures per 60 s: the fourth try waits exactly 20 s, then one more is allowed. */
static void burst_then_exact_wait(void **state) {
    (void)state;
    dash_limit_init(&L, 3, 60);
    long long t = 1000000;
    assert_int_equal(dash_limit_wait_ms(&L, "anna", t), 0);
    for (int i = 0; i < 3; i++) {
        assert_int_equal(dash_limit_wait_ms(&L, "anna", t), 0);
        dash_limit_fail(&L, "anna", t);
    }
    assert_int_equal(dash_limit_wait_ms(&L, "anna", t), 20000);
    assert_int_equal(dash_limit_wait_ms(&L, "anna", t + 5000), 15000);
    assert_int_equal(dash_limit_wait_ms(&L, "anna", t + 20000), 0);
    dash_limit_fail(&L, "anna", t + 20000);
    assert_int_equal(dash_limit_wait_ms(&L, "anna", t + 20000), 20000);
    /* Another key is not touched; a long quiet time gives back the whole burst, no more. */
    assert_int_equal(dash_limit_wait_ms(&L, "bram", t + 20000), 0);
    long long later = t + 3600 * 1000;
    for (int i = 0; i < 3; i++)
        dash_limit_fail(&L, "anna", later);
    assert_true(dash_limit_wait_ms(&L, "anna", later) > 0);
}

/* Many names (a spray) never make the table forget a name that is still limited more than
 * its neighbours, and memory does not grow: the slots are fixed. */
static void spray_keeps_the_limited_name(void **state) {
    (void)state;
    dash_limit_init(&L, 5, 900);
    long long t = 5000000;
    for (int i = 0; i < 5; i++)
        dash_limit_fail(&L, "vera", t);
    long long w = dash_limit_wait_ms(&L, "vera", t);
    assert_int_equal(w, 180000);
    char name[32];
    for (int i = 0; i < 4 * LL_DASH_LIMIT_SLOTS; i++) {
        snprintf(name, sizeof(name), "spray-%d", i);
        dash_limit_fail(&L, name, t);
    }
    assert_int_equal(dash_limit_wait_ms(&L, "vera", t), 180000);
}

int main(void) {
    if (sodium_init() < 0)
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(burst_then_exact_wait),
        cmocka_unit_test(spray_keeps_the_limited_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
