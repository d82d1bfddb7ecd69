/* test_config.c - config parsing: defaults, overrides, and FILE:LINE rejections. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "config_errors.h"
#include "processors/process.h"
#include "producers/web.h"
#include "roles.h"

static char path[64];

static const ll_web_cfg *web_settings(const ll_config *cfg) {
    return ll_config_settings(cfg, &ll_web_config);
}

static void write_conf(const char *text) {
    snprintf(path, sizeof(path), "/tmp/ll-test-config-%d.conf", (int)getpid());
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int load(ll_config *cfg, const char *text, char *err, size_t n) {
    write_conf(text);
    int rc = ll_roles_config_load(cfg, path, err, n);
    unlink(path);
    return rc;
}

static void defaults_without_file(void **state) {
    (void)state;
    ll_config cfg;
    char err[512];
    unsetenv("LUISTERLOOP_KAFKA");
    assert_int_equal(ll_roles_config_load(&cfg, NULL, err, sizeof(err)), 0);
    assert_string_equal(cfg.brokers, "127.0.0.1:9092");
    assert_string_equal(cfg.topic_raw, "feedback.raw");
    assert_int_equal(cfg.topic_partitions, 6);
    assert_string_equal(web_settings(&cfg)->intake.listen, "127.0.0.1:8080");
    ll_config_free(&cfg);
}

static void full_file_and_passthrough(void **state) {
    (void)state;
    ll_config cfg;
    char err[512];
    assert_int_equal(load(&cfg,
                          "# comment\n[common]\nbrokers = 10.0.0.1:9092\nkafka.client.id = x\n"
                          "[topics]\nraw = t.raw\npartitions = 3\n"
                          "[web]\nlisten = 0.0.0.0:9000\ntoken.portal = abcdefghijklmnop1\n"
                          "kafka.linger.ms = 5\n",
                          err, sizeof(err)),
                     0);
    assert_string_equal(cfg.brokers, "10.0.0.1:9092");
    assert_string_equal(cfg.topic_raw, "t.raw");
    assert_int_equal(cfg.topic_partitions, 3);
    assert_int_equal(web_settings(&cfg)->intake.ntokens, 1);
    assert_string_equal(web_settings(&cfg)->intake.tokens[0].client, "portal");
    assert_int_equal(ll_config_kafka(&cfg, "web")->n, 1);
    assert_string_equal(ll_config_kafka(&cfg, "web")->items[0].name, "linger.ms");
    assert_int_equal(ll_config_kafka(&cfg, "common")->n, 1);
    ll_config_free(&cfg);
}

static void environment_overrides(void **state) {
    (void)state;
    ll_config cfg;
    char err[512];
    setenv("LUISTERLOOP_KAFKA", "127.0.0.1:19092", 1);
    setenv("LUISTERLOOP_REDIS", "redis://:pw@127.0.0.1:16379/2", 1);
    assert_int_equal(load(&cfg, "[common]\nbrokers = 1.1.1.1:1\n", err, sizeof(err)), 0);
    assert_string_equal(cfg.brokers, "127.0.0.1:19092");
    assert_string_equal(cfg.redis, "redis://:pw@127.0.0.1:16379/2");
    ll_config_free(&cfg);
    unsetenv("LUISTERLOOP_KAFKA");
    unsetenv("LUISTERLOOP_REDIS");
    setenv("LUISTERLOOP_PSEUDONYM_KEY", "short", 1);
    assert_int_equal(ll_roles_config_load(&cfg, NULL, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "at least"));
    unsetenv("LUISTERLOOP_PSEUDONYM_KEY");
    ll_config_free(&cfg);
}

/* Every key of every section has a variable of its own, LUISTERLOOP_<SECTION>_<KEY>, that
 * wins over the file (user check 5: the HTTP ports could be set in the file only); the five
 * short names win over their long twins; a bad value names its variable. */
