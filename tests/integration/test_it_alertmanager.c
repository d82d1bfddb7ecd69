/* test_it_alertmanager.c - `luisterloop alertmanager` against Debian's prometheus-alertmanager,
 * started here on a loopback port with a config written here: a firing alert appears in
 * GET /api/v2/alerts (also when Alertmanager comes up after the role), stays one alert with
 * its startsAt across a kill -9 of the role, and a resolved event ends it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"

#define AM_BIN "/usr/bin/prometheus-alertmanager"

static struct {
    char tag[96], dir[256], cfg[300], log[320], topic[160];
    int am_port, metrics_port;
    pid_t am;
} S;

static pid_t am_start(void) {
    char amcfg[320], store[320], listen[64], logf[320];
    snprintf(amcfg, sizeof(amcfg), "%s/alertmanager.yml", S.dir);
    snprintf(store, sizeof(store), "%s/am-data", S.dir);
    snprintf(listen, sizeof(listen), "127.0.0.1:%d", S.am_port);
    snprintf(logf, sizeof(logf), "%s/am.log", S.dir);
    FILE *f = fopen(amcfg, "w");
    assert_non_null(f);
    fprintf(f, "route:\n  receiver: 'null'\n  group_wait: 1s\nreceivers:\n  - name: 'null'\n");
    fclose(f);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int fd = open(logf, O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        execl(AM_BIN, AM_BIN, "--config.file", amcfg, "--storage.path", store,
              "--web.listen-address", listen, "--cluster.listen-address=", (char *)NULL);
        _exit(127);
    }
    assert_int_equal(ll_t_wait_http(S.am_port, "/-/ready", 200, 30000), 200);
    return pid;
}

static void produce_alert(const char *id, const char *status, const char *started,
                          const char *ends) {
    char ev[2048], endsf[80] = "";
    if (ends)
        snprintf(endsf, sizeof(endsf), ",\"ends_at\":\"%s\"", ends);
    snprintf(ev, sizeof(ev),
             "{\"specversion\":\"1.0\",\"id\":\"%s-%s\",\"source\":\"/luisterloop/detect\","
             "\"type\":\"nl.luisterloop.alert\",\"time\":\"%s\",\"datacontenttype\":"
             "\"application/json\",\"data\":{\"alert_id\":\"%s\",\"status\":\"%s\","
             "\"labels\":{\"theme\":\"afval\",\"wijk\":\"Noord\",\"gemeente\":\"Rotterdam\"},"
             "\"started_at\":\"%s\"%s,\"observed\":9,\"expected\":0.41,\"score\":8.1,"
             "\"p_value\":7.9e-9,\"window_min\":10,\"method\":\"poisson-scan\","
             "\"sample_ids\":[\"e1\"],\"quotes\":[\"De container is vol\"]}}",
             id, status, started, id, status, started, endsf);
    const char *vals[] = {ev};
    size_t lens[] = {strlen(ev)};
    ll_t_produce(S.topic, id, vals, lens, 1);
}

/* The alerts Alertmanager holds with label alert_id = id: how many, and the
 * first one's startsAt and endsAt. */
static int am_find(const char *id, char *starts, char *ends, size_t len) {
    static char body[1 << 20];
    if (ll_t_http(S.am_port, "GET", "/api/v2/alerts", NULL, NULL, 0, body, sizeof(body)) != 200)
        return -1;
    cJSON *arr = cJSON_Parse(body), *a;
    int n = 0;
    cJSON_ArrayForEach(a, arr) {
        const cJSON *lb = cJSON_GetObjectItemCaseSensitive(a, "labels");
        const char *aid = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(lb, "alert_id"));
        if (!aid || strcmp(aid, id))
            continue;
        if (n++ == 0) {
            snprintf(starts, len, "%s",
                     cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(a, "startsAt")));
            snprintf(ends, len, "%s",
                     cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(a, "endsAt")));
            const char *gen =
                cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(a, "generatorURL"));
            assert_non_null(gen);
            assert_non_null(strstr(gen, id));
            assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(lb, "theme")),
                                "afval");
        }
    }
    cJSON_Delete(arr);
    return n;
}

