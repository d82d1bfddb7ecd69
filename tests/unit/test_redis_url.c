/* test_redis_url.c - Redis addresses: host:port, redis://, redis+sentinel:// and what is refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "redis.h"

static void plain_and_url_forms(void **state) {
    (void)state;
    ll_redis_target t;
    char err[256];
    assert_int_equal(ll_redis_target_parse("127.0.0.1:6380", &t, err, sizeof(err)), 0);
    assert_false(t.sentinel);
    assert_int_equal(t.naddrs, 1);
    assert_int_equal(t.addrs[0].port, 6380);
    assert_int_equal(
        ll_redis_target_parse("redis://:geheim@localhost:6381/3", &t, err, sizeof(err)), 0);
    assert_string_equal(t.password, "geheim");
    assert_int_equal(t.db, 3);
    assert_int_equal(t.addrs[0].port, 6381);
}

static void sentinel_form(void **state) {
    (void)state;
    ll_redis_target t;
    char err[256];
    assert_int_equal(ll_redis_target_parse(
                         "redis+sentinel://127.0.0.1:26379,127.0.0.1:26380,[::1]:26381/ll-master",
                         &t, err, sizeof(err)),
                     0);
    assert_true(t.sentinel);
    assert_int_equal(t.naddrs, 3);
    assert_int_equal(t.addrs[1].port, 26380);
    assert_string_equal(t.addrs[2].host, "::1");
    assert_string_equal(t.master, "ll-master");
    assert_int_equal(t.db, 0);
    assert_string_equal(t.password, "");
    assert_int_equal(ll_redis_target_parse("redis+sentinel://:pw@10.0.0.1:26379/mymaster/2", &t,
                                           err, sizeof(err)),
                     0);
    assert_string_equal(t.password, "pw");
    assert_int_equal(t.db, 2);
    assert_int_equal(t.naddrs, 1);
}

static void sentinel_form_refused(void **state) {
    (void)state;
    static const struct {
        const char *url, *want;
    } bad[] = {
        {"redis+sentinel://127.0.0.1:26379", "no /MASTER name"},
        {"redis+sentinel://127.0.0.1:26379/", "master name"},
        {"redis+sentinel://127.0.0.1:26379/bad name", "master name"},
        {"redis+sentinel://127.0.0.1:26379/m/16", "database must be 0..15"},
        {"redis+sentinel://127.0.0.1:26379/m/x", "database must be 0..15"},
        {"redis+sentinel://127.0.0.1/m", "Sentinel '127.0.0.1'"},
        {"redis+sentinel://a:1,b:2,c:3,d:4,e:5,f:6/m", "more than 5 Sentinels"},
        {"redis+sentinel://127.0.0.1:99999/m", "Sentinel"},
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        ll_redis_target t;
        char err[256] = "";
        if (ll_redis_target_parse(bad[i].url, &t, err, sizeof(err)) == 0)
            fail_msg("accepted: %s", bad[i].url);
        if (!strstr(err, bad[i].want))
            fail_msg("%s\n got  %s\n want ...%s...", bad[i].url, err, bad[i].want);
    }
}

/* Nothing listens: a precise error, no hang beyond the timeouts. */
static void connect_fails_cleanly(void **state) {
    (void)state;
    char err[256] = "";
    assert_null(
        ll_redis_connect("redis+sentinel://127.0.0.1:1,127.0.0.1:2/m", 200, err, sizeof(err)));
    assert_non_null(strstr(err, "127.0.0.1:2"));
    assert_null(ll_redis_connect("127.0.0.1:1", 200, err, sizeof(err)));
    assert_non_null(strstr(err, "redis 127.0.0.1:1"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_and_url_forms),
        cmocka_unit_test(sentinel_form),
        cmocka_unit_test(sentinel_form_refused),
        cmocka_unit_test(connect_fails_cleanly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