static void every_key_from_the_environment(void **state) {
    (void)state;
    char name[128];
    assert_int_equal(ll_config_env_name("web", "metrics_listen", name, sizeof(name)), 0);
    assert_string_equal(name, "LUISTERLOOP_WEB_METRICS_LISTEN");
    assert_int_equal(ll_config_env_name("a-b", "c.d", name, sizeof(name)), 0);
    assert_string_equal(name, "LUISTERLOOP_A_B_C_D");
    assert_int_equal(ll_config_env_name("dashboard", "listen", name, 20), -1);
    /* No two keys of all sections share a variable. */
    const ll_config_section *all[64];
    size_t n = 0;
    all[n++] = &ll_config_common;
    all[n++] = &ll_config_topics;
    for (size_t i = 0; i < ll_nroles; i++) {
        const ll_config_section *s = ll_roles[i]->config;
        int seen = !s;
        for (size_t j = 0; j < n && !seen; j++)
            seen = all[j] == s;
        if (!seen && n < 64)
            all[n++] = s;
    }
    char names[1024][96];
    size_t nn = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < all[i]->nkeys; k++) {
            assert_true(nn < 1024);
            assert_int_equal(ll_config_env_name(all[i]->name, all[i]->keys[k].name, names[nn],
                                                sizeof(names[nn])),
                             0);
            for (size_t j = 0; j < nn; j++)
                if (!strcmp(names[j], names[nn]))
                    fail_msg("two keys have the variable %s", names[nn]);
            nn++;
        }
    assert_true(nn > 100);

    ll_config cfg;
    char err[512];
    setenv("LUISTERLOOP_DASHBOARD_LISTEN", "127.0.0.1:20018", 1);
    setenv("LUISTERLOOP_WEB_LISTEN", "127.0.0.1:20010", 1);
    setenv("LUISTERLOOP_TOPICS_PARTITIONS", "3", 1);
    setenv("LUISTERLOOP_COMMON_BROKERS", "10.0.0.9:9092", 1);
    setenv("LUISTERLOOP_DETECT_WINDOWS", "", 1); /* empty: not set */
    assert_int_equal(
        load(&cfg, "[topics]\npartitions = 2\n[web]\nlisten = 127.0.0.1:9000\n", err, sizeof(err)),
        0);
    assert_string_equal(ll_config_string(&cfg, "dashboard", "listen"), "127.0.0.1:20018");
    assert_string_equal(web_settings(&cfg)->intake.listen, "127.0.0.1:20010");
    assert_int_equal(cfg.topic_partitions, 3);
    assert_string_equal(cfg.brokers, "10.0.0.9:9092");
    ll_config_free(&cfg);
    setenv("LUISTERLOOP_KAFKA", "127.0.0.1:19092", 1);
    assert_int_equal(ll_roles_config_load(&cfg, NULL, err, sizeof(err)), 0);
    assert_string_equal(cfg.brokers, "127.0.0.1:19092");
    ll_config_free(&cfg);
    setenv("LUISTERLOOP_TOPICS_PARTITIONS", "0", 1);
    assert_int_equal(ll_roles_config_load(&cfg, NULL, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "$LUISTERLOOP_TOPICS_PARTITIONS: "));
    ll_config_free(&cfg);
    setenv("LUISTERLOOP_TOPICS_PARTITIONS", "3", 1);
    /* A URL with a space after it (check-config said ok, user check 6) names the variable. */
    setenv("LUISTERLOOP_ALERTMANAGER_URL", "http://127.0.0.2:20010 ", 1);
    assert_int_equal(ll_roles_config_load(&cfg, NULL, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "$LUISTERLOOP_ALERTMANAGER_URL: url: "));
    assert_non_null(strstr(err, "space"));
    ll_config_free(&cfg);
    setenv("LUISTERLOOP_ALERTMANAGER_URL", "https://am.example:9093/prefix", 1);
    setenv("LUISTERLOOP_KLANTINTERACTIES_API_URL", "https://ok.example/klantinteracties/api/v1", 1);
    if (ll_roles_config_load(&cfg, NULL, err, sizeof(err)) != 0)
        fail_msg("%s", err);
    assert_string_equal(ll_config_string(&cfg, "alertmanager", "url"),
                        "https://am.example:9093/prefix");
    ll_config_free(&cfg);
    unsetenv("LUISTERLOOP_ALERTMANAGER_URL");
    unsetenv("LUISTERLOOP_KLANTINTERACTIES_API_URL");
    setenv("LUISTERLOOP_WEB_LISTEN", "no port", 1);
    assert_int_equal(ll_roles_config_load(&cfg, NULL, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "$LUISTERLOOP_WEB_LISTEN: "));
    ll_config_free(&cfg);
    /* A clash names the variable that set a listener, not the file line it overrode (the
     * user check of 12-02 read "FILE:2" for a port the file never had). */
    setenv("LUISTERLOOP_WEB_LISTEN", "127.0.0.1:20018", 1);
    assert_int_equal(load(&cfg, "[web]\nlisten = 127.0.0.1:9000\n", err, sizeof(err)), 0);
    assert_int_equal(ll_config_check_listeners(&cfg, err, sizeof(err)), -1);
    /* both from variables: each named so, the file by neither */
    if (strncmp(err, "$LUISTERLOOP_", 13) || !strstr(err, "($LUISTERLOOP_") || strstr(err, path))
        fail_msg("%s", err);
    ll_config_free(&cfg);
    unsetenv("LUISTERLOOP_DASHBOARD_LISTEN");
    assert_int_equal(load(&cfg, "[dashboard]\nlisten = 127.0.0.1:20018\n", err, sizeof(err)), 0);
    assert_int_equal(ll_config_check_listeners(&cfg, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "$LUISTERLOOP_WEB_LISTEN: [web] listen = 127.0.0.1:20018 is also "
                                "[dashboard] listen = 127.0.0.1:20018 (line 2)"));
    ll_config_free(&cfg);
    unsetenv("LUISTERLOOP_WEB_LISTEN");
    unsetenv("LUISTERLOOP_TOPICS_PARTITIONS");
    unsetenv("LUISTERLOOP_COMMON_BROKERS");
    unsetenv("LUISTERLOOP_DETECT_WINDOWS");
    unsetenv("LUISTERLOOP_KAFKA");
}