static void firing_appears_survives_a_restart_and_resolves(void **state) {
    (void)state;
    if (access(AM_BIN, X_OK) != 0) {
        fprintf(stderr,
                "skipped: %s is not installed (tests/run.sh installs "
                "prometheus-alertmanager)\n",
                AM_BIN);
        skip();
    }
    ll_t_unique(S.tag, sizeof(S.tag), "am");
    ll_t_workspace(S.tag, S.dir, sizeof(S.dir), S.cfg, sizeof(S.cfg));
    snprintf(S.log, sizeof(S.log), "%s/alertmanager-role.log", S.dir);
    snprintf(S.topic, sizeof(S.topic), "alerts.%s", S.tag);
    ll_t_config_write(S.cfg, S.tag, ll_t_free_port(), ll_t_free_port(), ll_t_free_port());
    S.am_port = ll_t_free_port();
    S.metrics_port = ll_t_free_port();
    FILE *f = fopen(S.cfg, "a");
    assert_non_null(f);
    fprintf(f,
            "[alertmanager]\nurl = http://127.0.0.1:%d\ngroup = am.%s\nresend_s = 2\n"
            "backoff_max_s = 2\ntimeout_ms = 2000\nmetrics_listen = 127.0.0.1:%d\n"
            "dashboard_url = http://127.0.0.1:8088/\n",
            S.am_port, S.tag, S.metrics_port);
    fclose(f);
    ll_t_topics_create(S.cfg);

    char started[40], id[64], starts[64], ends[64];
    time_t now = time(NULL) - 120;
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(started, sizeof(started), "%Y-%m-%dT%H:%M:%S.000Z", &tm);
    snprintf(id, sizeof(id), "t%ld%d", (long)now, (int)getpid());
    produce_alert(id, "firing", started, NULL);

    /* The role first, Alertmanager two seconds later: the POST is retried. */
    pid_t role = ll_t_spawn("alertmanager", S.cfg, S.log, NULL, NULL);
    ll_t_sleep_ms(2000);
    S.am = am_start();
    int n = 0;
    long long t0 = ll_t_now_ms();
    while ((n = am_find(id, starts, ends, sizeof(starts))) < 1 && ll_t_now_ms() - t0 < 20000)
        ll_t_sleep_ms(250);
    assert_int_equal(n, 1);
    assert_true(ll_t_file_has(S.log, "next try in"));
    char first_starts[64];
    snprintf(first_starts, sizeof(first_starts), "%s", starts);
    assert_int_equal(strncmp(first_starts, started, 19), 0);

    /* kill -9 and again: still one alert, the same incident */
    assert_int_equal(ll_t_stop(role, SIGKILL, 5000), 128 + SIGKILL);
    role = ll_t_spawn("alertmanager", S.cfg, S.log, NULL, NULL);
    assert_int_equal(ll_t_wait_http(S.metrics_port, "/readyz", 200, 20000), 200);
    ll_t_sleep_ms(3000);
    assert_int_equal(am_find(id, starts, ends, sizeof(starts)), 1);
    assert_string_equal(starts, first_starts);
    char body[65536];
    assert_int_equal(
        ll_t_http(S.metrics_port, "GET", "/metrics", NULL, NULL, 0, body, sizeof(body)), 200);
    assert_non_null(strstr(body, "ll_alerts_firing 1"));

    /* resolved: Alertmanager ends it */
    char ended[40];
    time_t te = time(NULL) - 1;
    gmtime_r(&te, &tm);
    strftime(ended, sizeof(ended), "%Y-%m-%dT%H:%M:%S.000Z", &tm);
    produce_alert(id, "resolved", started, ended);
    t0 = ll_t_now_ms();
    while ((n = am_find(id, starts, ends, sizeof(starts))) == 1 && strncmp(ends, ended, 19) &&
           ll_t_now_ms() - t0 < 20000)
        ll_t_sleep_ms(250);
    assert_true(n == 0 || (n == 1 && !strncmp(ends, ended, 19)));
    assert_int_equal(
        ll_t_http(S.metrics_port, "GET", "/metrics", NULL, NULL, 0, body, sizeof(body)), 200);
    assert_non_null(strstr(body, "ll_alerts_firing 0"));
    assert_int_equal(ll_t_stop(role, SIGTERM, 10000), 0);
    ll_t_stop(S.am, SIGTERM, 10000);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(firing_appears_survives_a_restart_and_resolves),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