/* Each bad file names the file and the line. */
static void rejections(void **state) {
    (void)state;
    static const ll_t_bad_config cases[] = {
        {"[common]\nbogus = 1\n", 2, "unknown key `bogus`"},
        {"[nope]\n", 1, "unknown section"},
        {"brokers = x:1\n", 1, "before any [section]"},
        {"[web]\nlisten = nohost\n", 2, "host:port"},
        {"[web]\nlisten = 127.0.0.1:70000\n", 2, "port"},
        {"[web]\nmax_body = 12x\n", 2, "not an integer"},
        {"[web]\nmax_body = 10\n", 2, "out of range"},
        {"[web]\n\nmax_body = 2048\nmax_body = 4096\n", 4, "set twice"},
        {"[web]\nkafka.acks = 1\n", 2, "set by luisterloop"},
        {"[web]\nkafka.enable.idempotence = false\n", 2, "set by luisterloop"},
        {"[process]\nkafka.no.such.prop = 1\n", 2, "No such configuration property"},
        {"[process]\nkafka.linger.ms = -5\n", 2, "kafka.linger.ms"},
        {"[web]\ntoken.a = short\n", 2, "16..256"},
        {"[web]\ntoken.a = abcdefghijklmnopq\ntoken.b = abcdefghijklmnopq\n", 3, "reuses"},
        {"[topics]\nraw = bad topic\n", 2, "topic name"},
        {"[common]\nlog_level = loud\n", 2, "loud"},
        {"[common]\nno equals sign\n", 2, "key = value"},
        {"[common\n", 1, "malformed section"},
        /* A service's URL is checked with the config, not only at its role's start. */
        {"[alertmanager]\nurl = ftp://x\n", 2, "url: 'ftp://x' is not http:// or https://"},
        {"[alertmanager]\nurl = http://\n", 2, "has no host"},
        {"[klantinteracties]\napi_url = http://127.0.0.1:8000/\n", 2, "ends with a slash"},
        {"[internetaken]\napi_url = http://api.example@127.0.0.2/v1\n", 2, "user part"},
        {"[internetaken]\napi_url = http://api.example\\@127.0.0.2/v1\n", 2, "backslash"},
    };
    snprintf(path, sizeof(path), "/tmp/ll-test-config-%d.conf", (int)getpid());
    ll_t_expect_config_errors(path, cases, sizeof(cases) / sizeof(cases[0]));
}

static void line_too_long(void **state) {
    (void)state;
    char *big = malloc(LL_MAX_CONFIG_LINE + 64);
    assert_non_null(big);
    strcpy(big, "[common]\nsource_base = ");
    size_t n = strlen(big);
    memset(big + n, 'a', LL_MAX_CONFIG_LINE + 10);
    big[n + LL_MAX_CONFIG_LINE + 10] = '\0';
    ll_config cfg;
    char err[512];
    assert_int_equal(load(&cfg, big, err, sizeof(err)), -1);
    assert_non_null(strstr(err, ":2: line longer"));
    ll_config_free(&cfg);
    free(big);
}

static void shipped_config_is_valid(void **state) {
    (void)state;
    ll_config cfg;
    char err[512];
    int rc = ll_roles_config_load(&cfg, LL_SOURCE_DIR "/config/luisterloop.conf", err, sizeof(err));
    if (rc != 0 || (rc = ll_config_check_listeners(&cfg, err, sizeof(err))) != 0)
        fail_msg("%s", err);
    ll_config_free(&cfg);
    assert_int_equal(ll_roles_config_load(&cfg, NULL, err, sizeof(err)), 0);
    assert_int_equal(ll_config_check_listeners(&cfg, err, sizeof(err)), 0);
    ll_config_free(&cfg);
}

/* A backlog is committed 8,000 events a transaction (8 batches of 1,000), by default and as
 * shipped: the broker's CPU per transaction is fixed (~45 ms), so events per transaction are
 * what the null copy's broker CPU per event follows (tests/bench/HISTORY.md, "12-04 midday");
 * a batch of a steady stream (not full) still commits alone. */
static void a_backlog_commits_eight_batches_a_transaction(void **state) {
    (void)state;
    ll_config cfg;
    char err[512];
    const char *files[] = {NULL, LL_SOURCE_DIR "/config/luisterloop.conf"};
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        if (ll_roles_config_load(&cfg, files[i], err, sizeof(err)) != 0)
            fail_msg("%s", err);
        const ll_process_cfg *pc = ll_config_settings(&cfg, &ll_process_config);
        assert_int_equal(pc->batch_max, 1000);
        assert_int_equal(pc->txn_batches, 8);
        assert_int_equal(pc->txn_in_flight, 1);
        ll_config_free(&cfg);
    }
}

/* Two roles on one host:port (the user check of 12-01: klantinteracties' listen was
 * escalate's metrics_listen and check-config said ok): an error naming both, at the line
 * set last. */
static void listeners_on_one_port(void **state) {
    (void)state;
    struct {
        const char *text;
        const char *want; /* NULL: no clash */
    } cases[] = {
        {"[escalate]\nmetrics_listen = 127.0.0.1:8086\n[klantinteracties]\n"
         "listen = 127.0.0.1:8086\n",
         ":4: [klantinteracties] listen = 127.0.0.1:8086 is also [escalate] metrics_listen = "
         "127.0.0.1:8086 (line 2)"},
        {"[web]\nlisten = 0.0.0.0:8088\n", ":2: [web] listen = 0.0.0.0:8088 is also [dashboard] "
                                           "listen = 127.0.0.1:8088 (its default)"},
        {"[web]\nlisten = 127.0.0.1:9000\nmetrics_listen = localhost:9000\n",
         ":3: [web] metrics_listen = localhost:9000 is also [web] listen = 127.0.0.1:9000"},
        {"[phone]\ntcp_listen = 127.0.0.1:8080\n", "[phone] tcp_listen"},
        {"[web]\nlisten = 127.0.0.2:8088\n", NULL},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ll_config cfg;
        char err[512] = "";
        if (load(&cfg, cases[i].text, err, sizeof(err)) != 0)
            fail_msg("case %zu: %s", i, err);
        int rc = ll_config_check_listeners(&cfg, err, sizeof(err));
        ll_config_free(&cfg);
        if (cases[i].want ? rc != -1 || !strstr(err, cases[i].want) : rc != 0)
            fail_msg("case %zu: rc %d: %s", i, rc, err);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(defaults_without_file),
        cmocka_unit_test(full_file_and_passthrough),
        cmocka_unit_test(environment_overrides),
        cmocka_unit_test(rejections),
        cmocka_unit_test(line_too_long),
        cmocka_unit_test(shipped_config_is_valid),
        cmocka_unit_test(listeners_on_one_port),
        cmocka_unit_test(every_key_from_the_environment),
        cmocka_unit_test(a_backlog_commits_eight_batches_a_transaction),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
